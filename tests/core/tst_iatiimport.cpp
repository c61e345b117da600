// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/catalogue.h"
#include "core/io/datasetformat.h"
#include "core/io/iati/iatiactivityloader.h"
#include "support/iatigenerator.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <sys/stat.h>

using namespace sharaka;

/// IATI activity files mapped onto the dashboard's dataset: the IATI examples
/// (tests/data/iati, CC BY-SA 4.0, see ATTRIBUTION.md), generated files and
/// broken ones.
class tst_IatiImport : public QObject
{
    Q_OBJECT

private slots:
    void annotatedExample_textsOrganisationsAndDates();
    void annotatedExample_countriesRegionsAndSources();
    void annotatedExample_resultBecomesChartWithBaselineTargetActual();
    void annotatedExample_unmappedElementsInOneWarning();
    void demoActivity_everyLanguage();
    void schemaTests_readTheirStructure();
    void schemaTests_withoutStartDate_sayWhatIsMissing();
    void manyActivities_scanListsEachForThePicker();
    void manyActivities_loadPicksTheOneAsked();
    void manyActivities_withoutIdentifier_askForOne();
    void unknownIdentifier_isNamed();
    void generated_periodsNeverAddUp();
    void languages_fallBackToActivityThenFileDefault();
    void countryNames_comeFromIsoCodesInEveryLanguage();
    void legacyCodes_areUnderstood();
    void optionalPartsMissing_stillOpen();
    void qualitativeAndUnreportedIndicators_becomeNotes();
    void malformedXml_givesFileLineColumn_data();
    void malformedXml_givesFileLineColumn();
    void nonRegularFile_isRefused();
    void progressAndCancel();
    void messages_areTranslated();
    void manyUnknownElements_listedShort();
    void disaggregations_addOneDimensionOnly();
    void cumulativePeriods_latestIsTheTotal();
    void periodCommentsAndReversedPeriods_areKept();
    void unknownDateTypesAndFutureDates_reachTheUser();
    void longTexts_areCutNeverRefused();
    void countryNames_standardWinOverPublisher();
    void warnings_appearOnceAndEndWithAndMore();

private:
    static QString example(const char *name)
    {
        return QStringLiteral(SHARAKA_TEST_DATA_DIR "/iati/") + QLatin1String(name);
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }
    QString generated(const QString &name, const testing::IatiFileShape &shape)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!testing::writeIatiFile(buffer, shape))
            return {};
        return write(name, buffer.data());
    }
    /// A one-activity file around @p body (the children of iati-activity).
    QString activityFile(const QString &name, const QByteArray &body,
                         const QByteArray &activityAttributes = "xml:lang=\"en\"",
                         const QByteArray &rootAttributes = "version=\"2.03\"")
    {
        return write(name, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities " +
                               rootAttributes + ">\n<iati-activity " + activityAttributes +
                               ">\n<iati-identifier>XM-1</iati-identifier>\n" + body +
                               "\n</iati-activity>\n</iati-activities>\n");
    }
    /// The importer's words (IatiWords) in @p language, from the catalogue:
    /// these tests check that they are used, the translation tests their wording.
    static QString words(Language language, const char *source)
    {
        return test::translated(language, "IatiWords", source);
    }
    /// The country-share note, "Share of the activity by recipient country:
    /// Afghanistan (25%), …", from country names and percentages.
    static QString sharesNote(Language language,
                              const QList<std::pair<QString, QString>> &countries)
    {
        QStringList parts;
        for (const auto &[name, percent] : countries)
            parts.append(words(language, "%1 (%2%)").arg(name, percent));
        return words(language, "Share of the activity by recipient country: %1.")
            .arg(parts.join(words(language, ", ")));
    }
    static Dataset loaded(const QString &path, const QString &identifier = {})
    {
        const LoadResult result = IatiActivityLoader(path).load(identifier);
        if (!result.errors.isEmpty())
            qWarning() << result.errors;
        return result.dataset.value_or(Dataset());
    }

    QTemporaryDir m_dir;
};

void tst_IatiImport::annotatedExample_textsOrganisationsAndDates()
{
    const Dataset data = loaded(example("activity-standard-example-annotated.xml"));
    const ProjectInfo &project = data.project;
    QCOMPARE(project.id, QStringLiteral("aa-aaa-123456789-abc123"));
    QCOMPARE(
        project.name.all(),
        (QMap<QString, QString>{{QStringLiteral("en"), QStringLiteral("Activity title")},
                                {QStringLiteral("fr"), QStringLiteral("Titre de l'activité")},
                                {QStringLiteral("es"), QStringLiteral("Título de la actividad")}}));
    // The general description (type 1) is the summary; the objectives (type 2) the purpose.
    QCOMPARE(project.summary.text(Language::English),
             QStringLiteral("General activity description text. Long description of the activity "
                            "with no particular structure."));
    QCOMPARE(project.summary.text(Language::French),
             QStringLiteral("Activité générale du texte de description. Longue description de "
                            "l'activité sans structure particulière."));
    QCOMPARE(project.purpose.text(Language::French),
             QStringLiteral("Objectifs de l'activité, par exemple à partir d'un cadre logique."));
    // No implementing organisation (role 4): the extending one (role 3) stands in.
    QCOMPARE(project.implementer.text(Language::English), QStringLiteral("Name of Agency A"));
    QCOMPARE(project.implementer.text(Language::French), QStringLiteral("Nom de l'agence A"));
    QCOMPARE(project.funder.text(Language::English), QStringLiteral("Name of Agency B"));
    // The actual start is preferred; no actual end, so the planned one.
    QCOMPARE(project.start.toIsoString(), QStringLiteral("2012-04-28"));
    QCOMPARE(project.end.toIsoString(), QStringLiteral("2015-12-31"));
    QCOMPARE(data.milestones.size(), 3);
    QCOMPARE(data.milestones.at(0).id, QStringLiteral("planned-start"));
    QCOMPARE(data.milestones.at(0).date.toIsoString(), QStringLiteral("2012-04-15"));
    QCOMPARE(data.milestones.at(0).title.text(Language::French),
             words(Language::French, "Planned start"));
    QCOMPARE(data.milestones.at(0).title.text(Language::Arabic),
             words(Language::Arabic, "Planned start"));
    QCOMPARE(data.milestones.at(0).description.text(Language::French),
             QStringLiteral("Date prévue de début de l'activité"));
    QCOMPARE(data.milestones.at(1).id, QStringLiteral("actual-start"));
    QCOMPARE(data.milestones.at(1).title.text(Language::English), QStringLiteral("Actual start"));
    QCOMPARE(data.milestones.at(2).id, QStringLiteral("planned-end"));
    QCOMPARE(data.milestones.at(2).date.toIsoString(), QStringLiteral("2015-12-31"));
}

