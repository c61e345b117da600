// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/datasetptr.h"
#include "core/language.h"

#include <QMainWindow>

class QActionGroup;
class QGridLayout;
class QDropEvent;
class QLabel;
class QMenu;
class QScrollArea;
class QSplitter;

namespace sharaka {

class ChartPanel;
class CountryPanel;
class DashboardState;
class DatasetController;
class ElidedLabel;
class ExportFactsheetCommand;
class HeaderPanel;
class KeyFigureRow;
class LanguageManager;
class MapInteraction;
class PrintController;
class SaveAllChartsCommand;
class Settings;
class SourcesPanel;
class TimelineWidget;

/// The dashboard: header, timeline, countries, indicator charts, sources and
/// data notes on one screen. Every panel shows the one dataset that
/// state() holds and follows its signals; the controllers (opening datasets,
/// printing, saving charts) report back through signals that the window
/// connects to the state and to its status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// @p languages sets the interface language; @p settings (the
    /// application's) restores the window and remembers what the user chose.
    MainWindow(LanguageManager *languages, Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows @p dataset; @p name is shown in the title bar.
    void setDataset(const DatasetPtr &dataset, const QString &name);
    /// The same with a copy of @p dataset, shared from then on.
    void setDataset(const Dataset &dataset, const QString &name);
    const Dataset &dataset() const;
    QString datasetName() const;
    /// The dataset and data language every panel shows.
    DashboardState *state() const { return m_state; }
    Settings *settings() const { return m_settings; }

    /// How long a status-bar message stays, for every message of the window.
    static constexpr int StatusTimeoutMs = 8000;

    HeaderPanel *headerPanel() const { return m_header; }
    TimelineWidget *timeline() const { return m_timeline; }
    CountryPanel *countryPanel() const { return m_countries; }
    SourcesPanel *sourcesPanel() const { return m_sources; }
    QList<ChartPanel *> chartPanels() const { return m_chartPanels; }
    ChartPanel *chartPanel(const QString &chartId) const;
    /// The headline figures above the charts.
    KeyFigureRow *keyFigures() const { return m_keyFigures; }
    /// Scrolls to the first chart that shows @p indicatorId and focuses it.
    void showIndicatorChart(const QString &indicatorId);
    /// Scrolls to the chart @p chartId and focuses it.
    void showChart(const QString &chartId);
    Language language() const;
    PrintController *printController() const { return m_print; }
    QMenu *fileMenu() const { return m_fileMenu; }
    DatasetController *datasetController() const { return m_datasetController; }

signals:
    /// Emitted once, after the window has painted for the first time.
    void firstPaintDone();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void createCentralWidget();
    void createControllers();
    void showDataset(const DatasetPtr &dataset);
    void rebuildChartPanels(const DatasetPtr &dataset);
    /// Places the charts other than the map in as many columns as fit.
    void placeGridCharts();
    void connectMapToCountries(MapInteraction *map);
    void showDataLanguage(Language language);
    void showKeyFigures();
    void retranslateUi();
    void updateWindowTitle();
    /// The countries' and the charts' titles, from the dataset's headings.
    void updateSectionTitles();
    void showStatus(const QString &message);
    /// Accepts a drag that carries one dataset file.
    bool acceptDatasetDrop(QDropEvent *event);
    void updateTimelineDetails(int index);
    void showSources();
    void showAbout();
    void showShortcuts();
    void restoreWindowState();

    LanguageManager *m_languages = nullptr;
    Settings *m_settings = nullptr;
    DashboardState *m_state = nullptr;

    HeaderPanel *m_header = nullptr;
    TimelineWidget *m_timeline = nullptr;
    ElidedLabel *m_timelineDetails = nullptr;
    CountryPanel *m_countries = nullptr;
    SourcesPanel *m_sources = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    KeyFigureRow *m_keyFigures = nullptr;
    QScrollArea *m_mapBox = nullptr;
    QScrollArea *m_chartScroll = nullptr;
    QWidget *m_chartArea = nullptr;
    QGridLayout *m_chartGrid = nullptr;
    QList<ChartPanel *> m_chartPanels;
    int m_chartColumns = 0; ///< of the grid as last placed; 0: not placed
    QLabel *m_countriesTitle = nullptr;
    QLabel *m_chartsTitle = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_sourcesAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    PrintController *m_print = nullptr;
    SaveAllChartsCommand *m_saveAll = nullptr;
    ExportFactsheetCommand *m_exportFactsheet = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    bool m_firstPaintSeen = false;
    bool m_firstShowSeen = false;
    DatasetController *m_datasetController = nullptr;
};

} // namespace sharaka
