// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/catalogue.h"
#include "core/activityfigures.h"
#include "core/codelists.h"
#include "core/io/chartcsv.h"
#include "core/io/datasetloader.h"
#include "core/io/datasetwriter.h"
#include "core/io/iati/iatiactivityloader.h"

#include "support/activitydetailsfile.h"
#include "support/fixturedataset.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sharaka;

/// An aid activity's money, status, sectors, policy markers, places and
/// partners, read from real published IATI files (tests/data/iati/real,
/// README there) with figures checked by hand against the XML.
class tst_ActivityDetails : public QObject
{
    Q_OBJECT

private slots:
    void sharakaData_hasNoMoneySection();
    void afdb201_statusMoneySectorPlacesPartners();
    void dfid102_legacyCodesAndRevisedBudgets();
    void twoCurrencies_areNeverAdded();
    void bmzTransactionTypes_countOnlyTheirOwn();
    void convert_carriesEverySection();
    void financeCsv_listsEveryAmount();
    void codelists_namesByLanguage();
    void badJson_namesTheField_data();
    void badJson_namesTheField();

private:
    static QString real(const char *name)
    {
        return QStringLiteral(SHARAKA_TEST_DATA_DIR "/iati/real/") + QLatin1String(name);
    }
    static Dataset loaded(const QString &path, const QString &identifier = {})
    {
        const LoadResult result = IatiActivityLoader(path).load(identifier);
        if (!result.errors.isEmpty())
            qWarning() << result.errors;
        return result.dataset.value_or(Dataset());
    }
};

void tst_ActivityDetails::sharakaData_hasNoMoneySection()
{
    // The tests' fixture stands for Sharaka's kind of data: no IATI activity behind it.
    const LoadResult result = DatasetLoader::loadFile(testing::fixturePath());
    QVERIFY(result.dataset);
    const Dataset &data = *result.dataset;
    QVERIFY(data.finance.isEmpty());
    QVERIFY(data.finance.currencies().isEmpty());
    QVERIFY(data.sectors.isEmpty());
    QVERIFY(data.activityStatus.isEmpty());
    for (const QString &id : data.chartIds())
        QVERIFY2(!id.startsWith(QLatin1String("finance")), qPrintable(id));
    // Written out, it gains no empty sections either.
    const QByteArray json = DatasetWriter::toJson(data);
    QVERIFY(!json.contains("\"finance\""));
    QVERIFY(!json.contains("\"sectors\""));
    QVERIFY(!json.contains("\"activityStatus\""));
}

