// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/language.h"

#include <QString>

namespace sharaka {

/// Names of IATI codes from the codelists shipped at
/// resources/codelists/iati-codelists.json (README there: sources, licence).
/// The lists have English and, for most codes, French; none has Arabic, so
/// Arabic shows the English name with its code.
class Codelists
{
public:
    /// The name of @p code in @p list ("Sector", "TransactionType", …) in
    /// @p language: French where the list has it, else English; in Arabic
    /// "English name (code)". Empty when the list or code is unknown.
    static QString name(const QString &list, const QString &code, Language language);
    /// The name in an IATI 1.0x list (`v1` section: text codes such as "C").
    static QString v1Name(const QString &list, const QString &code, Language language);
    /// The category of @p code in @p list (a DAC 5-digit sector's 3-digit
    /// group); empty when none.
    static QString category(const QString &list, const QString &code);
    /// The code whose English name in @p list is @p englishName (case
    /// ignored): 1.0x files often give names where codes belong.
    static QString codeOfName(const QString &list, const QString &englishName);
    /// Whether @p list has @p code.
    static bool contains(const QString &list, const QString &code);
};

} // namespace sharaka
