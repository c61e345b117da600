// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/io/iati/iatiactivity.h"
#include "core/io/loadresult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sharaka {

class IatiMappingContext;

/// What a picker lists of one activity, without mapping it.
struct IatiActivitySummary
{
    QString identifier;
    LocalizedText title;
    QString start; ///< ISO date of the actual start, else the planned one; may be empty
    QString end;
    QStringList countryCodes;
};

/// Maps one IATI activity onto the dashboard's Dataset (docs/iati-import.md
/// lists every rule): opens what is published, refusing only an activity
/// without any date. Texts are cut to the dataset's limits, loose addresses
/// encoded or dropped, so the result passes the validator; every warning
/// names the IATI element and its line.
class IatiDatasetMapper
{
    Q_DECLARE_TR_FUNCTIONS(IatiDatasetMapper)

public:
    explicit IatiDatasetMapper(QString displayName);

    LoadResult map(const IatiActivity &activity) const;
    static IatiActivitySummary summarize(const IatiActivity &activity);
    /// "FILE: activity \"ID\"", the place every message about one activity names.
    static QString activityPlace(const QString &displayName, const QString &identifier);

private:
    static void mapSources(IatiMappingContext &context, Dataset &data);
    static void mapProject(IatiMappingContext &context, Dataset &data);
    static void mapOrganisations(IatiMappingContext &context, ProjectInfo &project);
    static void mapCountries(IatiMappingContext &context, Dataset &data);
    static void mapRegions(IatiMappingContext &context, Dataset &data);
    static void warnIgnored(IatiMappingContext &context);

    QString m_displayName;
};

} // namespace sharaka
