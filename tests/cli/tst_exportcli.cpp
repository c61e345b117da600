// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/programrun.h"
#include "support/fixturedataset.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

/// The headless export of the built program, run as from a terminal without
/// a display: DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are all unset. On
/// the tests' fixture data (--data), not the embedded Sharaka data.
class tst_ExportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listCharts_printsOneIdPerLine();
    void exportOne_writesFileAndPrintsPath();
    void exportAll_everyLanguage_writesLanguageFolders();
    void exportAll_createsMissingFolder();
    void failures_data();
    void failures();
    void invalidDataset_exitsOne();
    void datasetWithoutCharts_exportAllSaysSo();
    void languageAll_isCaseInsensitive();

private:
    using Run = sharaka::test::ProgramRun;
    /// Runs the program on the fixture data, unless @p arguments name other
    /// data or a file to --check (which takes no --data).
    static Run run(QStringList arguments)
    {
        if (!arguments.contains(QStringLiteral("--data")) &&
            !arguments.contains(QStringLiteral("--check")))
            arguments << QStringLiteral("--data") << sharaka::testing::fixturePath();
        return sharaka::test::runProgram(arguments);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

void tst_ExportCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile regular(path(QStringLiteral("regular.txt")));
    QVERIFY(regular.open(QIODevice::WriteOnly));
    regular.write("a regular file");
    regular.close();
    QVERIFY(QDir().mkpath(path(QStringLiteral("folder.png"))));
}

void tst_ExportCli::listCharts_printsOneIdPerLine()
{
    const Run result = run({QStringLiteral("--list-charts")});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("map\nlinks\npeople\n"));
}

void tst_ExportCli::exportOne_writesFileAndPrintsPath()
{
    const QString file = path(QStringLiteral("one.png"));
    const Run result =
        run({QStringLiteral("--export"), file, QStringLiteral("--chart"), QStringLiteral("people"),
             QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--size"),
             QStringLiteral("1280x720")});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, file + QLatin1Char('\n'));
    const QImage image(file);
    QCOMPARE(image.size(), QSize(1280, 720));
    QCOMPARE(image.text(QStringLiteral("Title")), QStringLiteral("Personnes formées"));
}

void tst_ExportCli::exportAll_everyLanguage_writesLanguageFolders()
{
    const QString dir = path(QStringLiteral("all"));
    const Run result =
        run({QStringLiteral("--export-all"), dir, QStringLiteral("--format"), QStringLiteral("svg"),
             QStringLiteral("--lang"), QStringLiteral("all")});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QStringList expected;
    for (const QString language : {"en", "fr", "ar"}) {
        for (const QString chart : {"map", "links", "people"})
            expected.append(QStringLiteral("%1/%2/%3.svg").arg(dir, language, chart));
    }
    QCOMPARE(result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts), expected);
    for (const QString &file : std::as_const(expected)) {
        QSvgRenderer renderer(file);
        QVERIFY2(renderer.isValid(), qPrintable(file));
        QCOMPARE(renderer.viewBox(), QRect(0, 0, 1600, 900));
    }
}

void tst_ExportCli::exportAll_createsMissingFolder()
{
    const QString dir = path(QStringLiteral("deep/er/charts"));
    const Run result = run({QStringLiteral("--export-all"), dir, QStringLiteral("--format"),
                            QStringLiteral("pdf"), QStringLiteral("--lang"), QStringLiteral("ar")});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QDir(dir).entryList(QDir::Files),
             QStringList({QStringLiteral("links.pdf"), QStringLiteral("map.pdf"),
                          QStringLiteral("people.pdf")}));
}

