// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/chartexporter.h"
#include "charts/chartfactory.h"
#include "charts/periodchart.h"
#include "common/catalogue.h"
#include "core/io/chartcsv.h"
#include "core/io/datasetloader.h"
#include "core/io/iati/iatiactivityloader.h"
#include "core/languagetranslator.h"
#include "core/models/indicatormodel.h"
#include "core/models/periodmodel.h"
#include "core/periodformat.h"
#include "support/fixturedataset.h"

#include <QBarSeries>
#include <QBarSet>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTest>
#include <QValueAxis>

using namespace sharaka;

/// Targets and actuals over time: one chart per indicator with periods, on a
/// made-up fixture (tests/data/results/wells-over-time.json) and on real
/// published IATI activities (tests/data/iati/real/).
class tst_PeriodChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void periodLabels_atTheirPrecision_data();
    void periodLabels_atTheirPrecision();
    void chartIds_followTheirBarChart();
    void chart_columnsTargetsBaselineAndNotes();
    void chart_exportedPixels();
    void chart_inArabic();
    void model_tableTooltipAndFrench();
    void csv_onePeriodPerRow();
    void bar_saysItsPeriod();
    void realActivity_periodChart();
    void realActivity_multiplePeriods();
    void datasetWithoutPeriods_hasNoPeriodCharts();

private:
    static Dataset loadJson(const QString &path)
    {
        const LoadResult result = DatasetLoader::loadFile(path);
        return result.dataset.value_or(Dataset());
    }
    static Dataset loadIati(const QString &file, const QString &identifier)
    {
        const LoadResult result =
            IatiActivityLoader(QStringLiteral(SHARAKA_TEST_DATA_DIR "/iati/real/") + file)
                .load(identifier);
        return result.dataset.value_or(Dataset());
    }
    Dataset m_wells;
};

void tst_PeriodChart::initTestCase()
{
    m_wells = loadJson(QStringLiteral(SHARAKA_TEST_DATA_DIR "/results/wells-over-time.json"));
    QCOMPARE(m_wells.indicators.size(), 2);
}

void tst_PeriodChart::periodLabels_atTheirPrecision_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QString>("english");
    QTest::newRow("a year") << QDate(2021, 1, 1) << QDate(2021, 12, 31) << QStringLiteral("2021");
    QTest::newRow("years") << QDate(2021, 1, 1) << QDate(2022, 12, 31)
                           << QStringLiteral("2021 \u2013 2022");
    QTest::newRow("months") << QDate(2020, 6, 1) << QDate(2020, 11, 30)
                            << QStringLiteral("Jun 2020 \u2013 Nov 2020");
    QTest::newRow("a month") << QDate(2024, 2, 1) << QDate(2024, 2, 29)
                             << QStringLiteral("Feb 2024");
    QTest::newRow("days") << QDate(2021, 3, 15) << QDate(2022, 3, 14)
                          << QStringLiteral("15 Mar 2021 \u2013 14 Mar 2022");
    QTest::newRow("backwards, as published") << QDate(2021, 12, 31) << QDate(2021, 1, 1)
                                             << QStringLiteral("31 Dec 2021 \u2013 1 Jan 2021");
    QTest::newRow("no start") << QDate() << QDate(2021, 6, 30) << QStringLiteral("30 Jun 2021");
    QTest::newRow("no dates") << QDate() << QDate() << QStringLiteral("\u2013");
}

void tst_PeriodChart::periodLabels_atTheirPrecision()
{
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QString, english);
    IndicatorPeriod period;
    period.start = start;
    period.end = end;
    QCOMPARE(PeriodFormat::label(period, localeFor(Language::English)), english);
}

