// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/dataset.h"
#include "core/io/iati/iatiactivitydetailsmapper.h"
#include "core/io/iati/iatiactivityreader.h"

#include <QFile>

namespace sharaka::testing {

/// Only the money, sectors, places and partners of one activity of @p path,
/// read and mapped without the rest: for real activities that do not open
/// as a whole (no start date; an indicator title longer than the format allows).
inline Dataset activityDetailsOf(const QString &path, const QString &identifier)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    IatiActivityReader reader(QStringLiteral("test.xml"));
    reader.setWantedIdentifier(identifier);
    IatiActivity activity;
    reader.read(file, [&](IatiActivity &&read) {
        if (read.identifier != identifier)
            return true;
        activity = std::move(read);
        return false;
    });
    Dataset data;
    IatiMappingContext context(activity, QStringLiteral("test.xml"));
    IatiActivityDetailsMapper(context).map(data);
    return data;
}

} // namespace sharaka::testing
