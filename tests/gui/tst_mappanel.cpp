// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/mapchart.h"
#include "common/dashboardwindow.h"
#include "core/settings.h"
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

/// The map panel of the window on the embedded data: pointer, keyboard,
/// screen readers, and its link with the country table.
class tst_MapPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_languages = new LanguageManager(new Settings(this), this);
        m_window.reset(test::showEmbeddedDashboard(m_languages).release());
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
                          viewPoint(QPointF(3.0, 28.0))); // the Algerian Sahara
        QCOMPARE(m_window->countryPanel()->selectedCode(), QStringLiteral("DZ"));
        QCOMPARE(map()->highlightedCountry(), QStringLiteral("DZ"));
        // The sea selects nothing and keeps the selection.
        QTest::mouseClick(m_panel->view()->viewport(), Qt::LeftButton, {},
                          viewPoint(QPointF(5.0, 38.0)));
        QCOMPARE(m_window->countryPanel()->selectedCode(), QStringLiteral("DZ"));
    }

    void selectedRowIsHighlighted()
    {
        m_window->countryPanel()->selectCountry(QStringLiteral("TN"));
        QCOMPARE(map()->highlightedCountry(), QStringLiteral("TN"));
        // Screen readers hear the selected country first.
        QVERIFY2(m_panel->view()->accessibleDescription().startsWith(
                     QStringLiteral("\u2068Tunisia\u2069: \u2068Listed first\u2069")),
                 qPrintable(m_panel->view()->accessibleDescription()));
        QCOMPARE(m_panel->view()->accessibleName(),
                 QStringLiteral("Partner countries by membership phase"));
    }

    void filterDimsTheOthers()
    {
        const QColor tunisia = map()->countryColor(QStringLiteral("TN"));
        const QColor libya = map()->countryColor(QStringLiteral("LY"));
        m_window->countryPanel()->setFilterText(QStringLiteral("Libya"));
        QVERIFY(map()->countryColor(QStringLiteral("TN")) != tunisia);
        QCOMPARE(map()->countryColor(QStringLiteral("LY")), libya);
        m_window->countryPanel()->setFilterText(QString());
        QCOMPARE(map()->countryColor(QStringLiteral("TN")), tunisia);
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
        QVERIFY2(east == QStringLiteral("DZ"), qPrintable(east)); // Morocco's eastern neighbour
        QCOMPARE(map()->highlightedCountry(), east);
        QTest::keyClick(view, Qt::Key_Left);
        QCOMPARE(m_window->countryPanel()->selectedCode(), QStringLiteral("MA"));
        // Nothing further west: the selection stays.
        QTest::keyClick(view, Qt::Key_Left);
        QCOMPARE(m_window->countryPanel()->selectedCode(), QStringLiteral("MA"));
        // Far east: Jordan is the easternmost partner.
        for (int i = 0; i < 10; ++i)
            QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(m_window->countryPanel()->selectedCode(), QStringLiteral("JO"));
        m_languages->setLanguage(Language::English);
    }

    void hoverNamesTheCountry()
    {
        QSignalSpy toolTips(map(), &DashboardChart::toolTipRequested);
        // Sent directly: QTest::mouseMove() moves a cursor the offscreen platform does not have.
        QWidget *viewport = m_panel->view()->viewport();
        const QPoint libya = viewPoint(QPointF(17.0, 27.0));
        QMouseEvent move(QEvent::MouseMove, libya, viewport->mapToGlobal(libya), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QTRY_VERIFY(!toolTips.isEmpty());
        QCOMPARE(toolTips.constLast().constFirst().toString(),
                 QStringLiteral(
                     "<p style=\"white-space:pre-wrap\">\u2068Libya\u2069: \u2068Added later, "
                     "undated\u2069</p>"));
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
