// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/io/datasetchoice.h"
#include "core/io/datasetformat.h"
#include "core/io/iati/iatiactivityloader.h"
#include "core/io/loadresult.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace sharaka {

/// A dataset file, whatever its format: the one interface through which the
/// window, the command line and the tests list, load and check files. A JSON
/// file is a source of one dataset; an IATI file of one per activity. The
/// format is decided once, by detectFormat(), when the source is made.
///
/// Every call may run on a worker thread; progress is reported from it, and
/// a cancel flag set from another thread stops it soon after.
class DatasetSource
{
public:
    using Progress = std::function<void(qint64 bytesRead, qint64 totalBytes)>;
    using CheckVisitor = IatiActivityLoader::CheckVisitor;

    /// The source for the file at @p path; @p displayName names it in messages
    /// (the path when empty).
    static std::unique_ptr<DatasetSource> forFile(const QString &path,
                                                  const QString &displayName = {});
    virtual ~DatasetSource() = default;

    virtual DatasetFormat format() const = 0;
    const QString &displayName() const { return m_displayName; }

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancelled) { m_cancelled = cancelled; }

    /// The datasets the file holds, in file order (position = index + 1),
    /// for a picker. A JSON file lists none: it holds exactly one.
    virtual IatiScanResult list() = 0;
    /// The dataset @p choice names; with an empty choice, the file's only one
    /// (an IATI file of several activities asks for a choice).
    virtual LoadResult load(const DatasetChoice &choice = {}) = 0;
    /// Each dataset in file order to @p visit, one at a time, none kept.
    virtual IatiCheckSummary checkEach(const CheckVisitor &visit) = 0;

protected:
    explicit DatasetSource(QString path, QString displayName);

    QString m_path;
    QString m_displayName;
    Progress m_progress;
    const std::atomic_bool *m_cancelled = nullptr;
};

} // namespace sharaka
