// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/datasetptr.h"

#include <QSize>
#include <QWidget>

class QAction;
class QChart;
class QChartView;
class QVBoxLayout;

namespace sharaka {

class ChartExportActions;
class ChartTableToggle;
class ChartTableView;
class DashboardChart;
class IndicatorChart;
class MapInteraction;
class Settings;

/// Shows one indicator chart. The chart is built by buildChart(), the same
/// function exports use, and rebuilt when the data or the language changes
/// (a QChart never receives QEvent::LanguageChange). Building waits until the
/// panel is shown within its scroll area at its real size, or until chart()
/// or view() is asked for, so a dashboard of many charts builds only those in
/// view and every chart is laid out once. The chart view itself is created
/// with the first chart: a dashboard of 90 charts creates 6 views at startup.
class ChartPanel final : public QWidget
{
    Q_OBJECT

public:
    /// @p settings is passed to the chart's export actions.
    ChartPanel(const QString &chartId, Settings *settings, QWidget *parent = nullptr);
    ~ChartPanel() override;

    QString chartId() const { return m_chartId; }
    /// Builds the chart first when it is out of date.
    DashboardChart *dashboardChart() const;
    /// dashboardChart() when it is a bar chart, else nullptr.
    IndicatorChart *chart() const;
    /// Builds the chart first when it is out of date (and creates the view).
    QChartView *view() const;
    /// view(), for code outside the chart layer that needs it only as a widget.
    QWidget *viewWidget() const;
    /// Whether the chart view exists yet; it is created when the chart is
    /// first built or asked for.
    bool hasView() const { return m_view != nullptr; }
    const Dataset &dataset() const { return *m_dataset; }
    /// The dataset object the panel shares with the window.
    const DatasetPtr &sharedDataset() const { return m_dataset; }
    Language language() const { return m_language; }
    /// Save Chart As… and Copy Chart for this chart.
    ChartExportActions *exportActions() const { return m_exportActions; }
    /// Pointer and keys on the map, created on first use; it follows every
    /// rebuild of the chart. Only meaningful for a map chart.
    MapInteraction *mapInteraction();

    void setContent(const DatasetPtr &dataset, Language language);
    /// Builds the chart now if it is out of date and any of the panel is on screen.
    void buildIfInView();

    /// Adds a small button to the row in the chart's top trailing corner, which
    /// the chart leaves free beside its centred title.
    void addCornerButton(QWidget *button);

    /// Checkable: shows the chart's numbers as a table instead of bars.
    QAction *showTableAction() const;
    ChartTableView *tableView() const;
    bool isShowingTable() const;

    /// A chart alone on its row of a one-column grid is wide and low: its
    /// two-line labels need more height per bar than in a column of two.
    void setAlone(bool alone);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void ensureBuilt() const;
    /// Creates the chart view, in the place and Tab order the panel gives it,
    /// showing @p chart (it takes ownership) or an empty chart.
    QChartView *ensureView(QChart *chart = nullptr);
    bool isInView() const;
    void placeCornerButtons();
    /// Moves the title below the corner buttons when, centred, it would run under them.
    void keepTitleClearOfButtons();
    void showMarkToolTip(const QString &toolTip);

    QString m_chartId;
    QChartView *m_view = nullptr; ///< created by ensureView()
    QWidget *m_cornerButtons = nullptr;
    QVBoxLayout *m_layout = nullptr;
    ChartTableToggle *m_tableToggle = nullptr;
    DatasetPtr m_dataset = emptyDataset();
    Language m_language = Language::English;
    ChartExportActions *m_exportActions = nullptr;
    MapInteraction *m_mapInteraction = nullptr;
    bool m_outOfDate = false; ///< content set, chart not built for it yet
    bool m_alone = false;
    QSize m_chartMinimum; ///< what the built chart needs, before the panel's own minimum
};

} // namespace sharaka
