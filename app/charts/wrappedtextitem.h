// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QString>

namespace sharaka {

/// Plain text wrapped at word boundaries to a fixed width, drawn with one
/// QPainter::drawText() call. A QGraphicsTextItem would do the same through a
/// whole QTextDocument, which costs more than the rest of a chart's text.
class WrappedTextItem final : public QGraphicsItem
{
public:
    explicit WrappedTextItem(QGraphicsItem *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    void setFont(const QFont &font);
    void setColor(const QColor &color);
    QColor color() const { return m_color; }
    /// Width the text wraps at; the height follows from it.
    void setTextWidth(qreal width);
    /// Absolute: Qt::AlignRight draws on the right whatever the direction.
    void setAlignment(Qt::Alignment alignment);
    void setTextDirection(Qt::LayoutDirection direction);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    int flags() const;
    void updateHeight();
    qreal measuredHeight() const;

    QString m_text;
    QFont m_font;
    QColor m_color;
    qreal m_width = 0;
    mutable qreal m_height = 0;
    mutable bool m_heightKnown = false;
    Qt::Alignment m_alignment = Qt::AlignLeft | Qt::AlignAbsolute;
    Qt::LayoutDirection m_direction = Qt::LeftToRight;
};

} // namespace sharaka
