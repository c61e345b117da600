// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/dataset.h"
#include "core/io/iati/iatimappingcontext.h"

#include <QCoreApplication>

#include <array>
#include <optional>

namespace sharaka {

/// The activity's dates: one milestone per activity-date type, the project
/// span, and a data note for dates that contradict each other or lie in the
/// future. Dates are shown as published; only the span falls back.
class IatiTimelineMapper
{
    Q_DECLARE_TR_FUNCTIONS(IatiTimelineMapper)

public:
    enum class Kind { PlannedStart, ActualStart, PlannedEnd, ActualEnd };

    explicit IatiTimelineMapper(IatiMappingContext &context)
        : m_context(context)
    {}

    /// Adds the milestones, span and notes to @p data; false (with the reason
    /// in @p error) only when the activity gives no date at all.
    bool map(Dataset &data, QString *error);

    /// Types 1–4 and the IATI 1.0x codes ("start-planned" …).
    static std::optional<Kind> kindOf(const QString &type);
    static std::optional<PartialDate> day(const QString &isoText);

private:
    /// @p narratives without those that only write @p date again.
    static IatiTexts withoutRepeatedDate(const IatiTexts &narratives, const PartialDate &date);
    void readDates(Dataset &data);
    void noteContradictions(Dataset &data);
    std::optional<PartialDate> spanStart();
    PartialDate spanEnd(const PartialDate &start);

    IatiMappingContext &m_context;
    std::array<std::optional<PartialDate>, 4> m_dates;
};

} // namespace sharaka
