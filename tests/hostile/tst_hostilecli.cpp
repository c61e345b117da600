// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/programrun.h"
#include "support/iatigenerator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using sharaka::test::ProgramRun;

namespace {

/// A run longer than this is a hang (or a blow-up): the process is killed
/// and the test fails. Not a speed target, which lives in bench/.
constexpr int TimeLimitMs = 120000;
/// Address space, not resident memory: Qt maps fonts and libraries.
constexpr int MemoryLimitMiB = 1536;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QJsonObject localized(const QString &text)
{
    return {{QStringLiteral("en"), text}};
}

} // namespace

/// The built program on the command lines and inputs of the second hostile
/// round (issue 20): --help-all, no display, writing over the input,
/// file names that are not UTF-8, bidi controls and control characters,
/// and inputs made to blow up time or memory, generated here.
class tst_HostileCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpAll_printsHelp();
    void headless_withUnreachableDisplay_runs_data();
    void headless_withUnreachableDisplay_runs();
    void window_withUnreachableDisplay_saysSoInOneLine_data();
    void window_withUnreachableDisplay_saysSoInOneLine();
    void convert_toItsOwnInput_isRefused_data();
    void convert_toItsOwnInput_isRefused();
    void export_overItsOwnInput_isRefused();
    void nonUtf8FileName_isRefusedNotRewritten();
    void check_showsBidiControlsEscaped();
    void csv_hasNoControlCharacters();
    void identicalLabels_export_data();
    void identicalLabels_export();
    void manySources_factsheet();
    void manyCharts_areBounded();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    ProgramRun run(const QStringList &arguments,
                   const QProcessEnvironment &env = sharaka::test::noDisplayEnvironment()) const
    {
        return sharaka::test::runProgram(arguments, env, m_dir.path(), TimeLimitMs, MemoryLimitMiB);
    }
    QJsonObject templateDataset() const;

    QTemporaryDir m_dir;
    QByteArray m_template;
};

void tst_HostileCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template =
        readAll(QStringLiteral(SHARAKA_TEST_DATA_DIR "/valid/optional-fields-absent.json"));
    QVERIFY(!m_template.isEmpty());
    QVERIFY(writeAll(path(QStringLiteral("data.json")), m_template));
}

QJsonObject tst_HostileCli::templateDataset() const
{
    return QJsonDocument::fromJson(m_template).object();
}

void tst_HostileCli::helpAll_printsHelp()
{
    const ProgramRun result = run({QStringLiteral("--help-all")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QLatin1String("--check <file>")), qPrintable(result.out));
    QCOMPARE(result.err, QString());
}

void tst_HostileCli::headless_withUnreachableDisplay_runs_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("wayland");
    QTest::newRow("xcb without DISPLAY") << QStringLiteral("xcb") << QString() << QString();
    QTest::newRow("xcb with an unreachable DISPLAY")
        << QStringLiteral("xcb") << QStringLiteral(":97") << QString();
    QTest::newRow("wayland with an unreachable WAYLAND_DISPLAY")
        << QStringLiteral("wayland") << QString() << QStringLiteral("no-such-wayland-97");
}

static QProcessEnvironment displayEnvironment(const QString &platform, const QString &display,
                                              const QString &wayland)
{
    QProcessEnvironment env = sharaka::test::noDisplayEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    if (!display.isEmpty())
        env.insert(QStringLiteral("DISPLAY"), display);
    if (!wayland.isEmpty())
        env.insert(QStringLiteral("WAYLAND_DISPLAY"), wayland);
    return env;
}

void tst_HostileCli::headless_withUnreachableDisplay_runs()
{
    QFETCH(QString, platform);
    QFETCH(QString, display);
    QFETCH(QString, wayland);
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/.X11-unix/X97")));
    const QProcessEnvironment env = displayEnvironment(platform, display, wayland);
    const ProgramRun listed = run({QStringLiteral("--list-charts")}, env);
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(!listed.out.isEmpty());
    const QString chart = listed.out.section(QLatin1Char('\n'), 0, 0);
    const QString target = path(QStringLiteral("headless-%1.png").arg(platform));
    const ProgramRun exported =
        run({QStringLiteral("--export"), target, QStringLiteral("--chart"), chart}, env);
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY(QFileInfo(target).size() > 1000);
}

void tst_HostileCli::window_withUnreachableDisplay_saysSoInOneLine_data()
{
    headless_withUnreachableDisplay_runs_data();
    QTest::newRow("no platform, unreachable DISPLAY")
        << QString() << QStringLiteral(":97") << QString();
}

