// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "factsheet/textblock.h"

#include "factsheet/factsheettext.h"

#include <QPainter>

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
    // The most paragraphs that fit under the heading; at least one, else none.
    qsizetype fitting = 0;
    while (fitting < m_content.paragraphs.size() &&
           FactsheetText(style(), html(fitting + 1), width, m_content.points).height() <= height)
        ++fitting;
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
