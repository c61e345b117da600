// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

#include <cstdio>

namespace sharaka {

/// Prints each of @p lines on a line of its own. Lines quote file names and
/// text from datasets, so their control characters are escaped: a file
/// cannot clear the terminal or slip in a line of its own.
void printLines(std::FILE *stream, const QStringList &lines);

/// Routes Qt's own warnings (which may quote a file name or a text from a
/// file) through printLines(), so they are escaped too.
void escapeQtMessages();

/// Until releaseQtMessages(), Qt's messages are held back, and a fatal one
/// (the platform plugin could not open a display) prints @p fatalLine alone
/// and ends the program with status 2 instead of Qt's abort. Around the
/// window's QApplication, after escapeQtMessages().
void holdQtMessagesWhileStarting(const QString &fatalLine);

/// Prints the messages held since holdQtMessagesWhileStarting().
void releaseQtMessages();

/// Prints the program's own text (--help, --version) as it is.
void printText(std::FILE *stream, const QString &text);

} // namespace sharaka
