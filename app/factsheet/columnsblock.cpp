// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "factsheet/columnsblock.h"

#include <algorithm>

namespace sharaka {

ColumnsBlock::ColumnsBlock(const FactsheetStyle &style, std::unique_ptr<FactsheetBlock> leading,
                           std::unique_ptr<FactsheetBlock> trailing, qreal leadingShare)
    : FactsheetBlock(style)
    , m_leading(std::move(leading))
    , m_trailing(std::move(trailing))
    , m_leadingShare(leadingShare)
{}

QRectF ColumnsBlock::leadingRect(const QRectF &rect) const
{
    const qreal width = (rect.width() - FactsheetStyle::Gap) * m_leadingShare;
    return style().visual(rect, QRectF(rect.left(), rect.top(), width, rect.height()));
}

QRectF ColumnsBlock::trailingRect(const QRectF &rect) const
{
    const qreal leading = (rect.width() - FactsheetStyle::Gap) * m_leadingShare;
    const qreal left = rect.left() + leading + FactsheetStyle::Gap;
    return style().visual(rect, QRectF(left, rect.top(), rect.right() - left, rect.height()));
}

qreal ColumnsBlock::heightFor(qreal width) const
{
    const QRectF rect(0, 0, width, 0);
    return std::max(m_leading->heightFor(leadingRect(rect).width()),
                    m_trailing->heightFor(trailingRect(rect).width()));
}

void ColumnsBlock::paint(QPainter &painter, const QRectF &rect) const
{
    m_leading->paint(painter, leadingRect(rect));
    m_trailing->paint(painter, trailingRect(rect));
}

bool ColumnsBlock::stretches() const
{
    return m_leading->stretches() || m_trailing->stretches();
}

} // namespace sharaka
