// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/dataset.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace sharaka {

/// What loading a dataset produced: the dataset when it is valid, and every
/// problem found, each naming the file and the place ("FILE: $.path: message"
/// or "FILE:LINE:COLUMN: message" for JSON syntax).
struct LoadResult
{
    std::optional<Dataset> dataset;
    QStringList errors;
    QStringList warnings;
    bool ok() const { return dataset.has_value() && errors.isEmpty(); }
};

/// Reads and validates datasets in the "sharaka-dashboard-dataset" JSON format
/// (docs/dataset-format.md). Knows nothing of widgets.
class DatasetLoader
{
public:
    static constexpr auto SchemaName = "sharaka-dashboard-dataset";
    static constexpr int SupportedVersion = 1;
    static constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;
    static constexpr int MaxNestingDepth = 32;
    static constexpr int MaxReportedProblems = 50;
    static constexpr qint64 MaxValue = 1000000000;

    /// The dataset compiled into the application.
    static LoadResult loadEmbedded();
    static QString embeddedPath() { return QStringLiteral(":/data/sharaka.json"); }

    /// @p displayName is used in messages; the file's name when empty.
    static LoadResult loadFile(const QString &path, const QString &displayName = {});
    static LoadResult loadDevice(QIODevice &device, const QString &displayName);
    static LoadResult loadBytes(const QByteArray &bytes, const QString &displayName);
};

} // namespace sharaka
