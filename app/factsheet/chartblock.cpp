// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "factsheet/chartblock.h"

#include "charts/chartexporter.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace sharaka {

Q_LOGGING_CATEGORY(factsheetChartsLog, "sharaka.factsheet.charts", QtInfoMsg)

namespace {
/// The chart is laid out this much larger than its place and drawn scaled
/// down: its text comes out near the page's body size instead of the
/// window's, which leaves the bars room on paper.
constexpr qreal LayoutScale = 1.5;
/// Past this height a chart would crowd out the rest of the page: its
/// labels are then as Qt Charts fits them.
constexpr qreal TallestSearched = 560;
} // namespace

ChartBlock::ChartBlock(const FactsheetStyle &style, const ChartExporter &exporter,
                       const QString &chartId, qreal minimumHeight, qreal maximumHeight)
    : FactsheetBlock(style)
    , m_exporter(exporter)
    , m_chartId(chartId)
    , m_minimumHeight(minimumHeight)
    , m_maximumHeight(maximumHeight > 0 ? maximumHeight : TallestSearched)
{}

QSize ChartBlock::layoutSize(const QSizeF &rect)
{
    return QSize(int(std::round(rect.width() * LayoutScale)),
                 int(std::round(rect.height() * LayoutScale)));
}

bool ChartBlock::showsWhole(const QSizeF &size) const
{
    // Qt Charts ends a label or tick that has no room with an ellipsis.
    const QStringList texts =
        m_exporter.shownTexts(m_chartId, style().language(), layoutSize(size));
    return std::none_of(texts.cbegin(), texts.cend(), [](const QString &text) {
        return text.contains(QStringLiteral("...")) || text.contains(QChar(0x2026));
    });
}

qreal ChartBlock::heightFor(qreal width) const
{
    // Each category gets an equal share of the plot's height and each tick an
    // equal share of its width, whatever the fonts of the language need: try
    // taller until nothing is shortened, up to a size no page would hold.
    const qint64 key = qRound64(width * 100);
    if (const auto known = m_heights.constFind(key); known != m_heights.cend())
        return known.value();
    constexpr qreal Step = 1.2;
    const qreal tallest = std::max(m_minimumHeight, m_maximumHeight);
    qreal height = m_minimumHeight;
    while (height * Step <= tallest && !showsWhole(QSizeF(width, height)))
        height *= Step;
    // Then closer to the least that fits, between the last two tries.
    if (height > m_minimumHeight) {
        qreal tooShort = std::max(m_minimumHeight, height / Step);
        for (int halving = 0; halving < 3; ++halving) {
            const qreal middle = (tooShort + height) / 2;
            if (showsWhole(QSizeF(width, middle)))
                height = middle;
            else
                tooShort = middle;
        }
    }
    m_heights.insert(key, height);
    return height;
}

void ChartBlock::paint(QPainter &painter, const QRectF &rect) const
{
    const QSize size = layoutSize(rect.size());
    qCDebug(factsheetChartsLog, "%s %s %dx%d", qPrintable(m_chartId),
            qPrintable(languageCode(style().language())), size.width(), size.height());
    painter.save();
    painter.setClipRect(rect);
    m_exporter.paintChart(m_chartId, style().language(), size, painter, rect);
    painter.restore();
}

} // namespace sharaka
