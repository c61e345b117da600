// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/panels/chartgrid.h"

#include "core/dataset.h"

namespace sharaka {

namespace {
bool firstSpans(int count)
{
    return count % 2 == 1 && count > 1;
}
} // namespace

QString ChartGrid::topMapId(const Dataset &dataset)
{
    // chartIds(), not charts: the map of the partner countries may be implicit.
    const QStringList ids = dataset.chartIds();
    if (ids.isEmpty())
        return {};
    const ChartSpec *first = dataset.chart(ids.constFirst());
    return first && first->kind == ChartKind::Map ? ids.constFirst() : QString();
}

QStringList ChartGrid::gridChartIds(const Dataset &dataset)
{
    QStringList ids = dataset.chartIds();
    if (!topMapId(dataset).isEmpty())
        ids.removeFirst();
    return ids;
}

QList<ChartGrid::Cell> ChartGrid::cells(int count)
{
    QList<Cell> cells;
    cells.reserve(count);
    const bool spans = firstSpans(count);
    for (int i = 0; i < count; ++i) {
        if (spans && i == 0) {
            cells.append({0, 0, 2});
            continue;
        }
        const int k = i - (spans ? 1 : 0);
        if (spans && k < 2)
            cells.append({k, 1, 1}); // the two beside the spanning chart
        else if (spans)
            cells.append({2 + (k - 2) / 2, (k - 2) % 2, 1});
        else
            cells.append({k / 2, k % 2, 1});
    }
    return cells;
}

QList<ChartGrid::Cell> ChartGrid::cells(int count, int columns)
{
    if (columns > 1)
        return cells(count);
    QList<Cell> cells;
    cells.reserve(count);
    for (int i = 0; i < count; ++i)
        cells.append({i, 0, 1, 1});
    return cells;
}

int ChartGrid::rows(int count)
{
    return firstSpans(count) ? 2 + (count - 2) / 2 : (count + 1) / 2;
}

int ChartGrid::columns(int count)
{
    return count > 1 ? 2 : 1;
}

} // namespace sharaka
