// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/datasetloader.h"
#include "core/models/countrytablemodel.h"
#include "core/textformat.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QUrl>

#include <algorithm>

using namespace sharaka;

/// The embedded dataset holds exactly the facts of shared/sharaka-facts.md.
class tst_Dataset : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void embedded_loadsWithoutProblems();
    void embedded_schemaAndVersion();
    void indicators_matchFactSheet_data();
    void indicators_matchFactSheet();
    void countries_areTheEightPartners();
    void palestine_carriesFootnote();
    void milestones_haveFactSheetDatesAndPrecision_data();
    void milestones_haveFactSheetDatesAndPrecision();
    void citedSources_allExist();
    void sourceUrls_areArticleAddresses_data();
    void sourceUrls_areArticleAddresses();
    void everyFigureDateAndEvent_citesAnExistingSource();
    void sourceTitles_areAsPublished();
    void membership_observationsAreDatedAndSourced();
    void wording_matchesTheSources();
    void charts_haveStableIds();
    void indicators_allFiveAreHeadlines();
    void headings_areItsOwnWords_noPeriodCharts();
    void implicitMap_onlyWhenCountriesAndNoMapListed();
    void notes_recordDisagreements();
    void textFormat_lowerBoundShowsPlus();
    void textFormat_isolatesTitlesWrittenTheOtherWay();
    void facts_followTheSecondFactCheck();
    void partialDate_formatsAtItsPrecision_data();
    void partialDate_formatsAtItsPrecision();
    void localizedText_fallsBackToEnglish();
    void countryModel_passesModelTester();

private:
    Dataset m_data;
};

void tst_Dataset::initTestCase()
{
    const LoadResult result = DatasetLoader::loadEmbedded();
    QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    m_data = *result.dataset;
}

void tst_Dataset::embedded_loadsWithoutProblems()
{
    const LoadResult result = DatasetLoader::loadEmbedded();
    QVERIFY(result.ok());
    QCOMPARE(result.errors, QStringList());
    QCOMPARE(result.warnings, QStringList());
}

void tst_Dataset::embedded_schemaAndVersion()
{
    QCOMPARE(m_data.schema, QStringLiteral("sharaka-dashboard-dataset"));
    QCOMPARE(m_data.version, 1);
    QCOMPARE(m_data.project.name.english(), QStringLiteral("Sharaka"));
    QCOMPARE(m_data.project.name.text(Language::Arabic), QStringLiteral("شراكة"));
    QCOMPARE(m_data.project.implementer.english(), QStringLiteral("INTERPOL"));
    QCOMPARE(m_data.project.start.toIsoString(), QStringLiteral("2017"));
    QCOMPARE(m_data.project.start.precision(), DatePrecision::Year);
    QCOMPARE(m_data.project.end.toIsoString(), QStringLiteral("2023-01-31"));
}

void tst_Dataset::indicators_matchFactSheet_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<Qualifier>("qualifier");
    QTest::addColumn<QStringList>("sources");
    const QStringList articles{QStringLiteral("nb-fr"), QStringLiteral("nb-en")};
    const QStringList articlesAndEc = articles + QStringList{QStringLiteral("ec")};
    QTest::addRow("border-points")
        << "border-points" << qint64(46) << Qualifier::Exact << articlesAndEc;
    QTest::addRow("agencies") << "agencies" << qint64(42) << Qualifier::Exact << articlesAndEc;
    QTest::addRow("ncb-video") << "ncb-video" << qint64(7) << Qualifier::Exact << articles;
    QTest::addRow("officers-trained")
        << "officers-trained" << qint64(800) << Qualifier::AtLeast << articles;
    QTest::addRow("training-activities")
        << "training-activities" << qint64(36) << Qualifier::Exact << articles;
}

