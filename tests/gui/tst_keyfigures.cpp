// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/catalogue.h"
#include "core/io/datasetloader.h"
#include "core/settings.h"
#include "widgets/languagemanager.h"
#include "widgets/mainwindow.h"
#include "widgets/panels/chartpanel.h"
#include "widgets/panels/keyfigurerow.h"
#include "widgets/panels/keyfiguretile.h"

#include <QChartView>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>

using namespace sharaka;

class tst_KeyFigures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // A fixture of its own: facts edited in the embedded data change nothing here.
        const LoadResult loaded = DatasetLoader::loadFile(
            QStringLiteral(SHARAKA_TEST_DATA_DIR "/valid/key-figures.json"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(QLatin1Char('\n'))));
        m_data = *loaded.dataset;
        m_languages = new LanguageManager(new Settings(this), this);
        m_languages->setLanguage(Language::English);
        m_window = std::make_unique<MainWindow>(m_languages, m_languages->settings());
        m_window->setDataset(m_data, QStringLiteral("key-figures.json"));
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void tilesShowTheHeadlineFigures_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("en") << Language::English
                            << QStringList{QStringLiteral("Crossings connected"),
                                           QStringLiteral("Offices equipped")};
        QTest::newRow("fr") << Language::French << QStringList();
        QTest::newRow("ar") << Language::Arabic << QStringList();
    }

    void tilesShowTheHeadlineFigures()
    {
        QFETCH(Language, language);
        QFETCH(QStringList, labels);
        // The catalogue's words for the language (their wording is tst_retranslation's subject).
        const QString qualifier =
            test::translated(language, "sharaka::KeyFigureTile", "lower bound: at least %1")
                .arg(QStringLiteral("800"));
        QVERIFY(qualifier.contains(QLatin1String("800")));
        if (language != Language::English)
            QVERIFY(qualifier != QLatin1String("lower bound: at least 800"));
        m_languages->setLanguage(language);
        const QList<KeyFigureTile *> tiles = m_window->keyFigures()->tiles();
        QCOMPARE(tiles.size(), 5);
        QStringList values;
        for (const KeyFigureTile *tile : tiles) {
            values.append(tile->valueText());
            QVERIFY(tile->isVisible());
            QCOMPARE(tile->labelText(),
                     m_data.indicator(tile->indicatorId())->label.text(language));
        }
        QCOMPARE(values,
                 (QStringList{QStringLiteral("46"), QStringLiteral("42"), QStringLiteral("7"),
                              QStringLiteral("800+"), QStringLiteral("36")}));
        for (qsizetype i = 0; i < labels.size(); ++i)
            QCOMPARE(tiles.at(i)->labelText(), labels.at(i));
        QCOMPARE(tiles.at(3)->qualifierText(), qualifier);
        QVERIFY(tiles.at(0)->qualifierText().isEmpty());
        // Sources on hover and for screen readers.
        const QString sources =
            language == Language::Arabic ? QStringLiteral("المصادر") : QStringLiteral("Sources");
        QVERIFY2(tiles.at(3)->toolTip().contains(sources), qPrintable(tiles.at(3)->toolTip()));
        QVERIFY(tiles.at(3)->accessibleDescription().contains(sources));
        QVERIFY(tiles.at(3)->accessibleDescription().contains(qualifier));
        m_languages->setLanguage(Language::English);
    }

    void activatingATileFocusesItsChart()
    {
        const QList<KeyFigureTile *> tiles = m_window->keyFigures()->tiles();
        KeyFigureTile *officers = tiles.at(3);
        QCOMPARE(officers->indicatorId(), QStringLiteral("officers-trained"));
        officers->setFocus();
        QTest::keyClick(officers, Qt::Key_Return);
        ChartPanel *training = m_window->chartPanel(QStringLiteral("training"));
        QVERIFY(training);
        QTRY_VERIFY(training->view()->hasFocus());

        KeyFigureTile *activities = tiles.at(4);
        QTest::mouseClick(activities, Qt::LeftButton);
        QTRY_VERIFY(
            m_window->chartPanel(QStringLiteral("training-activities"))->view()->hasFocus());
    }

    void longLabel_isCutToThreeLinesWithTheWholeInItsTooltip()
    {
        // A real IATI indicator title (Terre des hommes' Iraq activity), clipped
        // in the middle of a line before.
        Indicator indicator = m_data.indicators.constFirst();
        const QString name = QStringLiteral(
            "Indicator 2.1.3 - Number of children that benefit from group and individual "
            "psychosocial support activities, including recreational activities");
        indicator.label = LocalizedText({{QStringLiteral("en"), name}});
        KeyFigureTile tile;
        tile.showIndicator(m_data, indicator, Language::English);
        tile.resize(150, 200);
        tile.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tile));
        auto *label = tile.findChild<QLabel *>(QStringLiteral("keyFigureLabel"));
        QVERIFY(label);
        QTRY_VERIFY(tile.shownLabelText() != name);
        QVERIFY2(tile.shownLabelText().endsWith(QChar(0x2026)), qPrintable(tile.shownLabelText()));
        QVERIFY(name.startsWith(tile.shownLabelText().chopped(1)));
        QCOMPARE(tile.labelText(), name);
        QVERIFY(label->toolTip().contains(name));
        const int lineSpacing = label->fontMetrics().lineSpacing();
        QVERIFY2(label->heightForWidth(label->width()) <= 3 * lineSpacing + 2,
                 qPrintable(QString::number(label->heightForWidth(label->width()))));
        // Wide enough, it is whole again, with no tooltip of its own.
        tile.resize(1200, 200);
        QTRY_COMPARE(tile.shownLabelText(), name);
        QVERIFY(label->toolTip().isEmpty());
    }

    void noHeadlineNoTiles()
    {
        Dataset plain = m_data;
        for (Indicator &indicator : plain.indicators)
            indicator.headline = false;
        m_window->setDataset(plain, QStringLiteral("plain"));
        QVERIFY(m_window->keyFigures()->tiles().isEmpty());
        QVERIFY(m_window->keyFigures()->isHidden());
        m_window->setDataset(m_data, QStringLiteral("key-figures.json"));
        QCOMPARE(m_window->keyFigures()->tiles().size(), 5);
        QVERIFY(m_window->keyFigures()->isVisible());
    }

private:
    LanguageManager *m_languages = nullptr;
    std::unique_ptr<MainWindow> m_window;
    Dataset m_data;
};

QTEST_MAIN(tst_KeyFigures)
#include "tst_keyfigures.moc"
