// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "charts/dashboardchart.h"
#include "core/dataset.h"

class QBarSeries;
class QBarCategoryAxis;
class QValueAxis;

namespace sharaka {

/// Budget against commitments, disbursements and expenditure per year, in
/// the one currency of its spec: amounts of different currencies are never
/// added, so an activity with several has one finance chart each.
class FinanceChart final : public DashboardChart
{
    Q_OBJECT

public:
    FinanceChart(const Dataset &dataset, const ChartSpec &spec, Language language,
                 const ChartContext &context, const QSizeF &size = QSizeF(),
                 QGraphicsItem *parent = nullptr);

    QStringList valueDescriptions() const override;
    /// Keeps each series in its own colour: the theme's "lower bound" look
    /// for a second bar set means nothing here.
    void applyColors(const ChartColors &colors) override;
    /// The years on the axis, oldest first.
    QStringList years() const { return m_years; }
    /// The series drawn ("Budget", "Commitments", …), each with its values per year.
    QStringList seriesNames() const;
    QList<double> seriesValues(int series) const;

protected:
    void updateFonts() override;

private:
    QBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_yearAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QStringList m_years;
    QList<int> m_figureOfSet; ///< which figure (0 budget … 3 expenditure) each bar set draws
    QStringList m_descriptions;
};

} // namespace sharaka
