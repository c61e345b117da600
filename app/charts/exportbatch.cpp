// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/exportbatch.h"

#include <QDir>
#include <QFileInfo>

#include <filesystem>
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

QString ExportBatch::run(qsizetype index)
{
    const ExportJob &job = m_jobs.at(index);
    const QString folder = QFileInfo(job.path).path();
    if (job.createsFolder && !m_createdFolders.contains(folder)) {
        if (const QString error = createFolder(folder); !error.isEmpty())
            return error;
        m_createdFolders.insert(folder);
    }
    return m_exporter.saveToFile(job.chartId, job.language, m_format, job.path, m_options);
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
