// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/chartfactory.h"
#include "charts/indicatorchart.h"
#include "common/dashboardwindow.h"
#include "core/models/countrytablemodel.h"
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
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
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

/// The dashboard window on the tests' fixture data (not the embedded Sharaka
/// data), in English.
class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void header_namesProjectImplementerFunderPeriod();
    void header_longSummaryCutWithMore();
    void header_linesRunInTheInterfaceDirection();
    void countries_showsThreeWithFootnote();
    void countryFilter_narrowsList_data();
    void countryFilter_narrowsList();
    void timeline_showsEveryMilestoneAtItsPrecision();
    void timeline_keyboardMovesBetweenEvents();
    void timeline_withoutPhases_givesTheirLinesAway();
    void timeline_detailsEndEverySentence_data();
    void timeline_detailsEndEverySentence();
    void charts_showEveryIndicatorWithValueText();
    void charts_haveIntegerAxesAndSourceLine();
    void buildChart_laysOutAtRequestedSize();
    void sources_listPublishersAndNotes();
    void longTitle_wrapsInsteadOfWideningTheWindow();
    void smallestWindow_keepsPanelsVisible();
    void narrowCountryTable_keepsNamesWholeAndPhaseInTooltip();
    void countriesWithoutPhases_haveNoPhaseColumn();
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
    m_window = test::showFixtureDashboard(m_languages, &m_data).release();
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
             QStringLiteral("\u2068Fixture Project\u2069 (\u2068test data\u2069)"));
    QCOMPARE(header->detailsText(),
             QStringLiteral("\u2068Made-up data for the tests, not facts about any project\u2069 · "
                            "Implemented by \u2068the Test Agency\u2069 · Funded by \u2068the Test "
                            "Fund\u2069 · 2015 to 31 Dec 2018"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("fixture.json — Sharaka Dashboard"));
}

void tst_MainWindow::header_longSummaryCutWithMore()
{
    // As an aid activity's whole description: many paragraphs' worth.
    QStringList words;
    for (int i = 0; i < 400; ++i)
        words << QStringLiteral("word%1").arg(i);
    const QString summary = words.join(QLatin1Char(' '));
    Dataset dataset = testing::fixtureDataset();
    dataset.project.summary = LocalizedText({{QStringLiteral("en"), summary}});

    HeaderPanel header;
    header.setLanguage(Language::English);
    header.setDataset(std::make_shared<const Dataset>(dataset));
    header.resize(600, 300);
    header.show();
    QVERIFY(QTest::qWaitForWindowExposed(&header));
    auto *details = header.findChild<QLabel *>(QStringLiteral("headerDetails"));
    auto *more = header.findChild<QToolButton *>(QStringLiteral("headerMore"));
    QVERIFY(details && more);

    QTRY_VERIFY(header.isSummaryCut());
    QVERIFY(more->isVisible());
    QCOMPARE(more->text(), QStringLiteral("More"));
    const QString cut = header.detailsText();
    QVERIFY2(cut.startsWith(QStringLiteral("\u2068word0 word1 ")), qPrintable(cut));
    QVERIFY2(cut.contains(QStringLiteral("\u2026\u2069 · Implemented by")), qPrintable(cut));
    QVERIFY(cut.size() < summary.size() / 2);
    // Four lines of summary and the facts after it: not the 400 words.
    const int lineSpacing = details->fontMetrics().lineSpacing();
    QVERIFY2(details->heightForWidth(details->width()) <= 6 * lineSpacing,
             qPrintable(QString::number(details->heightForWidth(details->width()))));

    // A wider window shows more of it.
    header.resize(900, 300);
    QTRY_VERIFY(header.detailsText().size() > cut.size());

    more->click();
    QVERIFY(header.isSummaryExpanded());
    QVERIFY(header.detailsText().startsWith(TextFormat::isolate(summary) + QStringLiteral(" · ")));
    QCOMPARE(more->text(), QStringLiteral("Less"));
    QCOMPARE(more->toolTip(), QStringLiteral("Show the first lines of the description only"));
    more->click();
    QVERIFY(!header.isSummaryExpanded());
    QVERIFY(header.detailsText().contains(QChar(0x2026)));

    // A summary that fits is whole, with no button.
    header.setDataset(std::make_shared<const Dataset>(testing::fixtureDataset()));
    QVERIFY(!header.isSummaryCut());
    QVERIFY(more->isHidden());
    QVERIFY(header.detailsText().startsWith(
        QStringLiteral("\u2068Made-up data for the tests, not facts about any project\u2069 · ")));
}

