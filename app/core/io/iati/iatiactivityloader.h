// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

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

/// One activity's outcome when every activity of a file is checked.
struct IatiActivityCheck
{
    QString identifier;
    LoadResult result;
};

/// Opens an IATI activity file by path: lists its activities, or reads one of
/// them into a validated Dataset. Each call streams the file once.
class IatiActivityLoader
{
public:
    /// The most activities scan() lists.
    static constexpr qint64 MaxListedActivities = 200000;

    /// @p displayName is used in messages; the file's name when empty.
    explicit IatiActivityLoader(QString path, QString displayName = {});
    /// Reads an open @p device instead of a file (from its start on each call).
    IatiActivityLoader(QIODevice &device, QString displayName);

    void setProgress(IatiActivityReader::Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancelled) { m_cancelled = cancelled; }

    IatiScanResult scan();
    /// The activity with @p identifier; with an empty one, the file's only
    /// activity (a file of several asks for an identifier).
    LoadResult load(const QString &identifier);
    /// Every activity mapped and validated, in file order.
    QList<IatiActivityCheck> checkAll(QStringList *fileErrors);

    /// True when the file at @p path starts like XML, not JSON.
    static bool isXmlFile(const QString &path);
    /// Maps @p activity and checks the result with DatasetValidator.
    static LoadResult mapAndValidate(const IatiActivity &activity, const QString &displayName);

private:
    bool readAll(const IatiActivityReader::Visitor &visit, QStringList *errors,
                 QStringList *warnings, bool *cancelled = nullptr, const QString &wanted = {});
    QString m_path;
    QIODevice *m_device = nullptr;
    QString m_displayName;
    IatiActivityReader::Progress m_progress;
    const std::atomic_bool *m_cancelled = nullptr;
};

} // namespace sharaka
