// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "charts/dashboardchart.h"
#include "core/dataset.h"

#include <QList>

class QBarCategoryAxis;
class QBarSeries;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace sharaka {

class PeriodModel;

/// One indicator's targets and actuals over time: a column per reporting
/// period for the actual, a diamond at the period's target, a dashed line
/// at the baseline, and the publisher's comments on the actuals listed
/// under the plot. Everything it shows comes from its PeriodModel, which
/// the chart-as-table view and the column tooltips read too.
class PeriodChart final : public DashboardChart
{
    Q_OBJECT

public:
    /// Comments longer than this are cut with an ellipsis under the plot;
    /// the tooltip, the table and the CSV give them in full.
    static constexpr qsizetype MaxDrawnCommentLength = 280;

    PeriodChart(const Dataset &dataset, const ChartSpec &spec, Language language,
                const ChartContext &context, const QSizeF &size = QSizeF(),
                QGraphicsItem *parent = nullptr);
    ~PeriodChart() override;

    /// The chart's numbers; owned by the chart.
    PeriodModel *model() const { return m_model; }
    QAbstractItemModel *tableModel() const override;

    QStringList valueDescriptions() const override;
    /// The period labels on the category axis, oldest first.
    QStringList categoryLabels() const;
    /// The actuals as drawn over the columns, oldest first ("" without one).
    QStringList valueLabelTexts() const;
    /// The notes under the plot, as drawn (empty without comments).
    QString notesText() const { return m_notesText; }
    QBarSeries *actualSeries() const { return m_series; }
    QScatterSeries *targetSeries() const { return m_targets; }
    QLineSeries *baselineSeries() const { return m_baseline; }
    QValueAxis *valueAxis() const { return m_valueAxis; }
    void applyColors(const ChartColors &colors) override;

protected:
    void updateFonts() override;
    void placeMarks() override;
    qreal heightBelowPlot(qreal width) override;

private:
    void buildSeries();
    void buildAxes();
    void requestToolTip(bool hovering, int row);
    /// The model row of category @p category, and the category of a row.
    int rowAt(int category) const;

    PeriodModel *m_model = nullptr;
    QBarSeries *m_series = nullptr;
    QScatterSeries *m_targets = nullptr;
    QLineSeries *m_baseline = nullptr;
    QBarCategoryAxis *m_categoryAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QList<QGraphicsSimpleTextItem *> m_valueLabels; ///< oldest period first
    WrappedTextItem *m_notesItem = nullptr;
    QString m_notesText;
};

} // namespace sharaka
