// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace sharaka {

/// What a path names, decided without opening it: opening a FIFO blocks until
/// someone writes to it, and a device can be endless. Only regular files (or
/// symbolic links to one) are read or replaced, everywhere in the program.
namespace FileCheck {

/// Empty when @p path names a regular file or a symbolic link to one;
/// otherwise why it is not read, translated, without the file name
/// ("file does not exist", "is a folder, not a dataset file", "is not a
/// regular file…"). Permissions are left to open(), which names the reason.
QString readProblem(const QString &path);

/// True when @p path is a regular file (or a link to one) that may be opened
/// for reading: for the window's Open Recent, the file watcher and the loader.
bool isReadableRegularFile(const QString &path);

/// Empty when a regular file may be written at @p path: nothing is there yet,
/// or a regular file or a symbolic link to one is; otherwise why not,
/// translated, without the file name. For exporters, before they write.
/// The file given to setProtectedInput() is refused too.
QString writeProblem(const QString &path);

/// True when @p first and @p second name the same existing file, through
/// any symbolic link or hard link (same device and inode).
bool sameFile(const QString &first, const QString &second);

/// The dataset file being read (the window's open file, --convert's input),
/// which writeProblem() then refuses under any of its names, so that no
/// export or conversion replaces its own input. Empty: none. Thread-safe.
void setProtectedInput(const QString &path);

} // namespace FileCheck

} // namespace sharaka
