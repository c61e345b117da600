// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "factsheet/factsheetstyle.h"

#include "charts/charttheme.h"

namespace sharaka {

FactsheetStyle::FactsheetStyle(Language language, QPaintDevice *device)
    : m_language(language)
    , m_locale(localeFor(language))
    , m_device(device)
{}

QFont FactsheetStyle::font(qreal points, bool bold) const
{
    // The charts' face, not the desktop's: a file looks the same wherever it is made.
    QFont font = defaultChartFont();
    font.setPointSizeF(points);
    font.setBold(bold);
    // Unhinted outlines: the page is printed or zoomed, never shown at 96 dpi.
    font.setHintingPreference(QFont::PreferNoHinting);
    // Any letter spacing turns off Latin ligatures ("ﬁ", "ﬀ") in Qt's shaping,
    // so the PDF's text reads back as the letters ("fighters" is found by a
    // search); a 64th of a pixel, Qt's smallest step, is invisible. Not in
    // Arabic, where pdftotext then reads the gaps between joined letters as spaces.
    if (m_language != Language::Arabic)
        font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    return font;
}

QString FactsheetStyle::emphasis(const QString &html) const
{
    if (m_language == Language::Arabic)
        return html;
    return QStringLiteral("<i>%1</i>").arg(html);
}

QRectF FactsheetStyle::visual(const QRectF &area, const QRectF &rect) const
{
    if (!rightToLeft())
        return rect;
    return QRectF(area.left() + area.right() - rect.right(), rect.top(), rect.width(),
                  rect.height());
}

} // namespace sharaka
