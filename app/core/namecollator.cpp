// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/namecollator.h"

#include <QString>

#include <algorithm>

namespace sharaka {

namespace {

/// The base letter of @p c in lower case ('a' to 'z'), ' ' for a space, or
/// 0 when @p c is neither a Latin letter (accented or not) nor a space.
char16_t baseLetter(QChar c)
{
    char16_t u = c.unicode();
    if (u == u' ')
        return u;
    if (u >= 0x80 && c.decompositionTag() == QChar::Canonical) {
        // "é" is "e" and a combining acute accent; only the letter counts here.
        const QString parts = c.decomposition();
        for (qsizetype i = 1; i < parts.size(); ++i) {
            if (parts.at(i).category() != QChar::Mark_NonSpacing)
                return 0;
        }
        u = parts.at(0).unicode();
    }
    if (u >= u'A' && u <= u'Z')
        return char16_t(u - u'A' + u'a');
    if (u >= u'a' && u <= u'z')
        return u;
    return 0;
}

/// Whether the character at @p at (if any) is a letter or a space, so that
/// it cannot change the weight of the character before it.
bool endsOrGoesOnWithLetter(QStringView text, qsizetype at)
{
    return at >= text.size() || baseLetter(text.at(at)) != 0;
}

/// The order of @p left and @p right by their base letters, or nullopt when
/// the first level of the collation cannot be told from them alone: they
/// have the same base letters, or something other than a Latin letter or a
/// space comes before (or right after) the first difference. What follows
/// the first difference does not change the order ("Palestine *" comes
/// after "Libya" whatever the mark is).
std::optional<int> compareBaseLetters(QStringView left, QStringView right)
{
    const qsizetype common = std::min(left.size(), right.size());
    for (qsizetype i = 0; i < common; ++i) {
        const char16_t a = baseLetter(left.at(i));
        const char16_t b = baseLetter(right.at(i));
        if (a == 0 || b == 0)
            return std::nullopt;
        if (a == b)
            continue;
        if (!endsOrGoesOnWithLetter(left, i + 1) || !endsOrGoesOnWithLetter(right, i + 1))
            return std::nullopt;
        return a < b ? -1 : 1;
    }
    if (left.size() == right.size())
        return std::nullopt; // accents and case decide: QCollator's job
    // One is the start of the other: "Niger" before "Nigeria".
    const bool leftShorter = left.size() < right.size();
    if (baseLetter((leftShorter ? right : left).at(common)) == 0)
        return std::nullopt;
    return leftShorter ? -1 : 1;
}

} // namespace

NameCollator::NameCollator(const QLocale &locale)
    : m_locale(locale)
    , m_baseLettersDecide(locale.language() == QLocale::English ||
                          locale.language() == QLocale::French)
{}

int NameCollator::compare(QStringView left, QStringView right) const
{
    if (m_baseLettersDecide) {
        if (const std::optional<int> order = compareBaseLetters(left, right))
            return *order;
    }
    if (!m_collator)
        m_collator.emplace(m_locale);
    return m_collator->compare(left, right);
}

} // namespace sharaka
