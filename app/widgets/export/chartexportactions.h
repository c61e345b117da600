// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/datasetptr.h"
#include "core/exportformat.h"

#include <QObject>

class QAction;
class QMimeData;
class QToolButton;

namespace sharaka {

class Settings;

/// "Save Chart As…" and "Copy Chart" for one chart panel: a tool button in
/// the corner of the chart, the chart's context menu, and Ctrl+S / Ctrl+C
/// while the chart has focus. Rendering is ChartExporter's; this class only
/// asks the user and reports through statusMessage(). The chart panel places
/// the actions and the button and hands over what the chart shows.
class ChartExportActions final : public QObject
{
    Q_OBJECT

public:
    /// The button is a child of @p parent, which also parents the dialogs;
    /// @p settings gives and keeps the folder and the options.
    ChartExportActions(const QString &chartId, Settings *settings, QWidget *parent);

    QAction *saveAction() const { return m_saveAction; }
    QAction *copyAction() const { return m_copyAction; }
    QAction *saveDataAction() const { return m_saveDataAction; }
    /// Asks for a file name, then saves the chart's data as CSV (ChartCsv).
    void saveDataAs();
    /// Saves the chart's data, in its language, to @p path as CSV; returns
    /// the error message shown to the user (empty on success).
    QString saveDataTo(const QString &path);
    /// Save with a menu holding both actions, for the chart's corner.
    QToolButton *button() const { return m_button; }

    /// What is exported: the chart's dataset and language.
    void setContent(const DatasetPtr &dataset, Language language);
    /// Re-sets the texts in the interface language.
    void retranslateUi();

    /// Asks for a file name and the options, then saves.
    void saveChartAs();
    /// Saves the panel's chart, in its language, to @p path without asking;
    /// returns the error message shown to the user (empty on success).
    QString saveChartTo(const QString &path, ExportFormat format, const ExportOptions &options);
    /// Puts the chart on the clipboard as a bitmap and as SVG.
    void copyChart();
    /// The clipboard contents copyChart() sets; nullptr when there is no chart.
    QMimeData *chartMimeData() const;

signals:
    /// A short note for the window's status bar ("Chart saved as …").
    void statusMessage(const QString &message);

private:
    QWidget *dialogParent() const;

    QString m_chartId;
    Settings *m_settings;
    QWidget *m_parent;
    DatasetPtr m_dataset = emptyDataset();
    Language m_language = Language::English;
    QAction *m_saveAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_saveDataAction = nullptr;
    QToolButton *m_button = nullptr;
};

} // namespace sharaka
