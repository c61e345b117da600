// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/io/datasetchoice.h"
#include "core/io/iati/iatiactivityreader.h"
#include "core/io/iati/iatidatasetmapper.h"
#include "core/io/loadresult.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class QIODevice;

namespace sharaka {

/// The activities an IATI file holds, for a picker.
struct IatiScanResult
{
    QList<IatiActivitySummary> activities;
    QStringList errors;
    QStringList warnings;
    bool cancelled = false;
    bool ok() const { return errors.isEmpty(); }
};

/// What checkEach() found about the file as a whole.
struct IatiCheckSummary
{
    QStringList errors;   ///< malformed XML (also after the last activity), no activity
    QStringList warnings; ///< about the file, e.g. its IATI version
    qint64 activities = 0;
    bool cancelled = false;
};

/// Opens an IATI activity file by path: lists its activities, or reads one of
/// them into a validated Dataset. Each call streams the file once; mapping
/// runs on the calling thread (the window calls from a worker thread).
class IatiActivityLoader
{
public:
    /// The most activities scan() lists.
    static constexpr qint64 MaxListedActivities = 200000;

    /// Receives each activity's outcome in file order: its identifier, its
    /// position (from 1) and the validated dataset or the problems.
    using CheckVisitor =
        std::function<void(const QString &identifier, qint64 position, const LoadResult &result)>;

    /// @p displayName is used in messages; the file's name when empty.
    explicit IatiActivityLoader(QString path, QString displayName = {});
    /// Reads an open @p device instead of a file (from its start on each call).
    IatiActivityLoader(QIODevice &device, QString displayName);

    void setProgress(IatiActivityReader::Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancelled) { m_cancelled = cancelled; }

    /// The file's activities in file order (position = index + 1).
    IatiScanResult scan();
    /// The activity @p choice names: by position, by identifier (refused when
    /// several activities share it), or the file's only activity when empty.
    LoadResult load(const DatasetChoice &choice = {});
    /// Maps and validates every activity, handing each to @p visit and keeping
    /// none, so memory is bounded by the largest activity, not by the file.
    IatiCheckSummary checkEach(const CheckVisitor &visit);

    /// Maps @p activity and checks the result with DatasetValidator.
    static LoadResult mapAndValidate(const IatiActivity &activity, const QString &displayName);

private:
    bool readAll(const IatiActivityReader::Visitor &visit, QStringList *errors,
                 QStringList *warnings, bool *cancelled, const DatasetChoice &wanted);
    LoadResult loadAt(qint64 position, const QString &expectedIdentifier);
    QString m_path;
    QIODevice *m_device = nullptr;
    QString m_displayName;
    IatiActivityReader::Progress m_progress;
    const std::atomic_bool *m_cancelled = nullptr;
};

} // namespace sharaka
