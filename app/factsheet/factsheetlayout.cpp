// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "factsheet/factsheetlayout.h"

#include <deque>

namespace sharaka {

namespace {
/// A chart grows at most this much over its smallest height; more would
/// only make its bars fatter.
constexpr qreal MaximumGrowth = 160;
} // namespace

FactsheetLayout::FactsheetLayout(std::vector<std::unique_ptr<FactsheetBlock>> blocks,
                                 std::unique_ptr<FactsheetBlock> runningHeader, const QRectF &area)
    : m_runningHeader(std::move(runningHeader))
    , m_area(area)
{
    paginate(std::move(blocks));
}

const FactsheetBlock *FactsheetLayout::keep(std::unique_ptr<FactsheetBlock> block)
{
    m_owned.push_back(std::move(block));
    return m_owned.back().get();
}

qreal FactsheetLayout::startPage()
{
    m_pages.append(Page());
    if (m_pages.size() == 1 || !m_runningHeader)
        return m_area.top();
    const qreal height = m_runningHeader->heightFor(m_area.width());
    m_pages.last().append(
        {m_runningHeader.get(), QRectF(m_area.left(), m_area.top(), m_area.width(), height)});
    return m_area.top() + height + FactsheetStyle::Gap;
}

void FactsheetLayout::paginate(std::vector<std::unique_ptr<FactsheetBlock>> blocks)
{
    std::deque<std::unique_ptr<FactsheetBlock>> queue;
    for (auto &block : blocks)
        queue.push_back(std::move(block));
    const qreal width = m_area.width();
    qreal top = startPage();
    bool pageHasContent = false;
    while (!queue.empty()) {
        std::unique_ptr<FactsheetBlock> block = std::move(queue.front());
        queue.pop_front();
        const qreal room = m_area.bottom() - top;
        if (pageHasContent && block->keepsWithNext() && !queue.empty() &&
            !fitsAfter(*queue.front(), room - block->heightFor(width) - FactsheetStyle::Gap)) {
            // A heading never ends a page: it moves on with what it heads.
            queue.push_front(std::move(block));
            stretch(m_pages.last());
            top = startPage();
            pageHasContent = false;
            continue;
        }
        // Cut first, measure after: a block that does not fit whole gives the
        // head that does, and its rest is measured only once it fits. The
        // height of a block of 20,000 sources costs a layout of all of them,
        // and measuring what is left on every page made paging quadratic.
        FactsheetSplit split = block->split(width, room);
        if (split.head) {
            const qreal placed = std::min(split.head->heightFor(width), room);
            m_pages.last().append(
                {keep(std::move(split.head)), QRectF(m_area.left(), top, width, placed)});
            queue.push_front(std::move(split.rest));
        } else if (const qreal height = block->heightFor(width);
                   height <= room || !pageHasContent) {
            // Fits, or is taller than a whole page and cannot be cut: it gets
            // the page (it clips itself to its rectangle, so nothing leaves it).
            const qreal placed = std::min(height, room);
            m_pages.last().append(
                {keep(std::move(block)), QRectF(m_area.left(), top, width, placed)});
            top += placed + FactsheetStyle::Gap;
            pageHasContent = true;
            continue;
        } else {
            queue.push_front(std::move(block));
        }
        stretch(m_pages.last());
        top = startPage();
        pageHasContent = false;
    }
    stretch(m_pages.last());
}

bool FactsheetLayout::fitsAfter(const FactsheetBlock &block, qreal room) const
{
    if (room <= 0)
        return false;
    // The cut first, as in paginate(): it stops at the first part that does
    // not fit, where the height lays out the whole block.
    return block.split(m_area.width(), room).head != nullptr ||
           block.heightFor(m_area.width()) <= room;
}

void FactsheetLayout::stretch(Page &page) const
{
    if (page.isEmpty())
        return;
    const qreal room = m_area.bottom() - page.last().rect.bottom();
    qsizetype stretching = 0;
    for (const Placement &placement : page)
        stretching += placement.block->stretches() ? 1 : 0;
    if (room <= 0 || stretching == 0)
        return;
    const qreal growth = std::min(MaximumGrowth, room / stretching);
    qreal shift = 0;
    for (Placement &placement : page) {
        placement.rect.translate(0, shift);
        if (placement.block->stretches()) {
            placement.rect.setHeight(placement.rect.height() + growth);
            shift += growth;
        }
    }
}

} // namespace sharaka
