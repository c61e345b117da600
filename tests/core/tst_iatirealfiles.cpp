// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/catalogue.h"
#include "core/io/iati/iatiactivityloader.h"

#include <QDir>
#include <QTest>

using namespace sharaka;

/// Real published IATI files (tests/data/iati/real, README there): every
/// activity opens, and each rule of docs/iati-import.md holds on them.
class tst_IatiRealFiles : public QObject
{
    Q_OBJECT

private slots:
    void everyActivityOpens_data();
    void everyActivityOpens();
    void longDescription_opensWhole();
    void negativeSpending_isShownWithAWarning();
    void looseDocumentAddresses_arePercentEncoded();
    void organisationWithoutName_takesItsRef();
    void iati1_datesAsElementText();
    void iati1_singleActivityRoot();
    void iati1_measureText_isListedInANote();
    void identifiers_areMatchedAsPublished();
    void contradictoryDates_areShownWithANote();
    void noStartDate_spanStartsAtTheEarliestDate();
    void results_latestPeriodAgainstItsTarget();
    void qualitativeWithoutComment_isListed();
    void countryNames_areTheStandardOnes();
    void datesWrittenAgainAsText_addNoDescription();

private:
    /// The importer's words (IatiWords) in @p language, from the catalogue:
    /// these tests check that they are used, the translation tests their wording.
    static QString words(Language language, const char *source)
    {
        return test::translated(language, "IatiWords", source);
    }
    static QString real(const QString &name)
    {
        return QStringLiteral(SHARAKA_TEST_DATA_DIR "/iati/real/") + name;
    }
    static LoadResult load(const char *name, const QString &identifier)
    {
        return IatiActivityLoader(real(QLatin1String(name))).load(identifier);
    }
    /// The warnings of @p result that are not the one about ignored elements.
    static QStringList warningsBesidesIgnored(const LoadResult &result)
    {
        QStringList warnings;
        for (const QString &warning : result.warnings)
            if (!warning.contains(QLatin1String("not shown by the dashboard, ignored")))
                warnings.append(warning);
        return warnings;
    }
};

void tst_IatiRealFiles::everyActivityOpens_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("activities");
    const QDir folder(QStringLiteral(SHARAKA_TEST_DATA_DIR "/iati/real"));
    const QStringList names = folder.entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name);
    QCOMPARE(names.size(), 25);
    for (const QString &name : names) {
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QTest::newRow(qPrintable(name)) << name << int(file.readAll().count("<iati-activity "));
    }
}

void tst_IatiRealFiles::everyActivityOpens()
{
    QFETCH(QString, name);
    QFETCH(int, activities);
    QStringList refusals;
    const IatiCheckSummary summary =
        IatiActivityLoader(real(name))
            .checkEach([&refusals](const QString &, qint64, const LoadResult &result) {
                refusals += result.errors;
            });
    QCOMPARE(summary.errors, QStringList());
    QCOMPARE(summary.activities, activities);
    QVERIFY2(refusals.isEmpty(), qPrintable(refusals.join(QLatin1Char('\n'))));
}

void tst_IatiRealFiles::longDescription_opensWhole()
{
    const LoadResult result = load("dportal_ng-cac-30547_long-description_v2.03_trimmed.xml", {});
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    // 12,199 characters as published (12,163 once runs of blanks are one
    // space): far below the limit, kept whole and without a warning.
    QCOMPARE(result.dataset->project.summary.english().size(), 12163);
    const QStringList warnings = warningsBesidesIgnored(result);
    QCOMPARE(warnings.size(), 1); // its negative expenditure (below), none about the text
    QVERIFY(warnings.constFirst().contains(QLatin1String("below zero")));
}

void tst_IatiRealFiles::negativeSpending_isShownWithAWarning()
{
    // The publisher writes all 17 expenditures of 2020 as negative amounts:
    // shown as published, with a warning that names the first of them.
    const LoadResult result = load("dportal_ng-cac-30547_long-description_v2.03_trimmed.xml", {});
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    double spent = 0;
    for (const Transaction &transaction : result.dataset->finance.transactions)
        if (transaction.type == QLatin1String("4"))
            spent += transaction.value.amount;
    QCOMPARE(qRound64(spent * 100), Q_INT64_C(-11061176802));
    const QStringList warnings = warningsBesidesIgnored(result);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.constFirst().startsWith(
                 QStringLiteral("dportal_ng-cac-30547_long-description_v2.03_trimmed.xml: activity "
                                "\"NG-CAC-30547-CSSOFE1\": transaction[1]/value, line ")),
             qPrintable(warnings.constFirst()));
    QVERIFY2(warnings.constFirst().endsWith(
                 QStringLiteral(": the 17 transactions of type 4 in NGN add up to -110611768.02, "
                                "below zero: IATI gives money paid or received as positive amounts "
                                "and corrections as negative ones; shown as published")),
             qPrintable(warnings.constFirst()));
    // Incoming funds (type 1) add up above zero: no warning about them.
    QVERIFY(!warnings.constFirst().contains(QLatin1String("type 1 ")));
}

