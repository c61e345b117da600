// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "charts/dashboardchart.h"
#include "core/dataset.h"

class QBarSeries;
class QBarCategoryAxis;
class QLineSeries;
class QValueAxis;

namespace sharaka {

class FinanceModel;

/// Budget against commitments, disbursements and expenditure per year, in
/// the one currency of its spec: amounts of different currencies are never
/// added, so an activity with several has one finance chart each. Planned
/// disbursements, a plan like the budget but of money to be paid out, are a
/// line over the bars. Everything it draws comes from its FinanceModel,
/// which the chart-as-table view shows.
class FinanceChart final : public DashboardChart
{
    Q_OBJECT

public:
    FinanceChart(const Dataset &dataset, const ChartSpec &spec, Language language,
                 const ChartContext &context, const QSizeF &size = QSizeF(),
                 QGraphicsItem *parent = nullptr);

    FinanceModel *model() const { return m_model; }
    QAbstractItemModel *tableModel() const override;
    QStringList valueDescriptions() const override;
    /// Keeps each series in its own colour: the theme's "lower bound" look
    /// for a second bar set means nothing here.
    void applyColors(const ChartColors &colors) override;
    /// The years, oldest first; the axis runs from the right in Arabic.
    QStringList years() const { return m_years; }
    /// The series drawn ("Budget", "Commitments", …, "Planned disbursements"
    /// last), as the legend lists them, each with its values per year.
    QStringList seriesNames() const;
    /// Oldest year first.
    QList<double> seriesValues(int series) const;

protected:
    void updateFonts() override;
    void resizeEvent(QGraphicsSceneResizeEvent *event) override;

private:
    /// Lays the legend out as a row over the plot while every name fits
    /// across @p width, else as a column beside the plot: Qt Charts would
    /// shorten a name that has no room ("Planned disburse...").
    void placeLegend(qreal width);
    /// The model's row drawn at @p category of the year axis.
    int rowAt(int category) const;

    FinanceModel *m_model = nullptr;
    QBarSeries *m_series = nullptr;
    QLineSeries *m_planned = nullptr; ///< null when the activity plans no disbursement
    QBarCategoryAxis *m_yearAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QStringList m_years;
    QList<int> m_figureOfSet; ///< which FinanceModel::Figure each bar set draws
    QStringList m_descriptions;
};

} // namespace sharaka
