// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "map/worldmap.h"

#include <QResource>
#include <QtEndian>

#include <algorithm>
#include <cmath>

namespace sharaka {

namespace {

const char Magic[] = "SHKMAP";
constexpr uchar FormatVersion = 1;
/// Territories farther than this from a country's largest landmass do not
/// count towards framing it.
constexpr qreal NearbyDegrees = 10;

qreal boundsArea(const QRectF &bounds)
{
    return bounds.width() * bounds.height();
}

QRectF mainBoundsOf(const QList<MapRing> &rings)
{
    QRectF largest;
    for (const MapRing &ring : rings) {
        if (boundsArea(ring.bounds) > boundsArea(largest))
            largest = ring.bounds;
    }
    const QRectF near =
        largest.adjusted(-NearbyDegrees, -NearbyDegrees, NearbyDegrees, NearbyDegrees);
    QRectF result = largest;
    for (const MapRing &ring : rings) {
        if (near.contains(ring.bounds))
            result |= ring.bounds;
    }
    return result;
}

/// Latitude where the segment from @p from to @p to (which crosses the 180°
/// meridian: their longitudes differ by more than 180°) meets it.
qreal seamLatitude(const QPointF &from, const QPointF &to)
{
    const qreal fromEast = from.x() < 0 ? from.x() + 360 : from.x();
    const qreal toEast = to.x() < 0 ? to.x() + 360 : to.x();
    if (qFuzzyCompare(fromEast, toEast))
        return from.y();
    const qreal share = (180 - fromEast) / (toEast - fromEast);
    return from.y() + share * (to.y() - from.y());
}

/// A ring that crosses the 180° meridian (Russia's Chukotka, Fiji's
/// Taveuni) is cut along it into one ring per side, each closed along the
/// meridian; drawn whole, its edge would run across the whole map and fill
/// a band around the world. A ring crossing once (around a pole) stays whole.
QList<QPolygonF> splitAtAntimeridian(const QPolygonF &ring)
{
    QList<qsizetype> crossings;
    for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
        if (std::abs(ring.at(i + 1).x() - ring.at(i).x()) > 180)
            crossings.append(i);
    }
    if (crossings.isEmpty() || crossings.size() % 2 != 0)
        return {ring};
    // Walk from just after the first crossing; every crossing ends a part,
    // so the walk ends with one.
    QList<QPolygonF> parts;
    QPolygonF part;
    const qsizetype points = ring.size() - 1; // the last point repeats the first
    const qsizetype start = crossings.constFirst() + 1;
    for (qsizetype step = 0; step < points; ++step) {
        const QPointF &point = ring.at((start + step) % points);
        const QPointF &next = ring.at((start + step + 1) % points);
        if (part.isEmpty()) {
            // Starts on the seam, where the previous part left it.
            const QPointF &previous = ring.at((start + step + points - 1) % points);
            part.append(QPointF(point.x() < 0 ? -180 : 180, seamLatitude(previous, point)));
        }
        part.append(point);
        if (std::abs(next.x() - point.x()) > 180) {
            part.append(QPointF(point.x() < 0 ? -180 : 180, seamLatitude(point, next)));
            part.append(part.constFirst()); // closed along the meridian
            parts.append(part);
            part.clear();
        }
    }
    return parts;
}

} // namespace

const WorldMap &WorldMap::embedded()
{
    static const WorldMap map = [] {
        // Stored uncompressed (app/map/CMakeLists.txt): the data is the
        // program's own read-only memory, read in place.
        const QResource resource(QStringLiteral(":/map/countries-50m.bin"));
        if (!resource.isValid()) {
            WorldMap missing;
            missing.m_error = QStringLiteral("The embedded world map is missing.");
            return missing;
        }
        return fromData(resource.uncompressedData());
    }();
    return map;
}

