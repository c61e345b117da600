// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/programrun.h"
#include "core/io/chartcsv.h"
#include "core/io/datasetloader.h"
#include "core/io/datasetwriter.h"
#include "core/io/iati/iatiactivityloader.h"
#include "support/iatigenerator.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sharaka;

/// IATI activity files on the command line, as a user runs it with no
/// display: --check of every activity or one, --data with --activity,
/// --convert to the dashboard's format, and a chart's data as CSV.
class tst_IatiCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void check_reportsEveryActivity();
    void check_oneActivity();
    void check_unknownActivity_isInvalid();
    void check_brokenFile_givesLineAndColumn();
    void data_withActivity_listsItsCharts();
    void convert_opensIdentically();
    void convert_failures();
    void exportCsv_isTheChartData();
    void activityAlone_isUsageError();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    /// With @p offscreen false, no display at all: --check, --convert and
    /// the exports need none.
    Run run(const QStringList &arguments, bool offscreen = false) const
    {
        const test::ProgramRun result = test::runProgram(
            arguments, offscreen ? test::offscreenEnvironment() : test::noDisplayEnvironment(),
            m_dir.path());
        if (result.timedOut())
            return {};
        return {result.exitCode, result.out, result.err};
    }
    static QString demo()
    {
        return QStringLiteral(SHARAKA_TEST_DATA_DIR "/iati/demo-water-activity.xml");
    }

    QTemporaryDir m_dir;
};

