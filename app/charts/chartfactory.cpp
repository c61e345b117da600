// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/chartfactory.h"

#include "charts/charttheme.h"

namespace sharaka {

std::unique_ptr<IndicatorChart> buildChart(const Dataset &dataset, const QString &chartId,
                                           Language language, const QSizeF &size)
{
    const ChartSpec *spec = dataset.chart(chartId);
    if (!spec || spec->kind != ChartKind::Bar)
        return nullptr;
    auto chart = std::make_unique<IndicatorChart>(dataset, *spec, language, nullptr, size);
    // Light unless the caller recolours it: exports and print default to light.
    applyChartTheme(chart.get(), ChartTheme::Light);
    chart->resize(size);
    chart->layoutNow();
    return chart;
}

} // namespace sharaka