void tst_ActivityDetails::afdb201_statusMoneySectorPlacesPartners()
{
    const Dataset data = loaded(real("afdb-xm-dac-46002_v2.01.xml"));
    QCOMPARE(data.activityStatus, QStringLiteral("3"));
    QCOMPARE(data.lastUpdated, QDate(2022, 8, 13));
    // Amounts without a currency of their own are in the default one, XDR.
    QCOMPARE(data.finance.defaultCurrency, QStringLiteral("XDR"));
    QCOMPARE(data.finance.currencies(), QStringList{QStringLiteral("XDR")});
    const CurrencyTotals totals = data.finance.totals(QStringLiteral("XDR"));
    QCOMPARE(totals.budget, 325928.24); // two budgets of 162964.12
    QCOMPARE(totals.committed, 325928.24);
    QCOMPARE(totals.disbursed, 325928.24);
    QCOMPARE(totals.spent, 0.0);
    const QMap<int, CurrencyTotals> years = data.finance.byYear(QStringLiteral("XDR"));
    QCOMPARE(years.keys(), QList<int>{2002});
    QCOMPARE(data.chartIds(), (QStringList{QStringLiteral("map"), QStringLiteral("finance"),
                                           QStringLiteral("sectors")}));
    // The importer's words from the catalogue (their wording is the translation tests').
    QCOMPARE(data.chart(QStringLiteral("finance"))->title.text(Language::French),
             test::translated(Language::French, "IatiWords", "Budget and spending per year (%1)")
                 .arg(QStringLiteral("XDR")));

    QCOMPARE(data.sectors.size(), 1);
    QCOMPARE(data.sectors.at(0).code, QStringLiteral("16050"));
    const ActivityFigures english(Language::English);
    const ActivityFigures french(Language::French);
    const ActivityFigures arabic(Language::Arabic);
    QCOMPARE(english.sectorRows(data).at(0).label,
             QStringLiteral("Multisector aid for basic social services"));
    QCOMPARE(english.sectorRows(data).at(0).value, 100.0); // a lone sector has all of it
    QCOMPARE(french.sectorRows(data).at(0).label,
             QStringLiteral("Aide plurisectorielle pour les services sociaux de base"));
    QCOMPARE(arabic.sectorRows(data).at(0).label,
             QStringLiteral("Multisector aid for basic social services (16050)"));
    QCOMPARE(french.statusName(data.activityStatus), QStringLiteral("Finalisation"));

    QCOMPARE(data.locations.size(), 3);
    QCOMPARE(data.locations.at(0).name.text(Language::English), QStringLiteral("Tizi Ouzou"));
    QCOMPARE(*data.locations.at(0).latitude, 36.75);
    QCOMPARE(*data.locations.at(0).longitude, 4.25);
    QCOMPARE(*data.locations.at(2).latitude, 36.79239);
    QCOMPARE(*data.locations.at(2).longitude, 3.05217);

    QCOMPARE(data.participatingOrganisations.size(), 2);
    QCOMPARE(data.participatingOrganisations.at(0).role, QStringLiteral("1"));
    QCOMPARE(data.participatingOrganisations.at(0).type, QStringLiteral("40"));
    QCOMPARE(english.organisationTypeName(data.participatingOrganisations.at(0).type),
             QStringLiteral("Multilateral"));
    QCOMPARE(data.participatingOrganisations.at(1).name.text(Language::English),
             QStringLiteral("Ministry of the Interior"));
    QCOMPARE(english.roleName(data.participatingOrganisations.at(1).role),
             QStringLiteral("Implementing"));

    const Source *document = data.source(QStringLiteral("document-1"));
    QVERIFY(document);
    QCOMPARE(document->categories, QStringList{QStringLiteral("A12")});
    QCOMPARE(document->languages, QStringList{QStringLiteral("fr")});
    QCOMPARE(english.documentCategoryName(QStringLiteral("A12")),
             QStringLiteral("Activity web page"));
}

void tst_ActivityDetails::dfid102_legacyCodesAndRevisedBudgets()
{
    const Dataset data = loaded(real("dfid-gb-1_ml_v1.02.xml"), QStringLiteral("GB-1-204049-102"));
    QCOMPARE(data.activityStatus, QStringLiteral("2"));
    // C, D and E become commitment, disbursement and expenditure.
    const CurrencyTotals totals = data.finance.totals(QStringLiteral("GBP"));
    QCOMPARE(totals.committed, 210971.0);
    QCOMPARE(totals.disbursed, 5639.0);
    QCOMPARE(totals.spent, 415.0);
    QCOMPARE(totals.budget, 210971.0);
    QCOMPARE(data.finance.budgets.at(0).type, QStringLiteral("2")); // "Revised"
    QCOMPARE(ActivityFigures(Language::English).shareText(totals.outflow(), totals.committed),
             QStringLiteral("3%"));
    // Eight DAC markers with their significance; "DAC" is vocabulary 1.
    QCOMPARE(data.policyMarkers.size(), 8);
    QCOMPARE(data.policyMarkers.at(2).vocabulary, QStringLiteral("1"));
    QCOMPARE(data.policyMarkers.at(2).code, QStringLiteral("3"));
    QCOMPARE(data.policyMarkers.at(2).significance, std::optional<int>(2));
    const auto rows = ActivityFigures(Language::English).policyMarkerRows(data);
    QCOMPARE(rows.at(0).label, QStringLiteral("Gender Equality"));
    QCOMPARE(rows.at(0).valueText, QStringLiteral("significant objective (1)"));
    // A sector without vocabulary is DAC 5-digit.
    QCOMPARE(data.sectors.at(0).vocabulary, QStringLiteral("1"));
    QCOMPARE(data.sectors.at(0).code, QStringLiteral("15220"));
    // The parent is in the same file; legacy role names become codes.
    QCOMPARE(data.relatedActivities.size(), 1);
    QCOMPARE(data.relatedActivities.at(0).type, QStringLiteral("1"));
    QCOMPARE(data.relatedActivities.at(0).identifier, QStringLiteral("GB-1-204049"));
    QCOMPARE(data.participatingOrganisations.at(1).role, QStringLiteral("3"));
    QCOMPARE(data.chartIds(),
             (QStringList{QStringLiteral("map"), QStringLiteral("finance"),
                          QStringLiteral("sectors"), QStringLiteral("policy-markers")}));
}

