// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QHash>
#include <QPainterPath>
#include <QTransform>

#include <memory>

namespace sharaka {

class ProjectedMap;

/// The sea and every country of a projected map, drawn by one item from the
/// paths projected once: only the transform changes with the chart's size.
/// One item, not one per country: Qt measures a path item's bounds and shape
/// by stroking its outline, which for a map costs more than drawing it, on
/// every layout and every mouse move.
class MapLayer final : public QGraphicsItem
{
public:
    MapLayer(std::shared_ptr<const ProjectedMap> map, QGraphicsItem *parent);

    /// Where the map is drawn (parent coordinates), and the projection into it.
    void setFrame(const QRectF &rect, const QTransform &fit);
    void setSea(const QColor &sea);
    /// Land without its own fill, and the border between countries.
    void setLand(const QColor &land, const QColor &border);
    /// @p code filled with @p fill and outlined with @p outline.
    void setCountryColors(const QString &code, const QColor &fill, const QColor &outline);
    /// An outline around @p code (none when empty).
    void setHighlight(const QString &code, const QColor &color);

    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Colors
    {
        QColor fill;
        QColor outline;
    };

    std::shared_ptr<const ProjectedMap> m_map;
    QRectF m_rect;
    QTransform m_fit;
    QColor m_sea;
    QColor m_land;
    QColor m_border;
    QHash<QString, Colors> m_countries;
    QString m_highlighted;
    QColor m_highlightColor;
};

} // namespace sharaka
