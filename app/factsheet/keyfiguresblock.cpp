// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "factsheet/keyfiguresblock.h"

#include "factsheet/factsheettext.h"

#include <QPainter>

#include <algorithm>

namespace sharaka {

namespace {
constexpr qreal Spacing = 6;
constexpr qreal Padding = 5;
constexpr qreal ValuePoints = 17;
} // namespace

KeyFiguresBlock::KeyFiguresBlock(const FactsheetStyle &style, QList<Tile> tiles)
    : FactsheetBlock(style)
    , m_tiles(std::move(tiles))
{}

qreal KeyFiguresBlock::tileWidth(qreal width) const
{
    const qsizetype columns = std::min<qsizetype>(TilesPerRow, m_tiles.size());
    return columns == 0 ? width : (width - Spacing * (columns - 1)) / columns;
}

QString KeyFiguresBlock::tileHtml(const Tile &tile) const
{
    // The value is a left-to-right run ("800+") in every language, on one
    // line: a long one ("1,198,000 USD") is set smaller rather than broken.
    constexpr qsizetype ShortValue = 8;
    const qreal points =
        ValuePoints *
        std::clamp(qreal(ShortValue) / qreal(std::max<qsizetype>(1, tile.value.size())), 0.55, 1.0);
    QString html = QStringLiteral("<div style=\"font-size:%1pt; font-weight:bold; color:%2; "
                                  "white-space:nowrap\" dir=\"ltr\" align=\"center\">%3</div>")
                       .arg(points)
                       .arg(style().accent().name(), tile.value.toHtmlEscaped());
    html += QStringLiteral("<div align=\"center\">%1</div>").arg(tile.label.toHtmlEscaped());
    if (!tile.qualifier.isEmpty())
        html += QStringLiteral("<div align=\"center\" style=\"color:%1\">%2</div>")
                    .arg(style().muted().name(), style().emphasis(tile.qualifier.toHtmlEscaped()));
    return html;
}

qreal KeyFiguresBlock::rowHeight(qsizetype row, qreal width) const
{
    const qreal inner = tileWidth(width) - 2 * Padding;
    qreal height = 0;
    for (qsizetype i = row * TilesPerRow; i < std::min((row + 1) * TilesPerRow, m_tiles.size());
         ++i) {
        const FactsheetText text(style(), tileHtml(m_tiles.at(i)), inner,
                                 FactsheetStyle::BodyPoints, Qt::AlignHCenter);
        height = std::max(height, text.height());
    }
    return height + 2 * Padding;
}

qreal KeyFiguresBlock::heightFor(qreal width) const
{
    qreal height = 0;
    for (qsizetype row = 0; row < rowCount(); ++row)
        height += rowHeight(row, width) + (row > 0 ? Spacing : 0);
    return height;
}

void KeyFiguresBlock::paint(QPainter &painter, const QRectF &rect) const
{
    const qreal width = tileWidth(rect.width());
    qreal top = rect.top();
    painter.save();
    painter.setClipRect(rect);
    for (qsizetype row = 0; row < rowCount(); ++row) {
        const qreal height = rowHeight(row, rect.width());
        for (qsizetype column = 0; column < TilesPerRow; ++column) {
            const qsizetype index = row * TilesPerRow + column;
            if (index >= m_tiles.size())
                break;
            // Reading order: the first tile on the leading side.
            const QRectF tile = style().visual(
                rect, QRectF(rect.left() + column * (width + Spacing), top, width, height));
            painter.setPen(Qt::NoPen);
            painter.setBrush(style().tile());
            painter.drawRoundedRect(tile, 4, 4);
            const FactsheetText text(style(), tileHtml(m_tiles.at(index)), width - 2 * Padding,
                                     FactsheetStyle::BodyPoints, Qt::AlignHCenter);
            text.draw(painter, tile.topLeft() + QPointF(Padding, Padding), style().text());
        }
        top += height + Spacing;
    }
    painter.restore();
}

FactsheetSplit KeyFiguresBlock::split(qreal width, qreal height) const
{
    qsizetype rows = 0;
    qreal used = 0;
    while (rows < rowCount() && used + rowHeight(rows, width) <= height) {
        used += rowHeight(rows, width) + Spacing;
        ++rows;
    }
    if (rows == 0 || rows == rowCount())
        return {};
    return {std::make_unique<KeyFiguresBlock>(style(), m_tiles.mid(0, rows * TilesPerRow)),
            std::make_unique<KeyFiguresBlock>(style(), m_tiles.mid(rows * TilesPerRow))};
}

} // namespace sharaka
