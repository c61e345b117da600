// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>

class QChart;
class QPalette;

namespace sharaka {

/// The two looks of a chart: light for print and exports, dark to sit in a
/// dark desktop theme.
enum class ChartTheme { Light, Dark };

/// The colours a chart is drawn with in one theme.
struct ChartColors
{
    QColor background;
    QColor text;          ///< title, axis labels, legend, value labels
    QColor secondaryText; ///< the source line
    QColor axisLine;
    QColor gridLine;
    QColor exactBar;
    QColor lowerBoundText; ///< value labels of "at least" figures
};

ChartColors chartColors(ChartTheme theme);

/// Dark when the palette's window is dark, so the charts match the desktop.
ChartTheme chartThemeFor(const QPalette &palette);

/// The theme of the application's current palette ("keep the screen's theme"
/// in exports).
ChartTheme screenChartTheme();

/// Recolours @p chart (any QChart; an IndicatorChart also gets its value labels
/// and source line) without touching fonts or layout, unlike QChart::setTheme().
/// Charts from buildChart() start light, so exports are light unless asked.
void applyChartTheme(QChart *chart, ChartTheme theme);

/// The theme last applied to @p chart by applyChartTheme() (Light if never).
ChartTheme appliedChartTheme(const QChart *chart);

} // namespace sharaka
