// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "factsheet/factsheetcomposer.h"

#include "charts/chartexporter.h"
#include "core/activityfigures.h"
#include "core/textformat.h"
#include "factsheet/chartblock.h"
#include "factsheet/columnsblock.h"
#include "factsheet/factsheettext.h"
#include "factsheet/keyfiguresblock.h"
#include "factsheet/printeddataset.h"
#include "factsheet/stackblock.h"
#include "factsheet/textblock.h"
#include "factsheet/timelineblock.h"

#include <QUrl>

#include <algorithm>

namespace sharaka {

namespace {

/// A chart with this many bars or fewer shares its row with the next one.
constexpr qsizetype NarrowChartBars = 2;
/// With at most this many countries the map shares its row; more go under it.
constexpr qsizetype CountriesBesideMap = 12;
/// Tall enough for the map's legend, notes, disclaimer and credit under it.
constexpr qreal MapHeight = 195;

QString listSeparator(Language language)
{
    return language == Language::Arabic ? QStringLiteral("\u060C ") : QStringLiteral(", ");
}

/// Where @p day falls between @p first and @p last, 0 to 1.
qreal position(const QDate &day, const QDate &first, const QDate &last)
{
    const qint64 span = std::max<qint64>(1, first.daysTo(last));
    return std::clamp(qreal(first.daysTo(day)) / qreal(span), 0.0, 1.0);
}

/// @p url as a reader would type it: no scheme, no "www.", letters rather
/// than percent codes, so that each source takes as few lines as it can.
QString shownAddress(const QString &url)
{
    QString shown = QUrl(url).toDisplayString(QUrl::RemoveScheme);
    if (shown.startsWith(QLatin1String("//")))
        shown.remove(0, 2);
    if (shown.startsWith(QLatin1String("www.")))
        shown.remove(0, 4);
    return shown.isEmpty() ? url : shown;
}

} // namespace

FactsheetComposer::FactsheetComposer(const Dataset &dataset, const ChartExporter &exporter,
                                     const FactsheetStyle &style)
    : m_dataset(dataset)
    , m_exporter(exporter)
    , m_style(style)
    , m_language(style.language())
    , m_translator(style.language())
{}

QString FactsheetComposer::text(const char *sourceText, int n) const
{
    return PrintedDataset::withoutTashkil(
        m_translator.translate("sharaka::FactsheetComposer", sourceText, nullptr, n));
}

QString FactsheetComposer::title() const
{
    return text(QT_TRANSLATE_NOOP("sharaka::FactsheetComposer", "%1: factsheet"))
        .arg(m_dataset.project.name.text(m_language));
}

QString FactsheetComposer::subject() const
{
    return m_dataset.project.summary.text(m_language);
}

QString FactsheetComposer::heading(const QString &text) const
{
    return FactsheetText::paragraph(
        QStringLiteral("<span style=\"font-weight:bold; color:%1\">%2</span>")
            .arg(m_style.accent().name(), text.toHtmlEscaped()),
        2);
}

std::vector<std::unique_ptr<FactsheetBlock>> FactsheetComposer::blocks() const
{
    std::vector<std::unique_ptr<FactsheetBlock>> blocks;
    blocks.push_back(titleBlock());
    if (auto figures = keyFigures())
        blocks.push_back(std::move(figures));
    // The map of the partner countries, once the map chart kind is on main:
    // mapChartId() is empty until the dataset lists a chart of kind Map
    // (buildChart(dataset, "map", …)); the slot then shows nothing and the
    // countries take the whole width.
    const QString map = mapChartId();
    if (!map.isEmpty() && m_dataset.countries.size() <= CountriesBesideMap) {
        // The countries across the page, then the timeline beside the map:
        // the shortest arrangement, which leaves the charts room.
        std::unique_ptr<FactsheetBlock> beside;
        if (m_dataset.milestones.isEmpty()) {
            beside = countries();
        } else {
            blocks.push_back(countries(true));
            beside = timeline();
        }
        blocks.push_back(std::make_unique<ColumnsBlock>(
            m_style, std::make_unique<ChartBlock>(m_style, m_exporter, map, MapHeight),
            std::move(beside), 0.58));
    } else {
        if (!map.isEmpty())
            blocks.push_back(std::make_unique<ChartBlock>(m_style, m_exporter, map, MapHeight));
        blocks.push_back(countries());
        if (!m_dataset.milestones.isEmpty())
            blocks.push_back(timeline());
    }
    addCharts(blocks);
    addPeriodCharts(blocks);
    addActivityDetails(blocks);
    blocks.push_back(sources());
    // A short source list has room for the notes' line under its second column.
    if (!m_dataset.notes.isEmpty() && m_dataset.sources.size() > MaximumSourcesInColumns)
        blocks.push_back(notes());
    return blocks;
}

std::unique_ptr<FactsheetBlock> FactsheetComposer::titleBlock() const
{
    const ProjectInfo &project = m_dataset.project;
    QString name = QStringLiteral("<span style=\"font-size:20pt; font-weight:bold; color:%1\">"
                                  "%2</span>")
                       .arg(m_style.accent().name(), project.name.text(m_language).toHtmlEscaped());
    // As in the window's header: no meaning where the name is a word of the language.
    const QString meaning = TextFormat::showsNameMeaning(project, m_language, &m_translator)
                                ? project.nameMeaning.text(m_language)
                                : QString();
    if (!meaning.isEmpty())
        name += QStringLiteral("&nbsp;&nbsp;<span style=\"font-size:11pt; color:%1\">%2</span>")
                    .arg(m_style.muted().name(), meaning.toHtmlEscaped());
    TextBlock::Content content;
    content.points = 9;
    content.paragraphs.append(FactsheetText::paragraph(name, 2));
    content.paragraphs.append(
        FactsheetText::paragraph(QStringLiteral("<span style=\"font-size:11pt\">%1</span>")
                                     .arg(project.summary.text(m_language).toHtmlEscaped()),
                                 3));
    content.paragraphs.append(FactsheetText::paragraph(
        QStringLiteral("<b>%1</b>")
            .arg(TextFormat::projectFacts(project, m_language, &m_translator).toHtmlEscaped()),
        3));
    // The summary describes the project; its purpose, a paragraph, is left to
    // the window so that the charts, the map and its notes have room.
    content.continuedHeading = QString();
    return std::make_unique<TextBlock>(m_style, content);
}

std::unique_ptr<FactsheetBlock> FactsheetComposer::keyFigures() const
{
    // The dataset marks its headline figures; none marked, no tiles (as in the window).
    const QLocale locale = m_style.locale();
    QList<KeyFiguresBlock::Tile> tiles;
    // An aid activity's money first, as in the window.
    for (const ActivityFigures::MoneyFigure &figure :
         ActivityFigures(m_language, &m_translator).moneyFigures(m_dataset))
        tiles.append({figure.value, figure.label, figure.qualifier});
    for (const Indicator &indicator : m_dataset.indicators) {
        if (tiles.size() >= KeyFiguresBlock::TilesPerRow)
            break;
        if (!indicator.headline)
            continue;
        KeyFiguresBlock::Tile tile;
        tile.value = TextFormat::indicatorValue(indicator, locale); // "800+", never "+800"
        tile.label = indicator.label.text(m_language);
        if (indicator.qualifier == Qualifier::AtLeast)
            tile.qualifier = text(QT_TRANSLATE_NOOP("sharaka::FactsheetComposer", "at least %1"))
                                 .arg(locale.toString(indicator.value));
        tiles.append(tile);
    }
    if (tiles.isEmpty())
        return nullptr;
    return std::make_unique<KeyFiguresBlock>(m_style, tiles);
}

std::unique_ptr<FactsheetBlock> FactsheetComposer::countries(bool footnotesUnderMap) const
{
    TextBlock::Content content =
        section(headingOr(m_dataset.project.headings.countries,
                          QT_TRANSLATE_NOOP("sharaka::FactsheetComposer", "Countries")),
                FactsheetStyle::BodyPoints);
    const QString separator = listSeparator(m_language);
    // One paragraph per membership phase, in the phases' order; countries
    // whose phase is unknown close the list.
    QList<const Phase *> phases;
    for (const Phase &phase : m_dataset.phases)
        phases.append(&phase);
    std::stable_sort(phases.begin(), phases.end(),
                     [](const Phase *a, const Phase *b) { return a->order < b->order; });
    phases.append(nullptr);
    QStringList usedFootnotes;
    for (const Phase *phase : std::as_const(phases)) {
        QStringList names;
        for (const Country &country : m_dataset.countries) {
            const bool inPhase =
                phase ? country.phaseId == phase->id : !m_dataset.phase(country.phaseId);
            if (!inPhase)
                continue;
            QString name = country.name.text(m_language).toHtmlEscaped();
            if (const Footnote *footnote = m_dataset.footnote(country.footnoteId)) {
                name += footnote->marker.toHtmlEscaped();
                if (!usedFootnotes.contains(footnote->id))
                    usedFootnotes.append(footnote->id);
            }
            names.append(name);
        }
        if (names.isEmpty())
            continue;
        const qsizetype more = names.size() - MaximumCountriesPerPhase;
        if (more > 0) {
            names = names.mid(0, MaximumCountriesPerPhase);
            names.append(
                text(QT_TRANSLATE_N_NOOP("sharaka::FactsheetComposer", "and %n more"), int(more))
                    .toHtmlEscaped());
        }
        // Data without phases (an IATI activity) lists its countries unlabelled.
        if (m_dataset.phases.isEmpty()) {
            content.paragraphs.append(FactsheetText::paragraph(names.join(separator), 3));
            continue;
        }
        const QString label =
            phase ? phase->label.text(m_language)
                  : text(QT_TRANSLATE_NOOP("sharaka::FactsheetComposer", "Membership not given"));
        content.paragraphs.append(FactsheetText::paragraph(
            QStringLiteral("<b>%1</b>&nbsp; %2").arg(label.toHtmlEscaped(), names.join(separator)),
            3));
    }
    if (footnotesUnderMap)
        usedFootnotes.clear();
    for (const QString &id : std::as_const(usedFootnotes)) {
        const Footnote *footnote = m_dataset.footnote(id);
        content.paragraphs.append(FactsheetText::paragraph(
            QStringLiteral("<span style=\"font-size:%1pt; color:%2\">%3 %4</span>")
                .arg(FactsheetStyle::SmallPoints)
                .arg(m_style.muted().name(), footnote->marker.toHtmlEscaped(),
                     footnote->text.text(m_language).toHtmlEscaped()),
            1));
    }
    return std::make_unique<TextBlock>(m_style, content);
}

std::unique_ptr<FactsheetBlock> FactsheetComposer::timeline() const
{
    QList<const Milestone *> milestones;
    for (const Milestone &milestone : m_dataset.milestones)
        milestones.append(&milestone);
    std::stable_sort(milestones.begin(), milestones.end(),
                     [](const Milestone *a, const Milestone *b) {
                         return a->date.firstDay() < b->date.firstDay();
                     });
    QDate first = milestones.constFirst()->date.firstDay();
    QDate last = milestones.constLast()->date.firstDay();
    if (m_dataset.project.start.isValid())
        first = std::min(first, m_dataset.project.start.firstDay());
    if (m_dataset.project.end.isValid())
        last = std::max(last, m_dataset.project.end.firstDay());
    first = QDate(first.year(), 1, 1);
    last = QDate(last.year(), 12, 31);

    TimelineBlock::Content content;
    content.heading =
        heading(headingOr(m_dataset.project.headings.timeline,
                          QT_TRANSLATE_NOOP("sharaka::FactsheetComposer", "Timeline")));
    const QLocale locale = m_style.locale();
    const int years = last.year() - first.year() + 1;
    const int step = std::max(1, (years + 9) / 10); // at most ten labelled years
    for (int year = first.year(); year <= last.year(); year += step) {
        content.tickPositions.append(position(QDate(year, 1, 1), first, last));
        content.tickLabels.append(QString::number(year));
    }
    for (const Milestone *milestone : std::as_const(milestones))
        content.events.append(position(milestone->date.firstDay(), first, last));
    for (const Milestone *milestone : milestones.mid(0, MaximumListedEvents)) {
        content.entries.append(
            QStringLiteral("<b>%1</b>&nbsp; %2")
                .arg(TextFormat::milestoneDate(*milestone, locale, &m_translator).toHtmlEscaped(),
                     milestone->title.text(m_language).toHtmlEscaped()));
    }
    const qsizetype more = milestones.size() - MaximumListedEvents;
    if (more > 0)
        content.more = m_style.emphasis(
            text(QT_TRANSLATE_N_NOOP("sharaka::FactsheetComposer",
                                     "Events not listed here: %n (all in the dashboard)"),
                 int(more))
                .toHtmlEscaped());
    return std::make_unique<TimelineBlock>(m_style, content);
}

void FactsheetComposer::addCharts(std::vector<std::unique_ptr<FactsheetBlock>> &blocks) const
{
    QList<const ChartSpec *> charts;
    for (const QString &id : m_dataset.chartIds()) {
        const ChartSpec *spec = m_dataset.chart(id);
        if (spec && spec->kind == ChartKind::Bar)
            charts.append(spec);
    }
    if (charts.isEmpty())
        return;
    // An activity with money gives its second page to the money: its first
    // results charts only. Other datasets' charts flow on, every one shown.
    const qsizetype shown = m_dataset.finance.isEmpty()
                                ? charts.size()
                                : std::min<qsizetype>(charts.size(), MaximumIndicatorCharts);
    const qsizetype hidden = charts.size() - shown;
    charts = charts.mid(0, shown);
    TextBlock::Content title;
    title.heading =
        heading(headingOr(m_dataset.project.headings.indicators,
                          QT_TRANSLATE_NOOP("sharaka::FactsheetComposer", "Indicators")));
    title.keepWithNext = true;
    blocks.push_back(std::make_unique<TextBlock>(m_style, title));
    const auto minimumHeight = [](const ChartSpec *spec) {
        return std::clamp<qreal>(40 + 18 * qreal(spec->indicatorIds.size()), 80, 900);
    };
    for (qsizetype i = 0; i < charts.size(); ++i) {
        const ChartSpec *spec = charts.at(i);
        auto chart =
            std::make_unique<ChartBlock>(m_style, m_exporter, spec->id, minimumHeight(spec));
        const bool narrow = spec->indicatorIds.size() <= NarrowChartBars;
        const ChartSpec *next = i + 1 < charts.size() ? charts.at(i + 1) : nullptr;
        if (narrow && next && next->indicatorIds.size() <= NarrowChartBars) {
            blocks.push_back(std::make_unique<ColumnsBlock>(
                m_style, std::move(chart),
                std::make_unique<ChartBlock>(m_style, m_exporter, next->id,
                                             std::max(minimumHeight(spec), minimumHeight(next))),
                0.5));
            ++i;
        } else {
            blocks.push_back(std::move(chart));
        }
    }
    if (hidden > 0) {
        TextBlock::Content rest;
        rest.points = FactsheetStyle::SmallPoints;
        rest.paragraphs.append(FactsheetText::paragraph(
            m_style.emphasis(text(QT_TRANSLATE_N_NOOP("sharaka::FactsheetComposer",
                                                      "Charts not shown here: %n (all in the "
                                                      "dashboard and its chart exports)"),
                                  int(hidden))
                                 .toHtmlEscaped()),
            0));
        blocks.push_back(std::make_unique<TextBlock>(m_style, rest));
    }
}

void FactsheetComposer::addPeriodCharts(std::vector<std::unique_ptr<FactsheetBlock>> &blocks) const
{
    QStringList ids;
    for (const QString &id : m_dataset.chartIds()) {
        const ChartSpec *spec = m_dataset.chart(id);
        if (spec && spec->kind == ChartKind::Periods)
            ids.append(id);
    }
    if (ids.isEmpty())
        return;
    TextBlock::Content title;
    title.heading = heading(
        text(QT_TRANSLATE_NOOP("sharaka::FactsheetComposer", "Targets and actuals over time")));
    title.keepWithNext = true;
    blocks.push_back(std::make_unique<TextBlock>(m_style, title));
    // Two to a row; the first few only, so that the page stays a summary.
    const QStringList shown = ids.mid(0, MaximumPeriodCharts);
    for (qsizetype i = 0; i < shown.size(); i += 2) {
        auto first =
            std::make_unique<ChartBlock>(m_style, m_exporter, shown.at(i), PeriodChartHeight);
        if (i + 1 < shown.size()) {
            blocks.push_back(std::make_unique<ColumnsBlock>(
                m_style, std::move(first),
                std::make_unique<ChartBlock>(m_style, m_exporter, shown.at(i + 1),
                                             PeriodChartHeight),
                0.5));
        } else {
            blocks.push_back(std::move(first));
        }
    }
    const qsizetype more = ids.size() - shown.size();
    if (more > 0) {
        TextBlock::Content rest;
        rest.points = FactsheetStyle::SmallPoints;
        rest.paragraphs.append(FactsheetText::paragraph(
            m_style.emphasis(
                text(QT_TRANSLATE_N_NOOP("sharaka::FactsheetComposer",
                                         "Indicators over time not shown here: %n (all in the "
                                         "dashboard and its chart exports)"),
                     int(more))
                    .toHtmlEscaped()),
            0));
        blocks.push_back(std::make_unique<TextBlock>(m_style, rest));
    }
}

QString FactsheetComposer::headingOr(const LocalizedText &dataset, const char *neutral) const
{
    const QString given = dataset.text(m_language);
    return given.isEmpty() ? text(neutral) : given;
}

void FactsheetComposer::addActivityDetails(
    std::vector<std::unique_ptr<FactsheetBlock>> &blocks) const
{
    QStringList charts;
    for (const ChartSpec &spec : m_dataset.charts) {
        if (spec.kind == ChartKind::Finance || spec.kind == ChartKind::Sectors ||
            spec.kind == ChartKind::PolicyMarkers)
            charts.append(spec.id);
    }
    const ActivityFigures figures(m_language, &m_translator);
    // The main currency's money is in the key figures; other currencies here.
    const QStringList lines{figures.statusLine(m_dataset),
                            figures.moneyLine(m_dataset, ActivityFigures::mainCurrency(m_dataset))};
    if (charts.isEmpty() && lines.join(QString()).isEmpty())
        return;
    TextBlock::Content title;
    title.heading =
        heading(text(QT_TRANSLATE_NOOP("sharaka::FactsheetComposer", "Money and sectors")));
    title.keepWithNext = true;
    for (const QString &line : lines)
        if (!line.isEmpty())
            title.paragraphs.append(FactsheetText::paragraph(line.toHtmlEscaped(), 3));
    blocks.push_back(std::make_unique<TextBlock>(m_style, title));
    // The page flows on: an activity with money and results may take a second page.
    constexpr qreal ChartHeight = 200;
    for (const QString &id : std::as_const(charts))
        blocks.push_back(std::make_unique<ChartBlock>(m_style, m_exporter, id, ChartHeight));
}

TextBlock::Content FactsheetComposer::section(const QString &title, qreal points) const
{
    TextBlock::Content content;
    content.points = points;
    content.heading = heading(title);
    content.continuedHeading =
        heading(text(QT_TRANSLATE_NOOP("sharaka::FactsheetComposer", "%1 (continued)")).arg(title));
    return content;
}

QString FactsheetComposer::numbered(int number, const QString &html) const
{
    return FactsheetText::paragraph(
        QStringLiteral("%1. %2").arg(m_style.locale().toString(number), html), 1);
}

std::unique_ptr<FactsheetBlock> FactsheetComposer::sources() const
{
    const QString title = text(QT_TRANSLATE_NOOP("sharaka::FactsheetComposer", "Sources"));
    TextBlock::Content content = section(title, FactsheetStyle::SmallPoints);
    QStringList lines;
    for (const Source &source : m_dataset.sources) {
        QString line = TextFormat::sourceCitation(source, m_language).toHtmlEscaped();
        if (!source.url.isEmpty())
            line +=
                QStringLiteral(" \u00B7 ") +
                FactsheetText::link(source.url, TextFormat::leftToRight(shownAddress(source.url)));
        lines.append(numbered(int(lines.size() + 1), line));
    }
    if (lines.size() > MaximumSourcesInColumns) {
        // A long list runs down the full width so that it can flow onto more pages.
        content.paragraphs = lines;
        return std::make_unique<TextBlock>(m_style, content);
    }
    // A short list in two columns of smaller type, numbered down the first
    // column and on down the second, under one heading.
    const qsizetype half = (lines.size() + 1) / 2;
    const auto column = [this](const QStringList &paragraphs) {
        TextBlock::Content part;
        part.points = SourceColumnPoints;
        part.paragraphs = paragraphs;
        return std::make_unique<TextBlock>(m_style, part);
    };
    std::vector<std::unique_ptr<FactsheetBlock>> parts;
    TextBlock::Content heading;
    heading.heading = content.heading;
    parts.push_back(std::make_unique<TextBlock>(m_style, heading));
    QStringList second = lines.mid(half);
    if (!m_dataset.notes.isEmpty())
        second.append(notesPointer());
    parts.push_back(
        std::make_unique<ColumnsBlock>(m_style, column(lines.mid(0, half)), column(second), 0.5));
    return std::make_unique<StackBlock>(m_style, std::move(parts));
}

QString FactsheetComposer::notesPointer() const
{
    // The notes are read in full in the window; the page points to them in one line.
    return FactsheetText::paragraph(
        QStringLiteral("<span style=\"color:%1\">%2</span>")
            .arg(m_style.muted().name(),
                 text(QT_TRANSLATE_N_NOOP("sharaka::FactsheetComposer",
                                          "Data notes: %n, read in full in the dashboard under "
                                          "Help \u25B8 Sources and Data Notes."),
                      int(m_dataset.notes.size()))
                     .toHtmlEscaped()),
        0);
}

std::unique_ptr<FactsheetBlock> FactsheetComposer::notes() const
{
    TextBlock::Content content;
    content.points = FactsheetStyle::SmallPoints;
    content.paragraphs.append(notesPointer());
    return std::make_unique<TextBlock>(m_style, content);
}

std::unique_ptr<FactsheetBlock> FactsheetComposer::runningHeader() const
{
    TextBlock::Content content;
    content.points = FactsheetStyle::SmallPoints;
    content.color = m_style.muted();
    content.paragraphs.append(FactsheetText::paragraph(
        QStringLiteral("<b>%1</b> \u00B7 %2")
            .arg(m_dataset.project.name.text(m_language).toHtmlEscaped(),
                 m_dataset.project.summary.text(m_language).toHtmlEscaped()),
        0));
    return std::make_unique<TextBlock>(m_style, content);
}

QString FactsheetComposer::footer(int page, int pageCount, const QDate &made) const
{
    // The product's name in the page's language; the version as written.
    const QString product =
        text(QT_TRANSLATE_NOOP("sharaka::FactsheetComposer", "Sharaka Dashboard %1"))
            .arg(TextFormat::leftToRight(QStringLiteral(SHARAKA_VERSION)));
    QString line =
        text(QT_TRANSLATE_NOOP("sharaka::FactsheetComposer", "Made on %1 with %2"))
            .arg(PartialDate(made, DatePrecision::Day).toDisplayString(m_style.locale()), product);
    if (pageCount > 1)
        line += QStringLiteral(" \u00B7 ") +
                text(QT_TRANSLATE_NOOP("sharaka::FactsheetComposer", "Page %1 of %2"))
                    .arg(m_style.locale().toString(page), m_style.locale().toString(pageCount));
    return line;
}

QString FactsheetComposer::mapChartId() const
{
    for (const QString &id : m_dataset.chartIds()) {
        const ChartSpec *spec = m_dataset.chart(id);
        if (spec && spec->kind == ChartKind::Map)
            return id;
    }
    return {};
}

} // namespace sharaka
