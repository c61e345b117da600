// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sharaka {

/// The text layer of the PDFs the program writes (chart exports, the
/// factsheet, print to file), made searchable after Qt has written them.
///
/// Qt maps each embedded glyph to the character the font's cmap gives it:
/// shaped Arabic reads back as presentation forms ("ﺷﺮاﻛﺔ", which a search
/// for شراكة does not find) and its marks split words. This rewrites each
/// font's /ToUnicode map (ToUnicodeMap::makeSearchable) with qpdf and leaves
/// everything else as Qt wrote it. Every PDF writer passes through here.
///
/// qpdf lives in the sharaka_pdftext module (pdftextmodule.h), loaded on the
/// first PDF; when it cannot be loaded, every PDF fails with Qt's message
/// naming the module's path.
class PdfTextLayer final
{
    Q_DECLARE_TR_FUNCTIONS(sharaka::PdfTextLayer)

public:
    /// @p pdf with a searchable text layer: the same bytes when nothing
    /// needed mapping (Latin text only), empty with @p error set when the
    /// PDF could not be read or written.
    static QByteArray searchable(const QByteArray &pdf, QString *error = nullptr);

    /// searchable() on the file at @p path, replaced atomically. Empty on
    /// success, else "Cannot write PATH: REASON".
    static QString makeFileSearchable(const QString &path);
};

} // namespace sharaka
