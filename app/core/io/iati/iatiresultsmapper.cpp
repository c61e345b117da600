// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/iati/iatiresultsmapper.h"

#include "core/io/datasetvalidator.h"
#include "core/io/iati/iatitimelinemapper.h"

#include <algorithm>
#include <cmath>

namespace sharaka {

namespace {

/// Lists in a note name at most this many indicators, then "and N more".
constexpr qsizetype MaxNamedInNote = 20;

QString figureText(double value)
{
    return QString::number(value, 'g', 15);
}

QDate dayOf(const QString &isoText)
{
    const std::optional<PartialDate> day = IatiTimelineMapper::day(isoText);
    return day ? day->firstDay() : QDate();
}

/// The dimension names a part is split by ("sex", or "location"), the key
/// that tells one way of splitting the whole from another.
QString partKey(const IatiValue &value)
{
    if (value.byLocation)
        return QStringLiteral("location");
    QStringList names;
    for (const auto &[name, dimensionValue] : value.dimensions)
        names.append(name);
    names.sort();
    return names.join(QLatin1Char('+'));
}

} // namespace

QString IatiResultsMapper::measureCode(const QString &measure)
{
    static const QStringList legacy{QStringLiteral("unit"), QStringLiteral("percentage"),
                                    QStringLiteral("nominal"), QStringLiteral("ordinal"),
                                    QStringLiteral("qualitative")};
    const qsizetype index = legacy.indexOf(measure.toLower());
    if (index >= 0)
        return QString::number(index + 1);
    bool ok = false;
    const int code = measure.toInt(&ok);
    return ok && code >= 1 && code <= 5 ? QString::number(code) : QString();
}

void IatiResultsMapper::map(Dataset &data)
{
    const QList<IatiResult> &results = m_context.activity().results;
    for (qsizetype r = 0; r < results.size(); ++r) {
        const IatiResult &result = results.at(r);
        const IatiPlace resultPlace = IatiPlace().child("result", r);
        ChartSpec chart;
        chart.id = QStringLiteral("result-%1").arg(r + 1);
        chart.title = result.title.isEmpty()
                          ? IatiWords::text(QT_TRANSLATE_NOOP("IatiWords", "Result %1"),
                                            QStringList{QString::number(r + 1)})
                          : m_context.text(result.title, resultPlace.child("title"), result.line,
                                           DatasetValidator::MaxShortText);
        for (qsizetype i = 0; i < result.indicators.size(); ++i) {
            const IatiIndicator &source = result.indicators.at(i);
            const IatiPlace place = resultPlace.child("indicator", i);
            Indicator indicator;
            indicator.id = QStringLiteral("%1-indicator-%2").arg(chart.id).arg(i + 1);
            indicator.label = source.title.isEmpty()
                                  ? IatiWords::text(QT_TRANSLATE_NOOP("IatiWords", "Indicator %1"),
                                                    QStringList{QString::number(i + 1)})
                                  : m_context.text(source.title, place.child("title"), source.line,
                                                   DatasetValidator::MaxShortText);
            indicator.description = m_context.text(source.description, place.child("description"),
                                                   source.line, DatasetValidator::MaxLongText);
            indicator.sourceIds = QStringList{IatiMappingContext::fileSourceId()};
            mapIndicator(source, place, indicator, chart, data);
        }
        if (!chart.indicatorIds.isEmpty())
            data.charts.append(chart);
    }
    addNotes(data);
}

void IatiResultsMapper::mapIndicator(const IatiIndicator &source, const IatiPlace &place,
                                     Indicator indicator, ChartSpec &chart, Dataset &data)
{
    const QString measure = measureCode(source.measure);
    if (measure.isEmpty()) {
        // Not a code IATI defines (e.g. 1.0x "text"): listed with its latest figures.
        QList<LocalizedText> figures;
        const QList<IndicatorPeriod> periods = readPeriods(source, place, false, indicator.label);
        if (!periods.isEmpty()) {
            const IndicatorPeriod &last = periods.constLast();
            figures.append(IatiWords::text(
                QT_TRANSLATE_NOOP("IatiWords", "%1 to %2"),
                QStringList{last.start.toString(Qt::ISODate), last.end.toString(Qt::ISODate)}));
            if (last.target)
                figures.append(IatiWords::text(QT_TRANSLATE_NOOP("IatiWords", "target %1"),
                                               QStringList{figureText(*last.target)}));
            if (last.actual)
                figures.append(IatiWords::text(QT_TRANSLATE_NOOP("IatiWords", "actual %1"),
                                               QStringList{figureText(*last.actual)}));
        }
        m_unknownMeasure.append(IatiWords::text(
            QT_TRANSLATE_NOOP("IatiWords", "%1 (measure \"%2\": %3)"),
            {indicator.label, plainText(source.measure),
             figures.isEmpty() ? IatiWords::text(QT_TRANSLATE_NOOP("IatiWords", "no figures"))
                               : IatiWords::joined(figures)}));
        return;
    }
    if (measure != QLatin1String("1") && measure != QLatin1String("2")) {
        noteQualitative(source, place, indicator, data);
        return;
    }
    const bool percentage = measure == QLatin1String("2");
    indicator.unit = percentage ? QStringLiteral("%") : QString();
    indicator.ascending = source.ascending;
    readBaseline(source, place, percentage, indicator);
    indicator.periods = readPeriods(source, place, percentage, indicator.label);
    std::optional<double> actual;
    if (!chooseValue(indicator, &actual)) {
        m_withoutActual.append(indicator.label);
        return;
    }
    if (*actual < 0 || *actual > double(DatasetValidator::MaxValue)) {
        m_outOfRange.append(IatiWords::text(QT_TRANSLATE_NOOP("IatiWords", "%1 (%2)"),
                                            {indicator.label, plainText(figureText(*actual))}));
        return;
    }
    indicator.value = std::llround(*actual);
    if (double(indicator.value) != *actual) {
        const IndicatorPeriod &period = indicator.periods.at(*indicator.valuePeriod);
        m_context.log().warn(place, source.line,
                             tr("actual %1 (period %2 to %3) is drawn rounded to %4")
                                 .arg(figureText(*actual), period.start.toString(Qt::ISODate),
                                      period.end.toString(Qt::ISODate),
                                      QString::number(indicator.value)));
    }
    chart.indicatorIds.append(indicator.id);
    data.indicators.append(indicator);
}

void IatiResultsMapper::noteQualitative(const IatiIndicator &source, const IatiPlace &place,
                                        const Indicator &indicator, Dataset &data)
{
    QList<LocalizedText> said;
    for (qsizetype p = 0; p < source.periods.size(); ++p) {
        const IatiPlace periodPlace = place.child("period", p);
        const LocalizedText comment = comments(source.periods.at(p).actuals, periodPlace, "actual");
        if (!comment.isEmpty())
            said.append(comment);
    }
    if (said.isEmpty()) {
        m_qualitativeWithoutComment.append(indicator.label);
        return;
    }
    const LocalizedText text = IatiMappingContext::generated(
        IatiWords::text(QT_TRANSLATE_NOOP("IatiWords", "%1 (qualitative): %2"),
                        {indicator.label, IatiWords::joined(said)}));
    data.notes.append({indicator.id, text, {IatiMappingContext::fileSourceId()}});
}

std::optional<double> IatiResultsMapper::figure(const IatiValue &value, const IatiPlace &place)
{
    const std::optional<double> number =
        m_context.number(value.value, place.attribute("value"), value.line);
    if (number && std::abs(*number) > DatasetValidator::MaxFigure) {
        m_context.log().warn(place.attribute("value"), value.line,
                             tr("%1 is beyond the figures the dashboard holds (±10¹²), ignored")
                                 .arg(value.value.text));
        return std::nullopt;
    }
    return number;
}

std::optional<double> IatiResultsMapper::whole(const QList<IatiValue> &values,
                                               const IatiPlace &place, const char *name,
                                               bool percentage)
{
    // The whole without a dimension is the figure...
    QList<std::optional<double>> numbers;
    for (qsizetype i = 0; i < values.size(); ++i)
        numbers.append(figure(values.at(i), place.child(name, i, values.size())));
    for (qsizetype i = 0; i < values.size(); ++i)
        if (!values.at(i).isPart() && numbers.at(i))
            return numbers.at(i);
    // ...else the parts of the first dimension given, added up; never the
    // parts of two dimensions (a Direct/Indirect split beside a Gender split).
    QString key;
    std::optional<double> sum;
    QStringList others;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!numbers.at(i))
            continue;
        const QString partOf = partKey(values.at(i));
        if (key.isEmpty())
            key = partOf;
        if (partOf == key)
            sum = sum.value_or(0) + *numbers.at(i);
        else if (!others.contains(partOf))
            others.append(partOf);
    }
    if (!sum)
        return std::nullopt;
    if (percentage) {
        m_context.log().warn(place.child(name), values.constFirst().line,
                             tr("given only by %1: the parts of a percentage do not add up to "
                                "the whole, so none is shown")
                                 .arg(key));
        return std::nullopt;
    }
    if (!others.isEmpty())
        m_context.log().warn(place.child(name), values.constFirst().line,
                             tr("the whole is the sum of the parts by %1; the parts by %2 are "
                                "another split of the same whole, not added")
                                 .arg(key, others.join(QStringLiteral(", "))));
    return sum;
}

