// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/chartexporter.h"
#include "charts/chartfactory.h"
#include "charts/charttheme.h"
#include "charts/financechart.h"
#include "charts/mapchart.h"
#include "charts/sharechart.h"
#include "common/catalogue.h"
#include "core/io/iati/iatiactivityloader.h"
#include "core/languagetranslator.h"
#include "core/models/financemodel.h"
#include "core/models/sharemodel.h"

#include "support/activitydetailsfile.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QFile>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QLineSeries>
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
    void shareCharts_everyBarIsLabelled_data();
    void shareCharts_everyBarIsLabelled();
    void shareCharts_narrowPanelShowsTheFigureOnly();
    void listCharts_sharakaHasNoMoney();
    void listCharts_andCsvExportOfAnActivity();
    void pngExport_ofTheFinanceChart();
    void map_drawsPlacesClustered();
    void map_framesEveryPlace();
    void factsheet_moneyMayTakeASecondPage();
    // Tables of the finance and share charts; planned disbursements drawn.
    void financeChart_plannedDisbursementsAsALine();
    void financeChart_plannedDisbursementsOfZeroDrawNothing();
    void financeModel_theChartsYearsAndFigures();
    void financeModel_translated_data();
    void financeModel_translated();
    void shareModel_sectorsAndMarkers();
    void shareModel_translated_data();
    void shareModel_translated();

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
    // The importer's title, in the catalogue's words (their wording is the translation tests').
    QCOMPARE(french->titleText(),
             test::translated(Language::French, "IatiWords", "Budget and spending per year (%1)")
                 .arg(QStringLiteral("XDR")));
    auto arabic = chartOfKind<FinanceChart>(
        buildChart(data, QStringLiteral("finance"), Language::Arabic, QSizeF(800, 500)));
    QVERIFY(arabic);
    QCOMPARE(arabic->layoutDirection(), Qt::RightToLeft);
    QCOMPARE(arabic->seriesValues(0), QList<double>{325928.24});

    // In Arabic time runs from the right: the newest year is the first category.
    const Dataset years =
        testing::activityDetailsOf(real("dportal_food-security_mixed-publishers_v2.03.xml"),
                                   QStringLiteral("US-EIN-06-1597-668-PU1-GL"));
    auto euros = chartOfKind<FinanceChart>(
        buildChart(years, QStringLiteral("finance"), Language::Arabic, QSizeF(800, 500)));
    QVERIFY(euros);
    auto *axis = qobject_cast<QBarCategoryAxis *>(euros->axes(Qt::Horizontal).constFirst());
    QVERIFY(axis);
    QCOMPARE(axis->categories(),
             (QStringList{QStringLiteral("2025"), QStringLiteral("2024"), QStringLiteral("2023"),
                          QStringLiteral("2022"), QStringLiteral("2021")}));
    QCOMPARE(euros->years().constFirst(), QStringLiteral("2021"));
    auto *bars = qobject_cast<QBarSeries *>(euros->series().constFirst());
    QVERIFY(bars);
    QCOMPARE(bars->barSets().constFirst()->at(0), 125607.0); // the 2025 budget
    QCOMPARE(euros->seriesValues(0), (QList<double>{126771, 128145, 124544, 127010, 125607}));
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

void tst_ActivityCharts::shareCharts_everyBarIsLabelled_data()
{
    QTest::addColumn<int>("language");
    QTest::addRow("en") << int(Language::English);
    QTest::addRow("ar") << int(Language::Arabic);
}

