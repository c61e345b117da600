// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/commandline.h"
#include "common/catalogue.h"
#include "core/translationcatalog.h"

#include <QTest>

using namespace sharaka;

/// parseCommandLine() on its own, without running the program: every
/// option, the ones that do not go together, repeated and bad values, the
/// exit code and the exact message of each usage error.
class tst_CommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noOptions_opensTheWindowOnTheEmbeddedData();
    void windowOptions_areRead();
    void checkAndConvert_areRead();
    void exportOptions_areRead_data();
    void exportOptions_areRead();
    void helpAndVersion_printAndExit();
    void usageErrors_exitWithTheirMessage_data();
    void usageErrors_exitWithTheirMessage();
    void langAll_onlyForCommandsWritingEveryLanguage();
    void usageErrors_speakTheInstalledLanguage();

private:
    static CommandLineResult parse(const QStringList &arguments)
    {
        return parseCommandLine(QStringList{QStringLiteral("sharaka-dashboard")} + arguments);
    }
};

void tst_CommandLine::initTestCase()
{
    QCoreApplication::setApplicationName(QStringLiteral("sharaka-dashboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
}

void tst_CommandLine::noOptions_opensTheWindowOnTheEmbeddedData()
{
    const CommandLineResult result = parse({});
    QVERIFY(!result.exitNow);
    QCOMPARE(result.exitCode, ExitCode::Done);
    QCOMPARE(result.invocation(), Invocation::Window);
    QCOMPARE(result.options.dataFile, QString());
    QCOMPARE(result.options.language, std::nullopt);
    QVERIFY(!result.options.exportCommand);
    QVERIFY(!result.options.quitAfterFirstPaint);
}

void tst_CommandLine::windowOptions_areRead()
{
    const CommandLineResult result =
        parse({QStringLiteral("--lang"), QStringLiteral("ar"), QStringLiteral("--data"),
               QStringLiteral("/d/x.xml"), QStringLiteral("--activity"), QStringLiteral("XM-1"),
               QStringLiteral("--quit-after-first-paint")});
    QVERIFY2(!result.exitNow, qPrintable(result.usageError));
    QCOMPARE(result.invocation(), Invocation::Window);
    QCOMPARE(result.options.language, std::optional<Language>(Language::Arabic));
    QCOMPARE(result.commandLineLanguage(), Language::Arabic);
    QCOMPARE(result.options.dataFile, QStringLiteral("/d/x.xml"));
    QCOMPARE(result.options.activity.identifier, QStringLiteral("XM-1"));
    QVERIFY(result.options.quitAfterFirstPaint);
    // Codes are read whatever their case.
    QCOMPARE(parse({QStringLiteral("--lang=FR")}).options.language,
             std::optional<Language>(Language::French));
}

void tst_CommandLine::checkAndConvert_areRead()
{
    const CommandLineResult check = parse({QStringLiteral("--check"), QStringLiteral("a.json"),
                                           QStringLiteral("--lang"), QStringLiteral("fr")});
    QVERIFY2(!check.exitNow, qPrintable(check.usageError));
    QCOMPARE(check.invocation(), Invocation::Check);
    QCOMPARE(check.options.checkFile, QStringLiteral("a.json"));

    const CommandLineResult convert =
        parse({QStringLiteral("--convert"), QStringLiteral("a.xml"), QStringLiteral("--to"),
               QStringLiteral("b.json"), QStringLiteral("--activity"), QStringLiteral("XM-1")});
    QVERIFY2(!convert.exitNow, qPrintable(convert.usageError));
    QCOMPARE(convert.invocation(), Invocation::Check);
    QCOMPARE(convert.options.convertFile, QStringLiteral("a.xml"));
    QCOMPARE(convert.options.convertTarget, QStringLiteral("b.json"));
    QCOMPARE(convert.options.activity.identifier, QStringLiteral("XM-1"));
}

void tst_CommandLine::exportOptions_areRead_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("chartId");
    QTest::addColumn<int>("format");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("csv");
    QTest::addColumn<int>("paper");

    const QSize defaultSize(1600, 900);
    using Mode = ExportCommand::Mode;
    QTest::addRow("list-charts") << QStringList{QStringLiteral("--list-charts")}
                                 << int(Mode::ListCharts) << QString() << QString()
                                 << int(ExportFormat::Png) << defaultSize << false
                                 << int(FactsheetPaper::A4);
    QTest::addRow("export, format from the suffix")
        << QStringList{QStringLiteral("--export"), QStringLiteral("out/c.SVG"),
                       QStringLiteral("--chart"),  QStringLiteral("training"),
                       QStringLiteral("--size"),   QStringLiteral("800x600")}
        << int(Mode::ExportOne) << QStringLiteral("out/c.SVG") << QStringLiteral("training")
        << int(ExportFormat::Svg) << QSize(800, 600) << false << int(FactsheetPaper::A4);
    QTest::addRow("export as csv")
        << QStringList{QStringLiteral("--export"), QStringLiteral("c.csv"),
                       QStringLiteral("--chart"), QStringLiteral("training")}
        << int(Mode::ExportOne) << QStringLiteral("c.csv") << QStringLiteral("training")
        << int(ExportFormat::Png) << defaultSize << true << int(FactsheetPaper::A4);
    QTest::addRow("export-all, jpg")
        << QStringList{QStringLiteral("--export-all"), QStringLiteral("dir"),
                       QStringLiteral("--format"), QStringLiteral("jpg")}
        << int(Mode::ExportAll) << QStringLiteral("dir") << QString() << int(ExportFormat::Jpeg)
        << defaultSize << false << int(FactsheetPaper::A4);
    QTest::addRow("export-factsheet, letter")
        << QStringList{QStringLiteral("--export-factsheet"), QStringLiteral("f.pdf"),
                       QStringLiteral("--paper"), QStringLiteral("letter")}
        << int(Mode::ExportFactsheet) << QStringLiteral("f.pdf") << QString()
        << int(ExportFormat::Png) << defaultSize << false << int(FactsheetPaper::Letter);
}

void tst_CommandLine::exportOptions_areRead()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, mode);
    QFETCH(QString, target);
    QFETCH(QString, chartId);
    QFETCH(int, format);
    QFETCH(QSize, size);
    QFETCH(bool, csv);
    QFETCH(int, paper);
    const CommandLineResult result = parse(arguments);
    QVERIFY2(!result.exitNow, qPrintable(result.usageError));
    QCOMPARE(result.invocation(), Invocation::Headless);
    QVERIFY(result.options.exportCommand);
    const ExportCommand &command = *result.options.exportCommand;
    QCOMPARE(int(command.mode), mode);
    QCOMPARE(command.target, target);
    QCOMPARE(command.chartId, chartId);
    QCOMPARE(int(command.format), format);
    QCOMPARE(command.size, size);
    QCOMPARE(command.csv, csv);
    QCOMPARE(int(command.paper), paper);
    QVERIFY(!command.allLanguages);
}

