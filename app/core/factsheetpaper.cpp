// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/factsheetpaper.h"

namespace sharaka {

QString factsheetPaperName(FactsheetPaper paper)
{
    return paper == FactsheetPaper::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

std::optional<FactsheetPaper> factsheetPaperFromName(const QString &name)
{
    const QString normalized = name.trimmed().toLower();
    if (normalized == QLatin1String("a4"))
        return FactsheetPaper::A4;
    if (normalized == QLatin1String("letter"))
        return FactsheetPaper::Letter;
    return std::nullopt;
}

} // namespace sharaka
