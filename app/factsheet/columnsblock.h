// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "factsheet/factsheetblock.h"

namespace sharaka {

/// Two blocks side by side, the first on the leading side (the left, or the
/// right in Arabic), as tall as the taller; it stretches when either does.
class ColumnsBlock final : public FactsheetBlock
{
public:
    /// @p leadingShare: the first block's part of the width, 0 to 1.
    ColumnsBlock(const FactsheetStyle &style, std::unique_ptr<FactsheetBlock> leading,
                 std::unique_ptr<FactsheetBlock> trailing, qreal leadingShare);

    qreal heightFor(qreal width) const override;
    void paint(QPainter &painter, const QRectF &rect) const override;
    bool stretches() const override;

private:
    QRectF leadingRect(const QRectF &rect) const;
    QRectF trailingRect(const QRectF &rect) const;

    std::unique_ptr<FactsheetBlock> m_leading;
    std::unique_ptr<FactsheetBlock> m_trailing;
    qreal m_leadingShare;
};

} // namespace sharaka
