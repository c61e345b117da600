// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "map/projectedmap.h"
#include "map/worldmap.h"

#include <QFile>
#include <QResource>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace sharaka;

namespace {

const QStringList SharakaCodes{QStringLiteral("DZ"), QStringLiteral("EG"), QStringLiteral("JO"),
                               QStringLiteral("LB"), QStringLiteral("LY"), QStringLiteral("MA"),
                               QStringLiteral("PS"), QStringLiteral("TN")};

QString codeAtDegrees(const ProjectedMap &map, qreal longitude, qreal latitude)
{
    return map.codeAt(map.project(QPointF(longitude, latitude)));
}

} // namespace

class TestWorldMap : public QObject
{
    Q_OBJECT

private slots:
    void embeddedMapLoads()
    {
        const WorldMap &map = WorldMap::embedded();
        QVERIFY2(map.error().isEmpty(), qPrintable(map.error()));
        QCOMPARE(map.shapes().size(), 241);
        QVERIFY(&WorldMap::embedded() == &map); // read once
    }

    void embeddedMapIsReadInPlace()
    {
        // Stored uncompressed: the map's data is the program's own memory, not a copy.
        const QResource resource(QStringLiteral(":/map/countries-50m.bin"));
        QVERIFY(resource.isValid());
        QCOMPARE(resource.compressionAlgorithm(), QResource::NoCompression);
        QCOMPARE(resource.size(), 286058);
    }

    void ringsReadOnDemandMatchTheirBounds()
    {
        const WorldMap &map = WorldMap::embedded();
        qsizetype rings = 0;
        qsizetype points = 0;
        for (const CountryShape &shape : map.shapes()) {
            for (const MapRing &ring : shape.rings) {
                const QPolygonF ringPoints = map.points(ring);
                QVERIFY2(ringPoints.size() >= 4, qPrintable(shape.code));
                QCOMPARE(ringPoints.constLast(), ringPoints.constFirst()); // closed
                QCOMPARE(ringPoints.boundingRect(), ring.bounds);
                // No edge runs across the whole map: rings crossing the 180°
                // meridian were cut along it, but for Antarctica's, which
                // goes round the pole and crosses it once.
                qsizetype crossings = 0;
                for (qsizetype i = 0; i + 1 < ringPoints.size(); ++i) {
                    if (std::abs(ringPoints.at(i + 1).x() - ringPoints.at(i).x()) > 180)
                        ++crossings;
                }
                QCOMPARE(crossings, shape.code == QLatin1String("AQ") && crossings ? 1 : 0);
                ++rings;
                points += ringPoints.size();
            }
        }
        // Natural Earth's 1589 rings, with Russia's and Fiji's cut at the meridian.
        QVERIFY2(rings > 1589, qPrintable(QString::number(rings)));
        QVERIFY2(points > 69561, qPrintable(QString::number(points)));
        const CountryShape *fiji = map.shape(QStringLiteral("FJ"));
        QVERIFY(fiji);
        QVERIFY(std::any_of(fiji->rings.cbegin(), fiji->rings.cend(),
                            [](const MapRing &ring) { return ring.bounds.right() == 180; }));
        QVERIFY(std::any_of(fiji->rings.cbegin(), fiji->rings.cend(),
                            [](const MapRing &ring) { return ring.bounds.left() == -180; }));
    }

    void moroccoAndWesternSaharaAreSeparate()
    {
        const WorldMap &map = WorldMap::embedded();
        const CountryShape *morocco = map.shape(QStringLiteral("MA"));
        const CountryShape *westernSahara = map.shape(QStringLiteral("EH"));
        QVERIFY(morocco);
        QVERIFY(westernSahara);
        QCOMPARE(morocco->numericCode, 504);
        QCOMPARE(westernSahara->numericCode, 732);
        // Morocco as Natural Earth draws it stops at about 27.7°N.
        QVERIFY(morocco->mainBounds.top() > 27.0);
        QVERIFY(westernSahara->mainBounds.bottom() < 28.0);
        const ProjectedMap projected(map, SharakaCodes);
        QCOMPARE(codeAtDegrees(projected, -6.8, 33.0), QStringLiteral("MA"));  // Rabat area
        QCOMPARE(codeAtDegrees(projected, -13.2, 27.1), QStringLiteral("EH")); // Laayoune area
        QCOMPARE(codeAtDegrees(projected, -14.0, 24.0), QStringLiteral("EH"));
        // Natural Earth 4.1.0's Morocco covers the territory west of the berm;
        // the converter moved that part to Western Sahara.
        for (const QPointF &inWesternSahara :
             {QPointF(-13.2, 27.1), QPointF(-14.0, 24.0), QPointF(-16.0, 22.5)}) {
            QVERIFY(
                !projected.path(QStringLiteral("MA")).contains(projected.project(inWesternSahara)));
            QVERIFY(
                projected.path(QStringLiteral("EH")).contains(projected.project(inWesternSahara)));
        }
    }

