// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/panels/keyfigurerow.h"

#include "widgets/panels/keyfiguretile.h"

#include <QHBoxLayout>

#include <algorithm>

namespace sharaka {

KeyFigureRow::KeyFigureRow(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("keyFigures"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
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
            auto *tile = new KeyFigureTile(dataset, *indicators.at(i), language, this);
            connect(tile, &KeyFigureTile::activated, this, &KeyFigureRow::indicatorActivated);
            m_layout->addWidget(tile, 1);
            m_tiles.append(tile);
        }
    }
    setVisible(!m_tiles.isEmpty());
}

} // namespace sharaka
