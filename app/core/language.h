// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace sharaka {

/// The interface languages the dashboard ships. English is the source language
/// and the fallback for every localized text.
enum class Language { English, French, Arabic };

/// All supported languages, in menu order.
QList<Language> supportedLanguages();

/// ISO 639-1 code: "en", "fr" or "ar".
QString languageCode(Language language);

/// Parses an ISO 639-1 code (case-insensitive); nullopt when unsupported.
std::optional<Language> languageFromCode(const QString &code);

/// The language of @p locale when it is supported, else English.
Language languageForLocale(const QLocale &locale);

/// The locale used for dates and numbers in @p language. Arabic uses the
/// Western digits 0-9, as written in the partner countries of the Maghreb and
/// in the sources' Arabic pages, so figures read the same in every panel.
QLocale localeFor(Language language);

/// The language's name in that language ("English", "Français", "العربية").
QString nativeLanguageName(Language language);

} // namespace sharaka
