// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/language.h"

#include <QObject>
#include <QTranslator>

namespace sharaka {

/// Owns the interface language: the application's and Qt's translators, the
/// default locale and the layout direction. Widgets follow through
/// QEvent::LanguageChange; charts are rebuilt by their panels on languageChanged.
class LanguageManager final : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    Language language() const { return m_language; }

    /// Installs @p language. Returns false (and keeps English text) when the
    /// translation cannot be loaded; direction and locale are set regardless.
    bool setLanguage(Language language);

    /// The language saved in the settings, else the system's when supported, else English.
    static Language preferredLanguage();
    static void saveLanguage(Language language);

signals:
    void languageChanged(sharaka::Language language);

private:
    void removeTranslators();

    Language m_language = Language::English;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    bool m_appTranslatorInstalled = false;
    bool m_qtTranslatorInstalled = false;
};

} // namespace sharaka
