// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/language.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QRectF>
#include <QString>

class QPaintDevice;

namespace sharaka {

/// The look of a factsheet in one language: fonts in points (the page is laid
/// out at 96 dots per inch, as the charts are), colours, and the reading
/// direction that mirrors the page in Arabic.
class FactsheetStyle final
{
public:
    /// @p device is where text is measured and drawn; it must outlive the style.
    FactsheetStyle(Language language, QPaintDevice *device);

    Language language() const { return m_language; }
    QLocale locale() const { return m_locale; }
    Qt::LayoutDirection direction() const { return m_locale.textDirection(); }
    bool rightToLeft() const { return direction() == Qt::RightToLeft; }
    QPaintDevice *device() const { return m_device; }

    /// @p html in italics, except in Arabic, which has none (a slanted
    /// Arabic face is synthesised, and its glyphs no longer read back as text).
    QString emphasis(const QString &html) const;

    /// The page's font at @p points.
    QFont font(qreal points, bool bold = false) const;

    /// @p rect, given for a left-to-right page inside @p area, where it stands
    /// on this page: mirrored in right-to-left languages.
    QRectF visual(const QRectF &area, const QRectF &rect) const;

    static constexpr qreal BodyPoints = 8;
    static constexpr qreal SmallPoints = 6.8;
    /// Space between blocks.
    static constexpr qreal Gap = 8;

    QColor text() const { return QColor(0x1d, 0x25, 0x2c); }
    QColor muted() const { return QColor(0x4f, 0x5b, 0x66); }
    QColor accent() const { return QColor(0x1f, 0x4e, 0x79); }
    QColor tile() const { return QColor(0xe8, 0xef, 0xf6); }
    QColor rule() const { return QColor(0xb8, 0xc7, 0xd6); }

private:
    Language m_language;
    QLocale m_locale;
    QPaintDevice *m_device;
};

} // namespace sharaka
