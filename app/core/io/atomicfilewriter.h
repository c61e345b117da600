// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace sharaka {

/// Writes whole files so that a failure never leaves half a file behind nor
/// clobbers what was there: every file the program writes (charts, CSV,
/// datasets, factsheets) goes through here.
class AtomicFileWriter final
{
    Q_DECLARE_TR_FUNCTIONS(sharaka::AtomicFileWriter)

public:
    /// Writes @p bytes to @p path through QSaveFile. Empty on success, else
    /// "Cannot write PATH: REASON". Only a regular file (or nothing) at
    /// @p path is replaced; a symbolic link is written through.
    static QString write(const QString &path, const QByteArray &bytes);

    /// Writes all of @p bytes to @p device; empty on success, else the
    /// device's reason (a full disk is reported, not swallowed).
    static QString writeAll(QIODevice &device, const QByteArray &bytes);
};

} // namespace sharaka
