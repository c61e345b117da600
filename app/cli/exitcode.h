// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace sharaka {

/// The exit statuses of the program, documented in the README: scripts tell
/// a bad dataset from a bad command line from a full disk by them alone.
enum class ExitCode : int {
    Done = 0,
    InvalidData = 1, ///< the dataset does not load, or has nothing to export
    Usage = 2,       ///< unknown or conflicting options, or no display for the window
    WriteFailed = 3, ///< a file could not be written
};

/// The status main() returns.
constexpr int exitStatus(ExitCode code)
{
    return static_cast<int>(code);
}

} // namespace sharaka
