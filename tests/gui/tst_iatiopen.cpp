// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/datasetinput.h"
#include "core/io/datasetwriter.h"
#include "core/settings.h"
#include "support/iatigenerator.h"
#include "widgets/languagemanager.h"
#include "widgets/mainwindow.h"
#include "widgets/open/datasetcontroller.h"
#include "widgets/open/iatiactivitypicker.h"
#include "widgets/open/problemsdialog.h"
#include "widgets/panels/chartpanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace sharaka;

/// IATI activity files in the window: File ▸ Open, drop and reload, the
/// picker for files of several activities, and what is on screen surviving
/// a cancel or a broken file.
class tst_IatiOpen : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void oneActivity_opensWithoutAsking();
    void severalActivities_askAndReloadTheChosenOne();
    void cancelledPicker_keepsWhatIsShown();
    void brokenFile_listsLineAndColumn();
    void droppedXmlFile_opens();
    void repeatedIdentifier_secondOpensTheSecond();
    void sameFile_sameDatasetAsTheCommandLine();
    void cancelWhileReading_returnsPromptlyAndKeepsWhatIsShown();

private:
    QString generated(const QString &name, int activities)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || !testing::writeIatiFile(file, {activities, 0}))
            return {};
        return file.fileName();
    }
    /// Runs @p act on the first visible top-level @p Dialog as soon as the window shows it.
    template<typename Dialog>
    static void whenShown(std::function<void(Dialog *)> act)
    {
        auto *timer = new QTimer(qApp);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<Dialog *>(widget); dialog && dialog->isVisible()) {
                    timer->deleteLater();
                    timer->stop();
                    act(dialog);
                    return;
                }
            }
        });
        timer->start(10);
    }
    static void whenPickerShows(std::function<void(IatiActivityPicker *)> act)
    {
        whenShown<IatiActivityPicker>(std::move(act));
    }
    static void whenProgressShows(std::function<void(QProgressDialog *)> act)
    {
        whenShown<QProgressDialog>(std::move(act));
    }

    QTemporaryDir m_dir;
    LanguageManager *m_languages = nullptr;
    MainWindow *m_window = nullptr;
    DatasetController *m_controller = nullptr;
};

void tst_IatiOpen::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_languages = new LanguageManager(new Settings(this), this);
    m_languages->setLanguage(Language::English);
    m_window = new MainWindow(m_languages, m_languages->settings());
    m_controller = m_window->datasetController();
    m_controller->clearRecentFiles();
    m_controller->showEmbeddedData();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_IatiOpen::cleanup()
{
    delete m_window;
    delete m_languages;
}

void tst_IatiOpen::oneActivity_opensWithoutAsking()
{
    QVERIFY(m_controller->openFile(
        QStringLiteral(SHARAKA_TEST_DATA_DIR "/iati/activity-standard-example-annotated.xml")));
    QCOMPARE(m_window->windowTitle(),
             QStringLiteral("activity-standard-example-annotated.xml — Sharaka Dashboard"));
    QCOMPARE(m_window->dataset().project.name.english(), QStringLiteral("Activity title"));
    QCOMPARE(m_controller->currentActivity(), QStringLiteral("AA-AAA-123456789-ABC123"));
    // The map of the recipient countries, the result, its one indicator with
    // periods over time, then the activity's money, sectors and policy markers.
    QStringList ids;
    for (const auto *panel : m_window->chartPanels())
        ids.append(panel->chartId());
    QCOMPARE(ids,
             (QStringList{QStringLiteral("map"), QStringLiteral("result-1"),
                          QStringLiteral("result-1-indicator-1-periods"), QStringLiteral("finance"),
                          QStringLiteral("sectors"), QStringLiteral("policy-markers")}));
    QCOMPARE(m_controller->recentFiles().size(), 1);
}

void tst_IatiOpen::severalActivities_askAndReloadTheChosenOne()
{
    const QString path = generated(QStringLiteral("several.xml"), 30);
    int asked = 0;
    whenPickerShows([&asked](IatiActivityPicker *picker) {
        ++asked;
        picker->setSearchText(QStringLiteral("Activity 21"));
        picker->accept();
    });
    QVERIFY(m_controller->openFile(path));
    QCOMPARE(asked, 1);
    QCOMPARE(m_controller->currentActivity(), QStringLiteral("XM-DAC-41-TEST-00021"));
    QCOMPARE(m_window->dataset().project.name.english(), QStringLiteral("Activity 21"));

    // Reload reads the same activity again, without asking.
    QVERIFY(m_controller->reload());
    QCOMPARE(asked, 1);
    QCOMPARE(m_window->dataset().project.name.english(), QStringLiteral("Activity 21"));
}