void tst_MainWindow::header_linesRunInTheInterfaceDirection()
{
    // A selectable label takes its paragraph's direction from the first
    // strong letter, even inside an isolate: the fixture's English name and
    // summary would turn the Arabic header left to right without a mark.
    HeaderPanel header;
    header.setDataset(std::make_shared<const Dataset>(testing::fixtureDataset()));
    auto *title = header.findChild<QLabel *>(QStringLiteral("headerTitle"));
    auto *details = header.findChild<QLabel *>(QStringLiteral("headerDetails"));
    header.setLanguage(Language::Arabic);
    QVERIFY(title->text().startsWith(QChar(0x200F)));
    QVERIFY(details->text().startsWith(QChar(0x200F)));
    QVERIFY(header.detailsText().startsWith(QChar(0x2068))); // the text itself, unmarked
    header.setLanguage(Language::English);
    QVERIFY(title->text().startsWith(QChar(0x200E)));
    QVERIFY(details->text().startsWith(QChar(0x200E)));
    QCOMPARE(header.titleText(),
             QStringLiteral("\u2068Fixture Project\u2069 (\u2068test data\u2069)"));
}

void tst_MainWindow::countries_showsThreeWithFootnote()
{
    CountryPanel *panel = m_window->countryPanel();
    QCOMPARE(panel->visibleCount(), 3);
    auto *table = panel->findChild<QTableView *>(QStringLiteral("countryTable"));
    QVERIFY(table);
    QStringList names;
    QStringList codes;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        names.append(table->model()->index(row, 0).data().toString());
        codes.append(table->model()->index(row, 1).data().toString());
    }
    QCOMPARE(names, QStringList({"Eastland *", "Midland", "Westland"}));
    QCOMPARE(codes, QStringList({"PS", "DZ", "MA"}));
    auto *footnote = panel->findChild<QLabel *>(QStringLiteral("countryFootnotes"));
    QVERIFY(footnote->isVisible());
    QVERIFY2(
        footnote->text().contains(QStringLiteral("Test footnote: shown after Eastland’s name.")),
        qPrintable(footnote->text()));
    auto *count = panel->findChild<QLabel *>(QStringLiteral("countryCount"));
    QCOMPARE(count->text(), QStringLiteral("3 countries"));
}

void tst_MainWindow::countryFilter_narrowsList_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("expected");
    QTest::addRow("name") << "mid" << 1;
    QTest::addRow("code") << "PS" << 1;
    QTest::addRow("phase") << "first" << 2;
    // Names in every language match: Midland by its French name "Terre-du-Milieu".
    QTest::addRow("other language") << "milieu" << 1;
    // Midland, and Westland by its group "First round".
    QTest::addRow("letter") << "i" << 2;
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
    QCOMPARE(count->text(), QStringLiteral("%1 of 3 shown").arg(expected));
    // The footnote qualifies the list and stays whatever the filter.
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("countryFootnotes"))->isVisible());
    filter->clear();
    QCOMPARE(panel->visibleCount(), 3);
}

void tst_MainWindow::timeline_showsEveryMilestoneAtItsPrecision()
{
    TimelineWidget *timeline = m_window->timeline();
    QCOMPARE(timeline->labelTexts(),
             QStringList({"2015 · \u2068Test project starts\u2069",
                          "Apr 2016 · \u2068Survey month\u2069",
                          "by 20 Jun 2017 · \u2068Eastland taking part\u2069",
                          "5–7 Nov 2018 · \u2068Workshop in Westland\u2069",
                          "31 Dec 2018 · \u2068Test project ends\u2069"}));
    // Drawn left to right in date order, inside the widget.
    for (int i = 1; i < timeline->milestoneCount(); ++i)
        QVERIFY(timeline->markerPosition(i - 1).x() <= timeline->markerPosition(i).x());
    QVERIFY(timeline->rect().contains(timeline->markerPosition(0).toPoint()));
    QVERIFY(timeline->milestoneDetails(0).contains(QLatin1String("Only the year is known.")));
    QVERIFY2(timeline->milestoneDetails(1).contains(
                 QStringLiteral("Sources: \u2068Test Publisher B\u2069, Jun 2017")),
             qPrintable(timeline->milestoneDetails(1)));
    QVERIFY2(timeline->milestoneDetails(3).contains(
                 QStringLiteral("Sources: \u2068Test Publisher A\u2069, 14 Feb 2019")),
             qPrintable(timeline->milestoneDetails(3)));
    // The membership groups are named, undated, under the axis.
    QCOMPARE(timeline->membershipLegend(),
             QStringLiteral("Partner countries, no date of change given by the sources: "
                            "First round; Second round"));
}

