// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "factsheet/factsheetblock.h"

#include <vector>

namespace sharaka {

/// Blocks one under the other as one block, for a column beside another
/// (the countries and the timeline beside the map).
class StackBlock final : public FactsheetBlock
{
public:
    StackBlock(const FactsheetStyle &style, std::vector<std::unique_ptr<FactsheetBlock>> blocks);

    qreal heightFor(qreal width) const override;
    void paint(QPainter &painter, const QRectF &rect) const override;

private:
    std::vector<std::unique_ptr<FactsheetBlock>> m_blocks;
};

} // namespace sharaka
