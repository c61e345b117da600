// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "factsheet/factsheetblock.h"

#include <QList>
#include <QString>

namespace sharaka {

/// The headline figures as a row of tiles: the number in large type ("800+"
/// for a lower bound), its label, and "at least 800" under a lower bound.
/// Rows of at most five; a page break falls between rows.
class KeyFiguresBlock final : public FactsheetBlock
{
public:
    struct Tile
    {
        QString value;     ///< plain text, "800+"
        QString label;     ///< plain text
        QString qualifier; ///< plain text, empty for an exact figure
    };

    KeyFiguresBlock(const FactsheetStyle &style, QList<Tile> tiles);

    qreal heightFor(qreal width) const override;
    void paint(QPainter &painter, const QRectF &rect) const override;
    FactsheetSplit split(qreal width, qreal height) const override;

    static constexpr int TilesPerRow = 5;

private:
    qreal tileWidth(qreal width) const;
    qreal rowHeight(qsizetype row, qreal width) const;
    qsizetype rowCount() const { return (m_tiles.size() + TilesPerRow - 1) / TilesPerRow; }
    QString tileHtml(const Tile &tile) const;

    QList<Tile> m_tiles;
};

} // namespace sharaka
