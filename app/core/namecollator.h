// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCollator>
#include <QLocale>
#include <QStringView>

#include <optional>

namespace sharaka {

/// Orders names as QCollator does for a locale, without opening ICU's
/// collation (about 1.8 MB of its code and data) for the pairs it can order
/// alone: in English and French, two names whose first difference lies
/// between Latin letters (accented or not) or spaces, with only those before
/// it. Those are ordered by their base letters, case-insensitively, a space
/// before any letter: the first level of the Unicode collation, which
/// neither locale tailors and which decides whenever it differs. Any other
/// pair, and every pair in another language, goes to QCollator, opened on
/// first use.
class NameCollator final
{
public:
    explicit NameCollator(const QLocale &locale = QLocale(QLocale::English));

    /// Negative, zero or positive as QCollator(locale).compare().
    int compare(QStringView left, QStringView right) const;

private:
    QLocale m_locale;
    bool m_baseLettersDecide = false;
    mutable std::optional<QCollator> m_collator;
};

} // namespace sharaka
