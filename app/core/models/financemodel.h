// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/activityfigures.h"
#include "core/dataset.h"

#include <QAbstractTableModel>
#include <QList>

namespace sharaka {

class LanguageTranslator;

/// A finance chart's figures, one row per year, oldest first, in the chart's
/// one currency: the year, then one column for each figure the activity has
/// any amount of (budget, planned disbursements, commitments, disbursements,
/// expenditure). Years are grouped as ActivityFinance::byYear() groups them;
/// the finance chart is drawn from this model and the chart-as-table view
/// shows it, so both give the same figures for the same years.
class FinanceModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Figure { Budget, PlannedDisbursements, Commitments, Disbursements, Expenditure };
    static constexpr int FigureCount = Expenditure + 1;
    static constexpr int YearColumn = 0;
    enum Role {
        AmountRole = Qt::UserRole + 1, ///< the amount as a double; the year (int) in YearColumn
        FigureRole                     ///< the column's Figure, as an int; invalid for the year
    };

    /// The finance chart @p chartId of @p dataset in @p language; no rows
    /// for any other id. The program's words come from @p translator, which
    /// must outlive the model, else from the installed translation.
    FinanceModel(const Dataset &dataset, const QString &chartId, Language language,
                 const LanguageTranslator *translator = nullptr, QObject *parent = nullptr);

    QString currency() const { return m_currency; }
    /// The figures shown, in column order (column 1 onwards): those with an
    /// amount other than zero in some year. A figure all zeros would only
    /// crowd the chart's legend and the table.
    QList<Figure> figures() const { return m_figures; }
    /// The column of @p figure; -1 when the activity has no amount of it.
    int columnOf(Figure figure) const;
    /// "Budget", "Planned disbursements", … in the model's language.
    QString figureName(Figure figure) const;
    int year(int row) const;
    double amount(int row, Figure figure) const;
    /// "Budget, 2021: 126,771 EUR": what a screen reader says for one bar.
    QString description(int row, Figure figure) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ActivityFigures m_words;
    QString m_currency;
    QList<int> m_years;
    QList<CurrencyTotals> m_totals; ///< per row
    QList<Figure> m_figures;
};

} // namespace sharaka
