// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/charttheme.h"

#include "charts/indicatorchart.h"
#include "charts/mapchart.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QGuiApplication>
#include <QLegend>
#include <QPalette>

namespace sharaka {

namespace {

const char ThemeProperty[] = "sharakaChartTheme";

} // namespace

ChartColors chartColors(ChartTheme theme)
{
    if (theme == ChartTheme::Dark) {
        // Text and bars keep at least 4.5:1 contrast on the dark background.
        return {QColor(0x23, 0x26, 0x29), QColor(0xee, 0xee, 0xee), QColor(0xb8, 0xb8, 0xb8),
                QColor(0x9a, 0x9a, 0x9a), QColor(0x4a, 0x4d, 0x50), QColor(0x5b, 0x9b, 0xe0),
                QColor(0xf0, 0xa4, 0x58)};
    }
    return {Qt::white,
            QColor(0x20, 0x20, 0x20),
            QColor(0x55, 0x55, 0x55),
            QColor(0x80, 0x80, 0x80),
            QColor(0xdd, 0xdd, 0xdd),
            QColor(0x1f, 0x5f, 0xa8),
            QColor(0xc2, 0x6a, 0x12).darker(140)};
}

ChartTheme chartThemeFor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? ChartTheme::Dark : ChartTheme::Light;
}

ChartTheme screenChartTheme()
{
    return chartThemeFor(QGuiApplication::palette());
}

void applyChartTheme(QChart *chart, ChartTheme theme)
{
    if (!chart)
        return;
    const ChartColors colors = chartColors(theme);
    chart->setProperty(ThemeProperty, int(theme));
    chart->setBackgroundBrush(colors.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(colors.text);
    chart->legend()->setLabelColor(colors.text);
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(colors.text);
        axis->setTitleBrush(colors.text);
        axis->setLinePenColor(colors.axisLine);
        axis->setGridLineColor(colors.gridLine);
    }
    // The first set of every bar series holds the exact figures; the lower
    // bounds keep their orange, which reads on both backgrounds.
    const auto series = chart->series();
    for (QAbstractSeries *one : series) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(one);
        if (!bars || bars->barSets().isEmpty())
            continue;
        QBarSet *exact = bars->barSets().constFirst();
        exact->setColor(colors.exactBar);
        exact->setBorderColor(colors.exactBar.darker(130));
    }
    if (auto *indicatorChart = qobject_cast<IndicatorChart *>(chart))
        indicatorChart->setOverlayColors(colors.text, colors.lowerBoundText, colors.secondaryText);
    if (auto *map = qobject_cast<MapChart *>(chart))
        map->setColors(mapColors(theme), colors.text, colors.secondaryText);
}

ChartTheme appliedChartTheme(const QChart *chart)
{
    return chart && chart->property(ThemeProperty).toInt() == int(ChartTheme::Dark)
               ? ChartTheme::Dark
               : ChartTheme::Light;
}

} // namespace sharaka
