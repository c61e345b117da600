// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "charts/chartexporter.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QSet>

#include <functional>

namespace sharaka {

/// One file of a batch export.
struct ExportJob
{
    QString chartId;
    Language language = Language::English;
    QString path;
    bool createsFolder = false; ///< batch folders are created; a single file's must exist
};

/// A list of charts to save in one format and size, run one file at a time
/// so that callers can show progress and stop between files (the window) or
/// simply run them all (the command line).
class ExportBatch final
{
    Q_DECLARE_TR_FUNCTIONS(sharaka::ExportBatch)

public:
    /// @p dataset must outlive the batch.
    ExportBatch(const Dataset &dataset, ExportFormat format, const ExportOptions &options);

    /// Every chart of the dataset into @p folder as "<chart-id>.<suffix>", once per
    /// language; with @p languageFolders into "<folder>/<lang>/". Folders are
    /// created when missing.
    void addAllCharts(const QString &folder, const QList<Language> &languages,
                      bool languageFolders);
    /// One chart into @p path, whose folder must exist.
    void addChart(const QString &chartId, Language language, const QString &path);

    const QList<ExportJob> &jobs() const { return m_jobs; }

    /// Writes the file of job @p index, creating its folder first when needed.
    /// Empty on success, else a message naming the path and the reason.
    QString run(qsizetype index);

    /// Runs every job in order. Charts render in the calling thread; PNG and
    /// JPEG files are encoded and written in a thread pool while the next
    /// chart renders (encoding is most of a raster export's time). Folders
    /// the batch created and left empty (every file failed, or the caller
    /// stopped first) are removed at the end.
    /// @p beforeEach(index) is called before job @p index starts and returns
    /// false to stop there (files already started are still finished);
    /// @p done(index, error) reports each started job in order, in the
    /// calling thread, with an empty error on success.
    void runAll(const std::function<bool(qsizetype)> &beforeEach,
                const std::function<void(qsizetype, const QString &)> &done);

    /// Creates @p path and its parents. Empty on success, else a message
    /// naming the folder and the system's reason.
    static QString createFolder(const QString &path);

private:
    /// Creates the folder of job @p index if the batch creates it. Empty on success.
    QString prepareFolder(qsizetype index);
    /// Starts job @p index; the future gives what run() would return.
    QFuture<QString> start(qsizetype index);
    void removeEmptyCreatedFolders();

    const Dataset &m_dataset;
    ChartExporter m_exporter;
    ExportFormat m_format;
    ExportOptions m_options;
    QList<ExportJob> m_jobs;
    QSet<QString> m_preparedFolders;
    QStringList m_createdFolders; ///< every level the batch created, to remove when empty
};

} // namespace sharaka
