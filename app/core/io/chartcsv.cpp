// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/chartcsv.h"

#include "core/activityfigures.h"
#include "core/models/periodmodel.h"
#include "core/periodformat.h"
#include "core/textformat.h"

namespace sharaka {

namespace {

QString number(std::optional<double> value)
{
    return value ? QString::number(*value, 'g', 15) : QString();
}

/// Control characters (C0 but tab and line ends, DEL, C1) go first: a
/// leading NUL would hide a formula from the guard below, and NUL, BEL or
/// ESC have no place in a spreadsheet's cell.
QString withoutControls(const QString &text)
{
    QString kept;
    kept.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool lineOrTab = u == '\t' || u == '\n' || u == '\r';
        if ((u < 0x20 && !lineOrTab) || (u >= 0x7F && u <= 0x9F))
            continue;
        kept += c;
    }
    return kept;
}

/// Quotes a field when RFC 4180 requires it. A text that a spreadsheet would
/// run as a formula (starting with = + - @, or a tab or carriage return
/// before one) gets a leading apostrophe, since labels come from files of
/// unknown origin. Its bidi controls are balanced, so they end in its cell.
QString field(QString text, bool isText)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (isText)
        text = TextFormat::balancedBidi(withoutControls(text));
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

/// One row per reporting period of the period chart @p chart, oldest first,
/// in the order and with the words of its PeriodModel.
QString periodRows(const Dataset &dataset, const ChartSpec &chart, Language language)
{
    QString csv = QStringLiteral("indicator,period,start,end,actual,target,baseline,unit,"
                                 "comment,sources") +
                  LineEnd;
    const Indicator *indicator = dataset.indicator(chart.indicatorIds.value(0));
    if (!indicator)
        return csv;
    const PeriodModel model(dataset, chart.id, language);
    const auto figure = [&model](int row, int role) {
        const QVariant value = model.index(row, 0).data(role);
        return value.isValid() ? number(value.toDouble()) : QString();
    };
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto cell = [&model, row](int column) {
            return model.index(row, column).data();
        };
        const QStringList fields{
            field(indicator->label.text(language), true),
            field(cell(PeriodModel::PeriodColumn).toString(), true),
            PeriodFormat::isoDay(model.index(row, 0).data(PeriodModel::StartRole).toDate()),
            PeriodFormat::isoDay(model.index(row, 0).data(PeriodModel::EndRole).toDate()),
            figure(row, PeriodModel::ActualRole),
            figure(row, PeriodModel::TargetRole),
            figure(row, PeriodModel::BaselineRole),
            field(indicator->unit, true),
            field(cell(PeriodModel::CommentColumn).toString(), true),
            field(TextFormat::sourceCitations(dataset, indicator->sourceIds, language), true)};
        csv += fields.join(QLatin1Char(',')) + LineEnd;
    }
    return csv;
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
                 PeriodFormat::isoDay(budget.periodStart), PeriodFormat::isoDay(budget.periodEnd),
                 number(budget.value.amount), currency,
                 PeriodFormat::isoDay(budget.value.valueDate), QString(), QString(), QString()});
    }
    for (const PlannedDisbursement &planned : finance.plannedDisbursements) {
        if (planned.value.currency == currency)
            row({QStringLiteral("planned-disbursement"), field(planned.type, true), QString(),
                 QString(), PeriodFormat::isoDay(planned.periodStart),
                 PeriodFormat::isoDay(planned.periodEnd), number(planned.value.amount), currency,
                 PeriodFormat::isoDay(planned.value.valueDate), QString(), QString(), QString()});
    }
    for (const Transaction &transaction : finance.transactions) {
        if (transaction.value.currency == currency)
            row({QStringLiteral("transaction"), transaction.type,
                 field(figures.transactionTypeName(transaction.type), true),
                 PeriodFormat::isoDay(transaction.date), QString(), QString(),
                 number(transaction.value.amount), currency,
                 PeriodFormat::isoDay(transaction.value.valueDate),
                 field(transaction.provider, true), field(transaction.receiver, true),
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
    if (chart->kind == ChartKind::Periods)
        return periodRows(dataset, *chart, language).toUtf8();
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
