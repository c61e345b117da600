// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/charttext.h"
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

#include <algorithm>

using namespace sharaka;

namespace {

/// The scroll area @p widget is shown in.
QScrollArea *scrollAreaOf(QWidget *widget)
{
    for (; widget; widget = widget->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(widget))
            return scroll;
    }
    return nullptr;
}

} // namespace

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
    void chartsOutOfView_haveNoViewUntilScrolledTo();
    void unbuiltChart_isTabStopNamedByItsTitle();
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
    QScrollArea *scroll = scrollAreaOf(last);
    QVERIFY(scroll);
    scroll->ensureWidgetVisible(last);
    QCoreApplication::processEvents();
    QVERIFY(isBuilt(last));
    QCOMPARE(last->view()->accessibleName(), last->chart()->titleText());
    scroll->verticalScrollBar()->setValue(0);
}

void tst_LargeDataset::chartsOutOfView_haveNoViewUntilScrolledTo()
{
    // A QChartView and its empty QChart cost about 1 M instructions each:
    // only the panels built so far have one.
    const QList<ChartPanel *> panels = m_window->chartPanels();
    ChartPanel *first = panels.constFirst();
    QTRY_VERIFY(first->hasView());
    // The last panel the test above did not scroll to.
    const auto unbuilt =
        std::find_if(panels.crbegin(), panels.crend(), [](ChartPanel *p) { return !p->hasView(); });
    QVERIFY(unbuilt != panels.crend());
    ChartPanel *last = *unbuilt;
    QCOMPARE(last->findChild<QChartView *>(), nullptr);
    const auto views = m_window->findChildren<QChartView *>();
    const qsizetype withView =
        std::count_if(panels.cbegin(), panels.cend(), [](ChartPanel *p) { return p->hasView(); });
    QCOMPARE(views.size(), withView);
    QVERIFY2(withView < panels.size() / 2, qPrintable(QString::number(withView)));
    // Every view that exists shows its built chart, never an empty one.
    for (const QChartView *view : views)
        QVERIFY(qobject_cast<DashboardChart *>(view->chart()));
    // Until then the panel keeps its place: the size it asks for does not
    // depend on the view.
    QCOMPARE(last->sizeHint(), first->sizeHint());
    QVERIFY(last->height() >= last->minimumSizeHint().height());

    QScrollArea *scroll = scrollAreaOf(last);
    QVERIFY(scroll);
    scroll->ensureWidgetVisible(last);
    QCoreApplication::processEvents();
    QVERIFY(last->hasView());
    QChartView *view = last->findChild<QChartView *>();
    QVERIFY(view);
    QVERIFY(view->isVisible());
    QCOMPARE(view->geometry(), last->rect());
    scroll->verticalScrollBar()->setValue(0);
}

void tst_LargeDataset::unbuiltChart_isTabStopNamedByItsTitle()
{
    // One the tests above did not scroll to.
    const QList<ChartPanel *> panels = m_window->chartPanels();
    const auto unbuilt =
        std::find_if(panels.crbegin(), panels.crend(), [](ChartPanel *p) { return !p->hasView(); });
    QVERIFY(unbuilt != panels.crend());
    ChartPanel *panel = *unbuilt;
    QVERIFY(panel->focusPolicy() & Qt::TabFocus);
    const ChartSpec *spec = panel->dataset().chart(panel->chartId());
    QVERIFY(spec);
    QCOMPARE(panel->accessibleName(), ChartText::label(spec->title.text(Language::English)));

    // Reached by Tab, it makes its view, which takes the focus, the name and
    // the panel's place in the Tab order.
    QWidget *before = panel->previousInFocusChain();
    panel->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(panel->hasView());
    QChartView *view = panel->view();
    QTRY_VERIFY(view->hasFocus());
    QCOMPARE(panel->focusPolicy(), Qt::NoFocus);
    QCOMPARE(panel->accessibleName(), QString());
    QCOMPARE(view->accessibleName(), panel->chart()->titleText());
    QCOMPARE(panel->nextInFocusChain(), view);
    QCOMPARE(before->nextInFocusChain(), panel);
    m_window->timeline()->setFocus(Qt::OtherFocusReason);
    scrollAreaOf(panel)->verticalScrollBar()->setValue(0);
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