void tst_ActivityCharts::shareCharts_everyBarIsLabelled()
{
    // A significance of 0 draws no bar: before its words were written at the
    // bar's place, a chart of markers all "not targeted" was blank.
    QFETCH(int, language);
    const bool rightToLeft = Language(language) == Language::Arabic;
    const Dataset data = loaded(real("dfid-gb-1_ml_v1.02.xml"), QStringLiteral("GB-1-204049-102"));
    const ChartColors colors = chartColors(ChartTheme::Light);
    for (const QString &id : {QStringLiteral("policy-markers"), QStringLiteral("sectors")}) {
        auto chart =
            chartOfKind<ShareChart>(buildChart(data, id, Language(language), QSizeF(800, 500)));
        QVERIFY(chart);
        const QList<QGraphicsSimpleTextItem *> labels = chart->valueLabels();
        QCOMPARE(labels.size(), chart->rows().size());
        const QRectF plot = chart->plotArea();
        for (qsizetype row = 0; row < labels.size(); ++row) {
            const ActivityFigures::Row &bar = chart->rows().at(row);
            QCOMPARE(labels.at(row)->text(), bar.valueText);
            const QRectF box = labels.at(row)->mapRectToParent(labels.at(row)->boundingRect());
            QVERIFY2(plot.left() <= box.left() && box.right() <= plot.right(),
                     qPrintable(QStringLiteral("%1 row %2: %3 outside the plot")
                                    .arg(id)
                                    .arg(row)
                                    .arg(bar.valueText)));
            const qreal zero = rightToLeft ? plot.right() : plot.left();
            if (bar.value == 0) // at the axis, where the bar would start
                QVERIFY(std::abs((rightToLeft ? box.right() : box.left()) - zero) < 12);
        }
        QCOMPARE(chart->rows().constFirst().valueText, labels.constFirst()->text());
        if (id == QLatin1String("sectors")) {
            // One sector of 100%: no room after the bar, so its words go inside
            // the bar's end, in the background's colour.
            QCOMPARE(chart->rows().constFirst().value, 100.0);
            QCOMPARE(chart->valueLabelColor(0), colors.background);
        } else {
            QCOMPARE(chart->rows().at(2).value, 2.0);
            QCOMPARE(chart->valueLabelColor(2), colors.text);
        }
    }
}

