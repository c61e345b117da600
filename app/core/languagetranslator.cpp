// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/languagetranslator.h"

#include "core/translationcatalog.h"

#include <QCoreApplication>

namespace sharaka {

LanguageTranslator::LanguageTranslator(Language language)
    : m_language(language)
{
    m_loaded = TranslationCatalog::loadProgram(m_translation, language);
}

QString LanguageTranslator::translate(const char *context, const char *sourceText,
                                      const char *disambiguation, int n) const
{
    QString text;
    if (m_loaded)
        text = m_translation.translate(context, sourceText, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(sourceText);
    // QCoreApplication::translate() fills in %n; a translator alone does not.
    if (n >= 0)
        text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}

QString translateWith(const LanguageTranslator *translator, const char *context,
                      const char *sourceText, const char *disambiguation, int n)
{
    if (translator)
        return translator->translate(context, sourceText, disambiguation, n);
    return QCoreApplication::translate(context, sourceText, disambiguation, n);
}

} // namespace sharaka
