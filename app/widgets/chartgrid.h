// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>

namespace sharaka {

/// Where the charts stand, in the window and on the printed page alike: two
/// columns; with an odd count the first chart, which holds the most bars in
/// the Sharaka data, takes the full height of the first two rows and the
/// next two stack beside it.
struct ChartGrid
{
    struct Cell
    {
        int row = 0;
        int column = 0;
        int rowSpan = 1;
    };

    /// The cell of each of @p count charts, in dataset order.
    static QList<Cell> cells(int count);
    /// How many rows and columns those cells use.
    static int rows(int count);
    static int columns(int count);
};

} // namespace sharaka