void tst_CommandLine::helpAndVersion_printAndExit()
{
    const CommandLineResult version = parse({QStringLiteral("--version")});
    QVERIFY(version.exitNow);
    QCOMPARE(version.exitCode, ExitCode::Done);
    QCOMPARE(version.invocation(), Invocation::Message);
    QCOMPARE(version.output, QStringLiteral("sharaka-dashboard 9.8.7\n"));
    QCOMPARE(version.usageError, QString());

    const CommandLineResult help = parse({QStringLiteral("--help")});
    QVERIFY(help.exitNow);
    QCOMPARE(help.exitCode, ExitCode::Done);
    // The usage line names the running program (here the test).
    QVERIFY2(help.output.startsWith(QStringLiteral("Usage: ")), qPrintable(help.output));
    QVERIFY2(help.output.contains(QStringLiteral(" [options]\n"
                                                 "Timeline, partner countries and outcome "
                                                 "indicators of INTERPOL's Sharaka project.\n")),
             qPrintable(help.output));
    // Every option, in the order of the window's, the exports', the checks'.
    qsizetype at = 0;
    for (const char *option :
         {"--lang <code>", "--data <file>", "--quit-after-first-paint", "--list-charts",
          "--export <file>", "--export-all <dir>", "--chart <id>", "--format <format>",
          "--size <WxH>", "--export-factsheet <file>", "--paper <paper>", "--check <file>",
          "--activity <id>", "--convert <file>", "--to <file>"}) {
        const qsizetype found = help.output.indexOf(QLatin1String(option), at);
        QVERIFY2(found > at, option);
        at = found;
    }
}

