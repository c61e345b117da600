// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "map/worldmap.h"

#include <QDataStream>
#include <QFile>

namespace sharaka {

namespace {

const char Magic[] = "SHKMAP";
constexpr quint8 FormatVersion = 1;
/// Territories farther than this from a country's largest landmass do not
/// count towards framing it.
constexpr qreal NearbyDegrees = 10;

qreal boundsArea(const QRectF &bounds)
{
    return bounds.width() * bounds.height();
}

QRectF mainBoundsOf(const QList<QPolygonF> &rings)
{
    QRectF largest;
    for (const QPolygonF &ring : rings) {
        const QRectF bounds = ring.boundingRect();
        if (boundsArea(bounds) > boundsArea(largest))
            largest = bounds;
    }
    const QRectF near =
        largest.adjusted(-NearbyDegrees, -NearbyDegrees, NearbyDegrees, NearbyDegrees);
    QRectF result = largest;
    for (const QPolygonF &ring : rings) {
        const QRectF bounds = ring.boundingRect();
        if (near.contains(bounds))
            result |= bounds;
    }
    return result;
}

} // namespace

const WorldMap &WorldMap::embedded()
{
    static const WorldMap map = [] {
        QFile file(QStringLiteral(":/map/countries-50m.bin"));
        if (!file.open(QIODevice::ReadOnly)) {
            WorldMap missing;
            missing.m_error = QStringLiteral("The embedded world map is missing.");
            return missing;
        }
        return fromData(file.readAll());
    }();
    return map;
}

WorldMap WorldMap::fromData(const QByteArray &data)
{
    WorldMap map;
    const QByteArray raw = qUncompress(data);
    QDataStream in(raw);
    in.setByteOrder(QDataStream::BigEndian);
    char magic[6] = {};
    quint8 version = 0;
    quint8 padding = 0;
    quint16 unitsPerDegree = 0;
    quint16 shapeCount = 0;
    in.readRawData(magic, 6);
    in >> version >> padding >> unitsPerDegree >> shapeCount;
    if (in.status() != QDataStream::Ok || QByteArray(magic, 6) != QByteArray(Magic) ||
        version != FormatVersion || unitsPerDegree == 0) {
        map.m_error = QStringLiteral("The world map data is not in the expected format.");
        return map;
    }
    const qreal unit = 1.0 / unitsPerDegree;
    map.m_shapes.reserve(shapeCount);
    for (quint16 s = 0; s < shapeCount && in.status() == QDataStream::Ok; ++s) {
        char code[2] = {};
        quint16 numeric = 0;
        quint16 ringCount = 0;
        in.readRawData(code, 2);
        in >> numeric >> ringCount;
        CountryShape shape;
        if (code[0] != 0)
            shape.code = QString::fromLatin1(code, 2);
        shape.numericCode = numeric;
        shape.rings.reserve(ringCount);
        for (quint16 r = 0; r < ringCount && in.status() == QDataStream::Ok; ++r) {
            quint32 pointCount = 0;
            in >> pointCount;
            if (pointCount > quint32(raw.size()))
                break; // corrupt: more points than bytes
            QPolygonF ring;
            ring.reserve(qsizetype(pointCount) + 1);
            for (quint32 p = 0; p < pointCount; ++p) {
                quint16 x = 0;
                quint16 y = 0;
                in >> x >> y;
                ring.append(QPointF(x * unit - 180.0, y * unit - 90.0));
            }
            if (!ring.isEmpty())
                ring.append(ring.constFirst());
            shape.rings.append(ring);
        }
        shape.mainBounds = mainBoundsOf(shape.rings);
        if (!shape.code.isEmpty())
            map.m_indexByCode.insert(shape.code, map.m_shapes.size());
        map.m_shapes.append(shape);
    }
    if (in.status() != QDataStream::Ok) {
        map = WorldMap();
        map.m_error = QStringLiteral("The world map data is truncated.");
    }
    return map;
}

const CountryShape *WorldMap::shape(const QString &code) const
{
    const auto found = m_indexByCode.constFind(code);
    return found == m_indexByCode.cend() ? nullptr : &m_shapes.at(*found);
}

} // namespace sharaka