void tst_Dataset::indicators_matchFactSheet()
{
    QFETCH(QString, id);
    QFETCH(qint64, value);
    QFETCH(Qualifier, qualifier);
    QFETCH(QStringList, sources);
    const Indicator *indicator = m_data.indicator(id);
    QVERIFY(indicator);
    QCOMPARE(indicator->value, value);
    QCOMPARE(indicator->qualifier, qualifier);
    QCOMPARE(indicator->sourceIds, sources);
    QCOMPARE(m_data.indicators.size(), 5);
}

void tst_Dataset::countries_areTheEightPartners()
{
    QStringList codes;
    for (const Country &country : std::as_const(m_data.countries))
        codes.append(country.code);
    QCOMPARE(codes, QStringList({"DZ", "EG", "JO", "LB", "LY", "MA", "PS", "TN"}));

    QStringList later;
    for (const Country &country : std::as_const(m_data.countries)) {
        if (country.phaseId == QLatin1String("added-later"))
            later.append(country.code);
    }
    QCOMPARE(later, QStringList({"LY", "PS"}));
    QCOMPARE(m_data.countries.at(1).name.text(Language::French), QStringLiteral("Égypte"));
    QCOMPARE(m_data.countries.at(0).name.text(Language::Arabic), QStringLiteral("الجزائر"));
}

void tst_Dataset::palestine_carriesFootnote()
{
    const auto it = std::find_if(m_data.countries.cbegin(), m_data.countries.cend(),
                                 [](const Country &c) { return c.code == QLatin1String("PS"); });
    QVERIFY(it != m_data.countries.cend());
    const Footnote *footnote = m_data.footnote(it->footnoteId);
    QVERIFY(footnote);
    QCOMPARE(footnote->marker, QStringLiteral("*"));
    QVERIFY(
        footnote->text.english().contains(QLatin1String("recognition of a State of Palestine")));
    QVERIFY(footnote->text.hasLanguage(QStringLiteral("fr")));
    QVERIFY(footnote->text.hasLanguage(QStringLiteral("ar")));
}

void tst_Dataset::milestones_haveFactSheetDatesAndPrecision_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("endDate");
    QTest::addColumn<DatePrecision>("precision");
    QTest::addRow("start") << "start"
                           << "2017" << QString() << DatePrecision::Year;
    QTest::addRow("six-countries") << "six-countries-listed"
                                   << "2019-07-18" << QString() << DatePrecision::Day;
    QTest::addRow("libya") << "libya-participating"
                           << "2019-09-05" << QString() << DatePrecision::Day;
    QTest::addRow("khoms") << "khoms-operation"
                           << "2020-10" << QString() << DatePrecision::Month;
    QTest::addRow("ceremony") << "closing-ceremony"
                              << "2023-01-30"
                              << "2023-01-31" << DatePrecision::Day;
    QTest::addRow("end") << "end"
                         << "2023-01-31" << QString() << DatePrecision::Day;
    QTest::addRow("ec") << "published-ec"
                        << "2023-02-05" << QString() << DatePrecision::Day;
    QTest::addRow("nb-en") << "published-nb-en"
                           << "2023-02-07" << QString() << DatePrecision::Day;
    QTest::addRow("nb-fr") << "published-nb-fr"
                           << "2023-02-08" << QString() << DatePrecision::Day;
}

void tst_Dataset::milestones_haveFactSheetDatesAndPrecision()
{
    QFETCH(QString, id);
    QFETCH(QString, date);
    QFETCH(QString, endDate);
    QFETCH(DatePrecision, precision);
    const auto it = std::find_if(m_data.milestones.cbegin(), m_data.milestones.cend(),
                                 [&](const Milestone &m) { return m.id == id; });
    QVERIFY(it != m_data.milestones.cend());
    QCOMPARE(it->date.toIsoString(), date);
    QCOMPARE(it->date.precision(), precision);
    QCOMPARE(it->endDate ? it->endDate->toIsoString() : QString(), endDate);
    QCOMPARE(m_data.milestones.size(), 9);
    // Loaded in date order for the timeline.
    for (qsizetype i = 1; i < m_data.milestones.size(); ++i)
        QVERIFY(m_data.milestones.at(i - 1).date.firstDay() <=
                m_data.milestones.at(i).date.firstDay());
}

