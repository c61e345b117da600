// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/chartfactory.h"
#include "charts/indicatorchart.h"
#include "common/dashboardwindow.h"
#include "core/io/datasetloader.h"
#include "core/settings.h"
#include "core/textformat.h"
#include "widgets/abouttext.h"
#include "widgets/languagemanager.h"
#include "widgets/mainwindow.h"
#include "widgets/panels/chartpanel.h"
#include "widgets/panels/countrypanel.h"
#include "widgets/panels/elidedlabel.h"
#include "widgets/panels/headerpanel.h"
#include "widgets/panels/sourcespanel.h"
#include "widgets/panels/timelinewidget.h"

#include <QBarCategoryAxis>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QValueAxis>

using namespace sharaka;

/// Stands in for the system browser: records what the program asks it to open.
class LinkRecorder : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

namespace {

/// Every link target in @p document.
QStringList anchorTargets(const QTextDocument *document)
{
    QStringList targets;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QString href = it.fragment().charFormat().anchorHref();
            if (!href.isEmpty() && !targets.contains(href))
                targets.append(href);
        }
    }
    return targets;
}

} // namespace

/// The dashboard window on the embedded data, in English.
class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void header_namesProjectImplementerFunderPeriod();
    void countries_showsEightWithFootnote();
    void countryFilter_narrowsList_data();
    void countryFilter_narrowsList();
    void timeline_showsEveryMilestoneAtItsPrecision();
    void timeline_keyboardMovesBetweenEvents();
    void charts_showEveryIndicatorWithValueText();
    void charts_haveIntegerAxesAndSourceLine();
    void buildChart_laysOutAtRequestedSize();
    void sources_listPublishersAndNotes();
    void smallestWindow_keepsPanelsVisible();
    void markupInDataset_showsAsTyped();
    void sourceLinks_onlyWebAddressesOpenOnlyInSystemBrowser();

private:
    LanguageManager *m_languages = nullptr;
    MainWindow *m_window = nullptr;
    Dataset m_data;
};

void tst_MainWindow::initTestCase()
{
    m_languages = new LanguageManager(new Settings(this), this);
    m_window = test::showEmbeddedDashboard(m_languages, &m_data).release();
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_MainWindow::cleanupTestCase()
{
    delete m_window;
}

void tst_MainWindow::header_namesProjectImplementerFunderPeriod()
{
    HeaderPanel *header = m_window->headerPanel();
    QCOMPARE(header->titleText(),
             QStringLiteral("\u2068Sharaka\u2069 (\u2068Arabic for “partnership”\u2069)"));
    QCOMPARE(
        header->detailsText(),
        QStringLiteral(
            "\u2068Regional counter-terrorism project in the Middle East and North "
            "Africa\u2069 · Implemented by \u2068INTERPOL\u2069 · Funded by \u2068the European "
            "Union\u2069 · 2017 to 31 Jan 2023"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Sharaka — Sharaka Dashboard"));
}

void tst_MainWindow::countries_showsEightWithFootnote()
{
    CountryPanel *panel = m_window->countryPanel();
    QCOMPARE(panel->visibleCount(), 8);
    auto *table = panel->findChild<QTableView *>(QStringLiteral("countryTable"));
    QVERIFY(table);
    QStringList names;
    QStringList codes;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        names.append(table->model()->index(row, 0).data().toString());
        codes.append(table->model()->index(row, 1).data().toString());
    }
    QCOMPARE(names, QStringList({"Algeria", "Egypt", "Jordan", "Lebanon", "Libya", "Morocco",
                                 "Palestine *", "Tunisia"}));
    QCOMPARE(codes, QStringList({"DZ", "EG", "JO", "LB", "LY", "MA", "PS", "TN"}));
    auto *footnote = panel->findChild<QLabel *>(QStringLiteral("countryFootnotes"));
    QVERIFY(footnote->isVisible());
    QVERIFY2(footnote->text().contains(
                 QStringLiteral("The EU’s standard footnote (not on the cited pages)")),
             qPrintable(footnote->text()));
    auto *count = panel->findChild<QLabel *>(QStringLiteral("countryCount"));
    QCOMPARE(count->text(), QStringLiteral("8 countries"));
}

void tst_MainWindow::countryFilter_narrowsList_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("expected");
    QTest::addRow("name") << "tun" << 1;
    QTest::addRow("code") << "PS" << 1;
    QTest::addRow("phase") << "later" << 2;
    // Tunisia, and Libya and Palestine by their group "Added later, undated".
    QTest::addRow("letter") << "u" << 3;
    QTest::addRow("none") << "zzz" << 0;
}

void tst_MainWindow::countryFilter_narrowsList()
{
    QFETCH(QString, typed);
    QFETCH(int, expected);
    CountryPanel *panel = m_window->countryPanel();
    auto *filter = panel->findChild<QLineEdit *>(QStringLiteral("countryFilter"));
    filter->clear();
    QTest::keyClicks(filter, typed);
    QCOMPARE(panel->visibleCount(), expected);
    auto *count = panel->findChild<QLabel *>(QStringLiteral("countryCount"));
    QCOMPARE(count->text(), QStringLiteral("%1 of 8 shown").arg(expected));
    // The footnote qualifies the list and stays whatever the filter.
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("countryFootnotes"))->isVisible());
    filter->clear();
    QCOMPARE(panel->visibleCount(), 8);
}

