// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/models/countrytablemodel.h"

#include "core/textformat.h"

namespace sharaka {

CountryTableModel::CountryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CountryTableModel::setDataset(const DatasetPtr &dataset)
{
    beginResetModel();
    m_dataset = dataset ? dataset : emptyDataset();
    endResetModel();
}

void CountryTableModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_dataset->countries.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int CountryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_dataset->countries.size());
}

int CountryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CountryTableModel::displayName(const Country &country) const
{
    const QString name = country.name.text(m_language);
    const Footnote *footnote = m_dataset->footnote(country.footnoteId);
    return footnote ? name + QLatin1Char(' ') + footnote->marker : name;
}

QVariant CountryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Country &country = m_dataset->countries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return displayName(country);
        case CodeColumn:
            return country.code;
        case PhaseColumn: {
            const Phase *phase = m_dataset->phase(country.phaseId);
            return phase ? phase->label.text(m_language) : QString();
        }
        }
        break;
    case Qt::ToolTipRole:
        // The phase column gives way first in a narrow table: its tooltip
        // holds the whole phase.
        if (index.column() == PhaseColumn) {
            const Phase *phase = m_dataset->phase(country.phaseId);
            return phase ? phase->label.text(m_language) : QString();
        }
        if (const Footnote *footnote = m_dataset->footnote(country.footnoteId))
            return TextFormat::footnoteLine(*footnote, m_language);
        break;
    case CodeRole:
        return country.code;
    case PhaseOrderRole: {
        const Phase *phase = m_dataset->phase(country.phaseId);
        return phase ? phase->order : 0;
    }
    case SearchTextRole: {
        // Every language, so that a filter typed in one still finds its
        // countries after the interface switches to another.
        QStringList texts = country.name.all().values();
        texts.append(country.code);
        if (const Phase *phase = m_dataset->phase(country.phaseId))
            texts.append(phase->label.all().values());
        return texts.join(QLatin1Char('\n'));
    }
    case FootnoteRole: {
        const Footnote *footnote = m_dataset->footnote(country.footnoteId);
        return footnote ? footnote->text.text(m_language) : QString();
    }
    }
    return {};
}

QVariant CountryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Country");
    case CodeColumn:
        return tr("ISO code");
    case PhaseColumn:
        return tr("Joined");
    }
    return {};
}

} // namespace sharaka