void tst_IatiRealFiles::looseDocumentAddresses_arePercentEncoded()
{
    const LoadResult result = load("dportal_undp-xm-dac-41114_fr-es_v2.03_trimmed.xml",
                                   QStringLiteral("XM-DAC-41114-PROJECT-00126991"));
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QCOMPARE(result.dataset->sources.at(2).url,
             QStringLiteral("https://info.undp.org/docs/pdc/Documents/CIV/RAPPORT%20Q3.pdf"));
    QCOMPARE(
        warningsBesidesIgnored(result).at(1),
        QStringLiteral("dportal_undp-xm-dac-41114_fr-es_v2.03_trimmed.xml: activity "
                       "\"XM-DAC-41114-PROJECT-00126991\": document-link[2]/@url, line 282: "
                       "\"https://info.undp.org/docs/pdc/Documents/CIV/RAPPORT Q3.pdf\" is not "
                       "a strict web address; linked as "
                       "\"https://info.undp.org/docs/pdc/Documents/CIV/RAPPORT%20Q3.pdf\""));
}

void tst_IatiRealFiles::organisationWithoutName_takesItsRef()
{
    const LoadResult result = load("sida-se-0_empty-org-narrative_v2.03.xml", {});
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QCOMPARE(result.dataset->project.implementer.english(), QStringLiteral("XM-DAC-12000"));
    QCOMPARE(result.dataset->project.funder.english(), QStringLiteral("Sweden"));
    const QStringList warnings = warningsBesidesIgnored(result);
    QCOMPARE(warnings.size(), 3);
    QCOMPARE(warnings.at(0),
             QStringLiteral(
                 "sida-se-0_empty-org-narrative_v2.03.xml: activity "
                 "\"SE-0-SE-6-SE-0-SE-6-71001016-LAO-21020-1\": participating-org[3], line 22: an "
                 "organisation without a name; its ref \"XM-DAC-12000\" stands in"));
    // Sida too writes the money it commits and pays out as negative amounts.
    QVERIFY2(warnings.at(1).contains(QLatin1String(
                 "of type 2 in SEK add up to -22496000.00, below zero")), // the source words
             qPrintable(warnings.at(1)));
    QVERIFY2(warnings.at(2).contains(QLatin1String(
                 "the 5 transactions of type 3 in SEK add up to -22496000.00, below zero")),
             qPrintable(warnings.at(2)));
}

void tst_IatiRealFiles::iati1_datesAsElementText()
{
    // <activity-date type="end-actual">2010-12-31</activity-date>: no iso-date attribute.
    const LoadResult result = load("dfid-gb-1_cd_v1.01_trimmed.xml", QStringLiteral("GB-1-105838"));
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    const Dataset &data = *result.dataset;
    QCOMPARE(data.milestones.size(), 4);
    QCOMPARE(data.project.start.toIsoString(), QStringLiteral("2004-01-01"));
    QCOMPARE(data.project.end.toIsoString(), QStringLiteral("2010-12-31"));
    QCOMPARE(data.milestones.at(2).id, QStringLiteral("actual-end"));
    QCOMPARE(data.milestones.at(2).title.text(Language::French),
             words(Language::French, "Actual end"));
}

void tst_IatiRealFiles::iati1_singleActivityRoot()
{
    const LoadResult result = load("unops-41AAA_single-activity-root.xml", {});
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QCOMPARE(result.dataset->project.start.toIsoString(), QStringLiteral("2012-01-31"));
    QCOMPARE(result.dataset->project.end.toIsoString(), QStringLiteral("2013-12-31"));
    QCOMPARE(result.dataset->countries.at(0).name.text(Language::Arabic),
             QStringLiteral("اليابان"));
    QCOMPARE(result.dataset->notes.at(0).text.english(),
             QStringLiteral("Recipient regions: Far East Asia, regional (100%)."));
    QVERIFY(load("globalfund-47045_single-activity-root.xml", {}).ok());
}