void tst_Dataset::citedSources_allExist()
{
    QStringList cited = m_data.project.sourceIds;
    for (const Indicator &i : std::as_const(m_data.indicators))
        cited += i.sourceIds;
    for (const Milestone &m : std::as_const(m_data.milestones))
        cited += m.sourceIds;
    for (const DataNote &n : std::as_const(m_data.notes))
        cited += n.sourceIds;
    for (const Phase &p : std::as_const(m_data.phases))
        cited += p.sourceIds;
    QVERIFY(!cited.isEmpty());
    for (const QString &id : std::as_const(cited))
        QVERIFY2(m_data.source(id), qPrintable(id));
    QCOMPARE(m_data.sources.size(), 12);
    QCOMPARE(m_data.source(QStringLiteral("ec"))->url,
             QStringLiteral("https://ec.europa.eu/newsroom/near/redirection/item/775527"));
}

/// An article address, not a listing page: the path has at least two
/// segments and is not one of the publishers' news listings (the old nb-ar
/// citation pointed at https://south.euneighbours.eu/ar/news/).
static bool isArticleAddress(const QUrl &url)
{
    static const QStringList listings{
        QStringLiteral("/news"),          QStringLiteral("/ar/news"),
        QStringLiteral("/fr/news"),       QStringLiteral("/en/news"),
        QStringLiteral("/newsroom/near"), QStringLiteral("/en/News-and-Events/News"),
        QStringLiteral("/ar/1/1"),
    };
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return url.isValid() && url.scheme() == QLatin1String("https") && segments.size() >= 2 &&
           !listings.contains(path, Qt::CaseInsensitive) &&
           segments.constLast().compare(QLatin1String("news"), Qt::CaseInsensitive) != 0;
}

void tst_Dataset::sourceUrls_areArticleAddresses_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("url");
    const QString nb = QStringLiteral("https://south.euneighbours.eu");
    const QString ip = QStringLiteral("https://www.interpol.int");
    QTest::addRow("nb-fr") << "nb-fr"
                           << nb + "/fr/news/ceremonie-de-cloture-du-projet-regional-sharaka";
    QTest::addRow("nb-en") << "nb-en"
                           << nb + "/news/closing-ceremony-of-the-regional-project-sharaka/";
    QTest::addRow("nb-ar")
        << "nb-ar"
        << nb + "/ar/news/"
                "%D8%AD%D9%81%D9%84-%D8%A7%D8%AE%D8%AA%D8%AA%D8%A7%D9%85-%D8%A7%D9%84%D9%85%D8%B4"
                "%D8%B1%D9%88%D8%B9-%D8%A7%D9%84%D8%B4%D8%B1%D8%A7%D9%83%D8%A9-%D8%A7%D9%84%D8%A5"
                "%D9%82%D9%84%D9%8A%D9%85%D9%8A";
    QTest::addRow("ec") << "ec"
                        << "https://ec.europa.eu/newsroom/near/redirection/item/775527";
    QTest::addRow("ip-en") << "ip-en"
                           << ip + "/Crime-areas/Terrorism/Foreign-terrorist-fighters/Projects/"
                                   "Project-Sharaka";
    QTest::addRow("ip-fr") << "ip-fr"
                           << ip + "/fr/Infractions/Terrorisme/Counter-terrorism-projects/"
                                   "Projet-Sharaka";
    QTest::addRow("ip-es") << "ip-es"
                           << ip + "/es/Delitos/Terrorismo/"
                                   "Proyectos-de-lucha-contra-el-terrorismo/Proyecto-Sharaka";
    QTest::addRow("ip-ar6") << "ip-ar6" << ip + "/ar/4/17/Counter-terrorism-projects/1";
    QTest::addRow("ip-ar8") << "ip-ar8" << ip + "/ar/4/5/9/1";
    QTest::addRow("ip-ly-2019") << "ip-ly-2019"
                                << ip + "/en/News-and-Events/News/2019/"
                                        "Security-tops-agenda-in-Libyan-Interior-Minister-and-"
                                        "INTERPOL-Chief-meeting";
    QTest::addRow("nb-jul-2019")
        << "nb-jul-2019"
        << nb + "/fr/news/le-chef-dinterpol-effectue-sa-premiere-visite-officielle-au-liban-et-en";
    QTest::addRow("nb-sep-2019")
        << "nb-sep-2019"
        << nb +
               "/fr/news/la-securite-au-centre-des-preoccupations-de-la-reunion-du-ministre-libyen";
}

