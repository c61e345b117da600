// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/translationcatalog.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace sharaka {

bool TranslationCatalog::loadProgram(QTranslator &translator, Language language)
{
    // Compiled from translations/*.ts and embedded by translations/translations.cmake;
    // English's holds only its plural forms ("1 country", "2 countries").
    return translator.load(QStringLiteral(":/i18n/sharaka_%1.qm").arg(languageCode(language)));
}

bool TranslationCatalog::loadQt(QTranslator &translator, Language language)
{
    if (language == Language::English)
        return false;
    return translator.load(QStringLiteral("qtbase_%1").arg(languageCode(language)),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

TranslationCatalog::TranslationCatalog(Language language)
{
    if (language == Language::English) {
        m_programLoaded = loadProgram(m_program, language);
        install(m_program, m_programLoaded);
        return;
    }
    // The program's translation goes in last, so it is asked first: it
    // carries its own wording of Qt's --help lines and JSON parse errors.
    install(m_qt, loadQt(m_qt, language));
    m_programLoaded = loadProgram(m_program, language);
    install(m_program, m_programLoaded);
}

TranslationCatalog::~TranslationCatalog()
{
    for (QTranslator *translator : std::as_const(m_installed))
        QCoreApplication::removeTranslator(translator);
}

void TranslationCatalog::install(QTranslator &translator, bool loaded)
{
    // A missing translation leaves English, which every message has.
    if (loaded && QCoreApplication::installTranslator(&translator))
        m_installed.append(&translator);
}

} // namespace sharaka
