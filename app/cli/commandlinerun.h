// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/commandline.h"
#include "core/io/loadresult.h"

namespace sharaka {

/// Names, version and organisation of the program, for whichever application
/// object a mode creates (settings and --version read them).
void setApplicationIdentity();

/// False when the window could not be shown: neither an X11 nor a Wayland
/// display for the platform chosen (or for any, when none is). Qt would
/// abort the program.
bool windowSystemAvailable();

/// The modes that need no window system: prints --help, --version or the
/// usage error, runs --check, or says in one line that the window needs a
/// display. Creates a QCoreApplication in the command line's language.
/// @p scan is the pre-scan of main()'s arguments.
ExitCode runWithoutWindowSystem(int &argc, char **argv, const CommandLineResult &scan);

/// Loads the dataset of --data (else the embedded one) and prints its
/// problems and warnings in the command line's language.
LoadResult loadDatasetForCommandLine(const QString &dataFile, const DatasetChoice &activity = {});

} // namespace sharaka
