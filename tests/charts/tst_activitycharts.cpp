// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/chartfactory.h"
#include "charts/financechart.h"
#include "charts/mapchart.h"
#include "charts/sharechart.h"
#include "core/io/iati/iatiactivityloader.h"

#include "support/activitydetailsfile.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sharaka;

/// The finance, sectors and policy-markers charts of real IATI activities,
/// built by buildChart() as the window and the exports build them, and
/// their ids on the command line.
class tst_ActivityCharts : public QObject
{
    Q_OBJECT

private slots:
    void financeChart_oneSeriesPerFigureInOneCurrency();
    void financeChart_translated();
    void shareCharts_namesFromCodelists();
    void listCharts_sharakaHasNoMoney();
    void listCharts_andCsvExportOfAnActivity();
    void pngExport_ofTheFinanceChart();
    void map_drawsPlacesClustered();
    void map_framesEveryPlace();
    void factsheet_moneyMayTakeASecondPage();

private:
    static QString real(const char *name)
    {
        return QStringLiteral(SHARAKA_TEST_DATA_DIR "/iati/real/") + QLatin1String(name);
    }
    static Dataset loaded(const QString &path, const QString &identifier = {})
    {
        return IatiActivityLoader(path).load(identifier).dataset.value_or(Dataset());
    }
    struct Run
    {
        int exitCode = -1;
        QString out;
    };
    Run run(const QStringList &arguments) const
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral(SHARAKA_APP_BINARY), arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
    }

    QTemporaryDir m_dir;
};

void tst_ActivityCharts::financeChart_oneSeriesPerFigureInOneCurrency()
{
    const Dataset data =
        testing::activityDetailsOf(real("dportal_food-security_mixed-publishers_v2.03.xml"),
                                   QStringLiteral("US-EIN-06-1597-668-PU1-GL"));
    auto euros = chartOfKind<FinanceChart>(
        buildChart(data, QStringLiteral("finance"), Language::English, QSizeF(800, 500)));
    QVERIFY(euros);
    QCOMPARE(euros->titleText(), QStringLiteral("Budget and spending per year (EUR)"));
    QCOMPARE(euros->years(),
             (QStringList{QStringLiteral("2021"), QStringLiteral("2022"), QStringLiteral("2023"),
                          QStringLiteral("2024"), QStringLiteral("2025")}));
    // No euro was disbursed or spent: those series are left out, not drawn empty.
    QCOMPARE(euros->seriesNames(),
             (QStringList{QStringLiteral("Budget"), QStringLiteral("Commitments")}));
    QCOMPARE(euros->seriesValues(0), (QList<double>{126771, 128145, 124544, 127010, 125607}));
    QCOMPARE(euros->seriesValues(1), (QList<double>{5000, 5000, 0, 0, 0}));

    auto dollars = chartOfKind<FinanceChart>(
        buildChart(data, QStringLiteral("finance-usd"), Language::English, QSizeF(800, 500)));
    QVERIFY(dollars);
    QCOMPARE(dollars->years(), (QStringList{QStringLiteral("2021"), QStringLiteral("2022")}));
    QCOMPARE(dollars->seriesNames(),
             (QStringList{QStringLiteral("Commitments"), QStringLiteral("Disbursements"),
                          QStringLiteral("Expenditure")}));
    QCOMPARE(dollars->seriesValues(1), (QList<double>{6006.4, 25519.45}));
    QCOMPARE(dollars->valueDescriptions().at(0),
             QStringLiteral("Commitments, 2021: 20,000\u00a0USD"));
}

void tst_ActivityCharts::financeChart_translated()
{
    const Dataset data = loaded(real("afdb-xm-dac-46002_v2.01.xml"));
    auto french = chartOfKind<FinanceChart>(
        buildChart(data, QStringLiteral("finance"), Language::French, QSizeF(800, 500)));
    QVERIFY(french);
    QCOMPARE(french->titleText(), QStringLiteral("Budget et dépenses par année (XDR)"));
    auto arabic = chartOfKind<FinanceChart>(
        buildChart(data, QStringLiteral("finance"), Language::Arabic, QSizeF(800, 500)));
    QVERIFY(arabic);
    QCOMPARE(arabic->layoutDirection(), Qt::RightToLeft);
    QCOMPARE(arabic->seriesValues(0), QList<double>{325928.24});
}