void tst_HostileCli::window_withUnreachableDisplay_saysSoInOneLine()
{
    QFETCH(QString, platform);
    QFETCH(QString, display);
    QFETCH(QString, wayland);
    QProcessEnvironment env = displayEnvironment(platform, display, wayland);
    if (platform.isEmpty())
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const ProgramRun result = run({QStringLiteral("--quit-after-first-paint")}, env);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(result.err.startsWith(QLatin1String("Cannot open the window: ")),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("--check, --list-charts, --export and "
                                               "--export-all work without one.")),
             qPrintable(result.err));
}

void tst_HostileCli::convert_toItsOwnInput_isRefused_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("activity");
    const QString identifier = sharaka::testing::generatedActivityIdentifier(0);
    QTest::newRow("IATI file to itself")
        << QStringLiteral("a.xml") << QStringLiteral("a.xml") << identifier;
    QTest::newRow("IATI file through ./")
        << QStringLiteral("a.xml") << QStringLiteral("./a.xml") << identifier;
    QTest::newRow("IATI file through a symbolic link")
        << QStringLiteral("a.xml") << QStringLiteral("link-to-a.xml") << identifier;
    QTest::newRow("IATI file through a hard link")
        << QStringLiteral("a.xml") << QStringLiteral("hard-a.xml") << identifier;
    QTest::newRow("JSON to itself")
        << QStringLiteral("data.json") << QStringLiteral("data.json") << QString();
}

void tst_HostileCli::convert_toItsOwnInput_isRefused()
{
    QFETCH(QString, input);
    QFETCH(QString, target);
    QFETCH(QString, activity);
    if (!QFile::exists(path(QStringLiteral("a.xml")))) {
        QFile file(path(QStringLiteral("a.xml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(sharaka::testing::writeIatiFile(file));
        file.close();
        QVERIFY(QFile::link(path(QStringLiteral("a.xml")), path(QStringLiteral("link-to-a.xml"))));
        QCOMPARE(::link(QFile::encodeName(path(QStringLiteral("a.xml"))).constData(),
                        QFile::encodeName(path(QStringLiteral("hard-a.xml"))).constData()),
                 0);
    }
    const QByteArray before = readAll(path(input));
    QStringList arguments{QStringLiteral("--convert"), input, QStringLiteral("--to"), target};
    if (!activity.isEmpty())
        arguments << QStringLiteral("--activity") << activity;
    const ProgramRun result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err, QStringLiteral("%1: --to names the file being converted (%2); write the "
                                        "conversion to another file.\n")
                             .arg(target, input));
    QCOMPARE(result.out, QString());
    QCOMPARE(readAll(path(input)), before);
}

void tst_HostileCli::export_overItsOwnInput_isRefused()
{
    // A dataset named .csv, exported as CSV over itself.
    QVERIFY(writeAll(path(QStringLiteral("data.csv")), m_template));
    const QString chart =
        run({QStringLiteral("--list-charts"), QStringLiteral("--data"), QStringLiteral("data.csv")})
            .out.section(QLatin1Char('\n'), 0, 0);
    QVERIFY(!chart.isEmpty());
    const ProgramRun result =
        run({QStringLiteral("--export"), QStringLiteral("data.csv"), QStringLiteral("--chart"),
             chart, QStringLiteral("--data"), QStringLiteral("data.csv")});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(QLatin1String("is the dataset file being read; it is never "
                                               "replaced, choose another file")),
             qPrintable(result.err));
    QCOMPARE(readAll(path(QStringLiteral("data.csv"))), m_template);
}

void tst_HostileCli::nonUtf8FileName_isRefusedNotRewritten()
{
    // "café.json" in Latin-1, made with raw bytes: no QString can hold it.
    const QByteArray latin1Name = QFile::encodeName(m_dir.path()) + "/caf\xe9.json";
    const int fd = ::open(latin1Name.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    QVERIFY(fd >= 0);
    QCOMPARE(::write(fd, m_template.constData(), size_t(m_template.size())),
             ssize_t(m_template.size()));
    ::close(fd);

    // The arguments pass through a shell, so that the program gets the raw byte.
    QProcessEnvironment env = sharaka::test::noDisplayEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    const auto runRaw = [&](const QString &script) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral("/bin/sh"),
                      {QStringLiteral("-c"), script, QStringLiteral(SHARAKA_APP_BINARY)});
        const bool finished = process.waitForFinished(TimeLimitMs);
        return std::make_tuple(finished ? process.exitCode() : -1,
                               QString::fromUtf8(process.readAllStandardError()));
    };
    const auto [checkStatus, checkErr] =
        runRaw(QStringLiteral("exec \"$0\" --check \"$(printf 'caf\\351.json')\""));
    QCOMPARE(checkStatus, 2);
    QCOMPARE(checkErr, QStringLiteral("The argument \"caf\\xe9.json\" is not valid in the system's "
                                      "encoding for file names (UTF-8); rename the file.\n"));
    const auto [convertStatus, convertErr] = runRaw(
        QStringLiteral("exec \"$0\" --convert data.json --to \"$(printf 'out\\351.json')\""));
    QCOMPARE(convertStatus, 2);
    QVERIFY2(convertErr.contains(QLatin1String("out\\xe9.json")), qPrintable(convertErr));
    // Nothing written under a name with U+FFFD in it.
    const QStringList written = QDir(m_dir.path()).entryList({QStringLiteral("out*")});
    QVERIFY2(written.isEmpty(), qPrintable(written.join(u' ')));
    QCOMPARE(::unlink(latin1Name.constData()), 0); // QDir cannot name it to remove it
}