void tst_ExportCli::failures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("target"); ///< must not appear, or keep its content

    const QString regular = path(QStringLiteral("regular.txt"));
    const QString underFile = regular + QStringLiteral("/chart.png");
    // Running as root makes chmod-protected folders writable, so "unwritable"
    // is a folder nobody can write: a path under a regular file, and /proc.
    QTest::newRow("path under a regular file")
        << QStringList{"--export", underFile, "--chart", "people"} << 3
        << QStringLiteral("Cannot write %1: Not a directory\n").arg(underFile) << underFile;
    QTest::newRow("unwritable /proc")
        << QStringList{"--export", "/proc/sharaka-chart.png", "--chart", "people"} << 3
        << QStringLiteral("Cannot write /proc/sharaka-chart.png: ")
        << QStringLiteral("/proc/sharaka-chart.png");
    QTest::newRow("folder under a regular file")
        << QStringList{"--export-all", regular + QStringLiteral("/charts")} << 3
        << QStringLiteral("Cannot create the folder %1/charts: Not a directory\n").arg(regular)
        << regular + QStringLiteral("/charts");
    const QString folder = path(QStringLiteral("folder.png"));
    QTest::newRow("folder where the file should be")
        << QStringList{"--export", folder, "--chart", "people"} << 3
        << QStringLiteral("Cannot write %1: ").arg(folder) << QString();
    const QString existing = path(QStringLiteral("existing.png"));
    QTest::newRow("unknown suffix")
        << QStringList{"--export", path(QStringLiteral("chart.gif")), "--chart", "people"} << 2
        << QStringLiteral("Cannot export to %1: unknown file suffix; use .png, .jpg, .jpeg, .svg, "
                          ".pdf or .csv.\n")
               .arg(path(QStringLiteral("chart.gif")))
        << path(QStringLiteral("chart.gif"));
    const QString sizeError = QStringLiteral("Invalid size \"%1\": use WIDTHxHEIGHT, each between "
                                             "320 and 8192 pixels, for example 1600x900.\n");
    QTest::newRow("malformed size")
        << QStringList{"--export", existing, "--chart", "people", "--size", "1600by900"} << 2
        << sizeError.arg(QStringLiteral("1600by900")) << existing;
    QTest::newRow("size too small")
        << QStringList{"--export", existing, "--chart", "people", "--size", "10x10"} << 2
        << sizeError.arg(QStringLiteral("10x10")) << existing;
    QTest::newRow("unknown chart id")
        << QStringList{"--export", existing, "--chart", "budget"} << 2
        << QStringLiteral("Unknown chart \"budget\"; the charts are: map, links, people.\n")
        << existing;
    QTest::newRow("unknown format")
        << QStringList{"--export-all", path(QStringLiteral("gif")), "--format", "gif"} << 2
        << QStringLiteral("Unknown format \"gif\": use png, jpg, svg or pdf.\n")
        << path(QStringLiteral("gif"));
    QTest::newRow("export without chart")
        << QStringList{"--export", existing} << 2
        << QStringLiteral("--export needs --chart ID (see --list-charts).\n") << existing;
    QTest::newRow("export and check")
        << QStringList{"--export", existing, "--chart", "people", "--check", existing} << 2
        << QStringLiteral("--check does not go with --export.\n") << existing;
    QTest::newRow("export-all into an empty name")
        << QStringList{"--export-all", ""} << 2
        << QStringLiteral("--export-all needs a value; it was given an empty one.\n") << QString();
    QTest::newRow("repeated --chart")
        << QStringList{"--export", existing, "--chart", "people", "--chart", "links"} << 2
        << QStringLiteral("--chart is given more than once.\n") << existing;
    QTest::newRow("repeated --export")
        << QStringList{"--export", existing, "--export", path(QStringLiteral("second.png")),
                       "--chart",  "people"}
        << 2 << QStringLiteral("--export is given more than once.\n") << existing;
    QTest::newRow("percent signs in the size")
        << QStringList{"--export", existing, "--chart", "people", "--size", "%2x%3"} << 2
        << sizeError.arg(QStringLiteral("%2x%3")) << existing;
    QTest::newRow("lang all for one chart")
        << QStringList{"--export", existing, "--chart", "people", "--lang", "all"} << 2
        << QStringLiteral("Unknown language \"all\": use en, fr or ar.\n") << existing;
}

void tst_ExportCli::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, error);
    QFETCH(QString, target);

    // A target that exists beforehand must come out unchanged.
    const QString existing = path(QStringLiteral("existing.png"));
    QFile before(existing);
    QVERIFY(before.open(QIODevice::WriteOnly | QIODevice::Truncate));
    before.write("previous export");
    before.close();
    const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden);

    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.out, QString());
    if (error.endsWith(QLatin1Char('\n')))
        QCOMPARE(result.err, error);
    else
        QVERIFY2(result.err.startsWith(error) && result.err.count(QLatin1Char('\n')) == 1,
                 qPrintable(result.err));

    if (target == existing) {
        QFile after(existing);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), QByteArray("previous export"));
    } else if (!target.isEmpty()) {
        QVERIFY(!QFileInfo::exists(target));
    }
    // No partial or temporary file left anywhere.
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden), filesBefore);
    QVERIFY(QFileInfo(path(QStringLiteral("folder.png"))).isDir());
}

void tst_ExportCli::invalidDataset_exitsOne()
{
    const QString data = path(QStringLiteral("broken.json"));
    QFile file(data);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    const QString target = path(QStringLiteral("from-broken.png"));
    const Run result = run({QStringLiteral("--export"), target, QStringLiteral("--chart"),
                            QStringLiteral("people"), QStringLiteral("--data"), data});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith(data + QStringLiteral(":1:")), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(target));
}

void tst_ExportCli::datasetWithoutCharts_exportAllSaysSo()
{
    const QString data = QStringLiteral(SHARAKA_TEST_DATA_DIR "/valid/minimal.json");
    const QString dir = path(QStringLiteral("nothing"));
    const Run result = run({QStringLiteral("--export-all"), dir, QStringLiteral("--data"), data});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, data + QStringLiteral(": the dataset has no charts to export.\n"));
    QVERIFY(!QFileInfo::exists(dir));
}

void tst_ExportCli::languageAll_isCaseInsensitive()
{
    const QString dir = path(QStringLiteral("every-language"));
    const Run result =
        run({QStringLiteral("--export-all"), dir, QStringLiteral("--lang"), QStringLiteral("All"),
             QStringLiteral("--size"), QStringLiteral("320x320")});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
             QStringList({QStringLiteral("ar"), QStringLiteral("en"), QStringLiteral("fr")}));
}

QTEST_MAIN(tst_ExportCli)
#include "tst_exportcli.moc"
