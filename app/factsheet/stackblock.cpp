// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "factsheet/stackblock.h"

namespace sharaka {

StackBlock::StackBlock(const FactsheetStyle &style,
                       std::vector<std::unique_ptr<FactsheetBlock>> blocks)
    : FactsheetBlock(style)
    , m_blocks(std::move(blocks))
{}

qreal StackBlock::heightFor(qreal width) const
{
    qreal height = 0;
    for (const auto &block : m_blocks)
        height += block->heightFor(width) + (height > 0 ? FactsheetStyle::Gap : 0);
    return height;
}

void StackBlock::paint(QPainter &painter, const QRectF &rect) const
{
    qreal top = rect.top();
    for (const auto &block : m_blocks) {
        const qreal height = block->heightFor(rect.width());
        block->paint(painter, QRectF(rect.left(), top, rect.width(), height));
        top += height + FactsheetStyle::Gap;
    }
}

} // namespace sharaka
