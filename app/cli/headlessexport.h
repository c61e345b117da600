// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/commandline.h"
#include "cli/exitcode.h"
#include "cli/exportcommand.h"
#include "core/dataset.h"

#include <QStringList>

namespace sharaka {

/// What a headless command printed and how it ended; main() sends the lines
/// to stdout and stderr.
struct HeadlessOutcome
{
    ExitCode exitCode = ExitCode::Done;
    QStringList output; ///< results only: chart ids, written files
    QStringList errors; ///< each names the path and the reason
};

/// Runs @p command on @p dataset in @p language (ignored with --lang all).
/// @p datasetName names the dataset in messages (its file).
HeadlessOutcome runExportCommand(const ExportCommand &command, const Dataset &dataset,
                                 Language language, const QString &datasetName = QString());

/// --list-charts, --export and --export-all, inside a QApplication on the
/// offscreen platform (see useOffscreenPlatform()).
ExitCode runHeadless(const CommandLineResult &command);

/// Selects the offscreen platform before the QApplication of a headless mode
/// exists, whatever the user chose: exports never need a display.
void useOffscreenPlatform();

} // namespace sharaka
