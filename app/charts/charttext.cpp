// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/charttext.h"

namespace sharaka::ChartText {

QString plain(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            clean.append(c);
            clean.append(text.at(++i));
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')) {
            clean.append(QLatin1Char(' '));
        } else if (c.isSurrogate() || c.category() == QChar::Other_Control ||
                   c.unicode() == 0xFFFE || c.unicode() == 0xFFFF) {
            clean.append(QChar::ReplacementCharacter);
        } else {
            clean.append(c);
        }
    }
    return clean;
}

QString label(const QString &text)
{
    if (text.size() <= MaxLabelLength)
        return plain(text);
    qsizetype cut = MaxLabelLength - 1;
    // Never between the two halves of a character outside the BMP.
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    return plain(text.left(cut)) + QChar(0x2026);
}

QString markup(const QString &text)
{
    return label(text).toHtmlEscaped();
}

} // namespace sharaka::ChartText