void tst_HostileCli::check_showsBidiControlsEscaped()
{
    // A file name and a field with a right-to-left override in them.
    const QString name = QStringLiteral("evil\u202Egnp.json");
    QVERIFY(writeAll(path(name), m_template));
    const ProgramRun ok = run({QStringLiteral("--check"), name});
    QCOMPARE(ok.exitCode, 0);
    QVERIFY2(ok.out.startsWith(QLatin1String("evil\\u202egnp.json: OK (")), qPrintable(ok.out));
    QVERIFY(!ok.out.contains(QChar(0x202E)));

    QJsonObject data = templateDataset();
    QJsonArray countries = data.value(QStringLiteral("countries")).toArray();
    QJsonObject country = countries.at(0).toObject();
    country.insert(QStringLiteral("code"), QStringLiteral("X\u202E\u2066Y"));
    countries.replace(0, country);
    data.insert(QStringLiteral("countries"), countries);
    QVERIFY(writeAll(path(QStringLiteral("bidi-code.json")), QJsonDocument(data).toJson()));
    const ProgramRun refused = run({QStringLiteral("--check"), QStringLiteral("bidi-code.json")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("X\\u202e\\u2066Y")), qPrintable(refused.err));
    QVERIFY(!refused.err.contains(QChar(0x202E)) && !refused.err.contains(QChar(0x2066)));
}

