// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "charts/dashboardchart.h"
#include "core/dataset.h"

#include <QSizeF>

#include <memory>

namespace sharaka {

/// Builds the chart @p chartId of @p dataset in @p language, laid out at
/// @p size, of the kind its spec names (ChartSpec::kind). The window and
/// every export call this one function, so a saved chart is the chart on
/// screen. @p context gives the base font and the translator; nothing else
/// is read from the application. Light until recoloured with
/// applyChartTheme(). Returns nullptr for an unknown chart id.
std::unique_ptr<DashboardChart> buildChart(const Dataset &dataset, const QString &chartId,
                                           Language language, const QSizeF &size,
                                           const ChartContext &context = {});

/// buildChart() for a caller that needs one kind's own API (tests, mostly):
/// nullptr when the chart is of another kind.
template<class Kind>
std::unique_ptr<Kind> chartOfKind(std::unique_ptr<DashboardChart> chart)
{
    if (!qobject_cast<Kind *>(chart.get()))
        return nullptr;
    return std::unique_ptr<Kind>(static_cast<Kind *>(chart.release()));
}

} // namespace sharaka