LocalizedText IatiResultsMapper::comments(const QList<IatiValue> &values, const IatiPlace &place,
                                          const char *name)
{
    QList<LocalizedText> parts;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const IatiValue &value = values.at(i);
        const LocalizedText comment =
            m_context.text(value.comment, place.child(name, i, values.size()).child("comment"),
                           value.line, DatasetValidator::MaxLongText);
        if (!comment.isEmpty())
            parts.append(comment);
    }
    return IatiMappingContext::generated(IatiWords::joined(parts));
}

void IatiResultsMapper::readBaseline(const IatiIndicator &source, const IatiPlace &place,
                                     bool percentage, Indicator &indicator)
{
    if (source.baselines.isEmpty())
        return;
    indicator.baseline = whole(source.baselines, place, "baseline", percentage);
    const IatiValue &first = source.baselines.constFirst();
    bool ok = false;
    const int year = (first.year.isEmpty() ? first.isoDate.left(4) : first.year).toInt(&ok);
    if (ok && year >= 1 && year <= 9999)
        indicator.baselineYear = year;
    indicator.baselineComment = comments(source.baselines, place, "baseline");
}

QList<IndicatorPeriod> IatiResultsMapper::readPeriods(const IatiIndicator &source,
                                                      const IatiPlace &place, bool percentage,
                                                      const LocalizedText &label)
{
    QList<IndicatorPeriod> periods;
    for (qsizetype p = 0; p < source.periods.size(); ++p) {
        const IatiPeriod &iati = source.periods.at(p);
        const IatiPlace here = place.child("period", p);
        IndicatorPeriod period;
        period.start = dayOf(iati.start);
        period.end = dayOf(iati.end);
        if (!period.start.isValid() && !period.end.isValid()) {
            m_context.log().warn(here, iati.line,
                                 tr("a period without a start or end date (period-start, "
                                    "period-end), left out"));
            continue;
        }
        // One date given: the period is that day.
        if (!period.start.isValid())
            period.start = period.end;
        if (!period.end.isValid())
            period.end = period.start;
        if (period.end < period.start) {
            m_reversedPeriods.append(
                IatiWords::text(QT_TRANSLATE_NOOP("IatiWords", "%1, from %2 to %3"),
                                {label, plainText(iati.start), plainText(iati.end)}));
            std::swap(period.start, period.end);
        }
        period.target = whole(iati.targets, here, "target", percentage);
        period.actual = whole(iati.actuals, here, "actual", percentage);
        period.targetComment = comments(iati.targets, here, "target");
        period.actualComment = comments(iati.actuals, here, "actual");
        periods.append(period);
    }
    std::stable_sort(periods.begin(), periods.end(),
                     [](const IndicatorPeriod &a, const IndicatorPeriod &b) {
                         return a.start != b.start ? a.start < b.start : a.end < b.end;
                     });
    return periods;
}

