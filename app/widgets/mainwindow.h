// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/dataset.h"

#include <QMainWindow>

class QActionGroup;
class QGridLayout;
class QLabel;
class QMenu;
class QScrollArea;

namespace sharaka {

class ChartPanel;
class CountryPanel;
class DatasetController;
class ElidedLabel;
class HeaderPanel;
class KeyFigureRow;
class LanguageManager;
class MapInteraction;
class PrintController;
class SourcesPanel;
class TimelineWidget;

/// The dashboard: header, timeline, countries, indicator charts, sources and
/// data notes on one screen.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows @p dataset; @p name is shown in the title bar.
    void setDataset(const Dataset &dataset, const QString &name);
    const Dataset &dataset() const { return m_dataset; }
    QString datasetName() const { return m_datasetName; }

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
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createMenus();
    void createCentralWidget();
    void rebuildCharts();
    void connectMapToCountries(MapInteraction *map);
    void applyLanguage();
    void retranslateUi();
    void updateTimelineDetails(int index);
    void showSources();
    void showAbout();
    void showShortcuts();
    void restoreWindowState();

    LanguageManager *m_languages = nullptr;
    Dataset m_dataset;
    QString m_datasetName;

    HeaderPanel *m_header = nullptr;
    TimelineWidget *m_timeline = nullptr;
    ElidedLabel *m_timelineDetails = nullptr;
    CountryPanel *m_countries = nullptr;
    SourcesPanel *m_sources = nullptr;
    KeyFigureRow *m_keyFigures = nullptr;
    QScrollArea *m_chartScroll = nullptr;
    QWidget *m_chartArea = nullptr;
    QGridLayout *m_chartGrid = nullptr;
    QList<ChartPanel *> m_chartPanels;
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
    QActionGroup *m_languageGroup = nullptr;
    bool m_firstPaintSeen = false;
    DatasetController *m_datasetController = nullptr;
};

} // namespace sharaka
