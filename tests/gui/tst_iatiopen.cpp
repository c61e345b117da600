// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "support/iatigenerator.h"
#include "widgets/languagemanager.h"
#include "widgets/mainwindow.h"
#include "widgets/open/datasetcontroller.h"
#include "widgets/open/iatiactivitypicker.h"
#include "widgets/open/problemsdialog.h"

#include <QApplication>
#include <QFile>
#include <QMimeData>
#include <QStandardPaths>
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

private:
    QString generated(const QString &name, int activities)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || !testing::writeIatiFile(file, {activities, 0}))
            return {};
        return file.fileName();
    }
    /// Runs @p act on the picker as soon as the window shows it.
    static void whenPickerShows(std::function<void(IatiActivityPicker *)> act)
    {
        auto *timer = new QTimer(qApp);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *picker = qobject_cast<IatiActivityPicker *>(widget);
                    picker && picker->isVisible()) {
                    timer->deleteLater();
                    timer->stop();
                    act(picker);
                    return;
                }
            }
        });
        timer->start(20);
    }

    QTemporaryDir m_dir;
    LanguageManager *m_languages = nullptr;
    MainWindow *m_window = nullptr;
    DatasetController *m_controller = nullptr;
};

void tst_IatiOpen::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_languages = new LanguageManager(this);
    m_languages->setLanguage(Language::English);
    m_window = new MainWindow(m_languages);
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
    // The map of the recipient countries, the result, then the activity's
    // finance (one currency), sectors and policy markers.
    QCOMPARE(m_window->chartPanels().size(), 5);
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

QTEST_MAIN(tst_IatiOpen)
#include "tst_iatiopen.moc"
