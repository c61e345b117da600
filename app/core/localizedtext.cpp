// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/localizedtext.h"

namespace sharaka {

QString LocalizedText::text(Language language) const
{
    return text(languageCode(language));
}

QString LocalizedText::text(const QString &languageCode) const
{
    const auto it = m_texts.constFind(languageCode);
    if (it != m_texts.constEnd() && !it->isEmpty())
        return *it;
    return english();
}

} // namespace sharaka