WorldMap WorldMap::fromData(const QByteArray &data)
{
    WorldMap map;
    map.m_data = data;
    // Read straight from the bytes: a QDataStream call per coordinate costs
    // more than the rest of loading, and the map is read at every startup.
    const auto *bytes = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype size = data.size();
    qsizetype at = 0;
    bool truncated = false;
    const auto need = [&](qsizetype count) {
        truncated = truncated || at + count > size;
        return !truncated;
    };
    const auto read16 = [&] {
        const quint16 value = qFromBigEndian<quint16>(bytes + at);
        at += 2;
        return value;
    };
    constexpr qsizetype HeaderSize = 12;
    if (!need(HeaderSize) || data.left(6) != QByteArray(Magic) || bytes[6] != FormatVersion) {
        map.m_error = QStringLiteral("The world map data is not in the expected format.");
        return map;
    }
    at = 8;
    const quint16 unitsPerDegree = read16();
    const quint16 shapeCount = read16();
    if (unitsPerDegree == 0) {
        map.m_error = QStringLiteral("The world map data is not in the expected format.");
        return map;
    }
    map.m_unit = 1.0 / unitsPerDegree;
    const int halfTurn = 180 * unitsPerDegree;
    map.m_shapes.reserve(shapeCount);
    for (quint16 s = 0; s < shapeCount && need(6); ++s) {
        CountryShape shape;
        if (bytes[at] != 0)
            shape.code = QString::fromLatin1(data.constData() + at, 2);
        at += 2;
        shape.numericCode = read16();
        const quint16 ringCount = read16();
        shape.rings.reserve(ringCount);
        for (quint16 r = 0; r < ringCount && need(4); ++r) {
            MapRing ring;
            ring.pointCount = qFromBigEndian<quint32>(bytes + at);
            at += 4;
            ring.offset = at;
            if (!need(qsizetype(ring.pointCount) * 4))
                break;
            // Bounds and the 180° meridian from the coordinates alone; the
            // points become QPointF only when a framing needs them.
            int left = 0, top = 0, right = 0, bottom = 0;
            bool crossesSeam = false;
            for (quint32 p = 0; p < ring.pointCount; ++p) {
                const int x = read16();
                const int y = read16();
                if (p == 0) {
                    left = right = x;
                    top = bottom = y;
                } else {
                    // A wide ring: splitAtAntimeridian() then looks at each
                    // segment (a margin for the rounding of degrees).
                    crossesSeam = crossesSeam || std::abs(x - left) >= halfTurn - 1 ||
                                  std::abs(x - right) >= halfTurn - 1;
                    left = std::min(left, x);
                    right = std::max(right, x);
                    top = std::min(top, y);
                    bottom = std::max(bottom, y);
                }
            }
            if (!crossesSeam) {
                if (ring.pointCount > 0) {
                    ring.bounds =
                        QRectF(QPointF(left * map.m_unit - 180.0, top * map.m_unit - 90.0),
                               QPointF(right * map.m_unit - 180.0, bottom * map.m_unit - 90.0));
                }
                shape.rings.append(ring);
                continue;
            }
            const QList<QPolygonF> parts = splitAtAntimeridian(map.points(ring));
            for (const QPolygonF &part : parts) {
                MapRing cut;
                cut.bounds = part.boundingRect();
                cut.offset = -1;
                cut.cutPart = map.m_cutParts.size();
                map.m_cutParts.append(part);
                shape.rings.append(cut);
            }
        }
        shape.mainBounds = mainBoundsOf(shape.rings);
        if (!shape.code.isEmpty())
            map.m_indexByCode.insert(shape.code, map.m_shapes.size());
        map.m_shapes.append(shape);
    }
    if (truncated) {
        map = WorldMap();
        map.m_error = QStringLiteral("The world map data is truncated.");
    }
    return map;
}

QPolygonF WorldMap::points(const MapRing &ring) const
{
    if (ring.cutPart >= 0)
        return m_cutParts.value(ring.cutPart);
    QPolygonF points;
    if (ring.pointCount == 0 || ring.offset < 0 ||
        ring.offset + qsizetype(ring.pointCount) * 4 > m_data.size())
        return points;
    const auto *bytes = reinterpret_cast<const uchar *>(m_data.constData()) + ring.offset;
    points.reserve(qsizetype(ring.pointCount) + 1);
    for (quint32 p = 0; p < ring.pointCount; ++p, bytes += 4) {
        points.append(QPointF(qFromBigEndian<quint16>(bytes) * m_unit - 180.0,
                              qFromBigEndian<quint16>(bytes + 2) * m_unit - 90.0));
    }
    points.append(points.constFirst());
    return points;
}

const CountryShape *WorldMap::shape(const QString &code) const
{
    const auto found = m_indexByCode.constFind(code);
    return found == m_indexByCode.cend() ? nullptr : &m_shapes.at(*found);
}

} // namespace sharaka