void tst_ActivityCharts::shareCharts_namesFromCodelists()
{
    const Dataset data = loaded(real("dfid-gb-1_ml_v1.02.xml"), QStringLiteral("GB-1-204049-102"));
    auto markers = chartOfKind<ShareChart>(
        buildChart(data, QStringLiteral("policy-markers"), Language::French, QSizeF(800, 500)));
    QVERIFY(markers);
    QCOMPARE(markers->rows().size(), 8);
    QCOMPARE(markers->rows().at(0).label, QStringLiteral("Egalité des genres"));
    QCOMPARE(markers->rows().at(2).value, 2.0);
    auto sectors = chartOfKind<ShareChart>(
        buildChart(data, QStringLiteral("sectors"), Language::English, QSizeF(800, 500)));
    QVERIFY(sectors);
    QCOMPARE(sectors->valueDescriptions(),
             QStringList{QStringLiteral("Civilian peace-building, conflict prevention and "
                                        "resolution: 100%")});
}

void tst_ActivityCharts::listCharts_sharakaHasNoMoney()
{
    const Run result = run({QStringLiteral("--list-charts")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!result.out.isEmpty());
    QVERIFY2(!result.out.contains(QLatin1String("finance")), qPrintable(result.out));
    QVERIFY(!result.out.contains(QLatin1String("sectors")));
    QVERIFY(!result.out.contains(QLatin1String("policy-markers")));
}

void tst_ActivityCharts::listCharts_andCsvExportOfAnActivity()
{
    const QString file = real("dfid-gb-1_ml_v1.02.xml");
    const QString activity = QStringLiteral("GB-1-204049-102");
    const Run list = run({QStringLiteral("--list-charts"), QStringLiteral("--data"), file,
                          QStringLiteral("--activity"), activity});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.out, QStringLiteral("map\nfinance\nsectors\npolicy-markers\n"));
    const Run csv = run({QStringLiteral("--export"), QStringLiteral("gbp.csv"),
                         QStringLiteral("--chart"), QStringLiteral("finance"),
                         QStringLiteral("--data"), file, QStringLiteral("--activity"), activity,
                         QStringLiteral("--lang"), QStringLiteral("fr")});
    QCOMPARE(csv.exitCode, 0);
    QFile written(m_dir.filePath(QStringLiteral("gbp.csv")));
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = written.readAll().split('\n');
    QCOMPARE(lines.size(), 9); // the header, a budget, six transactions, the empty end
    QCOMPARE(lines.at(1),
             QByteArray("budget,2,,,2013-04-01,2014-03-31,210971,GBP,2013-07-01,,,\r"));
    QCOMPARE(lines.at(3),
             QByteArray("transaction,3,Décaissement,2013-08-20,,,2755,GBP,2013-08-20,Department "
                        "for International Development,Supplier Name Withheld,Accomodation "
                        "costs\r"));
}

void tst_ActivityCharts::pngExport_ofTheFinanceChart()
{
    const Run result =
        run({QStringLiteral("--export"), QStringLiteral("finance.png"), QStringLiteral("--chart"),
             QStringLiteral("finance"), QStringLiteral("--size"), QStringLiteral("900x600"),
             QStringLiteral("--data"), real("afdb-xm-dac-46002_v2.01.xml")});
    QCOMPARE(result.exitCode, 0);
    const QImage image(m_dir.filePath(QStringLiteral("finance.png")));
    QCOMPARE(image.size(), QSize(900, 600));
}