void tst_CommandLine::usageErrors_exitWithTheirMessage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *name, const QStringList &arguments, const QString &message) {
        QTest::addRow("%s", name) << arguments << message;
    };
    row("unknown option", {QStringLiteral("--frobnicate")},
        QStringLiteral("Unknown option 'frobnicate'."));
    row("missing value", {QStringLiteral("--data")},
        QStringLiteral("Missing value after '--data'."));
    row("positional", {QStringLiteral("file.json")},
        QStringLiteral("Unexpected argument: file.json"));
    row("repeated --lang", {QStringLiteral("--lang=fr"), QStringLiteral("--lang=ar")},
        QStringLiteral("--lang is given more than once."));
    row("repeated --export-all",
        {QStringLiteral("--export-all=a"), QStringLiteral("--export-all=b")},
        QStringLiteral("--export-all is given more than once."));
    row("empty value", {QStringLiteral("--export-all"), QStringLiteral(" ")},
        QStringLiteral("--export-all needs a value; it was given an empty one."));
    row("unknown language", {QStringLiteral("--lang"), QStringLiteral("de")},
        QStringLiteral("Unknown language \"de\": use en, fr or ar."));
    row("unknown language for export-all",
        {QStringLiteral("--lang=de"), QStringLiteral("--export-all=d")},
        QStringLiteral("Unknown language \"de\": use en, fr, ar or all."));
    row("all for the window", {QStringLiteral("--lang=all")},
        QStringLiteral("Unknown language \"all\": use en, fr or ar."));
    row("check with data", {QStringLiteral("--check=a"), QStringLiteral("--data=b")},
        QStringLiteral("--check does not go with --data."));
    row("check with export", {QStringLiteral("--check=a"), QStringLiteral("--list-charts")},
        QStringLiteral("--check does not go with --list-charts."));
    row("convert with check",
        {QStringLiteral("--convert=a"), QStringLiteral("--to=b"), QStringLiteral("--check=c")},
        QStringLiteral("--check does not go with --convert."));
    row("convert with data",
        {QStringLiteral("--convert=a"), QStringLiteral("--to=b"), QStringLiteral("--data=c")},
        QStringLiteral("--convert does not go with --data."));
    row("convert without to", {QStringLiteral("--convert=a")},
        QStringLiteral("--convert FILE needs --to FILE, and --to goes only with --convert."));
    row("to without convert", {QStringLiteral("--to=a")},
        QStringLiteral("--convert FILE needs --to FILE, and --to goes only with --convert."));
    row("activity alone", {QStringLiteral("--activity=X")},
        QStringLiteral(
            "--activity picks an activity of the file given by --data, --check or --convert."));
    row("paper without factsheet", {QStringLiteral("--paper=a4")},
        QStringLiteral("--paper needs --export-factsheet."));
    row("chart without export", {QStringLiteral("--chart=x")},
        QStringLiteral("--chart needs --export or --export-all."));
    row("size without export", {QStringLiteral("--size=10x10")},
        QStringLiteral("--size needs --export or --export-all."));
    row("two modes", {QStringLiteral("--list-charts"), QStringLiteral("--export-all=d")},
        QStringLiteral(
            "Use only one of --list-charts, --export, --export-all and --export-factsheet."));
    row("bad size", {QStringLiteral("--export-all=d"), QStringLiteral("--size=10x10")},
        QStringLiteral("Invalid size \"10x10\": use WIDTHxHEIGHT, each between 320 and 8192 "
                       "pixels, for example 1600x900."));
    row("list-charts with chart", {QStringLiteral("--list-charts"), QStringLiteral("--chart=x")},
        QStringLiteral("--chart does not go with --list-charts."));
    row("export with format",
        {QStringLiteral("--export=a.png"), QStringLiteral("--chart=x"),
         QStringLiteral("--format=png")},
        QStringLiteral(
            "--format is for --export-all; --export takes the format from the file's suffix."));
    row("export without chart", {QStringLiteral("--export=a.png")},
        QStringLiteral("--export needs --chart ID (see --list-charts)."));
    row("csv with size",
        {QStringLiteral("--export=a.csv"), QStringLiteral("--chart=x"),
         QStringLiteral("--size=800x600")},
        QStringLiteral("--size is for pictures; a .csv file holds the chart's data."));
    row("unknown suffix", {QStringLiteral("--export=a.bmp"), QStringLiteral("--chart=x")},
        QStringLiteral("Cannot export to a.bmp: unknown file suffix; use .png, .jpg, .jpeg, "
                       ".svg, .pdf or .csv."));
    row("export-all with chart", {QStringLiteral("--export-all=d"), QStringLiteral("--chart=x")},
        QStringLiteral("--chart is for --export; --export-all saves every chart."));
    row("unknown format", {QStringLiteral("--export-all=d"), QStringLiteral("--format=gif")},
        QStringLiteral("Unknown format \"gif\": use png, jpg, svg or pdf."));
    row("factsheet with size",
        {QStringLiteral("--export-factsheet=f.pdf"), QStringLiteral("--size=800x600")},
        QStringLiteral("--size does not go with --export-factsheet."));
    row("factsheet not pdf", {QStringLiteral("--export-factsheet=f.png")},
        QStringLiteral("Cannot save the factsheet as f.png: use a .pdf file name."));
    row("unknown paper", {QStringLiteral("--export-factsheet=f.pdf"), QStringLiteral("--paper=a3")},
        QStringLiteral("Unknown paper \"a3\": use a4 or letter."));
}

