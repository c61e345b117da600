// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "charts/exportformat.h"
#include "core/dataset.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace sharaka {

/// Renders the charts of a dataset into PNG, JPEG, SVG and PDF files laid
/// out for the requested size, and writes them atomically. No dialogs: the
/// window, the command line and the tests all call this class directly.
class ChartExporter final
{
    Q_DECLARE_TR_FUNCTIONS(sharaka::ChartExporter)

public:
    /// @p dataset must outlive the exporter.
    explicit ChartExporter(const Dataset &dataset);

    /// The file contents, or an error message when rendering failed.
    struct Encoded
    {
        QByteArray bytes;
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    /// Renders chart @p chartId in @p language as @p format.
    Encoded encode(const QString &chartId, Language language, ExportFormat format,
                   const ExportOptions &options) const;

    /// Renders and writes @p path. Returns an empty string on success, else
    /// a message naming the path and the reason; a failed write leaves no
    /// partial file and leaves an existing file at @p path untouched.
    QString saveToFile(const QString &chartId, Language language, ExportFormat format,
                       const QString &path, const ExportOptions &options) const;

    /// The chart as an image of exactly options.size pixels; a null image for
    /// an unknown chart id.
    QImage renderImage(const QString &chartId, Language language,
                       const ExportOptions &options) const;

    /// Writes @p bytes to @p path through QSaveFile. Empty on success, else the
    /// message "Cannot write PATH: REASON".
    static QString writeAtomically(const QString &path, const QByteArray &bytes);

    /// "Sharaka Dashboard 1.0.0", written into every file's metadata.
    static QString softwareName();

private:
    const Dataset &m_dataset;
};

} // namespace sharaka
