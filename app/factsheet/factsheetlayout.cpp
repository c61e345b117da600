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
        const qreal height = block->heightFor(width);
        if (pageHasContent && block->keepsWithNext() && !queue.empty() &&
            !fitsAfter(*queue.front(), room - height - FactsheetStyle::Gap)) {
            // A heading never ends a page: it moves on with what it heads.
            queue.push_front(std::move(block));
            stretch(m_pages.last());
            top = startPage();
            pageHasContent = false;
            continue;
        }
        if (height <= room || !pageHasContent) {
            if (height > room) {
                // Taller than a whole page: cut it, or give it the page (it
                // clips itself to its rectangle, so nothing leaves the page).
                FactsheetSplit split = block->split(width, room);
                if (split.head) {
                    queue.push_front(std::move(split.rest));
                    block = std::move(split.head);
                }
            }
            const qreal placed = std::min(block->heightFor(width), room);
            m_pages.last().append(
                {keep(std::move(block)), QRectF(m_area.left(), top, width, placed)});
            top += placed + FactsheetStyle::Gap;
            pageHasContent = true;
            continue;
        }
        FactsheetSplit split = block->split(width, room);
        if (split.head) {
            const qreal placed = split.head->heightFor(width);
            m_pages.last().append(
                {keep(std::move(split.head)), QRectF(m_area.left(), top, width, placed)});
            queue.push_front(std::move(split.rest));
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
    return block.heightFor(m_area.width()) <= room ||
           block.split(m_area.width(), room).head != nullptr;
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