void tst_Dataset::sourceUrls_areArticleAddresses()
{
    QFETCH(QString, id);
    QFETCH(QString, url);
    const Source *source = m_data.source(id);
    QVERIFY2(source, qPrintable(id));
    QCOMPARE(source->url, url);
    QVERIFY2(isArticleAddress(QUrl(source->url)), qPrintable(source->url));
    // The rule itself rejects the listing pages it is meant to catch.
    QVERIFY(!isArticleAddress(QUrl(QStringLiteral("https://south.euneighbours.eu/ar/news/"))));
    QVERIFY(!isArticleAddress(QUrl(QStringLiteral("https://south.euneighbours.eu/news"))));
    QVERIFY(!isArticleAddress(QUrl(QStringLiteral("https://www.interpol.int/"))));
    // Every source of the dataset is in the list above.
    QCOMPARE(m_data.sources.size(), 12);
}

void tst_Dataset::everyFigureDateAndEvent_citesAnExistingSource()
{
    const auto citesExisting = [this](const QStringList &ids) {
        return !ids.isEmpty() && std::all_of(ids.cbegin(), ids.cend(), [this](const QString &id) {
            return m_data.source(id) != nullptr;
        });
    };
    QVERIFY(citesExisting(m_data.project.sourceIds)); // the start and end dates
    for (const Indicator &indicator : std::as_const(m_data.indicators))
        QVERIFY2(citesExisting(indicator.sourceIds), qPrintable(indicator.id));
    for (const Milestone &milestone : std::as_const(m_data.milestones))
        QVERIFY2(citesExisting(milestone.sourceIds), qPrintable(milestone.id));
    for (const Phase &phase : std::as_const(m_data.phases))
        QVERIFY2(citesExisting(phase.sourceIds), qPrintable(phase.id));
    for (const DataNote &note : std::as_const(m_data.notes))
        QVERIFY2(citesExisting(note.sourceIds), qPrintable(note.id));
}

void tst_Dataset::sourceTitles_areAsPublished()
{
    const auto title = [this](const char *id) {
        return m_data.source(QLatin1String(id))->title.text(Language::French);
    };
    // One title in every language: the one the publisher gave, with no remark of ours.
    QCOMPARE(title("ec"), QStringLiteral("Closing Ceremony of the regional project “Sharaka”"));
    QCOMPARE(title("nb-en"), QStringLiteral("Closing Ceremony of the regional project “Sharaka”"));
    QCOMPARE(title("nb-fr"), QStringLiteral("Cérémonie de clôture du projet régional Sharaka"));
    QCOMPARE(title("ip-en"), QStringLiteral("Project Sharaka"));
    QCOMPARE(title("ip-ar6"), QStringLiteral("مشروع شراكة"));
    for (const Source &source : std::as_const(m_data.sources)) {
        QCOMPARE(source.title.text(Language::Arabic), source.title.english());
        QVERIFY2(!source.title.english().contains(QLatin1String("edition")) &&
                     !source.title.english().contains(QLatin1String("item ")),
                 qPrintable(source.id));
    }
    QVERIFY(!m_data.source(QStringLiteral("nb-ar"))->published); // the page shows no date
    // Undated pages of one publisher are told apart by their titles.
    QCOMPARE(
        TextFormat::sourceCitations(m_data, {QStringLiteral("ip-en"), QStringLiteral("ip-fr")},
                                    Language::English),
        QStringLiteral("\u2068INTERPOL\u2069, \u2068Project Sharaka\u2069; \u2068INTERPOL\u2069, "
                       "\u2068Projet Sharaka\u2069"));
    QCOMPARE(m_data.source(QStringLiteral("ec"))->published->toIsoString(),
             QStringLiteral("2023-02-05"));
}

