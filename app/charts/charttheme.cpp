// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/charttheme.h"

#include "charts/dashboardchart.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QGuiApplication>
#include <QLegend>
#include <QLinearGradient>
#include <QPalette>
#include <QPen>

namespace sharaka {

namespace {

const char ThemeProperty[] = "sharakaChartTheme";
const QColor LowerBoundBar(0xc2, 0x6a, 0x12);

} // namespace

ChartColors chartColors(ChartTheme theme)
{
    if (theme == ChartTheme::Dark) {
        // Text and bars keep at least 4.5:1 contrast on the dark background.
        return {QColor(0x23, 0x26, 0x29), QColor(0xee, 0xee, 0xee),
                QColor(0xb8, 0xb8, 0xb8), QColor(0x9a, 0x9a, 0x9a),
                QColor(0x4a, 0x4d, 0x50), QColor(0x5b, 0x9b, 0xe0),
                QColor(0xf0, 0xa4, 0x58), LowerBoundBar};
    }
    return {Qt::white,
            QColor(0x20, 0x20, 0x20),
            QColor(0x55, 0x55, 0x55),
            QColor(0x80, 0x80, 0x80),
            QColor(0xdd, 0xdd, 0xdd),
            QColor(0x1f, 0x5f, 0xa8),
            LowerBoundBar.darker(140),
            LowerBoundBar};
}

QFont defaultChartFont()
{
    // What Qt gives an application on a desktop without font settings, so
    // exports look as they did when they followed the application's font.
    QFont font(QStringLiteral("Sans Serif"));
    font.setPointSizeF(9);
    return font;
}

QFont chartFont(const QFont &base, ChartTextRole role, qreal scale)
{
    qreal factor = 1.0;
    bool bold = false;
    switch (role) {
    case ChartTextRole::Title:
        factor = 1.35;
        bold = true;
        break;
    case ChartTextRole::Legend:
        factor = 0.95;
        break;
    case ChartTextRole::Category:
        break;
    case ChartTextRole::Axis:
        factor = 0.9;
        break;
    case ChartTextRole::Value:
        factor = 1.1;
        bold = true;
        break;
    case ChartTextRole::Source:
        factor = 0.85;
        break;
    }
    QFont font = base;
    const qreal size = base.pointSizeF() > 0 ? base.pointSizeF() : 9.0;
    font.setPointSizeF(size * factor * scale);
    font.setBold(bold);
    return font;
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
    // The first set of every bar series holds the exact figures, the second
    // the lower bounds: a dashed outline and a fade at the open end say "at
    // least" without the legend.
    const auto series = chart->series();
    for (QAbstractSeries *one : series) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(one);
        if (!bars || bars->barSets().isEmpty())
            continue;
        QBarSet *exact = bars->barSets().constFirst();
        exact->setColor(colors.exactBar);
        exact->setBorderColor(colors.exactBar.darker(130));
        if (bars->barSets().size() < 2)
            continue;
        QBarSet *lowerBound = bars->barSets().at(1);
        QLinearGradient fade(0, 0, 1, 0);
        fade.setCoordinateMode(QGradient::ObjectBoundingMode);
        fade.setColorAt(0.0, colors.lowerBoundBar);
        fade.setColorAt(0.75, colors.lowerBoundBar);
        fade.setColorAt(1.0, colors.lowerBoundBar.lighter(160));
        lowerBound->setBrush(fade);
        lowerBound->setPen(QPen(colors.lowerBoundBar.darker(130), 1.5, Qt::DashLine));
    }
    if (auto *dashboardChart = qobject_cast<DashboardChart *>(chart))
        dashboardChart->applyColors(colors);
}

ChartTheme appliedChartTheme(const QChart *chart)
{
    return chart && chart->property(ThemeProperty).toInt() == int(ChartTheme::Dark)
               ? ChartTheme::Dark
               : ChartTheme::Light;
}

} // namespace sharaka
