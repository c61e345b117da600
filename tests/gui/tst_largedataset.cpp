// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/indicatorchart.h"
#include "core/io/datasetloader.h"
#include "core/settings.h"
#include "support/largedataset.h"
#include "widgets/languagemanager.h"
#include "widgets/mainwindow.h"
#include "widgets/open/datasetcontroller.h"
#include "widgets/panels/chartpanel.h"
#include "widgets/panels/countrypanel.h"
#include "widgets/panels/timelinewidget.h"

#include <QChartView>
#include <QFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sharaka;

/// 250 countries, 200 indicators, 20 charts, 1,000 milestones: the window
/// opens the file and every panel stays legible. Timing is left to the
/// benchmarks.
class tst_LargeDataset : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void generatedFile_isValid();
    void chartsOutOfView_areBuiltWhenScrolledTo();
    void window_showsEverything();
    void countryFilter_findsOneAmong250();
    void timeline_clustersWhatItCannotLabel();
    void manyBars_getRowsTallEnoughToRead();
    void window_renders();

private:
    QTemporaryDir m_dir;
    QString m_path;
    LanguageManager *m_languages = nullptr;
    MainWindow *m_window = nullptr;
};

void tst_LargeDataset::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("large.json"));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(testing::generateLargeDataset());
    file.close();

    m_languages = new LanguageManager(new Settings(this), this);
    m_languages->setLanguage(Language::English);
    m_window = new MainWindow(m_languages, m_languages->settings());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->datasetController()->openFile(m_path));
}

void tst_LargeDataset::cleanupTestCase()
{
    delete m_window;
}

void tst_LargeDataset::generatedFile_isValid()
{
    const LoadResult result = DatasetLoader::loadFile(m_path);
    QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QCOMPARE(result.warnings, QStringList());
    QCOMPARE(result.dataset->countries.size(), 250);
    QCOMPARE(result.dataset->indicators.size(), 200);
    QCOMPARE(result.dataset->charts.size(), 20);
    QCOMPARE(result.dataset->milestones.size(), 1000);
    QCOMPARE(result.dataset->charts.constFirst().indicatorIds.size(), 50);
}

void tst_LargeDataset::chartsOutOfView_areBuiltWhenScrolledTo()
{
    // Looked up by name: ChartPanel::view() and chart() would build the chart.
    // Until built, the view shows the empty QChart it was made with.
    const auto isBuilt = [](ChartPanel *panel) {
        const auto *view =
            panel->findChild<QChartView *>(QStringLiteral("chartView-") + panel->chartId());
        return view && qobject_cast<DashboardChart *>(view->chart());
    };
    ChartPanel *first = m_window->chartPanels().constFirst();
    ChartPanel *last = m_window->chartPanels().constLast();
    // Panels added to the shown window show on the next event loop pass.
    QTRY_VERIFY(isBuilt(first));
    QVERIFY(!isBuilt(last));
    QScrollArea *scroll = nullptr;
    for (QWidget *widget = last; widget && !scroll; widget = widget->parentWidget())
        scroll = qobject_cast<QScrollArea *>(widget);
    QVERIFY(scroll);
    scroll->ensureWidgetVisible(last);
    QCoreApplication::processEvents();
    QVERIFY(isBuilt(last));
    QCOMPARE(last->view()->accessibleName(), last->chart()->titleText());
    scroll->verticalScrollBar()->setValue(0);
}

void tst_LargeDataset::window_showsEverything()
{
    QCOMPARE(m_window->windowTitle(), QStringLiteral("large.json — Sharaka Dashboard"));
    QCOMPARE(m_window->countryPanel()->visibleCount(), 250);
    QCOMPARE(m_window->timeline()->milestoneCount(), 1000);
    // The map of the 250 countries, then the 20 bar charts.
    QCOMPARE(m_window->chartPanels().size(), 21);
    QCOMPARE(m_window->chartPanels().constFirst()->chartId(), QStringLiteral("map"));
    QCOMPARE(m_window->chartPanels().at(1)->chart()->valueLabelTexts().size(), 50);
}

