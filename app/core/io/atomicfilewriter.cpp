// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/atomicfilewriter.h"

#include "core/io/filecheck.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace sharaka {

QString AtomicFileWriter::write(const QString &path, const QByteArray &bytes)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    // A FIFO, socket or device is refused without being opened, where
    // QSaveFile would replace it. A folder is left to QSaveFile's own message.
    if (!QFileInfo(path).isDir()) {
        if (const QString problem = FileCheck::writeProblem(path); !problem.isEmpty())
            return tr("Cannot write %1: %2").arg(shownPath, problem);
    }
    QSaveFile file(path);
    // Unbuffered, so that a full disk fails a write() here, with its reason,
    // rather than a flush inside commit() that QSaveFile does not report.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return tr("Cannot write %1: %2").arg(shownPath, file.errorString());
    if (const QString reason = writeAll(file, bytes); !reason.isEmpty()) {
        file.cancelWriting();
        return tr("Cannot write %1: %2").arg(shownPath, reason);
    }
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(shownPath, file.errorString());
    return {};
}

QString AtomicFileWriter::writeAll(QIODevice &device, const QByteArray &bytes)
{
    // A write cut short by a full disk returns what fitted and sets no error;
    // the next one fails with the system's reason ("No space left on device").
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 count = device.write(bytes.constData() + written, bytes.size() - written);
        if (count <= 0)
            return device.errorString();
        written += count;
    }
    return {};
}

} // namespace sharaka
