// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/chartfactory.h"
#include "charts/charttheme.h"
#include "charts/indicatorchart.h"
#include "common/dashboardwindow.h"
#include "common/programrun.h"
#include "core/io/datasetloader.h"
#include "core/models/indicatormodel.h"
#include "core/settings.h"
#include "widgets/abouttext.h"
#include "widgets/export/printcontroller.h"
#include "widgets/export/printpage.h"
#include "widgets/languagemanager.h"
#include "widgets/mainwindow.h"
#include "widgets/panels/chartpanel.h"
#include "widgets/panels/charttableview.h"
#include "widgets/panels/countrypanel.h"
#include "widgets/panels/sourcespanel.h"
#include "widgets/panels/timelinewidget.h"
#include "widgets/shortcutsdialog.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QIcon>
#include <QPrinter>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sharaka;

namespace {

/// Widgets Tab reaches, in the order it reaches them.
QList<QWidget *> tabChain(QWidget *window)
{
    QList<QWidget *> chain;
    QWidget *widget = window;
    do {
        widget = widget->nextInFocusChain();
        if (widget != window && widget->isVisibleTo(window) && widget->isEnabled() &&
            (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy())
            chain.append(widget);
    } while (widget != window);
    return chain;
}

/// Mean lightness (0–255) of @p image.
int meanLightness(const QImage &image)
{
    qint64 sum = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            sum += QColor(image.pixel(x, y)).lightness();
    }
    return int(sum / (qint64(image.width()) * image.height()));
}

/// Share of pixels that are not near-white, in per cent.
double inkPercent(const QImage &image)
{
    qint64 ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ink += QColor(image.pixel(x, y)).lightness() < 230 ? 1 : 0;
    }
    return 100.0 * double(ink) / (double(image.width()) * image.height());
}

QString withoutMarks(QString text)
{
    return text.remove(QChar(0x200E)).remove(QChar(0x200F));
}

} // namespace

/// Keyboard, screen readers, themes, printing, shortcuts and the About text, on
/// the tests' fixture data (not the embedded Sharaka data).
class tst_DesktopIntegration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyFocusableWidget_hasAccessibleName();
    void tabOrder_followsReadingOrder_data();
    void tabOrder_followsReadingOrder();
    void charts_describeTheirValues();
    void timeline_announcesCurrentEvent();
    void chartTable_showsSameNumbers();
    void darkPalette_chartsAndTimelineFollow_exportsStayLight();
    void print_dashboardAndChart_onePageNotEmpty_data();
    void print_dashboardAndChart_onePageNotEmpty();
    void print_unwritableFile_reportsError();
    void printChart_usesFocusedChart();
    void shortcuts_listEveryActionWithShortcut();
    void about_namesVersionLicenceQtAndData();
    void geometry_rememberedAcrossWindows();
    void craftedGeometryAndSplitter_keepWindowOnScreenAndLayout();
    void icon_isEmbeddedAndDrawsTheCard();

private:
    void setLanguage(Language language);

    LanguageManager *m_languages = nullptr;
    MainWindow *m_window = nullptr;
    Dataset m_data;
};

