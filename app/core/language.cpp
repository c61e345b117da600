// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/language.h"

namespace sharaka {

QList<Language> supportedLanguages()
{
    return {Language::English, Language::French, Language::Arabic};
}

QString languageCode(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("en");
    case Language::French:
        return QStringLiteral("fr");
    case Language::Arabic:
        return QStringLiteral("ar");
    }
    return QStringLiteral("en");
}

std::optional<Language> languageFromCode(const QString &code)
{
    const QString normalized = code.trimmed().toLower();
    for (Language language : supportedLanguages()) {
        if (languageCode(language) == normalized)
            return language;
    }
    return std::nullopt;
}

Language languageForLocale(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::French:
        return Language::French;
    case QLocale::Arabic:
        return Language::Arabic;
    default:
        return Language::English;
    }
}

QLocale localeFor(Language language)
{
    switch (language) {
    case Language::English:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case Language::French:
        return QLocale(QLocale::French, QLocale::France);
    case Language::Arabic:
        return QLocale(QLocale::Arabic, QLocale::Libya);
    }
    return QLocale::c();
}

QString nativeLanguageName(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("English");
    case Language::French:
        return QStringLiteral("Français");
    case Language::Arabic:
        return QStringLiteral("العربية");
    }
    return {};
}

} // namespace sharaka
