// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "factsheet/factsheetstyle.h"

#include <QRectF>

#include <memory>

class QPainter;

namespace sharaka {

class FactsheetBlock;

/// A block cut at a page break: the part that fits and the rest.
struct FactsheetSplit
{
    std::unique_ptr<FactsheetBlock> head; ///< null when not even one line fits
    std::unique_ptr<FactsheetBlock> rest;
};

/// One part of a factsheet page (the title, the key figures, a chart, the
/// sources…): it knows its height at a width and paints itself in a rectangle.
/// FactsheetLayout places blocks on pages; blocks never draw outside their rectangle.
class FactsheetBlock
{
public:
    explicit FactsheetBlock(const FactsheetStyle &style);
    virtual ~FactsheetBlock();
    FactsheetBlock(const FactsheetBlock &) = delete;
    FactsheetBlock &operator=(const FactsheetBlock &) = delete;

    /// The height the block needs at @p width (its smallest, for stretching blocks).
    virtual qreal heightFor(qreal width) const = 0;
    virtual void paint(QPainter &painter, const QRectF &rect) const = 0;
    /// Whether the block takes a share of the room left on its page (charts do).
    virtual bool stretches() const { return false; }
    /// Whether the block stays on the page of the block after it (a heading does).
    virtual bool keepsWithNext() const { return false; }
    /// Cuts the block between lines so that the head fits in @p height; blocks
    /// that cannot be cut return an empty split and move to the next page whole.
    virtual FactsheetSplit split(qreal width, qreal height) const;

protected:
    const FactsheetStyle &style() const { return m_style; }

private:
    FactsheetStyle m_style;
};

} // namespace sharaka
