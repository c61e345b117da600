// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/exitcode.h"
#include "cli/exportcommand.h"
#include "core/io/datasetchoice.h"
#include "core/language.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace sharaka {

/// What the command line asked for. Parsing knows nothing of windows, so the
/// same options drive the window and the headless modes.
struct CommandLineOptions
{
    std::optional<Language> language; ///< --lang; unset: see commandLineLanguage()
    QString dataFile;                 ///< --data FILE; empty means the embedded dataset
    bool quitAfterFirstPaint = false;
    std::optional<ExportCommand> exportCommand; ///< set for the headless modes
    QString checkFile; ///< --check FILE: validate only, print the result, exit
    /// --activity ID and --activity-index N: the activity of an IATI file
    /// for --data, --check, --convert
    DatasetChoice activity;
    QString convertFile;   ///< --convert FILE: write it in the dashboard's format, exit
    QString convertTarget; ///< --to FILE, for --convert
};

/// What the program does for a command line, and so which application
/// object (and window system) it needs.
enum class Invocation {
    Message,  ///< --help, --version or a usage error: print and exit, no window system
    Check,    ///< --check FILE: no window system
    Headless, ///< --list-charts, --export, --export-all: offscreen, no display
    Window,   ///< the dashboard window: a display
};

/// Outcome of parsing: options, or a message to print and exit with (help,
/// version or a usage error).
struct CommandLineResult
{
    CommandLineOptions options;
    bool exitNow = false;
    ExitCode exitCode = ExitCode::Done;
    QString output;     ///< --help or --version text for stdout, with its line ends
    QString usageError; ///< one line for stderr, without its line end

    Invocation invocation() const;

    /// The language the command line speaks and exports in: --lang, else the
    /// system's when it is French or Arabic, else English. Never the language
    /// last chosen in the window, so that scripts give the same output for
    /// every user of a machine.
    Language commandLineLanguage() const;
};

/// Parses @p arguments (argv as strings, program name first). Needs no
/// application object, so main() can find every usage error before choosing
/// one; with a translator installed, the messages are in its language.
CommandLineResult parseCommandLine(const QStringList &arguments);

/// argv as main() received it, decoded as Qt decodes it.
QStringList argumentsOf(int argc, const char *const *argv);

} // namespace sharaka
