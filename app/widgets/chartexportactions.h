// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "charts/exportformat.h"

#include <QObject>

class QAction;
class QMimeData;
class QToolButton;

namespace sharaka {

class ChartPanel;

/// "Save Chart As…", "Copy Chart" and "Save Data As…" for one chart panel: a tool button in
/// the corner of the chart, the chart's context menu, and Ctrl+S / Ctrl+C
/// while the chart has focus. Rendering is ChartExporter's; this class only
/// asks the user and reports.
class ChartExportActions final : public QObject
{
    Q_OBJECT

public:
    explicit ChartExportActions(ChartPanel *panel);

    QAction *saveAction() const { return m_saveAction; }
    QAction *copyAction() const { return m_copyAction; }
    QAction *saveDataAction() const { return m_saveDataAction; }

    /// Asks for a file name and the options, then saves.
    void saveChartAs();
    /// Saves the panel's chart, in its language, to @p path without asking;
    /// returns the error message shown to the user (empty on success).
    QString saveChartTo(const QString &path, ExportFormat format, const ExportOptions &options);
    /// Asks for a file name, then saves the chart's data as CSV (ChartCsv).
    void saveDataAs();
    /// Saves the chart's data, in the panel's language, to @p path as CSV;
    /// returns the error message shown to the user (empty on success).
    QString saveDataTo(const QString &path);
    /// Puts the chart on the clipboard as a bitmap, as SVG and its data as CSV.
    void copyChart();
    /// The clipboard contents copyChart() sets; nullptr when there is no chart.
    QMimeData *chartMimeData() const;

    /// The folder the last chart was saved in (remembered across sessions).
    static QString lastFolder();
    static void setLastFolder(const QString &folder);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void showStatus(const QString &message);

    ChartPanel *m_panel;
    QAction *m_saveAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_saveDataAction = nullptr;
    QToolButton *m_button = nullptr;
};

} // namespace sharaka