void tst_IatiOpen::cancelledPicker_keepsWhatIsShown()
{
    const QString shown = m_window->windowTitle();
    whenPickerShows([](IatiActivityPicker *picker) { picker->reject(); });
    QVERIFY(!m_controller->openFile(generated(QStringLiteral("cancel.xml"), 3)));
    QCOMPARE(m_window->windowTitle(), shown);
    QCOMPARE(m_window->dataset().project.id, QStringLiteral("sharaka"));
    QVERIFY(!m_controller->problemsDialog());
}

void tst_IatiOpen::brokenFile_listsLineAndColumn()
{
    QFile file(m_dir.filePath(QStringLiteral("broken.xml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<?xml version=\"1.0\"?>\n<!DOCTYPE iati-activities>\n<iati-activities/>\n");
    file.close();
    QVERIFY(!m_controller->openFile(file.fileName()));
    QCOMPARE(m_window->dataset().project.id, QStringLiteral("sharaka"));
    QVERIFY(m_controller->problemsDialog());
    QCOMPARE(m_controller->problemsDialog()->problemsText(),
             QStringLiteral("broken.xml:2:27: document type declarations (DTDs) are refused"));
}

void tst_IatiOpen::droppedXmlFile_opens()
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(generated(QStringLiteral("dropped.xml"), 1))});
    const QPoint centre = m_window->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &drop);
    QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("dropped.xml — Sharaka Dashboard"));
    QCOMPARE(m_window->dataset().countries.size(), 2);
}

void tst_IatiOpen::repeatedIdentifier_secondOpensTheSecond()
{
    QFile file(m_dir.filePath(QStringLiteral("repeated.xml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray body;
    for (const char *title : {"First", "Other", "Second"}) {
        const QByteArray identifier = qstrcmp(title, "Other") == 0 ? "XM-B" : "XM-A";
        body += "<iati-activity><iati-identifier>" + identifier +
                "</iati-identifier><title><narrative>" + title +
                "</narrative></title><activity-date type=\"2\" iso-date=\"2020-01-01\"/>"
                "</iati-activity>";
    }
    file.write("<iati-activities version=\"2.03\">" + body + "</iati-activities>");
    file.close();
    whenPickerShows([](IatiActivityPicker *picker) {
        picker->table()->selectRow(2);
        picker->accept();
    });
    QVERIFY(m_controller->openFile(file.fileName()));
    QCOMPARE(m_window->dataset().project.name.english(), QStringLiteral("Second"));
    QCOMPARE(m_controller->currentChoice().position, 3);
    // Reload reads the second again, not the first with the same identifier.
    QVERIFY(m_controller->reload());
    QCOMPARE(m_window->dataset().project.name.english(), QStringLiteral("Second"));
}

void tst_IatiOpen::sameFile_sameDatasetAsTheCommandLine()
{
    const QString path = generated(QStringLiteral("seam.xml"), 5);
    whenPickerShows([](IatiActivityPicker *picker) {
        picker->setSearchText(QStringLiteral("Activity 3"));
        picker->accept();
    });
    QVERIFY(m_controller->openFile(path));
    const LoadResult commandLine = loadDatasetInput(path, testing::generatedActivityIdentifier(3));
    QVERIFY(commandLine.ok());
    QCOMPARE(DatasetWriter::toJson(m_window->dataset()),
             DatasetWriter::toJson(*commandLine.dataset));
}

void tst_IatiOpen::cancelWhileReading_returnsPromptlyAndKeepsWhatIsShown()
{
    // One activity so large that reading it takes seconds: the window's
    // event loop must run meanwhile, and Cancel must end the reading soon.
    QFile file(m_dir.filePath(QStringLiteral("huge.xml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(testing::writeIatiFile(file, {1, 300000}));
    file.close();
    const QString shown = m_window->windowTitle();

    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(20);
    QElapsedTimer sinceCancel;
    int ticksBeforeCancel = 0;
    whenProgressShows([&](QProgressDialog *dialog) {
        ticksBeforeCancel = ticks;
        sinceCancel.start();
        auto *cancel = dialog->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
    });
    QVERIFY(!m_controller->openFile(file.fileName()));
    const qint64 cancelToReturn = sinceCancel.elapsed();
    QVERIFY2(sinceCancel.isValid(), "the progress dialog never showed");
    // Liveness, not speed: the window ran its timers while the file was
    // read, and Cancel ended the reading long before the file's end (the
    // bound is generous for loaded machines and the sanitizer build).
    QVERIFY(ticksBeforeCancel > 0);
    QVERIFY2(cancelToReturn < 5000, qPrintable(QString::number(cancelToReturn)));
    QCOMPARE(m_window->windowTitle(), shown);
    QCOMPARE(m_window->dataset().project.id, QStringLiteral("sharaka"));
    QVERIFY(!m_controller->problemsDialog());
}

QTEST_MAIN(tst_IatiOpen)
#include "tst_iatiopen.moc"
