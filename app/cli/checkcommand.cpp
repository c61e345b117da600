// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/checkcommand.h"

#include "cli/commandline.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstring>

namespace sharaka {

bool argumentsRequestCheck(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            return false;
        if (std::strcmp(argv[i], "--check") == 0 || std::strncmp(argv[i], "--check=", 8) == 0)
            return true;
    }
    return false;
}

CheckReport checkDatasetFile(const QString &path)
{
    const LoadResult result = DatasetLoader::loadFile(path);
    CheckReport report;
    QStringList problems = result.errors;
    problems += result.warnings;
    if (!problems.isEmpty())
        report.errorOutput = problems.join(QLatin1Char('\n')) + QLatin1Char('\n');
    if (!result.ok()) {
        report.exitCode = 1;
        return report;
    }
    const Dataset &data = *result.dataset;
    // Labels before the numbers avoid plural forms in this machine-readable line.
    report.output = QCoreApplication::translate(
                        "CheckCommand", "%1: OK (countries: %2, indicators: %3, charts: %4, "
                                        "milestones: %5, sources: %6)\n")
                        .arg(path)
                        .arg(data.countries.size())
                        .arg(data.indicators.size())
                        .arg(data.charts.size())
                        .arg(data.milestones.size())
                        .arg(data.sources.size());
    return report;
}

int runCheckCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sharaka-dashboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHARAKA_VERSION));

    const CommandLineResult command = parseCommandLine(QCoreApplication::arguments());
    CheckReport report;
    if (command.exitNow) {
        report.output = command.output;
        report.errorOutput = command.errorOutput;
        report.exitCode = command.exitCode;
    } else {
        report = checkDatasetFile(command.options.checkFile);
    }
    std::fputs(report.output.toLocal8Bit().constData(), stdout);
    std::fputs(report.errorOutput.toLocal8Bit().constData(), stderr);
    return report.exitCode;
}

} // namespace sharaka
