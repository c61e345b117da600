// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/languagetranslator.h"

#include <QString>
#include <QStringList>

#include <initializer_list>

namespace sharaka::test {

/// The application catalogue's text for @p source in @p language, for tests
/// that check a translation is used rather than its wording (tst_retranslation
/// and tst_translationrules check the wording): editing a translation then
/// breaks only those. Empty when the catalogue does not load, so that a
/// comparison with what is shown fails.
inline QString translated(Language language, const char *context, const char *source,
                          const char *disambiguation = nullptr, int n = -1)
{
    const LanguageTranslator translator(language);
    if (language != Language::English && !translator.isLoaded())
        return {};
    return translator.translate(context, source, disambiguation, n);
}

/// translated() for each of @p sources in @p context, in order (a table's
/// column headers, say).
inline QStringList translatedList(Language language, const char *context,
                                  std::initializer_list<const char *> sources)
{
    const LanguageTranslator translator(language);
    QStringList texts;
    for (const char *source : sources) {
        if (language != Language::English && !translator.isLoaded())
            texts.append(QString());
        else
            texts.append(translator.translate(context, source));
    }
    return texts;
}

} // namespace sharaka::test
