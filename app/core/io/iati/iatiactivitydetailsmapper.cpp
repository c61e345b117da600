// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/iati/iatiactivitydetailsmapper.h"

#include "core/codelists.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sharaka {

namespace {

/// A chart title in the three interface languages (data text carries its own
/// translations); %1 is filled with @p argument.
LocalizedText title(const char *en, const char *fr, const char *ar, const QString &argument = {})
{
    QMap<QString, QString> texts{{QStringLiteral("en"), QString::fromUtf8(en)},
                                 {QStringLiteral("fr"), QString::fromUtf8(fr)},
                                 {QStringLiteral("ar"), QString::fromUtf8(ar)}};
    if (!argument.isEmpty())
        for (QString &text : texts)
            text = text.arg(argument);
    return LocalizedText(texts);
}

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

IatiActivityDetailsMapper::IatiActivityDetailsMapper(
    QString where, std::function<LocalizedText(const IatiTexts &)> text)
    : m_where(std::move(where))
    , m_text(std::move(text))
{}

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

void IatiActivityDetailsMapper::warn(QStringList &warnings, const QString &message) const
{
    warnings.append(QStringLiteral("%1: %2").arg(m_where, message));
}

void IatiActivityDetailsMapper::apply(const IatiActivity &activity, Dataset &data,
                                      QStringList &warnings) const
{
    const IatiActivityDetails &details = activity.details;
    const QString status = codeOrName(QStringLiteral("ActivityStatus"), details.status);
    if (Codelists::contains(QStringLiteral("ActivityStatus"), status))
        data.activityStatus = status;
    else if (!status.isEmpty())
        warn(warnings, QCoreApplication::translate(
                           "IatiImport", "activity-status \"%1\" is not a known status, ignored")
                           .arg(details.status));
    data.lastUpdated = day(activity.lastUpdated);
    mapFinance(activity, data, warnings);
    for (const IatiCoded &coded : details.sectors) {
        if (coded.code.isEmpty())
            continue;
        data.sectors.append(
            {vocabulary(coded.vocabulary), coded.code, coded.percentage, m_text(coded.name)});
    }
    for (const IatiCoded &coded : details.policyMarkers) {
        PolicyMarker marker{vocabulary(coded.vocabulary), coded.code, {}, m_text(coded.name)};
        bool ok = false;
        const int significance = coded.significance.toInt(&ok);
        if (ok && significance >= 0 && significance <= 4)
            marker.significance = significance;
        else if (!coded.significance.isEmpty())
            warn(warnings, QCoreApplication::translate(
                               "IatiImport", "policy-marker \"%1\": significance \"%2\" is not "
                                             "0 to 4, shown without it")
                               .arg(coded.code, coded.significance));
        if (!marker.code.isEmpty())
            data.policyMarkers.append(marker);
    }
    mapPlaces(activity, data, warnings);
    for (const IatiRelated &related : details.relatedActivities)
        if (!related.identifier.isEmpty())
            data.relatedActivities.append({related.type, related.identifier});
    mapOrganisations(activity, data);
    addCharts(data);
}

void IatiActivityDetailsMapper::mapFinance(const IatiActivity &activity, Dataset &data,
                                           QStringList &warnings) const
{
    const IatiActivityDetails &details = activity.details;
    ActivityFinance &finance = data.finance;
    finance.defaultCurrency = details.defaultCurrency;
    // An amount without a currency of its own is in the default currency;
    // without either, it cannot be shown beside any other.
    const auto money = [&](const IatiMoney &value, const QString &element,
                           std::optional<MoneyValue> &out) {
        const QString currency =
            value.currency.isEmpty() ? details.defaultCurrency : value.currency;
        if (!value.amount) {
            warn(warnings, QCoreApplication::translate("IatiImport", "%1 without a value, ignored")
                               .arg(element));
            return;
        }
        static const QRegularExpression currencyShape(QStringLiteral("^[A-Z]{3}$"));
        if (!currency.isEmpty() && !currencyShape.match(currency).hasMatch()) {
            warn(warnings, QCoreApplication::translate(
                               "IatiImport", "%1: currency \"%2\" is not an ISO 4217 code, ignored")
                               .arg(element, currency));
            return;
        }
        if (currency.isEmpty()) {
            warn(warnings, QCoreApplication::translate(
                               "IatiImport", "%1 of %2 has no currency and the activity no "
                                             "default-currency, ignored")
                               .arg(element, QString::number(*value.amount, 'f', 2)));
            return;
        }
        out = MoneyValue{*value.amount, currency, day(value.valueDate)};
    };
    for (const IatiBudget &budget : details.budgets) {
        std::optional<MoneyValue> value;
        money(budget.value, QStringLiteral("budget"), value);
        if (value)
            finance.budgets.append({codeOrName(QStringLiteral("BudgetType"), budget.type),
                                    budget.status, day(budget.periodStart), day(budget.periodEnd),
                                    *value});
    }
    for (const IatiBudget &planned : details.plannedDisbursements) {
        std::optional<MoneyValue> value;
        money(planned.value, QStringLiteral("planned-disbursement"), value);
        if (value)
            finance.plannedDisbursements.append(
                {planned.type, day(planned.periodStart), day(planned.periodEnd), *value});
    }
    for (const IatiTransaction &source : details.transactions) {
        const QString type = transactionType(source.type);
        if (type.isEmpty()) {
            warn(warnings, QCoreApplication::translate(
                               "IatiImport", "transaction-type \"%1\" is not a known type, "
                                             "transaction ignored")
                               .arg(source.type));
            continue;
        }
        std::optional<MoneyValue> value;
        money(source.value, QStringLiteral("transaction"), value);
        if (!value)
            continue;
        Transaction transaction;
        transaction.type = type;
        transaction.date = day(source.date);
        transaction.value = *value;
        transaction.provider = plainName(source.provider);
        transaction.receiver = plainName(source.receiver);
        transaction.description = m_text(source.description);
        finance.transactions.append(transaction);
    }
}

void IatiActivityDetailsMapper::mapPlaces(const IatiActivity &activity, Dataset &data,
                                          QStringList &warnings) const
{
    static const QRegularExpression separator(QStringLiteral("[\\s,]+"));
    for (const IatiLocation &source : activity.details.locations) {
        Location location;
        location.ref = source.ref;
        location.name = m_text(source.name);
        location.adminVocabulary = source.adminVocabulary;
        location.adminLevel = source.adminLevel;
        location.adminCode = source.adminCode;
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
            warn(warnings, QCoreApplication::translate(
                               "IatiImport", "location \"%1\": \"%2 %3\" is not a latitude and "
                                             "longitude, not drawn on the map")
                               .arg(source.ref, latitude, longitude));
        }
        if (location.hasPoint() || !location.name.isEmpty() || !location.adminCode.isEmpty())
            data.locations.append(location);
    }
}

