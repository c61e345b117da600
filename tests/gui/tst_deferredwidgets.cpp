// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The work the window saves (issue 19, startup and memory) must change
// nothing anyone sees: remembered label heights follow their text and font,
// key-figure tiles filled while their row is hidden show with the new texts
// after a language switch, and the hidden sources tab shows its text once
// opened.

#include "common/catalogue.h"
#include "core/io/datasetloader.h"
#include "core/settings.h"
#include "widgets/languagemanager.h"
#include "widgets/mainwindow.h"
#include "widgets/panels/keyfigurerow.h"
#include "widgets/panels/keyfiguretile.h"
#include "widgets/panels/sourcespanel.h"
#include "widgets/panels/wrappedlabel.h"

#include "support/paintcounter.h"

#include <QMenuBar>
#include <QPointer>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace sharaka;

class tst_DeferredWidgets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const LoadResult loaded = DatasetLoader::loadFile(
            QStringLiteral(SHARAKA_TEST_DATA_DIR "/valid/key-figures.json"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(QLatin1Char('\n'))));
        m_data = *loaded.dataset;
    }

    void wrappedLabel_heightFollowsTextAndFont()
    {
        const QString longText = QStringLiteral("word ").repeated(40).trimmed();
        WrappedLabel cached;
        QLabel plain;
        plain.setWordWrap(true);
        for (QLabel *label : {static_cast<QLabel *>(&cached), &plain}) {
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            label->setText(longText);
        }
        const int width = 120;
        const int longHeight = cached.heightForWidth(width);
        QCOMPARE(longHeight, plain.heightForWidth(width));
        QCOMPARE(cached.heightForWidth(width), longHeight); // asked again: the same

        cached.setText(QStringLiteral("word"));
        plain.setText(QStringLiteral("word"));
        QCOMPARE(cached.heightForWidth(width), plain.heightForWidth(width));
        QVERIFY(cached.heightForWidth(width) < longHeight);

        QFont big = cached.font();
        big.setPointSizeF(big.pointSizeF() * 3);
        cached.setFont(big);
        plain.setFont(big);
        QCOMPARE(cached.heightForWidth(width), plain.heightForWidth(width));

        cached.setText(longText);
        plain.setText(longText);
        cached.setContentsMargins(0, 0, 40, 0);
        plain.setContentsMargins(0, 0, 40, 0);
        QCOMPARE(cached.heightForWidth(width), plain.heightForWidth(width));
        QVERIFY(cached.heightForWidth(width) > longHeight);
    }

    void languageSwitch_isDoneWhenItReturnsAndPaintsOnce()
    {
        auto *languages = new LanguageManager(new Settings(this), this);
        const std::unique_ptr<MainWindow> shown = showWindow(languages);
        MainWindow &window = *shown;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        testing::PaintCounter paints;
        window.centralWidget()->installEventFilter(&paints);
        for (const Language language : {Language::French, Language::Arabic, Language::English}) {
            languages->setLanguage(language);
            // No event handled since: the window's own words are already
            // in the new language, and the layouts they asked for are done.
            QCOMPARE(window.menuBar()->actions().constFirst()->text(),
                     test::translated(language, "sharaka::MainWindow", "&File"));
            const int before = paints.count;
            QCoreApplication::processEvents();
            // One paint: none of the window half switched, in the old layout.
            QVERIFY2(paints.count - before <= 1,
                     qPrintable(QStringLiteral("%1 paints").arg(paints.count - before)));
        }
    }

    void languageSwitch_updatesTilesAndFillsNotesWhenShown()
    {
        auto *languages = new LanguageManager(new Settings(this), this);
        const std::unique_ptr<MainWindow> shown = showWindow(languages);
        MainWindow &window = *shown;
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QList<KeyFigureTile *> before = window.keyFigures()->tiles();
        QVERIFY(!before.isEmpty());
        const QPointer<KeyFigureTile> firstTile = before.first();
        KeyFigureTile *lowerBound = nullptr;
        for (KeyFigureTile *tile : before) {
            if (!tile->qualifierText().isEmpty())
                lowerBound = tile;
        }
        QVERIFY(lowerBound);
        QCOMPARE(lowerBound->qualifierText(), QStringLiteral("lower bound: at least 800"));

        languages->setLanguage(Language::French);
        QCoreApplication::processEvents();
        // The tiles, filled while their row was hidden, all show again, in French.
        QVERIFY(window.keyFigures()->isVisible());
        QCOMPARE(window.keyFigures()->tiles().size(), before.size());
        // The same tiles, their words changed: a switch builds none.
        QVERIFY(firstTile);
        QCOMPARE(window.keyFigures()->tiles(), before);
        lowerBound = nullptr;
        for (KeyFigureTile *tile : window.keyFigures()->tiles()) {
            QVERIFY(tile->isVisible());
            if (!tile->qualifierText().isEmpty())
                lowerBound = tile;
        }
        QVERIFY(lowerBound);
        // In the catalogue's words (their wording is tst_retranslation's subject).
        const auto tileText = [](const char *source) {
            return test::translated(Language::French, "sharaka::KeyFigureTile", source);
        };
        QCOMPARE(lowerBound->qualifierText(),
                 tileText("lower bound: at least %1").arg(QStringLiteral("800")));
        QVERIFY(lowerBound->accessibleDescription().contains(
            tileText("Press Enter to show its chart.")));

        // The data notes are laid out when their tab is opened, in the language shown.
        SourcesPanel *sources = window.sourcesPanel();
        auto *notes = sources->findChild<QTextBrowser *>(QStringLiteral("notesBrowser"));
        QVERIFY(notes);
        QCOMPARE(sources->currentWidget(),
                 sources->findChild<QTextBrowser *>(QStringLiteral("sourcesBrowser")));
        QVERIFY(notes->toPlainText().isEmpty());
        sources->setCurrentWidget(notes);
        QCOMPARE(notes->toPlainText(), test::translated(Language::French, "sharaka::SourcesPanel",
                                                        "No data notes in this dataset."));
        QCOMPARE(sources->notesText(), notes->toPlainText());
        languages->setLanguage(Language::English);
        QCoreApplication::processEvents();
        // Shown now: a switch refreshes it at once.
        QCOMPARE(notes->toPlainText(), QStringLiteral("No data notes in this dataset."));
    }

private:
    /// The window on the key-figures data at 1280×800, in English, shown.
    std::unique_ptr<MainWindow> showWindow(LanguageManager *languages)
    {
        languages->setLanguage(Language::English);
        auto window = std::make_unique<MainWindow>(languages, languages->settings());
        window->setDataset(m_data, QStringLiteral("key-figures.json"));
        window->resize(1280, 800);
        window->show();
        return window;
    }

    Dataset m_data;
};

QTEST_MAIN(tst_DeferredWidgets)
#include "tst_deferredwidgets.moc"
