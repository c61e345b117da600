// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/categorylabels.h"

#include "charts/charttext.h"

#include <QStringList>

#include <cstdlib>

namespace sharaka {

QString CategoryLabels::unique(const QString &category)
{
    QString unique = category;
    qsizetype &copies = m_copies[category];
    while (m_used.contains(unique))
        unique = category + invisibleNumber(++copies);
    m_used.insert(unique);
    return unique;
}

QString CategoryLabels::wrapped(const QString &text)
{
    // Arabic labels run longer: each break at the space nearest its even share.
    constexpr qsizetype OneLineLength = 18;
    const QString label = ChartText::label(text);
    if (label.size() <= OneLineLength)
        return label.toHtmlEscaped();
    const qsizetype lines = label.size() > 2 * OneLineLength + 6 ? 3 : 2;
    QStringList parts;
    qsizetype from = 0;
    for (qsizetype line = 1; line < lines; ++line) {
        const qsizetype target = label.size() * line / lines;
        qsizetype best = -1;
        for (qsizetype i = from; i < label.size(); ++i) {
            if (label.at(i) == QLatin1Char(' ') &&
                (best < 0 || std::abs(i - target) < std::abs(best - target)))
                best = i;
        }
        if (best < 0)
            break;
        parts.append(label.mid(from, best - from).toHtmlEscaped());
        from = best + 1;
    }
    parts.append(label.mid(from).toHtmlEscaped());
    return parts.join(QStringLiteral("<br>"));
}

QString CategoryLabels::invisibleNumber(qsizetype number)
{
    QString digits;
    for (; number > 0; number >>= 1)
        digits += QChar(number & 1 ? 0x2060 : 0x200B);
    return digits;
}

} // namespace sharaka
