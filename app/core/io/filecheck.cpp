// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/filecheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include <sys/stat.h>

namespace sharaka::FileCheck {

namespace {

QMutex protectedInputMutex;
QString protectedInputPath;

QString protectedInput()
{
    const QMutexLocker locker(&protectedInputMutex);
    return protectedInputPath;
}

} // namespace

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
    if (const QString input = protectedInput(); !input.isEmpty() && sameFile(path, input))
        return QCoreApplication::translate(
            "FileCheck", "is the dataset file being read; it is never replaced, choose another "
                         "file");
    return {};
}

bool sameFile(const QString &first, const QString &second)
{
    // stat() follows symbolic links; a hard link has the same inode.
    struct stat a
    {
    };
    struct stat b
    {
    };
    return ::stat(QFile::encodeName(first).constData(), &a) == 0 &&
           ::stat(QFile::encodeName(second).constData(), &b) == 0 && a.st_dev == b.st_dev &&
           a.st_ino == b.st_ino;
}

void setProtectedInput(const QString &path)
{
    const QMutexLocker locker(&protectedInputMutex);
    protectedInputPath = path;
}

} // namespace sharaka::FileCheck
