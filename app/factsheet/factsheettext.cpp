// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "factsheet/factsheettext.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextOption>
#include <QUrl>

namespace sharaka {

FactsheetText::FactsheetText(const FactsheetStyle &style, const QString &html, qreal width,
                             qreal points, Qt::Alignment alignment)
    : m_document(std::make_unique<QTextDocument>())
{
    m_document->setUndoRedoEnabled(false);
    m_document->setDocumentMargin(0);
    m_document->setDefaultFont(style.font(points));
    // Unhinted advances: the text is measured as the PDF draws it.
    m_document->setUseDesignMetrics(true);
    QTextOption option(alignment);
    option.setTextDirection(style.direction());
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_document->setDefaultTextOption(option);
    if (style.device())
        m_document->documentLayout()->setPaintDevice(style.device());
    m_document->setHtml(html);
    m_document->setTextWidth(width);
}

qreal FactsheetText::height() const
{
    return m_document->size().height();
}

qreal FactsheetText::idealWidth() const
{
    return m_document->idealWidth();
}

void FactsheetText::draw(QPainter &painter, const QPointF &topLeft, const QColor &color) const
{
    painter.save();
    painter.translate(topLeft);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, color);
    m_document->documentLayout()->draw(&painter, context);
    painter.restore();
}

QString FactsheetText::paragraph(const QString &html, qreal spaceBelow)
{
    return QStringLiteral("<p style=\"margin-top:0px; margin-bottom:%1px\">%2</p>")
        .arg(spaceBelow)
        .arg(html);
}

QString FactsheetText::link(const QString &url, const QString &text)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return text.toHtmlEscaped();
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(QString::fromUtf8(parsed.toEncoded()).toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace sharaka