void tst_MainWindow::timeline_showsEveryMilestoneAtItsPrecision()
{
    TimelineWidget *timeline = m_window->timeline();
    QCOMPARE(timeline->labelTexts(),
             QStringList({"2017 · \u2068Project starts\u2069",
                          "18 Jul 2019 · \u2068Six countries listed\u2069",
                          "by 5 Sep 2019 · \u2068Libya participating\u2069",
                          "Oct 2020 · \u2068Operation at Khoms seaport\u2069",
                          "30–31 Jan 2023 · \u2068Closing ceremony in Algiers\u2069",
                          "31 Jan 2023 · \u2068Project ends\u2069",
                          "5 Feb 2023 · \u2068Results published (EC)\u2069",
                          "7 Feb 2023 · \u2068Results published (English)\u2069",
                          "8 Feb 2023 · \u2068Results published (French)\u2069"}));
    // Drawn left to right in date order, inside the widget.
    for (int i = 1; i < timeline->milestoneCount(); ++i)
        QVERIFY(timeline->markerPosition(i - 1).x() <= timeline->markerPosition(i).x());
    QVERIFY(timeline->rect().contains(timeline->markerPosition(0).toPoint()));
    QVERIFY(timeline->milestoneDetails(0).contains(QLatin1String("Only the year is known.")));
    QVERIFY(timeline->milestoneDetails(1).contains(
        QStringLiteral("Sources: \u2068EU Neighbours South\u2069")));
    QVERIFY(
        timeline->milestoneDetails(2).contains(QStringLiteral("Sources: \u2068INTERPOL\u2069")));
    // The membership groups are named, undated, under the axis.
    QCOMPARE(timeline->membershipLegend(),
             QStringLiteral("Partner countries, no date of change given by the sources: "
                            "Listed first; Added later, undated"));
}

void tst_MainWindow::timeline_keyboardMovesBetweenEvents()
{
    TimelineWidget *timeline = m_window->timeline();
    timeline->setFocus();
    QTest::keyClick(timeline, Qt::Key_Home);
    QCOMPARE(timeline->currentIndex(), 0);
    QTest::keyClick(timeline, Qt::Key_Right);
    QCOMPARE(timeline->currentIndex(), 1);
    auto *details = m_window->findChild<ElidedLabel *>(QStringLiteral("timelineDetails"));
    QVERIFY2(details->text().startsWith(QStringLiteral(
                 "18 Jul 2019 · \u2068Six countries listed\u2069: \u2068An EU Neighbours "
                 "South")),
             qPrintable(details->text()));
    QTest::keyClick(timeline, Qt::Key_End);
    QCOMPARE(timeline->currentIndex(), 8);
    QTest::keyClick(timeline, Qt::Key_Left);
    QCOMPARE(timeline->currentIndex(), 7);
}

void tst_MainWindow::charts_showEveryIndicatorWithValueText()
{
    // The map, then the three bar charts.
    QCOMPARE(m_window->chartPanels().size(), 4);
    QCOMPARE(m_window->chartPanels().constFirst()->chartId(), QStringLiteral("map"));
    IndicatorChart *infrastructure =
        m_window->chartPanel(QStringLiteral("infrastructure"))->chart();
    QCOMPARE(infrastructure->valueLabelTexts(), QStringList({"46", "42", "7"}));
    QCOMPARE(infrastructure->categoryLabels(),
             QStringList({"Border-crossing points connected", "Agencies with I-24/7 access",
                          "NCBs with video-conferencing"}));
    IndicatorChart *training = m_window->chartPanel(QStringLiteral("training"))->chart();
    QCOMPARE(training->valueLabelTexts(), QStringList({"800+"}));
    QVERIFY(training->legend()->isVisible()); // the lower bound is explained
    QVERIFY(!infrastructure->legend()->isVisible());
    IndicatorChart *activities =
        m_window->chartPanel(QStringLiteral("training-activities"))->chart();
    QCOMPARE(activities->valueLabelTexts(), QStringList({"36"}));
    QCOMPARE(activities->title(), QStringLiteral("Training activities"));
}

