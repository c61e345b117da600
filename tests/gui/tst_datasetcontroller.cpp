// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/indicatorchart.h"
#include "core/dashboardstate.h"
#include "core/settings.h"
#include "widgets/export/printcontroller.h"
#include "widgets/languagemanager.h"
#include "widgets/mainwindow.h"
#include "widgets/open/datasetcontroller.h"
#include "widgets/open/problemsdialog.h"
#include "widgets/panels/chartpanel.h"
#include "widgets/panels/countrypanel.h"
#include "widgets/panels/headerpanel.h"
#include "widgets/panels/sourcespanel.h"
#include "widgets/panels/timelinewidget.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <cstdio>

#include <sys/stat.h>

using namespace sharaka;

// Starts on the embedded data: Show Sharaka Data is a subject; none of its texts is read.
/// Opening other datasets in the window: what is on screen survives every
/// failure, and the menus remember files.
class tst_DatasetController : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fileMenu_offersOpeningBeforeQuit();
    void openGoodFile_showsItAndNamesItInTitle();
    void openedFileName_isolatedInTheStatusLine();
    void openBadFileAfterGoodOne_keepsGoodOneOnScreen();
    void recentFiles_rememberAndForgetMissing();
    void fileChangedOrDeletedWhileOpen_keepsDataShown();
    void droppedJsonFile_opens();
    void showSharakaData_returnsToEmbedded();
    void open_sharesOneDatasetWithEveryPanelThroughOneSignal();
    void recentFiles_cappedAtTenWhenRead();
    void deletedAndRecreatedFile_staysWatchedAndReloads();
    void notRegularFile_refusedWithoutBlocking_data();
    void notRegularFile_refusedWithoutBlocking();

private:
    /// What a user sees of the dataset: title, header, countries, bar values.
    struct Snapshot
    {
        QString title;
        QString header;
        int countries = 0;
        QList<QStringList> values;
        bool operator==(const Snapshot &other) const
        {
            return title == other.title && header == other.header && countries == other.countries &&
                   values == other.values;
        }
    };
    Snapshot snapshot() const
    {
        Snapshot s{m_window->windowTitle(),
                   m_window->headerPanel()->titleText(),
                   m_window->countryPanel()->visibleCount(),
                   {}};
        for (ChartPanel *panel : m_window->chartPanels()) {
            if (IndicatorChart *bars = panel->chart()) // not the map
                s.values.append(bars->valueLabelTexts());
        }
        return s;
    }
    /// Drags @p path over the window and drops it; whether both were accepted.
    bool dropOnWindow(const QString &path) const
    {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPoint centre = m_window->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window, &enter);
        QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window, &drop);
        return enter.isAccepted() && drop.isAccepted();
    }
    static QString valid(const char *name)
    {
        return QStringLiteral(SHARAKA_TEST_DATA_DIR "/valid/") + QLatin1String(name);
    }
    static QString invalid(const char *name)
    {
        return QStringLiteral(SHARAKA_TEST_DATA_DIR "/invalid/") + QLatin1String(name);
    }

    LanguageManager *m_languages = nullptr;
    MainWindow *m_window = nullptr;
    DatasetController *m_controller = nullptr;
};

void tst_DatasetController::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_languages = new LanguageManager(new Settings(this), this);
    m_languages->setLanguage(Language::English);
    m_window = new MainWindow(m_languages, m_languages->settings());
    m_controller = m_window->datasetController();
    QVERIFY(m_controller);
    m_controller->clearRecentFiles();
    m_controller->showEmbeddedData();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_DatasetController::cleanup()
{
    delete m_window;
    delete m_languages;
}

