// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

namespace sharaka {

namespace {

/// Options that take one value may be given once, with a value that is not
/// empty: "--export-all ''" would write into the working folder, and a second
/// "--lang" would silently win over the first.
QString singleValueError(const QCommandLineParser &parser,
                         const QList<const QCommandLineOption *> &options)
{
    for (const QCommandLineOption *option : options) {
        if (option->valueName().isEmpty())
            continue;
        const QStringList values = parser.values(*option);
        const QString name = option->names().constFirst();
        if (values.size() > 1)
            return QCoreApplication::translate("CommandLine", "--%1 is given more than once.")
                .arg(name);
        if (values.size() == 1 && values.constFirst().trimmed().isEmpty())
            return QCoreApplication::translate("CommandLine",
                                               "--%1 needs a value; it was given an empty one.")
                .arg(name);
    }
    return {};
}

} // namespace

Invocation CommandLineResult::invocation() const
{
    if (exitNow)
        return Invocation::Message;
    if (!options.checkFile.isEmpty() || !options.convertFile.isEmpty())
        return Invocation::Check;
    if (options.exportCommand)
        return Invocation::Headless;
    return Invocation::Window;
}

Language CommandLineResult::commandLineLanguage() const
{
    return options.language.value_or(languageForLocale(QLocale::system()));
}

QStringList argumentsOf(int argc, const char *const *argv)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

CommandLineResult parseCommandLine(const QStringList &arguments)
{
    CommandLineResult result;
    const auto fail = [&result](const QString &message) {
        result.exitNow = true;
        result.exitCode = ExitCode::Usage;
        result.usageError = message;
        return result;
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine",
        "Timeline, partner countries and outcome indicators of INTERPOL's Sharaka project."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate(
            "CommandLine",
            "Interface language: en, fr or ar (all: every language, for --export-all and "
            "--export-factsheet)."),
        QStringLiteral("code"));
    const QCommandLineOption dataOption(
        QStringLiteral("data"),
        QCoreApplication::translate("CommandLine",
                                    "Open the dataset FILE instead of the embedded Sharaka data."),
        QStringLiteral("file"));
    const QCommandLineOption firstPaintOption(
        QStringLiteral("quit-after-first-paint"),
        QCoreApplication::translate(
            "CommandLine",
            "Exit as soon as the main window has painted (for tests and benchmarks)."));
    parser.addOption(langOption);
    parser.addOption(dataOption);
    parser.addOption(firstPaintOption);
    const ExportCommandOptions exportOptions(parser);
    const QCommandLineOption checkOption(
        QStringLiteral("check"),
        QCoreApplication::translate(
            "CommandLine",
            "Validate the dataset FILE, print \"FILE: OK\" with its counts or every problem, and "
            "exit (status 1 on problems)."),
        QStringLiteral("file"));
    parser.addOption(checkOption);
    const QCommandLineOption activityOption(
        QStringLiteral("activity"),
        QCoreApplication::translate("CommandLine",
                                    "The activity (its iati-identifier) to show, check or convert "
                                    "when the dataset FILE is an IATI activity file."),
        QStringLiteral("id"));
    const QCommandLineOption activityIndexOption(
        QStringLiteral("activity-index"),
        QCoreApplication::translate("CommandLine",
                                    "The activity to show, check or convert by its position in "
                                    "the IATI activity file (1 for the first), e.g. when two "
                                    "activities share an iati-identifier."),
        QStringLiteral("n"));
    const QCommandLineOption convertOption(
        QStringLiteral("convert"),
        QCoreApplication::translate("CommandLine",
                                    "Write the dataset FILE (e.g. an IATI activity) in the "
                                    "dashboard's own format to the file given by --to, and exit."),
        QStringLiteral("file"));
    const QCommandLineOption toOption(
        QStringLiteral("to"),
        QCoreApplication::translate("CommandLine", "The dataset file --convert writes."),
        QStringLiteral("file"));
    parser.addOption(activityOption);
    parser.addOption(activityIndexOption);
    parser.addOption(convertOption);
    parser.addOption(toOption);

    const bool parsed = parser.parse(arguments);
    // Read even when parsing failed, so that the usage error speaks --lang;
    // given twice, neither is taken.
    const QStringList languages = parser.values(langOption);
    const QString language = languages.size() == 1 ? languages.constFirst() : QString();
    result.options.language = languageFromCode(language);
    if (!parsed)
        return fail(parser.errorText());
    if (parser.isSet(helpOption)) {
        result.exitNow = true;
        result.output = parser.helpText();
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.exitNow = true;
        result.output = QCoreApplication::applicationName() + QLatin1Char(' ') +
                        QCoreApplication::applicationVersion() + QLatin1Char('\n');
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(QCoreApplication::translate("CommandLine", "Unexpected argument: %1")
                        .arg(parser.positionalArguments().constFirst()));
    }

    QList<const QCommandLineOption *> options{&langOption,  &dataOption,         &firstPaintOption,
                                              &checkOption, &activityOption,     &convertOption,
                                              &toOption,    &activityIndexOption};
    options += exportOptions.options();
    if (const QString error = singleValueError(parser, options); !error.isEmpty())
        return fail(error);

    // --check only validates and --convert only converts: anything that would
    // show, export or choose data besides them was meant for another run.
    const auto alone = [&](const QCommandLineOption &mode, const QCommandLineOption *partner,
                           const QString &message) {
        for (const QCommandLineOption *option : std::as_const(options)) {
            if (option != &mode && option != partner && option != &langOption &&
                option != &activityOption && option != &activityIndexOption &&
                parser.isSet(*option))
                return message.arg(option->names().constFirst());
        }
        return QString();
    };
    if (parser.isSet(checkOption)) {
        if (const QString error =
                alone(checkOption, nullptr,
                      QCoreApplication::translate("CommandLine", "--check does not go with --%1."));
            !error.isEmpty())
            return fail(error);
    }
    if (parser.isSet(convertOption)) {
        if (const QString error = alone(
                convertOption, &toOption,
                QCoreApplication::translate("CommandLine", "--convert does not go with --%1."));
            !error.isEmpty())
            return fail(error);
    }
    if (parser.isSet(convertOption) != parser.isSet(toOption)) {
        return fail(QCoreApplication::translate(
            "CommandLine", "--convert FILE needs --to FILE, and --to goes only with --convert."));
    }
    if ((parser.isSet(activityOption) || parser.isSet(activityIndexOption)) &&
        !parser.isSet(dataOption) && !parser.isSet(checkOption) && !parser.isSet(convertOption)) {
        return fail(QCoreApplication::translate(
            "CommandLine",
            "--activity picks an activity of the file given by --data, --check or --convert."));
    }

    if (parser.isSet(activityIndexOption)) {
        bool isNumber = false;
        const qint64 position = parser.value(activityIndexOption).trimmed().toLongLong(&isNumber);
        if (!isNumber || position < 1) {
            return fail(QCoreApplication::translate(
                            "CommandLine", "--activity-index takes a whole number from 1, not "
                                           "\"%1\".")
                            .arg(parser.value(activityIndexOption)));
        }
        result.options.activity.position = position;
    }

    QString exportError;
    result.options.exportCommand = exportOptions.read(parser, &exportError);
    if (!exportError.isEmpty())
        return fail(exportError);
    // --lang all: every language, for the commands that write one file per language.
    const bool exportsAll =
        result.options.exportCommand &&
        (result.options.exportCommand->mode == ExportCommand::Mode::ExportAll ||
         result.options.exportCommand->mode == ExportCommand::Mode::ExportFactsheet);
    if (exportsAll && language.trimmed().compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
        result.options.exportCommand->allLanguages = true;
    } else if (parser.isSet(langOption) && !result.options.language) {
        return fail(
            (exportsAll ? QCoreApplication::translate(
                              "CommandLine", "Unknown language \"%1\": use en, fr, ar or all.")
                        : QCoreApplication::translate("CommandLine",
                                                      "Unknown language \"%1\": use en, fr or ar."))
                .arg(language));
    }
    result.options.dataFile = parser.value(dataOption);
    result.options.quitAfterFirstPaint = parser.isSet(firstPaintOption);
    result.options.checkFile = parser.value(checkOption);
    result.options.activity.identifier = parser.value(activityOption);
    result.options.convertFile = parser.value(convertOption);
    result.options.convertTarget = parser.value(toOption);
    return result;
}

} // namespace sharaka
