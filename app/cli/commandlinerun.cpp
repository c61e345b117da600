// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/commandlinerun.h"

#include "cli/checkcommand.h"
#include "cli/commandlinelanguage.h"
#include "cli/datasetinput.h"
#include "cli/displayprobe.h"
#include "cli/terminal.h"
#include "core/io/datasetloader.h"
#include "core/io/filecheck.h"

#include <QCoreApplication>

namespace sharaka {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("sharaka-dashboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHARAKA_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Sharaka Dashboard"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("sharaka-dashboard.example.org"));
}

ExitCode runWithoutWindowSystem(int &argc, char **argv, const CommandLineResult &scan)
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    const CommandLineLanguage language(scan.commandLineLanguage());

    switch (scan.invocation()) {
    case Invocation::Message: {
        // Parsed again now that the translators are in: the same result,
        // with --help and the usage error in the command line's language.
        const CommandLineResult command = scanCommandLine(argc, argv);
        printText(stdout, command.output);
        if (!command.usageError.isEmpty())
            printLines(stderr, {command.usageError});
        return command.exitCode;
    }
    case Invocation::Check: {
        if (scan.options.convertFile.isEmpty()) {
            // Printed as it goes: a file of many activities is never held whole.
            return checkDatasetFile(scan.options.checkFile, scan.options.activity,
                                    {[](const QString &line) { printLines(stdout, {line}); },
                                     [](const QString &line) {
                                         printLines(stderr, {line});
                                     }});
        }
        const CheckReport report = convertDatasetFile(
            scan.options.convertFile, scan.options.activity, scan.options.convertTarget);
        printLines(stdout, report.output);
        printLines(stderr, report.errors);
        return report.exitCode;
    }
    case Invocation::Window:
    case Invocation::Headless:
        break;
    }
    printLines(stderr, {DisplayProbe::problem()});
    return ExitCode::Usage;
}

LoadResult loadDatasetForCommandLine(const QString &dataFile, const DatasetChoice &activity)
{
    // No export of this run may replace the dataset it reads.
    FileCheck::setProtectedInput(dataFile);
    const LoadResult loaded =
        dataFile.isEmpty() ? DatasetLoader::loadEmbedded() : loadDatasetInput(dataFile, activity);
    // Fields this version does not know are ignored; say so, as --check does.
    printLines(stderr, loaded.errors + loaded.warnings);
    return loaded;
}

} // namespace sharaka
