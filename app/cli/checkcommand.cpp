// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/checkcommand.h"

#include "core/datasetloader.h"

#include <QCoreApplication>

namespace sharaka {

CheckReport checkDatasetFile(const QString &path)
{
    const LoadResult result = DatasetLoader::loadFile(path);
    CheckReport report;
    report.errors = result.errors + result.warnings;
    if (!result.ok()) {
        report.exitCode = ExitCode::InvalidData;
        return report;
    }
    const Dataset &data = *result.dataset;
    // Labels before the numbers avoid plural forms in this machine-readable
    // line; one arg() call, so a "%1" in the file name stays as it is.
    report.output.append(
        QCoreApplication::translate("CheckCommand",
                                    "%1: OK (countries: %2, indicators: %3, charts: %4, "
                                    "milestones: %5, sources: %6)")
            .arg(path, QString::number(data.countries.size()),
                 QString::number(data.indicators.size()), QString::number(data.charts.size()),
                 QString::number(data.milestones.size()), QString::number(data.sources.size())));
    return report;
}

} // namespace sharaka
