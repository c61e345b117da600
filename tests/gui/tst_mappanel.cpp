// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/mapchart.h"
#include "common/dashboardwindow.h"
#include "core/settings.h"
#include "support/fixturedataset.h"
#include "widgets/languagemanager.h"
#include "widgets/mainwindow.h"
#include "widgets/panels/chartpanel.h"
#include "widgets/panels/countrypanel.h"
#include "widgets/panels/mapinteraction.h"

#include <QApplication>
#include <QChartView>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

using namespace sharaka;

/// The map panel of the window on the tests' fixture data (not the embedded
/// Sharaka data): pointer, keyboard, screen readers, and its link with the
/// country table.
class tst_MapPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_languages = new LanguageManager(new Settings(this), this);
        m_window.reset(test::showDashboard(m_languages, testing::fixtureDataset(),
                                           QStringLiteral("fixture.json"))
                           .release());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_panel = m_window->chartPanel(QStringLiteral("map"));
        QVERIFY(m_panel);
        QCOMPARE(m_window->chartPanels().constFirst(), m_panel);
    }

    void init()
    {
        m_window->countryPanel()->setFilterText(QString());
        m_window->countryPanel()->selectCountry(QString());
    }

    void clickSelectsTheCountrysRow()
    {
        QTest::mouseClick(m_panel->view()->viewport(), Qt::LeftButton, {},
                          viewPoint(QPointF(3.0, 28.0))); // Midland (DZ), in the Sahara
        QCOMPARE(m_window->countryPanel()->selectedCode(), QStringLiteral("DZ"));
        QCOMPARE(map()->highlightedCountry(), QStringLiteral("DZ"));
        // The sea selects nothing and keeps the selection.
        QTest::mouseClick(m_panel->view()->viewport(), Qt::LeftButton, {},
                          viewPoint(QPointF(5.0, 38.0)));
        QCOMPARE(m_window->countryPanel()->selectedCode(), QStringLiteral("DZ"));
    }

    void selectedRowIsHighlighted()
    {
        m_window->countryPanel()->selectCountry(QStringLiteral("MA"));
        QCOMPARE(map()->highlightedCountry(), QStringLiteral("MA"));
        // Screen readers hear the selected country first.
        QVERIFY2(m_panel->view()->accessibleDescription().startsWith(
                     QStringLiteral("\u2068Westland\u2069: \u2068First round\u2069")),
                 qPrintable(m_panel->view()->accessibleDescription()));
        QCOMPARE(m_panel->view()->accessibleName(), QStringLiteral("Fixture countries by round"));
    }

    void filterDimsTheOthers()
    {
        const QColor westland = map()->countryColor(QStringLiteral("MA"));
        const QColor eastland = map()->countryColor(QStringLiteral("PS"));
        m_window->countryPanel()->setFilterText(QStringLiteral("Eastland"));
        QVERIFY(map()->countryColor(QStringLiteral("MA")) != westland);
        QCOMPARE(map()->countryColor(QStringLiteral("PS")), eastland);
        m_window->countryPanel()->setFilterText(QString());
        QCOMPARE(map()->countryColor(QStringLiteral("MA")), westland);
    }

    void arrowKeysMoveBetweenPartners_data()
    {
        QTest::addColumn<Language>("language");
        QTest::newRow("en") << Language::English;
        QTest::newRow("ar") << Language::Arabic; // the map never mirrors: Right is still east
    }

    void arrowKeysMoveBetweenPartners()
    {
        QFETCH(Language, language);
        m_languages->setLanguage(language);
        QChartView *view = m_panel->view();
        view->setFocus();
        QVERIFY(view->hasFocus());
        m_window->countryPanel()->selectCountry(QStringLiteral("MA"));
        QTest::keyClick(view, Qt::Key_Right);
        const QString east = m_window->countryPanel()->selectedCode();
        QVERIFY2(east == QStringLiteral("DZ"), qPrintable(east)); // Westland's eastern neighbour
        QCOMPARE(map()->highlightedCountry(), east);
        QTest::keyClick(view, Qt::Key_Left);
        QCOMPARE(m_window->countryPanel()->selectedCode(), QStringLiteral("MA"));
        // Nothing further west: the selection stays.
        QTest::keyClick(view, Qt::Key_Left);
        QCOMPARE(m_window->countryPanel()->selectedCode(), QStringLiteral("MA"));
        // Far east: Eastland (PS) is the easternmost.
        for (int i = 0; i < 10; ++i)
            QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(m_window->countryPanel()->selectedCode(), QStringLiteral("PS"));
        m_languages->setLanguage(Language::English);
    }

    void hoverNamesTheCountry()
    {
        QSignalSpy toolTips(map(), &DashboardChart::toolTipRequested);
        // Sent directly: QTest::mouseMove() moves a cursor the offscreen platform does not have.
        QWidget *viewport = m_panel->view()->viewport();
        const QPoint midland = viewPoint(QPointF(3.0, 28.0));
        QMouseEvent move(QEvent::MouseMove, midland, viewport->mapToGlobal(midland), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QTRY_VERIFY(!toolTips.isEmpty());
        QCOMPARE(
            toolTips.constLast().constFirst().toString(),
            QStringLiteral("<p style=\"white-space:pre-wrap\">\u2068Midland\u2069: \u2068First "
                           "round\u2069</p>"));
    }

    void cleanupTestCase() { m_window.reset(); }

private:
    MapChart *map() const { return qobject_cast<MapChart *>(m_panel->dashboardChart()); }

    QPoint viewPoint(const QPointF &lonLat) const
    {
        MapChart *chart = map();
        return m_panel->view()->mapFromScene(chart->mapToScene(chart->positionOf(lonLat)));
    }

    LanguageManager *m_languages = nullptr;
    std::unique_ptr<MainWindow> m_window;
    ChartPanel *m_panel = nullptr;
};

QTEST_MAIN(tst_MapPanel)
#include "tst_mappanel.moc"