void tst_LargeDataset::countryFilter_findsOneAmong250()
{
    CountryPanel *countries = m_window->countryPanel();
    countries->setFilterText(QStringLiteral("Country AB 1"));
    // "Country AB 1" and nothing else: the codes run AA, AB, … with numbers 0, 1, …
    QCOMPARE(countries->visibleCount(), 1);
    countries->setFilterText(QStringLiteral("Country A"));
    QCOMPARE(countries->visibleCount(), 26);
    countries->setFilterText(QString());
    QCOMPARE(countries->visibleCount(), 250);
}

void tst_LargeDataset::timeline_clustersWhatItCannotLabel()
{
    TimelineWidget *timeline = m_window->timeline();
    const QList<TimelineWidget::Cluster> clusters = timeline->clusters();
    const int labelled = timeline->labelledCount();
    QVERIFY(labelled > 0);
    QVERIFY(!clusters.isEmpty());
    // Every milestone is either labelled or counted in exactly one cluster
    // (a lone unlabelled marker is a cluster of one, drawn without a count).
    QSet<int> clustered;
    for (const TimelineWidget::Cluster &cluster : clusters) {
        for (int member : cluster.members)
            clustered.insert(member);
    }
    QCOMPARE(labelled + int(clustered.size()), 1000);
    QVERIFY(std::any_of(clusters.cbegin(), clusters.cend(),
                        [](const TimelineWidget::Cluster &c) { return c.members.size() > 10; }));
    // Clicking a badge steps through the events it holds.
    const auto big =
        std::find_if(clusters.cbegin(), clusters.cend(),
                     [](const TimelineWidget::Cluster &c) { return c.members.size() > 2; });
    const QPoint badge = big->badge.center().toPoint();
    QTest::mouseClick(timeline, Qt::LeftButton, {}, badge);
    QCOMPARE(timeline->currentIndex(), big->members.at(0));
    QTest::mouseClick(timeline, Qt::LeftButton, {}, badge);
    QCOMPARE(timeline->currentIndex(), big->members.at(1));
    // Count badges never overlap each other.
    for (qsizetype i = 1; i < clusters.size(); ++i)
        QVERIFY(!clusters.at(i - 1).badge.intersects(clusters.at(i).badge));
}

void tst_LargeDataset::manyBars_getRowsTallEnoughToRead()
{
    ChartPanel *panel = m_window->chartPanels().at(1); // after the map
    // 50 bars with two-line category labels: at least two text lines a bar.
    const int line = panel->fontMetrics().height();
    QVERIFY2(panel->minimumHeight() >= 50 * 2 * line,
             qPrintable(QString::number(panel->minimumHeight())));
    // A chart of few bars keeps the usual size.
    ChartPanel *small = m_window->chartPanels().at(2);
    QVERIFY(small->minimumHeight() < 400);
    // The map of 250 countries lists them for screen readers, but keeps a map's size.
    QVERIFY(m_window->chartPanels().constFirst()->minimumHeight() < 400);
}

void tst_LargeDataset::window_renders()
{
    const QImage image = m_window->grab().toImage();
    QCOMPARE(image.size(), m_window->size() * image.devicePixelRatio());
    // Not a blank timeline: along the axis, markers and count badges are drawn.
    TimelineWidget *timeline = m_window->timeline();
    const QImage drawn = timeline->grab().toImage();
    const qreal ratio = drawn.devicePixelRatio();
    const int axisRow = int(timeline->clusters().constFirst().badge.center().y() * ratio);
    QSet<QRgb> colours;
    for (int x = 0; x < drawn.width(); ++x)
        colours.insert(drawn.pixel(x, axisRow));
    QVERIFY2(colours.size() > 3, qPrintable(QString::number(colours.size())));
}

QTEST_MAIN(tst_LargeDataset)
#include "tst_largedataset.moc"
