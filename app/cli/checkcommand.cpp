// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/checkcommand.h"

#include "cli/datasetinput.h"
#include "core/io/atomicfilewriter.h"
#include "core/io/datasetloader.h"
#include "core/io/datasetwriter.h"
#include "core/io/filecheck.h"
#include "core/io/iati/iatiactivityloader.h"
#include "core/io/iati/iatidatasetmapper.h"

#include <QCoreApplication>
#include <QDir>

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

/// Every activity of an IATI file, one line each; a file of one activity
/// reads as its dataset, as --data shows it.
CheckReport checkEveryActivity(const QString &path)
{
    CheckReport report;
    QStringList fileErrors;
    const QList<IatiActivityCheck> activities =
        IatiActivityLoader(path, path).checkAll(&fileErrors);
    report.errors = fileErrors;
    bool ok = fileErrors.isEmpty();
    for (const IatiActivityCheck &activity : activities) {
        report.errors += activity.result.errors + activity.result.warnings;
        ok &= activity.result.ok();
        if (activity.result.ok()) {
            const QString place = activities.size() == 1
                                      ? path
                                      : IatiDatasetMapper::activityPlace(path, activity.identifier);
            report.output.append(okLine(place, *activity.result.dataset));
        }
    }
    report.exitCode = ok ? ExitCode::Done : ExitCode::InvalidData;
    return report;
}

} // namespace

CheckReport checkDatasetFile(const QString &path, const QString &activity)
{
    if (activity.isEmpty() && IatiActivityLoader::isXmlFile(path))
        return checkEveryActivity(path);
    const LoadResult result = loadDatasetInput(path, activity);
    CheckReport report;
    report.errors = result.errors + result.warnings;
    if (!result.ok()) {
        report.exitCode = ExitCode::InvalidData;
        return report;
    }
    report.output.append(okLine(path, *result.dataset));
    return report;
}

CheckReport convertDatasetFile(const QString &path, const QString &activity, const QString &target)
{
    CheckReport report;
    // One activity of a file written over that file would lose all the others.
    if (FileCheck::sameFile(path, target)) {
        report.errors.append(
            QCoreApplication::translate("CheckCommand",
                                        "%1: --to names the file being converted (%2); "
                                        "write the conversion to another file.")
                .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(path)));
        report.exitCode = ExitCode::Usage;
        return report;
    }
    FileCheck::setProtectedInput(path);
    const LoadResult loaded = loadDatasetInput(path, activity);
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
