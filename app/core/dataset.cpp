// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/dataset.h"

#include <QMutex>
#include <QSet>

#include <algorithm>
#include <map>

namespace sharaka {

namespace {

template<typename T>
const T *findById(const QList<T> &items, const QString &id)
{
    const auto it =
        std::find_if(items.cbegin(), items.cend(), [&id](const T &item) { return item.id == id; });
    return it == items.cend() ? nullptr : &*it;
}

/// The spec of the period chart of indicator @p indicatorId. It depends on
/// the id alone, so one copy per id serves every dataset; chart() hands out
/// pointers, and std::map keeps its entries where they are as it grows.
const ChartSpec *periodChartSpec(const QString &indicatorId)
{
    static QMutex mutex;
    static std::map<QString, ChartSpec> specs;
    const QMutexLocker locker(&mutex);
    auto found = specs.find(indicatorId);
    if (found == specs.end())
        found = specs
                    .emplace(indicatorId, ChartSpec{Dataset::periodChartId(indicatorId),
                                                    ChartKind::Periods,
                                                    {},
                                                    {indicatorId}})
                    .first;
    return &found->second;
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
    const QString suffix = periodChartId(QString());
    if (id.endsWith(suffix)) {
        const QString indicatorId = id.chopped(suffix.size());
        if (const Indicator *item = indicator(indicatorId); item && hasPeriodChart(*item))
            return periodChartSpec(indicatorId);
    }
    return nullptr;
}

bool Dataset::hasPeriodChart(const Indicator &indicator)
{
    return std::any_of(
        indicator.periods.cbegin(), indicator.periods.cend(),
        [](const IndicatorPeriod &period) { return period.target || period.actual; });
}

bool Dataset::hasImplicitMap() const
{
    // A listed map, or any chart already called "map", takes its place.
    const bool placed = std::any_of(locations.cbegin(), locations.cend(),
                                    [](const Location &location) { return location.hasPoint(); });
    return (!countries.isEmpty() || placed) &&
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
    // Hashed: a hostile file may list many thousands of indicators.
    QSet<QString> listed;
    for (const ChartSpec &spec : charts)
        listed.insert(spec.id);
    QSet<QString> withPeriods;
    for (const Indicator &item : indicators)
        if (hasPeriodChart(item) && !listed.contains(periodChartId(item.id)))
            withPeriods.insert(item.id);
    QSet<QString> added;
    const auto addPeriodChart = [&](const QString &indicatorId) {
        if (withPeriods.contains(indicatorId) && !added.contains(indicatorId)) {
            added.insert(indicatorId);
            ids.append(periodChartId(indicatorId));
        }
    };
    for (const ChartSpec &spec : charts) {
        ids.append(spec.id);
        // Each indicator's periods right after the first chart that shows its figure.
        if (spec.kind == ChartKind::Bar)
            for (const QString &indicatorId : spec.indicatorIds)
                addPeriodChart(indicatorId);
    }
    for (const Indicator &item : indicators)
        addPeriodChart(item.id);
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
