// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/exportcommand.h"
#include "core/dataset.h"

#include <QStringList>

namespace sharaka {

/// Exit statuses of the headless modes (1, an invalid dataset, is main()'s).
enum HeadlessExitCode { ExitDone = 0, ExitUsage = 2, ExitWriteFailed = 3 };

/// What a headless command printed and how it ended; main() sends the lines
/// to stdout and stderr.
struct HeadlessOutcome
{
    int exitCode = ExitDone;
    QStringList output; ///< results only: chart ids, written files
    QStringList errors; ///< each names the path and the reason
};

/// Runs @p command on @p dataset in @p language (ignored with --lang all).
HeadlessOutcome runExportCommand(const ExportCommand &command, const Dataset &dataset,
                                 Language language);

} // namespace sharaka