void tst_IatiImport::annotatedExample_countriesRegionsAndSources()
{
    const Dataset data = loaded(example("activity-standard-example-annotated.xml"));
    QCOMPARE(data.countries.size(), 2);
    QCOMPARE(data.countries.at(0).code, QStringLiteral("AF"));
    QCOMPARE(data.countries.at(0).name.text(Language::English), QStringLiteral("Afghanistan"));
    QCOMPARE(data.countries.at(0).name.text(Language::Arabic), QStringLiteral("أفغانستان"));
    QCOMPARE(data.countries.at(1).code, QStringLiteral("AG"));
    QCOMPARE(data.countries.at(1).name.text(Language::French),
             QStringLiteral("Antigua-et-Barbuda"));
    QCOMPARE(data.notes.at(0).id, QStringLiteral("country-shares"));
    QCOMPARE(data.notes.at(0).text.text(Language::English),
             QStringLiteral("Share of the activity by recipient country: Afghanistan (25%), "
                            "Antigua and Barbuda (25%)."));
    QCOMPARE(data.notes.at(0).text.text(Language::French),
             sharesNote(Language::French,
                        {{QStringLiteral("Afghanistan"), QStringLiteral("25")},
                         {QStringLiteral("Antigua-et-Barbuda"), QStringLiteral("25")}}));
    QCOMPARE(data.notes.at(1).id, QStringLiteral("recipient-regions"));
    QCOMPARE(data.notes.at(1).text.text(Language::English),
             QStringLiteral("Recipient regions: region 489 (vocabulary 1) (25%), region A1 "
                            "(vocabulary 99) (25%)."));
    // The file is the first source; the document link follows, without its
    // malformed url ("http:www…").
    QCOMPARE(data.sources.size(), 2);
    QCOMPARE(data.sources.at(0).id, QStringLiteral("iati"));
    QCOMPARE(data.sources.at(0).publisher.text(Language::French),
             QStringLiteral("Nom de l'organisme"));
    QCOMPARE(data.sources.at(0).title.text(Language::English),
             QStringLiteral("IATI activity AA-AAA-123456789-ABC123"));
    QCOMPARE(data.sources.at(0).published->toIsoString(), QStringLiteral("2014-09-10"));
    QCOMPARE(data.sources.at(1).id, QStringLiteral("document-1"));
    QCOMPARE(data.sources.at(1).title.text(Language::French),
             QStringLiteral("Rapport de projet 2013"));
    QCOMPARE(data.sources.at(1).language, QStringLiteral("en"));
    QCOMPARE(data.sources.at(1).published->toIsoString(), QStringLiteral("2014-02-05"));
    QCOMPARE(data.sources.at(1).url, QString());
}

void tst_IatiImport::annotatedExample_resultBecomesChartWithBaselineTargetActual()
{
    const Dataset data = loaded(example("activity-standard-example-annotated.xml"));
    QCOMPARE(data.charts.size(), 4);
    QCOMPARE(data.charts.at(0).id, QStringLiteral("result-1"));
    QCOMPARE(data.charts.at(0).title.text(Language::English), QStringLiteral("Result title"));
    QCOMPARE(data.charts.at(0).indicatorIds, QStringList{QStringLiteral("result-1-indicator-1")});
    QCOMPARE(data.indicators.size(), 1);
    const Indicator &indicator = data.indicators.at(0);
    QCOMPARE(indicator.label.text(Language::English), QStringLiteral("Indicator title"));
    QCOMPARE(indicator.description.text(Language::English),
             QStringLiteral("Indicator description text"));
    QCOMPARE(indicator.value, 11);
    QCOMPARE(indicator.baseline, std::optional<double>(10));
    QCOMPARE(indicator.target, std::optional<double>(10));
    QCOMPARE(indicator.unit, QString());
    QVERIFY(indicator.ascending);
    QCOMPARE(indicator.periods.size(), 1);
    QCOMPARE(indicator.periods.at(0).start, QDate(2013, 1, 1));
    QCOMPARE(indicator.periods.at(0).end, QDate(2013, 3, 31));
    QCOMPARE(indicator.periods.at(0).target, std::optional<double>(10));
    QCOMPARE(indicator.periods.at(0).actual, std::optional<double>(11));
    QCOMPARE(indicator.sourceIds, QStringList{QStringLiteral("iati")});
}

void tst_IatiImport::annotatedExample_unmappedElementsInOneWarning()
{
    const LoadResult result =
        IatiActivityLoader(example("activity-standard-example-annotated.xml")).load({});
    QVERIFY(result.ok());
    QCOMPARE(
        result.warnings,
        (QStringList{QStringLiteral("activity-standard-example-annotated.xml: activity "
                                    "\"AA-AAA-123456789-ABC123\": document-link/@url, line 292: "
                                    "\"http:www.example.org/docs/report_en.odt\" is not an http or "
                                    "https address; the document is listed without a link"),
                     QStringLiteral("activity-standard-example-annotated.xml: activity "
                                    "\"AA-AAA-123456789-ABC123\": not shown by the dashboard, "
                                    "ignored: other-identifier, contact-info, activity-scope, tag, "
                                    "country-budget-items, humanitarian-scope, collaboration-type, "
                                    "default-flow-type, default-finance-type, default-aid-type, "
                                    "default-tied-status, capital-spend, legacy-data, conditions, "
                                    "crs-add, fss")}));
}

