// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "factsheet/factsheetblock.h"

#include <QColor>
#include <QStringList>

#include <optional>
#include <utility>

namespace sharaka {

/// Paragraphs of rich text under an optional heading: the title, the
/// countries, the sources, the data notes. A page break falls between
/// paragraphs, never inside one, and the rest repeats the heading.
class TextBlock final : public FactsheetBlock
{
public:
    struct Content
    {
        QString heading;        ///< rich text, empty for none
        QStringList paragraphs; ///< rich text, one <p> each (FactsheetText::paragraph)
        qreal points = FactsheetStyle::BodyPoints;
        QColor color;              ///< invalid: the style's text colour
        QString continuedHeading;  ///< the heading over the rest after a page break
        bool keepWithNext = false; ///< a heading alone, kept with what it heads
    };

    TextBlock(const FactsheetStyle &style, Content content);

    qreal heightFor(qreal width) const override;
    void paint(QPainter &painter, const QRectF &rect) const override;
    FactsheetSplit split(qreal width, qreal height) const override;
    bool keepsWithNext() const override { return m_content.keepWithNext; }

private:
    QString html(qsizetype count) const;

    Content m_content;
    /// How many paragraphs fitted where the block this one continues was
    /// cut: where split() starts looking.
    qsizetype m_fittingHint = 0;
    /// The height for a width, once measured: paging asks more than once.
    mutable std::optional<std::pair<qreal, qreal>> m_measured;
};

} // namespace sharaka
