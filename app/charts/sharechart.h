// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "charts/charttheme.h"
#include "charts/dashboardchart.h"
#include "core/activityfigures.h"
#include "core/dataset.h"

class QBarCategoryAxis;
class QGraphicsSimpleTextItem;
class QHorizontalBarSeries;
class QValueAxis;

namespace sharaka {

class ShareModel;

/// Horizontal bars of coded items with one figure each: the sectors' shares
/// (0–100%) or the policy markers' significance (0–4), names from the IATI
/// codelists in the chart's language. Its bars come from its ShareModel,
/// which the chart-as-table view shows.
class ShareChart final : public DashboardChart
{
    Q_OBJECT

public:
    ShareChart(const Dataset &dataset, const ChartSpec &spec, Language language,
               const ChartContext &context, const QSizeF &size = QSizeF(),
               QGraphicsItem *parent = nullptr);

    ShareModel *model() const { return m_model; }
    QAbstractItemModel *tableModel() const override;
    QStringList valueDescriptions() const override;
    /// The bars, top first.
    QList<ActivityFigures::Row> rows() const { return m_rows; }
    /// The words at each bar's end ("principal objective (2)", "40%"), top
    /// first; only the figure ("2") in a chart too narrow for the words.
    QList<QGraphicsSimpleTextItem *> valueLabels() const;
    QColor valueLabelColor(qsizetype row) const;
    void applyColors(const ChartColors &colors) override;

protected:
    void updateFonts() override;
    void placeMarks() override;

private:
    void addValueLabels();

    ShareModel *m_model = nullptr;
    QList<ActivityFigures::Row> m_rows;
    QHorizontalBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_categoryAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QList<QGraphicsSimpleTextItem *> m_valueLabels;
    QStringList m_shortTexts; ///< what each label says where its words do not fit
    ChartColors m_colors;
};

} // namespace sharaka