void tst_IatiImport::demoActivity_everyLanguage()
{
    const Dataset data = loaded(example("demo-water-activity.xml"));
    QCOMPARE(data.project.name.text(Language::Arabic),
             QStringLiteral("إمداد المياه في الأرياف في كينيا وأوغندا"));
    QCOMPARE(data.project.implementer.text(Language::French),
             QStringLiteral("Fondation Eau exemple"));
    QCOMPARE(data.project.funder.text(Language::Arabic), QStringLiteral("وكالة التنمية النموذجية"));
    QCOMPARE(data.project.start.toIsoString(), QStringLiteral("2019-03-15"));
    QCOMPARE(data.project.end.toIsoString(), QStringLiteral("2022-12-20"));
    QCOMPARE(data.countries.at(1).name.text(Language::Arabic), QStringLiteral("أوغندا"));
    QCOMPARE(data.notes.at(0).text.text(Language::Arabic),
             sharesNote(Language::Arabic, {{QStringLiteral("كينيا"), QStringLiteral("60")},
                                           {QStringLiteral("أوغندا"), QStringLiteral("40")}}));
    QCOMPARE(data.charts.size(), 4);
    QCOMPARE(data.charts.at(1).title.text(Language::French),
             QStringLiteral("Accès à une eau saine"));
    // aggregation-status="1" does not add the periods up: the latest actual
    // (2021) is shown, against that period's target.
    const Indicator &wells = data.indicators.at(0);
    QCOMPARE(wells.value, 71);
    QCOMPARE(wells.valuePeriod, std::optional<qsizetype>(1));
    QVERIFY(!wells.cumulative);
    QCOMPARE(wells.target, std::optional<double>(60));
    QCOMPARE(wells.baseline, std::optional<double>(12));
    QCOMPARE(wells.baselineYear, 2018);
    QCOMPARE(wells.periods.size(), 2);
    QCOMPARE(wells.periods.at(0).actual, std::optional<double>(35));
    const Indicator &committees = data.indicators.at(1);
    QCOMPARE(committees.value, 38);
    QCOMPARE(committees.target, std::optional<double>(50));
    QCOMPARE(committees.baseline, std::nullopt);
    const Indicator &distance = data.indicators.at(2);
    QCOMPARE(distance.label.text(Language::Arabic),
             QStringLiteral("الأسر التي تبعد أكثر من 30 دقيقة عن الماء (%)"));
    QCOMPARE(distance.value, 17);
    QCOMPARE(distance.target, std::optional<double>(20));
    QCOMPARE(distance.baseline, std::optional<double>(48));
    QCOMPARE(distance.unit, QStringLiteral("%"));
    QVERIFY(!distance.ascending);
    QCOMPARE(data.sources.at(1).url, QStringLiteral("https://example.org/water/final-report"));
}

void tst_IatiImport::schemaTests_readTheirStructure()
{
    // The schema's own test files use placeholder codes: read their structure
    // through the reader, before any mapping.
    const auto readOne = [](const char *name) {
        QFile file(example(name));
        file.open(QIODevice::ReadOnly);
        IatiActivityReader reader(QString::fromLatin1(name));
        IatiActivity activity;
        const bool ok = reader.read(file, [&activity](IatiActivity &&read) {
            activity = std::move(read);
            return true;
        });
        return std::pair{ok, activity};
    };
    const auto [linksOk, links] = readOne("schema-test-13-document-link.xml");
    QVERIFY(linksOk);
    QCOMPARE(links.documents.size(), 3);
    QCOMPARE(links.documents.at(2).title.value(QStringLiteral("en")),
             QStringLiteral("Document link"));
    QCOMPARE(links.documents.at(2).language, QStringLiteral("en"));
    QCOMPARE(links.documents.at(0).url, QStringLiteral("http://www.example.org/"));

    const auto [orgsOk, orgs] = readOne("schema-test-22-participating-org.xml");
    QVERIFY(orgsOk);
    QCOMPARE(orgs.organisations.size(), 5);
    QCOMPARE(orgs.organisations.at(1).ref, QStringLiteral("X"));
    QCOMPARE(orgs.organisations.at(1).name.value(QStringLiteral("en")), QStringLiteral("xx"));
    QVERIFY(orgs.organisations.at(2).name.isEmpty());

    const auto [resultsOk, results] = readOne("schema-test-24-results.xml");
    QVERIFY(resultsOk);
    QVERIFY(results.results.size() >= 3);
    QCOMPARE(results.results.at(0).indicators.at(0).measure, QStringLiteral("Unit"));
    // Repeated narratives in one language keep the first.
    QCOMPARE(results.results.at(2).title.value(QStringLiteral("en")),
             QStringLiteral("Supportive Environment:Health Systems Strengthening"));

    const auto [twoOk, two] = readOne("schema-test-47-two-descriptions.xml");
    QVERIFY(twoOk);
    QCOMPARE(two.descriptions.size(), 2);
    QCOMPARE(two.descriptions.at(1).first, QStringLiteral("2"));
}

void tst_IatiImport::schemaTests_withoutStartDate_sayWhatIsMissing()
{
    const LoadResult result =
        IatiActivityLoader(example("schema-test-02-minimal-doc.xml")).load({});
    QCOMPARE(result.errors,
             QStringList{QStringLiteral(
                 "schema-test-02-minimal-doc.xml: activity \"\": no date at all (activity-date, "
                 "budget, transaction or result period): the dashboard needs at least one")});
    QCOMPARE(result.warnings.first(),
             QStringLiteral("schema-test-02-minimal-doc.xml: IATI version \"xx\" is not 2.01, "
                            "2.02 or 2.03; read with the 2.03 rules and the older code names"));
}

void tst_IatiImport::manyActivities_scanListsEachForThePicker()
{
    const QString path = generated(QStringLiteral("many.xml"), {250, 2});
    const IatiScanResult scan = IatiActivityLoader(path).scan();
    QVERIFY2(scan.ok(), qPrintable(scan.errors.join(u'\n')));
    QCOMPARE(scan.activities.size(), 250);
    const IatiActivitySummary &last = scan.activities.at(249);
    QCOMPARE(last.identifier, QStringLiteral("XM-DAC-41-TEST-00249"));
    QCOMPARE(last.title.text(Language::Arabic), QStringLiteral("النشاط 249"));
    // Actual dates first: type 2 is ten days after type 1, type 4 thirty after type 3.
    QCOMPARE(last.start, QStringLiteral("2019-09-17"));
    QCOMPARE(last.end, QStringLiteral("2022-10-07"));
    QCOMPARE(last.countryCodes, (QStringList{QStringLiteral("KE"), QStringLiteral("UG")}));
}

void tst_IatiImport::manyActivities_loadPicksTheOneAsked()
{
    const QString path = generated(QStringLiteral("pick.xml"), {40, 0});
    const Dataset data = loaded(path, QStringLiteral("XM-DAC-41-TEST-00017"));
    QCOMPARE(data.project.name.text(Language::French), QStringLiteral("Activité 17"));
    QCOMPARE(data.project.summary.text(Language::English),
             QStringLiteral("General description 17"));
    QCOMPARE(data.project.purpose.text(Language::English),
             QStringLiteral("Objectives of activity 17"));
    QCOMPARE(data.project.implementer.text(Language::English), QStringLiteral("Implementer 17"));
    QCOMPARE(data.project.funder.text(Language::English), QStringLiteral("Funder 17"));
    QCOMPARE(data.project.start.toIsoString(), QStringLiteral("2019-01-28"));
    QCOMPARE(data.milestones.size(), 4);
    QCOMPARE(data.milestones.at(3).id, QStringLiteral("actual-end"));
    QCOMPARE(data.milestones.at(3).date.toIsoString(), QStringLiteral("2022-02-17"));
    QCOMPARE(data.sources.at(1).url, QStringLiteral("https://example.org/doc/17"));
    QCOMPARE(data.sources.at(1).title.text(Language::Arabic), QStringLiteral("تقرير 17"));
}

