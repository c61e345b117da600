// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/filecheck.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sharaka::FileCheck {

// QFileInfo stats the path (following symbolic links) without opening it;
// isFile() is true only for regular files, not for FIFOs, sockets or devices.

QString readProblem(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return QCoreApplication::translate("FileCheck", "file does not exist");
    if (info.isDir())
        return QCoreApplication::translate("FileCheck", "is a folder, not a dataset file");
    if (!info.isFile())
        return QCoreApplication::translate(
            "FileCheck",
            "is not a regular file (a pipe, socket or device); only regular files are read");
    return {};
}

bool isReadableRegularFile(const QString &path)
{
    return readProblem(path).isEmpty() && QFileInfo(path).isReadable();
}

QString writeProblem(const QString &path)
{
    const QFileInfo info(path);
    // A dangling symbolic link does not "exist"; writing through it would
    // create a file wherever it points, so it is refused too.
    if (!info.exists()) {
        if (info.isSymLink())
            return QCoreApplication::translate("FileCheck",
                                               "is a symbolic link to a file that does not exist");
        return {};
    }
    if (info.isDir())
        return QCoreApplication::translate("FileCheck", "is a folder");
    if (!info.isFile())
        return QCoreApplication::translate(
            "FileCheck",
            "is not a regular file (a pipe, socket or device); only regular files are written");
    return {};
}

} // namespace sharaka::FileCheck
