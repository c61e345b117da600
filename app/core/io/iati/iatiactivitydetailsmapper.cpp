// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/iati/iatiactivitydetailsmapper.h"

#include "core/activityfigures.h"
#include "core/codelists.h"
#include "core/io/datasetvalidator.h"

#include <QMap>
#include <QRegularExpression>

#include <cmath>

namespace sharaka {

namespace {

QDate day(const QString &text)
{
    return QDate::fromString(text.left(10), Qt::ISODate);
}

/// Organisation names as plain text: the English narrative, else any.
QString plainName(const IatiTexts &texts)
{
    return texts.value(QStringLiteral("en"), texts.isEmpty() ? QString() : texts.first());
}

/// IATI 2 OrganisationRole codes of the 1.0x names.
QString roleCode(const QString &role)
{
    static const QStringList legacy{QStringLiteral("funding"), QStringLiteral("accountable"),
                                    QStringLiteral("extending"), QStringLiteral("implementing")};
    const qsizetype index = legacy.indexOf(role.toLower());
    return index < 0 ? role : QString::number(index + 1);
}

/// A code as published, or the code of a name published in its place.
QString codeOrName(const QString &list, const QString &value)
{
    if (value.isEmpty() || Codelists::contains(list, value))
        return value;
    const QString code = Codelists::codeOfName(list, value);
    return code.isEmpty() ? value : code;
}

} // namespace

QString IatiActivityDetailsMapper::transactionType(const QString &code)
{
    // IATI 1.0x text codes and the 2.x codes that replaced them.
    static const QMap<QString, QString> legacy{
        {QStringLiteral("IF"), QStringLiteral("1")}, {QStringLiteral("C"), QStringLiteral("2")},
        {QStringLiteral("D"), QStringLiteral("3")},  {QStringLiteral("E"), QStringLiteral("4")},
        {QStringLiteral("IR"), QStringLiteral("5")}, {QStringLiteral("LR"), QStringLiteral("6")},
        {QStringLiteral("R"), QStringLiteral("7")},  {QStringLiteral("QP"), QStringLiteral("8")},
        {QStringLiteral("QS"), QStringLiteral("9")}, {QStringLiteral("CG"), QStringLiteral("10")}};
    if (Codelists::contains(QStringLiteral("TransactionType"), code))
        return code;
    return legacy.value(code.toUpper());
}

QString IatiActivityDetailsMapper::vocabulary(const QString &code)
{
    // No vocabulary means DAC 5-digit in both versions; 1.0x named them.
    if (code.isEmpty() || code.compare(QLatin1String("DAC"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("1");
    if (code.compare(QLatin1String("DAC-3"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("2");
    if (code.compare(QLatin1String("RO"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("99");
    return code;
}

LocalizedText IatiActivityDetailsMapper::text(const IatiTexts &texts, const IatiPlace &place,
                                              qint64 line)
{
    return m_context.text(texts, place, line, DatasetValidator::MaxShortText);
}

void IatiActivityDetailsMapper::map(Dataset &data)
{
    const IatiActivity &activity = m_context.activity();
    data.lastUpdated = day(activity.lastUpdated);
    mapStatus(data);
    mapFinance(data);
    mapSectors(data);
    mapPolicyMarkers(data);
    mapPlaces(data);
    for (const IatiRelated &related : activity.details.relatedActivities)
        if (!related.identifier.isEmpty())
            data.relatedActivities.append({related.type, related.identifier});
    mapOrganisations(data);
    if (const qsizetype skipped = activity.details.skippedEntries; skipped > 0)
        m_context.log().warn(
            tr("%n budgets, transactions, sectors or locations past the first %1 of their kind "
               "were not read",
               nullptr, int(std::min<qsizetype>(skipped, INT_MAX)))
                .arg(QString::number(IatiActivityDetails::MaxEntries)));
    addCharts(data);
}

void IatiActivityDetailsMapper::mapStatus(Dataset &data)
{
    const QString &published = m_context.activity().details.status;
    const QString status = codeOrName(QStringLiteral("ActivityStatus"), published);
    if (Codelists::contains(QStringLiteral("ActivityStatus"), status))
        data.activityStatus = status;
    else if (!status.isEmpty())
        m_context.log().warn(IatiPlace("activity-status").attribute("code"), 0,
                             tr("\"%1\" is not a known status, ignored").arg(published));
}

std::optional<MoneyValue> IatiActivityDetailsMapper::money(const IatiMoney &value,
                                                           const IatiPlace &place, qint64 line)
{
    const QString &defaultCurrency = m_context.activity().details.defaultCurrency;
    // An amount without a currency of its own is in the default currency;
    // without either, it cannot be shown beside any other.
    const QString currency = value.currency.isEmpty() ? defaultCurrency : value.currency;
    const IatiPlace valuePlace = place.child("value");
    if (!value.amount) {
        m_context.log().warn(valuePlace, line,
                             value.amountText.isEmpty()
                                 ? tr("no amount, ignored")
                                 : tr("\"%1\" is not a number, ignored").arg(value.amountText));
        return std::nullopt;
    }
    static const QRegularExpression currencyShape(QStringLiteral("^[A-Z]{3}$"));
    if (!currency.isEmpty() && !currencyShape.match(currency).hasMatch()) {
        m_context.log().warn(valuePlace.attribute("currency"), line,
                             tr("\"%1\" is not an ISO 4217 code, ignored").arg(currency));
        return std::nullopt;
    }
    if (currency.isEmpty()) {
        m_context.log().warn(valuePlace, line,
                             tr("%1 has no currency and the activity no default-currency, ignored")
                                 .arg(QString::number(*value.amount, 'f', 2)));
        return std::nullopt;
    }
    if (std::abs(*value.amount) > DatasetValidator::MaxAmount) {
        m_context.log().warn(valuePlace, line,
                             tr("%1 is beyond any published amount, ignored")
                                 .arg(QString::number(*value.amount, 'g', 6)));
        return std::nullopt;
    }
    return MoneyValue{*value.amount, currency, day(value.valueDate)};
}

void IatiActivityDetailsMapper::mapFinance(Dataset &data)
{
    const IatiActivityDetails &details = m_context.activity().details;
    ActivityFinance &finance = data.finance;
    finance.defaultCurrency = details.defaultCurrency;
    for (qsizetype i = 0; i < details.budgets.size(); ++i) {
        const IatiBudget &budget = details.budgets.at(i);
        if (const auto value = money(budget.value, IatiPlace().child("budget", i), budget.line))
            finance.budgets.append({codeOrName(QStringLiteral("BudgetType"), budget.type),
                                    budget.status, day(budget.periodStart), day(budget.periodEnd),
                                    *value});
    }
    for (qsizetype i = 0; i < details.plannedDisbursements.size(); ++i) {
        const IatiBudget &planned = details.plannedDisbursements.at(i);
        if (const auto value =
                money(planned.value, IatiPlace().child("planned-disbursement", i), planned.line))
            finance.plannedDisbursements.append(
                {planned.type, day(planned.periodStart), day(planned.periodEnd), *value});
    }
    // Per transaction type and currency: what they add up to, and the first
    // negative one, for the warning below.
    struct Flow
    {
        double sum = 0;
        qsizetype count = 0;
        qsizetype firstNegative = -1;
    };
    QMap<std::pair<QString, QString>, Flow> flows;
    for (qsizetype i = 0; i < details.transactions.size(); ++i) {
        const IatiTransaction &source = details.transactions.at(i);
        const IatiPlace place = IatiPlace().child("transaction", i);
        const QString type = transactionType(source.type);
        if (type.isEmpty()) {
            m_context.log().warn(
                place.child("transaction-type").attribute("code"), source.line,
                tr("\"%1\" is not a known transaction type, transaction ignored").arg(source.type));
            continue;
        }
        const auto value = money(source.value, place, source.line);
        if (!value)
            continue;
        Transaction transaction;
        transaction.type = type;
        transaction.date = day(source.date);
        transaction.value = *value;
        transaction.provider = plainName(source.provider).left(DatasetValidator::MaxShortText);
        transaction.receiver = plainName(source.receiver).left(DatasetValidator::MaxShortText);
        transaction.description = text(source.description, place.child("description"), source.line);
        finance.transactions.append(transaction);
        Flow &flow = flows[{type, value->currency}];
        flow.sum += value->amount;
        ++flow.count;
        if (value->amount < 0 && flow.firstNegative < 0)
            flow.firstNegative = i;
    }
    // Some publishers write money paid out as negative amounts (a real file
    // has every expenditure below zero): its "spent" would read as negative
    // with nothing said. IATI keeps negative amounts for corrections.
    for (auto it = flows.cbegin(); it != flows.cend(); ++it) {
        if (it->sum >= 0)
            continue;
        const IatiTransaction &first = details.transactions.at(it->firstNegative);
        m_context.log().warn(
            IatiPlace().child("transaction", it->firstNegative).child("value"), first.line,
            tr("the %n transactions of type %1 in %2 add up to %3, below zero: IATI gives money "
               "paid or received as positive amounts and corrections as negative ones; shown as "
               "published",
               nullptr, int(it->count))
                .arg(it.key().first, it.key().second, QString::number(it->sum, 'f', 2)));
    }
}

void IatiActivityDetailsMapper::mapSectors(Dataset &data)
{
    const QList<IatiCoded> &sectors = m_context.activity().details.sectors;
    for (qsizetype i = 0; i < sectors.size(); ++i) {
        const IatiCoded &coded = sectors.at(i);
        if (coded.code.isEmpty())
            continue;
        data.sectors.append({vocabulary(coded.vocabulary), coded.code, coded.percentage,
                             text(coded.name, IatiPlace().child("sector", i), coded.line)});
    }
}

void IatiActivityDetailsMapper::mapPolicyMarkers(Dataset &data)
{
    const QList<IatiCoded> &markers = m_context.activity().details.policyMarkers;
    for (qsizetype i = 0; i < markers.size(); ++i) {
        const IatiCoded &coded = markers.at(i);
        const IatiPlace place = IatiPlace().child("policy-marker", i);
        PolicyMarker marker{
            vocabulary(coded.vocabulary), coded.code, {}, text(coded.name, place, coded.line)};
        bool ok = false;
        const int significance = coded.significance.toInt(&ok);
        if (ok && significance >= 0 && significance <= 4)
            marker.significance = significance;
        else if (!coded.significance.isEmpty())
            m_context.log().warn(
                place.attribute("significance"), coded.line,
                tr("\"%1\" is not 0 to 4, the marker is shown without it").arg(coded.significance));
        if (!marker.code.isEmpty())
            data.policyMarkers.append(marker);
    }
}

void IatiActivityDetailsMapper::mapPlaces(Dataset &data)
{
    static const QRegularExpression separator(QStringLiteral("[\\s,]+"));
    const QList<IatiLocation> &locations = m_context.activity().details.locations;
    for (qsizetype i = 0; i < locations.size(); ++i) {
        const IatiLocation &source = locations.at(i);
        const IatiPlace place = IatiPlace().child("location", i);
        Location location;
        location.ref = source.ref.left(DatasetValidator::MaxShortText);
        location.name = text(source.name, place.child("name"), source.line);
        location.adminVocabulary = source.adminVocabulary.left(DatasetValidator::MaxShortText);
        location.adminLevel = source.adminLevel.left(DatasetValidator::MaxShortText);
        location.adminCode = source.adminCode.left(DatasetValidator::MaxShortText);
        QString latitude = source.latitude;
        QString longitude = source.longitude;
        if (!source.position.isEmpty()) {
            const QStringList parts = source.position.split(separator, Qt::SkipEmptyParts);
            latitude = parts.value(0);
            longitude = parts.value(1);
        }
        bool latitudeOk = false;
        bool longitudeOk = false;
        const double lat = latitude.toDouble(&latitudeOk);
        const double lon = longitude.toDouble(&longitudeOk);
        if (latitudeOk && longitudeOk && std::abs(lat) <= 90 && std::abs(lon) <= 180) {
            location.latitude = lat;
            location.longitude = lon;
        } else if (!latitude.isEmpty() || !longitude.isEmpty()) {
            m_context.log().warn(place.child("point").child("pos"), source.line,
                                 tr("\"%1 %2\" is not a latitude and longitude, not drawn on the "
                                    "map")
                                     .arg(latitude.left(40), longitude.left(40)));
        }
        if (location.hasPoint() || !location.name.isEmpty() || !location.adminCode.isEmpty())
            data.locations.append(location);
    }
}

void IatiActivityDetailsMapper::mapOrganisations(Dataset &data)
{
    const QList<IatiOrganisation> &organisations = m_context.activity().organisations;
    for (qsizetype i = 0; i < organisations.size(); ++i) {
        const IatiOrganisation &source = organisations.at(i);
        ParticipatingOrganisation organisation;
        organisation.role = roleCode(source.role);
        organisation.type = codeOrName(QStringLiteral("OrganisationType"), source.type);
        organisation.ref = source.ref.left(DatasetValidator::MaxShortText);
        organisation.name =
            text(source.name, IatiPlace().child("participating-org", i), source.line);
        organisation.activityId = source.activityId.left(DatasetValidator::MaxShortText);
        if (!organisation.name.isEmpty() || !organisation.ref.isEmpty())
            data.participatingOrganisations.append(organisation);
    }
}

void IatiActivityDetailsMapper::addCharts(Dataset &data)
{
    // After the results' charts, whose ids and order stay as they were; money
    // first among these, as aid portals show an activity.
    QList<ChartSpec> charts;
    const auto add = [&charts](const QString &id, ChartKind kind, const LocalizedText &title,
                               const QString &currency = {}) {
        ChartSpec chart;
        chart.id = id;
        chart.kind = kind;
        chart.title = title;
        chart.currency = currency;
        charts.append(chart);
    };
    for (const QString &currency : data.finance.currencies()) {
        if (data.finance.byYear(currency).isEmpty())
            continue;
        add(charts.isEmpty() ? ActivityFigures::financeChartId()
                             : QStringLiteral("finance-%1").arg(currency.toLower()),
            ChartKind::Finance,
            IatiWords::text(QT_TRANSLATE_NOOP("IatiWords", "Budget and spending per year (%1)"),
                            QStringList{currency}),
            currency);
    }
    if (!data.sectors.isEmpty())
        add(QStringLiteral("sectors"), ChartKind::Sectors,
            IatiWords::text(QT_TRANSLATE_NOOP("IatiWords", "Sectors")));
    if (!data.policyMarkers.isEmpty())
        add(QStringLiteral("policy-markers"), ChartKind::PolicyMarkers,
            IatiWords::text(QT_TRANSLATE_NOOP("IatiWords", "Policy markers")));
    data.charts += charts;
}

} // namespace sharaka
