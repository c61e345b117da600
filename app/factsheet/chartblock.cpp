// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "factsheet/chartblock.h"

#include "charts/chartexporter.h"

#include <QPainter>

#include <cmath>

namespace sharaka {

namespace {
/// The chart is laid out this much larger than its place and drawn scaled
/// down: its text comes out near the page's body size instead of the
/// window's, which leaves the bars room on paper.
constexpr qreal LayoutScale = 1.5;
} // namespace

ChartBlock::ChartBlock(const FactsheetStyle &style, const ChartExporter &exporter,
                       const QString &chartId, qreal minimumHeight)
    : FactsheetBlock(style)
    , m_exporter(exporter)
    , m_chartId(chartId)
    , m_minimumHeight(minimumHeight)
{}

qreal ChartBlock::heightFor(qreal) const
{
    return m_minimumHeight;
}

void ChartBlock::paint(QPainter &painter, const QRectF &rect) const
{
    const QSize layoutSize(int(std::round(rect.width() * LayoutScale)),
                           int(std::round(rect.height() * LayoutScale)));
    painter.save();
    painter.setClipRect(rect);
    m_exporter.paintChart(m_chartId, style().language(), layoutSize, painter, rect);
    painter.restore();
}

} // namespace sharaka