void tst_MainWindow::charts_haveIntegerAxesAndSourceLine()
{
    for (ChartPanel *panel : m_window->chartPanels()) {
        if (m_data.chart(panel->chartId())->kind != ChartKind::Bar)
            continue; // the map has no axes
        IndicatorChart *chart = panel->chart();
        const auto axes = chart->axes(Qt::Horizontal);
        QCOMPARE(axes.size(), 1);
        auto *valueAxis = qobject_cast<QValueAxis *>(axes.first());
        QVERIFY(valueAxis);
        QCOMPARE(valueAxis->labelFormat(), QStringLiteral("%.0f"));
        const double step = valueAxis->max() / (valueAxis->tickCount() - 1);
        QCOMPARE(step, std::round(step));
        QVERIFY(chart->sourceLine().startsWith(
            QStringLiteral("Sources: \u2068EU Neighbours South\u2069, 8 Feb 2023")));
    }
    auto *axis = qobject_cast<QValueAxis *>(
        m_window->chartPanel(QStringLiteral("training"))->chart()->axes(Qt::Horizontal).first());
    QVERIFY(axis->max() > 800); // room for the "800+" label
}

void tst_MainWindow::buildChart_laysOutAtRequestedSize()
{
    auto chart =
        buildChart(m_data, QStringLiteral("infrastructure"), Language::English, QSizeF(1600, 900));
    QVERIFY(chart);
    QCOMPARE(chart->size(), QSizeF(1600, 900));
    // The plot fills the picture rather than sitting as a thumbnail.
    QVERIFY(chart->plotArea().width() > 1600 * 0.5);
    QVERIFY(chart->plotArea().height() > 900 * 0.5);
    QVERIFY(chart->textScale() > 1.5);
    QVERIFY(
        !buildChart(m_data, QStringLiteral("no-such-chart"), Language::English, QSizeF(10, 10)));
}

void tst_MainWindow::sources_listPublishersAndNotes()
{
    SourcesPanel *panel = m_window->sourcesPanel();
    const QString sources = panel->sourcesText();
    QVERIFY(sources.contains(QLatin1String("European Commission, DG NEAR newsroom")));
    QVERIFY(sources.contains(
        QLatin1String("https://ec.europa.eu/newsroom/near/redirection/item/775527")));
    QVERIFY(sources.contains(QLatin1String("5 Feb 2023")));
    QVERIFY(sources.contains(QLatin1String("date not given")));
    const QString notes = panel->notesText();
    QVERIFY(notes.contains(QLatin1String("7 NCBs")));
    QVERIFY(notes.contains(QLatin1String("5, 7 and 8 February 2023")));
}

void tst_MainWindow::smallestWindow_keepsPanelsVisible()
{
    QVERIFY2(m_window->minimumSizeHint().height() <= 640,
             qPrintable(QString::number(m_window->minimumSizeHint().height())));
    QVERIFY2(m_window->minimumSizeHint().width() <= 1024,
             qPrintable(QString::number(m_window->minimumSizeHint().width())));
    m_window->resize(1024, 640);
    QTRY_COMPARE(m_window->size(), QSize(1024, 640));
    const QList<QWidget *> panels{m_window->timeline(), m_window->countryPanel(),
                                  m_window->sourcesPanel(), m_window->chartPanels().at(0),
                                  m_window->chartPanels().at(2)};
    for (QWidget *panel : panels) {
        QVERIFY2(panel->isVisible(), qPrintable(panel->objectName()));
        // Laid out once the layout requests of the resize are handled.
        QTRY_VERIFY2(panel->height() >= panel->minimumSizeHint().height() * 0.9,
                     qPrintable(panel->objectName()));
    }
    QVERIFY(m_window->timeline()->height() >= m_window->timeline()->minimumSizeHint().height());
    m_window->resize(1280, 800);
}

