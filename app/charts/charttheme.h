// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QFont>

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
    QColor lowerBoundBar;  ///< the same in every theme: it reads on both backgrounds
};

ChartColors chartColors(ChartTheme theme);

/// The texts of a chart, each drawn at its own size relative to the base font.
enum class ChartTextRole { Title, Legend, Category, Axis, Value, Source };

/// The base font of exports and print: the same on every machine, whatever
/// the desktop's font. The window passes its own font instead.
QFont defaultChartFont();

/// The font of @p role for a chart whose text is @p scale times the size of
/// @p base (1 up to a window-sized chart, more for large exports).
QFont chartFont(const QFont &base, ChartTextRole role, qreal scale);

/// Dark when the palette's window is dark, so the charts match the desktop.
ChartTheme chartThemeFor(const QPalette &palette);

/// The theme of the application's current palette ("keep the screen's theme"
/// in exports).
ChartTheme screenChartTheme();

/// Recolours @p chart (any QChart; a DashboardChart also gets the text it
/// draws itself) without touching fonts or layout, unlike QChart::setTheme().
/// Charts from buildChart() start light, so exports are light unless asked.
void applyChartTheme(QChart *chart, ChartTheme theme);

/// The theme last applied to @p chart by applyChartTheme() (Light if never).
ChartTheme appliedChartTheme(const QChart *chart);

} // namespace sharaka