void tst_Dataset::membership_observationsAreDatedAndSourced()
{
    const auto milestone = [this](const QString &id) -> const Milestone * {
        for (const Milestone &m : std::as_const(m_data.milestones)) {
            if (m.id == id)
                return &m;
        }
        return nullptr;
    };
    const Milestone *six = milestone(QStringLiteral("six-countries-listed"));
    QVERIFY(six);
    QCOMPARE(six->date.toIsoString(), QStringLiteral("2019-07-18"));
    QCOMPARE(six->sourceIds, QStringList{QStringLiteral("nb-jul-2019")});
    QVERIFY(six->description.english().contains(
        QLatin1String("Algeria, Egypt, Jordan, Lebanon, Morocco and Tunisia")));
    const Milestone *libya = milestone(QStringLiteral("libya-participating"));
    QVERIFY(libya);
    QCOMPARE(libya->date.toIsoString(), QStringLiteral("2019-09-05"));
    QCOMPARE(libya->sourceIds, QStringList({"ip-ly-2019", "nb-sep-2019"}));
    QCOMPARE(libya->bound, DateBound::NotAfter);
    QCOMPARE(TextFormat::milestoneDate(*libya, localeFor(Language::English)),
             QStringLiteral("by 5 Sep 2019"));
    QCOMPARE(six->bound, DateBound::On); // the list is dated by its own publication
    QVERIFY(libya->description.english().contains(QLatin1String("latest bound")));
    // Palestine: no event names it, and its group says that no date is given.
    for (const Milestone &m : std::as_const(m_data.milestones))
        QVERIFY2(!m.title.english().contains(QLatin1String("Palestine")), qPrintable(m.id));
    const Phase *later = m_data.phase(QStringLiteral("added-later"));
    QVERIFY(later);
    QCOMPARE(later->label.english(), QStringLiteral("Added later, undated"));
    QVERIFY(later->sourceIds.contains(QStringLiteral("ip-ly-2019")));
}

void tst_Dataset::wording_matchesTheSources()
{
    const QString purpose = m_data.project.purpose.english();
    QVERIFY(purpose.contains(QLatin1String("national borders")));
    QVERIFY(!purpose.contains(QLatin1String("land borders")));
    QVERIFY(m_data.project.purpose.text(Language::French)
                .contains(QStringLiteral("frontières nationales")));
    QVERIFY(
        m_data.project.purpose.text(Language::Arabic).contains(QStringLiteral("الحدود الوطنية")));
    QVERIFY(purpose.contains(QLatin1String("technology, capacity building and police operations")));
    QVERIFY(purpose.contains(QLatin1String("stolen and lost travel documents (SLTD)")));
    QVERIFY(m_data.indicator(QStringLiteral("training-activities"))
                ->description.english()
                .contains(QLatin1String("such as")));
    const QString ceremony = [this] {
        for (const Milestone &m : std::as_const(m_data.milestones)) {
            if (m.id == QLatin1String("closing-ceremony"))
                return m.description.english();
        }
        return QString();
    }();
    for (const char *name : {"Farid Bencheikh", "Greg Hinds", "Thomas Eckert"})
        QVERIFY2(ceremony.contains(QLatin1String(name)), name);
}

