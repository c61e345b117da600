// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/chartexporter.h"
#include "charts/chartfactory.h"
#include "charts/charttheme.h"
#include "charts/mapchart.h"
#include "common/catalogue.h"
#include "common/programrun.h"
#include "core/io/atomicfilewriter.h"
#include "core/languagetranslator.h"
#include "support/fixturedataset.h"

#include <QApplication>
#include <QGraphicsScene>
#include <QPainter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sharaka;

// On the tests' own fixture data (support/fixturedataset.h): edits to the Sharaka data change
// nothing here.

namespace {

/// The map's notes, as the catalogue has them in @p language (their wording is
/// tst_retranslation's subject).
QString disclaimerIn(Language language)
{
    return test::translated(
        language, "sharaka::MapChart",
        "The designations employed and the presentation of material on this map do not imply "
        "the expression of any opinion whatsoever on the part of the European Union concerning "
        "the legal status of any country, territory, city or area or of its authorities, or "
        "concerning the delimitation of its frontiers or boundaries.");
}

QString creditIn(Language language)
{
    return test::translated(language, "sharaka::MapChart", "Made with Natural Earth");
}

/// A map built by buildChart() and laid out at @p size in its own scene, as
/// exports stage charts.
struct StagedMap
{
    QGraphicsScene scene;
    LanguageTranslator translator;
    MapChart *chart = nullptr;

    StagedMap(const Dataset &dataset, Language language, const QSize &size,
              ChartTheme theme = ChartTheme::Light)
        : translator(language)
    {
        ChartContext context;
        context.translator = &translator;
        chart = chartOfKind<MapChart>(
                    buildChart(dataset, QStringLiteral("map"), language, QSizeF(size), context))
                    .release();
        if (!chart)
            return;
        applyChartTheme(chart, theme);
        scene.addItem(chart);
        chart->resize(QSizeF(size));
        chart->layoutNow();
        scene.setSceneRect(QRectF(QPointF(0, 0), QSizeF(size)));
    }

    QImage render(const QSize &size)
    {
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), scene.sceneRect());
        return image;
    }
};

} // namespace

class TestMapChart : public QObject
{
    Q_OBJECT

private slots:
    void partnersColouredWesternSaharaNot()
    {
        const Dataset dataset = testing::fixtureDataset();
        // The exported picture; the staged chart of the same size says where things are.
        StagedMap staged(dataset, Language::English, QSize(1600, 900));
        QVERIFY(staged.chart);
        const QImage image = ChartExporter(dataset).renderImage(QStringLiteral("map"),
                                                                Language::English, ExportOptions());
        QCOMPARE(image.size(), QSize(1600, 900));
        const MapColors colors = mapColors(ChartTheme::Light);
        const QColor firstPhase = colors.phases.at(0);
        const QColor laterPhase = colors.phases.at(1);
        auto pixel = [&](qreal lon, qreal lat) {
            return image.pixelColor(staged.chart->positionOf(QPointF(lon, lat)).toPoint());
        };
        QCOMPARE(pixel(-6.0, 32.0), firstPhase);  // Westland (MA)
        QCOMPARE(pixel(3.0, 28.0), firstPhase);   // Midland (DZ)
        QCOMPARE(pixel(17.0, 27.0), colors.land); // Libya: not in the fixture
        QCOMPARE(pixel(9.0, 34.0), colors.land);  // Tunisia: nor this
        QCOMPARE(pixel(35.25, 32.0), laterPhase); // Eastland (PS): the West Bank
        // And Gaza, which 1:110m would drop: under two pixels wide here, so
        // some pixel around its middle is nearer the later phase's colour
        // than the sea's, the land's or Egypt's.
        const auto distance = [](const QColor &a, const QColor &b) {
            return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
                   std::abs(a.blue() - b.blue());
        };
        const QPoint gaza = staged.chart->positionOf(QPointF(34.38, 31.42)).toPoint();
        bool gazaFilled = false;
        for (int dx = -2; dx <= 2; ++dx) {
            for (int dy = -2; dy <= 2; ++dy) {
                const QColor seen = image.pixelColor(gaza + QPoint(dx, dy));
                const int nearest =
                    std::min({distance(seen, colors.sea), distance(seen, colors.land),
                              distance(seen, firstPhase)});
                gazaFilled |= distance(seen, laterPhase) < nearest;
            }
        }
        QVERIFY(gazaFilled);
        QCOMPARE(pixel(-13.0, 25.0), colors.land); // Western Sahara: never Morocco's colour
        QCOMPARE(pixel(-14.5, 23.5), colors.land);
        QCOMPARE(pixel(5.0, 38.0), colors.sea);   // the Mediterranean
        QCOMPARE(pixel(-4.0, 40.0), colors.land); // Spain: not a partner
        QCOMPARE(staged.chart->countryColor(QStringLiteral("PS")), laterPhase);
    }