void tst_MainWindow::timeline_detailsEndEverySentence_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ends");
    QTest::newRow("full stop") << QStringLiteral("Work began.") << true;
    QTest::newRow("quoted") << QStringLiteral("It said \u201cdone.\u201d ") << true;
    QTest::newRow("Arabic question mark") << QStringLiteral("\u0647\u0644\u061f") << true;
    QTest::newRow("none") << QStringLiteral("Date of signature") << false;
    QTest::newRow("abbreviation inside") << QStringLiteral("e.g. the start") << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_MainWindow::timeline_detailsEndEverySentence()
{
    QFETCH(QString, text);
    QFETCH(bool, ends);
    QCOMPARE(TimelineWidget::endsSentence(text), ends);
    if (text.isEmpty()) {
        // No description and a day known: the sources alone, no empty sentence.
        Dataset dataset = testing::fixtureDataset();
        dataset.milestones[3].description = LocalizedText();
        TimelineWidget timeline;
        timeline.setDataset(std::make_shared<const Dataset>(dataset));
        timeline.setLanguage(Language::English);
        QCOMPARE(timeline.milestoneSentences(3), QString());
        QCOMPARE(timeline.milestoneDetails(3), timeline.milestoneSources(3));
        QVERIFY(timeline.milestoneSources(3).startsWith(QStringLiteral("Sources: ")));
        return;
    }
    // A description published without its full stop still ends its sentence
    // before the sources, which follow on the same line in the window.
    Dataset dataset = testing::fixtureDataset();
    dataset.milestones[3].description = LocalizedText({{QStringLiteral("en"), text}});
    TimelineWidget timeline;
    timeline.setDataset(std::make_shared<const Dataset>(dataset));
    timeline.setLanguage(Language::English);
    const QString details = timeline.milestoneDetails(3);
    const QString expected = TextFormat::isolate(text.trimmed()) +
                             (ends ? QString() : QStringLiteral(".")) + QLatin1Char('\n');
    QVERIFY2(details.startsWith(expected), qPrintable(details));
}

void tst_MainWindow::timeline_withoutPhases_givesTheirLinesAway()
{
    const Dataset withPhases = testing::fixtureDataset();
    Dataset withoutPhases = withPhases;
    withoutPhases.phases.clear();
    TimelineWidget timeline;
    timeline.resize(1200, 200);
    timeline.setDataset(std::make_shared<const Dataset>(withPhases));
    const QSize phased = timeline.sizeHint();
    const QPointF phasedMarker = timeline.markerPosition(0);
    QVERIFY(!timeline.membershipLegend().isEmpty());
    timeline.setDataset(std::make_shared<const Dataset>(withoutPhases));
    QCOMPARE(timeline.membershipLegend(), QString());
    // The two lines that name the membership groups under the axis.
    QCOMPARE(timeline.sizeHint().height(), phased.height() - 36);
    QVERIFY(timeline.minimumSizeHint().height() <= timeline.sizeHint().height());
    // The axis moves down into their room, in a widget of the same height.
    QCOMPARE(timeline.markerPosition(0).y(), phasedMarker.y() + 36);
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
    QVERIFY2(details->text().startsWith(
                 QStringLiteral("Apr 2016 · \u2068Survey month\u2069: \u2068A made-up survey, "
                                "dated to the month only\u2069")),
             qPrintable(details->text()));
    QTest::keyClick(timeline, Qt::Key_End);
    QCOMPARE(timeline->currentIndex(), 4);
    QTest::keyClick(timeline, Qt::Key_Left);
    QCOMPARE(timeline->currentIndex(), 3);
}