void tst_IatiImport::manyActivities_withoutIdentifier_askForOne()
{
    const QString path = generated(QStringLiteral("several.xml"), {3, 0});
    const LoadResult result = IatiActivityLoader(path).load({});
    QCOMPARE(result.errors, QStringList{QStringLiteral(
                                "several.xml: the file holds 3 activities; choose one by its "
                                "iati-identifier")});
}

void tst_IatiImport::unknownIdentifier_isNamed()
{
    const QString path = generated(QStringLiteral("unknown.xml"), {3, 0});
    const LoadResult result = IatiActivityLoader(path).load(QStringLiteral("XM-NOPE"));
    QCOMPARE(result.errors, QStringList{QStringLiteral(
                                "unknown.xml: no activity with iati-identifier \"XM-NOPE\"")});
}

void tst_IatiImport::generated_periodsNeverAddUp()
{
    const Dataset data = loaded(generated(QStringLiteral("one.xml"), {1, 0}));
    QCOMPARE(data.charts.size(), 2);
    QCOMPARE(data.charts.at(0).title.text(Language::Arabic), QStringLiteral("المخرجات"));
    QCOMPARE(data.indicators.size(), 2);
    // aggregation-status="1" is about adding across activities, not periods:
    // the latest period's actual (15, 2021) against its target (20).
    const Indicator &wells = data.indicators.at(0);
    QCOMPARE(wells.label.text(Language::French), QStringLiteral("Puits construits"));
    QCOMPARE(wells.value, 15);
    QCOMPARE(wells.valuePeriod, std::optional<qsizetype>(1));
    QCOMPARE(wells.target, std::optional<double>(20));
    QCOMPARE(wells.baseline, std::optional<double>(5));
    QVERIFY(wells.ascending);
    QCOMPARE(wells.periods.size(), 2);
    QCOMPARE(wells.periods.at(1).start, QDate(2021, 1, 1));
    QCOMPARE(wells.periods.at(1).end, QDate(2021, 12, 31));
    QCOMPARE(wells.periods.at(1).target, std::optional<double>(20));
    QCOMPARE(wells.periods.at(1).actual, std::optional<double>(15));
    // aggregation-status="0": the latest period stands; lower is better; a percentage.
    const Indicator &dry = data.indicators.at(1);
    QCOMPARE(dry.value, 18);
    QCOMPARE(dry.target, std::optional<double>(20));
    QCOMPARE(dry.baseline, std::optional<double>(40));
    QCOMPARE(dry.unit, QStringLiteral("%"));
    QVERIFY(!dry.ascending);
}

void tst_IatiImport::languages_fallBackToActivityThenFileDefault()
{
    // Narratives without xml:lang are in the activity's language (here
    // French), else the file's; English then stands in with that text.
    const QString activityDefault = activityFile(
        QStringLiteral("fr.xml"),
        "<title><narrative>Titre</narrative><narrative xml:lang=\"ar\">عنوان</narrative></title>\n"
        "<activity-date type=\"1\" iso-date=\"2020-05-01\"/>",
        "xml:lang=\"fr\"");
    const Dataset french = loaded(activityDefault);
    QCOMPARE(french.project.name.all(),
             (QMap<QString, QString>{{QStringLiteral("en"), QStringLiteral("Titre")},
                                     {QStringLiteral("fr"), QStringLiteral("Titre")},
                                     {QStringLiteral("ar"), QStringLiteral("عنوان")}}));

    const QString fileDefault = activityFile(QStringLiteral("ar.xml"),
                                             "<title><narrative>مشروع المياه</narrative></title>\n"
                                             "<activity-date type=\"2\" iso-date=\"2020-05-01\"/>",
                                             "", "version=\"2.02\" xml:lang=\"ar\"");
    const LoadResult arabic = IatiActivityLoader(fileDefault).load({});
    QVERIFY(arabic.ok());
    QCOMPARE(arabic.warnings, QStringList());
    QCOMPARE(arabic.dataset->project.name.all(),
             (QMap<QString, QString>{{QStringLiteral("ar"), QStringLiteral("مشروع المياه")},
                                     {QStringLiteral("en"), QStringLiteral("مشروع المياه")}}));

    // An explicit English narrative wins over the stand-in.
    const Dataset english = loaded(activityFile(
        QStringLiteral("en.xml"),
        "<title><narrative>Titre</narrative><narrative xml:lang=\"EN\">Title</narrative></title>"
        "<activity-date type=\"1\" iso-date=\"2020-05-01\"/>",
        "xml:lang=\"fr\""));
    QCOMPARE(english.project.name.text(Language::English), QStringLiteral("Title"));
    QCOMPARE(english.project.name.text(Language::French), QStringLiteral("Titre"));
}

void tst_IatiImport::countryNames_comeFromIsoCodesInEveryLanguage()
{
    const Dataset data = loaded(activityFile(
        QStringLiteral("countries.xml"),
        "<title><narrative>T</narrative></title>\n"
        "<activity-date type=\"1\" iso-date=\"2020-05-01\"/>\n"
        "<recipient-country code=\"dz\"/>\n"
        "<recipient-country code=\"EG\" percentage=\"12.5\"/>\n"
        "<recipient-country code=\"MA\"><narrative xml:lang=\"fr\">Royaume du Maroc</narrative>"
        "</recipient-country>\n"
        "<recipient-country code=\"QQ\"/>\n"
        "<recipient-country code=\"DEU\"/>"));
    QCOMPARE(data.countries.size(), 4);
    QCOMPARE(data.countries.at(0).code, QStringLiteral("DZ"));
    QCOMPARE(data.countries.at(0).name.all(),
             (QMap<QString, QString>{{QStringLiteral("en"), QStringLiteral("Algeria")},
                                     {QStringLiteral("fr"), QStringLiteral("Algérie")},
                                     {QStringLiteral("ar"), QStringLiteral("الجزائر")}}));
    QCOMPARE(data.countries.at(1).name.text(Language::French), QStringLiteral("Égypte"));
    QCOMPARE(data.countries.at(1).name.text(Language::Arabic), QStringLiteral("مصر"));
    // The standard names win over the file's own spelling.
    QCOMPARE(data.countries.at(2).name.text(Language::French), QStringLiteral("Maroc"));
    QCOMPARE(data.countries.at(2).name.text(Language::Arabic), QStringLiteral("المغرب"));
    // A well-formed code iso-codes does not know keeps the code as its name.
    QCOMPARE(data.countries.at(3).name.text(Language::Arabic), QStringLiteral("QQ"));
    QCOMPARE(data.notes.at(0).text.text(Language::Arabic),
             sharesNote(Language::Arabic, {{QStringLiteral("مصر"), QStringLiteral("12.5")}}));
}

