// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/chartcsv.h"

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

} // namespace

QByteArray ChartCsv::toCsv(const Dataset &dataset, const QString &chartId, Language language)
{
    const ChartSpec *chart = dataset.chart(chartId);
    if (!chart)
        return {};
    const QString lineEnd = QStringLiteral("\r\n");
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
