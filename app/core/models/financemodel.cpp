// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/models/financemodel.h"

#include <algorithm>

namespace sharaka {

namespace {

double figureOf(const CurrencyTotals &totals, FinanceModel::Figure figure)
{
    switch (figure) {
    case FinanceModel::Budget:
        return totals.budget;
    case FinanceModel::PlannedDisbursements:
        return totals.planned;
    case FinanceModel::Commitments:
        return totals.committed;
    case FinanceModel::Disbursements:
        return totals.disbursed;
    case FinanceModel::Expenditure:
        return totals.spent;
    }
    return 0;
}

} // namespace

FinanceModel::FinanceModel(const Dataset &dataset, const QString &chartId, Language language,
                           const LanguageTranslator *translator, QObject *parent)
    : QAbstractTableModel(parent)
    , m_words(language, translator)
{
    const ChartSpec *spec = dataset.chart(chartId);
    if (!spec || spec->kind != ChartKind::Finance)
        return;
    m_currency = spec->currency;
    const QMap<int, CurrencyTotals> years = dataset.finance.byYear(m_currency);
    for (auto it = years.cbegin(); it != years.cend(); ++it) {
        m_years.append(it.key());
        m_totals.append(it.value());
    }
    for (int figure = 0; figure < FigureCount; ++figure) {
        const bool used = std::any_of(m_totals.cbegin(), m_totals.cend(), [&](const auto &year) {
            return figureOf(year, Figure(figure)) != 0;
        });
        if (used)
            m_figures.append(Figure(figure));
    }
}

int FinanceModel::columnOf(Figure figure) const
{
    const qsizetype at = m_figures.indexOf(figure);
    return at < 0 ? -1 : int(at) + 1;
}

QString FinanceModel::figureName(Figure figure) const
{
    // The words of the chart's legend (ActivityFigures' context, shared with it).
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("ActivityFigures", "Budget"),
        QT_TRANSLATE_NOOP("ActivityFigures", "Planned disbursements"),
        QT_TRANSLATE_NOOP("ActivityFigures", "Commitments"),
        QT_TRANSLATE_NOOP("ActivityFigures", "Disbursements"),
        QT_TRANSLATE_NOOP("ActivityFigures", "Expenditure")};
    return m_words.word(names[figure]);
}

int FinanceModel::year(int row) const
{
    return m_years.value(row);
}

double FinanceModel::amount(int row, Figure figure) const
{
    return row >= 0 && row < m_totals.size() ? figureOf(m_totals.at(row), figure) : 0;
}

QString FinanceModel::description(int row, Figure figure) const
{
    return m_words.word(QT_TRANSLATE_NOOP("ActivityFigures", "%1, %2: %3"))
        .arg(figureName(figure), QString::number(year(row)),
             m_words.money(amount(row, figure), m_currency));
}

int FinanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_years.size());
}

int FinanceModel::columnCount(const QModelIndex &parent) const
{
    // Without a year there is nothing to show, not even the year column.
    return parent.isValid() || m_years.isEmpty() ? 0 : int(m_figures.size()) + 1;
}

QVariant FinanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (index.column() == YearColumn) {
        switch (role) {
        case Qt::DisplayRole:
            // As the chart's axis writes it.
            return QString::number(year(row));
        case AmountRole:
            return year(row);
        default:
            return {};
        }
    }
    const Figure figure = m_figures.at(index.column() - 1);
    switch (role) {
    case Qt::DisplayRole:
        return m_words.money(amount(row, figure), m_currency);
    case Qt::TextAlignmentRole:
        // Amounts line up at their end, whatever the reading direction.
        return int(Qt::AlignTrailing | Qt::AlignVCenter);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return description(row, figure);
    case AmountRole:
        return amount(row, figure);
    case FigureRole:
        return int(figure);
    default:
        return {};
    }
}

QVariant FinanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == FigureRole && section > YearColumn)
        return int(m_figures.at(section - 1));
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == YearColumn)
        return m_words.word(QT_TRANSLATE_NOOP("ActivityFigures", "Year"));
    return figureName(m_figures.at(section - 1));
}

} // namespace sharaka
