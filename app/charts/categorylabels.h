// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace sharaka {

/// The labels of a bar chart's category axis, made from dataset text.
///
/// A label longer than a short phrase goes on two balanced lines (three when
/// two would still be long), so that Qt Charts does not elide it in a narrow
/// panel; each line is escaped, since axis labels are rich text.
///
/// The axis drops a category it already has, and its bar with it: the n-th
/// copy of a name gets n written in binary with two zero-width characters
/// (ZERO WIDTH SPACE, WORD JOINER), so 20,000 equal labels take 15 characters
/// each and a hash look-up, not 20,000 characters and a scan of the list.
class CategoryLabels
{
public:
    /// The axis label for @p text (plain dataset text), unique on this axis.
    QString add(const QString &text) { return unique(wrapped(text)); }
    /// @p category (already axis markup) told apart from those before it.
    QString unique(const QString &category);

    /// @p text wrapped and escaped, as add() shows it before telling copies apart.
    static QString wrapped(const QString &text);

private:
    static QString invisibleNumber(qsizetype number);

    QSet<QString> m_used;
    QHash<QString, qsizetype> m_copies;
};

} // namespace sharaka
