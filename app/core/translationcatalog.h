// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/language.h"

#include <QTranslator>

namespace sharaka {

/// The one place that knows where translations are: the program's own,
/// embedded in sharaka_core, and Qt's (for the texts of Qt's dialogs, the
/// command-line parser and the standard buttons), installed with Qt.
/// An object installs both application-wide while it lives; the command line
/// and the window each keep one, and LanguageTranslator reads the program's
/// alone for exports in another language.
class TranslationCatalog final
{
public:
    /// Loads @p language's program translation into @p translator; English's
    /// holds only its plural forms ("1 country"). False when it cannot be loaded.
    static bool loadProgram(QTranslator &translator, Language language);
    /// The same for Qt's own translation.
    static bool loadQt(QTranslator &translator, Language language);

    /// Installs both translations of @p language into the application, as
    /// far as they load; English installs its plural forms only.
    explicit TranslationCatalog(Language language);
    /// Removes what it installed.
    ~TranslationCatalog();
    TranslationCatalog(const TranslationCatalog &) = delete;
    TranslationCatalog &operator=(const TranslationCatalog &) = delete;

    /// False when the program translation could not be loaded (its strings
    /// stay English, "1 countries" included).
    bool isProgramLoaded() const { return m_programLoaded; }

private:
    void install(QTranslator &translator, bool loaded);

    QTranslator m_program;
    QTranslator m_qt;
    QList<QTranslator *> m_installed;
    bool m_programLoaded = true;
};

} // namespace sharaka
