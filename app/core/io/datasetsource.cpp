// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/datasetsource.h"

#include "core/io/datasetloader.h"

#include <QCoreApplication>

namespace sharaka {

namespace {

/// The dashboard's own JSON: one dataset, read whole (files are capped at
/// BytePreflight::MaxFileBytes).
class JsonDatasetSource final : public DatasetSource
{
public:
    JsonDatasetSource(QString path, QString displayName)
        : DatasetSource(std::move(path), std::move(displayName))
    {}

    DatasetFormat format() const override { return DatasetFormat::Json; }

    IatiScanResult list() override { return {}; }

    LoadResult load(const DatasetChoice &choice) override
    {
        if (choice.isEmpty())
            return DatasetLoader::loadFile(m_path, m_displayName);
        LoadResult refused;
        refused.errors.append(QStringLiteral("%1: %2").arg(
            m_displayName, QCoreApplication::translate(
                               "DatasetReader", "is not an IATI activity file, so it holds no "
                                                "activities to choose from")));
        return refused;
    }

    IatiCheckSummary checkEach(const CheckVisitor &visit) override
    {
        IatiCheckSummary summary;
        summary.activities = 1;
        visit(QString(), 1, DatasetLoader::loadFile(m_path, m_displayName));
        return summary;
    }
};

/// An IATI activity file: streamed, one activity at a time.
class IatiDatasetSource final : public DatasetSource
{
public:
    IatiDatasetSource(QString path, QString displayName)
        : DatasetSource(std::move(path), std::move(displayName))
    {}

    DatasetFormat format() const override { return DatasetFormat::IatiXml; }

    IatiScanResult list() override { return loader().scan(); }
    LoadResult load(const DatasetChoice &choice) override { return loader().load(choice); }
    IatiCheckSummary checkEach(const CheckVisitor &visit) override
    {
        return loader().checkEach(visit);
    }

private:
    IatiActivityLoader loader() const
    {
        IatiActivityLoader loader(m_path, m_displayName);
        loader.setProgress(m_progress);
        loader.setCancelFlag(m_cancelled);
        return loader;
    }
};

} // namespace

DatasetSource::DatasetSource(QString path, QString displayName)
    : m_path(std::move(path))
    , m_displayName(displayName.isEmpty() ? m_path : std::move(displayName))
{}

std::unique_ptr<DatasetSource> DatasetSource::forFile(const QString &path,
                                                      const QString &displayName)
{
    if (detectFileFormat(path) == DatasetFormat::IatiXml)
        return std::make_unique<IatiDatasetSource>(path, displayName);
    return std::make_unique<JsonDatasetSource>(path, displayName);
}

} // namespace sharaka
