// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/datasetwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sharaka {

namespace {

QJsonObject localized(const LocalizedText &text)
{
    QJsonObject object;
    const QMap<QString, QString> texts = text.all();
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject dated(const PartialDate &date)
{
    return QJsonObject{{QStringLiteral("date"), date.toIsoString()},
                       {QStringLiteral("precision"), PartialDate::precisionName(date.precision())}};
}

void insertText(QJsonObject &object, const QString &key, const LocalizedText &text)
{
    if (!text.isEmpty())
        object.insert(key, localized(text));
}

void insertIds(QJsonObject &object, const QString &key, const QStringList &ids)
{
    if (!ids.isEmpty())
        object.insert(key, QJsonArray::fromStringList(ids));
}

void insertNumber(QJsonObject &object, const QString &key, std::optional<double> value)
{
    if (value)
        object.insert(key, *value);
}

template<typename T, typename Write>
QJsonArray array(const QList<T> &items, Write write)
{
    QJsonArray result;
    for (const T &item : items)
        result.append(write(item));
    return result;
}

QJsonObject project(const ProjectInfo &info)
{
    QJsonObject object{{QStringLiteral("id"), info.id}};
    insertText(object, QStringLiteral("name"), info.name);
    insertText(object, QStringLiteral("nameMeaning"), info.nameMeaning);
    insertText(object, QStringLiteral("summary"), info.summary);
    insertText(object, QStringLiteral("implementer"), info.implementer);
    insertText(object, QStringLiteral("funder"), info.funder);
    insertText(object, QStringLiteral("purpose"), info.purpose);
    object.insert(QStringLiteral("start"), dated(info.start));
    object.insert(QStringLiteral("end"), dated(info.end));
    insertIds(object, QStringLiteral("sources"), info.sourceIds);
    QJsonObject headings;
    insertText(headings, QStringLiteral("countries"), info.headings.countries);
    insertText(headings, QStringLiteral("map"), info.headings.map);
    insertText(headings, QStringLiteral("indicators"), info.headings.indicators);
    insertText(headings, QStringLiteral("timeline"), info.headings.timeline);
    if (!headings.isEmpty())
        object.insert(QStringLiteral("headings"), headings);
    return object;
}

QJsonObject source(const Source &item)
{
    QJsonObject object{{QStringLiteral("id"), item.id}};
    insertText(object, QStringLiteral("publisher"), item.publisher);
    insertText(object, QStringLiteral("title"), item.title);
    if (!item.language.isEmpty())
        object.insert(QStringLiteral("language"), item.language);
    if (item.published)
        object.insert(QStringLiteral("published"), dated(*item.published));
    if (!item.url.isEmpty())
        object.insert(QStringLiteral("url"), item.url);
    insertIds(object, QStringLiteral("categories"), item.categories);
    insertIds(object, QStringLiteral("languages"), item.languages);
    return object;
}

QJsonObject indicator(const Indicator &item)
{
    QJsonObject object{{QStringLiteral("id"), item.id}};
    insertText(object, QStringLiteral("label"), item.label);
    insertText(object, QStringLiteral("description"), item.description);
    object.insert(QStringLiteral("value"), item.value);
    if (item.qualifier == Qualifier::AtLeast)
        object.insert(QStringLiteral("qualifier"), QStringLiteral("atLeast"));
    if (item.headline)
        object.insert(QStringLiteral("headline"), true);
    insertIds(object, QStringLiteral("sources"), item.sourceIds);
    insertNumber(object, QStringLiteral("baseline"), item.baseline);
    if (item.baselineYear > 0)
        object.insert(QStringLiteral("baselineYear"), item.baselineYear);
    insertText(object, QStringLiteral("baselineComment"), item.baselineComment);
    insertNumber(object, QStringLiteral("target"), item.target);
    if (!item.periods.isEmpty()) {
        object.insert(QStringLiteral("periods"), array(item.periods, [](const IndicatorPeriod &p) {
                          QJsonObject period;
                          if (p.start.isValid())
                              period.insert(QStringLiteral("start"), p.start.toString(Qt::ISODate));
                          if (p.end.isValid())
                              period.insert(QStringLiteral("end"), p.end.toString(Qt::ISODate));
                          insertNumber(period, QStringLiteral("target"), p.target);
                          insertNumber(period, QStringLiteral("actual"), p.actual);
                          insertText(period, QStringLiteral("targetComment"), p.targetComment);
                          insertText(period, QStringLiteral("actualComment"), p.actualComment);
                          return period;
                      }));
    }
    if (item.valuePeriod)
        object.insert(QStringLiteral("valuePeriod"), double(*item.valuePeriod));
    if (item.cumulative)
        object.insert(QStringLiteral("cumulative"), true);
    if (!item.unit.isEmpty())
        object.insert(QStringLiteral("unit"), item.unit);
    if (!item.ascending)
        object.insert(QStringLiteral("ascending"), false);
    return object;
}

QJsonObject milestone(const Milestone &item)
{
    QJsonObject object{
        {QStringLiteral("id"), item.id},
        {QStringLiteral("date"), item.date.toIsoString()},
        {QStringLiteral("precision"), PartialDate::precisionName(item.date.precision())}};
    if (item.endDate)
        object.insert(QStringLiteral("endDate"), item.endDate->toIsoString());
    if (item.bound != DateBound::On) {
        object.insert(QStringLiteral("bound"), item.bound == DateBound::NotAfter
                                                   ? QStringLiteral("notAfter")
                                                   : QStringLiteral("notBefore"));
    }
    insertText(object, QStringLiteral("title"), item.title);
    insertText(object, QStringLiteral("description"), item.description);
    insertIds(object, QStringLiteral("sources"), item.sourceIds);
    return object;
}

QString chartKindName(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Bar:
    case ChartKind::Periods: // implicit: never written (see Dataset::chartIds)
        break;
    case ChartKind::Map:
        return QStringLiteral("map");
    case ChartKind::Finance:
        return QStringLiteral("finance");
    case ChartKind::Sectors:
        return QStringLiteral("sectors");
    case ChartKind::PolicyMarkers:
        return QStringLiteral("policyMarkers");
    }
    return QStringLiteral("bar");
}

void insertString(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void insertDate(QJsonObject &object, const QString &key, const QDate &date)
{
    if (date.isValid())
        object.insert(key, date.toString(Qt::ISODate));
}

void insertMoney(QJsonObject &object, const MoneyValue &money)
{
    object.insert(QStringLiteral("value"), money.amount);
    object.insert(QStringLiteral("currency"), money.currency);
    insertDate(object, QStringLiteral("valueDate"), money.valueDate);
}

QJsonObject period(const QString &type, const QDate &start, const QDate &end,
                   const MoneyValue &value)
{
    QJsonObject object;
    insertString(object, QStringLiteral("type"), type);
    insertDate(object, QStringLiteral("periodStart"), start);
    insertDate(object, QStringLiteral("periodEnd"), end);
    insertMoney(object, value);
    return object;
}

QJsonObject finance(const ActivityFinance &money)
{
    QJsonObject object;
    insertString(object, QStringLiteral("defaultCurrency"), money.defaultCurrency);
    object.insert(QStringLiteral("budgets"), array(money.budgets, [](const Budget &item) {
                      QJsonObject budget =
                          period(item.type, item.periodStart, item.periodEnd, item.value);
                      insertString(budget, QStringLiteral("status"), item.status);
                      return budget;
                  }));
    object.insert(QStringLiteral("transactions"),
                  array(money.transactions, [](const Transaction &item) {
                      QJsonObject transaction{{QStringLiteral("type"), item.type}};
                      insertDate(transaction, QStringLiteral("date"), item.date);
                      insertMoney(transaction, item.value);
                      insertString(transaction, QStringLiteral("provider"), item.provider);
                      insertString(transaction, QStringLiteral("receiver"), item.receiver);
                      insertText(transaction, QStringLiteral("description"), item.description);
                      return transaction;
                  }));
    object.insert(QStringLiteral("plannedDisbursements"),
                  array(money.plannedDisbursements, [](const PlannedDisbursement &item) {
                      return period(item.type, item.periodStart, item.periodEnd, item.value);
                  }));
    return object;
}

/// The sections of an aid activity, each only when it has content, so that
/// a dataset without them (Sharaka's) is written as before.
void insertActivityDetails(QJsonObject &root, const Dataset &dataset)
{
    insertString(root, QStringLiteral("activityStatus"), dataset.activityStatus);
    insertDate(root, QStringLiteral("lastUpdated"), dataset.lastUpdated);
    if (!dataset.finance.isEmpty())
        root.insert(QStringLiteral("finance"), finance(dataset.finance));
    const auto coded = [](const QString &vocabulary, const QString &code,
                          const LocalizedText &name) {
        QJsonObject object{{QStringLiteral("vocabulary"), vocabulary},
                           {QStringLiteral("code"), code}};
        insertText(object, QStringLiteral("name"), name);
        return object;
    };
    if (!dataset.sectors.isEmpty()) {
        root.insert(QStringLiteral("sectors"), array(dataset.sectors, [&](const Sector &item) {
                        QJsonObject object = coded(item.vocabulary, item.code, item.narrative);
                        insertNumber(object, QStringLiteral("percentage"), item.percentage);
                        return object;
                    }));
    }
    if (!dataset.policyMarkers.isEmpty()) {
        root.insert(QStringLiteral("policyMarkers"),
                    array(dataset.policyMarkers, [&](const PolicyMarker &item) {
                        QJsonObject object = coded(item.vocabulary, item.code, item.narrative);
                        if (item.significance)
                            object.insert(QStringLiteral("significance"), *item.significance);
                        return object;
                    }));
    }
    if (!dataset.locations.isEmpty()) {
        root.insert(QStringLiteral("locations"), array(dataset.locations, [](const Location &item) {
                        QJsonObject object;
                        insertString(object, QStringLiteral("ref"), item.ref);
                        insertText(object, QStringLiteral("name"), item.name);
                        insertNumber(object, QStringLiteral("latitude"), item.latitude);
                        insertNumber(object, QStringLiteral("longitude"), item.longitude);
                        insertString(object, QStringLiteral("adminVocabulary"),
                                     item.adminVocabulary);
                        insertString(object, QStringLiteral("adminLevel"), item.adminLevel);
                        insertString(object, QStringLiteral("adminCode"), item.adminCode);
                        return object;
                    }));
    }
    if (!dataset.relatedActivities.isEmpty()) {
        root.insert(QStringLiteral("relatedActivities"),
                    array(dataset.relatedActivities, [](const RelatedActivity &item) {
                        return QJsonObject{{QStringLiteral("type"), item.type},
                                           {QStringLiteral("identifier"), item.identifier}};
                    }));
    }
    if (!dataset.participatingOrganisations.isEmpty()) {
        root.insert(
            QStringLiteral("participatingOrganisations"),
            array(dataset.participatingOrganisations, [](const ParticipatingOrganisation &item) {
                QJsonObject object{{QStringLiteral("role"), item.role}};
                insertString(object, QStringLiteral("type"), item.type);
                insertString(object, QStringLiteral("ref"), item.ref);
                insertText(object, QStringLiteral("name"), item.name);
                insertString(object, QStringLiteral("activityId"), item.activityId);
                return object;
            }));
    }
}

} // namespace

QByteArray DatasetWriter::toJson(const Dataset &dataset)
{
    QJsonObject root{{QStringLiteral("schema"), dataset.schema},
                     {QStringLiteral("version"), dataset.version},
                     {QStringLiteral("project"), project(dataset.project)},
                     {QStringLiteral("sources"), array(dataset.sources, source)}};
    if (!dataset.phases.isEmpty()) {
        root.insert(QStringLiteral("phases"), array(dataset.phases, [](const Phase &item) {
                        QJsonObject object{{QStringLiteral("id"), item.id},
                                           {QStringLiteral("order"), item.order}};
                        insertText(object, QStringLiteral("label"), item.label);
                        insertText(object, QStringLiteral("description"), item.description);
                        insertIds(object, QStringLiteral("sources"), item.sourceIds);
                        return object;
                    }));
    }
    if (!dataset.footnotes.isEmpty()) {
        root.insert(QStringLiteral("footnotes"), array(dataset.footnotes, [](const Footnote &item) {
                        return QJsonObject{{QStringLiteral("id"), item.id},
                                           {QStringLiteral("marker"), item.marker},
                                           {QStringLiteral("text"), localized(item.text)}};
                    }));
    }
    root.insert(QStringLiteral("countries"), array(dataset.countries, [](const Country &item) {
                    QJsonObject object{{QStringLiteral("code"), item.code},
                                       {QStringLiteral("name"), localized(item.name)}};
                    if (!item.phaseId.isEmpty())
                        object.insert(QStringLiteral("phase"), item.phaseId);
                    if (!item.footnoteId.isEmpty())
                        object.insert(QStringLiteral("footnote"), item.footnoteId);
                    return object;
                }));
    root.insert(QStringLiteral("indicators"), array(dataset.indicators, indicator));
    root.insert(QStringLiteral("charts"), array(dataset.charts, [](const ChartSpec &item) {
                    QJsonObject object{{QStringLiteral("id"), item.id},
                                       {QStringLiteral("kind"), chartKindName(item.kind)},
                                       {QStringLiteral("title"), localized(item.title)}};
                    // The new kinds draw the activity's own sections, not indicators.
                    if (item.kind == ChartKind::Bar || item.kind == ChartKind::Map)
                        object.insert(QStringLiteral("indicators"),
                                      QJsonArray::fromStringList(item.indicatorIds));
                    insertString(object, QStringLiteral("currency"), item.currency);
                    return object;
                }));
    root.insert(QStringLiteral("milestones"), array(dataset.milestones, milestone));
    if (!dataset.notes.isEmpty()) {
        root.insert(QStringLiteral("notes"), array(dataset.notes, [](const DataNote &item) {
                        QJsonObject object{{QStringLiteral("id"), item.id},
                                           {QStringLiteral("text"), localized(item.text)}};
                        insertIds(object, QStringLiteral("sources"), item.sourceIds);
                        return object;
                    }));
    }
    insertActivityDetails(root, dataset);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace sharaka