void tst_IatiImport::legacyCodes_areUnderstood()
{
    const LoadResult result =
        IatiActivityLoader(
            activityFile(
                QStringLiteral("legacy.xml"),
                "<title>Legacy title</title>\n"
                "<participating-org role=\"Funding\">Old Funder</participating-org>\n"
                "<participating-org role=\"Implementing\">Old Implementer</participating-org>\n"
                "<activity-date type=\"start-planned\" iso-date=\"2010-01-01\"/>\n"
                "<activity-date type=\"start-actual\" iso-date=\"2010-02-01T00:00:00\"/>\n"
                "<activity-date type=\"end-planned\" iso-date=\"2012-12-31\"/>\n"
                "<activity-date type=\"end-actual\" iso-date=\"2013-03-31Z\"/>\n"
                "<result type=\"output\" aggregation-status=\"true\"><title>Outputs</title>"
                "<indicator measure=\"Unit\" ascending=\"false\"><title>Cases</title>"
                "<period><period-start iso-date=\"2011-01-01\"/><period-end "
                "iso-date=\"2011-12-31\"/>"
                "<target value=\"100\"/><actual value=\"120\"/></period></indicator></result>",
                "xml:lang=\"en\"", "version=\"1.05\""))
            .load({});
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    const Dataset &data = *result.dataset;
    QCOMPARE(data.project.name.english(), QStringLiteral("Legacy title"));
    QCOMPARE(data.project.funder.english(), QStringLiteral("Old Funder"));
    QCOMPARE(data.project.implementer.english(), QStringLiteral("Old Implementer"));
    QCOMPARE(data.project.start.toIsoString(), QStringLiteral("2010-02-01"));
    QCOMPARE(data.project.end.toIsoString(), QStringLiteral("2013-03-31"));
    QCOMPARE(data.milestones.size(), 4);
    QCOMPARE(data.indicators.size(), 1);
    QCOMPARE(data.indicators.at(0).value, 120);
    QCOMPARE(data.indicators.at(0).target, std::optional<double>(100));
    QVERIFY(!data.indicators.at(0).ascending);
}

void tst_IatiImport::optionalPartsMissing_stillOpen()
{
    const LoadResult result =
        IatiActivityLoader(activityFile(QStringLiteral("bare.xml"),
                                        "<activity-date type=\"1\" iso-date=\"2021-07-01\"/>"))
            .load({});
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QCOMPARE(result.warnings, QStringList());
    const Dataset &data = *result.dataset;
    QCOMPARE(data.project.name.english(), QStringLiteral("XM-1"));
    QCOMPARE(data.project.summary.english(), QStringLiteral("XM-1"));
    QCOMPARE(data.project.implementer.text(Language::French), words(Language::French, "not given"));
    QVERIFY(data.project.funder.isEmpty());
    QCOMPARE(data.project.start.toIsoString(), QStringLiteral("2021-07-01"));
    QCOMPARE(data.project.end.toIsoString(), QStringLiteral("2021-07-01"));
    QCOMPARE(data.sources.size(), 1);
    QCOMPARE(data.sources.at(0).publisher.text(Language::Arabic),
             words(Language::Arabic, "not given"));
    QVERIFY(data.countries.isEmpty());
    QVERIFY(data.indicators.isEmpty());
    QVERIFY(data.charts.isEmpty());
    QVERIFY(data.notes.isEmpty());
}

void tst_IatiImport::qualitativeAndUnreportedIndicators_becomeNotes()
{
    const LoadResult result =
        IatiActivityLoader(
            activityFile(
                QStringLiteral("notes.xml"),
                "<title><narrative>T</narrative></title>\n"
                "<activity-date type=\"1\" iso-date=\"2020-05-01\"/>\n"
                "<result type=\"2\"><title><narrative>Outcomes</narrative></title>\n"
                "<indicator measure=\"5\"><title><narrative>Trust in police</narrative></title>"
                "<period><period-start iso-date=\"2021-01-01\"/><period-end "
                "iso-date=\"2021-12-31\"/>"
                "<actual><comment><narrative>Improved in surveys</narrative></comment></actual>"
                "</period></indicator>\n"
                "<indicator measure=\"1\"><title><narrative>Patrols</narrative></title>"
                "<period><period-start iso-date=\"2021-01-01\"/><period-end "
                "iso-date=\"2021-12-31\"/>"
                "<target value=\"40\"/></period></indicator>\n"
                "<indicator measure=\"2\"><title><narrative>Share trained</narrative></title>"
                "<period><period-start iso-date=\"2021-01-01\"/><period-end "
                "iso-date=\"2021-12-31\"/>"
                "<actual value=\"12.5\"/><actual value=\"many\"/></period></indicator>\n"
                "</result>"))
            .load({});
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    const Dataset &data = *result.dataset;
    QCOMPARE(data.indicators.size(), 1);
    QCOMPARE(data.indicators.at(0).id, QStringLiteral("result-1-indicator-3"));
    QCOMPARE(data.indicators.at(0).value, 13);
    QCOMPARE(data.indicators.at(0).periods.at(0).actual, std::optional<double>(12.5));
    QCOMPARE(data.notes.size(), 2);
    QCOMPARE(data.notes.at(0).text.text(Language::French),
             words(Language::French, "%1 (qualitative): %2")
                 .arg(QStringLiteral("Trust in police"), QStringLiteral("Improved in surveys")));
    QCOMPARE(data.notes.at(1).text.english(),
             QStringLiteral("Indicators without a reported actual value, not charted: Patrols."));
    QCOMPARE(result.warnings,
             (QStringList{QStringLiteral("notes.xml: activity \"XM-1\": result[1]/indicator[3]/"
                                         "period[1]/actual[2]/@value, line 10: \"many\" is not a "
                                         "number, ignored"),
                          QStringLiteral("notes.xml: activity \"XM-1\": result[1]/indicator[3], "
                                         "line 10: actual 12.5 (period 2021-01-01 to 2021-12-31) "
                                         "is drawn rounded to 13")}));
}

