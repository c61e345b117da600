// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/iati/iatidatasetmapper.h"

#include "core/countrynames.h"
#include "core/io/datasetloader.h"
#include "core/io/datasetvalidator.h"
#include "core/io/iati/iatiactivitydetailsmapper.h"
#include "core/io/iati/iatimappingcontext.h"
#include "core/io/iati/iatipresentation.h"
#include "core/io/iati/iatiresultsmapper.h"
#include "core/io/iati/iatitimelinemapper.h"

#include <QRegularExpression>

#include <algorithm>

namespace sharaka {

namespace {

constexpr int ShortText = DatasetValidator::MaxShortText;
constexpr int LongText = DatasetValidator::MaxLongText;

QString slug(const QString &text)
{
    QString id = text.toLower();
    // Static: compiling a pattern costs more than mapping a small activity.
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    id.replace(separators, QStringLiteral("-"));
    id = id.left(64);
    while (id.startsWith(QLatin1Char('-')))
        id.remove(0, 1);
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id.isEmpty() ? QStringLiteral("iati-activity") : id;
}

QString percentText(double value)
{
    return QString::number(value, 'g', 10);
}

LocalizedText withPercentage(const LocalizedText &name, std::optional<double> percentage)
{
    if (!percentage)
        return name;
    return IatiWords::text(QT_TRANSLATE_NOOP("IatiWords", "%1 (%2%)"),
                           {name, plainText(percentText(*percentage))});
}

/// IATI 2.x role codes, and the 1.0x names they replaced.
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
    IatiMappingContext context(activity, QString());
    summary.title = context.text(activity.title, IatiPlace(), 0, ShortText);
    QString byKind[4];
    for (const IatiDate &date : activity.dates) {
        if (const auto kind = IatiTimelineMapper::kindOf(date.type);
            kind && byKind[int(*kind)].isEmpty())
            byKind[int(*kind)] = date.isoDate.left(10);
    }
    using Kind = IatiTimelineMapper::Kind;
    const auto first = [&byKind](Kind actual, Kind planned) {
        return byKind[int(actual)].isEmpty() ? byKind[int(planned)] : byKind[int(actual)];
    };
    summary.start = first(Kind::ActualStart, Kind::PlannedStart);
    summary.end = first(Kind::ActualEnd, Kind::PlannedEnd);
    for (const IatiRecipient &country : activity.countries)
        summary.countryCodes.append(country.code.toUpper());
    return summary;
}

LoadResult IatiDatasetMapper::map(const IatiActivity &activity) const
{
    LoadResult result;
    IatiMappingContext context(activity, activityPlace(m_displayName, activity.identifier));
    Dataset data;
    data.schema = QString::fromLatin1(DatasetLoader::SchemaName);
    data.version = DatasetLoader::SupportedVersion;
    mapSources(context, data);
    mapProject(context, data);
    QString dateError;
    if (!IatiTimelineMapper(context).map(data, &dateError)) {
        result.errors.append(QStringLiteral("%1: %2").arg(
            activityPlace(m_displayName, activity.identifier), dateError));
        return result;
    }
    mapCountries(context, data);
    mapRegions(context, data);
    IatiResultsMapper(context).map(data);
    IatiActivityDetailsMapper(context).map(data);
    IatiPresentation::present(data);
    warnIgnored(context);
    result.warnings = context.log().warnings();
    result.dataset = data;
    return result;
}

void IatiDatasetMapper::mapSources(IatiMappingContext &context, Dataset &data)
{
    const IatiActivity &activity = context.activity();
    // The file itself is the source every figure and date cites.
    Source file;
    file.id = IatiMappingContext::fileSourceId();
    file.publisher =
        activity.reportingOrg.isEmpty()
            ? IatiWords::notGiven()
            : context.text(activity.reportingOrg, IatiPlace("reporting-org"), 0, ShortText);
    file.title =
        IatiMappingContext::cut(IatiWords::text(QT_TRANSLATE_NOOP("IatiWords", "IATI activity %1"),
                                                QStringList{activity.identifier}),
                                ShortText);
    file.published = IatiTimelineMapper::day(activity.lastUpdated);
    data.sources.append(file);
    for (qsizetype i = 0; i < activity.documents.size(); ++i) {
        const IatiDocument &document = activity.documents.at(i);
        const IatiPlace place = IatiPlace().child("document-link", i, activity.documents.size());
        Source source;
        source.id = QStringLiteral("document-%1").arg(data.sources.size());
        source.publisher = file.publisher;
        source.title = context.text(document.title, place.child("title"), document.line, ShortText);
        if (source.title.isEmpty() && !document.url.isEmpty()) {
            source.title = IatiMappingContext::cut(plainText(document.url), ShortText);
            context.log().warn(place, document.line,
                               tr("a document without a title; its address stands as the title"));
        } else if (source.title.isEmpty()) {
            source.title = IatiWords::notGiven();
            context.log().warn(place, document.line,
                               tr("a document without a title or address; listed as \"not "
                                  "given\""));
        }
        static const QRegularExpression languageCode(QStringLiteral("^[a-z]{2}$"));
        if (languageCode.match(document.language).hasMatch())
            source.language = document.language;
        for (const QString &code : document.languages)
            if (languageCode.match(code).hasMatch())
                source.languages.append(code);
        static const QRegularExpression categoryCode(QStringLiteral("^[A-Z][0-9]{2}$"));
        for (const QString &code : document.categories)
            if (categoryCode.match(code).hasMatch())
                source.categories.append(code);
        source.published = IatiTimelineMapper::day(document.isoDate);
        source.url = DatasetValidator::strictWebAddress(document.url);
        if (source.url.isEmpty() && !document.url.isEmpty())
            context.log().warn(place.attribute("url"), document.line,
                               tr("\"%1\" is not an http or https address; the document is "
                                  "listed without a link")
                                   .arg(document.url));
        else if (source.url != document.url)
            context.log().warn(place.attribute("url"), document.line,
                               tr("\"%1\" is not a strict web address; linked as \"%2\"")
                                   .arg(document.url, source.url));
        data.sources.append(source);
    }
}

void IatiDatasetMapper::mapProject(IatiMappingContext &context, Dataset &data)
{
    const IatiActivity &activity = context.activity();
    ProjectInfo &project = data.project;
    project.id = slug(activity.identifier);
    project.name = context.text(activity.title, IatiPlace("title"), 0, ShortText);
    if (project.name.isEmpty())
        project.name = activity.identifier.isEmpty()
                           ? IatiWords::notGiven()
                           : IatiMappingContext::cut(plainText(activity.identifier), ShortText);
    const auto description = [&](const QString &type) {
        for (qsizetype i = 0; i < activity.descriptions.size(); ++i) {
            const auto &[descriptionType, texts] = activity.descriptions.at(i);
            if ((type.isEmpty() || descriptionType == type) && !texts.isEmpty())
                return context.text(
                    texts, IatiPlace().child("description", i, activity.descriptions.size()), 0,
                    LongText);
        }
        return LocalizedText();
    };
    // The general description (type 1), else the first, else the title.
    project.summary = description(QStringLiteral("1"));
    if (project.summary.isEmpty())
        project.summary = description(QString());
    if (project.summary.isEmpty())
        project.summary = project.name;
    project.purpose = description(QStringLiteral("2"));
    mapOrganisations(context, project);
    project.sourceIds = QStringList{IatiMappingContext::fileSourceId()};
}

void IatiDatasetMapper::mapOrganisations(IatiMappingContext &context, ProjectInfo &project)
{
    const QList<IatiOrganisation> &organisations = context.activity().organisations;
    QList<LocalizedText> byRole[5];
    for (qsizetype i = 0; i < organisations.size(); ++i) {
        const IatiOrganisation &organisation = organisations.at(i);
        const IatiPlace place = IatiPlace().child("participating-org", i, organisations.size());
        const int role = roleCode(organisation.role);
        if (role < 1 || role > 4)
            continue;
        LocalizedText name = context.text(organisation.name, place, organisation.line, ShortText);
        if (name.isEmpty() && !organisation.ref.isEmpty()) {
            name = plainText(organisation.ref);
            context.log().warn(place, organisation.line,
                               tr("an organisation without a name; its ref \"%1\" stands in")
                                   .arg(organisation.ref));
        } else if (name.isEmpty()) {
            name = IatiWords::notGiven();
            context.log().warn(place, organisation.line,
                               tr("an organisation without a name or ref; shown as \"not "
                                  "given\""));
        }
        const bool listed =
            std::any_of(byRole[role].cbegin(), byRole[role].cend(),
                        [&name](const LocalizedText &other) { return other.all() == name.all(); });
        if (!listed)
            byRole[role].append(name);
    }
    // Implementing, else extending, else accountable organisations run the activity.
    for (const int role : {4, 3, 2}) {
        if (project.implementer.isEmpty() && !byRole[role].isEmpty())
            project.implementer =
                IatiMappingContext::cut(IatiWords::joined(byRole[role]), ShortText);
    }
    if (project.implementer.isEmpty())
        project.implementer = IatiWords::notGiven();
    if (!byRole[1].isEmpty())
        project.funder = IatiMappingContext::cut(IatiWords::joined(byRole[1]), ShortText);
}

void IatiDatasetMapper::mapCountries(IatiMappingContext &context, Dataset &data)
{
    static const QRegularExpression alpha2(QStringLiteral("^[A-Z]{2}$"));
    const QList<IatiRecipient> &recipients = context.activity().countries;
    QList<LocalizedText> shares;
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        const IatiRecipient &recipient = recipients.at(i);
        const IatiPlace place = IatiPlace().child("recipient-country", i, recipients.size());
        Country country;
        country.code = recipient.code.toUpper();
        if (!alpha2.match(country.code).hasMatch()) {
            context.log().warn(
                place.attribute("code"), recipient.line,
                tr("\"%1\" is not an ISO 3166-1 alpha-2 code, ignored").arg(recipient.code));
            continue;
        }
        const bool duplicate =
            std::any_of(data.countries.cbegin(), data.countries.cend(),
                        [&country](const Country &other) { return other.code == country.code; });
        if (duplicate)
            continue;
        // The standard names win over publishers' spellings ("BRAZIL",
        // "DOMINICAINE,REPUBLIQUE"); the file's name serves unknown codes.
        country.name = CountryNames::name(country.code);
        if (country.name.isEmpty())
            country.name = context.text(recipient.name, place, recipient.line, ShortText);
        if (country.name.isEmpty())
            country.name = plainText(country.code);
        data.countries.append(country);
        if (const auto percentage =
                context.number(recipient.percentage, place.attribute("percentage"), recipient.line))
            shares.append(withPercentage(country.name, percentage));
    }
    if (!shares.isEmpty())
        data.notes.append(
            {QStringLiteral("country-shares"),
             IatiMappingContext::generated(IatiWords::text(
                 QT_TRANSLATE_NOOP("IatiWords", "Share of the activity by recipient country: %1."),
                 {IatiWords::joined(shares)})),
             {IatiMappingContext::fileSourceId()}});
}

