// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "factsheet/textblock.h"

#include "factsheet/factsheettext.h"

#include <QPainter>

#include <algorithm>

namespace sharaka {

TextBlock::TextBlock(const FactsheetStyle &style, Content content)
    : FactsheetBlock(style)
    , m_content(std::move(content))
{}

QString TextBlock::html(qsizetype count) const
{
    QString html = m_content.heading;
    for (qsizetype i = 0; i < count && i < m_content.paragraphs.size(); ++i)
        html += m_content.paragraphs.at(i);
    return html;
}

qreal TextBlock::heightFor(qreal width) const
{
    return FactsheetText(style(), html(m_content.paragraphs.size()), width, m_content.points)
        .height();
}

void TextBlock::paint(QPainter &painter, const QRectF &rect) const
{
    const FactsheetText text(style(), html(m_content.paragraphs.size()), rect.width(),
                             m_content.points);
    painter.save();
    painter.setClipRect(rect);
    text.draw(painter, rect.topLeft(),
              m_content.color.isValid() ? m_content.color : style().text());
    painter.restore();
}

FactsheetSplit TextBlock::split(qreal width, qreal height) const
{
    // The most paragraphs that fit under the heading; at least one, else
    // none. Found by doubling then halving, so a page of k paragraphs costs
    // about log k layouts of at most 2k of them, however long the block.
    const qsizetype count = m_content.paragraphs.size();
    const auto fits = [&](qsizetype paragraphs) {
        return FactsheetText(style(), html(paragraphs), width, m_content.points).height() <= height;
    };
    qsizetype fitting = 0; // fits (none always does)
    qsizetype tooMany = 1; // the first count tried past it
    while (tooMany <= count && fits(tooMany)) {
        fitting = tooMany;
        tooMany = std::min(count + 1, tooMany * 2);
    }
    while (tooMany - fitting > 1) {
        const qsizetype middle = fitting + (tooMany - fitting) / 2;
        (fits(middle) ? fitting : tooMany) = middle;
    }
    if (fitting == 0 || fitting == m_content.paragraphs.size())
        return {};
    Content head = m_content;
    head.paragraphs = m_content.paragraphs.mid(0, fitting);
    Content rest = m_content;
    rest.heading = m_content.continuedHeading;
    rest.paragraphs = m_content.paragraphs.mid(fitting);
    return {std::make_unique<TextBlock>(style(), head), std::make_unique<TextBlock>(style(), rest)};
}

} // namespace sharaka
