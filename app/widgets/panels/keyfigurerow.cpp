// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/panels/keyfigurerow.h"

#include "widgets/panels/keyfiguretile.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QScrollBar>

#include <algorithm>

namespace sharaka {

namespace {

// The widest the row asks to be before its tiles scroll, in average characters.
constexpr int MaxLeastWidthChars = 100;

} // namespace

KeyFigureRow::KeyFigureRow(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
    , m_strip(new QWidget(m_scroll))
    , m_layout(new QHBoxLayout(m_strip))
{
    setObjectName(QStringLiteral("keyFigures"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_scroll->setObjectName(QStringLiteral("keyFigureScroll"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setWidgetResizable(true);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_scroll->setWidget(m_strip);
    // The scroll area hides the tiles' size from the window's layout; the
    // row passes it on.
    m_strip->installEventFilter(this);
}

int KeyFigureRow::leastWidth() const
{
    return std::min(m_layout->minimumSize().width(),
                    MaxLeastWidthChars * fontMetrics().averageCharWidth());
}

QSize KeyFigureRow::sizeHint() const
{
    const int width = std::max(m_layout->sizeHint().width(), leastWidth());
    return QSize(width, heightForWidth(width));
}

QSize KeyFigureRow::minimumSizeHint() const
{
    const int width = leastWidth();
    return QSize(width, heightForWidth(width));
}

int KeyFigureRow::heightForWidth(int width) const
{
    const int tilesNeed = m_layout->minimumSize().width();
    const int laidOut = std::max(width, tilesNeed);
    int height = m_layout->hasHeightForWidth() ? m_layout->totalHeightForWidth(laidOut)
                                               : m_layout->totalSizeHint().height();
    if (width < tilesNeed)
        height += m_scroll->horizontalScrollBar()->sizeHint().height();
    return height;
}

void KeyFigureRow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_scroll->setGeometry(rect());
}

bool KeyFigureRow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_strip && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QWidget::eventFilter(watched, event);
}

void KeyFigureRow::setContent(const Dataset &dataset, Language language,
                              const QStringList &indicatorIds)
{
    QList<const Indicator *> indicators;
    for (const QString &id : indicatorIds) {
        if (const Indicator *indicator = dataset.indicator(id))
            indicators.append(indicator);
    }
    // The tiles there are show the new texts in place: a language switch
    // builds no widget.
    const qsizetype kept = std::min(indicators.size(), m_tiles.size());
    for (qsizetype i = 0; i < kept; ++i)
        m_tiles.at(i)->setContent(dataset, *indicators.at(i), language);
    while (m_tiles.size() > kept)
        delete m_tiles.takeLast();
    if (indicators.size() > kept) {
        // Each tile shown inside a shown window would lay the whole window
        // out again; the row is hidden while it is filled, then shown once
        // with all its tiles.
        if (isVisible())
            hide();
        for (qsizetype i = kept; i < indicators.size(); ++i) {
            auto *tile = new KeyFigureTile(dataset, *indicators.at(i), language, m_strip);
            connect(tile, &KeyFigureTile::activated, this, &KeyFigureRow::indicatorActivated);
            m_layout->addWidget(tile, 1);
            m_tiles.append(tile);
        }
    }
    setVisible(!m_tiles.isEmpty());
    updateGeometry();
}

} // namespace sharaka
