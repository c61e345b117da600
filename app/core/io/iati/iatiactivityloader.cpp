// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/iati/iatiactivityloader.h"

#include "core/io/datasetvalidator.h"
#include "core/io/filecheck.h"
#include "core/io/problemlog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <climits>

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

bool IatiActivityLoader::readAll(const IatiActivityReader::Visitor &visit, QStringList *errors,
                                 QStringList *warnings, bool *cancelled,
                                 const DatasetChoice &wanted)
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
                m_displayName, QCoreApplication::translate("DatasetReader", "cannot be read: %1")
                                   .arg(file.errorString())));
            return false;
        }
        device = &file;
    }
    IatiActivityReader reader(m_displayName);
    reader.setProgress(m_progress);
    reader.setCancelFlag(m_cancelled);
    if (wanted.position > 0)
        reader.setWantedPosition(wanted.position);
    else if (!wanted.identifier.isEmpty())
        reader.setWantedIdentifier(wanted.identifier);
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
        &scan.errors, &scan.warnings, &scan.cancelled, {});
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

LoadResult IatiActivityLoader::load(const DatasetChoice &choice)
{
    if (choice.position > 0)
        return loadAt(choice.position, choice.identifier);
    const QString identifier = choice.identifier.trimmed();
    LoadResult result;
    std::optional<IatiActivity> chosen;
    qint64 count = 0;
    // Positions of the activities that carry the identifier asked for: a
    // publisher may repeat one, and then the user must say which.
    QList<qint64> matches;
    QStringList readWarnings;
    const bool read = readAll(
        [&](IatiActivity &&activity) {
            ++count;
            const bool wanted = identifier.isEmpty() || activity.identifier == identifier;
            if (wanted && !identifier.isEmpty())
                matches.append(count);
            if (wanted && !chosen)
                chosen = std::move(activity);
            return true;
        },
        &result.errors, &readWarnings, nullptr, DatasetChoice{identifier, 0});
    if (!read)
        return result;
    const auto fileProblem = [this, &result](const QString &message) {
        result.errors.append(QStringLiteral("%1: %2").arg(m_displayName, message));
        return result;
    };
    if (identifier.isEmpty() && count > 1) {
        return fileProblem(QCoreApplication::translate("IatiImport",
                                                       "the file holds %n activities; choose one "
                                                       "by its iati-identifier",
                                                       nullptr,
                                                       int(std::min<qint64>(count, INT_MAX))));
    }
    if (matches.size() > 1) {
        QStringList positions;
        for (const qint64 position : std::as_const(matches))
            positions.append(QString::number(position));
        return fileProblem(QCoreApplication::translate(
                               "IatiImport", "%1 activities have iati-identifier \"%2\" (at "
                                             "positions %3); choose one with --activity-index")
                               .arg(QString::number(matches.size()), identifier,
                                    positions.join(QLatin1String(", "))));
    }
    if (!chosen) {
        return fileProblem(identifier.isEmpty()
                               ? noActivityMessage()
                               : QCoreApplication::translate(
                                     "IatiImport", "no activity with iati-identifier \"%1\"")
                                     .arg(identifier));
    }
    result = mapAndValidate(*chosen, m_displayName);
    result.warnings = readWarnings + result.warnings;
    return result;
}

LoadResult IatiActivityLoader::loadAt(qint64 position, const QString &expectedIdentifier)
{
    LoadResult result;
    std::optional<IatiActivity> chosen;
    qint64 count = 0;
    QStringList readWarnings;
    const bool read = readAll(
        [&](IatiActivity &&activity) {
            if (++count != position)
                return true;
            chosen = std::move(activity);
            return false;
        },
        &result.errors, &readWarnings, nullptr, DatasetChoice{{}, position});
    if (!read)
        return result;
    const auto fileProblem = [this, &result](const QString &message) {
        result.errors.append(QStringLiteral("%1: %2").arg(m_displayName, message));
        return result;
    };
    if (!chosen) {
        return fileProblem(
            QCoreApplication::translate("IatiImport",
                                        "there is no activity %1: the file holds %n activities",
                                        nullptr, int(std::min<qint64>(count, INT_MAX)))
                .arg(position));
    }
    // A reload after the file changed: the activity at the same place may be another.
    if (!expectedIdentifier.isEmpty() && chosen->identifier != expectedIdentifier.trimmed()) {
        return fileProblem(
            QCoreApplication::translate("IatiImport",
                                        "activity %1 has iati-identifier \"%2\", not \"%3\"")
                .arg(QString::number(position), chosen->identifier, expectedIdentifier));
    }
    result = mapAndValidate(*chosen, m_displayName);
    result.warnings = readWarnings + result.warnings;
    return result;
}

IatiCheckSummary IatiActivityLoader::checkEach(const CheckVisitor &visit)
{
    IatiCheckSummary summary;
    readAll(
        [this, &visit, &summary](IatiActivity &&activity) {
            const LoadResult result = mapAndValidate(activity, m_displayName);
            visit(activity.identifier, ++summary.activities, result);
            return true;
        },
        &summary.errors, &summary.warnings, &summary.cancelled, {});
    if (summary.activities == 0 && summary.errors.isEmpty())
        summary.errors.append(QStringLiteral("%1: %2").arg(m_displayName, noActivityMessage()));
    return summary;
}

} // namespace sharaka
