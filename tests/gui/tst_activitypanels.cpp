// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/financechart.h"
#include "charts/sharechart.h"
#include "common/catalogue.h"
#include "common/dashboardwindow.h"
#include "core/io/datasetloader.h"
#include "core/io/iati/iatiactivityloader.h"
#include "core/models/financemodel.h"
#include "core/models/sharemodel.h"
#include "support/fixturedataset.h"
#include "widgets/panels/chartpanel.h"
#include "widgets/panels/charttableview.h"
#include "widgets/panels/headerpanel.h"
#include "widgets/panels/keyfigurerow.h"
#include "widgets/panels/keyfiguretile.h"
#include "widgets/panels/sourcespanel.h"

#include <QAction>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace sharaka;

namespace {

/// The program's translation into a language, installed while it lives.
class ProgramTranslation
{
public:
    explicit ProgramTranslation(Language language)
    {
        if (language == Language::English)
            return;
        m_loaded =
            m_translator.load(QStringLiteral(":/i18n/sharaka_%1.qm").arg(languageCode(language)));
        QCoreApplication::installTranslator(&m_translator);
    }
    ~ProgramTranslation() { QCoreApplication::removeTranslator(&m_translator); }
    Q_DISABLE_COPY_MOVE(ProgramTranslation)

    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = true;
};

} // namespace

/// The window's panels for an aid activity: status, update and money in the
/// header; documents by category and partners in the sources panel; none of
/// it for Sharaka's own data.
class tst_ActivityPanels : public QObject
{
    Q_OBJECT

private slots:
    void header_statusAndMoney_data();
    void header_statusAndMoney();
    void header_sharakaHasNoActivityLine();
    void header_otherCurrenciesStayInTheLine();
    void keyFigures_moneyFirst_data();
    void keyFigures_moneyFirst();
    void sources_documentsByCategoryAndPartners();
    void relatedActivityLink_asksToOpenIt();
    // Tables of the finance and share charts.
    void chartTables_moneyAndShares_data();
    void chartTables_moneyAndShares();

private:
    static DatasetPtr afdb()
    {
        const LoadResult result =
            IatiActivityLoader(
                QStringLiteral(SHARAKA_TEST_DATA_DIR "/iati/real/afdb-xm-dac-46002_v2.01.xml"))
                .load({});
        return std::make_shared<const Dataset>(result.dataset.value_or(Dataset()));
    }
};

void tst_ActivityPanels::header_statusAndMoney_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("expected");
    // Its one currency's money is in the key-figure tiles, not repeated here.
    QTest::addRow("en") << int(Language::English)
                        << QStringLiteral("Status: Finalisation · Last updated: 13 August 2022");
    // The catalogue's words; the status name is the IATI codelist's (data),
    // the date the French locale's.
    const auto french = [](const char *source) {
        return test::translated(Language::French, "ActivityFigures", source);
    };
    QTest::addRow("fr") << int(Language::French)
                        << french("Status: %1").arg(QStringLiteral("Finalisation")) +
                               QStringLiteral(" · ") +
                               french("Last updated: %1").arg(QStringLiteral("13 août 2022"));
}