void tst_DatasetController::fileMenu_offersOpeningBeforeQuit()
{
    QStringList texts;
    const QList<QAction *> actions = m_window->fileMenu()->actions();
    for (QAction *action : actions)
        texts.append(action->isSeparator() ? QStringLiteral("-") : action->text());
    // Opening comes first; saving and printing follow; Quit closes the menu.
    QCOMPARE(texts.mid(0, 5), QStringList({"&Open Dataset…", "Open &Recent", "Re&load Dataset",
                                           "Show &Sharaka Data", "-"}));
    QCOMPARE(texts.last(), QStringLiteral("&Quit"));
    QCOMPARE(m_controller->openAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+O")));
}

void tst_DatasetController::openGoodFile_showsItAndNamesItInTitle()
{
    QVERIFY(m_controller->openFile(valid("optional-fields-absent.json")));
    QCOMPARE(m_window->windowTitle(),
             QStringLiteral("optional-fields-absent.json — Sharaka Dashboard"));
    QCOMPARE(m_window->headerPanel()->titleText(), QStringLiteral("Demo"));
    QCOMPARE(m_window->countryPanel()->visibleCount(), 2);
    // The map of its two countries, then its one bar chart.
    QCOMPARE(m_window->chartPanels().size(), 2);
    QCOMPARE(m_window->chartPanels().constFirst()->chartId(), QStringLiteral("map"));
    QCOMPARE(m_window->chartPanels().at(1)->chart()->valueLabelTexts(),
             QStringList({QStringLiteral("120"), QStringLiteral("3+")}));
    QCOMPARE(m_controller->currentFile(), valid("optional-fields-absent.json"));
    QVERIFY(m_controller->reloadAction()->isEnabled());
}

void tst_DatasetController::openedFileName_isolatedInTheStatusLine()
{
    // An Arabic file name ending in Latin digits must not reorder the quotes
    // and the sentence around it: it is isolated (FSI … PDI).
    QTemporaryDir dir;
    const QString name = QStringLiteral("بيانات 2024.json");
    QVERIFY(QFile::copy(valid("optional-fields-absent.json"), dir.filePath(name)));
    QSignalSpy status(m_controller, &DatasetController::statusMessage);
    QVERIFY(m_controller->openFile(dir.filePath(name)));
    QVERIFY(!status.isEmpty());
    QCOMPARE(status.constLast().at(0).toString(),
             QStringLiteral("Opened “\u2068%1\u2069”").arg(name));
}

void tst_DatasetController::openBadFileAfterGoodOne_keepsGoodOneOnScreen()
{
    QVERIFY(m_controller->openFile(valid("optional-fields-absent.json")));
    const Snapshot before = snapshot();
    QSignalSpy failed(m_controller, &DatasetController::openFailed);

    QVERIFY(!m_controller->openFile(invalid("negative-value.json")));

    QCOMPARE(failed.size(), 1);
    QVERIFY(snapshot() == before);
    QCOMPARE(m_window->windowTitle(),
             QStringLiteral("optional-fields-absent.json — Sharaka Dashboard"));
    QCOMPARE(m_controller->currentFile(), valid("optional-fields-absent.json"));
    ProblemsDialog *dialog = m_controller->problemsDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QCOMPARE(dialog->problemsText(),
             QStringLiteral("negative-value.json: $.indicators[1].value: must be a whole number "
                            "from 0 to 1000000000, got -5"));
    QVERIFY(
        dialog->summaryText().startsWith(QStringLiteral("“negative-value.json” was not opened")));
    // The list is read-only but selectable, and Copy All puts it on the clipboard.
    auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("problemsText"));
    QVERIFY(text);
    QVERIFY(text->isReadOnly());
    QVERIFY(text->textInteractionFlags() & Qt::TextSelectableByMouse);
    QApplication::clipboard()->clear();
    const QList<QPushButton *> buttons = dialog->findChildren<QPushButton *>();
    const auto copy = std::find_if(buttons.cbegin(), buttons.cend(), [](QPushButton *button) {
        return button->text() == QStringLiteral("&Copy All");
    });
    QVERIFY(copy != buttons.cend());
    (*copy)->click();
    QCOMPARE(QApplication::clipboard()->text(), dialog->problemsText());
    // The failed file is not remembered as recent.
    QCOMPARE(m_controller->recentFiles(), QStringList{valid("optional-fields-absent.json")});
    dialog->close();
}

void tst_DatasetController::recentFiles_rememberAndForgetMissing()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.json"));
    QVERIFY(QFile::copy(valid("minimal.json"), copy));
    QVERIFY(m_controller->openFile(valid("optional-fields-absent.json")));
    QVERIFY(m_controller->openFile(copy));
    QCOMPARE(m_controller->recentFiles(),
             QStringList({copy, valid("optional-fields-absent.json")}));
    const QList<QAction *> entries = m_controller->recentMenu()->actions();
    QCOMPARE(entries.at(0)->text(), QStringLiteral("&1 copy.json"));
    QCOMPARE(entries.at(1)->text(), QStringLiteral("&2 optional-fields-absent.json"));

    // A recent file that disappeared is marked when the menu opens, fails to
    // open and leaves the list.
    QVERIFY(m_controller->openFile(valid("optional-fields-absent.json")));
    QVERIFY(QFile::remove(copy));
    emit m_controller->recentMenu()->aboutToShow();
    QCOMPARE(m_controller->recentMenu()->actions().at(1)->text(),
             QStringLiteral("&2 copy.json (missing)"));
    QVERIFY(!m_controller->openFile(copy));
    QCOMPARE(m_controller->recentFiles(), QStringList{valid("optional-fields-absent.json")});
    QCOMPARE(m_controller->problemsDialog()->problemsText(),
             QStringLiteral("copy.json: file does not exist"));

    m_controller->clearRecentFiles();
    QCOMPARE(m_controller->recentFiles(), QStringList());
    QCOMPARE(m_controller->recentMenu()->actions().size(), 1); // only "Clear List"
    QVERIFY(!m_controller->recentMenu()->actions().constFirst()->isEnabled());
}

