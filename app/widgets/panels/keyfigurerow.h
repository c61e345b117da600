// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/dataset.h"

#include <QList>
#include <QWidget>

class QHBoxLayout;
class QScrollArea;

namespace sharaka {

class KeyFigureTile;

/// The headline figures of a dataset as a row of tiles above the charts.
/// Which indicators are headlines is the dataset's choice ("headline": true);
/// a dataset without any shows no row at all. Tiles that do not fit the
/// row's width scroll sideways: many headline figures never make the window
/// wider than the screen.
class KeyFigureRow final : public QWidget
{
    Q_OBJECT

public:
    explicit KeyFigureRow(QWidget *parent = nullptr);

    /// Tiles for @p indicatorIds, in that order; unknown ids are skipped.
    void setContent(const Dataset &dataset, Language language, const QStringList &indicatorIds);
    QList<KeyFigureTile *> tiles() const { return m_tiles; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    /// The tiles' height at @p width, and the scroll bar's when they do not fit.
    int heightForWidth(int width) const override;

signals:
    /// A tile was clicked or activated with the keyboard.
    void indicatorActivated(const QString &indicatorId);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The narrowest the row asks to be: what its tiles need, up to about a
    /// hundred characters; beyond that they scroll.
    int leastWidth() const;

    QScrollArea *m_scroll = nullptr;
    QWidget *m_strip = nullptr;
    QHBoxLayout *m_layout = nullptr;
    QList<KeyFigureTile *> m_tiles;
};

} // namespace sharaka