    void palestineIncludesGaza()
    {
        const ProjectedMap projected(WorldMap::embedded(), SharakaCodes);
        QCOMPARE(WorldMap::embedded().shape(QStringLiteral("PS"))->numericCode, 275);
        QCOMPARE(codeAtDegrees(projected, 34.40, 31.45), QStringLiteral("PS")); // Gaza
        QCOMPARE(codeAtDegrees(projected, 35.25, 32.00), QStringLiteral("PS")); // West Bank
        QCOMPARE(codeAtDegrees(projected, 34.80, 32.08), QStringLiteral("IL")); // Tel Aviv
        QVERIFY(projected.missingCodes().isEmpty());
    }

    void frameContainsEveryDatasetCountry()
    {
        const WorldMap &map = WorldMap::embedded();
        const ProjectedMap projected(map, SharakaCodes);
        for (const QString &code : SharakaCodes) {
            const QRectF bounds = map.shape(code)->mainBounds;
            const QRectF shown =
                QRectF(projected.project(bounds.bottomLeft()), projected.project(bounds.topRight()))
                    .normalized();
            QVERIFY2(projected.frame().contains(shown), qPrintable(code));
            QVERIFY2(projected.frame().contains(projected.anchor(code)), qPrintable(code));
        }
        // Framed on the region, not the world: Morocco to Jordan is 56° of
        // longitude at about 30°N, plus the margins.
        QVERIFY(projected.frame().width() < 70);
        QVERIFY(projected.frame().height() < 40);
    }

    void frameFollowsTheDatasetsRegion()
    {
        const QStringList westAfrica{QStringLiteral("SN"), QStringLiteral("ML"),
                                     QStringLiteral("NE"), QStringLiteral("GH")};
        const ProjectedMap projected(WorldMap::embedded(), westAfrica);
        const QPointF middle = projected.frame().center();
        QVERIFY(middle.x() < 0.0);                        // west of Greenwich
        QVERIFY(-middle.y() > 5.0 && -middle.y() < 20.0); // the Sahel's latitudes
        QVERIFY(!projected.frame().contains(projected.anchor(QStringLiteral("EG"))));
        // Far-away territories do not stretch the frame: France frames Europe.
        const ProjectedMap france(WorldMap::embedded(), {QStringLiteral("FR")});
        QVERIFY(france.frame().width() < 30);
    }

    void unknownCodesAreListed()
    {
        const ProjectedMap projected(
            WorldMap::embedded(),
            {QStringLiteral("TN"), QStringLiteral("XK"), QStringLiteral("ZZ")});
        QCOMPARE(projected.missingCodes(),
                 QStringList({QStringLiteral("XK"), QStringLiteral("ZZ")}));
        QVERIFY(projected.frame().contains(projected.anchor(QStringLiteral("TN"))));
        QVERIFY(projected.path(QStringLiteral("ZZ")).isEmpty());
    }

    void cachedFramingIsShared()
    {
        const auto first = ProjectedMap::forCodes(SharakaCodes);
        const auto second = ProjectedMap::forCodes(SharakaCodes);
        QCOMPARE(first.get(), second.get());
    }

    void corruptDataIsAnError()
    {
        const WorldMap broken = WorldMap::fromData(QByteArray("SHKMAP\x01"));
        QVERIFY(broken.shapes().isEmpty());
        QVERIFY(!broken.error().isEmpty());
        QFile file(QStringLiteral(":/map/countries-50m.bin"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray whole = file.readAll();
        const WorldMap truncated = WorldMap::fromData(whole.left(whole.size() / 2));
        QVERIFY(truncated.shapes().isEmpty());
        QCOMPARE(truncated.error(), QStringLiteral("The world map data is truncated."));
    }
};

QTEST_GUILESS_MAIN(TestWorldMap)
#include "tst_worldmap.moc"