void tst_Dataset::charts_haveStableIds()
{
    // The map first: the dataset has countries and lists no map of its own.
    QCOMPARE(m_data.chartIds(),
             QStringList({"map", "infrastructure", "training", "training-activities"}));
    QVERIFY(m_data.hasImplicitMap());
    QCOMPARE(m_data.chart(QStringLiteral("map"))->kind, ChartKind::Map);
    QVERIFY(m_data.chart(QStringLiteral("map"))->indicatorIds.isEmpty());
    QCOMPARE(m_data.chart(QStringLiteral("infrastructure"))->indicatorIds,
             QStringList({"border-points", "agencies", "ncb-video"}));
}

void tst_Dataset::indicators_allFiveAreHeadlines()
{
    // Moved here from tst_datasetloader: which figures are headlines is a fact of the data.
    QStringList headline;
    for (const Indicator &indicator : std::as_const(m_data.indicators)) {
        if (indicator.headline)
            headline.append(indicator.id);
    }
    QCOMPARE(headline, QStringList({"border-points", "agencies", "ncb-video", "officers-trained",
                                    "training-activities"}));
    for (const ChartSpec &chart : std::as_const(m_data.charts))
        QCOMPARE(chart.kind, ChartKind::Bar);
}

void tst_Dataset::headings_areItsOwnWords_noPeriodCharts()
{
    // Moved here from tst_periodchart: the words are facts of the data.
    for (const QString &id : m_data.chartIds())
        QVERIFY2(m_data.chart(id)->kind != ChartKind::Periods, qPrintable(id));
    QCOMPARE(m_data.project.headings.map.text(Language::English),
             QStringLiteral("Partner countries by membership phase"));
    QCOMPARE(m_data.project.headings.indicators.text(Language::French),
             QStringLiteral("Indicateurs de résultats (totaux pour l’ensemble du projet)"));
}

void tst_Dataset::implicitMap_onlyWhenCountriesAndNoMapListed()
{
    Dataset listed = m_data;
    ChartSpec map{QStringLiteral("partners"), ChartKind::Map, {}, {}};
    listed.charts.append(map);
    QVERIFY(!listed.hasImplicitMap());
    QCOMPARE(listed.chartIds().constFirst(), QStringLiteral("infrastructure"));
    QCOMPARE(listed.chart(QStringLiteral("map")), nullptr);
    QCOMPARE(listed.chart(QStringLiteral("partners"))->kind, ChartKind::Map);

    Dataset barCalledMap = m_data;
    barCalledMap.charts.first().id = QStringLiteral("map");
    QVERIFY(!barCalledMap.hasImplicitMap());
    QCOMPARE(barCalledMap.chart(QStringLiteral("map"))->kind, ChartKind::Bar);
    QCOMPARE(barCalledMap.chartIds().count(QStringLiteral("map")), 1);

    Dataset noCountries = m_data;
    noCountries.countries.clear();
    QVERIFY(!noCountries.hasImplicitMap());
    QCOMPARE(noCountries.chart(QStringLiteral("map")), nullptr);
}

void tst_Dataset::notes_recordDisagreements()
{
    QCOMPARE(m_data.notes.size(), 8);
    QVERIFY(m_data.notes.at(0).text.english().contains(QLatin1String("7 NCBs")));
    QVERIFY(m_data.notes.at(1).text.english().contains(QLatin1String("NBCs")));
    QVERIFY(m_data.notes.at(3).text.english().contains(QLatin1String("5, 7 and 8 February 2023")));
    QVERIFY(!m_data.notes.at(3).text.english().contains(QLatin1String("language version")));
    QStringList ids;
    for (const DataNote &note : std::as_const(m_data.notes))
        ids.append(note.id);
    QCOMPARE(ids, QStringList({"ncb-count", "ncb-spelling", "country-count", "publication-dates",
                               "scope", "palestine-designation", "arabic-name", "month-names"}));
    // INTERPOL's Arabic pages are part of the six/eight split.
    QVERIFY(m_data.notes.at(2).sourceIds.contains(QStringLiteral("ip-ar6")));
    QVERIFY(m_data.notes.at(2).sourceIds.contains(QStringLiteral("ip-ar8")));
    QVERIFY(m_data.notes.at(7).text.english().contains(QStringLiteral("جانفي/يناير")));
}

