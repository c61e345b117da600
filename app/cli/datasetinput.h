// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/datasetloader.h"

#include <QString>
#include <QStringList>

namespace sharaka {

/// A dataset file named on the command line (--data, --check, --convert):
/// the dashboard's JSON, or an IATI activity file, of which @p activity (an
/// iati-identifier) picks one activity; empty for a file of one activity.
LoadResult loadDatasetInput(const QString &path, const QString &activity);

/// What --check reports for a dataset file.
struct DatasetCheck
{
    QStringList output; ///< "FILE: OK (countries: …)" lines
    QStringList errors; ///< problems, then warnings
    bool ok = true;
};

/// Checks @p path: a JSON dataset or one IATI activity gives one "OK" line;
/// an IATI file without @p activity gives one line per activity
/// ("FILE: activity \"ID\": OK (…)"), and is ok when every activity is.
DatasetCheck checkDatasetInput(const QString &path, const QString &activity);

/// `--convert FILE [--activity ID] --to OUT` writes the dataset in the
/// dashboard's own JSON format (atomically). Output: OUT on success.
struct ConvertOutcome
{
    QStringList output;
    QStringList errors;
    enum class Status { Done, InvalidData, WriteFailed } status = Status::Done;
};
ConvertOutcome convertDatasetInput(const QString &path, const QString &activity,
                                   const QString &target);

} // namespace sharaka
