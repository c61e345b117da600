// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/iati/iatitimelinemapper.h"

#include "core/io/datasetvalidator.h"

#include <algorithm>

namespace sharaka {

namespace {

using Kind = IatiTimelineMapper::Kind;

const char *const MilestoneIds[4] = {"planned-start", "actual-start", "planned-end", "actual-end"};
const char *const MilestoneTitles[4] = {
    QT_TRANSLATE_NOOP("IatiWords", "Planned start"), QT_TRANSLATE_NOOP("IatiWords", "Actual start"),
    QT_TRANSLATE_NOOP("IatiWords", "Planned end"), QT_TRANSLATE_NOOP("IatiWords", "Actual end")};

QDate today()
{
    return QDate::currentDate();
}

} // namespace

std::optional<Kind> IatiTimelineMapper::kindOf(const QString &type)
{
    static const QStringList codes{QStringLiteral("start-planned"), QStringLiteral("start-actual"),
                                   QStringLiteral("end-planned"), QStringLiteral("end-actual")};
    bool ok = false;
    const int number = type.toInt(&ok);
    if (ok && number >= 1 && number <= 4)
        return Kind(number - 1);
    const qsizetype index = codes.indexOf(type.toLower());
    return index < 0 ? std::nullopt : std::optional<Kind>(Kind(index));
}

std::optional<PartialDate> IatiTimelineMapper::day(const QString &isoText)
{
    return PartialDate::parse(isoText.trimmed().left(10), DatePrecision::Day);
}

bool IatiTimelineMapper::map(Dataset &data, QString *error)
{
    readDates(data);
    // The timeline reads in date order, as the JSON loader arranges it.
    std::stable_sort(data.milestones.begin(), data.milestones.end(),
                     [](const Milestone &a, const Milestone &b) {
                         return a.date.firstDay() < b.date.firstDay();
                     });
    const std::optional<PartialDate> start = spanStart();
    if (!start) {
        *error = tr("no date at all (activity-date, budget, transaction or result period): the "
                    "dashboard needs at least one");
        return false;
    }
    data.project.start = *start;
    data.project.end = spanEnd(*start);
    noteContradictions(data);
    return true;
}

IatiTexts IatiTimelineMapper::withoutRepeatedDate(const IatiTexts &narratives,
                                                  const PartialDate &date)
{
    // IATI 1.0x publishers often wrote the date itself as the element's text;
    // shown after the date it only repeats it.
    IatiTexts kept;
    for (auto it = narratives.cbegin(); it != narratives.cend(); ++it) {
        if (PartialDate::parse(it.value().trimmed(), DatePrecision::Day) != date)
            kept.insert(it.key(), it.value());
    }
    return kept;
}

void IatiTimelineMapper::readDates(Dataset &data)
{
    const QList<IatiDate> &dates = m_context.activity().dates;
    for (qsizetype i = 0; i < dates.size(); ++i) {
        const IatiDate &date = dates.at(i);
        const IatiPlace place = IatiPlace().child("activity-date", i, dates.size());
        const std::optional<Kind> kind = kindOf(date.type);
        if (!kind) {
            m_context.log().warn(place.attribute("type"), date.line,
                                 tr("\"%1\" is not an activity-date type (1 to 4, or "
                                    "start-planned, start-actual, end-planned, end-actual), "
                                    "ignored")
                                     .arg(date.type));
            continue;
        }
        const std::optional<PartialDate> when = day(date.isoDate);
        if (!when) {
            m_context.log().warn(
                place.attribute("iso-date"), date.line,
                tr("\"%1\" is not a date of the form YYYY-MM-DD, ignored").arg(date.isoDate));
            continue;
        }
        const int index = int(*kind);
        if (m_dates[index]) {
            m_context.log().warn(place, date.line,
                                 tr("a second date of type %1, ignored").arg(date.type));
            continue;
        }
        m_dates[index] = when;
        Milestone milestone;
        milestone.id = QLatin1String(MilestoneIds[index]);
        milestone.date = *when;
        milestone.title = IatiWords::text(MilestoneTitles[index]);
        milestone.description =
            m_context.text(withoutRepeatedDate(date.narrative, *when), place.child("narrative"),
                           date.line, DatasetValidator::MaxLongText);
        milestone.sourceIds = QStringList{IatiMappingContext::fileSourceId()};
        data.milestones.append(milestone);
    }
}

std::optional<PartialDate> IatiTimelineMapper::spanStart()
{
    const auto &actual = m_dates[int(Kind::ActualStart)];
    const auto &planned = m_dates[int(Kind::PlannedStart)];
    // An actual start in the future is not yet a fact: the plan comes first then.
    if (actual && (actual->firstDay() <= today() || !planned))
        return actual;
    if (planned)
        return planned;
    // Without a start date, the first budget, transaction or period begins it.
    std::optional<PartialDate> earliest = day(m_context.activity().firstOtherDate);
    for (const IatiResult &result : m_context.activity().results)
        for (const IatiIndicator &indicator : result.indicators)
            for (const IatiPeriod &period : indicator.periods)
                if (const auto start = day(period.start);
                    start && (!earliest || start->firstDay() < earliest->firstDay()))
                    earliest = start;
    for (const Kind kind : {Kind::ActualEnd, Kind::PlannedEnd})
        if (!earliest && m_dates[int(kind)])
            earliest = m_dates[int(kind)];
    if (!earliest)
        earliest = day(m_context.activity().lastUpdated);
    if (earliest)
        m_context.log().warn(tr("no start date (activity-date type 1 or 2); the project span "
                                "starts on %1, the earliest date the activity gives")
                                 .arg(earliest->toIsoString()));
    return earliest;
}

PartialDate IatiTimelineMapper::spanEnd(const PartialDate &start)
{
    const auto notBefore = [&start](const std::optional<PartialDate> &date) {
        return date && date->lastDay() >= start.firstDay();
    };
    for (const Kind kind : {Kind::ActualEnd, Kind::PlannedEnd})
        if (notBefore(m_dates[int(kind)]))
            return *m_dates[int(kind)];
    if (const auto last = day(m_context.activity().lastOtherDate); notBefore(last))
        return *last;
    return start;
}

void IatiTimelineMapper::noteContradictions(Dataset &data)
{
    QList<LocalizedText> sentences;
    const auto dateText = [](const std::optional<PartialDate> &date) {
        return plainText(date->toIsoString());
    };
    for (const Kind kind : {Kind::ActualStart, Kind::ActualEnd}) {
        const auto &date = m_dates[int(kind)];
        if (date && date->firstDay() > today())
            sentences.append(IatiWords::text(
                kind == Kind::ActualStart
                    ? QT_TRANSLATE_NOOP("IatiWords",
                                        "The actual start is given as %1, a date still to come.")
                    : QT_TRANSLATE_NOOP("IatiWords",
                                        "The actual end is given as %1, a date still to come."),
                {dateText(date)}));
    }
    const auto before = [this](Kind later, Kind earlier) {
        const auto &a = m_dates[int(later)];
        const auto &b = m_dates[int(earlier)];
        return a && b && a->lastDay() < b->firstDay();
    };
    if (before(Kind::ActualEnd, Kind::ActualStart))
        sentences.append(IatiWords::text(
            QT_TRANSLATE_NOOP("IatiWords",
                              "The actual end (%1) comes before the actual start (%2)."),
            {dateText(m_dates[int(Kind::ActualEnd)]), dateText(m_dates[int(Kind::ActualStart)])}));
    if (before(Kind::PlannedEnd, Kind::PlannedStart))
        sentences.append(IatiWords::text(
            QT_TRANSLATE_NOOP("IatiWords",
                              "The planned end (%1) comes before the planned start (%2)."),
            {dateText(m_dates[int(Kind::PlannedEnd)]),
             dateText(m_dates[int(Kind::PlannedStart)])}));
    if (before(Kind::PlannedEnd, Kind::ActualStart))
        sentences.append(IatiWords::text(
            QT_TRANSLATE_NOOP("IatiWords",
                              "The actual start (%1) comes after the planned end (%2)."),
            {dateText(m_dates[int(Kind::ActualStart)]), dateText(m_dates[int(Kind::PlannedEnd)])}));
    if (sentences.isEmpty())
        return;
    QMap<QString, QString> text;
    for (const LocalizedText &sentence : sentences)
        for (const auto &[language, value] : sentence.all().asKeyValueRange())
            text[language] += (text[language].isEmpty() ? QString() : QStringLiteral(" ")) + value;
    data.notes.append(
        {QStringLiteral("contradictory-dates"),
         IatiWords::text(QT_TRANSLATE_NOOP("IatiWords", "Dates as published, which contradict "
                                                        "each other or are still to come: %1"),
                         QList<LocalizedText>{LocalizedText(text)}),
         {IatiMappingContext::fileSourceId()}});
}

} // namespace sharaka
