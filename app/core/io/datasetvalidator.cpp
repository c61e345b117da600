// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/datasetvalidator.h"

#include "core/io/problemlog.h"

#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace sharaka {

namespace {

QString child(const QString &path, const char *key)
{
    return ProblemLog::child(path, QLatin1String(key));
}

QString element(const char *list, qsizetype i)
{
    return ProblemLog::index(ProblemLog::child(QStringLiteral("$"), QLatin1String(list)), i);
}

template<typename T, typename Check>
void forEachElement(const QList<T> &items, const char *list, Check check)
{
    for (qsizetype i = 0; i < items.size(); ++i)
        check(items.at(i), element(list, i));
}

/// For a list whose elements refer to nothing else (DatasetValidator::checkIdentified).
const auto nothingElse = [](const auto &, const QString &) {
};

template<typename T>
QSet<QString> idsOf(const QList<T> &items)
{
    QSet<QString> ids;
    for (const T &item : items)
        ids.insert(item.id);
    return ids;
}

} // namespace

qsizetype DatasetValidator::characterCount(const QString &text)
{
    // A surrogate pair is one character.
    qsizetype count = text.size();
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate())
            --count;
    }
    return count;
}

bool DatasetValidator::isWebAddress(const QString &url)
{
    // RFC 3986 characters only, less the single quote: an address is later
    // written into HTML attributes, and a quote has no business in one
    // (write it as %27).
    static const QRegularExpression urlCharacters(
        QStringLiteral("^[A-Za-z0-9\\-._~:/?#\\[\\]@!$&()*+,;=%]+$"));
    if (!urlCharacters.match(url).hasMatch())
        return false;
    const QUrl parsed(url, QUrl::StrictMode);
    return parsed.isValid() &&
           (parsed.scheme() == QLatin1String("https") ||
            parsed.scheme() == QLatin1String("http")) &&
           !parsed.host().isEmpty();
}

QString DatasetValidator::strictWebAddress(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (characterCount(trimmed) > MaxUrlLength)
        return {};
    if (isWebAddress(trimmed))
        return trimmed;
    const QUrl tolerant(trimmed, QUrl::TolerantMode);
    if (!tolerant.isValid())
        return {};
    // FullyEncoded turns spaces and accents into %XX; the quote is left alone
    // by QUrl, so it is encoded here (see isWebAddress).
    QString encoded = QString::fromLatin1(tolerant.toEncoded(QUrl::FullyEncoded));
    encoded.replace(QLatin1Char('\''), QLatin1String("%27"));
    return isWebAddress(encoded) && characterCount(encoded) <= MaxUrlLength ? encoded : QString();
}

void DatasetValidator::validate(const Dataset &data)
{
    // Every list is known up front, so a reference may point anywhere.
    m_sourceIds = idsOf(data.sources);
    m_phaseIds = idsOf(data.phases);
    m_footnoteIds = idsOf(data.footnotes);
    m_indicatorIds = idsOf(data.indicators);
    m_data = &data;

    checkSources(data.sources);
    checkProject(data.project);
    checkPhases(data.phases);
    checkFootnotes(data.footnotes);
    checkCountries(data.countries);
    checkIndicators(data.indicators);
    checkCharts(data.charts);
    checkMilestones(data.milestones);
    checkNotes(data.notes);
    checkActivityDetails(data);
    m_data = nullptr;
}

void DatasetValidator::error(const QString &path, const QString &message)
{
    m_log.error(path, message);
}

bool DatasetValidator::checkPresent(bool present, const QString &path, Need need)
{
    if (present)
        return true;
    if (need == Need::Required && !m_log.hasErrorAround(path))
        error(path, m_log.isBlank(path) ? emptyMessage() : missingMessage());
    return false;
}

void DatasetValidator::checkLength(const QString &text, const QString &path, int limit)
{
    // Counted only when the UTF-16 length could exceed the limit: cheap for
    // the usual short texts.
    if (text.size() <= limit)
        return;
    const qsizetype count = characterCount(text);
    if (count > limit)
        error(path, tr("is %1 characters long; the limit is %2 characters")
                        .arg(QString::number(count), QString::number(limit)));
}

void DatasetValidator::checkString(const QString &text, const QString &path, Need need, int limit)
{
    if (checkPresent(!text.isEmpty(), path, need))
        checkLength(text, path, limit);
}

