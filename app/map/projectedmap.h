// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QStringList>
#include <QTransform>

#include <memory>

namespace sharaka {

class WorldMap;

/// The world map framed on a set of countries: equirectangular, with
/// longitudes shortened by the cosine of the frame's middle latitude so that
/// shapes keep their proportions there. Paths are projected once, here; a
/// view scales them with fit() and never projects again while painting.
/// Projected units: x = longitude · cos(middle latitude), y = −latitude.
class ProjectedMap final
{
public:
    struct Area
    {
        QString code; ///< empty for land without an ISO code
        QPainterPath path;
    };

    /// Frames @p codes (ISO 3166-1 alpha-2) and @p places (longitude,
    /// latitude in degrees) on @p map with a margin around them.
    ProjectedMap(const WorldMap &map, const QStringList &codes, const QList<QPointF> &places = {});

    /// The embedded world map framed on @p codes and @p places; the last few
    /// framings are kept, so rebuilding a chart (language switch, export)
    /// projects nothing.
    static std::shared_ptr<const ProjectedMap> forCodes(const QStringList &codes,
                                                        const QList<QPointF> &places = {});
    /// Starts forCodes(@p codes) in a worker thread, so that the map is read
    /// and projected while the rest of the window is built; forCodes() then
    /// waits for it instead of doing the work again.
    static void prepare(const QStringList &codes);

    /// The framed region, margin included, in projected units.
    QRectF frame() const { return m_frame; }
    /// The codes asked for that have no shape on the map, in the order given.
    QStringList missingCodes() const { return m_missing; }
    /// Every shape near the frame (partners, neighbours and coastless land alike).
    const QList<Area> &areas() const { return m_areas; }
    /// The path of @p code in projected units; empty when it has no shape.
    QPainterPath path(const QString &code) const;
    /// Where to put a label or marker for @p code: the middle of its largest part.
    QPointF anchor(const QString &code) const;
    /// The code of the shape under @p point (projected units), or empty.
    QString codeAt(const QPointF &point) const;

    QPointF project(const QPointF &lonLat) const;
    /// Maps the frame into @p target, centred, keeping its proportions; the
    /// side with room to spare shows more of the surroundings.
    QTransform fit(const QRectF &target) const;

private:
    qsizetype indexOf(const QString &code) const;

    qreal m_xScale = 1;
    QRectF m_frame;
    QStringList m_missing;
    QList<Area> m_areas;
    QList<QPointF> m_anchors; ///< parallel to m_areas
};

} // namespace sharaka
