// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/headlessexport.h"

#include "charts/chartexporter.h"
#include "charts/exportbatch.h"
#include "cli/commandlinelanguage.h"
#include "cli/commandlinerun.h"
#include "cli/terminal.h"
#include "core/io/atomicfilewriter.h"
#include "core/io/chartcsv.h"
#include "factsheet/factsheetwriter.h"

#include <QCoreApplication>
#include <QDir>

namespace sharaka {

namespace {

HeadlessOutcome writeChartCsv(const Dataset &dataset, const QString &chartId, Language language,
                              const QString &path)
{
    HeadlessOutcome outcome;
    const QString error =
        AtomicFileWriter::write(path, ChartCsv::toCsv(dataset, chartId, language));
    if (error.isEmpty()) {
        outcome.output.append(QDir::toNativeSeparators(path));
    } else {
        outcome.exitCode = ExitCode::WriteFailed;
        outcome.errors.append(error);
    }
    return outcome;
}

} // namespace

HeadlessOutcome runExportCommand(const ExportCommand &command, const Dataset &dataset,
                                 Language language, const QString &datasetName)
{
    HeadlessOutcome outcome;
    if (command.mode == ExportCommand::Mode::ListCharts) {
        outcome.output = dataset.chartIds();
        return outcome;
    }
    // Saying so beats an empty folder and a success that wrote nothing.
    if (dataset.charts.isEmpty()) {
        outcome.exitCode = ExitCode::InvalidData;
        outcome.errors.append(
            QCoreApplication::translate("sharaka::ExportCommand",
                                        "%1: the dataset has no charts to export.")
                .arg(datasetName));
        return outcome;
    }

    if (command.mode == ExportCommand::Mode::ExportFactsheet) {
        const FactsheetWriter writer(dataset);
        const QList<Language> languages =
            command.allLanguages ? supportedLanguages() : QList<Language>{language};
        // Every language is tried: one file that cannot be written does not stop the others.
        for (const Language each : languages) {
            const QString path = command.allLanguages
                                     ? FactsheetWriter::pathForLanguage(command.target, each)
                                     : command.target;
            const QString error = writer.saveToFile(path, each, command.paper);
            if (error.isEmpty()) {
                outcome.output.append(QDir::toNativeSeparators(path));
            } else {
                outcome.exitCode = ExitCode::WriteFailed;
                outcome.errors.append(error);
            }
        }
        return outcome;
    }

    ExportOptions options;
    options.size = command.size;
    ExportBatch batch(dataset, command.format, options);
    if (command.mode == ExportCommand::Mode::ExportOne) {
        if (!dataset.chart(command.chartId)) {
            outcome.exitCode = ExitCode::Usage;
            outcome.errors.append(
                QCoreApplication::translate("sharaka::ExportCommand",
                                            "Unknown chart \"%1\"; the charts are: %2.")
                    .arg(command.chartId,
                         dataset.chartIds().join(QCoreApplication::translate(
                             "CommandLine", ", ",
                             "between the chart ids of a list; Arabic: an Arabic comma and a "
                             "left-to-right mark, so the Latin ids read as one run"))));
            return outcome;
        }
        if (command.csv)
            return writeChartCsv(dataset, command.chartId, language, command.target);
        batch.addChart(command.chartId, language, command.target);
    } else {
        batch.addAllCharts(command.target,
                           command.allLanguages ? supportedLanguages() : QList<Language>{language},
                           command.allLanguages);
    }

    // Every file is tried: one that cannot be written does not stop the others.
    batch.runAll([](qsizetype) { return true; },
                 [&](qsizetype index, const QString &error) {
                     if (error.isEmpty()) {
                         outcome.output.append(
                             QDir::toNativeSeparators(batch.jobs().at(index).path));
                     } else {
                         outcome.exitCode = ExitCode::WriteFailed;
                         if (!outcome.errors.contains(error))
                             outcome.errors.append(error);
                     }
                 });
    return outcome;
}

void useOffscreenPlatform()
{
    // Always, even when the user chose one: exports draw the same on every
    // platform, and xcb or wayland without a reachable display would abort.
    qputenv("QT_QPA_PLATFORM", "offscreen");
}

ExitCode runHeadless(const CommandLineResult &command)
{
    const CommandLineLanguage language(command.commandLineLanguage());
    const QString dataFile = command.options.dataFile;
    const LoadResult loaded = loadDatasetForCommandLine(dataFile, command.options.activity);
    if (!loaded.ok())
        return ExitCode::InvalidData;
    const HeadlessOutcome outcome = runExportCommand(
        *command.options.exportCommand, *loaded.dataset, command.commandLineLanguage(), dataFile);
    printLines(stdout, outcome.output);
    printLines(stderr, outcome.errors);
    return outcome.exitCode;
}

} // namespace sharaka
