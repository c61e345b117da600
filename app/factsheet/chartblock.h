// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "factsheet/factsheetblock.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSize>
#include <QString>

namespace sharaka {

/// "sharaka.factsheet.charts": each chart's id, language and the size it is
/// laid out at, as debug messages (off by default). Tests read them to check
/// that every label of every chart on the page is shown whole.
Q_DECLARE_LOGGING_CATEGORY(factsheetChartsLog)

class ChartExporter;

/// A chart of the dataset, built by the same builder as the window's and
/// drawn as vector graphics. It is as tall as it must be for every label and
/// tick to show whole at its width, and takes a share of the room left on
/// its page.
class ChartBlock final : public FactsheetBlock
{
public:
    /// @p exporter must outlive the block. @p minimumHeight is where the
    /// search for a height that shows every label starts.
    /// @p maximumHeight, when given, ends that search sooner: past it the
    /// labels are as Qt Charts fits them.
    ChartBlock(const FactsheetStyle &style, const ChartExporter &exporter, const QString &chartId,
               qreal minimumHeight, qreal maximumHeight = 0);

    qreal heightFor(qreal width) const override;
    void paint(QPainter &painter, const QRectF &rect) const override;
    bool stretches() const override { return true; }

private:
    /// The size the chart is laid out at to fill @p rect (larger, drawn scaled down).
    static QSize layoutSize(const QSizeF &rect);
    /// Whether every text of the chart shows whole at @p size on the page.
    bool showsWhole(const QSizeF &size) const;

    const ChartExporter &m_exporter;
    QString m_chartId;
    qreal m_minimumHeight;
    qreal m_maximumHeight;
    mutable QHash<qint64, qreal> m_heights; // by width in hundredths of a pixel
};

} // namespace sharaka
