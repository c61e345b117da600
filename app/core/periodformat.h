// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/dataset.h"

#include <QLocale>
#include <QString>

namespace sharaka {

/// How a reporting period of an indicator reads: at the precision its dates
/// have. Publishers give days, but a period from 1 January to 31 December is
/// a year and one from the first to the last day of months is a span of
/// months, so "2021", "Jun 2020 – Nov 2020" and "15 Mar 2021 – 14 Mar 2022".
namespace PeriodFormat {

/// The period's label in @p locale; "–" alone when it has no dates.
QString label(const IndicatorPeriod &period, const QLocale &locale);

/// "2021-01-01" or empty: the file formats' (CSV) form of a period's bound.
QString isoDay(const QDate &day);

} // namespace PeriodFormat

} // namespace sharaka
