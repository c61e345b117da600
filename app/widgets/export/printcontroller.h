// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "widgets/export/printpage.h"

#include <QObject>
#include <QPointer>

class QAction;
class QPrinter;

namespace sharaka {

class ChartPanel;
class DashboardState;
class Settings;

/// File ▸ Print and Print Preview, of the whole dashboard or of the chart
/// that has (or last had) keyboard focus. The page itself is drawn by
/// printPage(), which tests call without dialogs. Prints what @p state
/// holds; the window places the actions in its menu.
class PrintController final : public QObject
{
    Q_OBJECT

public:
    /// @p window parents the dialogs; its chart panels are the ones printed.
    PrintController(const DashboardState *state, const Settings *settings, QWidget *window);

    /// In menu order: print, print preview, print chart, print chart preview,
    /// print factsheet, factsheet print preview.
    QList<QAction *> actions() const;

    /// The chart "Print Chart" prints: the focused one, else the last
    /// focused, else the first.
    ChartPanel *currentChartPanel() const;
    PrintRequest request(bool wholeDashboard) const;

    /// Re-sets the texts in the interface language.
    void retranslateUi();

private:
    void print(bool wholeDashboard);
    void preview(bool wholeDashboard);
    void paintOn(QPrinter *printer, bool wholeDashboard);
    QList<ChartPanel *> chartPanels() const;
    /// The factsheet instead of the dashboard, on the paper last chosen for it.
    void printFactsheet(bool preview);
    void paintFactsheetOn(QPrinter *printer);

    const DashboardState *m_state = nullptr;
    const Settings *m_settings = nullptr;
    QWidget *m_window = nullptr;
    QPointer<ChartPanel> m_lastChart;
    QAction *m_printAction = nullptr;
    QAction *m_previewAction = nullptr;
    QAction *m_printChartAction = nullptr;
    QAction *m_previewChartAction = nullptr;
    QAction *m_printFactsheetAction = nullptr;
    QAction *m_previewFactsheetAction = nullptr;
};

} // namespace sharaka