bool IatiResultsMapper::chooseValue(Indicator &indicator, std::optional<double> *actual)
{
    // The latest period with an actual: IATI periods report what was reached
    // in each period, and aggregation-status says only whether the indicator
    // may be added across activities, never that periods add up.
    std::optional<qsizetype> latest;
    QList<qsizetype> withActual;
    for (qsizetype p = 0; p < indicator.periods.size(); ++p) {
        const IndicatorPeriod &period = indicator.periods.at(p);
        if (!period.actual)
            continue;
        withActual.append(p);
        if (!latest || period.end >= indicator.periods.at(*latest).end)
            latest = p;
    }
    if (!latest)
        return false;
    // Clearly cumulative: several periods with actuals, all from the same start
    // (2020–2020, 2020–2021, ...): each actual is the running total.
    const QDate firstStart = indicator.periods.at(withActual.first()).start;
    indicator.cumulative = withActual.size() > 1 &&
                           std::all_of(withActual.cbegin(), withActual.cend(), [&](qsizetype p) {
                               return indicator.periods.at(p).start == firstStart;
                           });
    indicator.valuePeriod = latest;
    indicator.target = indicator.periods.at(*latest).target;
    *actual = indicator.periods.at(*latest).actual;
    return true;
}

void IatiResultsMapper::addNotes(Dataset &data) const
{
    const auto note = [&data](const char *id, const char *sentence,
                              const QList<LocalizedText> &names) {
        if (names.isEmpty())
            return;
        data.notes.append({QLatin1String(id),
                           IatiMappingContext::generated(IatiWords::text(
                               sentence, {IatiWords::joinedShort(names, MaxNamedInNote)})),
                           {IatiMappingContext::fileSourceId()}});
    };
    note("uncharted-indicators",
         QT_TRANSLATE_NOOP("IatiWords",
                           "Indicators without a reported actual value, not charted: %1."),
         m_withoutActual);
    note("indicators-out-of-range",
         QT_TRANSLATE_NOOP("IatiWords", "Indicators whose latest actual is below 0 or above "
                                        "1,000,000,000, not charted: %1."),
         m_outOfRange);
    note("indicators-unknown-measure",
         QT_TRANSLATE_NOOP("IatiWords", "Indicators with a measure that is not an IATI code "
                                        "(1 to 5), not charted: %1."),
         m_unknownMeasure);
    note("qualitative-without-comments",
         QT_TRANSLATE_NOOP("IatiWords", "Qualitative indicators without any comment on their "
                                        "actuals: %1."),
         m_qualitativeWithoutComment);
    note("reversed-periods",
         QT_TRANSLATE_NOOP("IatiWords", "Periods that end before they start, as published (drawn "
                                        "from the earlier date to the later): %1."),
         m_reversedPeriods);
}

} // namespace sharaka