void tst_IatiCli::initTestCase()
{
    QFile file(m_dir.filePath(QStringLiteral("three.xml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(testing::writeIatiFile(file, {3, 0}));
}

void tst_IatiCli::check_reportsEveryActivity()
{
    const Run result = run({QStringLiteral("--check"), QStringLiteral("three.xml")});
    QCOMPARE(result.exitCode, 0);
    const QString counts =
        QStringLiteral("OK (countries: 2, indicators: 2, charts: 2, milestones: 4, sources: 2)\n");
    QCOMPARE(result.out,
             QStringLiteral("three.xml: activity \"XM-DAC-41-TEST-00000\": ") + counts +
                 QStringLiteral("three.xml: activity \"XM-DAC-41-TEST-00001\": ") + counts +
                 QStringLiteral("three.xml: activity \"XM-DAC-41-TEST-00002\": ") + counts);
    // Status and sectors are shown: nothing is left to warn about.
    QCOMPARE(result.err, QString());
}

void tst_IatiCli::check_oneActivity()
{
    const Run result = run({QStringLiteral("--check"), demo(), QStringLiteral("--activity"),
                            QStringLiteral("XM-EXAMPLE-1-WATER-2019")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, demo() + QStringLiteral(": OK (countries: 2, indicators: 3, charts: 4, "
                                                 "milestones: 4, sources: 2)\n"));
}

void tst_IatiCli::check_unknownActivity_isInvalid()
{
    const Run result = run({QStringLiteral("--check"), QStringLiteral("three.xml"),
                            QStringLiteral("--activity"), QStringLiteral("XM-NONE")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err,
             QStringLiteral("three.xml: no activity with iati-identifier \"XM-NONE\"\n"));
    // Without --activity, --data cannot choose among several.
    const Run several = run(
        {QStringLiteral("--list-charts"), QStringLiteral("--data"), QStringLiteral("three.xml")});
    QCOMPARE(several.exitCode, 1);
    QCOMPARE(several.err,
             QStringLiteral("three.xml: the file holds 3 activities; choose one by its "
                            "iati-identifier\n"));
}

void tst_IatiCli::check_brokenFile_givesLineAndColumn()
{
    QFile file(m_dir.filePath(QStringLiteral("broken.xml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<iati-activities version=\"2.03\">\n  <iati-activity>\n    <title>\n");
    file.close();
    const Run result = run({QStringLiteral("--check"), QStringLiteral("broken.xml")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err, QStringLiteral("broken.xml:4:1: Premature end of document.\n"));
}

void tst_IatiCli::data_withActivity_listsItsCharts()
{
    const Run result =
        run({QStringLiteral("--list-charts"), QStringLiteral("--data"), QStringLiteral("three.xml"),
             QStringLiteral("--activity"), QStringLiteral("XM-DAC-41-TEST-00001")});
    QCOMPARE(result.exitCode, 0);
    // The map of its recipient countries, then the result and its two
    // indicators' targets and actuals over time, then its sectors.
    QCOMPARE(result.out, QStringLiteral("map\nresult-1\nresult-1-indicator-1-periods\n"
                                        "result-1-indicator-2-periods\nsectors\n"));
}

void tst_IatiCli::convert_opensIdentically()
{
    const Run result = run({QStringLiteral("--convert"), demo(), QStringLiteral("--to"),
                            QStringLiteral("water.json")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("water.json\n"));
    const Run check = run({QStringLiteral("--check"), QStringLiteral("water.json")});
    QCOMPARE(check.exitCode, 0);
    QCOMPARE(check.out, QStringLiteral("water.json: OK (countries: 2, indicators: 3, charts: 4, "
                                       "milestones: 4, sources: 2)\n"));
    QCOMPARE(check.err, QString());
    // Opened again, the file is the activity: written back, both give the same bytes.
    const LoadResult converted =
        DatasetLoader::loadFile(m_dir.filePath(QStringLiteral("water.json")));
    const LoadResult imported = IatiActivityLoader(demo()).load({});
    QVERIFY(converted.ok() && imported.ok());
    QCOMPARE(DatasetWriter::toJson(*converted.dataset), DatasetWriter::toJson(*imported.dataset));
}

void tst_IatiCli::convert_failures()
{
    const Run folder =
        run({QStringLiteral("--convert"), demo(), QStringLiteral("--to"), m_dir.path()});
    QCOMPARE(folder.exitCode, 3);
    QCOMPARE(folder.err,
             QStringLiteral("Cannot write %1: Filename refers to a directory\n").arg(m_dir.path()));
    const Run noTarget = run({QStringLiteral("--convert"), demo()});
    QCOMPARE(noTarget.exitCode, 2);
    QCOMPARE(
        noTarget.err,
        QStringLiteral("--convert FILE needs --to FILE, and --to goes only with --convert.\n"));
    const Run several = run({QStringLiteral("--convert"), QStringLiteral("three.xml"),
                             QStringLiteral("--to"), QStringLiteral("x.json")});
    QCOMPARE(several.exitCode, 1);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.json"))));
}

void tst_IatiCli::exportCsv_isTheChartData()
{
    const Run result =
        run({QStringLiteral("--export"), QStringLiteral("access.csv"), QStringLiteral("--chart"),
             QStringLiteral("result-2"), QStringLiteral("--data"), demo(), QStringLiteral("--lang"),
             QStringLiteral("ar")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("access.csv\n"));
    QFile file(m_dir.filePath(QStringLiteral("access.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QCOMPARE(csv, ChartCsv::toCsv(*IatiActivityLoader(demo()).load({}).dataset,
                                  QStringLiteral("result-2"), Language::Arabic));
    QCOMPARE(QString::fromUtf8(csv),
             QStringLiteral("indicator,value,qualifier,target,baseline,unit,sources\r\n"
                            "الأسر التي تبعد أكثر من 30 دقيقة عن الماء (%),17,exact,20,48,%,"
                            "\u2068وكالة التنمية النموذجية\u2069\u200f، 1 مارس 2023\r\n"));
    const Run sized =
        run({QStringLiteral("--export"), QStringLiteral("a.csv"), QStringLiteral("--chart"),
             QStringLiteral("result-2"), QStringLiteral("--size"), QStringLiteral("800x600"),
             QStringLiteral("--data"), demo()});
    QCOMPARE(sized.exitCode, 2);
}

void tst_IatiCli::activityAlone_isUsageError()
{
    // The usage error of an option that would open the window.
    const Run result = run({QStringLiteral("--activity"), QStringLiteral("X")}, true);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err, QStringLiteral("--activity picks an activity of the file given by --data, "
                                        "--check or --convert.\n"));
}

QTEST_GUILESS_MAIN(tst_IatiCli)
#include "tst_iaticli.moc"