void tst_MainWindow::charts_showEveryIndicatorWithValueText()
{
    // The map, then the two bar charts.
    QCOMPARE(m_window->chartPanels().size(), 3);
    QCOMPARE(m_window->chartPanels().constFirst()->chartId(), QStringLiteral("map"));
    IndicatorChart *links = m_window->chartPanel(QStringLiteral("links"))->chart();
    QCOMPARE(links->valueLabelTexts(), QStringList({"23", "9"}));
    QCOMPARE(links->categoryLabels(), QStringList({"Sites linked", "Teams equipped"}));
    QCOMPARE(links->title(), QStringLiteral("Links and teams"));
    IndicatorChart *people = m_window->chartPanel(QStringLiteral("people"))->chart();
    QCOMPARE(people->valueLabelTexts(), QStringList({"750+"}));
    QVERIFY(people->legend()->isVisible()); // the lower bound is explained
    QVERIFY(!links->legend()->isVisible());
    QCOMPARE(people->title(), QStringLiteral("People trained"));
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
        QVERIFY2(chart->sourceLine().startsWith(
                     QStringLiteral("Sources: \u2068Test Publisher A\u2069, 14 Feb 2019")),
                 qPrintable(chart->sourceLine()));
    }
    auto *axis = qobject_cast<QValueAxis *>(
        m_window->chartPanel(QStringLiteral("people"))->chart()->axes(Qt::Horizontal).first());
    QCOMPARE(axis->max(), 1000.0); // room for the "750+" label
}

void tst_MainWindow::buildChart_laysOutAtRequestedSize()
{
    auto chart = buildChart(m_data, QStringLiteral("links"), Language::English, QSizeF(1600, 900));
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
    QVERIFY2(sources.contains(QLatin1String("Test Publisher B")), qPrintable(sources));
    QVERIFY(sources.contains(QLatin1String("Bulletin de mi-parcours (essai)")));
    QVERIFY(sources.contains(QLatin1String("https://example.org/fixture/final-report")));
    QVERIFY(sources.contains(QLatin1String("14 Feb 2019")));
    QVERIFY(sources.contains(QLatin1String("Jun 2017")));
    QVERIFY(sources.contains(QLatin1String("date not given"))); // the project page
    const QString notes = panel->notesText();
    QVERIFY2(notes.contains(QLatin1String("The report counts 23 sites, the bulletin 21.")),
             qPrintable(notes));
}

