// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "factsheet/textblock.h"

#include "factsheet/factsheettext.h"

#include <QHash>
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
    if (!m_measured || m_measured->first != width) {
        const FactsheetText text(style(), html(m_content.paragraphs.size()), width,
                                 m_content.points);
        m_measured = {width, text.height()};
    }
    return m_measured->second;
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
    // none. Galloping from the count that filled the previous page (or from
    // one), then halving: a page of k paragraphs costs two layouts of about
    // k of them when pages are alike, and about log k otherwise, however
    // long the block. Measuring from the start each time made a list of
    // 20,000 sources take minutes to page.
    const qsizetype count = m_content.paragraphs.size();
    QHash<qsizetype, qreal> heights; // of the counts tried, for the head's height
    const auto fits = [&](qsizetype paragraphs) {
        const qreal measured =
            FactsheetText(style(), html(paragraphs), width, m_content.points).height();
        heights.insert(paragraphs, measured);
        return measured <= height;
    };
    qsizetype fitting = 0;         // fits (none always does)
    qsizetype tooMany = count + 1; // does not fit (more than there are never does)
    if (count > 0) {
        const qsizetype probe = std::clamp<qsizetype>(m_fittingHint, 1, count);
        if (fits(probe)) {
            fitting = probe;
            for (qsizetype step = 1; fitting < count; step *= 2) {
                const qsizetype next = std::min(count, fitting + step);
                if (!fits(next)) {
                    tooMany = next;
                    break;
                }
                fitting = next;
            }
        } else {
            tooMany = probe;
        }
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
    auto headBlock = std::make_unique<TextBlock>(style(), head);
    headBlock->m_measured = {width, heights.value(fitting)}; // laid out once is enough
    auto restBlock = std::make_unique<TextBlock>(style(), rest);
    restBlock->m_fittingHint = fitting;
    return {std::move(headBlock), std::move(restBlock)};
}

} // namespace sharaka