void tst_ActivityPanels::keyFigures_moneyFirst_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QString>("share");
    QTest::addRow("en") << int(Language::English)
                        // Two budgets of 162,964.12 XDR, for 2002's two periods.
                        << QStringList{QStringLiteral("325,928\u00a0XDR"),
                                       QStringLiteral("325,928\u00a0XDR"),
                                       QStringLiteral("325,928\u00a0XDR")}
                        << QStringList{QStringLiteral("Budget"), QStringLiteral("Committed"),
                                       QStringLiteral("Spent (disbursements and expenditure)")}
                        << QStringLiteral("100% of committed");
    // The labels are the catalogue's; the figures each language's number format.
    const auto labels = [](Language language) {
        return test::translatedList(
            language, "ActivityFigures",
            {"Budget", "Committed", "Spent (disbursements and expenditure)"});
    };
    const auto share = [](Language language, const QString &percent) {
        return test::translated(language, "ActivityFigures", "%1 of committed").arg(percent);
    };
    QTest::addRow("fr") << int(Language::French)
                        << QStringList{QStringLiteral("325\u202f928\u00a0XDR"),
                                       QStringLiteral("325\u202f928\u00a0XDR"),
                                       QStringLiteral("325\u202f928\u00a0XDR")}
                        << labels(Language::French)
                        << share(Language::French, QStringLiteral("100\u00a0%"));
    QTest::addRow("ar") << int(Language::Arabic)
                        // Digits and the code read left to right, isolated.
                        << QStringList{QStringLiteral("\u2066325.928\u00a0XDR\u2069"),
                                       QStringLiteral("\u2066325.928\u00a0XDR\u2069"),
                                       QStringLiteral("\u2066325.928\u00a0XDR\u2069")}
                        << labels(Language::Arabic)
                        << share(Language::Arabic, QStringLiteral("\u2066100%\u2069"));
}

void tst_ActivityPanels::keyFigures_moneyFirst()
{
    QFETCH(int, language);
    QFETCH(QStringList, values);
    QFETCH(QStringList, labels);
    QFETCH(QString, share);
    // The window installs its language's translation; so does this test.
    const ProgramTranslation translation{Language(language)};
    QVERIFY(translation.loaded());
    const DatasetPtr dataset = afdb();
    QStringList headlines;
    for (const Indicator &indicator : dataset->indicators)
        if (indicator.headline)
            headlines.append(indicator.id);
    KeyFigureRow row;
    row.setContent(*dataset, Language(language), headlines);
    QVERIFY(row.tiles().size() >= 3);
    QVERIFY(row.tiles().size() <= KeyFigureRow::MaximumTiles);
    QStringList shownValues;
    QStringList shownLabels;
    for (qsizetype i = 0; i < 3; ++i) {
        shownValues.append(row.tiles().at(i)->valueText());
        shownLabels.append(row.tiles().at(i)->labelText());
        QVERIFY(row.tiles().at(i)->indicatorId().isEmpty());
    }
    QCOMPARE(shownValues, values);
    QCOMPARE(shownLabels, labels);
    QCOMPARE(row.tiles().at(2)->qualifierText(), share);
    // A money tile leads to the finance chart.
    QSignalSpy charts(&row, &KeyFigureRow::chartActivated);
    QTest::keyClick(row.tiles().at(1), Qt::Key_Return);
    QCOMPARE(charts.size(), 1);
    QCOMPARE(charts.at(0).at(0).toString(), QStringLiteral("finance"));
}

void tst_ActivityPanels::header_otherCurrenciesStayInTheLine()
{
    // Power Up Global: EUR first (its finance chart and tiles), USD in the line.
    const LoadResult result =
        IatiActivityLoader(
            QStringLiteral(SHARAKA_TEST_DATA_DIR
                           "/iati/real/dportal_food-security_mixed-publishers_v2.03.xml"))
            .load(QStringLiteral("US-EIN-06-1597-668-PU1-GL"));
    QVERIFY(result.ok());
    HeaderPanel header;
    header.setLanguage(Language::English);
    header.setDataset(std::make_shared<const Dataset>(*result.dataset));
    auto *line = header.findChild<QLabel *>(QStringLiteral("headerActivity"));
    QVERIFY(line);
    QCOMPARE(line->text(), QStringLiteral("Status: Implementation\nCommitted: 20,000\u00a0USD · "
                                          "Spent: 419,599\u00a0USD (2,098% of committed)"));
}

void tst_ActivityPanels::header_statusAndMoney()
{
    QFETCH(int, language);
    QFETCH(QString, expected);
    // The window installs its language's translation; so does this test.
    const ProgramTranslation translation{Language(language)};
    QVERIFY(translation.loaded());
    HeaderPanel header;
    header.setLanguage(Language(language));
    header.setDataset(afdb());
    auto *line = header.findChild<QLabel *>(QStringLiteral("headerActivity"));
    QVERIFY(line);
    QCOMPARE(line->textFormat(), Qt::PlainText);
    QCOMPARE(line->text(), expected);
    QVERIFY(!line->isHidden());
}