void tst_MainWindow::markupInDataset_showsAsTyped()
{
    const QString markup = QStringLiteral("<b>x</b>");
    Dataset crafted = m_data;
    crafted.project.name = LocalizedText({{QStringLiteral("en"), markup}});
    crafted.project.summary = LocalizedText({{QStringLiteral("en"), markup}});
    crafted.sources[0].publisher = LocalizedText({{QStringLiteral("en"), markup}});
    crafted.sources[0].title = LocalizedText({{QStringLiteral("en"), markup}});
    crafted.footnotes[0].text = LocalizedText({{QStringLiteral("en"), markup}});
    m_window->setDataset(crafted, QStringLiteral("crafted.json"));

    auto *title = m_window->headerPanel()->findChild<QLabel *>(QStringLiteral("headerTitle"));
    auto *details = m_window->headerPanel()->findChild<QLabel *>(QStringLiteral("headerDetails"));
    QCOMPARE(title->textFormat(), Qt::PlainText);
    QCOMPARE(details->textFormat(), Qt::PlainText);
    QCOMPARE(m_window->headerPanel()->titleText(),
             QStringLiteral("\u2068<b>x</b>\u2069 (\u2068Arabic for “partnership”\u2069)"));
    QVERIFY(m_window->headerPanel()->detailsText().startsWith(TextFormat::isolate(markup) +
                                                              QStringLiteral(" · ")));

    // The country footnote, under the table and as the marked row's tooltip.
    auto *footnote =
        m_window->countryPanel()->findChild<QLabel *>(QStringLiteral("countryFootnotes"));
    QCOMPARE(footnote->textFormat(), Qt::PlainText);
    QCOMPARE(footnote->text(), QStringLiteral("\u2068*\u2069 \u2068<b>x</b>\u2069"));
    auto *table = m_window->countryPanel()->findChild<QTableView *>(QStringLiteral("countryTable"));
    QStringList tooltips;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString tip = table->model()->index(row, 0).data(Qt::ToolTipRole).toString();
        if (tip.isEmpty())
            continue;
        QTextDocument shown;
        shown.setHtml(tip);
        tooltips.append(shown.toPlainText());
    }
    QCOMPARE(tooltips, QStringList{QStringLiteral("\u2068*\u2069 \u2068<b>x</b>\u2069")});

    // The panel's displayed text holds the tags as typed, twice (publisher, title).
    QCOMPARE(m_window->sourcesPanel()->sourcesText().count(markup), 2);

    // The About box is rich text: what it displays is the literal string.
    QTextDocument about;
    about.setHtml(aboutText(crafted, Language::English));
    QVERIFY2(about.toPlainText().contains(markup), qPrintable(about.toPlainText()));
    QVERIFY(about.toPlainText().contains(QLatin1String("Sharaka Dashboard")));

    m_window->setDataset(m_data, QStringLiteral("Sharaka"));
}

void tst_MainWindow::sourceLinks_onlyWebAddressesOpenOnlyInSystemBrowser()
{
    Dataset crafted = m_data;
    // Breaks out of a single-quoted attribute: must not become a file link.
    crafted.sources[0].url = QStringLiteral("https://example.org/' href='file:///etc/passwd");
    crafted.sources[1].url = QStringLiteral("file:///etc/passwd");
    crafted.sources[2].url = QStringLiteral("https://example.org/a?b=c&d=e");
    m_window->setDataset(crafted, QStringLiteral("crafted.json"));
    auto *browser =
        m_window->sourcesPanel()->findChild<QTextBrowser *>(QStringLiteral("sourcesBrowser"));
    QVERIFY(browser);
    QVERIFY(!browser->openExternalLinks());
    QVERIFY(!browser->openLinks());

    const QStringList targets = anchorTargets(browser->document());
    QVERIFY(!targets.isEmpty());
    for (const QString &target : targets)
        QVERIFY2(target.startsWith(QLatin1String("https://")) ||
                     target.startsWith(QLatin1String("http://")),
                 qPrintable(target));
    QVERIFY2(targets.contains(QStringLiteral("https://example.org/a?b=c&d=e")),
             qPrintable(targets.join(QLatin1Char(' '))));
    // The addresses that are no links still show, as text.
    QVERIFY(m_window->sourcesPanel()->sourcesText().contains(QLatin1String("file:///etc/passwd")));

    LinkRecorder browserStandIn;
    for (const char *scheme : {"file", "http", "https"})
        QDesktopServices::setUrlHandler(QLatin1String(scheme), &browserStandIn, "open");
    const QString shown = browser->toPlainText();
    emit browser->anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
    QCOMPARE(browserStandIn.opened, QList<QUrl>());
    QCOMPARE(browser->source(), QUrl()); // no navigation inside the panel
    QCOMPARE(browser->toPlainText(), shown);
    const QUrl web(QStringLiteral("https://example.org/a"));
    emit browser->anchorClicked(web);
    QCOMPARE(browserStandIn.opened, QList<QUrl>{web});
    QCOMPARE(browser->toPlainText(), shown);
    for (const char *scheme : {"file", "http", "https"})
        QDesktopServices::unsetUrlHandler(QLatin1String(scheme));

    m_window->setDataset(m_data, QStringLiteral("Sharaka"));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