void tst_IatiImport::malformedXml_givesFileLineColumn_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("truncated") << QByteArray("<iati-activities version=\"2.03\">\n<iati-activity>\n"
                                             "<iati-identifier>X</iati-identifier>\n<title>")
                               << QStringLiteral("broken.xml:4:8: Premature end of document.");
    QTest::newRow("mismatched tag")
        << QByteArray("<iati-activities version=\"2.03\">\n<iati-activity>\n</title>\n")
        << QStringLiteral("broken.xml:3:9: Opening and ending tag mismatch.");
    QTest::newRow("doctype") << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE iati-activities [\n"
                                           "<!ENTITY lol \"lol\">\n]>\n<iati-activities/>\n")
                             << QStringLiteral("broken.xml:4:3: document type declarations (DTDs) "
                                               "are refused");
    QTest::newRow("undeclared entity")
        << QByteArray("<iati-activities version=\"2.03\">\n<iati-activity>"
                      "<iati-identifier>&ext;</iati-identifier></iati-activity></iati-activities>")
        << QStringLiteral("broken.xml:2:38: Entity 'ext' not declared.");
    QTest::newRow("not iati") << QByteArray("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"/>\n")
                              << QStringLiteral("broken.xml:2:21: not an IATI activity file: the "
                                                "root element is <rss>, not <iati-activities>");
    QTest::newRow("empty") << QByteArray("  \n")
                           << QStringLiteral("broken.xml:1:1: Premature end of document.");
    QTest::newRow("garbage after root")
        << QByteArray("<iati-activities version=\"2.03\"></iati-activities>\n<x/>")
        << QStringLiteral("broken.xml:2:5: Extra content at end of document.");
}

void tst_IatiImport::malformedXml_givesFileLineColumn()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const QString path = write(QStringLiteral("broken.xml"), bytes);
    QCOMPARE(IatiActivityLoader(path).load({}).errors, QStringList{error});
    QCOMPARE(IatiActivityLoader(path).scan().errors, QStringList{error});
}