void tst_Dataset::textFormat_isolatesTitlesWrittenTheOtherWay()
{
    // An Arabic title in an English list keeps its quotes in place; a title
    // in the list's own direction needs nothing.
    const Source *arabic = m_data.source(QStringLiteral("ip-ar8"));
    QVERIFY(arabic);
    QCOMPARE(TextFormat::sourceCitation(*arabic, Language::English),
             QStringLiteral("\u2068INTERPOL\u2069, \u2068مشروع ’شراكة‘\u2069"));
    QCOMPARE(TextFormat::sourceCitation(*arabic, Language::Arabic),
             QStringLiteral("\u2068الإنتربول\u2069\u200F\u060C \u2068مشروع ’شراكة‘\u2069"));
    const Source *english = m_data.source(QStringLiteral("ip-en"));
    QCOMPARE(TextFormat::sourceCitation(*english, Language::French),
             QStringLiteral("\u2068INTERPOL\u2069, \u2068Project Sharaka\u2069"));
    QCOMPARE(TextFormat::sourceCitation(*english, Language::Arabic),
             QStringLiteral("\u2068الإنتربول\u2069\u200F\u060C \u2068Project Sharaka\u2069"));
}

void tst_Dataset::facts_followTheSecondFactCheck()
{
    // 18 Jul 2019: the visitor was Secretary General Jürgen Stock.
    const Milestone *visit = nullptr;
    const Milestone *libya = nullptr;
    for (const Milestone &milestone : std::as_const(m_data.milestones)) {
        if (milestone.id == QLatin1String("six-countries-listed"))
            visit = &milestone;
        if (milestone.id == QLatin1String("libya-participating"))
            libya = &milestone;
    }
    QVERIFY(visit && libya);
    QVERIFY(visit->description.text(Language::Arabic)
                .contains(QStringLiteral("العام للإنتربول، يورغن شتوك")));
    QVERIFY(!visit->description.text(Language::Arabic).contains(QStringLiteral("رئيس")));
    QVERIFY(
        visit->description.english().contains(QStringLiteral("Secretary General, Jürgen Stock")));
    // The Lyon meeting, with EU Neighbours' French report of 9 Sep 2019.
    QVERIFY(libya->description.english().contains(QStringLiteral("Fathi Bashagha")));
    QCOMPARE(libya->sourceIds, QStringList({"ip-ly-2019", "nb-sep-2019"}));
    QCOMPARE(m_data.source(QStringLiteral("nb-sep-2019"))
                 ->published->toDisplayString(localeFor(Language::English)),
             QStringLiteral("9 Sep 2019"));
    // What the sources say, not more: able to screen, criminal databases.
    QCOMPARE(m_data.indicator(QStringLiteral("border-points"))->description.english(),
             QStringLiteral("Border-crossing points linked to INTERPOL’s databases and able to "
                            "screen in real time"));
    QVERIFY(
        m_data.indicator(QStringLiteral("agencies"))
            ->description.english()
            .contains(QStringLiteral("direct access to INTERPOL’s criminal databases (I-24/7)")));
    const QString purpose = m_data.project.purpose.english();
    QVERIFY(purpose.contains(QStringLiteral("foreign terrorist fighters")));
    QVERIFY(purpose.contains(QStringLiteral("stolen travel documents")));
    QVERIFY(purpose.contains(QStringLiteral("police operations (cross-border ones included)")));
    QVERIFY(
        m_data.project.purpose.text(Language::Arabic).contains(QStringLiteral("الملامح الجنائية")));
    QVERIFY(m_data.phases.constFirst().description.english().startsWith(QStringLiteral(
        "INTERPOL’s English page, one of its Arabic pages and the EU Neighbours South "
        "article of 18 July 2019 name six countries")));
}

