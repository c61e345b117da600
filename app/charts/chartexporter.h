// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "charts/charttranslator.h"
#include "core/dataset.h"
#include "core/exportformat.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QImage>
#include <QRectF>
#include <QString>

class QPainter;

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

    /// A PNG or JPEG chart rendered but not yet encoded. Qt Charts renders in
    /// the GUI thread only; encoding is plain image work, safe in any thread,
    /// so batches encode one file while the next chart renders.
    struct Picture
    {
        QImage image;
        QString title;
        QString description;
        bool jpeg = false;
        QString error; ///< why rendering failed; empty on success
    };

    /// Renders chart @p chartId for a PNG or JPEG (@p format) file. GUI thread.
    Picture renderPicture(const QString &chartId, Language language, ExportFormat format,
                          const ExportOptions &options) const;
    /// Encodes a rendered picture; any thread.
    static Encoded encodePicture(const Picture &picture);

    /// Renders chart @p chartId in @p language as @p format.
    Encoded encode(const QString &chartId, Language language, ExportFormat format,
                   const ExportOptions &options) const;

    /// Renders and writes @p path. Returns an empty string on success, else
    /// a message naming the path and the reason; a failed write leaves no
    /// partial file and leaves an existing file at @p path untouched.
    QString saveToFile(const QString &chartId, Language language, ExportFormat format,
                       const QString &path, const ExportOptions &options) const;

    /// Draws chart @p chartId in @p language, laid out at @p layoutSize, into
    /// @p target of @p painter: vector on a PDF or printer, for pages that
    /// hold several charts. False (nothing drawn) for an unknown chart id.
    bool paintChart(const QString &chartId, Language language, const QSize &layoutSize,
                    QPainter &painter, const QRectF &target) const;

    /// Every text chart @p chartId shows laid out at @p layoutSize, as drawn
    /// (Qt Charts shortens what does not fit with an ellipsis and hides tick
    /// labels that would overlap): its visible text items, a text that the
    /// chart's edge cuts off with an ellipsis added. For checking that pages
    /// give their charts room.
    QStringList shownTexts(const QString &chartId, Language language,
                           const QSize &layoutSize) const;

    /// The chart as an image of exactly options.size pixels; a null image for
    /// an unknown chart id.
    QImage renderImage(const QString &chartId, Language language,
                       const ExportOptions &options) const;

    /// Writes @p encoded to @p path, or names the path and why it was not
    /// encoded. Empty on success. Any thread.
    static QString writeEncoded(const QString &path, const Encoded &encoded);

    /// "Sharaka Dashboard 1.0.0", written into every file's metadata.
    static QString softwareName();

private:
    /// Empty when @p size can be exported, else why not.
    static QString sizeError(const QSize &size);

    const Dataset &m_dataset;
    /// Charts are built with it, never with the interface's translation.
    ChartTranslator m_translator;
};

} // namespace sharaka
