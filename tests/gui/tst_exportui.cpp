// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/chartexporter.h"
#include "charts/indicatorchart.h"
#include "common/catalogue.h"
#include "common/dashboardwindow.h"
#include "core/io/chartcsv.h"
#include "core/io/datasetloader.h"
#include "core/models/indicatormodel.h"
#include "core/settings.h"
#include "widgets/export/chartexportactions.h"
#include "widgets/export/exportoptionsdialog.h"
#include "widgets/export/saveallcharts.h"
#include "widgets/languagemanager.h"
#include "widgets/mainwindow.h"
#include "widgets/panels/chartpanel.h"
#include "widgets/panels/charttableview.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

using namespace sharaka;

/// Saving and copying charts from the window, on the tests' fixture data (not
/// the embedded Sharaka data); no modal dialog is opened.
class tst_ExportUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void everyChart_hasSaveAndCopyInButtonAndContextMenu();
    void ctrlC_onFocusedChart_copiesBitmapAndSvg();
    void saveDataTo_writesCsvOrNamesTheProblem();
    void saveChartTo_usesWindowLanguage();
    void saveChartTo_failure_namesPathAndReason();
    void optionsDialog_defaultsPresetsAndTransparency();
    void optionsDialog_remembersChoices();
    void saveAll_everyLanguage_writesLanguageFolders();
    void saveAll_failure_isReported();
    void fileMenu_hasSaveAllCharts();
    void chartTable_showsTheChartsModel();
    void barToolTip_showsTheModelsText();
    void exportInAnotherLanguage_leavesTheWindowAlone();

private:
    /// A window string that French and Arabic translate: it stays English.
    QString copyActionText() const;

    LanguageManager *m_languages = nullptr;
    MainWindow *m_window = nullptr;
    QTemporaryDir m_dir;
};

void tst_ExportUi::cleanup()
{
    // A test that failed in another language leaves the next ones in English.
    if (m_languages->language() != Language::English) {
        m_languages->setLanguage(Language::English);
        QCoreApplication::processEvents();
    }
}

void tst_ExportUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_languages = new LanguageManager(new Settings(this), this);
    m_window = test::showFixtureDashboard(m_languages).release();
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_ExportUi::cleanupTestCase()
{
    delete m_window;
}

void tst_ExportUi::everyChart_hasSaveAndCopyInButtonAndContextMenu()
{
    QCOMPARE(m_window->chartPanels().size(), 3); // the map too
    for (ChartPanel *panel : m_window->chartPanels()) {
        ChartExportActions *actions = panel->exportActions();
        QVERIFY(actions);
        QCOMPARE(actions->saveAction()->text(), QStringLiteral("&Save Chart As\u2026"));
        QCOMPARE(actions->saveAction()->shortcut(), QKeySequence(QKeySequence::Save));
        QCOMPARE(actions->copyAction()->shortcut(), QKeySequence(QKeySequence::Copy));
        QCOMPARE(actions->saveAction()->shortcutContext(), Qt::WidgetWithChildrenShortcut);
        QCOMPARE(panel->view()->contextMenuPolicy(), Qt::ActionsContextMenu);
        QCOMPARE(panel->view()->actions(),
                 QList<QAction *>(
                     {actions->saveAction(), actions->copyAction(), actions->saveDataAction()}));
        QCOMPARE(actions->saveDataAction()->text(), QStringLiteral("Save &Data As\u2026"));
        auto *button = panel->findChild<QToolButton *>(QStringLiteral("chartExportButton-") +
                                                       panel->chartId());
        QVERIFY(button);
        QCOMPARE(button->defaultAction(), actions->saveAction());
        QVERIFY(button->isVisible());
        // In the top corner, inside the chart panel.
        const QRect inPanel(button->mapTo(panel, QPoint(0, 0)), button->size());
        QVERIFY(inPanel.right() <= panel->width());
        QVERIFY(inPanel.top() < 10);
    }
}

