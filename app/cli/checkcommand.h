// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/exitcode.h"

#include <QString>
#include <QStringList>

namespace sharaka {

/// The report of `--check`: "FILE: OK (countries: 8, …)" on success, else
/// every problem one per line; warnings (unknown fields) follow either way.
struct CheckReport
{
    QStringList output; ///< lines for stdout
    QStringList errors; ///< lines for stderr
    ExitCode exitCode = ExitCode::Done;
};

/// Validates the dataset @p path in the installed translation's language.
/// For an IATI file, @p activity (an iati-identifier) picks one activity;
/// without it, every activity is checked and reported on its own line.
CheckReport checkDatasetFile(const QString &path, const QString &activity = {});

/// `--convert FILE [--activity ID] --to TARGET`: writes the dataset in the
/// dashboard's own JSON format, atomically, and prints TARGET. InvalidData
/// when FILE does not load, WriteFailed when TARGET cannot be written.
CheckReport convertDatasetFile(const QString &path, const QString &activity, const QString &target);

} // namespace sharaka
