// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/chartcsv.h"
#include "core/io/datasetloader.h"
#include "core/io/datasetwriter.h"
#include "core/io/iati/iatiactivityloader.h"
#include "support/fixturedataset.h"
#include "support/iatigenerator.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sharaka;

// On the tests' fixture data and generated IATI files, not the embedded Sharaka data.

/// The dashboard's own format written back (what --convert writes) and each
/// chart's data as CSV.
class tst_DatasetWriter : public QObject
{
    Q_OBJECT

private slots:
    void fixtureDataset_roundTripsFieldByField();
    void iatiActivity_roundTripsFieldByField_data();
    void iatiActivity_roundTripsFieldByField();
    void resultsFramework_isReadFromJson();
    void resultsFramework_problemsNameTheirPlace();
    void csv_fixtureChart_isExact();
    void csv_iatiChart_carriesTargetBaselineAndUnit();
    void csv_quotesAndDefusesFormulas();
    void csv_unknownChart_isEmpty();

private:
    static void compare(const Dataset &actual, const Dataset &expected);
    QTemporaryDir m_dir;
};

namespace {

void compareText(const LocalizedText &actual, const LocalizedText &expected)
{
    QCOMPARE(actual.all(), expected.all());
}

} // namespace

void tst_DatasetWriter::compare(const Dataset &actual, const Dataset &expected)
{
    QCOMPARE(actual.schema, expected.schema);
    QCOMPARE(actual.version, expected.version);
    const ProjectInfo &a = actual.project;
    const ProjectInfo &e = expected.project;
    QCOMPARE(a.id, e.id);
    for (const auto &[x, y] : {std::pair{&a.name, &e.name},
                               {&a.nameMeaning, &e.nameMeaning},
                               {&a.summary, &e.summary},
                               {&a.implementer, &e.implementer},
                               {&a.funder, &e.funder},
                               {&a.purpose, &e.purpose}})
        compareText(*x, *y);
    QCOMPARE(a.start, e.start);
    QCOMPARE(a.end, e.end);
    QCOMPARE(a.sourceIds, e.sourceIds);
    QCOMPARE(actual.sources.size(), expected.sources.size());
    for (int i = 0; i < actual.sources.size(); ++i) {
        const Source &x = actual.sources.at(i);
        const Source &y = expected.sources.at(i);
        QCOMPARE(x.id, y.id);
        compareText(x.publisher, y.publisher);
        compareText(x.title, y.title);
        QCOMPARE(x.language, y.language);
        QCOMPARE(x.published, y.published);
        QCOMPARE(x.url, y.url);
    }
    QCOMPARE(actual.phases.size(), expected.phases.size());
    for (int i = 0; i < actual.phases.size(); ++i) {
        QCOMPARE(actual.phases.at(i).id, expected.phases.at(i).id);
        QCOMPARE(actual.phases.at(i).order, expected.phases.at(i).order);
        compareText(actual.phases.at(i).label, expected.phases.at(i).label);
        compareText(actual.phases.at(i).description, expected.phases.at(i).description);
        QCOMPARE(actual.phases.at(i).sourceIds, expected.phases.at(i).sourceIds);
    }
    QCOMPARE(actual.footnotes.size(), expected.footnotes.size());
    for (int i = 0; i < actual.footnotes.size(); ++i) {
        QCOMPARE(actual.footnotes.at(i).id, expected.footnotes.at(i).id);
        QCOMPARE(actual.footnotes.at(i).marker, expected.footnotes.at(i).marker);
        compareText(actual.footnotes.at(i).text, expected.footnotes.at(i).text);
    }
    QCOMPARE(actual.countries.size(), expected.countries.size());
    for (int i = 0; i < actual.countries.size(); ++i) {
        QCOMPARE(actual.countries.at(i).code, expected.countries.at(i).code);
        compareText(actual.countries.at(i).name, expected.countries.at(i).name);
        QCOMPARE(actual.countries.at(i).phaseId, expected.countries.at(i).phaseId);
        QCOMPARE(actual.countries.at(i).footnoteId, expected.countries.at(i).footnoteId);
    }
    QCOMPARE(actual.indicators.size(), expected.indicators.size());
    for (int i = 0; i < actual.indicators.size(); ++i) {
        const Indicator &x = actual.indicators.at(i);
        const Indicator &y = expected.indicators.at(i);
        QCOMPARE(x.id, y.id);
        compareText(x.label, y.label);
        compareText(x.description, y.description);
        QCOMPARE(x.value, y.value);
        QCOMPARE(x.qualifier, y.qualifier);
        QCOMPARE(x.headline, y.headline);
        QCOMPARE(x.sourceIds, y.sourceIds);
        QCOMPARE(x.baseline, y.baseline);
        QCOMPARE(x.baselineYear, y.baselineYear);
        compareText(x.baselineComment, y.baselineComment);
        QCOMPARE(x.target, y.target);
        QCOMPARE(x.valuePeriod, y.valuePeriod);
        QCOMPARE(x.cumulative, y.cumulative);
        QCOMPARE(x.unit, y.unit);
        QCOMPARE(x.ascending, y.ascending);
        QCOMPARE(x.periods.size(), y.periods.size());
        for (int p = 0; p < x.periods.size(); ++p) {
            QCOMPARE(x.periods.at(p).start, y.periods.at(p).start);
            QCOMPARE(x.periods.at(p).end, y.periods.at(p).end);
            QCOMPARE(x.periods.at(p).target, y.periods.at(p).target);
            QCOMPARE(x.periods.at(p).actual, y.periods.at(p).actual);
            compareText(x.periods.at(p).targetComment, y.periods.at(p).targetComment);
            compareText(x.periods.at(p).actualComment, y.periods.at(p).actualComment);
        }
    }
    QCOMPARE(actual.charts.size(), expected.charts.size());
    for (int i = 0; i < actual.charts.size(); ++i) {
        QCOMPARE(actual.charts.at(i).id, expected.charts.at(i).id);
        QCOMPARE(actual.charts.at(i).kind, expected.charts.at(i).kind);
        compareText(actual.charts.at(i).title, expected.charts.at(i).title);
        QCOMPARE(actual.charts.at(i).indicatorIds, expected.charts.at(i).indicatorIds);
    }
    QCOMPARE(actual.milestones.size(), expected.milestones.size());
    for (int i = 0; i < actual.milestones.size(); ++i) {
        const Milestone &x = actual.milestones.at(i);
        const Milestone &y = expected.milestones.at(i);
        QCOMPARE(x.id, y.id);
        QCOMPARE(x.date, y.date);
        QCOMPARE(x.endDate, y.endDate);
        QCOMPARE(x.bound, y.bound);
        compareText(x.title, y.title);
        compareText(x.description, y.description);
        QCOMPARE(x.sourceIds, y.sourceIds);
    }
    QCOMPARE(actual.notes.size(), expected.notes.size());
    for (int i = 0; i < actual.notes.size(); ++i) {
        QCOMPARE(actual.notes.at(i).id, expected.notes.at(i).id);
        compareText(actual.notes.at(i).text, expected.notes.at(i).text);
        QCOMPARE(actual.notes.at(i).sourceIds, expected.notes.at(i).sourceIds);
    }
}

