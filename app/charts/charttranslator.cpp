// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/charttranslator.h"

#include <QCoreApplication>

namespace sharaka {

QString ScopedChartTranslator::SourceTextTranslator::translate(const char *, const char *sourceText,
                                                               const char *, int) const
{
    return QString::fromUtf8(sourceText);
}

ScopedChartTranslator::ScopedChartTranslator(Language language)
{
    // Installed even when the interface already speaks the language: the
    // export must not depend on whether the interface's translation loaded.
    if (language == Language::English) {
        m_installed = &m_sourceText;
    } else {
        m_loaded =
            m_translation.load(QStringLiteral(":/i18n/sharaka_%1.qm").arg(languageCode(language)));
        if (m_loaded)
            m_installed = &m_translation;
    }
    if (m_installed && !QCoreApplication::installTranslator(m_installed))
        m_installed = nullptr;
}

ScopedChartTranslator::~ScopedChartTranslator()
{
    if (m_installed)
        QCoreApplication::removeTranslator(m_installed);
}

} // namespace sharaka
