// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace sharaka {

/// A font's /ToUnicode CMap in a PDF: which text each glyph code stands for,
/// read from the CMap text Qt writes and written back in the same syntax.
/// searchable() turns the glyph-level text Qt gives shaped Arabic (contextual
/// presentation forms, lam-alef ligatures, marks on their own) into the
/// letters a reader searches for.
class ToUnicodeMap final
{
public:
    /// Reads bfchar and bfrange entries (both range forms) of @p cmap; false
    /// when the text is not a CMap this class understands.
    bool read(const QByteArray &cmap);

    /// The CMap text: the code space read, then every mapping as bfchar.
    QByteArray write() const;

    /// Maps every glyph to the text a reader searches for:
    /// - presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF, Latin ligatures
    ///   U+FB00–U+FB4F) to their NFKC letters, so "ﺷﺮاﻛﺔ" reads "شراكة";
    /// - optional Arabic marks (harakat, shadda, sukun, dagger alif) to no
    ///   text: drawn over their letter at the letter's position, they made
    ///   extractors split the word around them;
    /// - a glyph that stands for several right-to-left letters (lam-alef) to
    ///   its letters in visual order, since extractors reverse each
    ///   right-to-left run character by character after reading the glyphs
    ///   left to right.
    /// Returns whether any mapping changed.
    bool makeSearchable();

    /// The text of glyph @p code ("" for none); for tests.
    QString text(quint32 code) const { return m_texts.value(code); }
    qsizetype size() const { return m_texts.size(); }

    /// What makeSearchable() does to the text of one glyph.
    static QString searchableText(const QString &glyphText);

private:
    QList<QByteArray> m_codeSpaces; // "<0000> <FFFF>" lines as read
    int m_codeBytes = 2;
    QMap<quint32, QString> m_texts;
};

} // namespace sharaka
