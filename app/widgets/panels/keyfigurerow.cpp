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
    // Money first, as aid portals show an activity.
    const QList<ActivityFigures::MoneyFigure> money =
        ActivityFigures(language).moneyFigures(dataset);
    QList<const Indicator *> indicators;
    QStringList names;
    for (const ActivityFigures::MoneyFigure &figure : money)
        names.append(KeyFigureTile::moneyTileName(figure.id));
    for (const QString &id : indicatorIds) {
        if (names.size() >= MaximumTiles)
            break;
        if (const Indicator *indicator = dataset.indicator(id)) {
            indicators.append(indicator);
            names.append(KeyFigureTile::indicatorTileName(id));
        }
    }

    // A language switch keeps the same tiles and only changes their words:
    // building them again cost more than the rest of the row's work.
    if (names != tileNames()) {
        qDeleteAll(m_tiles);
        m_tiles.clear();
        // Each tile shown inside a shown window would lay the whole window
        // out again; the row is hidden while it is filled, and shown once
        // with all its tiles.
        if (isVisible())
            hide();
        for (qsizetype i = 0; i < names.size(); ++i)
            addTile(new KeyFigureTile(this));
    }
    qsizetype next = 0;
    for (const ActivityFigures::MoneyFigure &figure : money)
        m_tiles.at(next++)->showMoney(figure, ActivityFigures::financeChartId());
    for (const Indicator *indicator : std::as_const(indicators))
        m_tiles.at(next++)->showIndicator(dataset, *indicator, language);
    setVisible(!m_tiles.isEmpty());
}

QStringList KeyFigureRow::tileNames() const
{
    QStringList names;
    for (const KeyFigureTile *tile : m_tiles)
        names.append(tile->objectName());
    return names;
}

void KeyFigureRow::addTile(KeyFigureTile *tile)
{
    connect(tile, &KeyFigureTile::activated, this, &KeyFigureRow::indicatorActivated);
    connect(tile, &KeyFigureTile::chartActivated, this, &KeyFigureRow::chartActivated);
    m_layout->addWidget(tile, 1);
    m_tiles.append(tile);
}

} // namespace sharaka