    void disclaimerInEveryExport_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("words");
        for (Language language : supportedLanguages()) {
            // The longest of the disclaimer's first three words ("designations",
            // "appellations", "التسميات"): one word, whatever the PDF's line breaks.
            QString words;
            for (const QString &word : disclaimerIn(language).split(QLatin1Char(' ')).mid(0, 3))
                words = word.size() > words.size() ? word : words;
            QVERIFY(words.size() > 5);
            for (ExportFormat format : {ExportFormat::Svg, ExportFormat::Pdf}) {
                const QString name =
                    languageCode(language) + QLatin1Char('-') + exportFormatSuffix(format);
                QTest::newRow(qPrintable(name)) << language << int(format) << words;
            }
        }
    }

    void disclaimerInEveryExport()
    {
        QFETCH(Language, language);
        QFETCH(int, format);
        QFETCH(QString, words);
        const Dataset dataset = testing::fixtureDataset();
        const ChartExporter::Encoded encoded = ChartExporter(dataset).encode(
            QStringLiteral("map"), language, ExportFormat(format), ExportOptions());
        QVERIFY2(encoded.ok(), qPrintable(encoded.error));
        QString text;
        if (ExportFormat(format) == ExportFormat::Svg) {
            text = QString::fromUtf8(encoded.bytes);
        } else {
            // PDF text is glyph codes; poppler-utils (installed by scripts/common.sh) reads it
            // back.
            const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
            if (pdftotext.isEmpty())
                QSKIP("pdftotext (poppler-utils) is not installed");
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("map.pdf"));
            QCOMPARE(AtomicFileWriter::write(path, encoded.bytes), QString());
            const test::ProgramRun extract =
                test::runCommand(pdftotext, {path, QStringLiteral("-")});
            QCOMPARE(extract.exitCode, 0);
            // Arabic comes back as the shaped presentation forms; compatibility
            // normalization gives the letters back.
            text = extract.out.normalized(QString::NormalizationForm_KC);
        }
        QVERIFY2(text.contains(words), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("Natural Earth"))); // the credit, in any language
    }

    void darkPalette()
    {
        const Dataset dataset = testing::fixtureDataset();
        StagedMap staged(dataset, Language::English, QSize(1280, 720), ChartTheme::Dark);
        const QImage image = staged.render(QSize(1280, 720));
        const MapColors dark = mapColors(ChartTheme::Dark);
        QCOMPARE(image.pixelColor(staged.chart->positionOf(QPointF(3.0, 28.0)).toPoint()),
                 dark.phases.at(0)); // Midland (DZ)
        QCOMPARE(image.pixelColor(staged.chart->positionOf(QPointF(5.0, 38.0)).toPoint()),
                 dark.sea);
        QVERIFY(dark.sea != mapColors(ChartTheme::Light).sea);
    }

    void hitTestingAndFraming()
    {
        const Dataset dataset = testing::fixtureDataset();
        StagedMap staged(dataset, Language::English, QSize(1280, 720));
        MapChart *chart = staged.chart;
        QCOMPARE(chart->partnerAt(chart->positionOf(QPointF(34.40, 31.45))), QStringLiteral("PS"));
        QCOMPARE(chart->partnerAt(chart->positionOf(QPointF(-13.0, 25.0))), QString());
        QCOMPARE(chart->partnerCodes().size(), 3);
        QCOMPARE(chart->partnerCodes().constFirst(), QStringLiteral("MA")); // westernmost
        for (const QString &code : chart->partnerCodes())
            QVERIFY2(chart->plotArea().contains(chart->countryRect(code)), qPrintable(code));
        QVERIFY(chart->missingCodes().isEmpty());
        QCOMPARE(chart->countryDescription(QStringLiteral("PS")),
                 QStringLiteral("\u2068Eastland\u2069 \u2068*\u2069: \u2068Second round\u2069"));
    }

    void filterDimsAndSelectionHighlights()
    {
        const Dataset dataset = testing::fixtureDataset();
        StagedMap staged(dataset, Language::English, QSize(1280, 720));
        MapChart *chart = staged.chart;
        const QColor full = chart->countryColor(QStringLiteral("MA"));
        chart->setShownCountries({QStringLiteral("DZ")});
        QVERIFY(chart->countryColor(QStringLiteral("MA")) != full);
        QCOMPARE(chart->countryColor(QStringLiteral("DZ")), full);
        chart->setHighlightedCountry(QStringLiteral("MA"));
        QCOMPARE(chart->highlightedCountry(), QStringLiteral("MA"));
        chart->setHighlightedCountry(QStringLiteral("FR")); // not a partner
        QCOMPARE(chart->highlightedCountry(), QString());
    }

    void unknownCodeListedUnderTheMap()
    {
        Dataset dataset = testing::fixtureDataset();
        Country unknown = dataset.countries.constFirst();
        unknown.code = QStringLiteral("XK");
        dataset.countries.append(unknown);
        StagedMap staged(dataset, Language::English, QSize(1280, 720));
        QCOMPARE(staged.chart->missingCodes(), QStringList{QStringLiteral("XK")});
        QVERIFY(staged.chart->notesText().contains(
            QStringLiteral("Not on the map (no shape for the code): \u200EXK\u200E")));

        // Many unknown codes: ten named, the rest counted.
        for (int i = 0; i < 12; ++i) {
            unknown.code = QStringLiteral("X") + QChar(u'M' + i); // user-assigned: no shape
            dataset.countries.append(unknown);
        }
        StagedMap many(dataset, Language::English, QSize(1280, 720));
        QCOMPARE(many.chart->missingCodes().size(), 13);
        QVERIFY(many.chart->notesText().contains(QStringLiteral("\u200EXU\u200E, and 3 more\n")));
    }

    void legendAndDisclaimerFollowTheLanguage_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QString>("phase");
        QTest::newRow("en") << Language::English << QStringLiteral("First round");
        QTest::newRow("fr") << Language::French << QStringLiteral("Premier tour");
        QTest::newRow("ar") << Language::Arabic << QStringLiteral("الجولة الأولى");
    }

    void legendAndDisclaimerFollowTheLanguage()
    {
        QFETCH(Language, language);
        QFETCH(QString, phase);
        const QString disclaimer = disclaimerIn(language);
        const QString credit = creditIn(language);
        QVERIFY(!disclaimer.isEmpty() && credit.contains(QLatin1String("Natural Earth")));
        if (language != Language::English)
            QVERIFY(credit != creditIn(Language::English));
        const Dataset dataset = testing::fixtureDataset();
        StagedMap staged(dataset, language, QSize(1280, 720));
        MapChart *chart = staged.chart;
        QVERIFY2(chart->notesText().contains(disclaimer), qPrintable(chart->notesText()));
        QVERIFY2(chart->notesText().endsWith(credit), qPrintable(chart->notesText()));
        const auto items = chart->textItems();
        const auto *firstLabel = static_cast<QGraphicsSimpleTextItem *>(items.constFirst());
        QCOMPARE(firstLabel->text(), phase);
        // The legend starts on the reading side; the map never mirrors:
        // Westland (MA) stays west (left) of Eastland (PS) in every language.
        const QRectF label = firstLabel->sceneBoundingRect();
        if (language == Language::Arabic)
            QVERIFY(label.center().x() > chart->plotArea().center().x());
        else
            QVERIFY(label.center().x() < chart->plotArea().center().x());
        QVERIFY(chart->countryRect(QStringLiteral("MA")).center().x() <
                chart->countryRect(QStringLiteral("PS")).center().x());
    }
};

QTEST_MAIN(TestMapChart)
#include "tst_mapchart.moc"
