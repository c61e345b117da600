// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/maplayer.h"

#include "map/projectedmap.h"

#include <QPainter>

namespace sharaka {

namespace {

constexpr qreal BorderWidth = 0.6;
constexpr qreal HighlightWidth = 2.5;

QPen cosmeticPen(const QColor &color, qreal width)
{
    QPen pen(color, width);
    pen.setCosmetic(true); // the same width at any scale of the projected paths
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

} // namespace

MapLayer::MapLayer(std::shared_ptr<const ProjectedMap> map, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_map(std::move(map))
{}

void MapLayer::setFrame(const QRectF &rect, const QTransform &fit)
{
    if (rect != m_rect)
        prepareGeometryChange();
    m_rect = rect;
    m_fit = fit;
    update();
}

void MapLayer::setSea(const QColor &sea)
{
    m_sea = sea;
    update();
}

void MapLayer::setLand(const QColor &land, const QColor &border)
{
    m_land = land;
    m_border = border;
    update();
}

void MapLayer::setCountryColors(const QString &code, const QColor &fill, const QColor &outline)
{
    m_countries.insert(code, {fill, outline});
    update();
}

void MapLayer::setHighlight(const QString &code, const QColor &color)
{
    m_highlighted = code;
    m_highlightColor = color;
    update();
}

void MapLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    painter->fillRect(m_rect, m_sea);
    painter->setClipRect(m_rect, Qt::IntersectClip);
    painter->setTransform(m_fit, true);
    const QPen border = cosmeticPen(m_border, BorderWidth);
    // Only what shows: the map keeps some surroundings for wider frames.
    const QRectF shown = m_fit.inverted().mapRect(m_rect);
    // Other land first, the dataset's countries over it.
    for (const bool own : {false, true}) {
        for (const ProjectedMap::Area &area : m_map->areas()) {
            const auto colors = m_countries.constFind(area.code);
            if ((colors != m_countries.cend()) != own ||
                !area.path.boundingRect().intersects(shown))
                continue;
            if (own) {
                painter->setPen(cosmeticPen(colors->outline, BorderWidth));
                painter->setBrush(colors->fill);
            } else {
                painter->setPen(border);
                painter->setBrush(m_land);
            }
            painter->drawPath(area.path);
        }
    }
    if (!m_highlighted.isEmpty()) {
        painter->setPen(cosmeticPen(m_highlightColor, HighlightWidth));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_map->path(m_highlighted));
    }
    painter->restore();
}

} // namespace sharaka
