// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/io/iati/iatiactivity.h"
#include "core/io/loadresult.h"

#include <QString>
#include <QStringList>

namespace sharaka {

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
/// lists every rule). The result is not yet validated; what the dashboard
/// does not show is named in one summarised warning.
class IatiDatasetMapper
{
public:
    explicit IatiDatasetMapper(QString displayName);

    LoadResult map(const IatiActivity &activity) const;
    static IatiActivitySummary summarize(const IatiActivity &activity);
    /// "FILE: activity \"ID\"", the place every message about one activity names.
    static QString activityPlace(const QString &displayName, const QString &identifier);

private:
    QString m_displayName;
};

} // namespace sharaka