void tst_ExportUi::ctrlC_onFocusedChart_copiesBitmapAndSvg()
{
    QApplication::clipboard()->clear();
    ChartPanel *panel = m_window->chartPanel(QStringLiteral("people"));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    panel->view()->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(panel->view(), Qt::Key_C, Qt::ControlModifier);
    const QMimeData *data = QApplication::clipboard()->mimeData();
    QVERIFY(data);
    QVERIFY(data->hasImage());
    const QImage image = qvariant_cast<QImage>(data->imageData());
    QCOMPARE(image.size(), QSize(1600, 900));
    QVERIFY(data->hasFormat(QStringLiteral("image/svg+xml")));
    QSvgRenderer svg(data->data(QStringLiteral("image/svg+xml")));
    QVERIFY(svg.isValid());
    QCOMPARE(svg.viewBox(), QRect(0, 0, 1600, 900));
    // The figures too, as the CSV Save Data As writes.
    QCOMPARE(data->data(QStringLiteral("text/csv")),
             ChartCsv::toCsv(m_window->dataset(), QStringLiteral("people"), Language::English));
    QVERIFY(data->data(QStringLiteral("text/csv"))
                .startsWith("indicator,value,qualifier,target,baseline,unit,sources\r\n"
                            "People trained,750,atLeast,,,,"));
}

void tst_ExportUi::saveDataTo_writesCsvOrNamesTheProblem()
{
    ChartPanel *panel = m_window->chartPanel(QStringLiteral("links"));
    const QString path = m_dir.filePath(QStringLiteral("links.csv"));
    QCOMPARE(panel->exportActions()->saveDataTo(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(),
             ChartCsv::toCsv(m_window->dataset(), QStringLiteral("links"), Language::English));
    QCOMPARE(panel->exportActions()->saveDataTo(m_dir.path()),
             QStringLiteral("Cannot write %1: Filename refers to a directory")
                 .arg(QDir::toNativeSeparators(m_dir.path())));
}

void tst_ExportUi::saveChartTo_usesWindowLanguage()
{
    m_languages->setLanguage(Language::Arabic);
    ChartPanel *panel = m_window->chartPanel(QStringLiteral("people"));
    const QString path = m_dir.filePath(QStringLiteral("people-ar.png"));
    ExportOptions options;
    options.size = QSize(1280, 720);
    QCOMPARE(panel->exportActions()->saveChartTo(path, ExportFormat::Png, options), QString());
    m_languages->setLanguage(Language::English);
    const QImage image(path);
    QCOMPARE(image.size(), QSize(1280, 720));
    QCOMPARE(image.text(QStringLiteral("Title")),
             m_window->dataset().chart(QStringLiteral("people"))->title.text(Language::Arabic));
    // The window speaks English again, and its charts too.
    QCOMPARE(panel->language(), Language::English);
    QCOMPARE(panel->exportActions()->copyAction()->text(), QStringLiteral("&Copy Chart"));
}

void tst_ExportUi::saveChartTo_failure_namesPathAndReason()
{
    const QString folder = m_dir.filePath(QStringLiteral("taken.png"));
    QVERIFY(QDir().mkpath(folder));
    ChartPanel *panel = m_window->chartPanel(QStringLiteral("links"));
    QCOMPARE(panel->exportActions()->saveChartTo(folder, ExportFormat::Png, ExportOptions()),
             QStringLiteral("Cannot write %1: Filename refers to a directory").arg(folder));
}

void tst_ExportUi::optionsDialog_defaultsPresetsAndTransparency()
{
    Settings settings;
    ExportOptionsDialog jpeg(ExportOptionsDialog::Mode::OneChart, ExportFormat::Jpeg, &settings);
    QCOMPARE(jpeg.options().size, QSize(1600, 900));
    auto *sizes = jpeg.findChild<QComboBox *>(QStringLiteral("exportSize"));
    QCOMPARE(sizes->count(), 5);
    QCOMPARE(sizes->currentText(), QStringLiteral("1600\u00D7900 (default)"));
    QCOMPARE(sizes->itemText(3), QStringLiteral("3840\u00D72160 (4K, print)"));
    QCOMPARE(sizes->itemText(4), QStringLiteral("Custom"));
    auto *width = jpeg.findChild<QSpinBox *>(QStringLiteral("exportWidth"));
    QVERIFY(!width->isEnabled());
    QVERIFY(!jpeg.findChild<QCheckBox *>(QStringLiteral("exportTransparent"))->isEnabled());
    QVERIFY(jpeg.findChild<QComboBox *>(QStringLiteral("exportFormat"))->isHidden());

    sizes->setCurrentIndex(3);
    QCOMPARE(jpeg.options().size, QSize(3840, 2160));
    sizes->setCurrentIndex(4);
    QVERIFY(width->isEnabled());
    width->setValue(1000);
    QCOMPARE(jpeg.options().size, QSize(1000, 2160));

    ExportOptionsDialog png(ExportOptionsDialog::Mode::OneChart, ExportFormat::Png, &settings);
    auto *transparent = png.findChild<QCheckBox *>(QStringLiteral("exportTransparent"));
    QVERIFY(transparent->isEnabled());
    transparent->setChecked(true);
    QVERIFY(png.options().transparentBackground);
}

void tst_ExportUi::optionsDialog_remembersChoices()
{
    QSettings().clear();
    Settings settings;
    {
        ExportOptionsDialog dialog(ExportOptionsDialog::Mode::AllCharts, ExportFormat::Png,
                                   &settings);
        dialog.setFormat(ExportFormat::Svg);
        dialog.setExportSize(QSize(1000, 500));
        dialog.findChild<QCheckBox *>(QStringLiteral("exportAllLanguages"))->setChecked(true);
        dialog.findChild<QCheckBox *>(QStringLiteral("exportTransparent"))->setChecked(true);
        dialog.saveChoices();
    }
    // Remembered across sessions: a new Settings reads them from the file.
    Settings next;
    next.load();
    QCOMPARE(ExportOptionsDialog::savedOptions(next).size, QSize(1000, 500));
    QVERIFY(ExportOptionsDialog::savedOptions(next).transparentBackground);
    QCOMPARE(ExportOptionsDialog::savedFormat(next), ExportFormat::Svg);
    ExportOptionsDialog again(ExportOptionsDialog::Mode::AllCharts, ExportFormat::Png, &next);
    QCOMPARE(again.format(), ExportFormat::Svg);
    QVERIFY(again.allLanguages());
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("exportSize"))->currentText(),
             QStringLiteral("Custom"));
    QSettings().clear();
}

