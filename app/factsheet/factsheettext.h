// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "factsheet/factsheetstyle.h"

#include <QString>
#include <QTextDocument>

#include <memory>

class QPainter;

namespace sharaka {

/// Rich text on a factsheet page: real text (searchable, copyable, links
/// clickable in the PDF), wrapped at word boundaries in the page's direction.
/// Callers escape every string that comes from the dataset (toHtmlEscaped).
class FactsheetText final
{
public:
    /// @p html laid out at @p width in @p points.
    FactsheetText(const FactsheetStyle &style, const QString &html, qreal width, qreal points,
                  Qt::Alignment alignment = Qt::AlignLeading);

    qreal height() const;
    /// The width of the widest line.
    qreal idealWidth() const;
    /// Draws at @p topLeft in the painter's colour.
    void draw(QPainter &painter, const QPointF &topLeft, const QColor &color) const;

    /// A paragraph with no space above and @p spaceBelow pixels below it.
    static QString paragraph(const QString &html, qreal spaceBelow = 2);
    /// A link to @p url showing @p text (both plain text), or the text alone
    /// when the address is not http(s): only web pages open from the page.
    static QString link(const QString &url, const QString &text);

private:
    std::unique_ptr<QTextDocument> m_document;
};

} // namespace sharaka
