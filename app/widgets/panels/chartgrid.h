// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

namespace sharaka {

struct Dataset;

/// Where the charts stand, in the window and on the printed page alike: a map
/// that comes first goes across the top; the other charts follow in two
/// columns, where with an odd count the first chart, which holds the most bars
/// in the Sharaka data, takes the full height of two rows and the next two
/// stack beside it.
struct ChartGrid
{
    struct Cell
    {
        int row = 0;
        int column = 0;
        int rowSpan = 1;
        int columnSpan = 1;
    };

    /// The id of the map across the top: the first chart when it is a map, else empty.
    static QString topMapId(const Dataset &dataset);
    /// The charts of @p dataset in the two-column grid, in dataset order.
    static QStringList gridChartIds(const Dataset &dataset);

    /// The cell of each of @p count charts in the two-column grid, in order.
    static QList<Cell> cells(int count);
    /// The cells of @p count charts in @p columns columns: two as cells()
    /// places them, or one chart a row in a single column.
    static QList<Cell> cells(int count, int columns);

    /// How many rows and columns those cells use.
    static int rows(int count);
    static int columns(int count);
};

} // namespace sharaka
