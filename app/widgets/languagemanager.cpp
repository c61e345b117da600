// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/languagemanager.h"

#include "core/settings.h"
#include "core/translationcatalog.h"

#include <QGuiApplication>

namespace sharaka {

LanguageManager::LanguageManager(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{}

LanguageManager::~LanguageManager() = default;

bool LanguageManager::setLanguage(Language language)
{
    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);
    // Set explicitly so that Arabic is right to left even where Qt's own
    // translation (which also carries the direction) is missing.
    QGuiApplication::setLayoutDirection(locale.textDirection());

    // The old translations go before the new ones come, so no string is
    // looked up in the wrong language first.
    m_catalog.reset();
    m_catalog = std::make_unique<TranslationCatalog>(language);
    const bool changed = language != m_language;
    m_language = language;
    if (changed || language == Language::English) {
        // Removing translators alone sends no LanguageChange when going back
        // to English from nothing installed; post one so widgets re-set texts.
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }
    emit languageChanged(language);
    // QApplication passes LanguageChange on to each window as a posted event,
    // and the layouts the new texts ask for are posted too, after the
    // window's update request: delivered later, they would come after a paint
    // of the window half in the old language and geometry, and the switch
    // would paint twice. Delivered now.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    return m_catalog->isProgramLoaded();
}

bool LanguageManager::chooseLanguage(Language language)
{
    m_settings->setLanguage(language);
    return setLanguage(language);
}

Language LanguageManager::preferredLanguage() const
{
    return m_settings->language().value_or(languageForLocale(QLocale::system()));
}

} // namespace sharaka
