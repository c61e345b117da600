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

/// One country or territory of the world map, in degrees (x = longitude,
/// y = latitude, north up).
struct CountryShape
{
    QString code;           ///< ISO 3166-1 alpha-2; empty for land Natural Earth gives no code
    int numericCode = 0;    ///< ISO 3166-1 numeric; 0 when none
    QList<QPolygonF> rings; ///< outer rings and holes, drawn with the odd-even rule
    /// The main landmass and what lies near it, without far-away territories
    /// (French Guiana does not stretch a map of France across the Atlantic).
    QRectF mainBounds;
};

/// Natural Earth's 1:50m country boundaries, embedded at :/map/countries-50m.bin
/// (made by scripts/convert-world-atlas.py; see resources/map/README.md).
class WorldMap final
{
public:
    /// The embedded map, read once per process on first use.
    static const WorldMap &embedded();
    /// Reads the converter's output; on failure the map is empty and error() says why.
    static WorldMap fromData(const QByteArray &data);

    const QList<CountryShape> &shapes() const { return m_shapes; }
    /// nullptr when no shape has this alpha-2 code.
    const CountryShape *shape(const QString &code) const;
    QString error() const { return m_error; }

private:
    QList<CountryShape> m_shapes;
    QHash<QString, qsizetype> m_indexByCode;
    QString m_error;
};

} // namespace sharaka
