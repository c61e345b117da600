// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/commandlinelanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace sharaka {

CommandLineLanguage::CommandLineLanguage(Language language)
{
    QLocale::setDefault(localeFor(language));
    if (language == Language::English)
        return;
    const QString code = languageCode(language);
    // The program's translation goes in last, so it is asked first: it
    // carries its own wording of Qt's --help lines and JSON parse errors.
    install(m_qt, m_qt.load(QStringLiteral("qtbase_%1").arg(code),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    install(m_program, m_program.load(QStringLiteral(":/i18n/sharaka_%1.qm").arg(code)));
}

CommandLineLanguage::~CommandLineLanguage()
{
    for (QTranslator *translator : std::as_const(m_installed))
        QCoreApplication::removeTranslator(translator);
}

void CommandLineLanguage::install(QTranslator &translator, bool loaded)
{
    // A missing translation leaves English, which every message has.
    if (loaded && QCoreApplication::installTranslator(&translator))
        m_installed.append(&translator);
}

} // namespace sharaka
