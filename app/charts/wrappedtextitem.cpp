// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/wrappedtextitem.h"

#include <QFontMetricsF>
#include <QPainter>

#include <limits>

namespace sharaka {

namespace {

// Space around the text, as QGraphicsTextItem's document leaves, so the chart
// keeps its proportions.
constexpr qreal Margin = 4;

} // namespace

WrappedTextItem::WrappedTextItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{}

void WrappedTextItem::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    updateHeight();
}

void WrappedTextItem::setFont(const QFont &font)
{
    if (font == m_font)
        return;
    m_font = font;
    updateHeight();
}

void WrappedTextItem::setColor(const QColor &color)
{
    m_color = color;
    update();
}

void WrappedTextItem::setTextWidth(qreal width)
{
    if (qFuzzyCompare(width, m_width))
        return;
    m_width = width;
    updateHeight();
}

void WrappedTextItem::setAlignment(Qt::Alignment alignment)
{
    m_alignment = alignment;
    update();
}

void WrappedTextItem::setTextDirection(Qt::LayoutDirection direction)
{
    m_direction = direction;
    updateHeight();
}

int WrappedTextItem::flags() const
{
    return int(m_alignment) | Qt::AlignTop | Qt::TextWordWrap;
}

void WrappedTextItem::updateHeight()
{
    // Measured when next asked for: the chart sets text, font, direction and
    // width in a row, and each measure shapes the whole text.
    prepareGeometryChange();
    m_heightKnown = false;
}

QRectF WrappedTextItem::boundingRect() const
{
    if (!m_heightKnown) {
        m_height = measuredHeight();
        m_heightKnown = true;
    }
    return QRectF(0, 0, m_width, m_height);
}

qreal WrappedTextItem::measuredHeight() const
{
    const QRectF available(0, 0, std::max<qreal>(1, m_width - 2 * Margin),
                           std::numeric_limits<int>::max() / 4);
    return QFontMetricsF(m_font).boundingRect(available, flags(), m_text).height() + 2 * Margin;
}

void WrappedTextItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    painter->setFont(m_font);
    painter->setPen(m_color);
    // The paragraph's direction orders mixed Arabic and Latin words.
    painter->setLayoutDirection(m_direction);
    painter->drawText(boundingRect().adjusted(Margin, Margin, -Margin, -Margin), flags(), m_text);
    painter->restore();
}

} // namespace sharaka
