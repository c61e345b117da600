// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace sharaka {

enum class DatePrecision { Year, Month, Day };

/// A date known to a year, a month or a day. The sources often give only a
/// year or a month; the dashboard never shows more precision than they do.
class PartialDate
{
public:
    PartialDate() = default;
    PartialDate(QDate date, DatePrecision precision);

    /// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; the text's shape must match
    /// @p precision. Returns nullopt for anything else.
    static std::optional<PartialDate> parse(const QString &text, DatePrecision precision);
    static std::optional<DatePrecision> precisionFromName(const QString &name);
    static QString precisionName(DatePrecision precision);

    bool isValid() const { return m_first.isValid(); }
    DatePrecision precision() const { return m_precision; }
    /// First and last day the date may stand for (a whole year, a month, a day).
    QDate firstDay() const { return m_first; }
    QDate lastDay() const;

    /// "2017", "Oct 2020", "31 Jan 2023" in the conventions of @p locale.
    QString toDisplayString(const QLocale &locale) const;
    /// ISO form at this precision: "2017", "2020-10", "2023-01-31".
    QString toIsoString() const;

    /// A range of days in one month reads "30–31 Jan 2023"; other ranges join
    /// two full dates with an en dash.
    static QString rangeToDisplayString(const PartialDate &first, const PartialDate &last,
                                        const QLocale &locale);

    friend bool operator==(const PartialDate &a, const PartialDate &b)
    {
        return a.m_first == b.m_first && a.m_precision == b.m_precision;
    }
    friend bool operator!=(const PartialDate &a, const PartialDate &b) { return !(a == b); }

private:
    QDate m_first;
    DatePrecision m_precision = DatePrecision::Day;
};

} // namespace sharaka
