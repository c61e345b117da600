// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/locationmarks.h"

#include <QPainter>

#include <cmath>

namespace sharaka {

LocationMarks::LocationMarks(QList<QPointF> projected, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_projected(std::move(projected))
{
    setZValue(4); // over the countries and their markers
}

void LocationMarks::setFrame(const QRectF &rect, const QTransform &fit, qreal radius)
{
    prepareGeometryChange();
    m_rect = rect;
    m_radius = radius;
    // Greedy clustering in chart coordinates: each place joins the first dot
    // within two radii, whose centre becomes the mean of its places. Cheap
    // enough for the few thousand places an activity can list.
    struct Cluster
    {
        QPointF sum;
        int count = 0;
        QPointF centre() const { return sum / count; }
    };
    QList<Cluster> clusters;
    const qreal reach = 2 * radius;
    for (const QPointF &point : std::as_const(m_projected)) {
        const QPointF at = fit.map(point);
        if (!rect.contains(at))
            continue; // outside the framed region: the map clips it anyway
        auto it = std::find_if(clusters.begin(), clusters.end(), [&](const Cluster &cluster) {
            const QPointF d = cluster.centre() - at;
            return std::hypot(d.x(), d.y()) < reach;
        });
        if (it == clusters.end())
            clusters.append({at, 1});
        else {
            it->sum += at;
            ++it->count;
        }
    }
    m_dots.clear();
    for (const Cluster &cluster : std::as_const(clusters))
        m_dots.append({cluster.centre(), cluster.count});
    update();
}

void LocationMarks::setColors(const QColor &fill, const QColor &outline, const QColor &text)
{
    m_fill = fill;
    m_outline = outline;
    m_text = text;
    update();
}

void LocationMarks::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    painter->setClipRect(m_rect);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_outline, std::max<qreal>(1, m_radius / 3)));
    painter->setBrush(m_fill);
    painter->setFont(m_font);
    for (const Dot &dot : std::as_const(m_dots)) {
        // A cluster grows with the logarithm of its count, and says the count.
        const qreal radius =
            dot.count == 1 ? m_radius : m_radius * (1.6 + 0.4 * std::log10(qreal(dot.count)));
        painter->drawEllipse(dot.centre, radius, radius);
        if (dot.count > 1) {
            painter->save();
            painter->setPen(m_text);
            painter->drawText(
                QRectF(dot.centre.x() - radius, dot.centre.y() - radius, 2 * radius, 2 * radius),
                Qt::AlignCenter, QString::number(dot.count));
            painter->restore();
        }
    }
    painter->restore();
}

} // namespace sharaka