void tst_PeriodChart::chartIds_followTheirBarChart()
{
    // Only the indicator with periods gets a chart, right after its bar chart.
    QCOMPARE(m_wells.chartIds(),
             (QStringList{QStringLiteral("water"), QStringLiteral("wells-periods")}));
    const ChartSpec *spec = m_wells.chart(QStringLiteral("wells-periods"));
    QVERIFY(spec);
    QCOMPARE(spec->kind, ChartKind::Periods);
    QCOMPARE(spec->indicatorIds, QStringList{QStringLiteral("wells")});
    QVERIFY(!m_wells.chart(QStringLiteral("committees-periods")));
    QVERIFY(!m_wells.chart(QStringLiteral("nothing-periods")));
    // A listed chart of that id wins, and no implicit one is added beside it.
    Dataset listed = m_wells;
    listed.charts.append(
        {QStringLiteral("wells-periods"), ChartKind::Bar, {}, {QStringLiteral("committees")}});
    QCOMPARE(listed.chart(QStringLiteral("wells-periods"))->kind, ChartKind::Bar);
    QCOMPARE(listed.chartIds(),
             (QStringList{QStringLiteral("water"), QStringLiteral("wells-periods")}));
}

void tst_PeriodChart::chart_columnsTargetsBaselineAndNotes()
{
    auto chart = chartOfKind<PeriodChart>(
        buildChart(m_wells, QStringLiteral("wells-periods"), Language::English, QSizeF(1600, 900)));
    QVERIFY(chart);
    QCOMPARE(chart->titleText(),
             QStringLiteral("Targets and actuals over time: \u2068Wells built\u2069"));
    QCOMPARE(chart->categoryLabels(), (QStringList{QStringLiteral("2021"), QStringLiteral("2022"),
                                                   QStringLiteral("Jan 2023 \u2013 Jun 2023")}));
    // No actual for 2023 yet: an empty column and no label, but its target.
    QBarSet *actuals = chart->actualSeries()->barSets().value(0);
    QVERIFY(actuals);
    QCOMPARE(actuals->count(), 3);
    QCOMPARE(actuals->at(0), 8.0);
    QCOMPARE(actuals->at(1), 21.0);
    QCOMPARE(actuals->at(2), 0.0);
    QCOMPARE(chart->valueLabelTexts(),
             (QStringList{QStringLiteral("8"), QStringLiteral("21"), QString()}));
    QCOMPARE(chart->targetSeries()->points(), (QList<QPointF>{{0, 10}, {1, 20}, {2, 30}}));
    QCOMPARE(chart->baselineSeries()->points(), (QList<QPointF>{{-0.5, 2}, {2.5, 2}}));
    QCOMPARE(chart->valueAxis()->min(), 0.0);
    QCOMPARE(chart->valueAxis()->max(), 40.0);
    QCOMPARE(chart->valueAxis()->tickCount(), 5);
    QStringList legend;
    const auto markers = chart->legend()->markers();
    for (QLegendMarker *marker : markers)
        legend.append(marker->label());
    QCOMPARE(legend, (QStringList{QStringLiteral("Actual"), QStringLiteral("Target"),
                                  QStringLiteral("Baseline (2020): 2")}));
    QCOMPARE(chart->notesText(),
             QStringLiteral("Comment on the actual:\n2021: \u2068Two sites flooded in spring; "
                            "work resumed in May.\u2069"));
    QCOMPARE(chart->valueDescriptions(),
             (QStringList{QStringLiteral("2021: actual 8; target 10"),
                          QStringLiteral("2022: actual 21; target 20"),
                          QStringLiteral("Jan 2023 \u2013 Jun 2023: no actual reported; target 30"),
                          QStringLiteral("Baseline (2020): 2")}));
    // The notes sit between the plot and the source line, inside the chart.
    QVERIFY(chart->margins().bottom() > 40);
}