void tst_MainWindow::longTitle_wrapsInsteadOfWideningTheWindow()
{
    // A real IATI title (DFID's GB-1-204049-102), twice: on one line, it made
    // the window grow wider than the screen, its right side cut off.
    Dataset dataset = testing::fixtureDataset();
    const QString title = QStringLiteral("Provision of conflict advice to EU development "
                                         "programme in Bamako (staff secondment)");
    dataset.project.name =
        LocalizedText({{QStringLiteral("en"), title + QLatin1Char(' ') + title}});
    dataset.project.nameMeaning = {};
    Dataset shown;
    std::unique_ptr<MainWindow> window(test::showFixtureDashboard(m_languages, &shown));
    QVERIFY(window);
    window->resize(1024, 640);
    QTRY_COMPARE(window->size(), QSize(1024, 640));
    window->setDataset(dataset, QStringLiteral("long-title.json"));
    QVERIFY2(window->headerPanel()->minimumSizeHint().width() <= 1024,
             qPrintable(QString::number(window->headerPanel()->minimumSizeHint().width())));
    auto *label = window->headerPanel()->findChild<QLabel *>(QStringLiteral("headerTitle"));
    QVERIFY(label);
    HeaderPanel *header = window->headerPanel();
    // Wrapped, and cut after two lines so that the charts keep their room.
    QTRY_VERIFY(header->isTitleCut());
    QCOMPARE(window->size(), QSize(1024, 640));
    QVERIFY(label->mapTo(window.get(), QPoint(label->width(), 0)).x() <= 1024);
    const int lineSpacing = label->fontMetrics().lineSpacing();
    QVERIFY2(label->heightForWidth(label->width()) <= 2 * lineSpacing + 4,
             qPrintable(QString::number(label->heightForWidth(label->width()))));
    QVERIFY2(header->titleText().startsWith(QStringLiteral("Provision of conflict advice")),
             qPrintable(header->titleText()));
    QVERIFY2(header->titleText().endsWith(QChar(0x2026)), qPrintable(header->titleText()));
    QVERIFY(label->toolTip().contains(title + QLatin1Char(' ') + title));
    // "More" shows it whole.
    auto *more = header->findChild<QToolButton *>(QStringLiteral("headerMore"));
    QVERIFY(more && more->isVisible());
    more->click();
    QVERIFY(header->titleText().contains(title + QLatin1Char(' ') + title));
    QVERIFY(!header->isTitleCut());
    more->click();

    // With its meaning, the name is isolated: the cut closes the isolate it opened.
    dataset.project.nameMeaning = LocalizedText({{QStringLiteral("en"), QStringLiteral("test")}});
    window->setDataset(dataset, QStringLiteral("long-title.json"));
    QTRY_VERIFY(header->isTitleCut());
    const QString cut = header->titleText();
    QVERIFY2(cut.startsWith(QChar(0x2068)) && cut.endsWith(QStringLiteral("\u2026\u2069")),
             qPrintable(cut));
    QCOMPARE(cut.count(QChar(0x2068)), cut.count(QChar(0x2069)));
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

void tst_MainWindow::narrowCountryTable_keepsNamesWholeAndPhaseInTooltip()
{
    auto *table = m_window->countryPanel()->findChild<QTableView *>(QStringLiteral("countryTable"));
    QVERIFY(table);
    QHeaderView *header = table->horizontalHeader();
    // Narrower than name, code and whole phase together: the phase gives way.
    const int wanted = header->sectionSizeHint(CountryTableModel::NameColumn) +
                       header->sectionSizeHint(CountryTableModel::CodeColumn) +
                       header->sectionSizeHint(CountryTableModel::PhaseColumn);
    m_window->countryPanel()->setFixedWidth(wanted * 3 / 4);
    QTRY_VERIFY(table->viewport()->width() < wanted);
    const QFontMetrics metrics(table->font());
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString name =
            table->model()->index(row, CountryTableModel::NameColumn).data().toString();
        QVERIFY2(header->sectionSize(CountryTableModel::NameColumn) >
                     metrics.horizontalAdvance(name),
                 qPrintable(name));
    }
    QVERIFY(header->sectionSize(CountryTableModel::PhaseColumn) <
            header->sectionSizeHint(CountryTableModel::PhaseColumn));
    // The elided phase is whole in its tooltip, as plain text.
    const QModelIndex phase = table->model()->index(0, CountryTableModel::PhaseColumn);
    QTextDocument tip;
    tip.setHtml(phase.data(Qt::ToolTipRole).toString());
    QCOMPARE(tip.toPlainText(), phase.data().toString());
    QVERIFY(!phase.data().toString().isEmpty());
    m_window->countryPanel()->setMinimumWidth(0);
    m_window->countryPanel()->setMaximumWidth(QWIDGETSIZE_MAX);
}

void tst_MainWindow::countriesWithoutPhases_haveNoPhaseColumn()
{
    // As an IATI activity's recipient countries.
    Dataset dataset = testing::fixtureDataset();
    dataset.phases.clear();
    for (Country &country : dataset.countries)
        country.phaseId.clear();
    CountryPanel panel;
    panel.setDataset(std::make_shared<const Dataset>(dataset));
    panel.setLanguage(Language::English);
    auto *table = panel.findChild<QTableView *>(QStringLiteral("countryTable"));
    auto *filter = panel.findChild<QLineEdit *>();
    QVERIFY(table->isColumnHidden(CountryTableModel::PhaseColumn));
    QCOMPARE(filter->placeholderText(), QStringLiteral("Filter by name or code"));
    QCOMPARE(table->accessibleDescription(),
             QStringLiteral("Name and ISO code of every country; sortable by column"));

    // The column and its words come back with a dataset that has phases.
    panel.setDataset(std::make_shared<const Dataset>(testing::fixtureDataset()));
    QVERIFY(!table->isColumnHidden(CountryTableModel::PhaseColumn));
    QCOMPARE(filter->placeholderText(), QStringLiteral("Filter by name, code or phase"));
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
             QStringLiteral("\u2068<b>x</b>\u2069 (\u2068test data\u2069)"));
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

    m_window->setDataset(m_data, QStringLiteral("fixture.json"));
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

    m_window->setDataset(m_data, QStringLiteral("fixture.json"));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