void tst_IatiRealFiles::iati1_measureText_isListedInANote()
{
    const LoadResult result = load("globalfund-47045_results-measure-text.xml", {});
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    const Dataset &data = *result.dataset;
    QVERIFY(data.indicators.isEmpty());
    QCOMPARE(data.notes.size(), 1);
    QCOMPARE(data.notes.at(0).id, QStringLiteral("indicators-unknown-measure"));
    QVERIFY(data.notes.at(0).text.english().startsWith(QStringLiteral(
        "Indicators with a measure that is not an IATI code (1 to 5), not charted: Number of "
        "adults and children with advanced HIV infection currently receiving antiretroviral "
        "therapy (measure \"text\": 2012-04-01 to 2012-09-30, target 350, actual 360), ")));
    QVERIFY(data.notes.at(0).text.english().contains(
        QStringLiteral("Number of HIV tests performed among pregnant women (measure \"text\": "
                       "2012-04-01 to 2012-09-30, target 20000, actual 24055)")));
    // In French too: the note's own words, before the list of indicators.
    const QString sentence =
        words(Language::French, "Indicators with a measure that is not an IATI code (1 to 5), "
                                "not charted: %1.");
    QVERIFY(sentence.indexOf(QLatin1String("%1")) > 0);
    QVERIFY2(data.notes.at(0)
                 .text.text(Language::French)
                 .startsWith(sentence.left(sentence.indexOf(QLatin1String("%1")))),
             qPrintable(data.notes.at(0).text.text(Language::French)));
    QCOMPARE(warningsBesidesIgnored(result).at(1),
             QStringLiteral("globalfund-47045_results-measure-text.xml: activity "
                            "\"47045-ARM-202-G05-H-00\": result[4]/indicator[1]/period[1]/target/"
                            "@value, line 194: \"20,000\" is read as 20000 (commas taken as "
                            "thousands separators)"));
}

void tst_IatiRealFiles::identifiers_areMatchedAsPublished()
{
    // Finland's identifiers hold a space; the activity is found as published.
    const LoadResult spaced =
        load("finland-fi-3_v2.03.xml", QStringLiteral("FI-3-2020- 2020000056"));
    QVERIFY2(spaced.ok(), qPrintable(spaced.errors.join(u'\n')));
    QCOMPARE(spaced.dataset->countries.at(0).code, QStringLiteral("BJ"));
    QCOMPARE(spaced.dataset->project.id, QStringLiteral("fi-3-2020-2020000056"));
    const LoadResult collapsed =
        load("finland-fi-3_v2.03.xml", QStringLiteral("FI-3-2020-2020000056"));
    QCOMPARE(collapsed.errors,
             QStringList{QStringLiteral("finland-fi-3_v2.03.xml: no activity with iati-identifier "
                                        "\"FI-3-2020-2020000056\"")});
}

void tst_IatiRealFiles::contradictoryDates_areShownWithANote()
{
    const LoadResult result = load("dportal_korea-kr-gov-010_v2.02_trimmed.xml",
                                   QStringLiteral("KR-GOV-390-GRP_0000147815"));
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    const Dataset &data = *result.dataset;
    // The planned end precedes the planned start: both shown, the span runs
    // from the actual start to the next end after it.
    QCOMPARE(data.project.start.toIsoString(), QStringLiteral("2020-05-22"));
    QCOMPARE(data.project.end.toIsoString(), QStringLiteral("2020-12-31"));
    QCOMPARE(data.notes.at(0).id, QStringLiteral("contradictory-dates"));
    QCOMPARE(data.notes.at(0).text.english(),
             QStringLiteral("Dates as published, which contradict each other or are still to "
                            "come: The planned end (2019-10-31) comes before the planned start "
                            "(2020-05-22). The actual start (2020-05-22) comes after the planned "
                            "end (2019-10-31)."));
    const auto arabic = [](const char *source) {
        return words(Language::Arabic, source);
    };
    QCOMPARE(data.notes.at(0).text.text(Language::Arabic),
             arabic("Dates as published, which contradict each other or are still to come: %1")
                 .arg(arabic("The planned end (%1) comes before the planned start (%2).")
                          .arg(QStringLiteral("2019-10-31"), QStringLiteral("2020-05-22")) +
                      QLatin1Char(' ') +
                      arabic("The actual start (%1) comes after the planned end (%2).")
                          .arg(QStringLiteral("2020-05-22"), QStringLiteral("2019-10-31"))));
}

