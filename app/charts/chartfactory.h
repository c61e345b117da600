// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "charts/indicatorchart.h"

#include <QSizeF>

#include <memory>

namespace sharaka {

/// Builds the chart @p chartId of @p dataset in @p language, laid out at
/// @p size. The window and every export call this one function, so a saved
/// chart is the chart on screen. Returns nullptr for an unknown chart id.
std::unique_ptr<IndicatorChart> buildChart(const Dataset &dataset, const QString &chartId,
                                           Language language, const QSizeF &size);

} // namespace sharaka
