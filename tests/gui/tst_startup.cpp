// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/catalogue.h"
#include "common/programrun.h"
#include "support/fixturedataset.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

/// The built program as a user starts it: with the embedded Sharaka data, its
/// subject, except where an export's title is read (the tests' fixture).
class tst_Startup : public QObject
{
    Q_OBJECT

private slots:
    void quitAfterFirstPaint_exitsZero();
    void version_printsVersion();
    void help_listsOptions();
    void firstStart_followsSystemLanguage_data();
    void firstStart_followsSystemLanguage();
    void unknownOption_exitsTwo();
    void badLanguage_exitsTwo();
    void missingDataFile_exitsOneNamingTheFile();
    void usageErrors_withoutDisplay_exitTwoBeforeAnyWindow_data();
    void usageErrors_withoutDisplay_exitTwoBeforeAnyWindow();
    void window_withoutDisplay_saysSoInOneLine_data();
    void window_withoutDisplay_saysSoInOneLine();
    void language_isCaseInsensitive();
    void commandLine_ignoresLanguageChosenInWindow();

private:
    using Run = sharaka::test::ProgramRun;
    static Run run(const QStringList &arguments, const QString &systemLocale = QString())
    {
        QProcessEnvironment env = sharaka::test::offscreenEnvironment();
        if (!systemLocale.isEmpty()) {
            // A first start: the system's language and no saved choice.
            env.insert(QStringLiteral("LC_ALL"), systemLocale);
            env.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       sharaka::test::runtimeFolder() + QStringLiteral("/fresh-config"));
        }
        return sharaka::test::runProgram(arguments, env);
    }
};

void tst_Startup::quitAfterFirstPaint_exitsZero()
{
    const Run result = run({QStringLiteral("--quit-after-first-paint")});
    QCOMPARE(result.exitCode, 0);
}

void tst_Startup::version_printsVersion()
{
    const Run result = run({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), QStringLiteral("sharaka-dashboard " SHARAKA_VERSION));
}

void tst_Startup::help_listsOptions()
{
    const Run result = run({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QLatin1String("--quit-after-first-paint")));
    QVERIFY(result.out.contains(QLatin1String("--lang")));
}

void tst_Startup::firstStart_followsSystemLanguage_data()
{
    QTest::addColumn<QString>("systemLocale");
    QTest::addColumn<QString>("description");
    // The catalogue's words for the language (their wording is tst_retranslation's subject).
    const auto description = [](sharaka::Language language) {
        return sharaka::test::translated(language, "sharaka::CommandLineParser",
                                         "Timeline, partner countries and outcome indicators "
                                         "of INTERPOL's Sharaka project.");
    };
    QTest::addRow("French") << QStringLiteral("fr_FR.UTF-8")
                            << description(sharaka::Language::French);
    QTest::addRow("Arabic") << QStringLiteral("ar_LY.UTF-8")
                            << description(sharaka::Language::Arabic);
    QTest::addRow("German: English")
        << QStringLiteral("de_DE.UTF-8")
        << QStringLiteral("Timeline, partner countries and outcome indicators "
                          "of INTERPOL's Sharaka project.");
}

void tst_Startup::firstStart_followsSystemLanguage()
{
    QFETCH(QString, systemLocale);
    QFETCH(QString, description);
    const Run result = run({QStringLiteral("--help")}, systemLocale);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(description), qPrintable(result.out));
}

void tst_Startup::unknownOption_exitsTwo()
{
    const Run result = run({QStringLiteral("--no-such-option")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QLatin1String("no-such-option")), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void tst_Startup::badLanguage_exitsTwo()
{
    const Run result = run({QStringLiteral("--lang"), QStringLiteral("de")});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err.trimmed(), QStringLiteral("Unknown language \"de\": use en, fr or ar."));
}

void tst_Startup::missingDataFile_exitsOneNamingTheFile()
{
    const Run result = run({QStringLiteral("--data"), QStringLiteral("/nonexistent/x.json"),
                            QStringLiteral("--quit-after-first-paint")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err.trimmed(), QStringLiteral("/nonexistent/x.json: file does not exist"));
}

void tst_Startup::usageErrors_withoutDisplay_exitTwoBeforeAnyWindow_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::addRow("unknown option")
        << QStringList{"--bogus"} << QStringLiteral("Unknown option 'bogus'.\n");
    QTest::addRow("unknown option with --data") << QStringList{"--data", "x.json", "--bogus"}
                                                << QStringLiteral("Unknown option 'bogus'.\n");
    QTest::addRow("bad language") << QStringList{"--lang", "de"}
                                  << QStringLiteral("Unknown language \"de\": use en, fr or ar.\n");
    QTest::addRow("repeated --lang") << QStringList{"--lang", "en", "--lang", "fr"}
                                     << QStringLiteral("--lang is given more than once.\n");
    QTest::addRow("repeated --data") << QStringList{"--data", "a.json", "--data", "b.json"}
                                     << QStringLiteral("--data is given more than once.\n");
    QTest::addRow("empty --data") << QStringList{"--data", ""}
                                  << QStringLiteral(
                                         "--data needs a value; it was given an empty one.\n");
    QTest::addRow("stray argument")
        << QStringList{"data.json"} << QStringLiteral("Unexpected argument: data.json\n");
    QTest::addRow("control characters in an option")
        << QStringList{"--\x1b[2Jx"} << QStringLiteral("Unknown option '\\u001b[2Jx'.\n");
}

void tst_Startup::usageErrors_withoutDisplay_exitTwoBeforeAnyWindow()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    // No DISPLAY, no Wayland, no QT_QPA_PLATFORM: opening a window would abort.
    const Run result = sharaka::test::runProgram(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, error);
}