void IatiActivityDetailsMapper::mapOrganisations(const IatiActivity &activity, Dataset &data) const
{
    for (const IatiOrganisation &source : activity.organisations) {
        ParticipatingOrganisation organisation;
        organisation.role = roleCode(source.role);
        organisation.type = codeOrName(QStringLiteral("OrganisationType"), source.type);
        organisation.ref = source.ref;
        organisation.name = m_text(source.name);
        organisation.activityId = source.activityId;
        if (!organisation.name.isEmpty() || !organisation.ref.isEmpty())
            data.participatingOrganisations.append(organisation);
    }
}

void IatiActivityDetailsMapper::addCharts(Dataset &data) const
{
    // After the results' charts, whose ids and order stay as they were; money
    // first among these, as aid portals show an activity.
    QList<ChartSpec> charts;
    const QStringList currencies = data.finance.currencies();
    for (const QString &currency : currencies) {
        if (data.finance.byYear(currency).isEmpty())
            continue;
        ChartSpec chart;
        chart.id = charts.isEmpty() ? QStringLiteral("finance")
                                    : QStringLiteral("finance-%1").arg(currency.toLower());
        chart.kind = ChartKind::Finance;
        chart.currency = currency;
        chart.title =
            title("Budget and spending per year (%1)", "Budget et dépenses par année (%1)",
                  "الميزانية والإنفاق حسب السنة (\u2068%1\u2069)", currency);
        charts.append(chart);
    }
    if (!data.sectors.isEmpty()) {
        ChartSpec chart;
        chart.id = QStringLiteral("sectors");
        chart.kind = ChartKind::Sectors;
        chart.title = title("Sectors", "Secteurs", "القطاعات");
        charts.append(chart);
    }
    if (!data.policyMarkers.isEmpty()) {
        ChartSpec chart;
        chart.id = QStringLiteral("policy-markers");
        chart.kind = ChartKind::PolicyMarkers;
        chart.title = title("Policy markers", "Marqueurs de politique", "مؤشرات السياسات");
        charts.append(chart);
    }
    data.charts += charts;
}

} // namespace sharaka
