// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/dataset.h"
#include "core/factsheetpaper.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QPageSize>
#include <QString>

#include <optional>

class QPagedPaintDevice;

namespace sharaka {

QPageSize factsheetPageSize(FactsheetPaper paper);

/// Writes the factsheet of a dataset: a designed page (more when the data
/// is long) in one language, as a PDF file with real text, embedded fonts,
/// clickable source links and its title, subject, language and creator; or
/// onto a printer. No dialogs: the window, the command line and the tests
/// call it directly.
class FactsheetWriter final
{
    Q_DECLARE_TR_FUNCTIONS(sharaka::FactsheetWriter)

public:
    static constexpr int LayoutDpi = 96;

    /// @p dataset must outlive the writer.
    explicit FactsheetWriter(const Dataset &dataset);

    /// The date printed in the footer; today unless set.
    void setMadeOn(const QDate &date) { m_madeOn = date; }

    /// The PDF file's bytes; empty with @p error set when drawing failed.
    QByteArray pdf(Language language, FactsheetPaper paper, QString *error = nullptr) const;

    /// Writes the PDF to @p path atomically: empty on success, else "Cannot
    /// write PATH: REASON". Only a regular file (or nothing) at @p path is replaced.
    QString saveToFile(const QString &path, Language language, FactsheetPaper paper) const;

    /// Paints the pages onto @p device (a printer), in its page layout. The
    /// device must be at LayoutDpi (QPrinter::setResolution), the resolution
    /// the charts lay their text out at. Returns the number of pages, 0 when
    /// the device could not be painted on.
    int paint(QPagedPaintDevice &device, Language language) const;

    /// "FILE-en.pdf" beside "FILE.pdf": the file of one language when all are written.
    static QString pathForLanguage(const QString &path, Language language);

private:
    const Dataset &m_dataset;
    QDate m_madeOn;
};

} // namespace sharaka