void tst_ActivityCharts::shareCharts_narrowPanelShowsTheFigureOnly()
{
    // As in the window's quarter-width panel, in Arabic, whose words run longest.
    const Dataset data = loaded(real("dfid-gb-1_ml_v1.02.xml"), QStringLiteral("GB-1-204049-102"));
    auto chart = chartOfKind<ShareChart>(
        buildChart(data, QStringLiteral("policy-markers"), Language::Arabic, QSizeF(260, 240)));
    QVERIFY(chart);
    const QRectF plot = chart->plotArea();
    const QList<QGraphicsSimpleTextItem *> labels = chart->valueLabels();
    QCOMPARE(chart->rows().at(2).value, 2.0);
    QCOMPARE(labels.at(2)->text(), localeFor(Language::Arabic).toString(2));
    for (QGraphicsSimpleTextItem *label : labels) {
        const QRectF box = label->mapRectToParent(label->boundingRect());
        QVERIFY2(plot.left() <= box.left() && box.right() <= plot.right(),
                 qPrintable(label->text()));
    }
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

void tst_ActivityCharts::financeChart_plannedDisbursementsAsALine()
{
    // 2020: a budget of 333,000,000 KRW, 279,520,000 planned to be paid out,
    // 53,480,000 committed and disbursed (the incoming funds count nowhere).
    const Dataset data = loaded(real("dportal_korea-kr-gov-010_v2.02_trimmed.xml"),
                                QStringLiteral("KR-GOV-320-GRP_0000142871"));
    auto chart = chartOfKind<FinanceChart>(
        buildChart(data, QStringLiteral("finance"), Language::English, QSizeF(800, 500)));
    QVERIFY(chart);
    QCOMPARE(chart->years(), QStringList{QStringLiteral("2020")});
    QCOMPARE(
        chart->seriesNames(),
        (QStringList{QStringLiteral("Budget"), QStringLiteral("Commitments"),
                     QStringLiteral("Disbursements"), QStringLiteral("Planned disbursements")}));
    // In millions: the axis says so.
    QCOMPARE(chart->seriesValues(0), QList<double>{333});
    QCOMPARE(chart->seriesValues(3), QList<double>{279.52});
    // The plan is a line over the bars, not a fifth bar.
    const auto series = chart->series();
    QCOMPARE(series.size(), 2);
    auto *line = qobject_cast<QLineSeries *>(series.at(1));
    QVERIFY(line);
    QCOMPARE(line->name(), QStringLiteral("Planned disbursements"));
    QCOMPARE(line->attachedAxes().size(), 2);
    QVERIFY(line->pointsVisible());
    QCOMPARE(chart->valueDescriptions().constLast(),
             QStringLiteral("Planned disbursements, 2020: 279,520,000\u00a0KRW"));
    // Every entry stays whole in the legend, in every language, from the
    // panel's narrowest in the window to the factsheet's column laid out 1.5×:
    // a row over the plot where it fits, else a column beside it.
    const auto alignmentAt = [&data](Language language, const QSizeF &size) {
        auto sized = buildChart(data, QStringLiteral("finance"), language, size);
        return sized ? sized->legend()->alignment() : Qt::Alignment();
    };
    QCOMPARE(alignmentAt(Language::English, QSizeF(800, 500)), Qt::AlignTop);
    QCOMPARE(alignmentAt(Language::English, QSizeF(300, 260)), Qt::AlignRight);
    QCOMPARE(alignmentAt(Language::Arabic, QSizeF(300, 260)), Qt::AlignLeft);
    const ChartExporter exporter(data);
    for (const Language language : {Language::English, Language::French, Language::Arabic}) {
        const LanguageTranslator translator(language);
        const FinanceModel model(data, QStringLiteral("finance"), language, &translator);
        QCOMPARE(model.columnCount(), 5);
        for (const QSize size : {QSize(360, 260), QSize(420, 260), QSize(540, 360), QSize(760, 300),
                                 QSize(1200, 700)}) {
            // A name broken over two lines reads as one.
            QStringList texts = exporter.shownTexts(QStringLiteral("finance"), language, size);
            for (QString &text : texts)
                text.replace(QChar::LineSeparator, u' ').replace(u'\n', u' ');
            for (int column = 1; column < model.columnCount(); ++column) {
                const QString name = model.headerData(column, Qt::Horizontal).toString();
                QVERIFY2(texts.contains(name), qPrintable(QStringLiteral("%1 at %2×%3: %4 in %5")
                                                              .arg(languageCode(language))
                                                              .arg(size.width())
                                                              .arg(size.height())
                                                              .arg(name, texts.join(u'|'))));
            }
        }
    }
}

void tst_ActivityCharts::financeChart_plannedDisbursementsOfZeroDrawNothing()
{
    // FCDO's planned disbursements for 2021 and 2022 are all 0 USD, as are
    // its budgets for those years: only 2020 has anything to draw.
    const Dataset data = loaded(real("dportal_donors_fcdo-bmgf-sdc-scuk_v2.03_trimmed.xml"),
                                QStringLiteral("DAC-1601-INV-005925"));
    QCOMPARE(data.finance.plannedDisbursements.size(), 8);
    auto chart = chartOfKind<FinanceChart>(
        buildChart(data, QStringLiteral("finance"), Language::English, QSizeF(800, 500)));
    QVERIFY(chart);
    QCOMPARE(chart->years(), QStringList{QStringLiteral("2020")});
    QCOMPARE(chart->seriesNames(),
             (QStringList{QStringLiteral("Budget"), QStringLiteral("Commitments"),
                          QStringLiteral("Disbursements")}));
    QCOMPARE(chart->series().size(), 1);
    QCOMPARE(chart->model()->columnOf(FinanceModel::PlannedDisbursements), -1);
}

void tst_ActivityCharts::financeModel_theChartsYearsAndFigures()
{
    const Dataset data =
        testing::activityDetailsOf(real("dportal_food-security_mixed-publishers_v2.03.xml"),
                                   QStringLiteral("US-EIN-06-1597-668-PU1-GL"));
    FinanceModel euros(data, QStringLiteral("finance"), Language::English);
    QAbstractItemModelTester tester(&euros, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(euros.currency(), QStringLiteral("EUR"));
    QCOMPARE(euros.rowCount(), 5);
    QCOMPARE(euros.columnCount(), 3);
    QCOMPARE(euros.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Year"));
    QCOMPARE(euros.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Budget"));
    QCOMPARE(euros.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Commitments"));
    QCOMPARE(euros.index(0, 0).data().toString(), QStringLiteral("2021"));
    QCOMPARE(euros.index(4, 0).data(FinanceModel::AmountRole), QVariant(2025));
    QCOMPARE(euros.index(1, 1).data().toString(), QStringLiteral("128,145\u00a0EUR"));
    QCOMPARE(euros.index(1, 1).data(FinanceModel::AmountRole), QVariant(128145.0));
    QCOMPARE(euros.index(2, 2).data(FinanceModel::AmountRole), QVariant(0.0));
    QCOMPARE(euros.index(0, 2).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Commitments, 2021: 5,000\u00a0EUR"));

    // The chart's bars are the table's figures, year for year.
    auto chart = chartOfKind<FinanceChart>(
        buildChart(data, QStringLiteral("finance-usd"), Language::English, QSizeF(800, 500)));
    QVERIFY(chart);
    const FinanceModel *dollars = chart->model();
    QCOMPARE(chart->tableModel(), dollars);
    QCOMPARE(dollars->rowCount(), chart->years().size());
    for (int column = 1; column < dollars->columnCount(); ++column) {
        QCOMPARE(dollars->headerData(column, Qt::Horizontal).toString(),
                 chart->seriesNames().at(column - 1));
        for (int row = 0; row < dollars->rowCount(); ++row) {
            QCOMPARE(dollars->index(row, 0).data().toString(), chart->years().at(row));
            QCOMPARE(dollars->index(row, column).data(FinanceModel::AmountRole).toDouble(),
                     chart->seriesValues(column - 1).at(row));
        }
    }
    QCOMPARE(dollars->index(1, dollars->columnOf(FinanceModel::Disbursements))
                 .data(FinanceModel::AmountRole),
             QVariant(25519.45));

    // Another chart's id gives an empty table.
    FinanceModel none(data, QStringLiteral("sectors"), Language::English);
    QAbstractItemModelTester emptyTester(&none,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(none.rowCount(), 0);
    QCOMPARE(none.columnCount(), 0);
}

void tst_ActivityCharts::financeModel_translated_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QString>("planned");
    // The legend's words from the catalogue (English is the source text); the
    // amounts in each language's number format.
    const auto headers = [](Language language) {
        return test::translatedList(
            language, "ActivityFigures",
            {"Year", "Budget", "Planned disbursements", "Commitments", "Disbursements"});
    };
    QTest::addRow("en") << int(Language::English) << headers(Language::English)
                        << QStringLiteral("279,520,000\u00a0KRW");
    QTest::addRow("fr") << int(Language::French) << headers(Language::French)
                        << QStringLiteral("279\u202f520\u202f000\u00a0KRW");
    QTest::addRow("ar") << int(Language::Arabic) << headers(Language::Arabic)
                        << QStringLiteral("\u2066279.520.000\u00a0KRW\u2069");
}

void tst_ActivityCharts::financeModel_translated()
{
    QFETCH(int, language);
    QFETCH(QStringList, headers);
    QFETCH(QString, planned);
    const Dataset data = loaded(real("dportal_korea-kr-gov-010_v2.02_trimmed.xml"),
                                QStringLiteral("KR-GOV-320-GRP_0000142871"));
    const LanguageTranslator translator{Language(language)};
    QVERIFY(translator.isLoaded());
    FinanceModel model(data, QStringLiteral("finance"), Language(language), &translator);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList shown;
    for (int column = 0; column < model.columnCount(); ++column)
        shown.append(model.headerData(column, Qt::Horizontal).toString());
    QCOMPARE(shown, headers);
    const int column = model.columnOf(FinanceModel::PlannedDisbursements);
    QCOMPARE(column, 2);
    QCOMPARE(model.index(0, column).data().toString(), planned);
    QCOMPARE(model.index(0, column).data(FinanceModel::AmountRole), QVariant(279520000.0));
    QCOMPARE(model.index(0, column).data(FinanceModel::FigureRole),
             QVariant(int(FinanceModel::PlannedDisbursements)));
}

void tst_ActivityCharts::shareModel_sectorsAndMarkers()
{
    const Dataset data = loaded(real("dfid-gb-1_ml_v1.02.xml"), QStringLiteral("GB-1-204049-102"));
    auto sectorsChart = chartOfKind<ShareChart>(
        buildChart(data, QStringLiteral("sectors"), Language::English, QSizeF(800, 500)));
    QVERIFY(sectorsChart);
    auto *sectors = qobject_cast<ShareModel *>(sectorsChart->tableModel());
    QVERIFY(sectors);
    QAbstractItemModelTester tester(sectors,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!sectors->isPolicyMarkers());
    QCOMPARE(sectors->rowCount(), 1);
    QCOMPARE(sectors->index(0, ShareModel::CodeColumn).data().toString(), QStringLiteral("15220"));
    QCOMPARE(sectors->index(0, ShareModel::NameColumn).data().toString(),
             QStringLiteral("Civilian peace-building, conflict prevention and resolution"));
    QCOMPARE(sectors->index(0, ShareModel::FigureColumn).data().toString(), QStringLiteral("100%"));
    QCOMPARE(sectors->index(0, ShareModel::FigureColumn).data(ShareModel::ValueRole),
             QVariant(100.0));

    auto markersChart = chartOfKind<ShareChart>(
        buildChart(data, QStringLiteral("policy-markers"), Language::English, QSizeF(800, 500)));
    QVERIFY(markersChart);
    auto *markers = qobject_cast<ShareModel *>(markersChart->tableModel());
    QVERIFY(markers);
    QAbstractItemModelTester markersTester(markers,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(markers->isPolicyMarkers());
    QCOMPARE(markers->rowCount(), markersChart->rows().size());
    QCOMPARE(markers->index(2, ShareModel::FigureColumn).data(ShareModel::ValueRole), QVariant(2));
    QCOMPARE(markers->index(2, ShareModel::FigureColumn).data().toString(),
             markersChart->rows().at(2).valueText);
    QCOMPARE(markers->index(0, ShareModel::CodeColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(markers->index(0, ShareModel::NameColumn).data().toString(),
             QStringLiteral("Gender Equality"));
}

void tst_ActivityCharts::shareModel_translated_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QStringList>("sectorHeaders");
    QTest::addColumn<QStringList>("markerHeaders");
    QTest::addColumn<QString>("significance");
    for (const Language language : {Language::English, Language::French, Language::Arabic}) {
        QTest::addRow("%s", qPrintable(languageCode(language)))
            << int(language)
            << test::translatedList(language, "sharaka::ShareModel",
                                    {"Code", "Sector", "Share of the activity"})
            << test::translatedList(language, "sharaka::ShareModel",
                                    {"Code", "Policy marker", "Significance"})
            << test::translated(language, "ActivityFigures", "significant objective") +
                   QStringLiteral(" (1)");
    }
}

void tst_ActivityCharts::shareModel_translated()
{
    QFETCH(int, language);
    QFETCH(QStringList, sectorHeaders);
    QFETCH(QStringList, markerHeaders);
    QFETCH(QString, significance);
    // Gender equality is a significant objective (1) of the election observers'
    // programme. IATI names the significances in English only: the program
    // names them in the catalogue's words, each with its code.
    const Dataset data = loaded(real("dportal_korea-kr-gov-010_v2.02_trimmed.xml"),
                                QStringLiteral("KR-GOV-320-GRP_0000142871"));
    const LanguageTranslator translator{Language(language)};
    const auto headers = [](const QAbstractItemModel &model) {
        QStringList texts;
        for (int column = 0; column < model.columnCount(); ++column)
            texts.append(model.headerData(column, Qt::Horizontal).toString());
        return texts;
    };
    ShareModel sectors(data, QStringLiteral("sectors"), Language(language), &translator);
    QCOMPARE(headers(sectors), sectorHeaders);
    ShareModel markers(data, QStringLiteral("policy-markers"), Language(language), &translator);
    QCOMPARE(headers(markers), markerHeaders);
    QCOMPARE(markers.rowCount(), 9);
    QCOMPARE(markers.index(5, ShareModel::CodeColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(markers.index(5, ShareModel::FigureColumn).data().toString(), significance);
    if (Language(language) != Language::English) // the catalogue's words, not IATI's English
        QVERIFY(!significance.startsWith(QLatin1String("significant")));
    QCOMPARE(markers.index(5, ShareModel::FigureColumn).data(ShareModel::ValueRole), QVariant(1));
}

QTEST_MAIN(tst_ActivityCharts)
#include "tst_activitycharts.moc"