void tst_PeriodChart::chart_exportedPixels()
{
    const QSize size(1600, 900);
    auto chart = chartOfKind<PeriodChart>(
        buildChart(m_wells, QStringLiteral("wells-periods"), Language::English, QSizeF(size)));
    const QImage image = ChartExporter(m_wells).renderImage(QStringLiteral("wells-periods"),
                                                            Language::English, ExportOptions());
    QCOMPARE(image.size(), size);
    // Inside the 2022 column (21, half way up): the bars' colour, not the background.
    const QPoint column = chart->mapToPosition(QPointF(1, 10.5), chart->actualSeries()).toPoint();
    const QColor bar = image.pixelColor(column);
    QCOMPARE(bar, chartColors(ChartTheme::Light).exactBar);
    // The 2023 target's diamond stands over an empty column: dark on white.
    const QPoint diamond = chart->mapToPosition(QPointF(2, 30), chart->targetSeries()).toPoint();
    QVERIFY2(image.pixelColor(diamond).lightness() < 80,
             qPrintable(image.pixelColor(diamond).name()));
    QVERIFY(image.pixelColor(diamond + QPoint(0, 30)).lightness() > 200);
}

void tst_PeriodChart::chart_inArabic()
{
    const LanguageTranslator arabic(Language::Arabic);
    QVERIFY(arabic.isLoaded());
    ChartContext context;
    context.translator = &arabic;
    auto chart = chartOfKind<PeriodChart>(buildChart(m_wells, QStringLiteral("wells-periods"),
                                                     Language::Arabic, QSizeF(1600, 900), context));
    QVERIFY(chart);
    QCOMPARE(chart->layoutDirection(), Qt::RightToLeft);
    // Time runs from the right: the oldest period is the last category, the
    // rightmost column, with its target over it.
    QBarSet *actuals = chart->actualSeries()->barSets().value(0);
    QCOMPARE(actuals->at(0), 0.0);
    QCOMPARE(actuals->at(1), 21.0);
    QCOMPARE(actuals->at(2), 8.0);
    QCOMPARE(chart->targetSeries()->points(), (QList<QPointF>{{2, 10}, {1, 20}, {0, 30}}));
    const QPointF oldest = chart->mapToPosition(QPointF(2, 1), chart->actualSeries());
    const QPointF newest = chart->mapToPosition(QPointF(0, 1), chart->actualSeries());
    QVERIFY(oldest.x() > newest.x());
    // The table and the descriptions stay oldest first.
    QCOMPARE(chart->categoryLabels().value(0), QStringLiteral("2021"));
    const QString title = test::translated(Language::Arabic, "sharaka::PeriodModel",
                                           "Targets and actuals over time: %1");
    QVERIFY(title != QLatin1String("Targets and actuals over time: %1"));
    QCOMPARE(chart->titleText(), title.arg(QStringLiteral("\u2068الآبار المبنية\u2069")));
    QVERIFY(chart->notesText().contains(
        QStringLiteral("\u2068غمرت المياه موقعين في الربيع واستؤنف العمل في مايو.\u2069")));
}

void tst_PeriodChart::model_tableTooltipAndFrench()
{
    PeriodModel model(m_wells, QStringLiteral("wells-periods"), Language::English);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 5);
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers.append(model.headerData(column, Qt::Horizontal).toString());
    QCOMPARE(headers, (QStringList{QStringLiteral("Period"), QStringLiteral("Actual"),
                                   QStringLiteral("Target"), QStringLiteral("Baseline"),
                                   QStringLiteral("Comment on the actual")}));
    QCOMPARE(model.index(0, PeriodModel::CommentColumn).data().toString(),
             QStringLiteral("Two sites flooded in spring; work resumed in May."));
    QCOMPARE(model.index(2, PeriodModel::ActualColumn).data().toString(), QString());
    QCOMPARE(model.index(2, PeriodModel::TargetColumn).data().toString(), QStringLiteral("30"));
    const QString tip = model.index(0, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Comment on the actual: \u2068Two sites flooded in "
                                         "spring; work resumed in May.\u2069")),
             qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Baseline (2020): 2")), qPrintable(tip));

    const LanguageTranslator french(Language::French);
    QVERIFY(french.isLoaded());
    PeriodModel inFrench(m_wells, QStringLiteral("wells-periods"), Language::French, &french);
    QCOMPARE(inFrench.headerData(PeriodModel::ActualColumn, Qt::Horizontal).toString(),
             test::translated(Language::French, "sharaka::PeriodModel", "Actual"));
    QVERIFY(inFrench.headerData(PeriodModel::ActualColumn, Qt::Horizontal).toString() !=
            QLatin1String("Actual"));
    // The period is the French locale's; the words are the catalogue's.
    const auto words = [](const char *source) {
        return test::translated(Language::French, "sharaka::PeriodModel", source);
    };
    QCOMPARE(inFrench.summaries().at(2),
             words("%1: %2").arg(QStringLiteral("janv. 2023 \u2013 juin 2023"),
                                 words("no actual reported") + QStringLiteral("\u00a0; ") +
                                     words("target %1").arg(QStringLiteral("30"))));
}

