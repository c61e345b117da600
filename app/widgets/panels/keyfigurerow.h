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

    /// Tiles for @p indicatorIds, in that order; unknown ids are skipped.
    void setContent(const Dataset &dataset, Language language, const QStringList &indicatorIds);
    QList<KeyFigureTile *> tiles() const { return m_tiles; }

signals:
    /// A tile was clicked or activated with the keyboard.
    void indicatorActivated(const QString &indicatorId);

private:
    QHBoxLayout *m_layout = nullptr;
    QList<KeyFigureTile *> m_tiles;
};

} // namespace sharaka
