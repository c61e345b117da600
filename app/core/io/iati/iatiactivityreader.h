// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/io/iati/iatiactivity.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

class QIODevice;

namespace sharaka {

/// Streams an IATI 2.01–2.03 `iati-activities` file with QXmlStreamReader and
/// hands each `iati-activity` to a visitor, one at a time, so memory stays
/// bounded by the largest activity rather than the file. DTDs and entity
/// references are refused; malformed XML is reported as FILE:LINE:COLUMN.
class IatiActivityReader
{
public:
    /// Called every 100 ms or so while reading, also inside one long activity,
    /// with the bytes read so far and the file size (-1 when unknown).
    using Progress = std::function<void(qint64 bytesRead, qint64 totalBytes)>;
    /// Returns false to stop reading (e.g. the activity looked for was found).
    using Visitor = std::function<bool(IatiActivity &&activity)>;

    explicit IatiActivityReader(QString displayName);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    /// Reading stops with an error soon after @p cancelled becomes true:
    /// within one 64 KiB chunk of the file, or after mapping one activity.
    void setCancelFlag(const std::atomic_bool *cancelled) { m_cancelled = cancelled; }

    /// Reads only the activity with @p identifier in full; the visitor gets
    /// the others with nothing but their identifier.
    void setWantedIdentifier(const QString &identifier) { m_wanted = identifier; }
    /// Reads only the activity at @p position (from 1) in full; the visitor
    /// gets the others empty, so that it can count them.
    void setWantedPosition(qint64 position) { m_wantedPosition = position; }

    /// IATI files are streamed, so their cap is far above that of JSON
    /// datasets: large enough for any published file (the largest seen are
    /// about 100 MiB), small enough to refuse an endless one early.
    static constexpr qint64 MaxFileBytes = qint64(512) * 1024 * 1024;
    /// The longest single text, comment or tag read; QXmlStreamReader keeps
    /// one whole in memory (as UTF-16, twice its size), so longer ones are
    /// refused as they stream in rather than after.
    static constexpr qint64 MaxTokenBytes = 16 * 1024 * 1024;

    /// Why reading stopped early, beyond malformed XML.
    enum class Stop { None, Cancelled, FileTooLarge, TokenTooLong };

    static QString tooLargeMessage();
    static QString tokenTooLongMessage();

    /// Reads @p device to its end or until @p visit returns false. Returns
    /// false with errors() set on malformed XML, a refused construct, a file
    /// that is not `iati-activities`, or cancellation.
    bool read(QIODevice &device, const Visitor &visit);

    QStringList errors() const { return m_errors; }
    QStringList warnings() const { return m_warnings; }
    bool wasCancelled() const { return m_wasCancelled; }

private:
    QString m_displayName;
    Progress m_progress;
    const std::atomic_bool *m_cancelled = nullptr;
    QStringList m_errors;
    QStringList m_warnings;
    bool m_wasCancelled = false;
    std::optional<QString> m_wanted;
    qint64 m_wantedPosition = 0;
};

} // namespace sharaka
