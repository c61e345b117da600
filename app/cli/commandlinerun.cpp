// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/commandlinerun.h"

#include "cli/checkcommand.h"
#include "cli/commandlinelanguage.h"
#include "cli/datasetinput.h"
#include "cli/terminal.h"
#include "core/io/datasetloader.h"

#include <QCoreApplication>

#include <algorithm>

namespace sharaka {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("sharaka-dashboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHARAKA_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Sharaka Dashboard"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("sharaka-dashboard.example.org"));
}

bool windowSystemAvailable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    const bool x11 = !qEnvironmentVariableIsEmpty("DISPLAY");
    const bool wayland = !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    const QString platforms = qEnvironmentVariable("QT_QPA_PLATFORM");
    if (platforms.isEmpty())
        return x11 || wayland;
    // "wayland;xcb" tries each in turn; offscreen, vnc, eglfs… need no display.
    const QStringList names = platforms.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    return std::any_of(names.cbegin(), names.cend(), [x11, wayland](const QString &name) {
        if (name.startsWith(QLatin1String("xcb")))
            return x11;
        if (name.startsWith(QLatin1String("wayland")))
            return wayland;
        return true;
    });
#else
    return true;
#endif
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
        const CommandLineResult command = parseCommandLine(QCoreApplication::arguments());
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
    printLines(stderr, {QCoreApplication::translate(
                           "CommandLine",
                           "Cannot open the window: there is no display (DISPLAY and "
                           "WAYLAND_DISPLAY are not set); --check, --list-charts, --export and "
                           "--export-all work without one.")});
    return ExitCode::Usage;
}

LoadResult loadDatasetForCommandLine(const QString &dataFile, const DatasetChoice &activity)
{
    const LoadResult loaded =
        dataFile.isEmpty() ? DatasetLoader::loadEmbedded() : loadDatasetInput(dataFile, activity);
    // Fields this version does not know are ignored; say so, as --check does.
    printLines(stderr, loaded.errors + loaded.warnings);
    return loaded;
}

} // namespace sharaka