void tst_ActivityDetails::twoCurrencies_areNeverAdded()
{
    const Dataset data =
        testing::activityDetailsOf(real("dportal_food-security_mixed-publishers_v2.03.xml"),
                                   QStringLiteral("US-EIN-06-1597-668-PU1-GL"));
    QCOMPARE(data.finance.currencies(),
             (QStringList{QStringLiteral("EUR"), QStringLiteral("USD")}));
    const CurrencyTotals euros = data.finance.totals(QStringLiteral("EUR"));
    QCOMPARE(euros.budget, 632077.0);
    QCOMPARE(euros.committed, 10000.0);
    QCOMPARE(euros.outflow(), 0.0);
    const CurrencyTotals dollars = data.finance.totals(QStringLiteral("USD"));
    QCOMPARE(dollars.budget, 0.0);
    QCOMPARE(dollars.committed, 20000.0);
    QCOMPARE(dollars.disbursed, 31525.85);
    QCOMPARE(qRound64(dollars.spent * 100), qint64(38807301));
    QCOMPARE(data.chart(QStringLiteral("finance"))->currency, QStringLiteral("EUR"));
    QCOMPARE(data.chart(QStringLiteral("finance-usd"))->currency, QStringLiteral("USD"));
    const QMap<int, CurrencyTotals> years = data.finance.byYear(QStringLiteral("USD"));
    QCOMPARE(years.keys(), (QList<int>{2021, 2022}));
    QCOMPARE(years.value(2022).disbursed, 25519.45);
}

