// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/iatiactivityloader.h"

#include <QFile>
#include <QFileInfo>

namespace sharaka {

IatiActivityLoader::IatiActivityLoader(QString path, QString displayName)
    : m_path(std::move(path))
    , m_displayName(displayName.isEmpty() ? QFileInfo(m_path).fileName() : std::move(displayName))
{}

bool IatiActivityLoader::isXmlFile(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return false;
    return IatiActivityReader::looksLikeXml(file.read(256));
}

bool IatiActivityLoader::readAll(const IatiActivityReader::Visitor &visit, QStringList *errors,
                                 QStringList *warnings, bool *cancelled, const QString &wanted)
{
    const QFileInfo info(m_path);
    if (!info.exists()) {
        errors->append(QStringLiteral("%1: file does not exist").arg(m_displayName));
        return false;
    }
    if (!info.isFile()) {
        errors->append(QStringLiteral("%1: not a regular file").arg(m_displayName));
        return false;
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append(QStringLiteral("%1: %2").arg(m_displayName, file.errorString()));
        return false;
    }
    IatiActivityReader reader(m_displayName);
    reader.setProgress(m_progress);
    reader.setCancelFlag(m_cancelled);
    if (!wanted.isEmpty())
        reader.setWantedIdentifier(wanted);
    const bool ok = reader.read(file, visit);
    *errors += reader.errors();
    *warnings += reader.warnings();
    if (cancelled)
        *cancelled = reader.wasCancelled();
    return ok;
}

LoadResult IatiActivityLoader::mapAndValidate(const IatiActivity &activity) const
{
    return IatiDatasetMapper(m_displayName).map(activity);
}

IatiScanResult IatiActivityLoader::scan()
{
    IatiScanResult scan;
    readAll(
        [&scan](IatiActivity &&activity) {
            scan.activities.append(IatiDatasetMapper::summarize(activity));
            return true;
        },
        &scan.errors, &scan.warnings, &scan.cancelled);
    if (scan.ok() && scan.activities.isEmpty())
        scan.errors.append(
            QStringLiteral("%1: the file holds no iati-activity").arg(m_displayName));
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
        result.errors.append(QStringLiteral("%1: the file holds %2 activities; choose one by its "
                                            "iati-identifier")
                                 .arg(m_displayName)
                                 .arg(count));
        return result;
    }
    if (!chosen) {
        result.errors.append(
            identifier.isEmpty()
                ? QStringLiteral("%1: the file holds no iati-activity").arg(m_displayName)
                : QStringLiteral("%1: no activity with iati-identifier \"%2\"")
                      .arg(m_displayName, identifier));
        return result;
    }
    result = mapAndValidate(*chosen);
    result.warnings = readWarnings + result.warnings;
    return result;
}

QList<IatiActivityCheck> IatiActivityLoader::checkAll(QStringList *fileErrors)
{
    QList<IatiActivityCheck> checks;
    QStringList warnings;
    readAll(
        [this, &checks](IatiActivity &&activity) {
            checks.append({activity.identifier, mapAndValidate(activity)});
            return true;
        },
        fileErrors, &warnings);
    if (!checks.isEmpty())
        checks.first().result.warnings = warnings + checks.first().result.warnings;
    else if (fileErrors->isEmpty())
        fileErrors->append(
            QStringLiteral("%1: the file holds no iati-activity").arg(m_displayName));
    return checks;
}

} // namespace sharaka