void tst_ActivityCharts::map_drawsPlacesClustered()
{
    const Dataset data = loaded(real("afdb-xm-dac-46002_v2.01.xml"));
    auto map = chartOfKind<MapChart>(
        buildChart(data, QStringLiteral("map"), Language::English, QSizeF(800, 600)));
    QVERIFY(map);
    // Tizi Ouzou alone; Oued Koriche and Bab el Oued, 1.3 km apart in
    // Algiers, one dot that says 2.
    const auto dots = map->locationDots();
    QCOMPARE(dots.size(), 2);
    QList<int> counts{dots.at(0).second, dots.at(1).second};
    std::sort(counts.begin(), counts.end());
    QCOMPARE(counts, (QList<int>{1, 2}));
    // Tizi Ouzou lies east of Algiers: its dot is to the right.
    const auto single = dots.at(0).second == 1 ? dots.at(0) : dots.at(1);
    const auto pair = dots.at(0).second == 2 ? dots.at(0) : dots.at(1);
    QVERIFY(single.first.x() > pair.first.x());
    QVERIFY(map->plotArea().contains(single.first));
}

void tst_ActivityCharts::map_framesEveryPlace()
{
    // The World Bank's Angolan health project: 26 places in 1.01 `coordinates`.
    Dataset data = loaded(real("worldbank-44000_ao-locations_v1.01.xml"));
    const auto located = std::count_if(data.locations.cbegin(), data.locations.cend(),
                                       [](const Location &place) { return place.hasPoint(); });
    QCOMPARE(located, 26);
    const auto check = [](const Dataset &dataset, qsizetype places) {
        auto map = chartOfKind<MapChart>(
            buildChart(dataset, QStringLiteral("map"), Language::English, QSizeF(800, 600)));
        QVERIFY(map);
        int counted = 0;
        for (const auto &[centre, count] : map->locationDots()) {
            counted += count;
            QVERIFY2(map->plotArea().contains(centre),
                     qPrintable(QStringLiteral("%1,%2").arg(centre.x()).arg(centre.y())));
        }
        QCOMPARE(counted, int(places));
        QVERIFY(map->notesText().contains(
            QStringLiteral("Dots: the activity's %1 places with coordinates").arg(places)));
    };
    check(data, located);
    // A place far beyond the recipient country (Nairobi) widens the frame.
    Location nairobi;
    nairobi.name = LocalizedText({{QStringLiteral("en"), QStringLiteral("Nairobi")}});
    nairobi.latitude = -1.29;
    nairobi.longitude = 36.82;
    data.locations.append(nairobi);
    check(data, located + 1);
    // Places alone, without a recipient country, still get their map.
    data.countries.clear();
    QVERIFY(data.chartIds().contains(QStringLiteral("map")));
    check(data, located + 1);
}

void tst_ActivityCharts::factsheet_moneyMayTakeASecondPage()
{
    // poppler's count, as a reader sees the file.
    const auto pagesOf = [this](const QString &name) {
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {m_dir.filePath(name)});
        if (!info.waitForFinished(60000) || info.exitCode() != 0)
            return -1;
        const QRegularExpressionMatch pages =
            QRegularExpression(QStringLiteral("\\nPages: +(\\d+)\\n"))
                .match(QString::fromUtf8(info.readAllStandardOutput()));
        return pages.hasMatch() ? pages.captured(1).toInt() : -1;
    };
    const Run sharaka = run({QStringLiteral("--export-factsheet"), QStringLiteral("sharaka.pdf")});
    QCOMPARE(sharaka.exitCode, 0);
    const Run activity = run({QStringLiteral("--export-factsheet"), QStringLiteral("dfid.pdf"),
                              QStringLiteral("--data"), real("dfid-gb-1_ml_v1.02.xml"),
                              QStringLiteral("--activity"), QStringLiteral("GB-1-204049-102")});
    QCOMPARE(activity.exitCode, 0);
    QFile pdf(m_dir.filePath(QStringLiteral("dfid.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QCOMPARE(pagesOf(QStringLiteral("sharaka.pdf")), 1);
    QCOMPARE(pagesOf(QStringLiteral("dfid.pdf")), 2);
}

QTEST_MAIN(tst_ActivityCharts)
#include "tst_activitycharts.moc"
