// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

namespace sharaka {

/// The formats a dataset file can be in. The one place that tells them apart
/// is detectFormat(): the loader, the window (Open, drop, Reload) and the
/// command line all ask it, so that a file opens the same way everywhere.
enum class DatasetFormat {
    Json,    ///< the dashboard's own format; also anything unrecognised, so
             ///< that the JSON reader names the first wrong byte
    IatiXml, ///< an IATI activity file (XML in UTF-8 or UTF-16)
};

/// How many first bytes detectFormat() needs.
constexpr qsizetype FormatHeadBytes = 512;

/// The format of a file that starts with @p head: XML when its first
/// character that is not white space is "<", in UTF-8 (with or without a
/// byte-order mark) or UTF-16 (with a byte-order mark, or without one when
/// the first character is "<"); JSON otherwise.
DatasetFormat detectFormat(const QByteArray &head);

/// The format of the file at @p path, from its first bytes. A path that is
/// not a readable regular file counts as JSON; the loader then says why it
/// cannot be read. Never opens a FIFO or a device.
DatasetFormat detectFileFormat(const QString &path);

/// Whether a dropped or chosen file is worth trying: a regular file whose
/// name ends in .json or .xml (any case), or whose first bytes are XML.
bool isDatasetFile(const QString &path);

} // namespace sharaka
