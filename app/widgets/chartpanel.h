// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/dataset.h"

#include <QWidget>

class QChartView;

namespace sharaka {

class ChartExportActions;
class IndicatorChart;

/// Shows one indicator chart. The chart is built by buildChart(), the same
/// function exports use, and rebuilt when the data or the language changes
/// (a QChart never receives QEvent::LanguageChange).
class ChartPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(const QString &chartId, QWidget *parent = nullptr);
    ~ChartPanel() override;

    QString chartId() const { return m_chartId; }
    IndicatorChart *chart() const;
    QChartView *view() const { return m_view; }
    const Dataset &dataset() const { return m_dataset; }
    Language language() const { return m_language; }
    /// Save Chart As… and Copy Chart for this chart.
    ChartExportActions *exportActions() const { return m_exportActions; }

    void setContent(const Dataset &dataset, Language language);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    void rebuild();
    void showBarToolTip(bool hovering, int index);

    QString m_chartId;
    QChartView *m_view = nullptr;
    Dataset m_dataset;
    Language m_language = Language::English;
    ChartExportActions *m_exportActions = nullptr;
};

} // namespace sharaka
