// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "factsheet/factsheetblock.h"

#include <QList>
#include <QRectF>

#include <memory>
#include <vector>

namespace sharaka {

/// Places blocks down the pages in order. A block that does not fit in the
/// room left is cut between its lines when it can be, else moves to the next
/// page; pages after the first start under a running header. Room left at the
/// foot of a page goes to its stretching blocks (the charts).
class FactsheetLayout final
{
public:
    struct Placement
    {
        const FactsheetBlock *block = nullptr;
        QRectF rect;
    };
    using Page = QList<Placement>;

    /// @p runningHeader (may be null) heads every page but the first.
    FactsheetLayout(std::vector<std::unique_ptr<FactsheetBlock>> blocks,
                    std::unique_ptr<FactsheetBlock> runningHeader, const QRectF &area);

    const QList<Page> &pages() const { return m_pages; }

private:
    void paginate(std::vector<std::unique_ptr<FactsheetBlock>> blocks);
    qreal startPage();
    void stretch(Page &page) const;
    /// Whether @p block, or its first lines, fit in @p room.
    bool fitsAfter(const FactsheetBlock &block, qreal room) const;
    /// Keeps @p block alive as long as the layout.
    const FactsheetBlock *keep(std::unique_ptr<FactsheetBlock> block);

    std::vector<std::unique_ptr<FactsheetBlock>> m_owned;
    std::unique_ptr<FactsheetBlock> m_runningHeader;
    QRectF m_area;
    QList<Page> m_pages;
};

} // namespace sharaka
