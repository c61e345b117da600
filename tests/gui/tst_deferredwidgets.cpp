// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The work the window saves (issue 19, startup and memory) must change
// nothing anyone sees: remembered label heights follow their text and font,
// key-figure tiles survive a language switch with the new texts, the hidden
// sources tab shows its text once opened, and many headline figures scroll
// instead of widening the window.

#include "core/io/datasetloader.h"
#include "core/settings.h"
#include "widgets/languagemanager.h"
#include "widgets/mainwindow.h"
#include "widgets/panels/keyfigurerow.h"
#include "widgets/panels/keyfiguretile.h"
#include "widgets/panels/sourcespanel.h"
#include "widgets/panels/wrappedlabel.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QVBoxLayout>

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

    void keyFigureRow_manyTilesScrollSideways()
    {
        // Forty headline figures: the row would otherwise ask for forty tiles' width.
        Dataset many = m_data;
        QStringList ids;
        const QList<Indicator> originals = m_data.indicators;
        for (int copy = 0; copy < 8; ++copy) {
            for (Indicator indicator : originals) {
                indicator.id += QStringLiteral("-%1").arg(copy);
                many.indicators.append(indicator);
                ids.append(indicator.id);
            }
        }
        QWidget host;
        auto *layout = new QVBoxLayout(&host);
        auto *row = new KeyFigureRow(&host);
        layout->addWidget(row);
        layout->addStretch(1);
        row->setContent(many, Language::English, ids);
        QCOMPARE(row->tiles().size(), ids.size());
        QVERIFY2(row->minimumSizeHint().width() <= 100 * row->fontMetrics().averageCharWidth(),
                 qPrintable(QString::number(row->minimumSizeHint().width())));
        // The host as narrow as the row allows: far narrower than forty tiles.
        const int width = host.minimumSizeHint().width() + 20;
        host.resize(width, 400);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        QCOMPARE(host.width(), width);
        int tilesNeed = 0;
        for (const KeyFigureTile *tile : row->tiles())
            tilesNeed += tile->minimumSizeHint().width();
        QVERIFY2(width * 3 < tilesNeed,
                 qPrintable(QStringLiteral("%1, %2").arg(width).arg(tilesNeed)));

        auto *scroll = row->findChild<QScrollArea *>(QStringLiteral("keyFigureScroll"));
        QVERIFY(scroll);
        QTRY_VERIFY(scroll->horizontalScrollBar()->isVisible());
        QVERIFY(scroll->horizontalScrollBar()->maximum() > 0);
        // Every tile whole in height, above the scroll bar.
        const int viewportHeight = scroll->viewport()->height();
        for (const KeyFigureTile *tile : row->tiles()) {
            QVERIFY(tile->isVisible());
            QVERIFY2(
                tile->geometry().bottom() < viewportHeight,
                qPrintable(
                    QStringLiteral("%1 > %2").arg(tile->geometry().bottom()).arg(viewportHeight)));
        }
        // The last tile can be scrolled to.
        KeyFigureTile *last = row->tiles().constLast();
        scroll->ensureWidgetVisible(last);
        const QRect shown(last->mapTo(scroll->viewport(), QPoint(0, 0)), last->size());
        QVERIFY(scroll->viewport()->rect().contains(shown));
    }

    void keyFigureRow_fewTilesDoNotScroll()
    {
        QWidget host;
        auto *layout = new QVBoxLayout(&host);
        auto *row = new KeyFigureRow(&host);
        layout->addWidget(row);
        QStringList ids;
        for (const Indicator &indicator : std::as_const(m_data.indicators)) {
            if (indicator.headline)
                ids.append(indicator.id);
        }
        row->setContent(m_data, Language::English, ids);
        host.resize(900, 300);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        auto *scroll = row->findChild<QScrollArea *>(QStringLiteral("keyFigureScroll"));
        QVERIFY(scroll);
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
        for (const KeyFigureTile *tile : row->tiles())
            QVERIFY(scroll->viewport()->rect().contains(tile->geometry()));
    }

    void languageSwitch_keepsTilesAndFillsNotesWhenShown()
    {
        auto *languages = new LanguageManager(new Settings(this), this);
        languages->setLanguage(Language::English);
        MainWindow window(languages, languages->settings());
        window.setDataset(m_data, QStringLiteral("key-figures.json"));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QList<KeyFigureTile *> before = window.keyFigures()->tiles();
        QVERIFY(!before.isEmpty());
        KeyFigureTile *lowerBound = nullptr;
        for (KeyFigureTile *tile : before) {
            if (!tile->qualifierText().isEmpty())
                lowerBound = tile;
        }
        QVERIFY(lowerBound);
        QCOMPARE(lowerBound->qualifierText(), QStringLiteral("lower bound: at least 800"));

        languages->setLanguage(Language::French);
        QCoreApplication::processEvents();
        // The same tiles, with the French texts.
        QCOMPARE(window.keyFigures()->tiles(), before);
        QCOMPARE(lowerBound->qualifierText(),
                 QStringLiteral("borne inférieure\u00a0: au moins 800"));
        QVERIFY(lowerBound->accessibleDescription().contains(
            QStringLiteral("Appuyez sur Entrée pour afficher son graphique.")));

        // The data notes are laid out when their tab is opened, in the language shown.
        SourcesPanel *sources = window.sourcesPanel();
        auto *notes = sources->findChild<QTextBrowser *>(QStringLiteral("notesBrowser"));
        QVERIFY(notes);
        QCOMPARE(sources->currentWidget(),
                 sources->findChild<QTextBrowser *>(QStringLiteral("sourcesBrowser")));
        QVERIFY(notes->toPlainText().isEmpty());
        sources->setCurrentWidget(notes);
        QCOMPARE(notes->toPlainText(),
                 QStringLiteral("Ce jeu de données ne contient aucune note sur les données."));
        QCOMPARE(sources->notesText(), notes->toPlainText());
        languages->setLanguage(Language::English);
        QCoreApplication::processEvents();
        // Shown now: a switch refreshes it at once.
        QCOMPARE(notes->toPlainText(), QStringLiteral("No data notes in this dataset."));
    }

private:
    Dataset m_data;
};

QTEST_MAIN(tst_DeferredWidgets)
#include "tst_deferredwidgets.moc"