void tst_IatiRealFiles::noStartDate_spanStartsAtTheEarliestDate()
{
    const LoadResult result = load("actionaid-nl-kvk-27264198_v1.01.xml", {});
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QCOMPARE(result.dataset->project.start.toIsoString(), QStringLiteral("2011-05-20"));
    QCOMPARE(result.dataset->project.end.toIsoString(), QStringLiteral("2014-03-31"));
    QVERIFY(warningsBesidesIgnored(result).contains(QStringLiteral(
        "actionaid-nl-kvk-27264198_v1.01.xml: activity \"NL-KVK-27264198-XUK0Z11000\": no start "
        "date (activity-date type 1 or 2); the project span starts on 2011-05-20, the earliest "
        "date the activity gives")));
}

void tst_IatiRealFiles::results_latestPeriodAgainstItsTarget()
{
    const LoadResult result = load("dportal_results_lb-moi-497_ch-fdjp_v2.03_trimmed.xml",
                                   QStringLiteral("CH-FDJP-CHE-106823242-20119723b"));
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    const Dataset &data = *result.dataset;
    // Five results, then the activity's finance, sectors and policy markers.
    QCOMPARE(data.charts.size(), 8);
    QCOMPARE(data.charts.at(5).id, QStringLiteral("finance"));
    QCOMPARE(data.indicators.size(), 13);
    const Indicator &children = data.indicators.at(0);
    QCOMPARE(children.value, 1212);
    QCOMPARE(children.target, std::optional<double>(1200));
    QCOMPARE(children.baseline, std::optional<double>(0));
    QCOMPARE(children.baselineYear, 2020);
    QCOMPARE(children.valuePeriod, std::optional<qsizetype>(0));
    QCOMPARE(children.periods.at(0).start, QDate(2020, 6, 1));
    QCOMPARE(children.periods.at(0).end, QDate(2020, 12, 31));
    // A percentage indicator keeps its unit; nothing is added up.
    const Indicator *share = data.indicator(QStringLiteral("result-3-indicator-1"));
    QVERIFY(share);
    QCOMPARE(share->unit, QStringLiteral("%"));
    QCOMPARE(share->value, 100);
    QCOMPARE(share->target, std::optional<double>(60));
}

void tst_IatiRealFiles::qualitativeWithoutComment_isListed()
{
    const LoadResult result = load("dportal_korea-kr-gov-010_v2.02_trimmed.xml",
                                   QStringLiteral("KR-GOV-320-GRP_0000142871"));
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QCOMPARE(result.dataset->notes.constLast().text.english(),
             QStringLiteral("Qualitative indicators without any comment on their actuals: "
                            "Qualitative Indicator."));
}

void tst_IatiRealFiles::countryNames_areTheStandardOnes()
{
    // Published as "ANGOLA".
    const LoadResult result =
        load("worldbank-44000_ao_v1.01_trimmed.xml", QStringLiteral("44000-P000048"));
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QCOMPARE(result.dataset->countries.at(0).name.all(),
             (QMap<QString, QString>{{QStringLiteral("en"), QStringLiteral("Angola")},
                                     {QStringLiteral("fr"), QStringLiteral("Angola")},
                                     {QStringLiteral("ar"), QStringLiteral("أنغولا")}}));
}

void tst_IatiRealFiles::datesWrittenAgainAsText_addNoDescription()
{
    // IATI 1.01: <activity-date type="start-planned"
    // iso-date="1993-05-11">1993-05-11</activity-date>.
    const LoadResult result =
        load("worldbank-44000_ao_v1.01_trimmed.xml", QStringLiteral("44000-P000048"));
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QVERIFY(!result.dataset->milestones.isEmpty());
    for (const Milestone &milestone : result.dataset->milestones) {
        QVERIFY2(milestone.description.isEmpty(), qPrintable(milestone.description.english()));
    }
    QCOMPARE(result.dataset->milestones.at(0).date.toIsoString(), QStringLiteral("1993-05-11"));
}

QTEST_GUILESS_MAIN(tst_IatiRealFiles)
#include "tst_iatirealfiles.moc"
