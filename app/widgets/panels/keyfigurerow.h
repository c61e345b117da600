// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/dataset.h"

#include <QList>
#include <QWidget>

class QHBoxLayout;

namespace sharaka {

class KeyFigureTile;

/// The headline figures of a dataset as a row of tiles above the charts.
/// Which indicators are headlines is the dataset's choice ("headline": true);
/// a dataset without any shows no row at all.
class KeyFigureRow final : public QWidget
{
    Q_OBJECT

public:
    explicit KeyFigureRow(QWidget *parent = nullptr);

    /// The most tiles a row holds: more would not read at 1024 pixels wide.
    static constexpr int MaximumTiles = 5;

    /// Tiles for the money of an aid activity first (ActivityFigures), then
    /// for @p indicatorIds in that order, at most MaximumTiles in all;
    /// unknown ids are skipped.
    void setContent(const Dataset &dataset, Language language, const QStringList &indicatorIds);
    QList<KeyFigureTile *> tiles() const { return m_tiles; }

signals:
    /// A tile was clicked or activated with the keyboard.
    void indicatorActivated(const QString &indicatorId);
    /// A money tile was: @p chartId is the finance chart.
    void chartActivated(const QString &chartId);

private:
    void addTile(KeyFigureTile *tile);
    QStringList tileNames() const;

    QHBoxLayout *m_layout = nullptr;
    QList<KeyFigureTile *> m_tiles;
};

} // namespace sharaka
