// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "map/projectedmap.h"

#include "map/worldmap.h"

#include <QMutex>
#include <QMutexLocker>
#include <QThreadPool>

#include <cmath>

namespace sharaka {

namespace {

/// Around the framed countries, this share of the larger side, at least MinimumMargin degrees.
constexpr qreal MarginShare = 0.08;
constexpr qreal MinimumMarginDegrees = 2;
/// With no country to frame, the whole world between these latitudes.
const QRectF WorldDegrees(-180, -60, 360, 145);
/// Shapes this far (in frame sizes) outside the frame are still projected,
/// for panels wider or taller than the frame.
constexpr qreal SurroundingsShare = 0.5;
constexpr qsizetype CachedFramings = 4;

qreal radians(qreal degrees)
{
    return degrees * M_PI / 180.0;
}

} // namespace

ProjectedMap::ProjectedMap(const WorldMap &map, const QStringList &codes,
                           const QList<QPointF> &places)
{
    QRectF degrees;
    for (const QString &code : codes) {
        const CountryShape *shape = map.shape(code);
        if (!shape) {
            m_missing.append(code);
            continue;
        }
        degrees = degrees.isNull() ? shape->mainBounds : degrees | shape->mainBounds;
    }
    // A place is a point: QRectF's union would drop its empty rectangle.
    for (const QPointF &place : places) {
        if (degrees.isNull()) {
            degrees = QRectF(place, QSizeF(1e-9, 1e-9));
            continue;
        }
        degrees.setLeft(std::min(degrees.left(), place.x()));
        degrees.setRight(std::max(degrees.right(), place.x()));
        degrees.setTop(std::min(degrees.top(), place.y()));
        degrees.setBottom(std::max(degrees.bottom(), place.y()));
    }
    if (degrees.isNull()) {
        degrees = WorldDegrees;
    } else {
        const qreal margin = std::max(MinimumMarginDegrees,
                                      MarginShare * std::max(degrees.width(), degrees.height()));
        degrees.adjust(-margin, -margin, margin, margin);
    }
    const qreal middleLatitude = std::clamp(degrees.center().y(), -60.0, 60.0);
    m_xScale = std::cos(radians(middleLatitude));
    m_frame = QRectF(project(degrees.bottomLeft()), project(degrees.topRight())).normalized();

    const QRectF surroundings = degrees.adjusted(
        -SurroundingsShare * degrees.width(), -SurroundingsShare * degrees.height(),
        SurroundingsShare * degrees.width(), SurroundingsShare * degrees.height());
    for (const CountryShape &shape : map.shapes()) {
        Area area{shape.code, {}};
        area.path.setFillRule(Qt::OddEvenFill);
        QRectF largest;
        QPointF anchor;
        for (const MapRing &ring : shape.rings) {
            const QRectF &bounds = ring.bounds;
            if (!surroundings.intersects(bounds))
                continue;
            QPolygonF projected = map.points(ring);
            for (QPointF &point : projected)
                point = project(point);
            area.path.addPolygon(projected);
            if (bounds.width() * bounds.height() > largest.width() * largest.height()) {
                largest = bounds;
                anchor = projected.boundingRect().center();
            }
        }
        if (area.path.isEmpty())
            continue;
        m_areas.append(area);
        m_anchors.append(anchor);
    }
}

std::shared_ptr<const ProjectedMap> ProjectedMap::forCodes(const QStringList &codes,
                                                           const QList<QPointF> &places)
{
    struct Framing
    {
        QStringList codes;
        QList<QPointF> places;
        std::shared_ptr<const ProjectedMap> projected;
    };
    static QMutex mutex;
    static QList<Framing> cache;
    const QMutexLocker lock(&mutex);
    for (const Framing &framing : std::as_const(cache)) {
        if (framing.codes == codes && framing.places == places)
            return framing.projected;
    }
    auto projected = std::make_shared<const ProjectedMap>(WorldMap::embedded(), codes, places);
    cache.prepend({codes, places, projected});
    while (cache.size() > CachedFramings)
        cache.removeLast();
    return projected;
}

void ProjectedMap::prepare(const QStringList &codes)
{
    QThreadPool::globalInstance()->start([codes] { forCodes(codes); });
}

QPointF ProjectedMap::project(const QPointF &lonLat) const
{
    return QPointF(lonLat.x() * m_xScale, -lonLat.y());
}

qsizetype ProjectedMap::indexOf(const QString &code) const
{
    if (code.isEmpty())
        return -1;
    for (qsizetype i = 0; i < m_areas.size(); ++i) {
        if (m_areas.at(i).code == code)
            return i;
    }
    return -1;
}

QPainterPath ProjectedMap::path(const QString &code) const
{
    const qsizetype index = indexOf(code);
    return index < 0 ? QPainterPath() : m_areas.at(index).path;
}

QPointF ProjectedMap::anchor(const QString &code) const
{
    const qsizetype index = indexOf(code);
    return index < 0 ? QPointF() : m_anchors.at(index);
}

QString ProjectedMap::codeAt(const QPointF &point) const
{
    for (const Area &area : m_areas) {
        if (!area.code.isEmpty() && area.path.boundingRect().contains(point) &&
            area.path.contains(point))
            return area.code;
    }
    return {};
}

QTransform ProjectedMap::fit(const QRectF &target) const
{
    if (m_frame.isEmpty() || target.isEmpty())
        return {};
    const qreal scale =
        std::min(target.width() / m_frame.width(), target.height() / m_frame.height());
    QTransform transform;
    transform.translate(target.center().x(), target.center().y());
    transform.scale(scale, scale);
    transform.translate(-m_frame.center().x(), -m_frame.center().y());
    return transform;
}

} // namespace sharaka
