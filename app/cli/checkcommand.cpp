// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/checkcommand.h"

#include "cli/datasetinput.h"
#include "core/io/atomicfilewriter.h"
#include "core/io/datasetsource.h"
#include "core/io/datasetwriter.h"
#include "core/io/iati/iatidatasetmapper.h"
#include "core/io/problemlog.h"

#include <QCoreApplication>
#include <QDir>

#include <optional>

namespace sharaka {

namespace {

/// Labels before the numbers avoid plural forms in this machine-readable
/// line; one arg() call, so a "%1" in the file name stays as it is.
QString okLine(const QString &place, const Dataset &data)
{
    return QCoreApplication::translate("CheckCommand",
                                       "%1: OK (countries: %2, indicators: %3, charts: %4, "
                                       "milestones: %5, sources: %6)")
        .arg(place, QString::number(data.countries.size()), QString::number(data.indicators.size()),
             QString::number(data.charts.size()), QString::number(data.milestones.size()),
             QString::number(data.sources.size()));
}

/// The one dataset @p activity names.
ExitCode checkOne(const QString &path, const DatasetChoice &activity, const CheckOutput &output)
{
    const LoadResult result = loadDatasetInput(path, activity);
    CappedLines problems(path, output.problem);
    problems.add(result.errors + result.warnings);
    problems.finish();
    if (!result.ok())
        return ExitCode::InvalidData;
    output.result(okLine(path, *result.dataset));
    return ExitCode::Done;
}

/// Every dataset of the file, one line each as it is read; a file of one
/// (JSON, or IATI of one activity) reads as that dataset, as --data shows it.
ExitCode checkEach(const QString &path, const CheckOutput &output)
{
    CappedLines problems(path, output.problem);
    bool ok = true;
    // The first line waits for the second activity, or for the end of a
    // file of one, which is then named as a whole ("FILE: OK").
    std::optional<QString> firstAsFile;
    std::optional<QString> firstAsActivity;
    const IatiCheckSummary summary =
        DatasetSource::forFile(path, path)
            ->checkEach([&](const QString &identifier, qint64 position, const LoadResult &result) {
                problems.add(result.errors + result.warnings);
                ok &= result.ok();
                if (position == 2 && firstAsActivity) {
                    output.result(*firstAsActivity);
                    firstAsActivity.reset();
                    firstAsFile.reset();
                }
                if (!result.ok())
                    return;
                const QString place = IatiDatasetMapper::activityPlace(path, identifier);
                if (position == 1) {
                    firstAsFile = okLine(path, *result.dataset);
                    firstAsActivity = okLine(place, *result.dataset);
                } else {
                    output.result(okLine(place, *result.dataset));
                }
            });
    problems.add(summary.warnings + summary.errors);
    problems.finish();
    // A file that turns out broken after its last activity is not "OK".
    if (!summary.errors.isEmpty())
        return ExitCode::InvalidData;
    if (firstAsFile)
        output.result(*firstAsFile);
    return ok ? ExitCode::Done : ExitCode::InvalidData;
}

} // namespace

ExitCode checkDatasetFile(const QString &path, const DatasetChoice &activity,
                          const CheckOutput &output)
{
    return activity.isEmpty() ? checkEach(path, output) : checkOne(path, activity, output);
}

CheckReport checkDatasetFile(const QString &path, const DatasetChoice &activity)
{
    CheckReport report;
    report.exitCode =
        checkDatasetFile(path, activity,
                         {[&report](const QString &line) { report.output.append(line); },
                          [&report](const QString &line) {
                              report.errors.append(line);
                          }});
    return report;
}

CheckReport convertDatasetFile(const QString &path, const DatasetChoice &activity,
                               const QString &target)
{
    const LoadResult loaded = loadDatasetInput(path, activity);
    CheckReport report;
    report.errors = loaded.errors + loaded.warnings;
    if (!loaded.ok()) {
        report.exitCode = ExitCode::InvalidData;
        return report;
    }
    const QString error = AtomicFileWriter::write(target, DatasetWriter::toJson(*loaded.dataset));
    if (!error.isEmpty()) {
        report.errors.append(error);
        report.exitCode = ExitCode::WriteFailed;
        return report;
    }
    report.output.append(QDir::toNativeSeparators(target));
    return report;
}

} // namespace sharaka