void tst_Dataset::textFormat_lowerBoundShowsPlus()
{
    const QLocale english = localeFor(Language::English);
    QCOMPARE(TextFormat::indicatorValuePlain(*m_data.indicator(QStringLiteral("officers-trained")),
                                             english),
             QStringLiteral("800+"));
    QCOMPARE(TextFormat::indicatorValuePlain(*m_data.indicator(QStringLiteral("border-points")),
                                             english),
             QStringLiteral("46"));
    // Arabic keeps Western digits and the plus sign after them.
    const QString arabic = TextFormat::indicatorValue(
        *m_data.indicator(QStringLiteral("officers-trained")), localeFor(Language::Arabic));
    QCOMPARE(arabic, QStringLiteral("\u200E800+\u200E"));
}

void tst_Dataset::partialDate_formatsAtItsPrecision_data()
{
    QTest::addColumn<QString>("iso");
    QTest::addColumn<DatePrecision>("precision");
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("expected");
    QTest::addRow("year") << "2017" << DatePrecision::Year << Language::English << "2017";
    QTest::addRow("month-en") << "2020-10" << DatePrecision::Month << Language::English
                              << "Oct 2020";
    QTest::addRow("day-en") << "2023-01-31" << DatePrecision::Day << Language::English
                            << "31 Jan 2023";
    QTest::addRow("month-fr") << "2020-10" << DatePrecision::Month << Language::French
                              << "oct. 2020";
    QTest::addRow("day-ar") << "2023-01-31" << DatePrecision::Day << Language::Arabic
                            << "31 يناير 2023";
}

void tst_Dataset::partialDate_formatsAtItsPrecision()
{
    QFETCH(QString, iso);
    QFETCH(DatePrecision, precision);
    QFETCH(Language, language);
    QFETCH(QString, expected);
    const auto date = PartialDate::parse(iso, precision);
    QVERIFY(date);
    QCOMPARE(date->toDisplayString(localeFor(language)), expected);
    QCOMPARE(date->toIsoString(), iso);
}

void tst_Dataset::localizedText_fallsBackToEnglish()
{
    const LocalizedText text(QMap<QString, QString>{{"en", "Hello"}, {"fr", "Bonjour"}});
    QCOMPARE(text.text(Language::French), QStringLiteral("Bonjour"));
    QCOMPARE(text.text(Language::Arabic), QStringLiteral("Hello"));
    const auto *ceremony = &*std::find_if(
        m_data.milestones.cbegin(), m_data.milestones.cend(),
        [](const Milestone &m) { return m.id == QLatin1String("closing-ceremony"); });
    QCOMPARE(TextFormat::milestoneDate(*ceremony, localeFor(Language::English)),
             QStringLiteral("30–31 Jan 2023"));
}

void tst_Dataset::countryModel_passesModelTester()
{
    CountryTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDataset(shareDataset(m_data));
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.index(6, CountryTableModel::NameColumn).data().toString(),
             QStringLiteral("Palestine *"));
    QCOMPARE(model.index(6, CountryTableModel::CodeColumn).data().toString(), QStringLiteral("PS"));
    QCOMPARE(model.index(6, CountryTableModel::PhaseColumn).data().toString(),
             QStringLiteral("Added later, undated"));
    model.setLanguage(Language::French);
    QCOMPARE(model.index(0, CountryTableModel::NameColumn).data().toString(),
             QStringLiteral("Algérie"));
    QCOMPARE(model.index(0, CountryTableModel::PhaseColumn).data().toString(),
             QStringLiteral("Première liste"));
}

QTEST_GUILESS_MAIN(tst_Dataset)
#include "tst_dataset.moc"