void tst_IatiImport::nonRegularFile_isRefused()
{
    QCOMPARE(IatiActivityLoader(m_dir.path()).load({}).errors,
             QStringList{QFileInfo(m_dir.path()).fileName() +
                         QStringLiteral(": is a folder, not a dataset file")});
    QCOMPARE(IatiActivityLoader(m_dir.filePath(QStringLiteral("none.xml"))).load({}).errors,
             QStringList{QStringLiteral("none.xml: file does not exist")});
    // A FIFO is refused before it is opened (opening would block).
    const QString fifo = m_dir.filePath(QStringLiteral("pipe.xml"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QCOMPARE(detectFileFormat(fifo), DatasetFormat::Json);
    QCOMPARE(IatiActivityLoader(fifo).scan().errors,
             QStringList{QStringLiteral("pipe.xml: is not a regular file (a pipe, socket or "
                                        "device); only regular files are read")});
}

void tst_IatiImport::progressAndCancel()
{
    const QString path = generated(QStringLiteral("progress.xml"), {400, 3});
    const qint64 size = QFileInfo(path).size();
    QList<qint64> reported;
    IatiActivityLoader loader(path);
    loader.setProgress([&reported, size](qint64 done, qint64 total) {
        QCOMPARE(total, size);
        reported.append(done);
    });
    QCOMPARE(loader.scan().activities.size(), 400);
    QVERIFY(reported.size() > 2);
    QCOMPARE(reported.last(), size);
    QVERIFY(std::is_sorted(reported.cbegin(), reported.cend()));

    std::atomic_bool cancelled{false};
    IatiActivityLoader cancelling(path);
    cancelling.setCancelFlag(&cancelled);
    cancelling.setProgress([&cancelled](qint64, qint64) { cancelled = true; });
    const IatiScanResult scan = cancelling.scan();
    QVERIFY(scan.cancelled);
    QCOMPARE(scan.errors, QStringList{QStringLiteral("progress.xml: reading cancelled")});
    QVERIFY(scan.activities.size() < 400);
}

void tst_IatiImport::messages_areTranslated()
{
    QTranslator arabic;
    QVERIFY(arabic.load(QStringLiteral(SHARAKA_QM_DIR "/sharaka_ar.qm")));
    QCoreApplication::installTranslator(&arabic);
    const QString doctype =
        write(QStringLiteral("dtd.xml"), "<!DOCTYPE x>\n<iati-activities version=\"2.03\"/>");
    const QStringList dtdErrors = IatiActivityLoader(doctype).load({}).errors;
    const QStringList severalErrors =
        IatiActivityLoader(generated(QStringLiteral("three.xml"), {3, 0})).load({}).errors;
    QCoreApplication::removeTranslator(&arabic);
    const auto arabicText = [](const char *source, int n = -1) {
        return test::translated(Language::Arabic, "IatiImport", source, nullptr, n);
    };
    QCOMPARE(dtdErrors, QStringList{QStringLiteral("dtd.xml:1:13: ") +
                                    arabicText("document type declarations (DTDs) are refused")});
    // Three takes the plural form for 3 to 10.
    QCOMPARE(severalErrors,
             QStringList{QStringLiteral("three.xml: ") +
                         arabicText("the file holds %n activities; choose one by its "
                                    "iati-identifier",
                                    3)});
}

void tst_IatiImport::manyUnknownElements_listedShort()
{
    QByteArray body = "<activity-date type=\"1\" iso-date=\"2020-01-01\"/>\n";
    for (int i = 0; i < 1000; ++i)
        body += "<x-" + QByteArray::number(i) + "/><baseline value=\"n" + QByteArray::number(i) +
                "\"/>";
    const LoadResult result =
        IatiActivityLoader(activityFile(QStringLiteral("many.xml"), body)).load({});
    QVERIFY(result.ok());
    QCOMPARE(result.warnings.size(), 1);
    // The first 40 names, each once, among them baseline, which counts only
    // inside an indicator; the list ends with how many more there are.
    QCOMPARE(
        result.warnings.first(),
        QStringLiteral("many.xml: activity \"XM-1\": not shown by the dashboard, ignored: "
                       "x-0, baseline, x-1, x-2, x-3, x-4, x-5, x-6, x-7, x-8, x-9, x-10, "
                       "x-11, x-12, x-13, x-14, x-15, x-16, x-17, x-18, x-19, x-20, x-21, x-22, "
                       "x-23, x-24, x-25, x-26, x-27, x-28, x-29, x-30, x-31, x-32, x-33, x-34, "
                       "x-35, x-36, x-37, x-38 and 961 more"));
}

void tst_IatiImport::disaggregations_addOneDimensionOnly()
{
    const QByteArray period = "<period><period-start iso-date=\"2021-01-01\"/><period-end "
                              "iso-date=\"2021-12-31\"/>";
    const LoadResult result =
        IatiActivityLoader(
            activityFile(
                QStringLiteral("parts.xml"),
                "<activity-date type=\"2\" iso-date=\"2020-01-01\"/>\n"
                "<result type=\"1\"><title><narrative>Outputs</narrative></title>\n"
                // A whole beside its parts: the whole.
                "<indicator measure=\"1\"><title><narrative>Trained</narrative></title>" +
                    period +
                    "<actual value=\"100\"/>"
                    "<actual value=\"60\"><dimension name=\"sex\" value=\"female\"/></actual>"
                    "<actual value=\"40\"><dimension name=\"sex\" value=\"male\"/></actual>"
                    "</period></indicator>\n"
                    // Parts only, by two dimensions: the first dimension's parts added.
                    "<indicator measure=\"1\"><title><narrative>Reached</narrative></title>"
                    "<baseline year=\"2019\" value=\"3\"><dimension name=\"sex\" value=\"f\"/>"
                    "</baseline><baseline year=\"2019\" value=\"4\"><dimension name=\"sex\" "
                    "value=\"m\"/></baseline>" +
                    period +
                    "<actual value=\"30\"><dimension name=\"reach\" value=\"direct\"/></actual>"
                    "<actual value=\"70\"><dimension name=\"reach\" value=\"indirect\"/></actual>"
                    "<actual value=\"55\"><dimension name=\"sex\" value=\"female\"/></actual>"
                    "<actual value=\"45\"><dimension name=\"sex\" value=\"male\"/></actual>"
                    "</period></indicator>\n"
                    // A percentage by parts only: never summed.
                    "<indicator measure=\"2\"><title><narrative>Share</narrative></title>" +
                    period +
                    "<actual value=\"40\"><dimension name=\"sex\" value=\"female\"/></actual>"
                    "<actual value=\"50\"><dimension name=\"sex\" value=\"male\"/></actual>"
                    "</period></indicator>\n"
                    "</result>"))
            .load({});
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    const Dataset &data = *result.dataset;
    QCOMPARE(data.indicators.size(), 2);
    QCOMPARE(data.indicators.at(0).value, 100);
    QCOMPARE(data.indicators.at(1).value, 100);
    QCOMPARE(data.indicators.at(1).baseline, std::optional<double>(7));
    QCOMPARE(data.indicators.at(1).baselineYear, 2019);
    QCOMPARE(data.notes.at(0).text.english(),
             QStringLiteral("Indicators without a reported actual value, not charted: Share."));
    QCOMPARE(
        result.warnings,
        (QStringList{QStringLiteral("parts.xml: activity \"XM-1\": result[1]/indicator[2]/"
                                    "period[1]/actual, line 8: the whole is the sum of the "
                                    "parts by reach; the parts by sex are another split of the "
                                    "same whole, not added"),
                     QStringLiteral("parts.xml: activity \"XM-1\": result[1]/indicator[3]/"
                                    "period[1]/actual, line 9: given only by sex: the parts of "
                                    "a percentage do not add up to the whole, so none is "
                                    "shown")}));
}

void tst_IatiImport::cumulativePeriods_latestIsTheTotal()
{
    const auto periodXml = [](const char *start, const char *end, const char *target,
                              const char *actual) {
        return QByteArray("<period><period-start iso-date=\"") + start +
               "\"/><period-end iso-date=\"" + end + "\"/><target value=\"" + target +
               "\"/><actual value=\"" + actual + "\"/></period>";
    };
    const Dataset data = loaded(activityFile(
        QStringLiteral("cumulative.xml"),
        "<activity-date type=\"2\" iso-date=\"2020-01-01\"/>\n"
        "<result type=\"1\" aggregation-status=\"1\"><indicator measure=\"1\">"
        "<title><narrative>Running total</narrative></title>" +
            periodXml("2020-01-01", "2021-12-31", "50", "44") +
            periodXml("2020-01-01", "2020-12-31", "20", "18") +
            "</indicator><indicator measure=\"1\"><title><narrative>Per year</narrative></title>" +
            periodXml("2020-01-01", "2020-12-31", "20", "18") +
            periodXml("2021-01-01", "2021-12-31", "30", "26") + "</indicator></result>"));
    QCOMPARE(data.indicators.size(), 2);
    // Periods from the same start: running totals, the latest is the total so far.
    const Indicator &running = data.indicators.at(0);
    QCOMPARE(running.value, 44);
    QVERIFY(running.cumulative);
    QCOMPARE(running.valuePeriod, std::optional<qsizetype>(1));
    QCOMPARE(running.periods.at(0).end, QDate(2020, 12, 31));
    QCOMPARE(running.target, std::optional<double>(50));
    // Successive years are not added up, whatever aggregation-status says.
    const Indicator &yearly = data.indicators.at(1);
    QCOMPARE(yearly.value, 26);
    QVERIFY(!yearly.cumulative);
    QCOMPARE(yearly.target, std::optional<double>(30));
}

void tst_IatiImport::periodCommentsAndReversedPeriods_areKept()
{
    const LoadResult result =
        IatiActivityLoader(
            activityFile(
                QStringLiteral("comments.xml"),
                "<activity-date type=\"2\" iso-date=\"2020-01-01\"/>\n"
                "<result type=\"1\"><indicator measure=\"1\"><title><narrative>Wells</narrative>"
                "</title><baseline year=\"2019\" value=\"2\"><comment><narrative>Survey"
                "</narrative><narrative xml:lang=\"fr\">Enquête</narrative></comment></baseline>"
                "<period><period-start iso-date=\"2021-01-01\"/><period-end "
                "iso-date=\"1900-12-31\"/>"
                "<target value=\"10\"><comment><narrative>Revised</narrative></comment></target>"
                "<actual value=\"8\"><comment><narrative>Rains</narrative></comment></actual>"
                "</period></indicator></result>"))
            .load({});
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    const Indicator &wells = result.dataset->indicators.at(0);
    QCOMPARE(wells.baselineComment.text(Language::French), QStringLiteral("Enquête"));
    QCOMPARE(wells.periods.at(0).targetComment.english(), QStringLiteral("Revised"));
    QCOMPARE(wells.periods.at(0).actualComment.english(), QStringLiteral("Rains"));
    // Drawn from the earlier date to the later, and said as published.
    QCOMPARE(wells.periods.at(0).start, QDate(1900, 12, 31));
    QCOMPARE(wells.periods.at(0).end, QDate(2021, 1, 1));
    QCOMPARE(result.dataset->notes.constLast().text.english(),
             QStringLiteral("Periods that end before they start, as published (drawn from the "
                            "earlier date to the later): Wells, from 2021-01-01 to 1900-12-31."));
}

void tst_IatiImport::unknownDateTypesAndFutureDates_reachTheUser()
{
    const LoadResult result =
        IatiActivityLoader(activityFile(QStringLiteral("dates.xml"),
                                        "<activity-date type=\"1\" iso-date=\"2020-01-01\"/>\n"
                                        "<activity-date type=\"2\" iso-date=\"2050-01-01\"/>\n"
                                        "<activity-date type=\"9\" iso-date=\"2020-02-01\"/>\n"
                                        "<activity-date type=\"3\" iso-date=\"soon\"/>\n"
                                        "<activity-date type=\"3\" iso-date=\"2022-12-31\"/>"))
            .load({});
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    const Dataset &data = *result.dataset;
    // An actual start still to come is shown, but the span starts with the plan.
    QCOMPARE(data.milestones.size(), 3);
    QCOMPARE(data.project.start.toIsoString(), QStringLiteral("2020-01-01"));
    QCOMPARE(data.project.end.toIsoString(), QStringLiteral("2022-12-31"));
    const auto french = [](const char *source) {
        return words(Language::French, source);
    };
    QCOMPARE(data.notes.at(0).text.text(Language::French),
             french("Dates as published, which contradict each other or are still to come: %1")
                 .arg(french("The actual start is given as %1, a date still to come.")
                          .arg(QStringLiteral("2050-01-01")) +
                      QLatin1Char(' ') +
                      french("The actual start (%1) comes after the planned end (%2).")
                          .arg(QStringLiteral("2050-01-01"), QStringLiteral("2022-12-31"))));
    QCOMPARE(
        result.warnings,
        (QStringList{QStringLiteral("dates.xml: activity \"XM-1\": activity-date[3]/@type, "
                                    "line 7: \"9\" is not an activity-date type (1 to 4, or "
                                    "start-planned, start-actual, end-planned, end-actual), "
                                    "ignored"),
                     QStringLiteral("dates.xml: activity \"XM-1\": activity-date[4]/@iso-date, "
                                    "line 8: \"soon\" is not a date of the form YYYY-MM-DD, "
                                    "ignored")}));
}

void tst_IatiImport::longTexts_areCutNeverRefused()
{
    const QByteArray title(2500, 'T');
    const QByteArray summary(120000, 's');
    const LoadResult result =
        IatiActivityLoader(activityFile(QStringLiteral("long.xml"),
                                        "<title><narrative>" + title +
                                            "</narrative></title>\n"
                                            "<description><narrative>" +
                                            summary +
                                            "</narrative></description>\n"
                                            "<activity-date type=\"2\" iso-date=\"2020-01-01\"/>"))
            .load({});
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    const QString name = result.dataset->project.name.english();
    QCOMPARE(name.size(), 2000);
    QCOMPARE(name.back(), QChar(0x2026));
    QCOMPARE(result.dataset->project.summary.english().size(), 100000);
    QCOMPARE(result.warnings,
             (QStringList{QStringLiteral("long.xml: activity \"XM-1\": title: the text is 2500 "
                                         "characters long; shown cut to 2000 characters"),
                          QStringLiteral("long.xml: activity \"XM-1\": description: the text is "
                                         "120000 characters long; shown cut to 100000 "
                                         "characters")}));
}

void tst_IatiImport::countryNames_standardWinOverPublisher()
{
    const Dataset data = loaded(activityFile(
        QStringLiteral("names.xml"),
        "<activity-date type=\"2\" iso-date=\"2020-01-01\"/>\n"
        "<recipient-country code=\"BR\"><narrative>BRAZIL</narrative></recipient-country>\n"
        "<recipient-country code=\"DO\"><narrative xml:lang=\"fr\">DOMINICAINE,REPUBLIQUE"
        "</narrative></recipient-country>\n"
        "<recipient-country code=\"XK\"/>"));
    QCOMPARE(data.countries.size(), 3);
    QCOMPARE(data.countries.at(0).name.english(), QStringLiteral("Brazil"));
    QCOMPARE(data.countries.at(1).name.text(Language::French),
             QStringLiteral("République dominicaine"));
    QCOMPARE(data.countries.at(2).name.all(),
             (QMap<QString, QString>{{QStringLiteral("en"), QStringLiteral("Kosovo")},
                                     {QStringLiteral("fr"), QStringLiteral("Kosovo")},
                                     {QStringLiteral("ar"), QStringLiteral("كوسوفو")}}));
}

void tst_IatiImport::warnings_appearOnceAndEndWithAndMore()
{
    QByteArray body = "<activity-date type=\"2\" iso-date=\"2020-01-01\"/>\n"
                      "<recipient-country code=\"DEU\"/><recipient-country code=\"DEU\"/>\n";
    for (int i = 0; i < 100; ++i)
        body += "<recipient-region code=\"" + QByteArray::number(i) + "\" percentage=\"x" +
                QByteArray::number(i) + "\"/>\n";
    const LoadResult result =
        IatiActivityLoader(activityFile(QStringLiteral("noisy.xml"), body)).load({});
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QCOMPARE(result.warnings.size(), 61);
    // Each place is named: the same code twice gives two warnings, one per element.
    QCOMPARE(result.warnings.at(0),
             QStringLiteral("noisy.xml: activity \"XM-1\": recipient-country[1]/@code, line 6: "
                            "\"DEU\" is not an ISO 3166-1 alpha-2 code, ignored"));
    QCOMPARE(result.warnings.constLast(),
             QStringLiteral("noisy.xml: activity \"XM-1\": and 42 more warnings"));
}

QTEST_GUILESS_MAIN(tst_IatiImport)
#include "tst_iatiimport.moc"
