// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/activitydetails.h"
#include "core/localizedtext.h"
#include "core/partialdate.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sharaka {

/// A publication a figure or date comes from.
struct Source
{
    QString id;
    LocalizedText publisher;
    LocalizedText title;
    QString language; ///< ISO 639-1 code of the publication itself
    std::optional<PartialDate> published;
    QString url;
    QStringList categories = {}; ///< IATI DocumentCategory codes of a document ("A07", …)
    QStringList languages = {};  ///< every language the publication is in, when several
};

/// A stage of the project's membership; phases are ordered but undated when
/// the sources give no date.
struct Phase
{
    QString id;
    int order = 0;
    LocalizedText label;
    LocalizedText description;
    QStringList sourceIds;
};

struct Footnote
{
    QString id;
    QString marker;
    LocalizedText text;
};

struct Country
{
    QString code; ///< ISO 3166-1 alpha-2
    LocalizedText name;
    QString phaseId;
    QString footnoteId; ///< empty when the name carries no footnote
};

/// How a figure relates to the true value.
enum class Qualifier {
    Exact,  ///< the sources give this exact number
    AtLeast ///< the sources say "more than": a lower bound
};

/// One reporting period of an indicator's results framework (IATI `period`),
/// kept whole so a chart can draw targets and actuals over time.
struct IndicatorPeriod
{
    QDate start;
    QDate end;
    std::optional<double> target;
    std::optional<double> actual;
    LocalizedText targetComment; ///< what the publisher says of the target; may be empty
    LocalizedText actualComment; ///< what the publisher says of the actual; may be empty
};

struct Indicator
{
    QString id;
    LocalizedText label;
    LocalizedText description;
    qint64 value = 0;
    Qualifier qualifier = Qualifier::Exact;
    bool headline = false; ///< shown as a key-figure tile on the first screen
    QStringList sourceIds;
    // Results framework; all optional, so version 1 files without them stay valid.
    std::optional<double> baseline;
    int baselineYear = 0; ///< the year the baseline was measured; 0 when not given
    LocalizedText baselineComment;
    std::optional<double> target;
    QList<IndicatorPeriod> periods; ///< in time order
    /// Index in `periods` of the period whose actual `value` is, when it is one.
    std::optional<qsizetype> valuePeriod;
    /// The periods' actuals are running totals (each period starts where the
    /// first does), so `value` is the total to the end of `valuePeriod`.
    bool cumulative = false;
    QString unit;          ///< shown after figures, e.g. "%"; empty for a plain count
    bool ascending = true; ///< false when lower is better
};

/// How a chart draws its indicators.
enum class ChartKind {
    Bar,          ///< one bar per indicator (the default)
    Map,          ///< the indicators on a map of the countries
    Periods,      ///< one indicator's targets and actuals period by period (implicit, see Dataset)
    Finance,      ///< budget against commitments, disbursements and expenditure per year
    Sectors,      ///< the sectors' shares
    PolicyMarkers ///< the policy markers' significance
};

/// One chart: a stable id (used on the command line), its kind and its indicators.
struct ChartSpec
{
    QString id;
    ChartKind kind = ChartKind::Bar;
    LocalizedText title;
    QStringList indicatorIds;
    QString currency = {}; ///< Finance charts: the one currency drawn
};

/// How a milestone's date relates to the event: sources often show only that
/// something had happened by a date (a country "is participating"), not when.
enum class DateBound {
    On,       ///< the event's own date (the default)
    NotAfter, ///< the event happened on this date or before; shown "by <date>"
    NotBefore ///< the event happened on this date or later
};

struct Milestone
{
    QString id;
    PartialDate date;
    std::optional<PartialDate> endDate; ///< set for events spanning several days
    DateBound bound = DateBound::On;
    LocalizedText title;
    LocalizedText description;
    QStringList sourceIds;
};

/// Where sources disagree; shown, never hidden.
struct DataNote
{
    QString id;
    LocalizedText text;
    QStringList sourceIds;
};

/// What the data's sections are called, when the dashboard's neutral words
/// ("Countries", "Indicators", "Timeline") would not say what the data is:
/// "Partner countries by membership phase" is true of Sharaka's data only.
/// Each is optional; an empty one takes the neutral word.
struct SectionHeadings
{
    LocalizedText countries;  ///< over the country list
    LocalizedText map;        ///< the map's title
    LocalizedText indicators; ///< over the bar charts of the indicators
    LocalizedText timeline;   ///< over the timeline
};

struct ProjectInfo
{
    QString id;
    LocalizedText name;
    LocalizedText nameMeaning;
    LocalizedText summary;
    LocalizedText implementer;
    LocalizedText funder;
    LocalizedText purpose;
    PartialDate start;
    PartialDate end;
    QStringList sourceIds;
    SectionHeadings headings;
};

/// Everything the dashboard shows, as plain values; no Qt widgets involved.
struct Dataset
{
    QString schema;
    int version = 0;
    ProjectInfo project;
    QList<Source> sources;
    QList<Phase> phases;
    QList<Footnote> footnotes;
    QList<Country> countries;
    QList<Indicator> indicators;
    QList<ChartSpec> charts;
    QList<Milestone> milestones;
    QList<DataNote> notes;
    // An aid activity's own sections (IATI); all empty for Sharaka's data.
    QString activityStatus; ///< IATI ActivityStatus code "1".."6"; empty when not given
    QDate lastUpdated;      ///< when the publisher last changed the activity; may be invalid
    ActivityFinance finance;
    QList<Sector> sectors;
    QList<PolicyMarker> policyMarkers;
    QList<Location> locations;
    QList<RelatedActivity> relatedActivities;
    QList<ParticipatingOrganisation> participatingOrganisations;

    const Source *source(const QString &id) const;
    const Phase *phase(const QString &id) const;
    const Footnote *footnote(const QString &id) const;
    const Indicator *indicator(const QString &id) const;
    /// The chart @p id: one of `charts`, or the implicit map.
    const ChartSpec *chart(const QString &id) const;
    /// Every chart id, the implicit map first when there is one, then `charts` in order.
    QStringList chartIds() const;
    /// A dataset with countries has a map even when its charts name none:
    /// chart(ImplicitMapId) is then a spec of kind Map with no title or
    /// indicators (docs/dataset-format.md, "The first screen").
    bool hasImplicitMap() const;
    static QString implicitMapId() { return QStringLiteral("map"); }
    /// An indicator whose periods give a target or an actual has a chart of
    /// them, kind Periods, with the id periodChartId(): it is listed by
    /// chartIds() after the first listed chart that shows the indicator (else
    /// at the end), unless a listed chart already has that id.
    static QString periodChartId(const QString &indicatorId)
    {
        return indicatorId + QStringLiteral("-periods");
    }
    static bool hasPeriodChart(const Indicator &indicator);
    /// The ids of the sources behind a chart's indicators, each once, in first-cited order.
    QStringList chartSourceIds(const ChartSpec &chart) const;
};

} // namespace sharaka
