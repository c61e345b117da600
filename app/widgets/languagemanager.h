// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/language.h"

#include <QObject>

#include <memory>

namespace sharaka {

class Settings;
class TranslationCatalog;

/// Owns the interface language: the installed translations, the default
/// locale and the layout direction, and the language remembered in the
/// settings. Widgets follow through QEvent::LanguageChange; charts are
/// rebuilt by their panels on languageChanged.
class LanguageManager final : public QObject
{
    Q_OBJECT

public:
    /// @p settings remembers the language chosen with chooseLanguage().
    explicit LanguageManager(Settings *settings, QObject *parent = nullptr);
    ~LanguageManager() override;

    Language language() const { return m_language; }
    /// Where the chosen language is remembered.
    Settings *settings() const { return m_settings; }

    /// Installs @p language. Returns false (and keeps English text) when the
    /// translation cannot be loaded; direction and locale are set regardless.
    bool setLanguage(Language language);
    /// Installs @p language, chosen by the user, and remembers it for the next start.
    bool chooseLanguage(Language language);

    /// The language saved in the settings, else the system's when supported, else English.
    Language preferredLanguage() const;

signals:
    void languageChanged(sharaka::Language language);

private:
    Settings *m_settings = nullptr;
    Language m_language = Language::English;
    std::unique_ptr<TranslationCatalog> m_catalog;
};

} // namespace sharaka
