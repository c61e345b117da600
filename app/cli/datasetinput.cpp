// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/datasetinput.h"

#include "charts/chartexporter.h"
#include "core/datasetwriter.h"
#include "core/iatiactivityloader.h"
#include "core/iatidatasetmapper.h"

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

} // namespace

LoadResult loadDatasetInput(const QString &path, const QString &activity)
{
    if (!activity.isEmpty() && IatiActivityLoader::isXmlFile(path))
        return IatiActivityLoader(path, path).load(activity);
    return DatasetLoader::loadFile(path);
}

DatasetCheck checkDatasetInput(const QString &path, const QString &activity)
{
    DatasetCheck check;
    if (activity.isEmpty() && IatiActivityLoader::isXmlFile(path)) {
        QStringList fileErrors;
        const QList<IatiActivityCheck> activities =
            IatiActivityLoader(path, path).checkAll(&fileErrors);
        check.errors = fileErrors;
        check.ok = fileErrors.isEmpty();
        // One activity is the file's dataset, as --data shows it.
        const bool single = activities.size() == 1;
        for (const IatiActivityCheck &one : activities) {
            check.errors += one.result.errors + one.result.warnings;
            check.ok &= one.result.ok();
            if (one.result.ok()) {
                check.output.append(
                    okLine(single ? path : IatiDatasetMapper::activityPlace(path, one.identifier),
                           *one.result.dataset));
            }
        }
        return check;
    }
    const LoadResult result = loadDatasetInput(path, activity);
    check.errors = result.errors + result.warnings;
    check.ok = result.ok();
    if (check.ok)
        check.output.append(okLine(path, *result.dataset));
    return check;
}

ConvertOutcome convertDatasetInput(const QString &path, const QString &activity,
                                   const QString &target)
{
    ConvertOutcome outcome;
    const LoadResult loaded = loadDatasetInput(path, activity);
    outcome.errors = loaded.errors + loaded.warnings;
    if (!loaded.ok()) {
        outcome.status = ConvertOutcome::Status::InvalidData;
        return outcome;
    }
    const QString error =
        ChartExporter::writeAtomically(target, DatasetWriter::toJson(*loaded.dataset));
    if (!error.isEmpty()) {
        outcome.errors.append(error);
        outcome.status = ConvertOutcome::Status::WriteFailed;
        return outcome;
    }
    outcome.output.append(target);
    return outcome;
}

} // namespace sharaka