void tst_ActivityPanels::header_sharakaHasNoActivityLine()
{
    HeaderPanel header;
    header.setDataset(
        std::make_shared<const Dataset>(*DatasetLoader::loadFile(testing::fixturePath()).dataset));
    auto *line = header.findChild<QLabel *>(QStringLiteral("headerActivity"));
    QVERIFY(line);
    QVERIFY(line->isHidden());
    QCOMPARE(line->text(), QString());
}

void tst_ActivityPanels::sources_documentsByCategoryAndPartners()
{
    SourcesPanel panel;
    panel.setDataset(afdb());
    QVERIFY(panel.hasPartnersTab());
    const QString sources = panel.sourcesText();
    QVERIFY2(sources.contains(QLatin1String("Activity web page\n")), qPrintable(sources));
    QVERIFY(sources.contains(QLatin1String("Language: French")));
    QCOMPARE(panel.partnersText(),
             QStringLiteral("Participating organisations\n"
                            "Funding: \u2068Special Relief Funds\u2069 (Multilateral)\n"
                            "Implementing: \u2068Ministry of the Interior\u2069 (Government)"));
    panel.setDataset(
        std::make_shared<const Dataset>(*DatasetLoader::loadFile(testing::fixturePath()).dataset));
    QVERIFY(!panel.hasPartnersTab());
}

void tst_ActivityPanels::relatedActivityLink_asksToOpenIt()
{
    const LoadResult result =
        IatiActivityLoader(
            QStringLiteral(SHARAKA_TEST_DATA_DIR "/iati/real/dfid-gb-1_ml_v1.02.xml"))
            .load(QStringLiteral("GB-1-204049-102"));
    SourcesPanel panel;
    panel.setDataset(std::make_shared<const Dataset>(result.dataset.value_or(Dataset())));
    QVERIFY2(panel.partnersText().contains(QLatin1String("Related activities\nParent: ")),
             qPrintable(panel.partnersText()));
    QVERIFY(panel.partnersText().contains(QLatin1String("GB-1-204049")));
    QSignalSpy requested(&panel, &SourcesPanel::activityRequested);
    auto *browser = panel.findChild<QTextBrowser *>(QStringLiteral("partnersBrowser"));
    QVERIFY(browser);
    emit browser->anchorClicked(QUrl(QStringLiteral("activity:GB-1-204049")));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("GB-1-204049"));
}

void tst_ActivityPanels::chartTables_moneyAndShares_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("tableName");
    QTest::addColumn<QStringList>("financeHeaders");
    QTest::addColumn<QString>("planned");
    QTest::addColumn<QString>("sectorHeader");
    QTest::addRow("en") << int(Language::English)
                        << QStringLiteral("Budget and spending per year (KRW)")
                        << QStringLiteral("Budget and spending per year (KRW) (table)")
                        << QStringList{QStringLiteral("Year"), QStringLiteral("Budget"),
                                       QStringLiteral("Planned disbursements"),
                                       QStringLiteral("Commitments"),
                                       QStringLiteral("Disbursements")}
                        << QStringLiteral("279,520,000\u00a0KRW") << QStringLiteral("Sector");
    // The importer's chart title, the toggle's table name and the models'
    // headers from the catalogue; the amounts in each language's number format.
    const auto title = [](Language language) {
        return test::translated(language, "IatiWords", "Budget and spending per year (%1)")
            .arg(QStringLiteral("KRW"));
    };
    const auto tableName = [](Language language, const QString &chartTitle) {
        return test::translated(language, "sharaka::ChartTableToggle", "%1 (table)")
            .arg(chartTitle);
    };
    const auto headers = [](Language language) {
        return test::translatedList(
            language, "ActivityFigures",
            {"Year", "Budget", "Planned disbursements", "Commitments", "Disbursements"});
    };
    const auto sector = [](Language language) {
        return test::translated(language, "sharaka::ShareModel", "Sector");
    };
    QTest::addRow("fr") << int(Language::French) << title(Language::French)
                        << tableName(Language::French, title(Language::French))
                        << headers(Language::French)
                        << QStringLiteral("279\u202f520\u202f000\u00a0KRW")
                        << sector(Language::French);
    QTest::addRow("ar") << int(Language::Arabic) << title(Language::Arabic)
                        << tableName(Language::Arabic, title(Language::Arabic))
                        << headers(Language::Arabic)
                        << QStringLiteral("\u2066279.520.000\u00a0KRW\u2069")
                        << sector(Language::Arabic);
}

