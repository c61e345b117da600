// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/countrytablemodel.h"

namespace sharaka {

CountryTableModel::CountryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CountryTableModel::setDataset(const Dataset &dataset)
{
    beginResetModel();
    m_countries = dataset.countries;
    m_phases = dataset.phases;
    m_footnotes = dataset.footnotes;
    endResetModel();
}

void CountryTableModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_countries.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int CountryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_countries.size());
}

int CountryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Footnote *CountryTableModel::footnoteOf(const Country &country) const
{
    for (const Footnote &footnote : m_footnotes) {
        if (footnote.id == country.footnoteId)
            return &footnote;
    }
    return nullptr;
}

const Phase *CountryTableModel::phaseOf(const Country &country) const
{
    for (const Phase &phase : m_phases) {
        if (phase.id == country.phaseId)
            return &phase;
    }
    return nullptr;
}

QString CountryTableModel::displayName(const Country &country) const
{
    const QString name = country.name.text(m_language);
    const Footnote *footnote = footnoteOf(country);
    return footnote ? name + QLatin1Char(' ') + footnote->marker : name;
}

QVariant CountryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Country &country = m_countries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return displayName(country);
        case CodeColumn:
            return country.code;
        case PhaseColumn: {
            const Phase *phase = phaseOf(country);
            return phase ? phase->label.text(m_language) : QString();
        }
        }
        break;
    case Qt::ToolTipRole:
        if (const Footnote *footnote = footnoteOf(country))
            return footnote->marker + QLatin1Char(' ') + footnote->text.text(m_language);
        break;
    case CodeRole:
        return country.code;
    case PhaseOrderRole: {
        const Phase *phase = phaseOf(country);
        return phase ? phase->order : 0;
    }
    case SearchTextRole: {
        // Every language, so that a filter typed in one still finds its
        // countries after the interface switches to another.
        QStringList texts = country.name.all().values();
        texts.append(country.code);
        if (const Phase *phase = phaseOf(country))
            texts.append(phase->label.all().values());
        return texts.join(QLatin1Char('\n'));
    }
    case FootnoteRole: {
        const Footnote *footnote = footnoteOf(country);
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