void tst_ActivityDetails::bmzTransactionTypes_countOnlyTheirOwn()
{
    // This file has no activity dates, so it opens in no dashboard; its
    // transactions of every type still map.
    QFile file(real("bmz-de-1_transaction-types_v2.03.xml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    IatiActivityReader reader(QStringLiteral("bmz.xml"));
    IatiActivity activity;
    QVERIFY(reader.read(file, [&activity](IatiActivity &&read) {
        activity = std::move(read);
        return false;
    }));
    Dataset data;
    IatiMappingContext context(activity, QStringLiteral("bmz.xml"));
    IatiActivityDetailsMapper(context).map(data);
    QCOMPARE(context.log().warnings(), QStringList());
    QStringList types;
    for (const Transaction &transaction : data.finance.transactions)
        types.append(transaction.type);
    QCOMPARE(types.join(QLatin1Char(',')), QStringLiteral("1,2,3,4,5,6,7"));
    const CurrencyTotals totals = data.finance.totals(QStringLiteral("GBP"));
    QCOMPARE(totals.committed, 9797.16);
    QCOMPARE(totals.disbursed, 5797.16);
    QCOMPARE(totals.spent, 6797.16);
}

void tst_ActivityDetails::convert_carriesEverySection()
{
    const Dataset original =
        loaded(real("dfid-gb-1_ml_v1.02.xml"), QStringLiteral("GB-1-204049-102"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("converted.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(DatasetWriter::toJson(original));
    file.close();
    const LoadResult result = DatasetLoader::loadFile(path);
    QCOMPARE(result.errors, QStringList());
    QVERIFY(result.dataset);
    const Dataset &copy = *result.dataset;
    QCOMPARE(copy.activityStatus, original.activityStatus);
    QCOMPARE(copy.lastUpdated, QDate(2014, 1, 17));
    QCOMPARE(copy.finance.transactions.size(), 6); // one C, four D, one E
    QCOMPARE(copy.finance.totals(QStringLiteral("GBP")).disbursed, 5639.0);
    QCOMPARE(copy.finance.transactions.at(0).countingDate(),
             original.finance.transactions.at(0).countingDate());
    QCOMPARE(copy.policyMarkers.size(), 8);
    QCOMPARE(copy.policyMarkers.at(2).significance, std::optional<int>(2));
    QCOMPARE(copy.sectors.at(0).code, QStringLiteral("15220"));
    QCOMPARE(copy.relatedActivities.at(0).identifier, QStringLiteral("GB-1-204049"));
    QCOMPARE(copy.participatingOrganisations.size(), original.participatingOrganisations.size());
    QCOMPARE(copy.chartIds(), original.chartIds());
    // Written again, byte for byte the same.
    QCOMPARE(DatasetWriter::toJson(copy), DatasetWriter::toJson(original));
}

void tst_ActivityDetails::financeCsv_listsEveryAmount()
{
    const Dataset data = loaded(real("afdb-xm-dac-46002_v2.01.xml"));
    const QByteArray csv = ChartCsv::toCsv(data, QStringLiteral("finance"), Language::English);
    QCOMPARE(csv,
             QByteArray("kind,type,type name,date,period start,period end,value,currency,value "
                        "date,provider,receiver,description\r\n"
                        "budget,1,,,2002-05-21,2002-08-21,162964.12,XDR,2002-05-21,,,\r\n"
                        "budget,1,,,2002-08-21,2002-12-31,162964.12,XDR,2002-08-21,,,\r\n"
                        "transaction,2,Outgoing Commitment,2002-05-21,,,325928.24,XDR,2002-05-21,"
                        "Special Relief Funds,Gouvernement d'Algérie Ministère,\r\n"
                        "transaction,3,Disbursement,2002-12-31,,,325928.24,XDR,2002-12-31,"
                        "Special Relief Funds,,Total Disbursement in December of 2002\r\n"));
    const QByteArray sectors = ChartCsv::toCsv(data, QStringLiteral("sectors"), Language::French);
    QCOMPARE(sectors, QByteArray("vocabulary,code,name,percentage\r\n"
                                 "1,16050,Aide plurisectorielle pour les services sociaux de "
                                 "base,\r\n"));
}

void tst_ActivityDetails::codelists_namesByLanguage()
{
    QCOMPARE(
        Codelists::name(QStringLiteral("TransactionType"), QStringLiteral("3"), Language::French),
        QStringLiteral("Décaissement"));
    // No Arabic in the codelists: the English name with its code.
    QCOMPARE(
        Codelists::name(QStringLiteral("ActivityStatus"), QStringLiteral("2"), Language::Arabic),
        QStringLiteral("Implementation (2)"));
    QCOMPARE(Codelists::v1Name(QStringLiteral("TransactionType"), QStringLiteral("C"),
                               Language::English),
             QStringLiteral("Commitment"));
    QCOMPARE(Codelists::category(QStringLiteral("Sector"), QStringLiteral("15110")),
             QStringLiteral("151"));
    QCOMPARE(Codelists::name(QStringLiteral("Sector"), QStringLiteral("99999"), Language::English),
             QString());
    QCOMPARE(IatiActivityDetailsMapper::transactionType(QStringLiteral("E")), QStringLiteral("4"));
    QCOMPARE(IatiActivityDetailsMapper::vocabulary(QStringLiteral("DAC-3")), QStringLiteral("2"));
}

void tst_ActivityDetails::badJson_namesTheField_data()
{
    QTest::addColumn<QByteArray>("section");
    QTest::addColumn<QString>("message");
    QTest::addRow("currency")
        << QByteArray(
               R"("finance": {"transactions": [{"type": "2", "value": 5, "currency": "euro"}]})")
        << QStringLiteral("$.finance.transactions[0].currency: must be a three-letter ISO 4217 "
                          "code like \"EUR\", got \"euro\"");
    QTest::addRow("latitude")
        << QByteArray(R"("locations": [{"latitude": 91, "longitude": 3}])")
        << QStringLiteral("$.locations[0].latitude: must be a number from -90 to 90, got 91");
    QTest::addRow("significance")
        << QByteArray(R"("policyMarkers": [{"vocabulary": "1", "code": "1", "significance": 7}])")
        << QStringLiteral("$.policyMarkers[0].significance: must be a whole number from 0 to 4, "
                          "got 7");
    QTest::addRow("percentage")
        << QByteArray(R"("sectors": [{"vocabulary": "1", "code": "15110", "percentage": 120}])")
        << QStringLiteral("$.sectors[0].percentage: must be a percentage from 0 to 100, got 120");
}

void tst_ActivityDetails::badJson_namesTheField()
{
    QFETCH(QByteArray, section);
    QFETCH(QString, message);
    QFile embedded(DatasetLoader::embeddedPath());
    QVERIFY(embedded.open(QIODevice::ReadOnly));
    QByteArray json = embedded.readAll();
    const qsizetype end = json.lastIndexOf('}');
    json.insert(end, ",\n" + section + "\n");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    const LoadResult result = DatasetLoader::loadFile(path, QStringLiteral("bad.json"));
    QVERIFY(!result.dataset);
    QCOMPARE(result.errors, QStringList{QStringLiteral("bad.json: ") + message});
}

QTEST_GUILESS_MAIN(tst_ActivityDetails)
#include "tst_activitydetails.moc"
