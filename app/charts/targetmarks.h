// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QList>
#include <QString>

#include <optional>

class QAbstractAxis;
class QChart;
class QScatterSeries;

namespace sharaka {

/// The results framework drawn over horizontal bars: a diamond at each
/// indicator's target and a triangle at its baseline, centred on the bar, as
/// two scatter series that share the bars' axes, so that they scale, export
/// and appear in the legend like the bars themselves.
class TargetMarks
{
public:
    struct Row
    {
        std::optional<double> target;
        std::optional<double> baseline;
    };

    /// @p rowsTopDown lists the bars as the chart's model does, top bar first.
    /// Half the target mark's size, for text placed beside it.
    static constexpr qreal MarkerRadius = 8;

    explicit TargetMarks(QList<Row> rowsTopDown);

    bool isEmpty() const { return !m_hasTarget && !m_hasBaseline; }
    /// The largest mark, for the value axis's range (0 without marks).
    double largest() const;

    /// Adds the series to @p chart (only those with a mark), named for the legend.
    void addTo(QChart *chart, const QString &targetName, const QString &baselineName);
    void attachAxis(QAbstractAxis *axis);
    void setColors(const QColor &target, const QColor &baseline, const QColor &outline);

    QScatterSeries *targetSeries() const { return m_targets; }
    QScatterSeries *baselineSeries() const { return m_baselines; }

private:
    QList<Row> m_rows;
    bool m_hasTarget = false;
    bool m_hasBaseline = false;
    QScatterSeries *m_targets = nullptr;
    QScatterSeries *m_baselines = nullptr;
};

} // namespace sharaka
