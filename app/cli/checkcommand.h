// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/exitcode.h"
#include "core/io/datasetchoice.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace sharaka {

/// The report of `--check`: "FILE: OK (countries: 8, …)" on success, else
/// every problem one per line; warnings (unknown fields) follow either way.
struct CheckReport
{
    QStringList output; ///< lines for stdout
    QStringList errors; ///< lines for stderr
    ExitCode exitCode = ExitCode::Done;
};

/// Where `--check` writes, line by line as it goes.
struct CheckOutput
{
    std::function<void(const QString &line)> result;  ///< "FILE: OK (…)", for stdout
    std::function<void(const QString &line)> problem; ///< errors and warnings, for stderr
};

/// Validates the dataset @p path in the installed translation's language.
/// For an IATI file, @p activity picks one activity; without it, every
/// activity is checked and reported on its own line as it is read, none
/// kept, so memory is bounded by the largest activity. Problems are capped
/// at ProblemLog::MaxReported lines per file, then counted.
ExitCode checkDatasetFile(const QString &path, const DatasetChoice &activity,
                          const CheckOutput &output);
/// The same, collected into a report (for tests).
CheckReport checkDatasetFile(const QString &path, const DatasetChoice &activity = {});

/// `--convert FILE [--activity ID] --to TARGET`: writes the dataset in the
/// dashboard's own JSON format, atomically, and prints TARGET. InvalidData
/// when FILE does not load, WriteFailed when TARGET cannot be written.
CheckReport convertDatasetFile(const QString &path, const DatasetChoice &activity,
                               const QString &target);

} // namespace sharaka
