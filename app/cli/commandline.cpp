// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace sharaka {

std::optional<Language> requestedLanguage(const QStringList &arguments)
{
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == option && i + 1 < arguments.size())
            return languageFromCode(arguments.at(i + 1));
        if (argument.startsWith(option + QLatin1Char('=')))
            return languageFromCode(argument.mid(option.size() + 1));
    }
    return std::nullopt;
}

CommandLineResult parseCommandLine(const QStringList &arguments)
{
    CommandLineResult result;
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
        QCoreApplication::translate("CommandLine",
                                    "Validate the dataset FILE, print \"FILE: OK\" with its counts "
                                    "or every problem, and exit (status 1 on problems)."),
        QStringLiteral("file"));
    parser.addOption(checkOption);

    if (!parser.parse(arguments)) {
        result.exitNow = true;
        result.exitCode = 2;
        result.errorOutput = parser.errorText() + QLatin1Char('\n');
        return result;
    }
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
        result.exitNow = true;
        result.exitCode = 2;
        result.errorOutput = QCoreApplication::translate("CommandLine", "Unexpected argument: %1\n")
                                 .arg(parser.positionalArguments().constFirst());
        return result;
    }
    QString exportError;
    result.options.exportCommand = exportOptions.read(parser, &exportError);
    if (!exportError.isEmpty()) {
        result.exitNow = true;
        result.exitCode = 2;
        result.errorOutput = exportError;
        return result;
    }
    // --lang all: every language, for the commands that write one file per language.
    const bool exportsAll =
        result.options.exportCommand &&
        (result.options.exportCommand->mode == ExportCommand::Mode::ExportAll ||
         result.options.exportCommand->mode == ExportCommand::Mode::ExportFactsheet);
    if (exportsAll && parser.value(langOption) == QLatin1String("all")) {
        result.options.exportCommand->allLanguages = true;
    } else if (parser.isSet(langOption)) {
        result.options.language = languageFromCode(parser.value(langOption));
        if (!result.options.language) {
            result.exitNow = true;
            result.exitCode = 2;
            const QString message =
                exportsAll ? QCoreApplication::translate(
                                 "CommandLine", "Unknown language \"%1\": use en, fr, ar or all.\n")
                           : QCoreApplication::translate(
                                 "CommandLine", "Unknown language \"%1\": use en, fr or ar.\n");
            result.errorOutput = message.arg(parser.value(langOption));
            return result;
        }
    }
    result.options.dataFile = parser.value(dataOption);
    result.options.quitAfterFirstPaint = parser.isSet(firstPaintOption);
    result.options.checkFile = parser.value(checkOption);
    return result;
}

} // namespace sharaka