void tst_DesktopIntegration::initTestCase()
{
    QApplication::setApplicationVersion(QStringLiteral(SHARAKA_VERSION));
    m_languages = new LanguageManager(new Settings(this), this);
    m_window = test::showFixtureDashboard(m_languages, &m_data).release();
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_DesktopIntegration::cleanupTestCase()
{
    delete m_window;
}

void tst_DesktopIntegration::setLanguage(Language language)
{
    m_languages->setLanguage(language);
    QCoreApplication::processEvents();
}

void tst_DesktopIntegration::everyFocusableWidget_hasAccessibleName()
{
    const QList<QWidget *> chain = tabChain(m_window);
    QVERIFY(chain.size() >= 8);
    QStringList unnamed;
    for (QWidget *widget : chain) {
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(accessible);
        if (accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(QString::fromLatin1(widget->metaObject()->className()) +
                           QLatin1Char('#') + widget->objectName());
    }
    QCOMPARE(unnamed.join(QLatin1Char(',')), QString());
}

void tst_DesktopIntegration::tabOrder_followsReadingOrder_data()
{
    QTest::addColumn<Language>("language");
    QTest::addRow("English") << Language::English;
    QTest::addRow("Arabic") << Language::Arabic;
}

void tst_DesktopIntegration::tabOrder_followsReadingOrder()
{
    QFETCH(Language, language);
    setLanguage(language);
    // Charts are rebuilt when data is (re)loaded; the order must survive that.
    m_window->setDataset(m_data, QStringLiteral("fixture.json"));
    QCoreApplication::processEvents();
    const bool rightToLeft = language == Language::Arabic;
    QCOMPARE(m_window->layoutDirection(), rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);

    // Which panel each Tab stop belongs to, in reading order: timeline,
    // countries, sources, then the charts in the order of the dataset.
    QList<QWidget *> panels{m_window->timeline(), m_window->countryPanel(),
                            m_window->sourcesPanel()};
    for (ChartPanel *chart : m_window->chartPanels())
        panels.append(chart);
    QList<int> visited;
    for (QWidget *widget : tabChain(m_window)) {
        for (int i = 0; i < panels.size(); ++i) {
            if (widget == panels.at(i) || panels.at(i)->isAncestorOf(widget)) {
                if (visited.isEmpty() || visited.constLast() != i)
                    visited.append(i);
                break;
            }
        }
    }
    QList<int> expected;
    for (int i = 0; i < panels.size(); ++i)
        expected.append(i);
    QCOMPARE(visited, expected);

    // The layout mirrors in Arabic, so the same order reads right to left on screen.
    auto x = [this](QWidget *widget) {
        return widget->mapTo(m_window, QPoint(0, 0)).x();
    };
    // The countries, the map beside them, then the bar charts.
    const QList<ChartPanel *> charts = m_window->chartPanels();
    QCOMPARE(charts.size(), 3);
    QCOMPARE(charts.at(0)->chartId(), QStringLiteral("map"));
    if (rightToLeft) {
        QVERIFY(x(m_window->countryPanel()) > x(charts.at(0)));
        QVERIFY(x(charts.at(0)) > x(charts.at(1)));
        QVERIFY(x(charts.at(1)) >= x(charts.at(2)));
    } else {
        QVERIFY(x(m_window->countryPanel()) < x(charts.at(0)));
        QVERIFY(x(charts.at(0)) < x(charts.at(1)));
        QVERIFY(x(charts.at(1)) <= x(charts.at(2)));
    }
    setLanguage(Language::English);
}

void tst_DesktopIntegration::charts_describeTheirValues()
{
    ChartPanel *panel = m_window->chartPanel(QStringLiteral("links"));
    QVERIFY(panel);
    QChartView *view = panel->view();
    QCOMPARE(view->accessibleName(), panel->chart()->titleText());
    QVERIFY2(view->accessibleDescription().contains(
                 QLatin1String("Sites linked: 23; Teams equipped: 9")),
             qPrintable(view->accessibleDescription()));
    QCOMPARE(view->accessibleDescription(),
             panel->chart()->valueDescriptions().join(QStringLiteral("; ")));
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(view);
    QCOMPARE(accessible->text(QAccessible::Description), view->accessibleDescription());
}

void tst_DesktopIntegration::timeline_announcesCurrentEvent()
{
    TimelineWidget *timeline = m_window->timeline();
    QVERIFY(timeline->milestoneCount() > 3);
    timeline->setCurrentIndex(1);
    timeline->setFocus();
    QTest::keyClick(timeline, Qt::Key_Right);

    QCOMPARE(timeline->currentIndex(), 2);
    QCOMPARE(timeline->accessibleName(), timeline->milestoneSummary(2));
    QVERIFY(timeline->accessibleDescription().contains(
        QStringLiteral("event 3 of %1").arg(timeline->milestoneCount())));
    // What a screen reader reads on the NameChanged event the move sends.
    // (The event itself needs a platform accessibility bridge, which the
    // offscreen platform has not got.)
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(timeline);
    QCOMPARE(accessible->text(QAccessible::Name), timeline->milestoneSummary(2));
    QVERIFY(accessible->text(QAccessible::Description).contains(timeline->milestoneDetails(2)));
    QTest::keyClick(timeline, Qt::Key_End);
    QCOMPARE(accessible->text(QAccessible::Name),
             timeline->milestoneSummary(timeline->milestoneCount() - 1));
    // "31 Dec 2018 · Test project ends": the date, then the event.
    QCOMPARE(timeline->accessibleName(),
             QStringLiteral("31 Dec 2018 \u00B7 \u2068Test project ends\u2069"));
    QVERIFY(timeline->accessibleName().contains(QStringLiteral(" \u00B7 ")));
}

void tst_DesktopIntegration::chartTable_showsSameNumbers()
{
    ChartPanel *panel = m_window->chartPanel(QStringLiteral("links"));
    QVERIFY(!panel->isShowingTable());
    QVERIFY(panel->view()->isVisible());
    panel->showTableAction()->trigger();
    QVERIFY(panel->isShowingTable());
    QVERIFY(!panel->view()->isVisible());
    ChartTableView *table = panel->tableView();
    QVERIFY(table->isVisible());

    const IndicatorChart *chart = panel->chart();
    // The table shows the chart's own model.
    QCOMPARE(table->model(), chart->model());
    const QAbstractItemModel *model = table->model();
    QCOMPARE(model->rowCount(), chart->categoryLabels().size());
    QStringList labels;
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row) {
        labels.append(model->index(row, IndicatorModel::LabelColumn).data().toString());
        values.append(
            withoutMarks(model->index(row, IndicatorModel::ValueColumn).data().toString()));
    }
    QCOMPARE(labels, chart->categoryLabels());
    QCOMPARE(values, chart->valueLabelTexts());
    QCOMPARE(values, QStringList({QStringLiteral("23"), QStringLiteral("9")}));
    QVERIFY(!table->accessibleName().isEmpty());

    panel->showTableAction()->trigger();
    QVERIFY(!panel->isShowingTable());
    QVERIFY(panel->view()->isVisible());
    QVERIFY(!table->isVisible());
}

void tst_DesktopIntegration::darkPalette_chartsAndTimelineFollow_exportsStayLight()
{
    const QPalette original = QApplication::palette();
    const int lightTimeline = meanLightness(m_window->timeline()->grab().toImage());
    QVERIFY2(lightTimeline > 200, qPrintable(QString::number(lightTimeline)));
    for (ChartPanel *panel : m_window->chartPanels())
        QCOMPARE(appliedChartTheme(panel->dashboardChart()), ChartTheme::Light);

    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
    dark.setColor(QPalette::Mid, QColor(0x70, 0x70, 0x70));
    QApplication::setPalette(dark);
    QCoreApplication::processEvents();

    const ChartColors darkColors = chartColors(ChartTheme::Dark);
    for (ChartPanel *panel : m_window->chartPanels()) {
        DashboardChart *chart = panel->dashboardChart(); // the map too
        QCOMPARE(appliedChartTheme(chart), ChartTheme::Dark);
        QCOMPARE(chart->backgroundBrush().color(), darkColors.background);
        QCOMPARE(chart->titleBrush().color(), darkColors.text);
        QCOMPARE(chart->sourceTextColor(), darkColors.secondaryText);
    }
    const IndicatorChart *links = m_window->chartPanel(QStringLiteral("links"))->chart();
    QCOMPARE(links->valueLabelColor(0), darkColors.text);
    // On screen, the chart and the timeline are now dark, pixel by pixel.
    const int darkChart =
        meanLightness(m_window->chartPanel(QStringLiteral("links"))->view()->grab().toImage());
    QVERIFY2(darkChart < 90, qPrintable(QString::number(darkChart)));
    const int darkTimeline = meanLightness(m_window->timeline()->grab().toImage());
    QVERIFY2(darkTimeline < 90, qPrintable(QString::number(darkTimeline)));
    // A chart rebuilt (language change) keeps the dark theme.
    setLanguage(Language::French);
    for (ChartPanel *panel : m_window->chartPanels())
        QCOMPARE(appliedChartTheme(panel->dashboardChart()), ChartTheme::Dark);
    setLanguage(Language::English);

    // Exports and print still default to light.
    std::unique_ptr<IndicatorChart> exported = chartOfKind<IndicatorChart>(
        buildChart(m_data, QStringLiteral("links"), Language::English, QSizeF(800, 500)));
    QCOMPARE(appliedChartTheme(exported.get()), ChartTheme::Light);
    QCOMPARE(exported->backgroundBrush().color(), QColor(Qt::white));
    QCOMPARE(exported->valueLabelColor(0), chartColors(ChartTheme::Light).text);
    QCOMPARE(screenChartTheme(), ChartTheme::Dark);
    const QImage page =
        renderPrintPage({shareDataset(m_data), Language::English, QString()}, QSizeF(600, 420), 1);
    QCOMPARE(QColor(page.pixel(1, page.height() - 2)), QColor(Qt::white));
    QVERIFY(meanLightness(page) > 200);

    QApplication::setPalette(original);
    QCoreApplication::processEvents();
    QCOMPARE(appliedChartTheme(m_window->chartPanels().constFirst()->chart()), ChartTheme::Light);
}

void tst_DesktopIntegration::print_dashboardAndChart_onePageNotEmpty_data()
{
    QTest::addColumn<QString>("chartId");
    QTest::addColumn<Language>("language");
    QTest::addRow("dashboard-en") << QString() << Language::English;
    QTest::addRow("dashboard-ar") << QString() << Language::Arabic;
    QTest::addRow("chart-fr") << QStringLiteral("people") << Language::French;
}

void tst_DesktopIntegration::print_dashboardAndChart_onePageNotEmpty()
{
    QFETCH(QString, chartId);
    QFETCH(Language, language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("print.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    QString error;
    QVERIFY2(printPage(&printer, {shareDataset(m_data), language, chartId}, &error),
             qPrintable(error));
    QVERIFY(error.isEmpty());

    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY2(bytes.size() > 20000, qPrintable(QString::number(bytes.size())));
    // One page object: "/Type /Page" but not "/Type /Pages".
    const qsizetype pages = bytes.count("/Type /Page\n") + bytes.count("/Type /Page ") +
                            bytes.count("/Type /Page/") + bytes.count("/Type /Page>");
    QCOMPARE(pages, qsizetype(1));

    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty())
        QSKIP("pdftoppm is not installed (poppler-utils): page checked by structure only");
    const test::ProgramRun render = test::runCommand(
        pdftoppm, {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"), pdf,
                   dir.filePath(QStringLiteral("page"))});
    QCOMPARE(render.exitCode, 0);
    const QStringList images = QDir(dir.path()).entryList({QStringLiteral("page*.png")});
    QCOMPARE(images.size(), 1);
    const QImage image(dir.filePath(images.constFirst()));
    QVERIFY(!image.isNull());
    QVERIFY2(image.width() > image.height(), "landscape page");
    const double ink = inkPercent(image);
    QVERIFY2(ink > 4.0 && ink < 60.0, qPrintable(QString::number(ink)));
    // Fitted to the page: every quarter of the sheet carries something.
    const int halfWidth = image.width() / 2;
    const int halfHeight = image.height() / 2;
    for (const QPoint corner : {QPoint(0, 0), QPoint(halfWidth, 0), QPoint(0, halfHeight),
                                QPoint(halfWidth, halfHeight)}) {
        const double quarterInk =
            inkPercent(image.copy(QRect(corner, QSize(halfWidth, halfHeight))));
        QVERIFY2(quarterInk > 1.0, qPrintable(QString::number(quarterInk)));
    }
}

void tst_DesktopIntegration::print_unwritableFile_reportsError()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = QStringLiteral("/nonexistent-sharaka-dir/print.pdf");
    printer.setOutputFileName(path);
    QString error;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".*")));
    QVERIFY(!printPage(&printer, {shareDataset(m_data), Language::English, QString()}, &error));
    QCOMPARE(error, QStringLiteral("Could not write “%1”.").arg(path));

    QVERIFY(!printPage(&printer, {shareDataset(m_data), Language::English, QStringLiteral("nope")},
                       &error));
    QCOMPARE(error, QStringLiteral("There is no chart “nope” to print."));
}

