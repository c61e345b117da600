// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/iati/iatiactivityloader.h"

#include "core/io/datasetvalidator.h"
#include "core/io/filecheck.h"
#include "core/io/problemlog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace sharaka {

namespace {

QString noActivityMessage()
{
    return QCoreApplication::translate("IatiImport", "the file holds no iati-activity");
}

} // namespace

IatiActivityLoader::IatiActivityLoader(QString path, QString displayName)
    : m_path(std::move(path))
    , m_displayName(displayName.isEmpty() ? QFileInfo(m_path).fileName() : std::move(displayName))
{}

IatiActivityLoader::IatiActivityLoader(QIODevice &device, QString displayName)
    : m_device(&device)
    , m_displayName(std::move(displayName))
{}

bool IatiActivityLoader::isXmlFile(const QString &path)
{
    QFile file(path);
    if (!FileCheck::readProblem(path).isEmpty() || !file.open(QIODevice::ReadOnly))
        return false;
    return IatiActivityReader::looksLikeXml(file.read(256));
}

bool IatiActivityLoader::readAll(const IatiActivityReader::Visitor &visit, QStringList *errors,
                                 QStringList *warnings, bool *cancelled, const QString &wanted)
{
    QFile file;
    QIODevice *device = m_device;
    if (device) {
        if (!device->isSequential())
            device->seek(0);
    } else {
        // Checked before open(): opening a FIFO would block until someone writes.
        const QString problem = FileCheck::readProblem(m_path);
        if (!problem.isEmpty()) {
            errors->append(QStringLiteral("%1: %2").arg(m_displayName, problem));
            return false;
        }
        file.setFileName(m_path);
        if (!file.open(QIODevice::ReadOnly)) {
            errors->append(QStringLiteral("%1: %2").arg(
                m_displayName,
                QCoreApplication::translate("sharaka::DatasetLoader", "cannot be read: %1")
                    .arg(file.errorString())));
            return false;
        }
        device = &file;
    }
    IatiActivityReader reader(m_displayName);
    reader.setProgress(m_progress);
    reader.setCancelFlag(m_cancelled);
    if (!wanted.isEmpty())
        reader.setWantedIdentifier(wanted);
    const bool ok = reader.read(*device, visit);
    *errors += reader.errors();
    *warnings += reader.warnings();
    if (cancelled)
        *cancelled = reader.wasCancelled();
    return ok;
}

LoadResult IatiActivityLoader::mapAndValidate(const IatiActivity &activity,
                                              const QString &displayName)
{
    LoadResult result = IatiDatasetMapper(displayName).map(activity);
    if (!result.dataset)
        return result;
    // The validator's places are those of the mapped dataset ("$.indicators[0]"),
    // so its lines name the activity they come from.
    ProblemLog log(IatiDatasetMapper::activityPlace(displayName, activity.identifier));
    DatasetValidator(log).validate(*result.dataset);
    result.errors += log.errors();
    result.warnings += log.warnings();
    if (log.hasErrors())
        result.dataset.reset();
    return result;
}

IatiScanResult IatiActivityLoader::scan()
{
    IatiScanResult scan;
    // The list is kept in memory; a file of millions of tiny activities
    // stops it at MaxListedActivities, and the rest are still counted.
    qint64 count = 0;
    readAll(
        [&scan, &count](IatiActivity &&activity) {
            if (++count <= MaxListedActivities)
                scan.activities.append(IatiDatasetMapper::summarize(activity));
            return true;
        },
        &scan.errors, &scan.warnings, &scan.cancelled);
    if (scan.ok() && scan.activities.isEmpty())
        scan.errors.append(QStringLiteral("%1: %2").arg(m_displayName, noActivityMessage()));
    if (count > MaxListedActivities) {
        scan.warnings.append(QStringLiteral("%1: %2").arg(
            m_displayName, QCoreApplication::translate(
                               "IatiImport", "the file holds %1 activities; only the first %2 are "
                                             "listed (choose another by its iati-identifier)")
                               .arg(QString::number(count), QString::number(MaxListedActivities))));
    }
    return scan;
}

LoadResult IatiActivityLoader::load(const QString &identifier)
{
    LoadResult result;
    std::optional<IatiActivity> chosen;
    int count = 0;
    QStringList readWarnings;
    const bool read = readAll(
        [&](IatiActivity &&activity) {
            ++count;
            if (identifier.isEmpty() ? !chosen : activity.identifier == identifier.trimmed()) {
                chosen = std::move(activity);
                // Without an identifier the whole file is read, to tell one activity from many.
                return identifier.isEmpty();
            }
            return true;
        },
        &result.errors, &readWarnings, nullptr, identifier.trimmed());
    if (!read)
        return result;
    if (identifier.isEmpty() && count > 1) {
        result.errors.append(QStringLiteral("%1: %2").arg(
            m_displayName,
            QCoreApplication::translate("IatiImport",
                                        "the file holds %n activities; choose one by its "
                                        "iati-identifier",
                                        nullptr, count)));
        return result;
    }
    if (!chosen) {
        result.errors.append(
            identifier.isEmpty()
                ? QStringLiteral("%1: %2").arg(m_displayName, noActivityMessage())
                : QStringLiteral("%1: %2").arg(
                      m_displayName, QCoreApplication::translate(
                                         "IatiImport", "no activity with iati-identifier \"%1\"")
                                         .arg(identifier)));
        return result;
    }
    result = mapAndValidate(*chosen, m_displayName);
    result.warnings = readWarnings + result.warnings;
    return result;
}

QList<IatiActivityCheck> IatiActivityLoader::checkAll(QStringList *fileErrors)
{
    QList<IatiActivityCheck> checks;
    QStringList warnings;
    readAll(
        [this, &checks](IatiActivity &&activity) {
            checks.append({activity.identifier, mapAndValidate(activity, m_displayName)});
            return true;
        },
        fileErrors, &warnings);
    if (!checks.isEmpty())
        checks.first().result.warnings = warnings + checks.first().result.warnings;
    else if (fileErrors->isEmpty())
        fileErrors->append(QStringLiteral("%1: %2").arg(m_displayName, noActivityMessage()));
    return checks;
}

} // namespace sharaka
