// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/exportbatch.h"

#include <QDir>
#include <QFileInfo>
#include <QPromise>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <deque>
#include <filesystem>
#include <memory>
#include <system_error>

namespace sharaka {

ExportBatch::ExportBatch(const Dataset &dataset, ExportFormat format, const ExportOptions &options)
    : m_dataset(dataset)
    , m_exporter(dataset)
    , m_format(format)
    , m_options(options)
{}

void ExportBatch::addAllCharts(const QString &folder, const QList<Language> &languages,
                               bool languageFolders)
{
    for (Language language : languages) {
        const QDir target(languageFolders ? QDir(folder).filePath(languageCode(language)) : folder);
        for (const QString &chartId : m_dataset.chartIds()) {
            const QString file = chartId + QLatin1Char('.') + exportFormatSuffix(m_format);
            m_jobs.append({chartId, language, target.filePath(file), true});
        }
    }
}

void ExportBatch::addChart(const QString &chartId, Language language, const QString &path)
{
    m_jobs.append({chartId, language, path, false});
}

QString ExportBatch::prepareFolder(qsizetype index)
{
    const ExportJob &job = m_jobs.at(index);
    const QString folder = QFileInfo(job.path).path();
    if (job.createsFolder && !m_preparedFolders.contains(folder)) {
        // The levels that do not exist yet are the batch's to tidy away.
        QStringList missing;
        for (QString level = QDir::cleanPath(folder); !QFileInfo::exists(level);
             level = QFileInfo(level).path()) {
            missing.append(level);
            if (QFileInfo(level).path() == level)
                break;
        }
        QString error = createFolder(folder);
        for (const QString &level : std::as_const(missing)) {
            if (QFileInfo(level).isDir())
                m_createdFolders.append(level);
        }
        if (!error.isEmpty())
            return error;
        m_preparedFolders.insert(folder);
    }
    return {};
}

void ExportBatch::removeEmptyCreatedFolders()
{
    // Deepest first, so that DIR goes once its en/, fr/ and ar/ have gone;
    // rmdir() leaves any folder that holds a file.
    std::sort(m_createdFolders.begin(), m_createdFolders.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &folder : std::as_const(m_createdFolders))
        QDir().rmdir(folder);
    m_createdFolders.clear();
}

QString ExportBatch::run(qsizetype index)
{
    if (QString error = prepareFolder(index); !error.isEmpty())
        return error;
    const ExportJob &job = m_jobs.at(index);
    return m_exporter.saveToFile(job.chartId, job.language, m_format, job.path, m_options);
}

namespace {

QFuture<QString> finished(const QString &result)
{
    QPromise<QString> promise;
    QFuture<QString> future = promise.future();
    promise.start();
    promise.addResult(result);
    promise.finish();
    return future;
}

} // namespace

QFuture<QString> ExportBatch::start(qsizetype index)
{
    const bool raster = m_format == ExportFormat::Png || m_format == ExportFormat::Jpeg;
    if (!raster)
        return finished(run(index));
    if (QString error = prepareFolder(index); !error.isEmpty())
        return finished(error);
    const ExportJob &job = m_jobs.at(index);
    auto promise = std::make_shared<QPromise<QString>>();
    QFuture<QString> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start(
        [promise, path = job.path,
         picture = m_exporter.renderPicture(job.chartId, job.language, m_format, m_options)] {
            promise->addResult(
                ChartExporter::writeEncoded(path, ChartExporter::encodePicture(picture)));
            promise->finish();
        });
    return future;
}

void ExportBatch::runAll(const std::function<bool(qsizetype)> &beforeEach,
                         const std::function<void(qsizetype, const QString &)> &done)
{
    // A few pictures wait for encoding at most, so a long batch of large
    // images does not hold them all in memory.
    const std::size_t ahead = std::size_t(std::max(1, QThread::idealThreadCount()));
    std::deque<std::pair<qsizetype, QFuture<QString>>> pending;
    const auto finishOldest = [&] {
        auto [index, future] = pending.front();
        pending.pop_front();
        done(index, future.result());
    };
    for (qsizetype i = 0; i < m_jobs.size(); ++i) {
        if (!beforeEach(i))
            break;
        while (pending.size() >= ahead)
            finishOldest();
        pending.emplace_back(i, start(i));
    }
    while (!pending.empty())
        finishOldest();
    removeEmptyCreatedFolders();
}

QString ExportBatch::createFolder(const QString &path)
{
    // std::filesystem reports why creating failed; QDir::mkpath only that it did.
    std::error_code error;
    const std::filesystem::path native(QDir::toNativeSeparators(path).toStdU16String());
    std::filesystem::create_directories(native, error);
    if (!error && QFileInfo(path).isDir())
        return {};
    const QString reason = error ? QString::fromLocal8Bit(error.message().c_str())
                                 : tr("a file of that name is in the way");
    return tr("Cannot create the folder %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

} // namespace sharaka
