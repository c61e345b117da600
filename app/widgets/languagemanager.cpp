// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/languagemanager.h"

#include "core/settings.h"

#include <QGuiApplication>
#include <QLibraryInfo>

namespace sharaka {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

void LanguageManager::removeTranslators()
{
    if (m_appTranslatorInstalled)
        QCoreApplication::removeTranslator(&m_appTranslator);
    if (m_qtTranslatorInstalled)
        QCoreApplication::removeTranslator(&m_qtTranslator);
    m_appTranslatorInstalled = false;
    m_qtTranslatorInstalled = false;
}

bool LanguageManager::setLanguage(Language language)
{
    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);
    // Set explicitly so that Arabic is right to left even where Qt's own
    // translation (which also carries the direction) is missing.
    QGuiApplication::setLayoutDirection(locale.textDirection());

    removeTranslators();
    bool loaded = true;
    if (language != Language::English) {
        const QString code = languageCode(language);
        if (m_qtTranslator.load(QStringLiteral("qtbase_%1").arg(code),
                                QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            m_qtTranslatorInstalled = QCoreApplication::installTranslator(&m_qtTranslator);
        }
        // Installed last, so asked first: the program's own wording of the Qt
        // messages it shows (JSON parse errors) wins over Qt's.
        loaded = m_appTranslator.load(QStringLiteral(":/i18n/sharaka_%1.qm").arg(code));
        if (loaded)
            m_appTranslatorInstalled = QCoreApplication::installTranslator(&m_appTranslator);
    }
    const bool changed = language != m_language;
    m_language = language;
    if (changed || language == Language::English) {
        // Removing translators alone sends no LanguageChange when going back
        // to English from nothing installed; post one so widgets re-set texts.
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }
    emit languageChanged(language);
    return loaded;
}

Language LanguageManager::preferredLanguage()
{
    return Settings().language().value_or(languageForLocale(QLocale::system()));
}

void LanguageManager::saveLanguage(Language language)
{
    Settings().setLanguage(language);
}

} // namespace sharaka