void tst_Startup::window_withoutDisplay_saysSoInOneLine_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addRow("no platform chosen") << QString();
    QTest::addRow("X11 chosen") << QStringLiteral("xcb");
    QTest::addRow("Wayland, then X11") << QStringLiteral("wayland;xcb");
}

void tst_Startup::window_withoutDisplay_saysSoInOneLine()
{
    QFETCH(QString, platform);
    QProcessEnvironment env = sharaka::test::noDisplayEnvironment();
    if (!platform.isEmpty())
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    const Run result = sharaka::test::runProgram({QStringLiteral("--quit-after-first-paint")}, env);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, QStringLiteral("Cannot open the window: there is no display (DISPLAY and "
                                        "WAYLAND_DISPLAY are not set); --check, --list-charts, "
                                        "--export and --export-all work without one.\n"));
}

void tst_Startup::language_isCaseInsensitive()
{
    const Run english = run({QStringLiteral("--lang"), QStringLiteral("EN"),
                             QStringLiteral("--quit-after-first-paint")});
    QCOMPARE(english.exitCode, 0);
    const Run french = sharaka::test::runProgram(
        {QStringLiteral("--lang"), QStringLiteral("Fr"), QStringLiteral("--bogus")});
    QCOMPARE(french.exitCode, 2);
    // Qt's own message, in the program's French wording and typography.
    const QString unknown = sharaka::test::translated(sharaka::Language::French,
                                                      "QCommandLineParser", "Unknown option '%1'.");
    QVERIFY(unknown != QLatin1String("Unknown option '%1'."));
    QCOMPARE(french.err, unknown.arg(QStringLiteral("bogus")) + QLatin1Char('\n'));
}

void tst_Startup::commandLine_ignoresLanguageChosenInWindow()
{
    // The window last spoke Arabic; the terminal's locale is English.
    QTemporaryDir config;
    QVERIFY(config.isValid());
    {
        QSettings saved(config.filePath(QStringLiteral("Sharaka Dashboard/sharaka-dashboard.conf")),
                        QSettings::IniFormat);
        saved.setValue(QStringLiteral("interface/language"), QStringLiteral("ar"));
    }
    QProcessEnvironment env = sharaka::test::noDisplayEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    const Run usage =
        sharaka::test::runProgram({QStringLiteral("--lang"), QStringLiteral("de")}, env);
    QCOMPARE(usage.err, QStringLiteral("Unknown language \"de\": use en, fr or ar.\n"));
    const QString png = config.filePath(QStringLiteral("chart.png"));
    const Run exported = sharaka::test::runProgram(
        {QStringLiteral("--export"), png, QStringLiteral("--chart"), QStringLiteral("people"),
         QStringLiteral("--data"), sharaka::testing::fixturePath()},
        env);
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(QImage(png).text(QStringLiteral("Title")), QStringLiteral("People trained"));
    // With a French system locale and no --lang, the command line speaks French.
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("fr_FR.UTF-8"));
    const Run french =
        sharaka::test::runProgram({QStringLiteral("--lang"), QStringLiteral("de")}, env);
    const QString unknownLanguage =
        sharaka::test::translated(sharaka::Language::French, "sharaka::CommandLineParser",
                                  "Unknown language \"%1\": use en, fr or ar.");
    QVERIFY(unknownLanguage != QLatin1String("Unknown language \"%1\": use en, fr or ar."));
    QCOMPARE(french.err, unknownLanguage.arg(QStringLiteral("de")) + QLatin1Char('\n'));
}

QTEST_GUILESS_MAIN(tst_Startup)
#include "tst_startup.moc"