void DatasetValidator::checkId(const QString &id, const QString &path)
{
    static const QRegularExpression idShape(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    if (checkPresent(!id.isEmpty(), path, Need::Required) && !idShape.match(id).hasMatch())
        error(
            path,
            tr("must be lower-case letters, digits and hyphens (at most 64), got \"%1\"").arg(id));
}

void DatasetValidator::checkText(const LocalizedText &text, const QString &path, Need need,
                                 int limit)
{
    if (m_log.hasErrorAround(path))
        return;
    if (text.english().isEmpty()) {
        if (m_log.isBlank(path) || !text.isEmpty())
            error(path, tr("must have an English text (\"en\"), the fallback for every language"));
        else if (need == Need::Required)
            error(path, missingMessage());
    }
    const QMap<QString, QString> texts = text.all();
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        checkLength(it.value(), ProblemLog::child(path, it.key()), limit);
}

void DatasetValidator::checkIdList(const QStringList &ids, const QString &path, Need need)
{
    if (!ids.isEmpty() || need == Need::Optional || m_log.hasErrorAround(path))
        return;
    error(path, m_log.isBlank(path) ? tr("must list at least one id") : missingMessage());
}

void DatasetValidator::checkReference(const QString &id, const QString &path,
                                      const QSet<QString> &known, const QString &unknownMessage)
{
    if (!id.isEmpty() && !known.contains(id))
        error(path, unknownMessage.arg(id));
}

void DatasetValidator::checkReferences(const QStringList &ids, const QString &path,
                                       const QSet<QString> &known, const QString &unknownMessage)
{
    for (qsizetype i = 0; i < ids.size(); ++i)
        checkReference(ids.at(i), ProblemLog::index(path, i), known, unknownMessage);
}

void DatasetValidator::checkCitations(const QStringList &sourceIds, const QString &path, Need need)
{
    checkIdList(sourceIds, path, need);
    checkReferences(sourceIds, path, m_sourceIds, tr("refers to unknown source id \"%1\""));
}

void DatasetValidator::checkUnique(QSet<QString> &seen, const QString &id, const QString &path,
                                   const QString &duplicateMessage)
{
    if (!id.isEmpty() && seen.contains(id))
        error(path, duplicateMessage.arg(id));
    seen.insert(id);
}

template<typename T, typename Check, typename Refer>
void DatasetValidator::checkIdentified(const QList<T> &items, const char *list,
                                       const QString &duplicateMessage, Check check, Refer refer)
{
    QSet<QString> seen;
    forEachElement(items, list, [&](const T &item, const QString &path) {
        const QString idPath = child(path, "id");
        checkId(item.id, idPath);
        check(item, path);
        checkUnique(seen, item.id, idPath, duplicateMessage);
        refer(item, path);
    });
}

void DatasetValidator::checkProject(const ProjectInfo &project)
{
    const QString path = QStringLiteral("$.project");
    checkId(project.id, child(path, "id"));
    checkText(project.name, child(path, "name"), Need::Required, MaxShortText);
    checkText(project.nameMeaning, child(path, "nameMeaning"), Need::Optional, MaxShortText);
    checkText(project.summary, child(path, "summary"), Need::Required, MaxLongText);
    checkText(project.implementer, child(path, "implementer"), Need::Required, MaxShortText);
    checkText(project.funder, child(path, "funder"), Need::Optional, MaxShortText);
    checkText(project.purpose, child(path, "purpose"), Need::Optional, MaxLongText);
    checkCitations(project.sourceIds, child(path, "sources"), Need::Optional);
    const QString headings = child(path, "headings");
    checkText(project.headings.countries, child(headings, "countries"), Need::Optional,
              MaxShortText);
    checkText(project.headings.map, child(headings, "map"), Need::Optional, MaxShortText);
    checkText(project.headings.indicators, child(headings, "indicators"), Need::Optional,
              MaxShortText);
    checkText(project.headings.timeline, child(headings, "timeline"), Need::Optional, MaxShortText);
    checkPresent(project.start.isValid(), child(path, "start"), Need::Required);
    checkPresent(project.end.isValid(), child(path, "end"), Need::Required);
    if (project.start.isValid() && project.end.isValid() &&
        project.end.lastDay() < project.start.firstDay())
        error(child(path, "end"), tr("ends (%1) before the project starts (%2)")
                                      .arg(project.end.toIsoString(), project.start.toIsoString()));
}

void DatasetValidator::checkSources(const QList<Source> &sources)
{
    checkIdentified(
        sources, "sources", tr("duplicate source id \"%1\""),
        [&](const Source &source, const QString &path) {
            checkText(source.publisher, child(path, "publisher"), Need::Required, MaxShortText);
            checkText(source.title, child(path, "title"), Need::Required, MaxShortText);
            checkString(source.language, child(path, "language"), Need::Optional, MaxShortText);
            checkPresent(!source.published || source.published->isValid(), child(path, "published"),
                         Need::Required);
            const QString urlPath = child(path, "url");
            if (!source.url.isEmpty()) {
                if (characterCount(source.url) > MaxUrlLength)
                    checkLength(source.url, urlPath, MaxUrlLength);
                else if (!isWebAddress(source.url))
                    error(urlPath,
                          tr("must be an http or https address, got \"%1\"").arg(source.url));
            }
        },
        nothingElse);
    if (sources.isEmpty() && !m_log.hasErrorAround(QStringLiteral("$.sources")))
        error(QStringLiteral("$.sources"), tr("must list at least one source"));
}

void DatasetValidator::checkPhases(const QList<Phase> &phases)
{
    checkIdentified(
        phases, "phases", tr("duplicate phase id \"%1\""),
        [&](const Phase &phase, const QString &path) {
            checkText(phase.label, child(path, "label"), Need::Required, MaxShortText);
            checkText(phase.description, child(path, "description"), Need::Optional, MaxLongText);
        },
        [&](const Phase &phase, const QString &path) {
            checkCitations(phase.sourceIds, child(path, "sources"), Need::Required);
        });
}

void DatasetValidator::checkFootnotes(const QList<Footnote> &footnotes)
{
    checkIdentified(
        footnotes, "footnotes", tr("duplicate footnote id \"%1\""),
        [&](const Footnote &footnote, const QString &path) {
            if (checkPresent(!footnote.marker.isEmpty(), child(path, "marker"), Need::Required) &&
                characterCount(footnote.marker) > MaxMarkerLength)
                error(child(path, "marker"),
                      tr("must be at most %1 characters, got \"%2\"")
                          .arg(QString::number(MaxMarkerLength), footnote.marker));
            checkText(footnote.text, child(path, "text"), Need::Required, MaxLongText);
        },
        nothingElse);
}

void DatasetValidator::checkCountries(const QList<Country> &countries)
{
    static const QRegularExpression alpha2(QStringLiteral("^[A-Z]{2}$"));
    QSet<QString> seen;
    forEachElement(countries, "countries", [&](const Country &country, const QString &path) {
        const QString codePath = child(path, "code");
        if (checkPresent(!country.code.isEmpty(), codePath, Need::Required)) {
            if (!alpha2.match(country.code).hasMatch())
                error(codePath,
                      tr("must be an ISO 3166-1 alpha-2 code (two capital letters), got \"%1\"")
                          .arg(country.code));
            else
                checkUnique(seen, country.code, codePath, tr("duplicate country code \"%1\""));
        }
        checkText(country.name, child(path, "name"), Need::Required, MaxShortText);
        checkReference(country.phaseId, child(path, "phase"), m_phaseIds,
                       tr("refers to unknown phase id \"%1\""));
        checkReference(country.footnoteId, child(path, "footnote"), m_footnoteIds,
                       tr("refers to unknown footnote id \"%1\""));
    });
}

void DatasetValidator::checkIndicators(const QList<Indicator> &indicators)
{
    checkIdentified(
        indicators, "indicators", tr("duplicate indicator id \"%1\""),
        [&](const Indicator &indicator, const QString &path) {
            checkText(indicator.label, child(path, "label"), Need::Required, MaxShortText);
            checkText(indicator.description, child(path, "description"), Need::Optional,
                      MaxLongText);
            if (indicator.value < 0 || indicator.value > MaxValue)
                error(child(path, "value"),
                      tr("must be a whole number from 0 to %1, got %2")
                          .arg(QString::number(MaxValue), QString::number(indicator.value)));
        },
        [&](const Indicator &indicator, const QString &path) {
            checkCitations(indicator.sourceIds, child(path, "sources"), Need::Required);
            checkResultsFramework(indicator, path);
        });
}

void DatasetValidator::checkFigure(std::optional<double> figure, const QString &path)
{
    if (figure && !(std::abs(*figure) <= MaxFigure)) {
        error(path,
              tr("must be a number from -%1 to %1, got %2")
                  .arg(QString::number(MaxFigure, 'f', 0), QString::number(*figure, 'g', 17)));
    }
}

void DatasetValidator::checkResultsFramework(const Indicator &indicator, const QString &path)
{
    checkFigure(indicator.baseline, child(path, "baseline"));
    checkFigure(indicator.target, child(path, "target"));
    checkText(indicator.baselineComment, child(path, "baselineComment"), Need::Optional,
              MaxLongText);
    if (indicator.valuePeriod &&
        (*indicator.valuePeriod < 0 || *indicator.valuePeriod >= indicator.periods.size())) {
        error(child(path, "valuePeriod"),
              tr("must be the index of one of the %n periods (from 0), got %1", nullptr,
                 int(indicator.periods.size()))
                  .arg(QString::number(*indicator.valuePeriod)));
    }
    checkString(indicator.unit, child(path, "unit"), Need::Optional, MaxUnitLength);
    for (qsizetype i = 0; i < indicator.periods.size(); ++i) {
        const IndicatorPeriod &period = indicator.periods.at(i);
        const QString here = ProblemLog::index(child(path, "periods"), i);
        checkFigure(period.target, child(here, "target"));
        checkFigure(period.actual, child(here, "actual"));
        checkText(period.targetComment, child(here, "targetComment"), Need::Optional, MaxLongText);
        checkText(period.actualComment, child(here, "actualComment"), Need::Optional, MaxLongText);
        if (period.start.isValid() && period.end.isValid() && period.end < period.start) {
            error(child(here, "end"),
                  tr("ends (%1) before it starts (%2)")
                      .arg(period.end.toString(Qt::ISODate), period.start.toString(Qt::ISODate)));
        }
    }
}

void DatasetValidator::checkCharts(const QList<ChartSpec> &charts)
{
    if (charts.size() > MaxCharts) {
        // Refused before any is built, with one message rather than one per chart.
        error(QStringLiteral("$.charts"),
              tr("has %1 charts; the limit is %2 charts")
                  .arg(QString::number(charts.size()), QString::number(MaxCharts)));
        return;
    }
    checkIdentified(
        charts, "charts", tr("duplicate chart id \"%1\""),
        [&](const ChartSpec &chart, const QString &path) {
            checkText(chart.title, child(path, "title"), Need::Required, MaxShortText);
            // The activity's own charts draw its sections, not indicators.
            const bool drawsIndicators =
                chart.kind == ChartKind::Bar || chart.kind == ChartKind::Map;
            checkIdList(chart.indicatorIds, child(path, "indicators"),
                        drawsIndicators ? Need::Required : Need::Optional);
            if (chart.indicatorIds.size() > MaxBarsPerChart)
                error(child(path, "indicators"),
                      tr("lists %1 indicators; the limit is %2 indicators")
                          .arg(QString::number(chart.indicatorIds.size()),
                               QString::number(MaxBarsPerChart)));
            if (chart.kind == ChartKind::Finance &&
                !m_data->finance.currencies().contains(chart.currency))
                error(child(path, "currency"),
                      tr("must be a currency of the finance amounts, got \"%1\"")
                          .arg(chart.currency));
            if (chart.kind == ChartKind::Sectors && m_data->sectors.isEmpty())
                error(child(path, "kind"), tr("is \"sectors\", but the dataset has no sectors"));
            if (chart.kind == ChartKind::PolicyMarkers && m_data->policyMarkers.isEmpty())
                error(child(path, "kind"),
                      tr("is \"policyMarkers\", but the dataset has no policy markers"));
        },
        [&](const ChartSpec &chart, const QString &path) {
            checkReferences(chart.indicatorIds, child(path, "indicators"), m_indicatorIds,
                            tr("refers to unknown indicator id \"%1\""));
        });
}

void DatasetValidator::checkMilestones(const QList<Milestone> &milestones)
{
    checkIdentified(
        milestones, "milestones", tr("duplicate milestone id \"%1\""),
        [&](const Milestone &milestone, const QString &path) {
            // A date is read with its precision, a sibling field: a problem with
            // either is the reader's, already reported.
            if (!m_log.hasErrorAround(child(path, "precision")))
                checkPresent(milestone.date.isValid(), child(path, "date"), Need::Required);
            if (milestone.endDate && milestone.date.isValid() &&
                milestone.endDate->lastDay() < milestone.date.firstDay())
                error(child(path, "endDate"),
                      tr("ends (%1) before it starts (%2)")
                          .arg(milestone.endDate->toIsoString(), milestone.date.toIsoString()));
            // A bound says the event happened before or after one day; a span of
            // days would make "by" ambiguous.
            if (milestone.endDate && milestone.bound != DateBound::On)
                error(child(path, "endDate"), tr("is not allowed together with a \"bound\""));
            checkText(milestone.title, child(path, "title"), Need::Required, MaxShortText);
            checkText(milestone.description, child(path, "description"), Need::Optional,
                      MaxLongText);
        },
        [&](const Milestone &milestone, const QString &path) {
            checkCitations(milestone.sourceIds, child(path, "sources"), Need::Required);
        });
}

void DatasetValidator::checkNotes(const QList<DataNote> &notes)
{
    checkIdentified(
        notes, "notes", tr("duplicate note id \"%1\""),
        [&](const DataNote &note, const QString &path) {
            checkText(note.text, child(path, "text"), Need::Required, MaxLongText);
        },
        [&](const DataNote &note, const QString &path) {
            checkCitations(note.sourceIds, child(path, "sources"), Need::Optional);
        });
}

void DatasetValidator::checkRange(std::optional<double> value, double limit, const QString &path)
{
    if (value && !(std::abs(*value) <= limit)) {
        error(path, tr("must be a number from -%1 to %1, got %2")
                        .arg(QString::number(limit, 'f', 0), QString::number(*value, 'g', 17)));
    }
}

void DatasetValidator::checkPercentage(std::optional<double> percentage, const QString &path)
{
    if (percentage && !(*percentage >= 0 && *percentage <= 100))
        error(path, tr("must be a percentage from 0 to 100, got %1")
                        .arg(QString::number(*percentage, 'g', 17)));
}

void DatasetValidator::checkMoney(const MoneyValue &money, const QString &path)
{
    static const QRegularExpression currencyShape(QStringLiteral("^[A-Z]{3}$"));
    checkRange(money.amount, MaxAmount, child(path, "value"));
    if (!money.currency.isEmpty() && !currencyShape.match(money.currency).hasMatch())
        error(child(path, "currency"),
              tr("must be a three-letter ISO 4217 code like \"EUR\", got \"%1\"")
                  .arg(money.currency));
}

void DatasetValidator::checkActivityDetails(const Dataset &data)
{
    checkString(data.activityStatus, QStringLiteral("$.activityStatus"), Need::Optional,
                MaxMarkerLength);
    const QString finance = QStringLiteral("$.finance");
    const auto each = [&finance](const char *list, qsizetype i) {
        return ProblemLog::index(child(finance, list), i);
    };
    for (qsizetype i = 0; i < data.finance.budgets.size(); ++i)
        checkMoney(data.finance.budgets.at(i).value, each("budgets", i));
    for (qsizetype i = 0; i < data.finance.transactions.size(); ++i)
        checkMoney(data.finance.transactions.at(i).value, each("transactions", i));
    for (qsizetype i = 0; i < data.finance.plannedDisbursements.size(); ++i)
        checkMoney(data.finance.plannedDisbursements.at(i).value, each("plannedDisbursements", i));
    forEachElement(data.sectors, "sectors", [&](const Sector &sector, const QString &path) {
        checkString(sector.code, child(path, "code"), Need::Required, MaxShortText);
        checkPercentage(sector.percentage, child(path, "percentage"));
        checkText(sector.narrative, child(path, "name"), Need::Optional, MaxLongText);
    });
    forEachElement(
        data.policyMarkers, "policyMarkers", [&](const PolicyMarker &marker, const QString &path) {
            checkString(marker.code, child(path, "code"), Need::Required, MaxShortText);
            checkText(marker.narrative, child(path, "name"), Need::Optional, MaxLongText);
        });
    forEachElement(data.locations, "locations", [&](const Location &location, const QString &path) {
        checkRange(location.latitude, 90, child(path, "latitude"));
        checkRange(location.longitude, 180, child(path, "longitude"));
        if (location.latitude.has_value() != location.longitude.has_value())
            error(path, tr("must have both a latitude and a longitude, or neither"));
        checkText(location.name, child(path, "name"), Need::Optional, MaxLongText);
    });
    forEachElement(data.relatedActivities, "relatedActivities",
                   [&](const RelatedActivity &related, const QString &path) {
                       checkString(related.identifier, child(path, "identifier"), Need::Required,
                                   MaxLongText);
                   });
    forEachElement(data.participatingOrganisations, "participatingOrganisations",
                   [&](const ParticipatingOrganisation &organisation, const QString &path) {
                       checkText(organisation.name, child(path, "name"), Need::Optional,
                                 MaxLongText);
                   });
}

} // namespace sharaka
