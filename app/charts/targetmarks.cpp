// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/targetmarks.h"

#include <QChart>
#include <QPen>
#include <QScatterSeries>

#include <algorithm>

namespace sharaka {

namespace {

constexpr qreal TargetMarkerSize = 2 * TargetMarks::MarkerRadius;
constexpr qreal BaselineMarkerSize = 13;

} // namespace

TargetMarks::TargetMarks(QList<Row> rowsTopDown)
    : m_rows(std::move(rowsTopDown))
{
    for (const Row &row : std::as_const(m_rows)) {
        m_hasTarget |= row.target.has_value();
        m_hasBaseline |= row.baseline.has_value();
    }
}

double TargetMarks::largest() const
{
    double largest = 0;
    for (const Row &row : m_rows)
        largest = std::max({largest, row.target.value_or(0), row.baseline.value_or(0)});
    return largest;
}

void TargetMarks::addTo(QChart *chart, const QString &targetName, const QString &baselineName)
{
    // Bars are drawn bottom-up: category i of the axis is row (rows - 1 - i).
    const int rows = int(m_rows.size());
    const auto series = [&](bool wanted, const QString &name, auto value,
                            QScatterSeries::MarkerShape shape, qreal size) -> QScatterSeries * {
        if (!wanted)
            return nullptr;
        auto *scatter = new QScatterSeries(chart);
        scatter->setName(name);
        scatter->setMarkerShape(shape);
        scatter->setMarkerSize(size);
        for (int row = 0; row < rows; ++row) {
            if (const std::optional<double> figure = value(m_rows.at(row)))
                scatter->append(*figure, qreal(rows - 1 - row));
        }
        chart->addSeries(scatter);
        return scatter;
    };
    m_targets = series(
        m_hasTarget, targetName, [](const Row &row) { return row.target; },
        QScatterSeries::MarkerShapeRotatedRectangle, TargetMarkerSize);
    m_baselines = series(
        m_hasBaseline, baselineName, [](const Row &row) { return row.baseline; },
        QScatterSeries::MarkerShapeTriangle, BaselineMarkerSize);
}

void TargetMarks::attachAxis(QAbstractAxis *axis)
{
    for (QScatterSeries *scatter : {m_targets, m_baselines}) {
        if (scatter)
            scatter->attachAxis(axis);
    }
}

void TargetMarks::setColors(const QColor &target, const QColor &baseline, const QColor &outline)
{
    // An outline in the background colour keeps a mark readable on its bar.
    const QPen pen(outline, 1.5);
    if (m_targets) {
        m_targets->setColor(target);
        m_targets->setPen(pen);
    }
    if (m_baselines) {
        m_baselines->setColor(baseline);
        m_baselines->setPen(pen);
    }
}

} // namespace sharaka
