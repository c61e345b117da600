// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QSize>
#include <QString>

#include <optional>

namespace sharaka {

/// The file formats a chart can be saved in.
enum class ExportFormat { Png, Jpeg, Svg, Pdf };

/// What to render: the output size (pixels for PNG and JPEG, the viewBox for
/// SVG, the page at the screen's resolution for PDF) and the background.
struct ExportOptions
{
    static constexpr int DefaultWidth = 1600;
    static constexpr int DefaultHeight = 900;
    /// Below this the chart cannot lay out its title, bars, axes and source line.
    static constexpr int MinimumSide = 320;
    /// Beyond 8K the image would take hundreds of megabytes in memory.
    static constexpr int MaximumSide = 8192;

    QSize size{DefaultWidth, DefaultHeight};
    /// Honoured for PNG and SVG only; JPEG has no alpha and PDF pages are white.
    bool transparentBackground = false;

    static bool isValidSize(const QSize &size);
};

/// Every format, in menu order.
QList<ExportFormat> exportFormats();

/// The canonical file suffix, without the dot: "png", "jpg", "svg", "pdf".
QString exportFormatSuffix(ExportFormat format);

/// The format for a suffix (png, jpg, jpeg, svg, pdf; any case); nullopt otherwise.
std::optional<ExportFormat> exportFormatForSuffix(const QString &suffix);

/// The format named by @p path's suffix; nullopt for an unknown or missing suffix.
std::optional<ExportFormat> exportFormatForPath(const QString &path);

bool exportFormatSupportsTransparency(ExportFormat format);

/// Parses "WIDTHxHEIGHT" (also with "X" or "×"); nullopt when malformed or
/// outside ExportOptions::MinimumSide..MaximumSide.
std::optional<QSize> parseExportSize(const QString &text);

/// "1600×900".
QString exportSizeText(const QSize &size);

} // namespace sharaka
