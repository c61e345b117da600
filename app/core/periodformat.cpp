// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/periodformat.h"

#include "core/partialdate.h"

namespace sharaka::PeriodFormat {

namespace {

/// The coarsest precision at which [@p start, @p end] is whole: years, then months, then days.
DatePrecision precisionOf(const QDate &start, const QDate &end)
{
    if (start.day() == 1 && end.addDays(1).day() == 1) {
        if (start.month() == 1 && end.month() == 12)
            return DatePrecision::Year;
        return DatePrecision::Month;
    }
    return DatePrecision::Day;
}

} // namespace

QString label(const IndicatorPeriod &period, const QLocale &locale)
{
    const QDate &start = period.start;
    const QDate &end = period.end;
    if (!start.isValid() && !end.isValid())
        return QString(QChar(0x2013));
    if (!start.isValid() || !end.isValid()) {
        // One bound only: that day, as published.
        return PartialDate(start.isValid() ? start : end, DatePrecision::Day)
            .toDisplayString(locale);
    }
    // A period published backwards is shown as published, at day precision.
    const DatePrecision precision = end < start ? DatePrecision::Day : precisionOf(start, end);
    return PartialDate::rangeToDisplayString(PartialDate(start, precision),
                                             PartialDate(end, precision), locale);
}

QString isoDay(const QDate &day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

} // namespace sharaka::PeriodFormat
