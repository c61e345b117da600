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
CheckReport checkDatasetFile(const QString &path);

} // namespace sharaka