void tst_HostileCli::csv_hasNoControlCharacters()
{
    QJsonObject data = templateDataset();
    QJsonArray indicators = data.value(QStringLiteral("indicators")).toArray();
    QJsonObject indicator = indicators.at(0).toObject();
    indicator.insert(QStringLiteral("label"),
                     localized(QStringLiteral("\u0000=1+1\u0007\u001b[2J\u202E")));
    indicators.replace(0, indicator);
    data.insert(QStringLiteral("indicators"), indicators);
    QJsonObject firstChart = data.value(QStringLiteral("charts")).toArray().at(0).toObject();
    firstChart.insert(QStringLiteral("indicators"),
                      QJsonArray{indicator.value(QStringLiteral("id"))});
    data.insert(QStringLiteral("charts"), QJsonArray{firstChart});
    QVERIFY(writeAll(path(QStringLiteral("controls.json")), QJsonDocument(data).toJson()));
    const QString chart = firstChart.value(QStringLiteral("id")).toString();
    const ProgramRun result =
        run({QStringLiteral("--export"), QStringLiteral("controls.csv"), QStringLiteral("--chart"),
             chart, QStringLiteral("--data"), QStringLiteral("controls.json")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QByteArray csv = readAll(path(QStringLiteral("controls.csv")));
    QVERIFY2(csv.contains("\r\n'=1+1[2J\xe2\x80\xae\xe2\x80\xac,"), csv.constData());
    for (const char control : {'\0', '\a', '\x1b'})
        QVERIFY(!csv.contains(control));
}

void tst_HostileCli::identicalLabels_export_data()
{
    QTest::addColumn<int>("bars");
    QTest::newRow("500, the most a chart has") << 500;
    QTest::newRow("20,000, refused") << 20000;
}

void tst_HostileCli::identicalLabels_export()
{
    // Bars of the same name in one chart: every one is drawn, each told
    // apart by an invisible suffix (the axis would drop a repeated name).
    QFETCH(int, bars);
    QJsonObject data = templateDataset();
    const QJsonObject first = data.value(QStringLiteral("indicators")).toArray().at(0).toObject();
    QJsonArray indicators;
    QJsonArray ids;
    for (int i = 0; i < bars; ++i) {
        QJsonObject indicator = first;
        const QString id = QStringLiteral("same-%1").arg(i);
        indicator.insert(QStringLiteral("id"), id);
        indicator.insert(QStringLiteral("label"), localized(QStringLiteral("Same label")));
        indicators.append(indicator);
        ids.append(id);
    }
    data.insert(QStringLiteral("indicators"), indicators);
    QJsonObject chart = data.value(QStringLiteral("charts")).toArray().at(0).toObject();
    chart.insert(QStringLiteral("indicators"), ids);
    data.insert(QStringLiteral("charts"), QJsonArray{chart});
    QVERIFY(writeAll(path(QStringLiteral("same-labels.json")), QJsonDocument(data).toJson()));
    const QString chartId = chart.value(QStringLiteral("id")).toString();
    const ProgramRun result =
        run({QStringLiteral("--export"), QStringLiteral("same.svg"), QStringLiteral("--chart"),
             chartId, QStringLiteral("--data"), QStringLiteral("same-labels.json")});
    QVERIFY2(!result.timedOut(), "hung: the equal labels made the export blow up");
    if (bars > 500) {
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.err, QStringLiteral("same-labels.json: $.charts[0].indicators: lists "
                                            "20000 indicators; the limit is 500 indicators\n"));
        return;
    }
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(readAll(path(QStringLiteral("same.svg"))).startsWith("<?xml"));
}

void tst_HostileCli::manySources_factsheet()
{
    // 20,000 sources, each cited, each with a link: the factsheet's source
    // list runs over hundreds of pages.
    QJsonObject data = templateDataset();
    QJsonArray sources = data.value(QStringLiteral("sources")).toArray();
    const QJsonObject first = sources.at(0).toObject();
    QJsonArray ids;
    for (int i = 0; i < 20000; ++i) {
        QJsonObject source = first;
        const QString id = QStringLiteral("source-%1").arg(i);
        source.insert(QStringLiteral("id"), id);
        source.insert(QStringLiteral("url"), QStringLiteral("https://example.org/%1").arg(i));
        sources.append(source);
        ids.append(id);
    }
    data.insert(QStringLiteral("sources"), sources);
    QJsonObject project = data.value(QStringLiteral("project")).toObject();
    project.insert(QStringLiteral("sources"), ids);
    data.insert(QStringLiteral("project"), project);
    QVERIFY(writeAll(path(QStringLiteral("many-sources.json")), QJsonDocument(data).toJson()));
    const ProgramRun result =
        run({QStringLiteral("--export-factsheet"), QStringLiteral("many-sources.pdf"),
             QStringLiteral("--data"), QStringLiteral("many-sources.json")});
    QVERIFY2(!result.timedOut(), "hung: paging 20,000 sources blew up");
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(readAll(path(QStringLiteral("many-sources.pdf"))).startsWith("%PDF"));
}

void tst_HostileCli::manyCharts_areBounded()
{
    QJsonObject data = templateDataset();
    const QJsonObject first = data.value(QStringLiteral("charts")).toArray().at(0).toObject();
    QJsonArray charts;
    for (int i = 0; i < 20000; ++i) {
        QJsonObject chart = first;
        chart.insert(QStringLiteral("id"), QStringLiteral("chart-%1").arg(i));
        charts.append(chart);
    }
    data.insert(QStringLiteral("charts"), charts);
    QVERIFY(writeAll(path(QStringLiteral("many-charts.json")), QJsonDocument(data).toJson()));
    const ProgramRun checked = run({QStringLiteral("--check"), QStringLiteral("many-charts.json")});
    QCOMPARE(checked.exitCode, 1);
    QVERIFY2(
        checked.err.contains(QLatin1String("$.charts: has 20000 charts; the limit is 200 charts")),
        qPrintable(checked.err));
    QProcessEnvironment env = sharaka::test::offscreenEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
    const ProgramRun window = run({QStringLiteral("--data"), QStringLiteral("many-charts.json"),
                                   QStringLiteral("--quit-after-first-paint")},
                                  env);
    QCOMPARE(window.exitCode, 1);
}

QTEST_GUILESS_MAIN(tst_HostileCli)
#include "tst_hostilecli.moc"
