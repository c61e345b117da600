// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/dataset.h"
#include "core/io/iati/iatimappingcontext.h"

#include <QCoreApplication>

namespace sharaka {

/// IATI results as IATI means them (docs/iati-import.md, "Results"): one
/// chart per result, one bar per quantitative indicator showing the latest
/// period's actual, every period kept with its target, actual and comments.
/// Periods are never added up; the parts of a disaggregated figure are added
/// only along one dimension, and percentages never. What cannot be charted is
/// listed in a data note, never dropped silently.
class IatiResultsMapper
{
    Q_DECLARE_TR_FUNCTIONS(IatiResultsMapper)

public:
    explicit IatiResultsMapper(IatiMappingContext &context)
        : m_context(context)
    {}

    void map(Dataset &data);

    /// IATI measure codes 1–5, and the 1.0x names ("Unit", "Percentage",
    /// "Qualitative"); empty for a code IATI does not define.
    static QString measureCode(const QString &measure);

private:
    /// Adds @p source to @p chart and @p data when it can be charted, else to a note.
    void mapIndicator(const IatiIndicator &source, const IatiPlace &place, Indicator indicator,
                      ChartSpec &chart, Dataset &data);
    void noteQualitative(const IatiIndicator &source, const IatiPlace &place,
                         const Indicator &indicator, Dataset &data);
    QList<IndicatorPeriod> readPeriods(const IatiIndicator &source, const IatiPlace &place,
                                       bool percentage, const LocalizedText &label);
    void readBaseline(const IatiIndicator &source, const IatiPlace &place, bool percentage,
                      Indicator &indicator);
    /// The whole of a target, actual or baseline given once or by parts.
    std::optional<double> whole(const QList<IatiValue> &values, const IatiPlace &place,
                                const char *name, bool percentage);
    /// A published figure the dataset can hold (at most ±10¹²), else nothing and a warning.
    std::optional<double> figure(const IatiValue &value, const IatiPlace &place);
    LocalizedText comments(const QList<IatiValue> &values, const IatiPlace &place,
                           const char *name);
    /// Chooses the bar's figure among the periods; false when no period has an actual.
    static bool chooseValue(Indicator &indicator, std::optional<double> *actual);
    void addNotes(Dataset &data) const;

    IatiMappingContext &m_context;
    QList<LocalizedText> m_withoutActual;
    QList<LocalizedText> m_outOfRange;
    QList<LocalizedText> m_unknownMeasure;
    QList<LocalizedText> m_qualitativeWithoutComment;
    QList<LocalizedText> m_reversedPeriods;
};

} // namespace sharaka
