// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "factsheet/timelineblock.h"

#include "factsheet/factsheettext.h"

#include <QPainter>

#include <algorithm>

namespace sharaka {

namespace {
constexpr qreal AxisHeight = 24;
constexpr qreal DotRadius = 3;
} // namespace

TimelineBlock::TimelineBlock(const FactsheetStyle &style, Content content)
    : FactsheetBlock(style)
    , m_content(std::move(content))
{}

int TimelineBlock::columnCount(qreal width)
{
    return width < TwoColumnWidth ? 1 : 2;
}

QString TimelineBlock::column(int index, int count) const
{
    // The first half of the events in the leading column, in date order.
    const qsizetype half =
        count == 1 ? m_content.entries.size() : (m_content.entries.size() + 1) / 2;
    const QStringList entries =
        index == 0 ? m_content.entries.mid(0, half) : m_content.entries.mid(half);
    QString html;
    for (const QString &entry : entries)
        html += FactsheetText::paragraph(entry, 1);
    if (index == count - 1 && !m_content.more.isEmpty())
        html += FactsheetText::paragraph(m_content.more, 0);
    return html;
}

qreal TimelineBlock::columnWidth(qreal width) const
{
    const int count = columnCount(width);
    return (width - FactsheetStyle::Gap * (count - 1)) / count;
}

qreal TimelineBlock::heightFor(qreal width) const
{
    const qreal heading =
        FactsheetText(style(), m_content.heading, width, FactsheetStyle::BodyPoints).height();
    const int count = columnCount(width);
    qreal columns = 0;
    for (int index = 0; index < count; ++index)
        columns = std::max(columns, FactsheetText(style(), column(index, count), columnWidth(width),
                                                  FactsheetStyle::BodyPoints)
                                        .height());
    return heading + AxisHeight + columns;
}

void TimelineBlock::paint(QPainter &painter, const QRectF &rect) const
{
    painter.save();
    painter.setClipRect(rect);
    const FactsheetText heading(style(), m_content.heading, rect.width(),
                                FactsheetStyle::BodyPoints);
    heading.draw(painter, rect.topLeft(), style().text());
    qreal top = rect.top() + heading.height();

    // The axis runs from the leading side: 2017 on the right in Arabic.
    const qreal inset = 14;
    const qreal left = rect.left() + inset;
    const qreal span = rect.width() - 2 * inset;
    const auto x = [&](qreal position) {
        return style().rightToLeft() ? left + span * (1 - position) : left + span * position;
    };
    const qreal axisY = top + 6;
    painter.setPen(QPen(style().rule(), 1.5));
    painter.drawLine(QPointF(left, axisY), QPointF(left + span, axisY));
    painter.setFont(style().font(FactsheetStyle::SmallPoints));
    const QFontMetricsF metrics(painter.font(), style().device());
    for (qsizetype i = 0; i < m_content.tickPositions.size(); ++i) {
        const qreal tickX = x(m_content.tickPositions.at(i));
        painter.setPen(QPen(style().rule(), 1));
        painter.drawLine(QPointF(tickX, axisY - 3), QPointF(tickX, axisY + 3));
        const QString label = m_content.tickLabels.value(i);
        const qreal labelWidth = metrics.horizontalAdvance(label);
        painter.setPen(style().muted());
        painter.drawText(QPointF(tickX - labelWidth / 2, axisY + 5 + metrics.ascent()), label);
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(style().accent());
    for (const qreal event : m_content.events)
        painter.drawEllipse(QPointF(x(event), axisY), DotRadius, DotRadius);
    top += AxisHeight;

    const qreal width = columnWidth(rect.width());
    const int count = columnCount(rect.width());
    for (int index = 0; index < count; ++index) {
        const QRectF cell =
            style().visual(rect, QRectF(rect.left() + index * (width + FactsheetStyle::Gap), top,
                                        width, rect.bottom() - top));
        FactsheetText(style(), column(index, count), width, FactsheetStyle::BodyPoints)
            .draw(painter, cell.topLeft(), style().text());
    }
    painter.restore();
}

} // namespace sharaka
