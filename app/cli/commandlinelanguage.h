// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/language.h"
#include "core/translationcatalog.h"

namespace sharaka {

/// Makes the command line speak @p language while it lives: the program's
/// and Qt's translations (Qt's for the parser's own messages) and the default
/// locale. Needs only a QCoreApplication, so --check and usage errors are
/// translated without a display; the window has its LanguageManager instead.
class CommandLineLanguage final
{
public:
    explicit CommandLineLanguage(Language language);
    CommandLineLanguage(const CommandLineLanguage &) = delete;
    CommandLineLanguage &operator=(const CommandLineLanguage &) = delete;

private:
    TranslationCatalog m_catalog;
};

} // namespace sharaka
