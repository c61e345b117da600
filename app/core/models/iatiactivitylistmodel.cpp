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
    m_sharedRanks.clear();
    QHash<QString, QList<int>> rowsByIdentifier;
    for (int row = 0; row < m_activities.size(); ++row)
        rowsByIdentifier[m_activities.at(row).identifier].append(row);
    for (const QList<int> &rows : std::as_const(rowsByIdentifier)) {
        if (rows.size() < 2)
            continue;
        for (int rank = 0; rank < rows.size(); ++rank)
            m_sharedRanks.insert(rows.at(rank), {rank + 1, int(rows.size())});
    }
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

QString IatiActivityListModel::identifier(int row) const
{
    const QString shown = TextFormat::leftToRight(m_activities.at(row).identifier);
    const auto shared = m_sharedRanks.constFind(row);
    if (shared == m_sharedRanks.cend())
        return shown;
    return tr("%1 (%2 of %3)", "an iati-identifier that several activities of the file share: "
                               "this is the second of three")
        .arg(shown, QString::number(shared->first), QString::number(shared->second));
}

QVariant IatiActivityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IatiActivitySummary &activity = m_activities.at(index.row());
    if (role == IdentifierRole)
        return activity.identifier;
    if (role == PositionRole)
        return qint64(index.row()) + 1;
    if (role == SharedIdentifierRole)
        return m_sharedRanks.contains(index.row());
    // Tooltips that look like markup are shown as rich text: the file's
    // texts are escaped, so an <img> in a title loads nothing.
    if (role == Qt::ToolTipRole)
        return TextFormat::toolTip(display(index));
    if (role != Qt::DisplayRole)
        return {};
    return display(index);
}

QString IatiActivityListModel::display(const QModelIndex &index) const
{
    const IatiActivitySummary &activity = m_activities.at(index.row());
    switch (index.column()) {
    case IdentifierColumn:
        return identifier(index.row());
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