void tst_ExportUi::saveAll_everyLanguage_writesLanguageFolders()
{
    auto *command = m_window->findChild<SaveAllChartsCommand *>();
    QVERIFY(command);
    const QString folder = m_dir.filePath(QStringLiteral("all"));
    ExportOptions options;
    options.size = QSize(640, 360);
    const SaveAllChartsCommand::Result result =
        command->saveAll(folder, ExportFormat::Jpeg, options, true);
    QCOMPARE(result.errors, QStringList());
    QVERIFY(!result.cancelled);
    QCOMPARE(result.written.size(), 9); // 3 charts (the map too) × 3 languages
    for (const QString language : {"en", "fr", "ar"}) {
        QCOMPARE(QDir(folder + QLatin1Char('/') + language).entryList(QDir::Files),
                 QStringList({QStringLiteral("links.jpg"), QStringLiteral("map.jpg"),
                              QStringLiteral("people.jpg")}));
    }
    QCOMPARE(QImage(folder + QStringLiteral("/ar/people.jpg")).size(), QSize(640, 360));
    // The Arabic charts are right to left on their own; the window stays left to right.
    QCoreApplication::processEvents();
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QCOMPARE(m_window->layoutDirection(), Qt::LeftToRight);
}

void tst_ExportUi::saveAll_failure_isReported()
{
    const QString regular = m_dir.filePath(QStringLiteral("plain.txt"));
    QFile file(regular);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    auto *command = m_window->findChild<SaveAllChartsCommand *>();
    const SaveAllChartsCommand::Result result = command->saveAll(
        regular + QStringLiteral("/charts"), ExportFormat::Png, ExportOptions(), false);
    QCOMPARE(result.written, QStringList());
    QCOMPARE(
        result.errors,
        QStringList{
            QStringLiteral("Cannot create the folder %1/charts: Not a directory").arg(regular)});
}

void tst_ExportUi::fileMenu_hasSaveAllCharts()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("saveAllCharts"));
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("Save &All Charts\u2026"));
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    const QList<QAction *> menus = m_window->menuBar()->actions();
    QVERIFY(menus.constFirst()->menu()->actions().contains(action));
}

