// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/panels/keyfigurerow.h"

#include "widgets/panels/keyfiguretile.h"

#include <QHBoxLayout>

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
    qDeleteAll(m_tiles);
    m_tiles.clear();
    // Each tile shown inside a shown window would lay the whole window out
    // again; the row is hidden while it is filled, and shown once with all
    // its tiles.
    if (isVisible())
        hide();
    // Money first, as aid portals show an activity.
    for (const ActivityFigures::MoneyFigure &figure :
         ActivityFigures(language).moneyFigures(dataset))
        addTile(new KeyFigureTile(figure, ActivityFigures::financeChartId(), this));
    for (const QString &id : indicatorIds) {
        const Indicator *indicator = dataset.indicator(id);
        if (m_tiles.size() >= MaximumTiles)
            break;
        if (indicator)
            addTile(new KeyFigureTile(dataset, *indicator, language, this));
    }
    setVisible(!m_tiles.isEmpty());
}

void KeyFigureRow::addTile(KeyFigureTile *tile)
{
    connect(tile, &KeyFigureTile::activated, this, &KeyFigureRow::indicatorActivated);
    connect(tile, &KeyFigureTile::chartActivated, this, &KeyFigureRow::chartActivated);
    m_layout->addWidget(tile, 1);
    m_tiles.append(tile);
}

} // namespace sharaka