void tst_DesktopIntegration::printChart_usesFocusedChart()
{
    PrintController *print = m_window->printController();
    QVERIFY(print);
    ChartPanel *people = m_window->chartPanel(QStringLiteral("people"));
    people->view()->setFocus(Qt::TabFocusReason);
    QCOMPARE(print->currentChartPanel(), people);
    QCOMPARE(print->request(false).chartId, QStringLiteral("people"));
    QCOMPARE(print->request(true).chartId, QString());
    // Focus elsewhere: the last focused chart is still the one to print.
    m_window->timeline()->setFocus(Qt::TabFocusReason);
    QCOMPARE(print->request(false).chartId, QStringLiteral("people"));
}

void tst_DesktopIntegration::shortcuts_listEveryActionWithShortcut()
{
    const QList<ShortcutEntry> entries = collectShortcuts(m_window);
    auto shortcutOf = [&](const QString &action) {
        for (const ShortcutEntry &entry : entries) {
            if (entry.action == action)
                return entry.shortcut;
        }
        return QString();
    };
    QCOMPARE(shortcutOf(QStringLiteral("Print Dashboard…")), QStringLiteral("Ctrl+P"));
    QCOMPARE(shortcutOf(QStringLiteral("Print Preview…")), QStringLiteral("Ctrl+Shift+P"));
    QCOMPARE(shortcutOf(QStringLiteral("Quit")), QStringLiteral("Ctrl+Q"));
    QCOMPARE(shortcutOf(QStringLiteral("Sources and Data Notes")), QStringLiteral("F1"));

    // Complete: every action of the window that has a shortcut is listed.
    const auto actions = m_window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->shortcut().isEmpty())
            continue;
        const QString text = QString(action->text()).remove(QLatin1Char('&'));
        QVERIFY2(!shortcutOf(text).isEmpty(), qPrintable(text));
    }

    ShortcutsDialog dialog(m_window);
    QCOMPARE(dialog.table()->rowCount(), int(entries.size()) + 4);
    QCOMPARE(dialog.table()->item(0, 0)->text(), entries.constFirst().action);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Keyboard Shortcuts"));
}

