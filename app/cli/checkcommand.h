// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/datasetloader.h"

#include <QString>

namespace sharaka {

/// True when argv asks for `--check` or `--convert`, which read a file and need no
/// display: main() looks before any QApplication exists, so the check runs
/// on machines without a screen.
bool argumentsRequestCheck(int argc, char *argv[]);

/// The report of `--check`: "FILE: OK (countries: 8, …)" on success, else
/// every problem one per line; warnings (unknown fields) follow either way.
struct CheckReport
{
    QString output;      ///< for stdout
    QString errorOutput; ///< for stderr
    int exitCode = 0;
};

/// --check FILE [--activity ID]; an IATI file without ID reports each activity.
CheckReport checkDatasetFile(const QString &path, const QString &activity = {});
/// --convert FILE [--activity ID] --to TARGET: exit 0, 1 (invalid) or 3 (not written).
CheckReport convertDatasetFile(const QString &path, const QString &activity, const QString &target);

/// The whole `--check` mode: builds a QCoreApplication, parses the command
/// line, validates, prints, and returns the exit status.
int runCheckCommand(int argc, char *argv[]);

} // namespace sharaka
