// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/iati/iatidatasetmapper.h"

#include "core/io/datasetloader.h"
#include "core/io/iati/iatiactivitydetailsmapper.h"

#include "core/countrynames.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace sharaka {

namespace {

/// Words the mapping adds to the data itself, in the three interface
/// languages: data text carries its own translations (docs/dataset-format.md).
struct Words
{
    const char *en;
    const char *fr;
    const char *ar;

    LocalizedText text(const QStringList &arguments = {}) const
    {
        QMap<QString, QString> texts{{QStringLiteral("en"), QString::fromUtf8(en)},
                                     {QStringLiteral("fr"), QString::fromUtf8(fr)},
                                     {QStringLiteral("ar"), QString::fromUtf8(ar)}};
        for (QString &value : texts)
            for (const QString &argument : arguments)
                value = value.arg(argument);
        return LocalizedText(texts);
    }
};

const Words PlannedStartTitle{"Planned start", "Début prévu", "البداية المقررة"};
const Words ActualStartTitle{"Actual start", "Début effectif", "البداية الفعلية"};
const Words PlannedEndTitle{"Planned end", "Fin prévue", "النهاية المقررة"};
const Words ActualEndTitle{"Actual end", "Fin effective", "النهاية الفعلية"};
const Words InterfaceLanguages{"", "", ""};
const Words NotGiven{"not given", "non précisé", "غير محدد"};
const Words ResultN{"Result %1", "Résultat %1", "النتيجة %1"};
const Words IndicatorN{"Indicator %1", "Indicateur %1", "المؤشر %1"};
const Words ActivityFile{"IATI activity %1", "Activité IATI %1", "نشاط IATI \u200e%1"};
const Words CountryShares{"Share of the activity by recipient country: %1.",
                          "Part de l’activité par pays bénéficiaire\u00a0: %1.",
                          "حصة النشاط حسب البلد المستفيد: %1."};
const Words Regions{"Recipient regions: %1.", "Régions bénéficiaires\u00a0: %1.",
                    "المناطق المستفيدة: %1."};
const Words RegionCode{"region %1 (vocabulary %2)", "région %1 (vocabulaire %2)",
                       "المنطقة \u200e%1\u200e (المفردات \u200e%2\u200e)"};
const Words Qualitative{"%1 (qualitative): %2", "%1 (qualitatif)\u00a0: %2", "%1 (نوعي): %2"};
const Words NoActual{"Indicators without a reported actual value, not charted: %1.",
                     "Indicateurs sans valeur réelle communiquée, non représentés\u00a0: %1.",
                     "مؤشرات لم تُبلَّغ قيمتها الفعلية، فلم تُرسم: %1."};

enum class DateKind { PlannedStart, ActualStart, PlannedEnd, ActualEnd };

std::optional<DateKind> dateKind(const QString &type)
{
    if (type == QLatin1String("1") || type == QLatin1String("start-planned"))
        return DateKind::PlannedStart;
    if (type == QLatin1String("2") || type == QLatin1String("start-actual"))
        return DateKind::ActualStart;
    if (type == QLatin1String("3") || type == QLatin1String("end-planned"))
        return DateKind::PlannedEnd;
    if (type == QLatin1String("4") || type == QLatin1String("end-actual"))
        return DateKind::ActualEnd;
    return std::nullopt;
}

/// IATI 2.x role codes, and the 1.x names they replaced.
int roleCode(const QString &role)
{
    static const QStringList legacy{QStringLiteral("funding"), QStringLiteral("accountable"),
                                    QStringLiteral("extending"), QStringLiteral("implementing")};
    bool ok = false;
    const int code = role.toInt(&ok);
    if (ok)
        return code;
    return int(legacy.indexOf(role.toLower())) + 1;
}

/// IATI 2.x measure codes, and the 1.x names ("Unit", "Percentage", "Qualitative").
QString measureCode(const QString &measure)
{
    static const QStringList legacy{QStringLiteral("unit"), QStringLiteral("percentage"),
                                    QStringLiteral("nominal"), QStringLiteral("ordinal"),
                                    QStringLiteral("qualitative")};
    const qsizetype index = legacy.indexOf(measure.toLower());
    return index < 0 ? measure : QString::number(index + 1);
}

std::optional<PartialDate> isoDay(const QString &text)
{
    return PartialDate::parse(text.left(10), DatePrecision::Day);
}

/// Localized text from narratives: English is required by the format, so a
/// text without an English narrative takes the default language's (else the
/// first) narrative as its English stand-in.
LocalizedText localized(const IatiTexts &texts, const QString &defaultLanguage)
{
    if (texts.isEmpty())
        return {};
    QMap<QString, QString> result = texts;
    if (!result.contains(QStringLiteral("en")))
        result.insert(QStringLiteral("en"), texts.value(defaultLanguage, texts.first()));
    return LocalizedText(result);
}

QStringList languagesOf(const QList<LocalizedText> &texts)
{
    QStringList languages;
    for (const LocalizedText &text : texts)
        for (const QString &language : text.all().keys())
            if (!languages.contains(language))
                languages.append(language);
    return languages;
}

/// "A, B and C"-free joining: a list separator per language, in each language.
LocalizedText joined(const QList<LocalizedText> &parts, const QString &separator = {})
{
    QMap<QString, QString> result;
    for (const QString &language : languagesOf(parts)) {
        QStringList texts;
        for (const LocalizedText &part : parts)
            texts.append(part.text(language));
        const QString glue = !separator.isEmpty()              ? separator
                             : language == QLatin1String("ar") ? QStringLiteral("، ")
                                                               : QStringLiteral(", ");
        result.insert(language, texts.join(glue));
    }
    return LocalizedText(result);
}

/// Fills a template's %1 in every language with @p argument's text in that language.
LocalizedText filled(const Words &words, const LocalizedText &argument)
{
    QMap<QString, QString> result;
    for (const QString &language : languagesOf({words.text(), argument}))
        result.insert(language, words.text().text(language).arg(argument.text(language)));
    return LocalizedText(result);
}

LocalizedText filled(const Words &words, const LocalizedText &first, const LocalizedText &second)
{
    QMap<QString, QString> result;
    for (const QString &language : languagesOf({words.text(), first, second}))
        result.insert(language,
                      words.text().text(language).arg(first.text(language), second.text(language)));
    return LocalizedText(result);
}

LocalizedText plain(const QString &text)
{
    return LocalizedText({{QStringLiteral("en"), text}});
}

QString percentText(double value, const QString &language)
{
    const QString number = QString::number(value, 'g', 10);
    return language == QLatin1String("fr") ? number + QStringLiteral("\u00a0%")
                                           : number + QLatin1Char('%');
}

LocalizedText withPercentage(const LocalizedText &name, std::optional<double> percentage)
{
    if (!percentage)
        return name;
    QMap<QString, QString> result;
    for (const QString &language : languagesOf({name, InterfaceLanguages.text()}))
        result.insert(language, QStringLiteral("%1 (%2)").arg(name.text(language),
                                                              percentText(*percentage, language)));
    return LocalizedText(result);
}

QString slug(const QString &text)
{
    QString id = text.toLower();
    id.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    id = id.left(64);
    while (id.startsWith(QLatin1Char('-')))
        id.remove(0, 1);
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id.isEmpty() ? QStringLiteral("iati-activity") : id;
}

/// One figure of a period: the whole when the file gives it, else the sum of
/// its disaggregated parts for counts (percentages of parts do not add up).
std::optional<double> periodValue(const QList<IatiValue> &values, bool isPercentage)
{
    std::optional<double> sum;
    for (const IatiValue &value : values) {
        if (!value.value)
            continue;
        if (!value.disaggregated)
            return value.value;
        if (isPercentage)
            return value.value;
        sum = sum.value_or(0) + *value.value;
    }
    return sum;
}

LocalizedText comments(const QList<IatiValue> &values, const QString &defaultLanguage)
{
    QList<LocalizedText> parts;
    for (const IatiValue &value : values)
        if (!value.comment.isEmpty())
            parts.append(localized(value.comment, defaultLanguage));
    return joined(parts, QStringLiteral("; "));
}

} // namespace

