// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "widgets/printpage.h"

#include <QObject>
#include <QPointer>

class QAction;
class QPrinter;

namespace sharaka {

class ChartPanel;
class MainWindow;

/// File ▸ Print and Print Preview, of the whole dashboard or of the chart
/// that has (or last had) keyboard focus. The page itself is drawn by
/// printPage(), which tests call without dialogs.
class PrintController final : public QObject
{
    Q_OBJECT

public:
    explicit PrintController(MainWindow *window);

    /// In menu order: print, print preview, print chart, print chart preview,
    /// print factsheet, factsheet print preview.
    QList<QAction *> actions() const;

    /// The chart "Print Chart" prints: the focused one, else the last
    /// focused, else the first.
    ChartPanel *currentChartPanel() const;
    PrintRequest request(bool wholeDashboard) const;

private:
    void print(bool wholeDashboard);
    void preview(bool wholeDashboard);
    void paintOn(QPrinter *printer, bool wholeDashboard);
    /// The factsheet instead of the dashboard, on the paper last chosen for it.
    void printFactsheet(bool preview);
    void paintFactsheetOn(QPrinter *printer);
    void retranslateUi();
    bool eventFilter(QObject *watched, QEvent *event) override;

    MainWindow *m_window = nullptr;
    QPointer<ChartPanel> m_lastChart;
    QAction *m_printAction = nullptr;
    QAction *m_previewAction = nullptr;
    QAction *m_printChartAction = nullptr;
    QAction *m_previewChartAction = nullptr;
    QAction *m_printFactsheetAction = nullptr;
    QAction *m_previewFactsheetAction = nullptr;
};

} // namespace sharaka