void tst_PeriodChart::csv_onePeriodPerRow()
{
    const QByteArray csv =
        ChartCsv::toCsv(m_wells, QStringLiteral("wells-periods"), Language::English);
    QCOMPARE(csv,
             QByteArray("indicator,period,start,end,actual,target,baseline,unit,comment,sources\r\n"
                        "Wells built,2021,2021-01-01,2021-12-31,8,10,2,,"
                        "Two sites flooded in spring; work resumed in May.,"
                        "\"\xE2\x81\xA8"
                        "A water agency\xE2\x81\xA9"
                        ", \xE2\x81\xA8"
                        "Results report\xE2\x81\xA9"
                        "\"\r\n"
                        "Wells built,2022,2022-01-01,2022-12-31,21,20,2,,,"
                        "\"\xE2\x81\xA8"
                        "A water agency\xE2\x81\xA9"
                        ", \xE2\x81\xA8"
                        "Results report\xE2\x81\xA9"
                        "\"\r\n"
                        "Wells built,Jan 2023 \xe2\x80\x93 Jun 2023,2023-01-01,2023-06-30,,30,2,,,"
                        "\"\xE2\x81\xA8"
                        "A water agency\xE2\x81\xA9"
                        ", \xE2\x81\xA8"
                        "Results report\xE2\x81\xA9"
                        "\"\r\n"));
}