IatiDatasetMapper::IatiDatasetMapper(QString displayName)
    : m_displayName(std::move(displayName))
{}

QString IatiDatasetMapper::activityPlace(const QString &displayName, const QString &identifier)
{
    return QStringLiteral("%1: %2").arg(
        displayName, QCoreApplication::translate("IatiImport", "activity \"%1\"").arg(identifier));
}

IatiActivitySummary IatiDatasetMapper::summarize(const IatiActivity &activity)
{
    IatiActivitySummary summary;
    summary.identifier = activity.identifier;
    summary.title = localized(activity.title, activity.defaultLanguage);
    QString byKind[4];
    for (const IatiDate &date : activity.dates) {
        if (const std::optional<DateKind> kind = dateKind(date.type);
            kind && byKind[int(*kind)].isEmpty())
            byKind[int(*kind)] = date.isoDate.left(10);
    }
    const auto first = [&byKind](DateKind actual, DateKind planned) {
        return byKind[int(actual)].isEmpty() ? byKind[int(planned)] : byKind[int(actual)];
    };
    summary.start = first(DateKind::ActualStart, DateKind::PlannedStart);
    summary.end = first(DateKind::ActualEnd, DateKind::PlannedEnd);
    for (const IatiRecipient &country : activity.countries)
        summary.countryCodes.append(country.code.toUpper());
    return summary;
}

