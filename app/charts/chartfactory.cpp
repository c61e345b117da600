// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/chartfactory.h"

#include "charts/financechart.h"
#include "charts/indicatorchart.h"
#include "charts/mapchart.h"
#include "charts/periodchart.h"
#include "charts/sharechart.h"

namespace sharaka {

std::unique_ptr<DashboardChart> buildChart(const Dataset &dataset, const QString &chartId,
                                           Language language, const QSizeF &size,
                                           const ChartContext &context)
{
    const ChartSpec *spec = dataset.chart(chartId);
    if (!spec)
        return nullptr;
    std::unique_ptr<DashboardChart> chart;
    switch (spec->kind) {
    case ChartKind::Bar:
        chart = std::make_unique<IndicatorChart>(dataset, *spec, language, context, size);
        break;
    case ChartKind::Map:
        chart = std::make_unique<MapChart>(dataset, *spec, language, context, size);
        break;
    case ChartKind::Periods:
        chart = std::make_unique<PeriodChart>(dataset, *spec, language, context, size);
        break;
    case ChartKind::Finance:
        chart = std::make_unique<FinanceChart>(dataset, *spec, language, context, size);
        break;
    case ChartKind::Sectors:
    case ChartKind::PolicyMarkers:
        chart = std::make_unique<ShareChart>(dataset, *spec, language, context, size);
        break;
    }
    applyChartTheme(chart.get(), ChartTheme::Light);
    chart->resize(size);
    chart->layoutNow();
    return chart;
}

} // namespace sharaka
