// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/models/iatiactivitylistmodel.h"

#include "core/countrynames.h"
#include "core/textformat.h"

namespace sharaka {

IatiActivityListModel::IatiActivityListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void IatiActivityListModel::setActivities(QList<IatiActivitySummary> activities)
{
    beginResetModel();
    m_activities = std::move(activities);
    endResetModel();
}

void IatiActivityListModel::setLanguage(Language language)
{
    m_language = language;
    if (!m_activities.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int IatiActivityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_activities.size());
}

int IatiActivityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IatiActivityListModel::dates(const IatiActivitySummary &activity) const
{
    const QLocale locale = localeFor(m_language);
    const auto shown = [&locale](const QString &iso) {
        const QDate date = QDate::fromString(iso, Qt::ISODate);
        return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : QString();
    };
    const QString start = shown(activity.start);
    const QString end = shown(activity.end);
    if (start.isEmpty() || end.isEmpty() || start == end)
        return start.isEmpty() ? end : start;
    return start + QStringLiteral(" – ") + end;
}

QString IatiActivityListModel::countries(const IatiActivitySummary &activity) const
{
    QStringList names;
    for (const QString &code : activity.countryCodes) {
        const QString name = CountryNames::name(code).text(m_language);
        names.append(name.isEmpty() ? code : name);
    }
    return names.join(m_language == Language::Arabic ? QStringLiteral("، ") : QStringLiteral(", "));
}

QVariant IatiActivityListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_activities.size())
        return {};
    const IatiActivitySummary &activity = m_activities.at(index.row());
    if (role == IdentifierRole)
        return activity.identifier;
    if (role == Qt::ToolTipRole)
        return TextFormat::toolTip(data(index, Qt::DisplayRole).toString());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdentifierColumn:
        return TextFormat::leftToRight(activity.identifier);
    case TitleColumn:
        return activity.title.text(m_language);
    case DatesColumn:
        return dates(activity);
    case CountriesColumn:
        return countries(activity);
    default:
        return {};
    }
}

QVariant IatiActivityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdentifierColumn:
        return tr("Identifier");
    case TitleColumn:
        return tr("Title");
    case DatesColumn:
        return tr("Dates");
    case CountriesColumn:
        return tr("Countries");
    default:
        return {};
    }
}

} // namespace sharaka
