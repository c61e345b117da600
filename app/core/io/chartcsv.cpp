// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/chartcsv.h"

#include "core/activityfigures.h"
#include "core/textformat.h"

namespace sharaka {

namespace {

QString number(std::optional<double> value)
{
    return value ? QString::number(*value, 'g', 15) : QString();
}

/// Quotes a field when RFC 4180 requires it. A text that a spreadsheet would
/// run as a formula (starting with = + - @) gets a leading apostrophe, since
/// labels come from files of unknown origin.
QString field(QString text, bool isText)
{
    static const QString formulaStarts = QStringLiteral("=+-@");
    if (isText && !text.isEmpty() && formulaStarts.contains(text.at(0)))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(',')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

const QString LineEnd = QStringLiteral("\r\n");

QString day(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

/// Every amount of one currency: budgets, planned disbursements and
/// transactions, one row each, as published (codes and names both).
QString financeCsv(const Dataset &dataset, const QString &currency, Language language)
{
    const ActivityFigures figures(language);
    QString csv = QStringLiteral("kind,type,type name,date,period start,period end,value,currency,"
                                 "value date,provider,receiver,description") +
                  LineEnd;
    const auto row = [&csv](const QStringList &fields) {
        csv += fields.join(QLatin1Char(',')) + LineEnd;
    };
    const ActivityFinance &finance = dataset.finance;
    for (const Budget &budget : finance.budgets) {
        if (budget.value.currency == currency)
            row({QStringLiteral("budget"), field(budget.type, true), QString(), QString(),
                 day(budget.periodStart), day(budget.periodEnd), number(budget.value.amount),
                 currency, day(budget.value.valueDate), QString(), QString(), QString()});
    }
    for (const PlannedDisbursement &planned : finance.plannedDisbursements) {
        if (planned.value.currency == currency)
            row({QStringLiteral("planned-disbursement"), field(planned.type, true), QString(),
                 QString(), day(planned.periodStart), day(planned.periodEnd),
                 number(planned.value.amount), currency, day(planned.value.valueDate), QString(),
                 QString(), QString()});
    }
    for (const Transaction &transaction : finance.transactions) {
        if (transaction.value.currency == currency)
            row({QStringLiteral("transaction"), transaction.type,
                 field(figures.transactionTypeName(transaction.type), true), day(transaction.date),
                 QString(), QString(), number(transaction.value.amount), currency,
                 day(transaction.value.valueDate), field(transaction.provider, true),
                 field(transaction.receiver, true),
                 field(transaction.description.text(language), true)});
    }
    return csv;
}

QString sharesCsv(const Dataset &dataset, const ChartSpec &chart, Language language)
{
    const ActivityFigures figures(language);
    const bool markers = chart.kind == ChartKind::PolicyMarkers;
    QString csv = (markers ? QStringLiteral("vocabulary,code,name,significance")
                           : QStringLiteral("vocabulary,code,name,percentage")) +
                  LineEnd;
    const QList<ActivityFigures::Row> rows =
        markers ? figures.policyMarkerRows(dataset) : figures.sectorRows(dataset);
    const auto row = [&csv, &rows](qsizetype i, const QString &vocabulary, const QString &code,
                                   const QString &figure) {
        csv += QStringList{field(vocabulary, true), field(code, true),
                           field(rows.at(i).label, true), figure}
                   .join(QLatin1Char(',')) +
               LineEnd;
    };
    for (qsizetype i = 0; markers && i < rows.size(); ++i) {
        const PolicyMarker &marker = dataset.policyMarkers.at(i);
        row(i, marker.vocabulary, marker.code,
            marker.significance ? QString::number(*marker.significance) : QString());
    }
    for (qsizetype i = 0; !markers && i < rows.size(); ++i) {
        const Sector &sector = dataset.sectors.at(i);
        row(i, sector.vocabulary, sector.code, number(sector.percentage));
    }
    return csv;
}

} // namespace

QByteArray ChartCsv::toCsv(const Dataset &dataset, const QString &chartId, Language language)
{
    const ChartSpec *chart = dataset.chart(chartId);
    if (!chart)
        return {};
    if (chart->kind == ChartKind::Finance)
        return financeCsv(dataset, chart->currency, language).toUtf8();
    if (chart->kind == ChartKind::Sectors || chart->kind == ChartKind::PolicyMarkers)
        return sharesCsv(dataset, *chart, language).toUtf8();
    const QString &lineEnd = LineEnd;
    QString csv =
        QStringLiteral("indicator,value,qualifier,target,baseline,unit,sources") + lineEnd;
    for (const QString &id : chart->indicatorIds) {
        const Indicator *indicator = dataset.indicator(id);
        if (!indicator)
            continue;
        const QStringList row{
            field(indicator->label.text(language), true),
            QString::number(indicator->value),
            indicator->qualifier == Qualifier::AtLeast ? QStringLiteral("atLeast")
                                                       : QStringLiteral("exact"),
            number(indicator->target),
            number(indicator->baseline),
            field(indicator->unit, true),
            field(TextFormat::sourceCitations(dataset, indicator->sourceIds, language), true)};
        csv += row.join(QLatin1Char(',')) + lineEnd;
    }
    return csv.toUtf8();
}

} // namespace sharaka
