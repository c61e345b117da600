// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/dataset.h"

#include <QByteArray>
#include <QString>

namespace sharaka {

/// A chart's data as CSV (RFC 4180: CRLF line ends, fields quoted where
/// needed, UTF-8 without byte-order mark): a header row, then one row per
/// bar with the indicator's label, value, qualifier, target, baseline, unit
/// and source citations; for a chart of an indicator's periods (ChartKind::
/// Periods), one row per period with its label, first and last day (ISO),
/// actual, target, baseline, unit, comment on the actual and citations.
/// A finance chart's CSV lists every budget, planned disbursement and
/// transaction of its currency; a sectors or policy-markers chart's lists its
/// codes, names and figures. Numbers are plain (".", no grouping) so that any
/// program reads them; texts are in @p language.
class ChartCsv
{
public:
    static constexpr auto MimeType = "text/csv";

    /// Empty for an unknown chart id.
    static QByteArray toCsv(const Dataset &dataset, const QString &chartId, Language language);
};

} // namespace sharaka