void tst_DatasetController::fileChangedOrDeletedWhileOpen_keepsDataShown()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.json"));
    QVERIFY(QFile::copy(valid("optional-fields-absent.json"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(m_controller->openFile(path));
    const Snapshot before = snapshot();
    QSignalSpy changed(m_controller, &DatasetController::fileChangedOnDisk);

    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{ broken");
    }
    QTRY_VERIFY(changed.size() >= 1);
    QVERIFY(snapshot() == before);
    // Reloading the broken file reports it and keeps the data.
    QVERIFY(!m_controller->reload());
    QVERIFY(snapshot() == before);
    QCOMPARE(m_controller->problemsDialog()->problemsText(),
             QStringLiteral("live.json:1:3: unterminated object"));
    m_controller->problemsDialog()->close();

    // Editors often save by writing a new file and renaming it over the old
    // one; the watch follows, and a reload shows the new content.
    changed.clear();
    const QString saved = dir.filePath(QStringLiteral("saved.json"));
    QVERIFY(QFile::copy(valid("minimal.json"), saved));
    QVERIFY(std::rename(QFile::encodeName(saved).constData(),
                        QFile::encodeName(path).constData()) == 0);
    QTRY_VERIFY(changed.size() >= 1);
    QVERIFY(snapshot() == before);
    QVERIFY(m_controller->reload());
    QCOMPARE(m_window->chartPanels().size(), 0);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("live.json — Sharaka Dashboard"));

    changed.clear();
    QVERIFY(QFile::remove(path));
    QTRY_VERIFY(changed.size() >= 1);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("live.json — Sharaka Dashboard"));
    QCOMPARE(m_window->headerPanel()->titleText(), QStringLiteral("Demo"));
}

