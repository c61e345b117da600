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
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

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

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_settings(new Settings(this))
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

    m_header = new HeaderPanel(central);
    layout->addWidget(m_header);

    m_timeline = new TimelineWidget(central);
    m_timelineDetails = new ElidedLabel(central);
    m_timelineDetails->setObjectName(QStringLiteral("timelineDetails"));
    connect(m_timeline, &TimelineWidget::currentIndexChanged, this,
            &MainWindow::updateTimelineDetails);
    layout->addWidget(m_timeline);
    layout->addWidget(m_timelineDetails);

    auto *splitter = new QSplitter(Qt::Horizontal, central);
    m_mainSplitter = splitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);

    auto *left = new QSplitter(Qt::Vertical, splitter);
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

    auto *chartBox = new QWidget(splitter);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    m_chartsTitle = sectionTitle(chartBox, QStringLiteral("chartsTitle"));
    m_keyFigures = new KeyFigureRow(chartBox);
    connect(m_keyFigures, &KeyFigureRow::indicatorActivated, this, &MainWindow::showIndicatorChart);
    auto *scroll = new QScrollArea(chartBox);
    m_chartScroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The charts inside take focus; the scroll area follows them.
    scroll->setFocusPolicy(Qt::NoFocus);
    m_chartArea = new QWidget(scroll);
    m_chartGrid = new QGridLayout(m_chartArea);
    m_chartGrid->setContentsMargins(0, 0, 0, 0);
    m_chartGrid->setSpacing(6);
    scroll->setWidget(m_chartArea);
    // Charts are built as they scroll into view (ChartPanel::buildIfInView).
    for (QScrollBar *bar : {scroll->verticalScrollBar(), scroll->horizontalScrollBar()}) {
        connect(bar, &QScrollBar::valueChanged, this, [this] {
            for (ChartPanel *panel : std::as_const(m_chartPanels))
                panel->buildIfInView();
        });
    }
    chartLayout->addWidget(m_chartsTitle);
    chartLayout->addWidget(m_keyFigures);
    chartLayout->addWidget(scroll, 1);

    splitter->addWidget(left);
    splitter->addWidget(chartBox);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 900});
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
    m_saveAll = new SaveAllChartsCommand(m_state, this);
    connect(m_saveAll, &SaveAllChartsCommand::statusMessage, this, &MainWindow::showStatus);
    m_exportFactsheet = new ExportFactsheetCommand(m_state, this);
    connect(m_exportFactsheet, &ExportFactsheetCommand::statusMessage, this,
            &MainWindow::showStatus);
    m_print = new PrintController(m_state, this);
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
        connect(action, &QAction::triggered, this, [this, language] {
            m_languages->setLanguage(language);
            m_settings->setLanguage(language);
        });
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

    m_countriesTitle->setText(tr("Partner countries"));
    m_chartsTitle->setText(tr("Outcome indicators (totals for the whole project)"));
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
    auto addPanel = [&](const QString &chartId) {
        auto *panel = new ChartPanel(chartId, m_chartArea);
        connect(panel->exportActions(), &ChartExportActions::statusMessage, this,
                &MainWindow::showStatus);
        panel->setContent(dataset, m_state->language());
        m_chartPanels.append(panel);
        return panel;
    };
    int top = 0;
    if (const QString mapId = ChartGrid::topMapId(*dataset); !mapId.isEmpty()) {
        QStringList codes;
        for (const Country &country : dataset->countries)
            codes.append(country.code);
        ProjectedMap::prepare(codes); // while the rest of the window is built
        ChartPanel *panel = addPanel(mapId);
        m_chartGrid->addWidget(panel, 0, 0, 1, 2);
        top = 1;
        connectMapToCountries(panel->mapInteraction());
    }
    const QStringList ids = ChartGrid::gridChartIds(*dataset);
    const QList<ChartGrid::Cell> cells = ChartGrid::cells(int(ids.size()));
    for (int i = 0; i < ids.size(); ++i) {
        const ChartGrid::Cell &cell = cells.at(i);
        m_chartGrid->addWidget(addPanel(ids.at(i)), top + cell.row, cell.column, cell.rowSpan, 1);
    }
    for (int row = 0; row < m_chartGrid->rowCount(); ++row)
        m_chartGrid->setRowStretch(row, 1);
    m_chartGrid->setColumnStretch(0, 1);
    m_chartGrid->setColumnStretch(1, 1);
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
        if (!spec || !spec->indicatorIds.contains(indicatorId))
            continue;
        m_chartScroll->ensureWidgetVisible(panel, 0, 0);
        panel->buildIfInView();
        panel->view()->setFocus(Qt::OtherFocusReason);
        return;
    }
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
    m_timelineDetails->setText(
        tr("%1: %2", "event, then its description")
            .arg(m_timeline->milestoneSummary(index),
                 m_timeline->milestoneDetails(index).replace(QLatin1Char('\n'), QLatin1Char(' '))));
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
    if (watched == m_timeline && event->type() == QEvent::Paint && !m_firstPaintSeen) {
        m_firstPaintSeen = true;
        // Let the rest of this paint pass reach the screen before announcing it.
        QTimer::singleShot(0, this, &MainWindow::firstPaintDone);
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace sharaka