void tst_CommandLine::usageErrors_exitWithTheirMessage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CommandLineResult result = parse(arguments);
    QVERIFY(result.exitNow);
    QCOMPARE(result.exitCode, ExitCode::Usage);
    QCOMPARE(result.invocation(), Invocation::Message);
    QCOMPARE(result.usageError, message);
    QCOMPARE(result.output, QString());
}

void tst_CommandLine::langAll_onlyForCommandsWritingEveryLanguage()
{
    for (const QString &command :
         {QStringLiteral("--export-all=d"), QStringLiteral("--export-factsheet=f.pdf")}) {
        const CommandLineResult result = parse({QStringLiteral("--lang=ALL"), command});
        QVERIFY2(!result.exitNow, qPrintable(result.usageError));
        QVERIFY(result.options.exportCommand->allLanguages);
        QCOMPARE(result.options.language, std::nullopt);
    }
    const CommandLineResult one =
        parse({QStringLiteral("--lang=all"), QStringLiteral("--export=a.png"),
               QStringLiteral("--chart=x")});
    QCOMPARE(one.usageError, QStringLiteral("Unknown language \"all\": use en, fr or ar."));
}

void tst_CommandLine::usageErrors_speakTheInstalledLanguage()
{
    // The messages' translation contexts are the classes that say them;
    // the catalogue has them under those names.
    const TranslationCatalog french(Language::French);
    QVERIFY(french.isProgramLoaded());
    // Compared with the catalogue under those contexts; the wording is tst_retranslation's.
    const auto inFrench = [](const char *context, const char *source, const QString &argument) {
        const QString text = test::translated(Language::French, context, source);
        return text == QLatin1String(source) ? QString() : text.arg(argument);
    };
    QCOMPARE(parse({QStringLiteral("--lang=fr"), QStringLiteral("--lang=ar")}).usageError,
             inFrench("sharaka::CommandLineParser", "--%1 is given more than once.",
                      QStringLiteral("lang")));
    QCOMPARE(parse({QStringLiteral("--chart=x")}).usageError,
             inFrench("sharaka::ExportCommandOptions", "--%1 needs --export or --export-all.",
                      QStringLiteral("chart")));
    QCOMPARE(parse({QStringLiteral("--lang=de")}).usageError,
             inFrench("sharaka::CommandLineParser", "Unknown language \"%1\": use en, fr or ar.",
                      QStringLiteral("de")));
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
