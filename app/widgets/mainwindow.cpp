// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/mainwindow.h"

#include "core/dashboardstate.h"
#include "core/settings.h"
#include "map/projectedmap.h"
#include "widgets/abouttext.h"
#include "widgets/export/chartexportactions.h"
#include "widgets/export/exportfactsheetcommand.h"
#include "widgets/export/printcontroller.h"
#include "widgets/export/saveallcharts.h"
#include "widgets/languagemanager.h"
#include "widgets/open/datasetcontroller.h"
#include "widgets/panels/chartgrid.h"
#include "widgets/panels/chartpanel.h"
#include "widgets/panels/countrypanel.h"
#include "widgets/panels/elidedlabel.h"
#include "widgets/panels/headerpanel.h"
#include "widgets/panels/keyfigurerow.h"
#include "widgets/panels/mapinteraction.h"
#include "widgets/panels/sourcespanel.h"
#include "widgets/panels/timelinewidget.h"
#include "widgets/shortcutsdialog.h"
#include "widgets/windowplacement.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QChartView>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace sharaka {

namespace {

QLabel *sectionTitle(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

MainWindow::MainWindow(LanguageManager *languages, Settings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_settings(settings)
    , m_state(new DashboardState(languages->language(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    createCentralWidget();
    createControllers();
    createMenus();
    // One signal each: a new dataset, a new data language.
    connect(m_state, &DashboardState::datasetChanged, this, &MainWindow::showDataset);
    connect(m_state, &DashboardState::languageChanged, this, &MainWindow::showDataLanguage);
    connect(m_languages, &LanguageManager::languageChanged, m_state, &DashboardState::setLanguage);
    showDataLanguage(m_state->language());
    retranslateUi();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->setSpacing(4);

    // The headline figures stand beside the project's name, not above the
    // charts: the height they would take there is what lets every outcome
    // chart show at 1280×800 without scrolling.
    auto *headerBand = new QHBoxLayout;
    headerBand->setSpacing(12);
    m_header = new HeaderPanel(central);
    headerBand->addWidget(m_header, 2);
    auto *figuresBox = new QVBoxLayout;
    figuresBox->setSpacing(2);
    m_chartsTitle = sectionTitle(central, QStringLiteral("chartsTitle"));
    m_keyFigures = new KeyFigureRow(central);
    connect(m_keyFigures, &KeyFigureRow::indicatorActivated, this, &MainWindow::showIndicatorChart);
    connect(m_keyFigures, &KeyFigureRow::chartActivated, this, &MainWindow::showChart);
    figuresBox->addWidget(m_chartsTitle);
    figuresBox->addWidget(m_keyFigures);
    figuresBox->addStretch(1);
    headerBand->addLayout(figuresBox, 3);
    layout->addLayout(headerBand);

    m_timeline = new TimelineWidget(central);
    m_timelineDetails = new ElidedLabel(central);
    m_timelineDetails->setObjectName(QStringLiteral("timelineDetails"));
    connect(m_timeline, &TimelineWidget::currentIndexChanged, this,
            &MainWindow::updateTimelineDetails);
    layout->addWidget(m_timeline);
    layout->addWidget(m_timelineDetails);

    // Three columns: the countries and the sources, the map of the countries
    // beside them, and the outcome charts.
    auto *splitter = new QSplitter(Qt::Horizontal, central);
    m_mainSplitter = splitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);

    // In a short window the countries and sources scroll as one column
    // rather than being squeezed over each other.
    auto *leftScroll = new QScrollArea(splitter);
    leftScroll->setObjectName(QStringLiteral("countryScroll"));
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setFocusPolicy(Qt::NoFocus);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *left = new QSplitter(Qt::Vertical, leftScroll);
    left->setChildrenCollapsible(false);
    auto *countryBox = new QWidget(left);
    auto *countryLayout = new QVBoxLayout(countryBox);
    countryLayout->setContentsMargins(0, 0, 0, 0);
    m_countriesTitle = sectionTitle(countryBox, QStringLiteral("countriesTitle"));
    m_countries = new CountryPanel(countryBox);
    m_countriesTitle->setBuddy(m_countries);
    countryLayout->addWidget(m_countriesTitle);
    countryLayout->addWidget(m_countries);
    m_sources = new SourcesPanel(left);
    left->addWidget(countryBox);
    left->addWidget(m_sources);
    // The country table gets room for all eight rows at the default size;
    // the sources below scroll.
    left->setSizes({330, 120});
    leftScroll->setWidget(left);

    // Filled by rebuildChartPanels(); hidden when the dataset has no map.
    // The map comes first; its notes and sources below it scroll when the
    // window is too short for them.
    auto *mapScroll = new QScrollArea(splitter);
    mapScroll->setObjectName(QStringLiteral("mapScroll"));
    mapScroll->setWidgetResizable(true);
    mapScroll->setFrameShape(QFrame::NoFrame);
    mapScroll->setFocusPolicy(Qt::NoFocus);
    mapScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_mapBox = mapScroll;
    auto *mapArea = new QWidget(mapScroll);
    auto *mapLayout = new QVBoxLayout(mapArea);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapScroll->setWidget(mapArea);
    connect(mapScroll->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        for (ChartPanel *panel : std::as_const(m_chartPanels))
            panel->buildIfInView();
    });
    m_mapBox->hide();

    auto *scroll = new QScrollArea(splitter);
    m_chartScroll = scroll;
    scroll->setObjectName(QStringLiteral("chartScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The charts inside take focus; the scroll area follows them.
    scroll->setFocusPolicy(Qt::NoFocus);
    m_chartArea = new QWidget(scroll);
    m_chartGrid = new QGridLayout(m_chartArea);
    m_chartGrid->setContentsMargins(0, 0, 0, 0);
    m_chartGrid->setSpacing(6);
    scroll->setWidget(m_chartArea);
    scroll->viewport()->installEventFilter(this);
    // Charts are built as they scroll into view (ChartPanel::buildIfInView).
    for (QScrollBar *bar : {scroll->verticalScrollBar(), scroll->horizontalScrollBar()}) {
        connect(bar, &QScrollBar::valueChanged, this, [this] {
            for (ChartPanel *panel : std::as_const(m_chartPanels))
                panel->buildIfInView();
        });
    }

    splitter->addWidget(leftScroll);
    splitter->addWidget(m_mapBox);
    splitter->addWidget(scroll);
    // The map keeps the width its title and notes need; the charts take
    // what the window gains or loses.
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 0);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({290, 360, 600});
    // Its size hint (every table row, every chart at ease) would squeeze the
    // timeline's label rows; it takes the height left below them instead.
    splitter->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    layout->addWidget(splitter, 1);

    setCentralWidget(central);
    m_timeline->installEventFilter(this);
    statusBar();
}

void MainWindow::createControllers()
{
    m_datasetController = new DatasetController(m_settings, this);
    connect(m_datasetController, &DatasetController::datasetLoaded, this,
            qOverload<const DatasetPtr &, const QString &>(&MainWindow::setDataset));
    connect(m_datasetController, &DatasetController::statusMessage, this, &MainWindow::showStatus);
    // A related activity opens from the file the current one came from.
    connect(m_sources, &SourcesPanel::activityRequested, this, [this](const QString &identifier) {
        if (!m_datasetController->currentFile().isEmpty())
            m_datasetController->openFileActivity(m_datasetController->currentFile(), identifier);
    });
    m_saveAll = new SaveAllChartsCommand(m_state, m_settings, this);
    connect(m_saveAll, &SaveAllChartsCommand::statusMessage, this, &MainWindow::showStatus);
    m_exportFactsheet = new ExportFactsheetCommand(m_state, m_settings, this);
    connect(m_exportFactsheet, &ExportFactsheetCommand::statusMessage, this,
            &MainWindow::showStatus);
    m_print = new PrintController(m_state, m_settings, this);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions(m_datasetController->fileActions());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveAll->action());
    m_fileMenu->addAction(m_exportFactsheet->action());
    m_fileMenu->addSeparator();
    m_fileMenu->addActions(m_print->actions());
    // Window actions too, as they always were: their shortcuts do not depend
    // on the menu bar.
    addActions(m_print->actions());
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcuts(standardShortcuts(QKeySequence::Quit, Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (Language language : supportedLanguages()) {
        // Each language is named in itself, so its label never needs translating.
        QAction *action = m_languageMenu->addAction(nativeLanguageName(language));
        action->setCheckable(true);
        action->setData(languageCode(language));
        action->setObjectName(QStringLiteral("language-") + languageCode(language));
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, language] { m_languages->chooseLanguage(language); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_sourcesAction = m_helpMenu->addAction(QString(), this, &MainWindow::showSources);
    m_sourcesAction->setShortcut(QKeySequence::HelpContents);
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, &MainWindow::showShortcuts);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_quitAction->setStatusTip(tr("Close the dashboard"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_sourcesAction->setText(tr("&Sources and Data Notes"));
    m_sourcesAction->setStatusTip(
        tr("Show the publications behind the figures and where they disagree"));
    m_aboutAction->setText(tr("&About Sharaka Dashboard"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_shortcutsAction->setStatusTip(tr("List every keyboard shortcut of the dashboard"));

    updateSectionTitles();
    updateTimelineDetails(m_timeline->currentIndex());
    updateWindowTitle();

    // Controllers are no widgets and get no LanguageChange of their own.
    m_datasetController->retranslateUi();
    m_saveAll->retranslateUi();
    m_exportFactsheet->retranslateUi();
    m_print->retranslateUi();
}

void MainWindow::updateWindowTitle()
{
    const QString name = m_state->datasetName();
    if (name.isEmpty())
        setWindowTitle(tr("Sharaka Dashboard"));
    else
        setWindowTitle(tr("%1 \u2014 Sharaka Dashboard").arg(name));
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, StatusTimeoutMs);
}

void MainWindow::setDataset(const Dataset &dataset, const QString &name)
{
    setDataset(shareDataset(dataset), name);
}

void MainWindow::setDataset(const DatasetPtr &dataset, const QString &name)
{
    m_state->setDataset(dataset, name);
}

const Dataset &MainWindow::dataset() const
{
    return *m_state->dataset();
}

QString MainWindow::datasetName() const
{
    return m_state->datasetName();
}

void MainWindow::showDataset(const DatasetPtr &dataset)
{
    m_header->setDataset(dataset);
    m_timeline->setDataset(dataset);
    m_countries->setDataset(dataset);
    m_sources->setDataset(dataset);
    showKeyFigures();
    rebuildChartPanels(dataset);
    updateWindowTitle();
    updateSectionTitles();
}

void MainWindow::updateSectionTitles()
{
    // The dataset says what its sections are ("Partner countries", "totals
    // for the whole project"); the neutral words stand in when it does not.
    const SectionHeadings &headings = m_state->dataset()->project.headings;
    const Language language = m_state->language();
    const QString countries = headings.countries.text(language);
    const QString indicators = headings.indicators.text(language);
    m_countriesTitle->setText(countries.isEmpty() ? tr("Countries") : countries);
    m_chartsTitle->setText(indicators.isEmpty() ? tr("Indicators") : indicators);
}

void MainWindow::showKeyFigures()
{
    // Headline figures are the dataset's choice; none marked, no tiles.
    const Dataset &dataset = *m_state->dataset();
    QStringList headlines;
    for (const Indicator &indicator : dataset.indicators) {
        if (indicator.headline)
            headlines.append(indicator.id);
    }
    m_keyFigures->setContent(dataset, m_state->language(), headlines);
}

void MainWindow::rebuildChartPanels(const DatasetPtr &dataset)
{
    qDeleteAll(m_chartPanels);
    m_chartPanels.clear();
    auto addPanel = [&](const QString &chartId, QWidget *parent) {
        auto *panel = new ChartPanel(chartId, m_settings, parent);
        connect(panel->exportActions(), &ChartExportActions::statusMessage, this,
                &MainWindow::showStatus);
        panel->setContent(dataset, m_state->language());
        m_chartPanels.append(panel);
        return panel;
    };
    // The map stands in its own column beside the countries; the other
    // charts share the grid.
    const QString mapId = ChartGrid::topMapId(*dataset);
    if (!mapId.isEmpty()) {
        QStringList codes;
        for (const Country &country : dataset->countries)
            codes.append(country.code);
        ProjectedMap::prepare(codes); // while the rest of the window is built
        QWidget *mapArea = m_mapBox->widget();
        ChartPanel *panel = addPanel(mapId, mapArea);
        mapArea->layout()->addWidget(panel);
        connectMapToCountries(panel->mapInteraction());
    }
    m_mapBox->setVisible(!mapId.isEmpty());
    const QStringList ids = ChartGrid::gridChartIds(*dataset);
    for (const QString &id : ids)
        addPanel(id, m_chartArea);
    m_chartColumns = 0; // placed anew
    placeGridCharts();
}

void MainWindow::placeGridCharts()
{
    // Two columns where two charts fit side by side, else one: a narrow
    // window scrolls down through whole charts rather than sideways.
    QList<ChartPanel *> panels;
    for (ChartPanel *panel : std::as_const(m_chartPanels)) {
        if (m_chartArea->isAncestorOf(panel))
            panels.append(panel);
    }
    // The first column, with the chart of the most bars, takes 4/7 of the
    // width: its wrapped labels need it more than the one-bar charts do.
    constexpr int FirstStretch = 4;
    constexpr int SecondStretch = 3;
    const int least = panels.isEmpty() ? 0 : panels.constFirst()->minimumSizeHint().width();
    const int columns = m_chartScroll->viewport()->width() * SecondStretch >=
                                (FirstStretch + SecondStretch) * least + m_chartGrid->spacing()
                            ? 2
                            : 1;
    if (columns == m_chartColumns)
        return;
    m_chartColumns = columns;
    if (columns == 1) {
        // One below the other, those that need the least height first, so
        // that a small window shows at least one chart whole.
        std::stable_sort(panels.begin(), panels.end(), [](ChartPanel *a, ChartPanel *b) {
            return a->minimumSizeHint().height() < b->minimumSizeHint().height();
        });
    }
    for (ChartPanel *panel : std::as_const(panels)) {
        m_chartGrid->removeWidget(panel);
        panel->setAlone(columns == 1);
    }
    const QList<ChartGrid::Cell> cells = ChartGrid::cells(int(panels.size()), columns);
    // Each row grows in proportion to the height its charts need (three bars
    // need more than one), so the spare height goes where labels wrap.
    QList<int> needed;
    for (qsizetype i = 0; i < panels.size(); ++i) {
        const ChartGrid::Cell &cell = cells.at(i);
        m_chartGrid->addWidget(panels.at(i), cell.row, cell.column, cell.rowSpan, cell.columnSpan);
        needed.resize(std::max<qsizetype>(needed.size(), cell.row + 1));
        // A chart over several rows needs its share of each.
        needed[cell.row] =
            std::max(needed.at(cell.row), panels.at(i)->minimumSizeHint().height() / cell.rowSpan);
    }
    // A grid that had more rows or columns before keeps them: only those in
    // use stretch.
    for (int row = 0; row < m_chartGrid->rowCount(); ++row)
        m_chartGrid->setRowStretch(row, needed.value(row));
    m_chartGrid->setColumnStretch(0, FirstStretch);
    m_chartGrid->setColumnStretch(1, columns > 1 ? SecondStretch : 0);
    // Placed now, not on the next layout pass: until then a panel keeps its
    // old place and may seem in view, and would build its chart for nothing.
    m_chartGrid->activate();
}

void MainWindow::connectMapToCountries(MapInteraction *map)
{
    // A country picked on the map selects its row; a selected row, or the
    // filter, shows on the map. Both die with the map's panel.
    connect(map, &MapInteraction::countrySelected, m_countries, &CountryPanel::selectCountry);
    connect(m_countries, &CountryPanel::selectedCountryChanged, map,
            &MapInteraction::setSelectedCode);
    connect(m_countries, &CountryPanel::shownCountriesChanged, map,
            [this, map] { map->setShownCodes(m_countries->shownCodes()); });
    map->setShownCodes(m_countries->shownCodes());
    map->setSelectedCode(m_countries->selectedCode());
}

void MainWindow::showIndicatorChart(const QString &indicatorId)
{
    for (ChartPanel *panel : std::as_const(m_chartPanels)) {
        const ChartSpec *spec = m_state->dataset()->chart(panel->chartId());
        if (spec && spec->indicatorIds.contains(indicatorId)) {
            showChart(panel->chartId());
            return;
        }
    }
}

void MainWindow::showChart(const QString &chartId)
{
    ChartPanel *panel = chartPanel(chartId);
    if (!panel)
        return;
    m_chartScroll->ensureWidgetVisible(panel, 0, 0);
    panel->buildIfInView();
    panel->view()->setFocus(Qt::OtherFocusReason);
}

ChartPanel *MainWindow::chartPanel(const QString &chartId) const
{
    for (ChartPanel *panel : m_chartPanels) {
        if (panel->chartId() == chartId)
            return panel;
    }
    return nullptr;
}

void MainWindow::showDataLanguage(Language language)
{
    m_header->setLanguage(language);
    m_timeline->setLanguage(language);
    m_countries->setLanguage(language);
    m_sources->setLanguage(language);
    showKeyFigures();
    updateSectionTitles();
    for (ChartPanel *panel : std::as_const(m_chartPanels))
        panel->setContent(m_state->dataset(), language);
    updateTimelineDetails(m_timeline->currentIndex());
    const QString current = languageCode(language);
    const auto actions = m_languageGroup->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toString() == current);
}

void MainWindow::updateTimelineDetails(int index)
{
    if (index < 0) {
        m_timelineDetails->setText(QString());
        return;
    }
    const QString sentences = m_timeline->milestoneSentences(index);
    const QString sources = m_timeline->milestoneSources(index);
    m_timelineDetails->setText(sentences.isEmpty()
                                   ? tr("%1 · %2", "event, then its sources")
                                         .arg(m_timeline->milestoneSummary(index), sources)
                                   : tr("%1: %2", "event, then its description")
                                         .arg(m_timeline->milestoneSummary(index),
                                              sentences + QLatin1Char(' ') + sources));
}

void MainWindow::showSources()
{
    m_sources->setCurrentIndex(0);
    m_sources->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Sharaka Dashboard"),
                       aboutText(*m_state->dataset(), m_state->language()));
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this);
    dialog.exec();
}

Language MainWindow::language() const
{
    return m_state->language();
}

void MainWindow::restoreWindowState()
{
    // The settings file is the user's to edit, and may be damaged or crafted:
    // whatever it says, the window fits the screen and keeps its layout.
    if (!restoreGeometry(m_settings->windowGeometry())) {
        // 1280×800 by default.
        resize(1280, 800);
    }
    WindowPlacement::keepOnScreen(this);
    restoreState(m_settings->windowState());
    WindowPlacement::restoreSplitter(m_mainSplitter, m_settings->splitterState());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Once more now that the frame is known.
    if (!m_firstShowSeen) {
        m_firstShowSeen = true;
        WindowPlacement::keepOnScreen(this);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setWindowLayout(saveGeometry(), saveState(), m_mainSplitter->saveState());
    QMainWindow::closeEvent(event);
}

bool MainWindow::acceptDatasetDrop(QDropEvent *event)
{
    if (DatasetController::droppedDatasetFile(event->mimeData()).isEmpty())
        return false;
    event->acceptProposedAction();
    return true;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    acceptDatasetDrop(event);
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    acceptDatasetDrop(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    // Opened after the drop returns, so the source application is not kept
    // waiting while the file loads; a file that is no regular file (a pipe,
    // a folder) is refused there, in the problems dialog.
    if (acceptDatasetDrop(event))
        m_datasetController->openFileLater(
            DatasetController::droppedDatasetFile(event->mimeData()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chartScroll->viewport() && event->type() == QEvent::Resize)
        placeGridCharts();
    if (watched == m_timeline && event->type() == QEvent::Paint && !m_firstPaintSeen) {
        m_firstPaintSeen = true;
        // Let the rest of this paint pass reach the screen before announcing it.
        QTimer::singleShot(0, this, &MainWindow::firstPaintDone);
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace sharaka
