// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QPointF>

namespace sharaka {

/// The places an activity works in, drawn on the map as dots; dots closer
/// than a dot's width merge into one larger dot with their count, so that a
/// thousand places stay readable. One item for all of them, like MapLayer.
class LocationMarks final : public QGraphicsItem
{
public:
    /// @p projected: each place in the map's projected units.
    LocationMarks(QList<QPointF> projected, QGraphicsItem *parent);

    /// Places the dots for a map drawn in @p rect with @p fit, dots @p radius wide.
    void setFrame(const QRectF &rect, const QTransform &fit, qreal radius);
    void setColors(const QColor &fill, const QColor &outline, const QColor &text);
    void setFont(const QFont &font) { m_font = font; }

    /// The dots as drawn: centre and how many places each stands for.
    struct Dot
    {
        QPointF centre;
        int count = 1;
    };
    QList<Dot> dots() const { return m_dots; }

    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QList<QPointF> m_projected;
    QList<Dot> m_dots;
    QRectF m_rect;
    qreal m_radius = 4;
    QColor m_fill = QColor(0xc0, 0x39, 0x2b);
    QColor m_outline = Qt::white;
    QColor m_text = Qt::white;
    QFont m_font;
};

} // namespace sharaka
