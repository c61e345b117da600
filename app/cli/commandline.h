// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/exportcommand.h"
#include "core/language.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace sharaka {

/// What the command line asked for. Parsing knows nothing of windows, so the
/// same options drive the window and the headless modes.
struct CommandLineOptions
{
    std::optional<Language> language; ///< --lang; unset means the saved or system language
    QString dataFile;                 ///< --data FILE; empty means the embedded dataset
    bool quitAfterFirstPaint = false;
    std::optional<ExportCommand> exportCommand; ///< set for the headless modes
    QString checkFile; ///< --check FILE: validate only, print the result, exit
    QString
        activity; ///< --activity ID: the activity of an IATI file for --data, --check, --convert
    QString convertFile;   ///< --convert FILE: write it in the dashboard's format, exit
    QString convertTarget; ///< --to FILE, for --convert
};

/// Outcome of parsing: options, or an exit with a message (help, version or
/// a usage error), following the exit codes of the command line (2 = usage).
struct CommandLineResult
{
    CommandLineOptions options;
    bool exitNow = false;
    int exitCode = 0;
    QString output;      ///< for stdout
    QString errorOutput; ///< for stderr
};

/// The language named by --lang in @p arguments, looked for before parsing so
/// that --help and usage errors already speak it; nullopt when absent or unknown.
std::optional<Language> requestedLanguage(const QStringList &arguments);

/// Parses @p arguments (argv as strings, program name first).
CommandLineResult parseCommandLine(const QStringList &arguments);

} // namespace sharaka
