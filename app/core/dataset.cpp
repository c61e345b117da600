// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/dataset.h"

#include <algorithm>

namespace sharaka {

namespace {

template<typename T>
const T *findById(const QList<T> &items, const QString &id)
{
    const auto it =
        std::find_if(items.cbegin(), items.cend(), [&id](const T &item) { return item.id == id; });
    return it == items.cend() ? nullptr : &*it;
}

} // namespace

const Source *Dataset::source(const QString &id) const
{
    return findById(sources, id);
}

const Phase *Dataset::phase(const QString &id) const
{
    return findById(phases, id);
}

const Footnote *Dataset::footnote(const QString &id) const
{
    return findById(footnotes, id);
}

const Indicator *Dataset::indicator(const QString &id) const
{
    return findById(indicators, id);
}

const ChartSpec *Dataset::chart(const QString &id) const
{
    if (const ChartSpec *listed = findById(charts, id))
        return listed;
    if (id == implicitMapId() && hasImplicitMap()) {
        static const ChartSpec implicitMap{implicitMapId(), ChartKind::Map, {}, {}};
        return &implicitMap;
    }
    return nullptr;
}

bool Dataset::hasImplicitMap() const
{
    // A listed map, or any chart already called "map", takes its place.
    return !countries.isEmpty() &&
           std::none_of(charts.cbegin(), charts.cend(), [](const ChartSpec &spec) {
               return spec.kind == ChartKind::Map || spec.id == implicitMapId();
           });
}

QStringList Dataset::chartIds() const
{
    QStringList ids;
    ids.reserve(charts.size() + 1);
    if (hasImplicitMap())
        ids.append(implicitMapId());
    for (const ChartSpec &spec : charts)
        ids.append(spec.id);
    return ids;
}

QStringList Dataset::chartSourceIds(const ChartSpec &spec) const
{
    QStringList ids;
    for (const QString &indicatorId : spec.indicatorIds) {
        if (const Indicator *item = indicator(indicatorId)) {
            for (const QString &sourceId : item->sourceIds) {
                if (!ids.contains(sourceId))
                    ids.append(sourceId);
            }
        }
    }
    return ids;
}

} // namespace sharaka
