// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/mainwindow.h"

#include "map/projectedmap.h"
#include "widgets/abouttext.h"
#include "widgets/chartpanel.h"
#include "widgets/countrypanel.h"
#include "widgets/datasetcontroller.h"
#include "widgets/elidedlabel.h"
#include "widgets/headerpanel.h"
#include "widgets/keyfigurerow.h"
#include "widgets/languagemanager.h"
#include "widgets/mapinteraction.h"
#include "widgets/printcontroller.h"
#include "widgets/saveallcharts.h"
#include "widgets/shortcutsdialog.h"
#include "widgets/sourcespanel.h"
#include "widgets/timelinewidget.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QChartView>
#include <QCloseEvent>
#include <QGridLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace sharaka {

namespace {

const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString SplitterKey = QStringLiteral("window/splitter");

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
{
    setObjectName(QStringLiteral("mainWindow"));
    createCentralWidget();
    createMenus();
    m_datasetController = new DatasetController(this);
    retranslateUi();
    restoreWindowState();
    connect(m_languages, &LanguageManager::languageChanged, this, [this] { applyLanguage(); });
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

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction((new SaveAllChartsCommand(this, m_languages))->action());
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcuts(standardShortcuts(QKeySequence::Quit, Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_print = new PrintController(this);
    m_fileMenu->insertActions(m_quitAction, m_print->actions());
    m_fileMenu->insertSeparator(m_quitAction);

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
            LanguageManager::saveLanguage(language);
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

    if (m_datasetName.isEmpty())
        setWindowTitle(tr("Sharaka Dashboard"));
    else
        setWindowTitle(tr("%1 \u2014 Sharaka Dashboard").arg(m_datasetName));

    const QString current = languageCode(m_languages->language());
    const auto actions = m_languageGroup->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toString() == current);
}

void MainWindow::setDataset(const Dataset &dataset, const QString &name)
{
    m_dataset = dataset;
    m_datasetName = name;
    m_header->setDataset(dataset);
    m_timeline->setDataset(dataset);
    m_countries->setDataset(dataset);
    m_sources->setDataset(dataset);

    qDeleteAll(m_chartPanels);
    m_chartPanels.clear();
    // The map, when there is one, across the top row.
    QStringList ids = dataset.chartIds();
    int top = 0;
    if (!ids.isEmpty() && dataset.chart(ids.constFirst())->kind == ChartKind::Map) {
        QStringList codes;
        for (const Country &country : dataset.countries)
            codes.append(country.code);
        ProjectedMap::prepare(codes); // while the rest of the window is built
        auto *panel = new ChartPanel(ids.takeFirst(), m_chartArea);
        m_chartPanels.append(panel);
        m_chartGrid->addWidget(panel, 0, 0, 1, 2);
        top = 1;
        connectMapToCountries(panel->mapInteraction());
    }
    // Then two columns. With an odd count the first chart, which holds the
    // most bars in the Sharaka data, takes the full height of two rows.
    const qsizetype count = ids.size();
    const bool firstSpans = count % 2 == 1 && count > 1;
    for (qsizetype i = 0; i < count; ++i) {
        auto *panel = new ChartPanel(ids.at(i), m_chartArea);
        m_chartPanels.append(panel);
        if (firstSpans && i == 0) {
            m_chartGrid->addWidget(panel, top, 0, 2, 1);
            continue;
        }
        // Beside a spanning first chart, the next two stack in column 1.
        const int k = int(i) - (firstSpans ? 1 : 0);
        if (firstSpans && k < 2)
            m_chartGrid->addWidget(panel, top + k, 1);
        else if (firstSpans)
            m_chartGrid->addWidget(panel, top + 2 + (k - 2) / 2, (k - 2) % 2);
        else
            m_chartGrid->addWidget(panel, top + k / 2, k % 2);
    }
    for (int row = 0; row < m_chartGrid->rowCount(); ++row)
        m_chartGrid->setRowStretch(row, 1);
    m_chartGrid->setColumnStretch(0, 1);
    m_chartGrid->setColumnStretch(1, 1);
    applyLanguage();
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
        const ChartSpec *spec = m_dataset.chart(panel->chartId());
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

void MainWindow::applyLanguage()
{
    const Language language = m_languages->language();
    m_header->setLanguage(language);
    m_timeline->setLanguage(language);
    m_countries->setLanguage(language);
    m_sources->setLanguage(language);
    // Headline figures are the dataset's choice; none marked, no tiles.
    QStringList headlines;
    for (const Indicator &indicator : std::as_const(m_dataset.indicators)) {
        if (indicator.headline)
            headlines.append(indicator.id);
    }
    m_keyFigures->setContent(m_dataset, language, headlines);
    rebuildCharts();
    retranslateUi();
}

void MainWindow::rebuildCharts()
{
    const Language language = m_languages->language();
    for (ChartPanel *panel : std::as_const(m_chartPanels))
        panel->setContent(m_dataset, language);
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
                       aboutText(m_dataset, m_languages->language()));
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this);
    dialog.exec();
}

Language MainWindow::language() const
{
    return m_languages->language();
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        // 1280×800 by default, never larger than the screen.
        QSize size(1280, 800);
        if (const QScreen *current = screen())
            size = size.boundedTo(current->availableGeometry().size());
        resize(size);
    }
    restoreState(settings.value(StateKey).toByteArray());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        splitter->restoreState(settings.value(SplitterKey).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        settings.setValue(SplitterKey, splitter->saveState());
    QMainWindow::closeEvent(event);
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