void tst_ExportUi::chartTable_showsTheChartsModel()
{
    ChartPanel *panel = m_window->chartPanel(QStringLiteral("links"));
    ChartTableView *table = panel->tableView();
    auto *model = qobject_cast<IndicatorModel *>(table->model());
    QVERIFY(model);
    QCOMPARE(model, panel->chart()->model());
    QCOMPARE(model->headerData(IndicatorModel::LabelColumn, Qt::Horizontal).toString(),
             QStringLiteral("Indicator"));
    QCOMPARE(model->index(0, IndicatorModel::ValueColumn).data(IndicatorModel::RawValueRole),
             QVariant(qint64(23)));

    // A new language builds a new chart, and the table follows its model.
    m_languages->setLanguage(Language::French);
    QCoreApplication::processEvents();
    auto *french = qobject_cast<IndicatorModel *>(panel->tableView()->model());
    QVERIFY(french);
    QCOMPARE(french, panel->chart()->model());
    QCOMPARE(french->language(), Language::French);
    // The catalogue's French (its wording is tst_retranslation's subject), not the English.
    const QString indicator =
        test::translated(Language::French, "sharaka::IndicatorModel", "Indicator");
    const QString exact =
        test::translated(Language::French, "sharaka::IndicatorModel", "Exact figure");
    QVERIFY(indicator != QLatin1String("Indicator") && exact != QLatin1String("Exact figure"));
    QCOMPARE(french->headerData(IndicatorModel::LabelColumn, Qt::Horizontal).toString(), indicator);
    QCOMPARE(french->index(0, IndicatorModel::QualifierColumn).data().toString(), exact);
    m_languages->setLanguage(Language::English);
    QCoreApplication::processEvents();
}

void tst_ExportUi::barToolTip_showsTheModelsText()
{
    ChartPanel *panel = m_window->chartPanel(QStringLiteral("people"));
    IndicatorChart *chart = panel->chart();
    auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().constFirst());
    QVERIFY(series);
    emit series->hovered(true, 0, series->barSets().constFirst());
    const QString expected =
        chart->model()->index(0, IndicatorModel::LabelColumn).data(Qt::ToolTipRole).toString();
    QVERIFY(expected.contains(QLatin1String("Sources: ")));
    QTRY_COMPARE(QToolTip::text(), expected);
    emit series->hovered(false, 0, series->barSets().constFirst());
    QTRY_VERIFY(!QToolTip::isVisible());
}

void tst_ExportUi::exportInAnotherLanguage_leavesTheWindowAlone()
{
    // Exports in French and Arabic from an English window: no translator is
    // installed application-wide, so nothing hears LanguageChange.
    class LanguageChangeCounter final : public QObject
    {
    public:
        int count = 0;

    protected:
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::LanguageChange)
                ++count;
            return false;
        }
    } counter;
    QCOMPARE(m_languages->language(), Language::English);
    QCoreApplication::processEvents();
    qApp->installEventFilter(&counter);
    const ChartExporter exporter(m_window->dataset());
    ExportOptions options;
    options.size = QSize(640, 360);
    for (Language language : {Language::French, Language::Arabic}) {
        const auto svg =
            exporter.encode(QStringLiteral("people"), language, ExportFormat::Svg, options);
        QVERIFY(svg.ok());
        QVERIFY(!svg.bytes.contains("Sources: "));
    }
    auto *command = m_window->findChild<SaveAllChartsCommand *>();
    const SaveAllChartsCommand::Result result =
        command->saveAll(m_dir.filePath(QStringLiteral("quiet")), ExportFormat::Png, options, true);
    QCOMPARE(result.written.size(), 9); // 3 charts (the map too) × 3 languages
    QCoreApplication::processEvents();
    qApp->removeEventFilter(&counter);
    QCOMPARE(counter.count, 0);
    QCOMPARE(copyActionText(), QStringLiteral("&Copy Chart"));
}

QString tst_ExportUi::copyActionText() const
{
    return m_window->chartPanel(QStringLiteral("people"))->exportActions()->copyAction()->text();
}

QTEST_MAIN(tst_ExportUi)
#include "tst_exportui.moc"
