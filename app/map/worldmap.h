// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>

namespace sharaka {

/// One ring of a country shape: where its points are and what they cover.
/// The points stay in the map's data until asked for (WorldMap::points()),
/// so that only the rings near a framing are ever held as floating point.
struct MapRing
{
    QRectF bounds;          ///< degrees
    qsizetype offset = 0;   ///< of its first point in the map's data; -1 for a cut part
    quint32 pointCount = 0; ///< in the map's data (the ring is closed on reading)
    qsizetype cutPart = -1; ///< for a ring cut at the 180° meridian: its part
};

/// One country or territory of the world map, in degrees (x = longitude,
/// y = latitude, north up).
struct CountryShape
{
    QString code;         ///< ISO 3166-1 alpha-2; empty for land Natural Earth gives no code
    int numericCode = 0;  ///< ISO 3166-1 numeric; 0 when none
    QList<MapRing> rings; ///< outer rings and holes, drawn with the odd-even rule
    /// The main landmass and what lies near it, without far-away territories
    /// (French Guiana does not stretch a map of France across the Atlantic).
    QRectF mainBounds;
};

/// Natural Earth's 1:50m country boundaries, embedded at :/map/countries-50m.bin
/// (made by scripts/convert-world-atlas.py; see resources/map/README.md).
class WorldMap final
{
public:
    /// The embedded map, read once per process on first use, in place: the
    /// resource is stored uncompressed and not copied.
    static const WorldMap &embedded();
    /// Reads the converter's output; on failure the map is empty and error() says why.
    static WorldMap fromData(const QByteArray &data);

    const QList<CountryShape> &shapes() const { return m_shapes; }
    /// nullptr when no shape has this alpha-2 code.
    const CountryShape *shape(const QString &code) const;
    /// The points of @p ring of one of this map's shapes, in degrees, closed
    /// (the last point repeats the first); read from the data at each call.
    QPolygonF points(const MapRing &ring) const;
    QString error() const { return m_error; }

private:
    QByteArray m_data;
    qreal m_unit = 1;            ///< degrees per unit of the data's coordinates
    QList<QPolygonF> m_cutParts; ///< the rings cut at the 180° meridian, decoded
    QList<CountryShape> m_shapes;
    QHash<QString, qsizetype> m_indexByCode;
    QString m_error;
};

} // namespace sharaka