void IatiDatasetMapper::mapRegions(IatiMappingContext &context, Dataset &data)
{
    const QList<IatiRecipient> &recipients = context.activity().regions;
    QList<LocalizedText> regions;
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        const IatiRecipient &region = recipients.at(i);
        const IatiPlace place = IatiPlace().child("recipient-region", i, recipients.size());
        LocalizedText name = context.text(region.name, place, region.line, ShortText);
        if (name.isEmpty())
            name = IatiWords::text(QT_TRANSLATE_NOOP("IatiWords", "region %1 (vocabulary %2)"),
                                   QStringList{region.code, region.vocabulary.isEmpty()
                                                                ? QStringLiteral("1")
                                                                : region.vocabulary});
        regions.append(withPercentage(
            name, context.number(region.percentage, place.attribute("percentage"), region.line)));
    }
    if (!regions.isEmpty())
        data.notes.append({QStringLiteral("recipient-regions"),
                           IatiMappingContext::generated(IatiWords::text(
                               QT_TRANSLATE_NOOP("IatiWords", "Recipient regions: %1."),
                               {IatiWords::joined(regions)})),
                           {IatiMappingContext::fileSourceId()}});
}

void IatiDatasetMapper::warnIgnored(IatiMappingContext &context)
{
    const IatiActivity &activity = context.activity();
    if (activity.ignoredElements.isEmpty())
        return;
    QString names = activity.ignoredElements.join(QStringLiteral(", "));
    const qsizetype more = activity.ignoredElementCount - activity.ignoredElements.size();
    if (more > 0)
        names = tr("%1 and %n more", nullptr, int(more)).arg(names);
    context.log().warn(tr("not shown by the dashboard, ignored: %1").arg(names));
}

} // namespace sharaka