void tst_DatasetWriter::fixtureDataset_roundTripsFieldByField()
{
    const LoadResult fixture = DatasetLoader::loadFile(testing::fixturePath());
    QVERIFY(fixture.ok());
    const LoadResult again =
        DatasetLoader::loadBytes(DatasetWriter::toJson(*fixture.dataset), QStringLiteral("w.json"));
    QVERIFY2(again.ok(), qPrintable(again.errors.join(u'\n')));
    QCOMPARE(again.warnings, QStringList());
    compare(*again.dataset, *fixture.dataset);
}

void tst_DatasetWriter::iatiActivity_roundTripsFieldByField_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("annotated example")
        << QStringLiteral(SHARAKA_TEST_DATA_DIR "/iati/activity-standard-example-annotated.xml");
    QFile file(m_dir.filePath(QStringLiteral("generated.xml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(testing::writeIatiFile(file, {1, 1}));
    QTest::newRow("generated") << file.fileName();
}

void tst_DatasetWriter::iatiActivity_roundTripsFieldByField()
{
    QFETCH(QString, path);
    const LoadResult imported = IatiActivityLoader(path).load({});
    QVERIFY2(imported.ok(), qPrintable(imported.errors.join(u'\n')));
    const LoadResult again = DatasetLoader::loadBytes(DatasetWriter::toJson(*imported.dataset),
                                                      QStringLiteral("c.json"));
    QVERIFY2(again.ok(), qPrintable(again.errors.join(u'\n')));
    QCOMPARE(again.warnings, QStringList());
    compare(*again.dataset, *imported.dataset);
}

namespace {

/// tests/data/valid/minimal.json with one indicator carrying @p extra fields.
QByteArray withIndicator(const QByteArray &extra)
{
    QFile file(QStringLiteral(SHARAKA_TEST_DATA_DIR "/valid/minimal.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray json = file.readAll();
    json.replace("\"indicators\": []",
                 "\"indicators\": [{\"id\": \"wells\", \"label\": {\"en\": \"Wells\"}, "
                 "\"value\": 23, \"sources\": [\"report\"]" +
                     extra + "}]");
    return json;
}

} // namespace

void tst_DatasetWriter::resultsFramework_isReadFromJson()
{
    const LoadResult result = DatasetLoader::loadBytes(
        withIndicator(", \"baseline\": 5, \"baselineYear\": 2019, \"baselineComment\": {\"en\": "
                      "\"Survey\"}, \"target\": 30.5, \"unit\": \"%\", \"ascending\": false, "
                      "\"periods\": [{\"start\": \"2020-01-01\", \"end\": \"2020-12-31\", "
                      "\"target\": 10, \"actual\": 8, \"actualComment\": {\"en\": \"Late\", "
                      "\"fr\": \"En retard\"}}, {\"start\": \"2021-01-01\", "
                      "\"end\": \"2021-06-30\", \"targetComment\": {\"en\": \"Revised\"}}], "
                      "\"valuePeriod\": 0, \"cumulative\": true"),
        QStringLiteral("f.json"));
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QCOMPARE(result.warnings, QStringList());
    const Indicator &wells = result.dataset->indicators.at(0);
    QCOMPARE(wells.baseline, std::optional<double>(5));
    QCOMPARE(wells.target, std::optional<double>(30.5));
    QCOMPARE(wells.unit, QStringLiteral("%"));
    QVERIFY(!wells.ascending);
    QCOMPARE(wells.periods.size(), 2);
    QCOMPARE(wells.periods.at(0).start, QDate(2020, 1, 1));
    QCOMPARE(wells.periods.at(0).actual, std::optional<double>(8));
    QCOMPARE(wells.periods.at(1).end, QDate(2021, 6, 30));
    QCOMPARE(wells.periods.at(1).target, std::nullopt);
    QCOMPARE(wells.baselineYear, 2019);
    QCOMPARE(wells.baselineComment.english(), QStringLiteral("Survey"));
    QCOMPARE(wells.periods.at(0).actualComment.text(QStringLiteral("fr")),
             QStringLiteral("En retard"));
    QCOMPARE(wells.periods.at(1).targetComment.english(), QStringLiteral("Revised"));
    QCOMPARE(wells.valuePeriod, std::optional<qsizetype>(0));
    QVERIFY(wells.cumulative);
    // What is read is written back the same.
    const LoadResult again = DatasetLoader::loadBytes(DatasetWriter::toJson(*result.dataset),
                                                      QStringLiteral("again.json"));
    QVERIFY2(again.ok(), qPrintable(again.errors.join(u'\n')));
    compare(*again.dataset, *result.dataset);

    // Version 1 files without these fields read as before.
    const LoadResult plain = DatasetLoader::loadBytes(withIndicator({}), QStringLiteral("p.json"));
    QVERIFY(plain.ok());
    QCOMPARE(plain.dataset->indicators.at(0).target, std::nullopt);
    QVERIFY(plain.dataset->indicators.at(0).ascending);
    QVERIFY(plain.dataset->indicators.at(0).periods.isEmpty());
    QCOMPARE(plain.dataset->indicators.at(0).valuePeriod, std::nullopt);
    QCOMPARE(plain.dataset->indicators.at(0).baselineYear, 0);

    const LoadResult outside = DatasetLoader::loadBytes(
        withIndicator(", \"periods\": [{\"start\": \"2020-01-01\", \"end\": \"2020-12-31\"}], "
                      "\"valuePeriod\": 1"),
        QStringLiteral("v.json"));
    QCOMPARE(outside.errors, QStringList{QStringLiteral("v.json: $.indicators[0].valuePeriod: must "
                                                        "be the index of one of the 1 periods "
                                                        "(from 0), got 1")});
}

void tst_DatasetWriter::resultsFramework_problemsNameTheirPlace()
{
    const LoadResult result = DatasetLoader::loadBytes(
        withIndicator(
            ", \"baseline\": \"5\", \"target\": 1e13, \"ascending\": 0, "
            "\"periods\": [{\"start\": \"2020-02-30\", \"end\": \"2020-12-31\"}, "
            "{\"start\": \"2021-01-01\", \"end\": \"2020-06-30\"}, {\"end\": \"2021-01-01\"}]"),
        QStringLiteral("f.json"));
    QCOMPARE(result.errors,
             (QStringList{
                 QStringLiteral("f.json: $.indicators[0].baseline: must be a number, got a string"),
                 QStringLiteral("f.json: $.indicators[0].ascending: must be true or false, got a "
                                "number"),
                 QStringLiteral("f.json: $.indicators[0].periods[0].start: must be a real date of "
                                "the form YYYY-MM-DD, got \"2020-02-30\""),
                 QStringLiteral("f.json: $.indicators[0].periods[2].start: required field is "
                                "missing"),
                 QStringLiteral("f.json: $.indicators[0].target: must be a number from "
                                "-1000000000000 to 1000000000000, got 10000000000000"),
                 QStringLiteral("f.json: $.indicators[0].periods[1].end: ends (2020-06-30) before "
                                "it starts (2021-01-01)")}));
}

void tst_DatasetWriter::csv_fixtureChart_isExact()
{
    const Dataset data = testing::fixtureDataset();
    QCOMPARE(QString::fromUtf8(ChartCsv::toCsv(data, QStringLiteral("links"), Language::English)),
             QStringLiteral("indicator,value,qualifier,target,baseline,unit,sources\r\n"
                            "Sites linked,23,exact,,,,\"\u2068Test Publisher A\u2069, 14 Feb 2019; "
                            "\u2068Test Publisher B\u2069, Jun 2017\"\r\n"
                            "Teams equipped,9,exact,,,,\"\u2068Test Publisher A\u2069, 14 Feb "
                            "2019\"\r\n"));
    // A lower bound says so; Arabic texts stay UTF-8.
    const QByteArray arabic = ChartCsv::toCsv(data, QStringLiteral("people"), Language::Arabic);
    QVERIFY2(arabic.contains(",750,atLeast,,,,"), arabic.constData());
    QVERIFY(arabic.startsWith(QStringLiteral("indicator,value,qualifier,target,baseline,unit,"
                                             "sources\r\nالأشخاص المدرَّبون,750,")
                                  .toUtf8()));
}

void tst_DatasetWriter::csv_iatiChart_carriesTargetBaselineAndUnit()
{
    QFile file(m_dir.filePath(QStringLiteral("csv.xml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(testing::writeIatiFile(file, {1, 0}));
    file.close();
    const Dataset data = *IatiActivityLoader(file.fileName()).load({}).dataset;
    QCOMPARE(QString::fromUtf8(ChartCsv::toCsv(data, QStringLiteral("result-1"), Language::French)),
             QStringLiteral(
                 "indicator,value,qualifier,target,baseline,unit,sources\r\n"
                 "Puits construits,15,exact,20,5,,\"\u2068Example Agency\u2069, 1 févr. 2023\"\r\n"
                 "Ménages sans eau,18,exact,20,40,%,\"\u2068Example Agency\u2069, 1 févr. "
                 "2023\"\r\n"));
}

void tst_DatasetWriter::csv_quotesAndDefusesFormulas()
{
    Dataset data = testing::fixtureDataset();
    data.indicators[0].label =
        LocalizedText({{QStringLiteral("en"), QStringLiteral("Say \"hi\", twice")}});
    data.indicators[1].label =
        LocalizedText({{QStringLiteral("en"), QStringLiteral("=HYPERLINK(1)")}});
    const QStringList lines =
        QString::fromUtf8(ChartCsv::toCsv(data, data.charts.at(0).id, Language::English))
            .split(QStringLiteral("\r\n"));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("\"Say \"\"hi\"\", twice\",")));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("'=HYPERLINK(1),")));
}

void tst_DatasetWriter::csv_unknownChart_isEmpty()
{
    const Dataset data = testing::fixtureDataset();
    QVERIFY(!ChartCsv::toCsv(data, QStringLiteral("links"), Language::English).isEmpty());
    QCOMPARE(ChartCsv::toCsv(data, QStringLiteral("nope"), Language::English), QByteArray());
}

QTEST_GUILESS_MAIN(tst_DatasetWriter)
#include "tst_datasetwriter.moc"