void tst_DesktopIntegration::about_namesVersionLicenceQtAndData()
{
    const QString text = aboutText(m_data, Language::English);
    QVERIFY(text.contains(QStringLiteral("<b>Sharaka Dashboard</b> " SHARAKA_VERSION)));
    QVERIFY(text.contains(QStringLiteral("GPL-3.0-or-later")));
    QVERIFY(text.contains(QStringLiteral("Qt " QT_VERSION_STR)));
    QVERIFY(text.contains(QStringLiteral("running on Qt %1").arg(QString::fromLatin1(qVersion()))));
    QVERIFY2(text.contains(QStringLiteral("come from 3 public documents by:</p><ul dir=\"ltr\">"
                                          "<li>Test Publisher A</li>"
                                          "<li>Test Publisher B</li></ul>")),
             qPrintable(text));
}

void tst_DesktopIntegration::geometry_rememberedAcrossWindows()
{
    QSettings().clear();
    {
        Settings settings;
        MainWindow first(m_languages, &settings);
        first.setDataset(m_data, QStringLiteral("fixture.json"));
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        first.resize(1100, 720);
        QCoreApplication::processEvents();
        first.close();
    }
    // The next start reads what the first window saved.
    Settings next;
    next.load();
    MainWindow second(m_languages, &next);
    second.setDataset(m_data, QStringLiteral("fixture.json"));
    QCOMPARE(second.size(), QSize(1100, 720));
}

