// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/commandlinelanguage.h"

#include <QLocale>

namespace sharaka {

CommandLineLanguage::CommandLineLanguage(Language language)
    : m_catalog(language)
{
    QLocale::setDefault(localeFor(language));
}

} // namespace sharaka
