// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/panels/linecut.h"

#include <QTextLayout>
#include <QWidget>

#include <algorithm>

namespace sharaka {

QString cutToLines(const QString &text, const QFont &font, int width, int lines,
                   Qt::LayoutDirection direction, bool *cut)
{
    *cut = false;
    if (width <= 0 || text.isEmpty())
        return text;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    option.setTextDirection(direction);
    layout.setTextOption(option);
    layout.beginLayout();
    int count = 0;
    int end = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (++count == lines)
            end = line.textStart() + line.textLength();
        if (count > lines)
            break;
    }
    layout.endLayout();
    if (count <= lines)
        return text;
    // Room for the ellipsis and the " · " that follows it on the last line.
    QString head = text.left(end).trimmed();
    const qsizetype space =
        head.lastIndexOf(QLatin1Char(' '), std::max<qsizetype>(0, head.size() - 4));
    if (space > 0)
        head.truncate(space);
    *cut = true;
    return head.trimmed() + QChar(0x2026);
}

int placedTextWidth(const QWidget *widget)
{
    return widget->testAttribute(Qt::WA_Resized) ? widget->contentsRect().width() : 0;
}

} // namespace sharaka
