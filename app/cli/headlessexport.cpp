// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/headlessexport.h"

#include "charts/chartexporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <filesystem>
#include <system_error>

namespace sharaka {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

} // namespace

QString createFolder(const QString &path)
{
    // std::filesystem reports why creating failed; QDir::mkpath only that it did.
    std::error_code error;
    const std::filesystem::path native(QDir::toNativeSeparators(path).toStdU16String());
    std::filesystem::create_directories(native, error);
    if (!error && QFileInfo(path).isDir())
        return {};
    const QString reason = error ? QString::fromLocal8Bit(error.message().c_str())
                                 : translate("a file of that name is in the way");
    return translate("Cannot create the folder %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

HeadlessOutcome runExportCommand(const ExportCommand &command, const Dataset &dataset,
                                 Language language)
{
    HeadlessOutcome outcome;
    if (command.mode == ExportCommand::Mode::ListCharts) {
        outcome.output = dataset.chartIds();
        return outcome;
    }

    QStringList chartIds = dataset.chartIds();
    if (command.mode == ExportCommand::Mode::ExportOne) {
        if (!dataset.chart(command.chartId)) {
            outcome.exitCode = ExitUsage;
            outcome.errors.append(translate("Unknown chart \"%1\"; the charts are: %2.")
                                      .arg(command.chartId, chartIds.join(QStringLiteral(", "))));
            return outcome;
        }
        chartIds = {command.chartId};
    }

    const ChartExporter exporter(dataset);
    ExportOptions options;
    options.size = command.size;
    const QList<Language> languages =
        command.allLanguages ? supportedLanguages() : QList<Language>{language};
    for (Language current : languages) {
        QString folder;
        if (command.mode == ExportCommand::Mode::ExportAll) {
            folder = command.target;
            if (command.allLanguages)
                folder = QDir(folder).filePath(languageCode(current));
            if (const QString error = createFolder(folder); !error.isEmpty()) {
                outcome.exitCode = ExitWriteFailed;
                outcome.errors.append(error);
                return outcome;
            }
        }
        for (const QString &chartId : std::as_const(chartIds)) {
            const QString path = folder.isEmpty()
                                     ? command.target
                                     : QDir(folder).filePath(chartId + QLatin1Char('.') +
                                                             exportFormatSuffix(command.format));
            const QString error =
                exporter.saveToFile(chartId, current, command.format, path, options);
            if (error.isEmpty()) {
                outcome.output.append(QDir::toNativeSeparators(path));
            } else {
                outcome.exitCode = ExitWriteFailed;
                outcome.errors.append(error);
            }
        }
    }
    return outcome;
}

} // namespace sharaka
