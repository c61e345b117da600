// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "factsheet/factsheetblock.h"

#include <QList>
#include <QStringList>

namespace sharaka {

/// A compact timeline: an axis of years with a dot per event, running in the
/// reading direction, and the events listed under it, in two columns when wide.
class TimelineBlock final : public FactsheetBlock
{
public:
    struct Content
    {
        QString heading;     ///< rich text
        QList<qreal> events; ///< where each event falls, 0 (start) to 1 (end)
        QList<qreal> tickPositions;
        QStringList tickLabels; ///< plain text, parallel to tickPositions
        QStringList entries;    ///< rich text, one per listed event
        QString more;           ///< rich text, "and N more events", or empty
    };

    TimelineBlock(const FactsheetStyle &style, Content content);

    qreal heightFor(qreal width) const override;
    void paint(QPainter &painter, const QRectF &rect) const override;

private:
    /// Below this width the events stand in one column.
    static constexpr qreal TwoColumnWidth = 420;
    static int columnCount(qreal width);
    QString column(int index, int count) const;
    qreal columnWidth(qreal width) const;

    Content m_content;
};

} // namespace sharaka
