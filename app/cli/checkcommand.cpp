// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/checkcommand.h"

#include "cli/commandline.h"
#include "cli/datasetinput.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstring>

namespace sharaka {

bool argumentsRequestCheck(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            return false;
        for (const char *name : {"--check", "--convert"}) {
            const std::size_t length = std::strlen(name);
            if (std::strncmp(argv[i], name, length) == 0 &&
                (argv[i][length] == '\0' || argv[i][length] == '='))
                return true;
        }
    }
    return false;
}

CheckReport checkDatasetFile(const QString &path, const QString &activity)
{
    const DatasetCheck check = checkDatasetInput(path, activity);
    CheckReport report;
    if (!check.output.isEmpty())
        report.output = check.output.join(QLatin1Char('\n')) + QLatin1Char('\n');
    if (!check.errors.isEmpty())
        report.errorOutput = check.errors.join(QLatin1Char('\n')) + QLatin1Char('\n');
    report.exitCode = check.ok ? 0 : 1;
    return report;
}

CheckReport convertDatasetFile(const QString &path, const QString &activity, const QString &target)
{
    const ConvertOutcome outcome = convertDatasetInput(path, activity, target);
    CheckReport report;
    if (!outcome.output.isEmpty())
        report.output = outcome.output.join(QLatin1Char('\n')) + QLatin1Char('\n');
    if (!outcome.errors.isEmpty())
        report.errorOutput = outcome.errors.join(QLatin1Char('\n')) + QLatin1Char('\n');
    switch (outcome.status) {
    case ConvertOutcome::Status::Done:
        report.exitCode = 0;
        break;
    case ConvertOutcome::Status::InvalidData:
        report.exitCode = 1;
        break;
    case ConvertOutcome::Status::WriteFailed:
        report.exitCode = 3;
        break;
    }
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
    } else if (!command.options.convertFile.isEmpty()) {
        report = convertDatasetFile(command.options.convertFile, command.options.activity,
                                    command.options.convertTarget);
    } else {
        report = checkDatasetFile(command.options.checkFile, command.options.activity);
    }
    std::fputs(report.output.toLocal8Bit().constData(), stdout);
    std::fputs(report.errorOutput.toLocal8Bit().constData(), stderr);
    return report.exitCode;
}

} // namespace sharaka
