// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "charts/dashboardchart.h"
#include "core/dataset.h"

#include <QList>
#include <QStringList>

#include <memory>

class QBarCategoryAxis;
class QGraphicsSimpleTextItem;
class QHorizontalStackedBarSeries;
class QValueAxis;

namespace sharaka {

class TargetMarks;

class IndicatorModel;

/// A horizontal bar chart of outcome indicators with their value labels.
/// Everything it shows comes from its IndicatorModel, which the chart-as-table
/// view and the bar tooltips read too. Sized from the chart's own geometry,
/// so the same chart reads well in a window panel and in a 3840×2160 export.
class IndicatorChart final : public DashboardChart
{
    Q_OBJECT

public:
    IndicatorChart(const Dataset &dataset, const ChartSpec &spec, Language language,
                   const ChartContext &context, const QSizeF &size = QSizeF(),
                   QGraphicsItem *parent = nullptr);
    ~IndicatorChart() override;

    /// The chart's numbers; owned by the chart.
    IndicatorModel *model() const { return m_model; }
    QAbstractItemModel *tableModel() const override;

    QStringList valueDescriptions() const override;
    /// The value labels as drawn, top bar first ("46", "800+").
    QStringList valueLabelTexts() const;
    /// Category labels, top bar first, as the model gives them.
    QStringList categoryLabels() const;
    void applyColors(const ChartColors &colors) override;
    /// The colour of the value label of row @p row (top bar first).
    QColor valueLabelColor(int row) const;

protected:
    void updateFonts() override;
    void placeMarks() override;

private:
    /// What the bars tell the axes and the legend.
    struct Bars
    {
        QStringList bottomUpCategories;
        qint64 largest = 0;
        bool hasLowerBound = false;
        QString lowerBoundLabel;
    };

    /// The bars, the value labels, target marks, axes and legend, in that order.
    void buildSeries();
    Bars buildBars();
    void addValueLabels();
    void buildTargetMarks();
    void buildAxes(const Bars &bars);
    void showLegend(const Bars &bars);
    void requestToolTip(bool hovering, int barIndex);
    qint64 value(int row) const;
    bool isLowerBound(int row) const;

    IndicatorModel *m_model = nullptr;
    QHorizontalStackedBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_categoryAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QList<QGraphicsSimpleTextItem *> m_valueLabels; ///< top bar first
    std::unique_ptr<TargetMarks> m_targetMarks;
};

} // namespace sharaka