LoadResult IatiDatasetMapper::map(const IatiActivity &activity) const
{
    LoadResult result;
    const QString where = activityPlace(m_displayName, activity.identifier);
    const QString language = activity.defaultLanguage;
    const auto text = [&language](const IatiTexts &texts) {
        return localized(texts, language);
    };
    QStringList warnings;
    for (const QString &problem : activity.problems)
        warnings.append(QStringLiteral("%1: %2").arg(where, problem));

    Dataset data;
    data.schema = QString::fromLatin1(DatasetLoader::SchemaName);
    data.version = DatasetLoader::SupportedVersion;

    // The file itself is the source every figure and date cites.
    const QString fileSourceId = QStringLiteral("iati");
    const LocalizedText publisher =
        activity.reportingOrg.isEmpty() ? NotGiven.text() : text(activity.reportingOrg);
    Source fileSource;
    fileSource.id = fileSourceId;
    fileSource.publisher = publisher;
    fileSource.title = ActivityFile.text({activity.identifier});
    fileSource.published = isoDay(activity.lastUpdated);
    data.sources.append(fileSource);
    for (const IatiDocument &document : activity.documents) {
        Source source;
        source.id = QStringLiteral("document-%1").arg(data.sources.size());
        source.publisher = publisher;
        source.title = document.title.isEmpty() ? plain(document.url) : text(document.title);
        if (source.title.isEmpty())
            continue;
        if (QRegularExpression(QStringLiteral("^[a-z]{2}$")).match(document.language).hasMatch())
            source.language = document.language;
        source.published = isoDay(document.isoDate);
        source.categories = document.categories;
        source.languages = document.languages;
        if (document.url.startsWith(QLatin1String("https://")) ||
            document.url.startsWith(QLatin1String("http://"))) {
            source.url = document.url;
        } else if (!document.url.isEmpty()) {
            warnings.append(QStringLiteral("%1: %2").arg(
                where, QCoreApplication::translate(
                           "IatiImport", "document-link url \"%1\" is not an http(s) address; "
                                         "the source is listed without it")
                           .arg(document.url)));
        }
        data.sources.append(source);
    }

    // Project
    ProjectInfo &project = data.project;
    project.id = slug(activity.identifier);
    project.name = activity.title.isEmpty() ? plain(activity.identifier) : text(activity.title);
    const auto description = [&activity, &text](const QString &type) {
        for (const auto &[descriptionType, texts] : activity.descriptions)
            if (descriptionType == type && !texts.isEmpty())
                return text(texts);
        return LocalizedText();
    };
    project.summary = description(QStringLiteral("1"));
    for (int i = 0; i < activity.descriptions.size() && project.summary.isEmpty(); ++i)
        project.summary = text(activity.descriptions.at(i).second);
    if (project.summary.isEmpty())
        project.summary = project.name;
    project.purpose = description(QStringLiteral("2"));
    QList<LocalizedText> byRole[5];
    for (const IatiOrganisation &organisation : activity.organisations) {
        const int role = roleCode(organisation.role);
        if (role < 1 || role > 4)
            continue;
        const LocalizedText name =
            organisation.name.isEmpty() ? plain(organisation.ref) : text(organisation.name);
        if (!name.isEmpty())
            byRole[role].append(name);
    }
    // Implementing, else extending, else accountable organisations run the activity.
    for (const int role : {4, 3, 2}) {
        if (project.implementer.isEmpty() && !byRole[role].isEmpty())
            project.implementer = joined(byRole[role]);
    }
    if (project.implementer.isEmpty())
        project.implementer = NotGiven.text();
    if (!byRole[1].isEmpty())
        project.funder = joined(byRole[1]);
    project.sourceIds = QStringList{fileSourceId};

    // Timeline: every activity date is a milestone, planned and actual told apart.
    std::optional<PartialDate> dates[4];
    for (const IatiDate &date : activity.dates) {
        const std::optional<DateKind> kind = dateKind(date.type);
        const std::optional<PartialDate> day = isoDay(date.isoDate);
        if (!kind || !day) {
            warnings.append(QStringLiteral("%1: %2").arg(
                where, QCoreApplication::translate(
                           "IatiImport", "activity-date type \"%1\" iso-date \"%2\" is not a "
                                         "known type with a date, ignored")
                           .arg(date.type, date.isoDate)));
            continue;
        }
        static const QString ids[4] = {QStringLiteral("planned-start"),
                                       QStringLiteral("actual-start"),
                                       QStringLiteral("planned-end"), QStringLiteral("actual-end")};
        static const Words *titles[4] = {&PlannedStartTitle, &ActualStartTitle, &PlannedEndTitle,
                                         &ActualEndTitle};
        const int index = int(*kind);
        if (dates[index])
            continue;
        dates[index] = day;
        Milestone milestone;
        milestone.id = ids[index];
        milestone.date = *day;
        milestone.title = titles[index]->text();
        milestone.description = text(date.narrative);
        milestone.sourceIds = QStringList{fileSourceId};
        data.milestones.append(milestone);
    }
    // The timeline reads in date order, as the JSON loader arranges it.
    std::stable_sort(data.milestones.begin(), data.milestones.end(),
                     [](const Milestone &a, const Milestone &b) {
                         return a.date.firstDay() < b.date.firstDay();
                     });
    const std::optional<PartialDate> start = dates[1] ? dates[1] : dates[0];
    std::optional<PartialDate> end = dates[3] ? dates[3] : dates[2];
    if (!start) {
        result.errors.append(QStringLiteral("%1: %2").arg(
            where, QCoreApplication::translate(
                       "IatiImport", "no activity-date of type 1 or 2 (start); the dashboard "
                                     "needs at least a start date")));
        return result;
    }
    project.start = *start;
    project.end = end ? *end : *start;

    // Countries, with their share and the regions in one note.
    QList<LocalizedText> shares;
    for (const IatiRecipient &recipient : activity.countries) {
        Country country;
        country.code = recipient.code.toUpper();
        if (!QRegularExpression(QStringLiteral("^[A-Z]{2}$")).match(country.code).hasMatch()) {
            warnings.append(QStringLiteral("%1: %2").arg(
                where, QCoreApplication::translate(
                           "IatiImport", "recipient-country code \"%1\" is not an ISO 3166-1 "
                                         "alpha-2 code, ignored")
                           .arg(recipient.code)));
            continue;
        }
        const bool duplicate =
            std::any_of(data.countries.cbegin(), data.countries.cend(),
                        [&country](const Country &other) { return other.code == country.code; });
        if (duplicate)
            continue;
        QMap<QString, QString> names = CountryNames::name(country.code).all();
        for (auto it = recipient.name.cbegin(); it != recipient.name.cend(); ++it)
            names.insert(it.key(), it.value());
        if (names.isEmpty())
            names.insert(QStringLiteral("en"), country.code);
        country.name = localized(names, language);
        data.countries.append(country);
        if (recipient.percentage)
            shares.append(withPercentage(country.name, recipient.percentage));
    }
    if (!shares.isEmpty())
        data.notes.append({QStringLiteral("country-shares"),
                           filled(CountryShares, joined(shares)),
                           {fileSourceId}});
    QList<LocalizedText> regions;
    for (const IatiRecipient &region : activity.regions) {
        const LocalizedText name =
            region.name.isEmpty()
                ? RegionCode.text({region.code, region.vocabulary.isEmpty() ? QStringLiteral("1")
                                                                            : region.vocabulary})
                : text(region.name);
        regions.append(withPercentage(name, region.percentage));
    }
    if (!regions.isEmpty())
        data.notes.append({QStringLiteral("recipient-regions"),
                           filled(Regions, joined(regions)),
                           {fileSourceId}});

    // Results: one chart per result, one bar per quantitative indicator.
    QList<LocalizedText> uncharted;
    for (int r = 0; r < activity.results.size(); ++r) {
        const IatiResult &iatiResult = activity.results.at(r);
        ChartSpec chart;
        chart.id = QStringLiteral("result-%1").arg(r + 1);
        chart.title = iatiResult.title.isEmpty() ? ResultN.text({QString::number(r + 1)})
                                                 : text(iatiResult.title);
        for (int i = 0; i < iatiResult.indicators.size(); ++i) {
            const IatiIndicator &source = iatiResult.indicators.at(i);
            Indicator indicator;
            indicator.id = QStringLiteral("%1-indicator-%2").arg(chart.id).arg(i + 1);
            indicator.label = source.title.isEmpty() ? IndicatorN.text({QString::number(i + 1)})
                                                     : text(source.title);
            indicator.description = text(source.description);
            indicator.sourceIds = QStringList{fileSourceId};
            const QString measure = measureCode(source.measure);
            const bool quantitative =
                measure == QLatin1String("1") || measure == QLatin1String("2");
            if (!quantitative) {
                QList<IatiValue> actuals;
                for (const IatiPeriod &period : source.periods)
                    actuals += period.actuals;
                const LocalizedText said = comments(actuals, language);
                if (!said.isEmpty())
                    data.notes.append(
                        {indicator.id, filled(Qualitative, indicator.label, said), {fileSourceId}});
                continue;
            }
            const bool isPercentage = measure == QLatin1String("2");
            indicator.unit = isPercentage ? QStringLiteral("%") : QString();
            indicator.ascending = source.ascending;
            indicator.baseline = source.baseline;
            const bool aggregates =
                source.aggregates.value_or(iatiResult.aggregates.value_or(false));
            for (const IatiPeriod &iatiPeriod : source.periods) {
                IndicatorPeriod period;
                period.start = isoDay(iatiPeriod.start).value_or(PartialDate()).firstDay();
                period.end = isoDay(iatiPeriod.end).value_or(PartialDate()).firstDay();
                period.target = periodValue(iatiPeriod.targets, isPercentage);
                period.actual = periodValue(iatiPeriod.actuals, isPercentage);
                indicator.periods.append(period);
            }
            std::stable_sort(indicator.periods.begin(), indicator.periods.end(),
                             [](const IndicatorPeriod &a, const IndicatorPeriod &b) {
                                 return a.start < b.start;
                             });
            // Periods that add up give the total; otherwise the latest figure stands.
            std::optional<double> actual;
            for (const IndicatorPeriod &period : indicator.periods) {
                if (period.actual)
                    actual = aggregates ? actual.value_or(0) + *period.actual : *period.actual;
                if (period.target)
                    indicator.target =
                        aggregates ? indicator.target.value_or(0) + *period.target : *period.target;
            }
            if (!actual || *actual < 0 || *actual > DatasetLoader::MaxValue) {
                uncharted.append(indicator.label);
                continue;
            }
            indicator.value = std::llround(*actual);
            if (double(indicator.value) != *actual) {
                warnings.append(QStringLiteral("%1: %2").arg(
                    where, QCoreApplication::translate(
                               "IatiImport", "indicator \"%1\": actual %2 is drawn rounded to %3")
                               .arg(indicator.label.english(), QString::number(*actual),
                                    QString::number(indicator.value))));
            }
            chart.indicatorIds.append(indicator.id);
            data.indicators.append(indicator);
        }
        if (!chart.indicatorIds.isEmpty())
            data.charts.append(chart);
    }
    if (!uncharted.isEmpty())
        data.notes.append({QStringLiteral("uncharted-indicators"),
                           filled(NoActual, joined(uncharted)),
                           {fileSourceId}});

    if (!activity.ignoredElements.isEmpty()) {
        warnings.append(QStringLiteral("%1: %2").arg(
            where,
            QCoreApplication::translate("IatiImport", "not shown by the dashboard, ignored: %1")
                .arg(activity.ignoredElements.join(QStringLiteral(", ")))));
    }
    IatiActivityDetailsMapper(where, text).apply(activity, data, warnings);
    result.warnings = warnings;
    result.dataset = data;
    return result;
}

} // namespace sharaka
