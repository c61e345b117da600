// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/datasetloader.h"

#include "core/io/datasetformat.h"
#include "core/io/filecheck.h"
#include "core/io/iati/iatiactivityloader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace sharaka {

namespace {

/// Lists in the order the views show them, whatever the file's order: done
/// after validation, whose messages name the places as the file has them.
void arrangeForDisplay(Dataset &data)
{
    std::stable_sort(data.phases.begin(), data.phases.end(),
                     [](const Phase &a, const Phase &b) { return a.order < b.order; });
    // The timeline reads in date order.
    std::stable_sort(data.milestones.begin(), data.milestones.end(),
                     [](const Milestone &a, const Milestone &b) {
                         return a.date.firstDay() < b.date.firstDay();
                     });
}

LoadResult failure(const ProblemLog &log)
{
    LoadResult result;
    result.errors = log.errors();
    result.warnings = log.warnings();
    return result;
}

} // namespace

LoadResult DatasetLoader::loadEmbedded()
{
    return loadFile(embeddedPath(), QStringLiteral("sharaka.json"));
}

LoadResult DatasetLoader::loadFile(const QString &path, const QString &displayName)
{
    // IATI activity files are streamed rather than read whole: they hold
    // thousands of activities and often exceed MaxFileBytes, of which one
    // activity is shown.
    if (detectFileFormat(path) == DatasetFormat::IatiXml)
        return IatiActivityLoader(path, displayName.isEmpty() ? path : displayName).load({});
    ProblemLog log(displayName.isEmpty() ? path : displayName);
    // Checked before open(): opening a FIFO would block until someone writes.
    const QString problem = FileCheck::readProblem(path);
    if (!problem.isEmpty()) {
        log.fileError(problem);
        return failure(log);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        log.fileError(QCoreApplication::translate("sharaka::DatasetLoader", "cannot be read: %1")
                          .arg(file.errorString()));
        return failure(log);
    }
    return loadDevice(file, log.fileName());
}

LoadResult DatasetLoader::loadDevice(QIODevice &device, const QString &displayName)
{
    // Refuse oversized input before reading it whole.
    if (!device.isSequential() && device.size() > MaxFileBytes) {
        ProblemLog log(displayName);
        log.fileError(BytePreflight::sizeMessage(device.size()));
        return failure(log);
    }
    // read(n) sets n bytes aside first: a file that tells its size is read at
    // that size, not at the limit (32 MiB for the 100 KB embedded dataset).
    // Files that report no size (a pipe, /proc) are read up to the limit.
    const qint64 size = device.isSequential() ? 0 : device.size() - device.pos();
    const qint64 wanted =
        size > 0 ? std::min<qint64>(size + 1, MaxFileBytes + 1) : MaxFileBytes + 1;
    QByteArray bytes = device.read(wanted);
    // A file that grew after its size was read is read on, up to the limit.
    if (size > 0 && bytes.size() == wanted && wanted <= MaxFileBytes)
        bytes += device.read(MaxFileBytes + 1 - bytes.size());
    return loadBytes(bytes, displayName);
}

LoadResult DatasetLoader::loadBytes(const QByteArray &bytes, const QString &displayName)
{
    if (detectFormat(bytes.left(FormatHeadBytes)) == DatasetFormat::IatiXml) {
        QByteArray copy = bytes;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        return IatiActivityLoader(buffer, displayName).load({});
    }
    ProblemLog log(displayName);
    const std::optional<QByteArray> text = BytePreflight::check(bytes, log);
    if (!text)
        return failure(log);
    std::optional<Dataset> data = JsonDatasetReader().read(*text, log);
    if (data)
        DatasetValidator(log).validate(*data);
    LoadResult result = failure(log);
    if (data && !log.hasErrors()) {
        arrangeForDisplay(*data);
        result.dataset = std::move(data);
    }
    return result;
}

} // namespace sharaka