void tst_DatasetController::droppedJsonFile_opens()
{
    QVERIFY(dropOnWindow(valid("optional-fields-absent.json")));
    QTRY_COMPARE(m_window->windowTitle(),
                 QStringLiteral("optional-fields-absent.json — Sharaka Dashboard"));

    // Anything but one .json file is refused.
    const QPoint centre = m_window->rect().center();
    QMimeData text;
    text.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/notes.txt"))});
    QDragEnterEvent refused(centre, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.ignore();
    QCoreApplication::sendEvent(m_window, &refused);
    QVERIFY(!refused.isAccepted());
}

void tst_DatasetController::showSharakaData_returnsToEmbedded()
{
    QVERIFY(m_controller->openFile(valid("minimal.json")));
    QCOMPARE(m_window->chartPanels().size(), 0);
    m_controller->embeddedAction()->trigger();
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Sharaka — Sharaka Dashboard"));
    QCOMPARE(m_window->chartPanels().size(), 4); // the map and three bar charts
    // At the default size the nine milestones all get labels: no count
    // badges on the Sharaka timeline.
    m_window->resize(1280, 800);
    QTRY_COMPARE(m_window->timeline()->labelledCount(), 9);
    QVERIFY(m_window->timeline()->clusters().isEmpty());
    QCOMPARE(m_controller->currentFile(), QString());
    QVERIFY(!m_controller->reloadAction()->isEnabled());
}

void tst_DatasetController::open_sharesOneDatasetWithEveryPanelThroughOneSignal()
{
    QSignalSpy changed(m_window->state(), &DashboardState::datasetChanged);
    QSignalSpy loaded(m_controller, &DatasetController::datasetLoaded);
    QVERIFY(m_controller->openFile(valid("optional-fields-absent.json")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(loaded.size(), 1);

    // One object, not copies: every view holds the very dataset announced.
    const DatasetPtr shown = m_window->state()->dataset();
    QCOMPARE(changed.constFirst().constFirst().value<DatasetPtr>().get(), shown.get());
    QCOMPARE(shown->project.id, m_window->dataset().project.id);
    QCOMPARE(&m_window->dataset(), shown.get());
    QCOMPARE(m_window->headerPanel()->dataset().get(), shown.get());
    QCOMPARE(m_window->timeline()->dataset().get(), shown.get());
    QCOMPARE(m_window->countryPanel()->dataset().get(), shown.get());
    QCOMPARE(m_window->sourcesPanel()->dataset().get(), shown.get());
    QCOMPARE(m_window->chartPanels().size(), 2); // the map and one bar chart
    for (ChartPanel *panel : m_window->chartPanels())
        QCOMPARE(panel->sharedDataset().get(), shown.get());
    QCOMPARE(m_window->printController()->request(true).dataset.get(), shown.get());

    // A language switch re-shows the same object and announces no new dataset.
    m_languages->setLanguage(Language::French);
    m_languages->setLanguage(Language::English);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_window->chartPanels().constFirst()->sharedDataset().get(), shown.get());
}

void tst_DatasetController::recentFiles_cappedAtTenWhenRead()
{
    // A settings file written by hand (or by an attacker) with 15 entries.
    QStringList crafted;
    for (int i = 1; i <= 15; ++i)
        crafted.append(QStringLiteral("/nowhere/file%1.json").arg(i));
    QSettings().setValue(QStringLiteral("datasets/recentFiles"), crafted);

    Settings settings;
    settings.load();
    MainWindow window(m_languages, &settings);
    DatasetController *controller = window.datasetController();
    QCOMPARE(controller->recentFiles(), crafted.mid(0, 10));
    emit controller->recentMenu()->aboutToShow();
    const QList<QAction *> entries = controller->recentMenu()->actions();
    QCOMPARE(entries.size(), 10 + 2); // the files, a separator, Clear List
    QCOMPARE(entries.at(9)->text(), QStringLiteral("&10 file10.json (missing)"));
}

void tst_DatasetController::deletedAndRecreatedFile_staysWatchedAndReloads()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.json"));
    QVERIFY(QFile::copy(valid("optional-fields-absent.json"), path));
    QVERIFY(m_controller->openFile(path));
    QSignalSpy changed(m_controller, &DatasetController::fileChangedOnDisk);

    QVERIFY(QFile::remove(path));
    QTRY_VERIFY(changed.size() >= 1);
    QCOMPARE(m_window->headerPanel()->titleText(), QStringLiteral("Demo"));

    // Created again under the same name: noticed, and watched from then on.
    changed.clear();
    QVERIFY(QFile::copy(valid("minimal.json"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QTRY_VERIFY(changed.size() >= 1);
    QCOMPARE(m_window->chartPanels().size(), 2); // nothing reloads by itself
    QVERIFY(m_controller->reload());
    QCOMPARE(m_window->chartPanels().size(), 0);

    changed.clear();
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QFile source(valid("optional-fields-absent.json"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        file.write(source.readAll());
    }
    QTRY_VERIFY(changed.size() >= 1);
    QVERIFY(m_controller->reload());
    QCOMPARE(m_window->chartPanels().size(), 2);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("live.json — Sharaka Dashboard"));
}

void tst_DatasetController::notRegularFile_refusedWithoutBlocking_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("problem");
    QTest::addRow("fifo") << "fifo"
                          << "pipe.json: is not a regular file (a pipe, socket or device); only "
                             "regular files are read";
    QTest::addRow("folder") << "folder"
                            << "pipe.json: is a folder, not a dataset file";
}

void tst_DatasetController::notRegularFile_refusedWithoutBlocking()
{
    QFETCH(QString, kind);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    // Named like a dataset, so that only what it is can refuse it.
    const QString path = dir.filePath(QStringLiteral("pipe.json"));
    if (kind == QLatin1String("fifo"))
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    else
        QVERIFY(QDir().mkdir(path));
    QVERIFY(m_controller->openFile(valid("optional-fields-absent.json")));
    const Snapshot before = snapshot();

    // From Open Recent: a dialog names the file; nothing on screen changes.
    m_window->settings()->addRecentFile(path);
    emit m_controller->recentMenu()->aboutToShow();
    QAction *entry = m_controller->recentMenu()->actions().constFirst();
    QCOMPARE(entry->text(), QStringLiteral("&1 pipe.json"));
    entry->trigger();
    QVERIFY(m_controller->problemsDialog());
    QVERIFY(m_controller->problemsDialog()->isVisible());
    QCOMPARE(m_controller->problemsDialog()->problemsText(), problem);
    QVERIFY(snapshot() == before);
    m_controller->problemsDialog()->close();

    // Dropped on the window: the same.
    QVERIFY(dropOnWindow(path));
    QTRY_VERIFY(m_controller->problemsDialog()->isVisible());
    QCOMPARE(m_controller->problemsDialog()->problemsText(), problem);
    QVERIFY(snapshot() == before);
    QCOMPARE(m_controller->currentFile(), valid("optional-fields-absent.json"));
    m_controller->problemsDialog()->close();
}

QTEST_MAIN(tst_DatasetController)
#include "tst_datasetcontroller.moc"
