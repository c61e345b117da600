// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/dataset.h"
#include "core/io/bytepreflight.h"
#include "core/io/datasetvalidator.h"
#include "core/io/json/jsondatasetreader.h"
#include "core/io/loadresult.h"
#include "core/io/problemlog.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace sharaka {

/// Loads a dataset file in three layers: BytePreflight on the raw bytes, the
/// JSON DatasetFormatReader, then DatasetValidator on the result; a file that
/// detectFormat() finds to be IATI goes to IatiActivityLoader instead (its
/// only activity). Knows nothing of widgets; DatasetSource is the interface
/// for files of several datasets.
class DatasetLoader
{
public:
    static constexpr auto SchemaName = JsonDatasetReader::SchemaName;
    static constexpr int SupportedVersion = JsonDatasetReader::SupportedVersion;
    static constexpr qint64 MaxFileBytes = BytePreflight::MaxFileBytes;
    static constexpr int MaxNestingDepth = BytePreflight::MaxNestingDepth;
    static constexpr int MaxReportedProblems = ProblemLog::MaxReported;
    static constexpr qint64 MaxValue = DatasetValidator::MaxValue;

    /// The dataset compiled into the application.
    static LoadResult loadEmbedded();
    static QString embeddedPath() { return QStringLiteral(":/data/sharaka.json"); }

    /// @p displayName is used in messages; the file's name when empty. Only a
    /// regular file (or a symbolic link to one) is opened: see FileCheck.
    static LoadResult loadFile(const QString &path, const QString &displayName = {});
    static LoadResult loadDevice(QIODevice &device, const QString &displayName);
    static LoadResult loadBytes(const QByteArray &bytes, const QString &displayName);
};

} // namespace sharaka