void tst_DesktopIntegration::craftedGeometryAndSplitter_keepWindowOnScreenAndLayout()
{
    QSettings().clear();
    QByteArray geometry;
    {
        // What a settings file could say: a window of 20000×15000 far off
        // screen, and a main splitter turned vertical, with a 500-pixel
        // handle and a collapsed pane.
        Settings unsaved;
        MainWindow crafted(m_languages, &unsaved);
        crafted.setGeometry(-9000, 7000, 20000, 15000);
        geometry = crafted.saveGeometry();
    }
    QByteArray splitterState;
    {
        QSplitter turned(Qt::Vertical);
        turned.addWidget(new QWidget);
        turned.addWidget(new QWidget);
        turned.setChildrenCollapsible(true);
        turned.setHandleWidth(500);
        turned.setSizes({0, 4000});
        splitterState = turned.saveState();
    }
    QSettings().setValue(QStringLiteral("window/geometry"), geometry);
    QSettings().setValue(QStringLiteral("window/splitter"), splitterState);

    Settings settings;
    settings.load();
    MainWindow window(m_languages, &settings);
    window.setDataset(m_data, QStringLiteral("fixture.json"));
    auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QVERIFY(splitter);
    const int defaultHandle = QSplitter().handleWidth();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    QCOMPARE(available.size(), QSize(1920, 1080));
    const QRect frame = window.frameGeometry();
    QVERIFY2(available.contains(frame), qPrintable(QStringLiteral("%1,%2 %3x%4")
                                                       .arg(frame.x())
                                                       .arg(frame.y())
                                                       .arg(frame.width())
                                                       .arg(frame.height())));
    QCOMPARE(splitter->orientation(), Qt::Horizontal);
    QCOMPARE(splitter->handleWidth(), defaultHandle);
    QVERIFY(!splitter->childrenCollapsible());
    const QList<int> sizes = splitter->sizes();
    QCOMPARE(sizes.size(), 3); // countries, map, charts
    QVERIFY(sizes.at(0) > 0 && sizes.at(1) > 0 && sizes.at(2) > 0);
    QVERIFY(window.countryPanel()->isVisible());
    QSettings().clear();
}

void tst_DesktopIntegration::icon_isEmbeddedAndDrawsTheCard()
{
    // The window falls back to the embedded copy of the installed icon.
    const QIcon icon(QStringLiteral(":/icons/org.sharakadashboard.SharakaDashboard.svg"));
    const QImage image = icon.pixmap(QSize(64, 64)).toImage();
    QCOMPARE(image.size(), QSize(64, 64));
    QCOMPARE(qAlpha(image.pixel(1, 1)), 0);       // rounded corner, transparent
    const QColor card = image.pixelColor(10, 40); // the blue card left of the bars
    QVERIFY2(card.blue() > 100 && card.red() < 80, qPrintable(card.name()));
}

QTEST_MAIN(tst_DesktopIntegration)
#include "tst_desktopintegration.moc"