void tst_PeriodChart::bar_saysItsPeriod()
{
    IndicatorModel model(m_wells, QStringLiteral("water"), Language::English);
    QCOMPARE(model.columnCount(), int(IndicatorModel::ColumnCount));
    QCOMPARE(model.headerData(IndicatorModel::PeriodColumn, Qt::Horizontal).toString(),
             QStringLiteral("Period"));
    QCOMPARE(model.index(0, IndicatorModel::PeriodColumn).data().toString(),
             QStringLiteral("2022"));
    QCOMPARE(model.index(1, IndicatorModel::PeriodColumn).data().toString(), QString());
    QCOMPARE(model.summaries().at(0),
             QStringLiteral("Wells built: 21; Latest period: 2022; Target: 30; Baseline: 2; "
                            "70% of target; Target not reached"));
    const QString tip = model.index(0, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Latest period: 2022")), qPrintable(tip));
}

void tst_PeriodChart::realActivity_periodChart()
{
    // Terre des hommes' COVID-19 response in Iraq: one period per indicator,
    // 1 June to 31 December 2020; indicator 2.1.3 has target 1200, actual 1212, baseline 0.
    const Dataset tdh =
        loadIati(QStringLiteral("dportal_results_lb-moi-497_ch-fdjp_v2.03_trimmed.xml"),
                 QStringLiteral("CH-FDJP-CHE-106823242-20119723b"));
    QVERIFY(!tdh.indicators.isEmpty());
    const QStringList ids = tdh.chartIds();
    QCOMPARE(ids.mid(0, 5), (QStringList{QStringLiteral("map"), QStringLiteral("result-1"),
                                         QStringLiteral("result-1-indicator-1-periods"),
                                         QStringLiteral("result-1-indicator-2-periods"),
                                         QStringLiteral("result-1-indicator-3-periods")}));
    auto chart = chartOfKind<PeriodChart>(buildChart(
        tdh, QStringLiteral("result-1-indicator-1-periods"), Language::English, QSizeF(1600, 900)));
    QVERIFY(chart);
    QCOMPARE(chart->categoryLabels(), QStringList{QStringLiteral("Jun 2020 \u2013 Dec 2020")});
    QCOMPARE(chart->actualSeries()->barSets().at(0)->at(0), 1212.0);
    QCOMPARE(chart->targetSeries()->points(), (QList<QPointF>{{0, 1200}}));
    QCOMPARE(chart->baselineSeries()->points(), (QList<QPointF>{{-0.5, 0}, {0.5, 0}}));
    QCOMPARE(chart->valueLabelTexts(), QStringList{QStringLiteral("1,212")});
    QCOMPARE(chart->valueAxis()->max(), 1500.0);
    const QByteArray csv =
        ChartCsv::toCsv(tdh, QStringLiteral("result-1-indicator-1-periods"), Language::English);
    QCOMPARE(csv.split('\n').value(1),
             QByteArray("Indicator 2.1.3 - Number of children that benefit from age-tailored "
                        "health and hygiene recreational kits,Jun 2020 \xe2\x80\x93 Dec 2020,"
                        "2020-06-01,2020-12-31,1212,1200,0,,,"
                        "\"\xE2\x81\xA8"
                        "Terre des hommes - Helping children worldwide - Foundation\xE2\x81\xA9"
                        ", "
                        "1 Apr 2021\"\r"));

    // The percentage indicator 1.2.2: target 60%, actual 100%.
    const QString percent = QStringLiteral("result-3-indicator-1-periods");
    PeriodModel model(tdh, percent, Language::French);
    QCOMPARE(model.index(0, PeriodModel::ActualColumn).data().toString(),
             QStringLiteral("100\u00a0%"));
    QCOMPARE(model.index(0, PeriodModel::TargetColumn).data().toString(),
             QStringLiteral("60\u00a0%"));
}

void tst_PeriodChart::realActivity_multiplePeriods()
{
    // JASS's Power Up! (US-EIN-06-1597-668-PU1-GL), indicator 5.3.1: 2021
    // target 2, actual 2; 2022 target 1, no actual yet.
    const Dataset jass =
        loadIati(QStringLiteral("dportal_food-security_mixed-publishers_v2.03.xml"),
                 QStringLiteral("US-EIN-06-1597-668-PU1-GL"));
    QVERIFY(!jass.indicators.isEmpty());
    auto chart =
        chartOfKind<PeriodChart>(buildChart(jass, QStringLiteral("result-1-indicator-1-periods"),
                                            Language::English, QSizeF(1600, 900)));
    QVERIFY(chart);
    QCOMPARE(chart->categoryLabels(),
             (QStringList{QStringLiteral("2021"), QStringLiteral("2022")}));
    QCOMPARE(chart->targetSeries()->points(), (QList<QPointF>{{0, 2}, {1, 1}}));
    QCOMPARE(chart->valueLabelTexts(), (QStringList{QStringLiteral("2"), QString()}));
}

void tst_PeriodChart::datasetWithoutPeriods_hasNoPeriodCharts()
{
    // The tests' fixture, as the Sharaka data: no periods, its own headings.
    const Dataset fixture = testing::fixtureDataset();
    QCOMPARE(fixture.chartIds(), QStringList({QStringLiteral("map"), QStringLiteral("links"),
                                              QStringLiteral("people")}));
    for (const QString &id : fixture.chartIds())
        QVERIFY2(fixture.chart(id)->kind != ChartKind::Periods, qPrintable(id));
    // Its headings are its own words, from the dataset.
    QCOMPARE(fixture.project.headings.map.text(Language::English),
             QStringLiteral("Fixture countries by round"));
    QCOMPARE(fixture.project.headings.indicators.text(Language::French),
             QStringLiteral("Indicateurs de l’essai (totaux)"));
}

QTEST_MAIN(tst_PeriodChart)
#include "tst_periodchart.moc"
