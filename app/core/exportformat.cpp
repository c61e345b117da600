// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/exportformat.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace sharaka {

bool ExportOptions::isValidSize(const QSize &size)
{
    return size.width() >= MinimumSide && size.height() >= MinimumSide &&
           size.width() <= MaximumSide && size.height() <= MaximumSide;
}

QList<ExportFormat> exportFormats()
{
    return {ExportFormat::Png, ExportFormat::Jpeg, ExportFormat::Svg, ExportFormat::Pdf};
}

QString exportFormatSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Jpeg:
        return QStringLiteral("jpg");
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

std::optional<ExportFormat> exportFormatForSuffix(const QString &suffix)
{
    const QString lower = suffix.toLower();
    if (lower == QLatin1String("jpeg"))
        return ExportFormat::Jpeg;
    for (ExportFormat format : exportFormats()) {
        if (exportFormatSuffix(format) == lower)
            return format;
    }
    return std::nullopt;
}

std::optional<ExportFormat> exportFormatForPath(const QString &path)
{
    return exportFormatForSuffix(QFileInfo(path).suffix());
}

bool exportFormatSupportsTransparency(ExportFormat format)
{
    return format == ExportFormat::Png || format == ExportFormat::Svg;
}

std::optional<QSize> parseExportSize(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{1,5})\\s*[xX\u00D7]\\s*(\\d{1,5})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    if (!ExportOptions::isValidSize(size))
        return std::nullopt;
    return size;
}

QString exportSizeText(const QSize &size)
{
    return QStringLiteral("%1\u00D7%2").arg(size.width()).arg(size.height());
}

} // namespace sharaka
