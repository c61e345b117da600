// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/partialdate.h"

#include <QRegularExpression>

namespace sharaka {

PartialDate::PartialDate(QDate date, DatePrecision precision)
    : m_precision(precision)
{
    if (!date.isValid())
        return;
    switch (precision) {
    case DatePrecision::Year:
        m_first = QDate(date.year(), 1, 1);
        break;
    case DatePrecision::Month:
        m_first = QDate(date.year(), date.month(), 1);
        break;
    case DatePrecision::Day:
        m_first = date;
        break;
    }
}

std::optional<PartialDate> PartialDate::parse(const QString &text, DatePrecision precision)
{
    static const QRegularExpression yearShape(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression monthShape(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression dayShape(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));

    const QRegularExpression &shape = precision == DatePrecision::Year    ? yearShape
                                      : precision == DatePrecision::Month ? monthShape
                                                                          : dayShape;
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return std::nullopt;

    const int year = match.captured(1).toInt();
    const int month = precision == DatePrecision::Year ? 1 : match.captured(2).toInt();
    const int day = precision == DatePrecision::Day ? match.captured(3).toInt() : 1;
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1000)
        return std::nullopt;
    return PartialDate(date, precision);
}

std::optional<DatePrecision> PartialDate::precisionFromName(const QString &name)
{
    if (name == QLatin1String("year"))
        return DatePrecision::Year;
    if (name == QLatin1String("month"))
        return DatePrecision::Month;
    if (name == QLatin1String("day"))
        return DatePrecision::Day;
    return std::nullopt;
}

QString PartialDate::precisionName(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Year:
        return QStringLiteral("year");
    case DatePrecision::Month:
        return QStringLiteral("month");
    case DatePrecision::Day:
        return QStringLiteral("day");
    }
    return {};
}

QDate PartialDate::lastDay() const
{
    switch (m_precision) {
    case DatePrecision::Year:
        return QDate(m_first.year(), 12, 31);
    case DatePrecision::Month:
        return QDate(m_first.year(), m_first.month(), m_first.daysInMonth());
    case DatePrecision::Day:
        return m_first;
    }
    return m_first;
}

QString PartialDate::toDisplayString(const QLocale &locale) const
{
    if (!isValid())
        return {};
    switch (m_precision) {
    case DatePrecision::Year:
        return locale.toString(m_first, QStringLiteral("yyyy"));
    case DatePrecision::Month:
        return locale.toString(m_first, QStringLiteral("MMM yyyy"));
    case DatePrecision::Day:
        return locale.toString(m_first, QStringLiteral("d MMM yyyy"));
    }
    return {};
}

QString PartialDate::toIsoString() const
{
    switch (m_precision) {
    case DatePrecision::Year:
        return m_first.toString(QStringLiteral("yyyy"));
    case DatePrecision::Month:
        return m_first.toString(QStringLiteral("yyyy-MM"));
    case DatePrecision::Day:
        return m_first.toString(Qt::ISODate);
    }
    return {};
}

QString PartialDate::rangeToDisplayString(const PartialDate &first, const PartialDate &last,
                                          const QLocale &locale)
{
    const QChar enDash(0x2013);
    const bool sameMonthDays = first.precision() == DatePrecision::Day &&
                               last.precision() == DatePrecision::Day &&
                               first.firstDay().year() == last.firstDay().year() &&
                               first.firstDay().month() == last.firstDay().month();
    if (first == last)
        return first.toDisplayString(locale);
    if (sameMonthDays) {
        return locale.toString(first.firstDay(), QStringLiteral("d")) + enDash +
               last.toDisplayString(locale);
    }
    return first.toDisplayString(locale) + QLatin1Char(' ') + enDash + QLatin1Char(' ') +
           last.toDisplayString(locale);
}

} // namespace sharaka