void tst_ActivityPanels::chartTables_moneyAndShares()
{
    QFETCH(int, language);
    QFETCH(QString, title);
    QFETCH(QString, tableName);
    QFETCH(QStringList, financeHeaders);
    QFETCH(QString, planned);
    QFETCH(QString, sectorHeader);
    QStandardPaths::setTestModeEnabled(true); // before any setting is read
    Settings settings;
    LanguageManager languages(&settings);
    const LoadResult loaded =
        IatiActivityLoader(QStringLiteral(SHARAKA_TEST_DATA_DIR
                                          "/iati/real/dportal_korea-kr-gov-010_v2.02_trimmed.xml"))
            .load(QStringLiteral("KR-GOV-320-GRP_0000142871"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    const std::unique_ptr<MainWindow> window =
        test::showDashboard(&languages, *loaded.dataset, QStringLiteral("korea.xml"));
    QVERIFY(languages.setLanguage(Language(language)));
    QCoreApplication::processEvents();

    // The user turns the finance chart into a table: the same years and figures.
    ChartPanel *finance = window->chartPanel(QStringLiteral("finance"));
    QVERIFY(finance);
    QAction *toggle = finance->showTableAction();
    QVERIFY(toggle->isEnabled());
    toggle->trigger();
    QVERIFY(finance->isShowingTable());
    ChartTableView *table = finance->tableView();
    QVERIFY(table->isVisible());
    auto *chart = qobject_cast<FinanceChart *>(finance->dashboardChart());
    QVERIFY(chart);
    QCOMPARE(chart->titleText(), title);
    auto *model = qobject_cast<FinanceModel *>(table->model());
    QVERIFY(model);
    QCOMPARE(model, chart->model());
    QCOMPARE(table->accessibleName(), tableName);
    QStringList headers;
    for (int column = 0; column < model->columnCount(); ++column)
        headers.append(model->headerData(column, Qt::Horizontal).toString());
    QCOMPARE(headers, financeHeaders);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, FinanceModel::YearColumn).data().toString(), QStringLiteral("2020"));
    QCOMPARE(model->index(0, 2).data().toString(), planned);
    // The amounts line up at their end.
    QCOMPARE(model->index(0, 2).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignTrailing | Qt::AlignVCenter));
    toggle->trigger();
    QVERIFY(!finance->isShowingTable());
    QVERIFY(finance->view()->isVisible());

    // The sectors' table: the name takes the width left by code and share.
    ChartPanel *sectors = window->chartPanel(QStringLiteral("sectors"));
    QVERIFY(sectors);
    sectors->showTableAction()->trigger();
    auto *shares = qobject_cast<ShareModel *>(sectors->tableView()->model());
    QVERIFY(shares);
    QCOMPARE(shares, qobject_cast<ShareChart *>(sectors->dashboardChart())->model());
    QCOMPARE(shares->headerData(ShareModel::NameColumn, Qt::Horizontal).toString(), sectorHeader);
    QCOMPARE(shares->index(0, ShareModel::CodeColumn).data().toString(), QStringLiteral("15151"));
    QCOMPARE(sectors->tableView()->horizontalHeader()->sectionResizeMode(ShareModel::NameColumn),
             QHeaderView::Stretch);
    QVERIFY(languages.setLanguage(Language::English));
}

QTEST_MAIN(tst_ActivityPanels)
#include "tst_activitypanels.moc"
