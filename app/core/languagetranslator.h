// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/language.h"

#include <QString>
#include <QTranslator>

namespace sharaka {

/// The application's own strings in one language, looked up directly instead
/// of through QCoreApplication: an export in French while the window speaks
/// English installs nothing application-wide and sends no LanguageChange.
/// English, the source language, answers with the source text, whatever the
/// interface's translation says.
class LanguageTranslator final
{
public:
    explicit LanguageTranslator(Language language);
    LanguageTranslator(const LanguageTranslator &) = delete;
    LanguageTranslator &operator=(const LanguageTranslator &) = delete;

    Language language() const { return m_language; }
    /// False when the language's .qm could not be loaded (strings stay English).
    bool isLoaded() const { return m_loaded; }

    /// As QCoreApplication::translate(), in this translator's language only.
    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const;

private:
    Language m_language;
    QTranslator m_translation;
    bool m_loaded = true;
};

/// @p translator's answer, or the installed translation (the interface's
/// language) when @p translator is null.
QString translateWith(const LanguageTranslator *translator, const char *context,
                      const char *sourceText, const char *disambiguation = nullptr, int n = -1);

} // namespace sharaka
