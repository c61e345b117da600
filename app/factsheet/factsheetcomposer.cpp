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
#include "factsheet/stackblock.h"
#include "factsheet/textblock.h"
#include "factsheet/timelineblock.h"

#include <QUrl>

#include <algorithm>

namespace sharaka {

namespace {

/// A chart with this many bars or fewer shares its row with the next one.
constexpr qsizetype NarrowChartBars = 2;
/// A map is listed beside at most this many countries; more go under it.
constexpr qsizetype CountriesBesideMap = 12;
/// Tall enough for the map's legend, notes, disclaimer and credit under it.
constexpr qreal MapHeight = 290;

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
    return m_translator.translate("sharaka::Factsheet", sourceText, nullptr, n);
}

QString FactsheetComposer::title() const
{
    return text(QT_TRANSLATE_NOOP("sharaka::Factsheet", "%1: factsheet"))
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
        // The countries and the timeline in a column beside the map.
        std::vector<std::unique_ptr<FactsheetBlock>> column;
        column.push_back(countries());
        if (!m_dataset.milestones.isEmpty())
            column.push_back(timeline());
        blocks.push_back(std::make_unique<ColumnsBlock>(
            m_style, std::make_unique<ChartBlock>(m_style, m_exporter, map, MapHeight),
            std::make_unique<StackBlock>(m_style, std::move(column)), 0.56));
    } else {
        if (!map.isEmpty())
            blocks.push_back(std::make_unique<ChartBlock>(m_style, m_exporter, map, MapHeight));
        blocks.push_back(countries());
        if (!m_dataset.milestones.isEmpty())
            blocks.push_back(timeline());
    }
    addCharts(blocks);
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
    const QString meaning = project.nameMeaning.text(m_language);
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
    const QString purpose = project.purpose.text(m_language);
    if (!purpose.isEmpty())
        content.paragraphs.append(
            FactsheetText::paragraph(QStringLiteral("<span style=\"font-size:%1pt\">%2</span>")
                                         .arg(FactsheetStyle::BodyPoints)
                                         .arg(purpose.toHtmlEscaped()),
                                     0));
    content.continuedHeading = QString();
    return std::make_unique<TextBlock>(m_style, content);
}

std::unique_ptr<FactsheetBlock> FactsheetComposer::keyFigures() const
{
    // The dataset marks its headline figures; none marked, no tiles (as in the window).
    const QLocale locale = m_style.locale();
    QList<KeyFiguresBlock::Tile> tiles;
    for (const Indicator &indicator : m_dataset.indicators) {
        if (!indicator.headline)
            continue;
        KeyFiguresBlock::Tile tile;
        tile.value = TextFormat::indicatorValuePlain(indicator, locale);
        tile.label = indicator.label.text(m_language);
        if (indicator.qualifier == Qualifier::AtLeast)
            tile.qualifier = text(QT_TRANSLATE_NOOP("sharaka::Factsheet", "at least %1"))
                                 .arg(locale.toString(indicator.value));
        tiles.append(tile);
    }
    if (tiles.isEmpty())
        return nullptr;
    return std::make_unique<KeyFiguresBlock>(m_style, tiles);
}

std::unique_ptr<FactsheetBlock> FactsheetComposer::countries() const
{
    TextBlock::Content content =
        section(text(QT_TRANSLATE_NOOP("sharaka::Factsheet", "Partner countries")),
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
            names.append(text(QT_TRANSLATE_N_NOOP("sharaka::Factsheet", "and %n more"), int(more))
                             .toHtmlEscaped());
        }
        const QString label =
            phase ? phase->label.text(m_language)
                  : text(QT_TRANSLATE_NOOP("sharaka::Factsheet", "Membership not given"));
        content.paragraphs.append(FactsheetText::paragraph(
            QStringLiteral("<b>%1</b><br/>%2").arg(label.toHtmlEscaped(), names.join(separator)),
            3));
    }
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
    content.heading = heading(text(QT_TRANSLATE_NOOP("sharaka::Factsheet", "Timeline")));
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
                .arg(TextFormat::milestoneDate(*milestone, locale).toHtmlEscaped(),
                     milestone->title.text(m_language).toHtmlEscaped()));
    }
    const qsizetype more = milestones.size() - MaximumListedEvents;
    if (more > 0)
        content.more = m_style.emphasis(
            text(QT_TRANSLATE_N_NOOP("sharaka::Factsheet",
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
    TextBlock::Content title;
    title.heading = heading(text(QT_TRANSLATE_NOOP(
        "sharaka::Factsheet", "Outcome indicators (totals for the whole project)")));
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
    const QStringList lines{figures.statusLine(m_dataset), figures.moneyLine(m_dataset)};
    if (charts.isEmpty() && lines.join(QString()).isEmpty())
        return;
    TextBlock::Content title;
    title.heading = heading(text(QT_TRANSLATE_NOOP("sharaka::Factsheet", "Money and sectors")));
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
        heading(text(QT_TRANSLATE_NOOP("sharaka::Factsheet", "%1 (continued)")).arg(title));
    return content;
}

QString FactsheetComposer::numbered(int number, const QString &html) const
{
    return FactsheetText::paragraph(
        QStringLiteral("%1. %2").arg(m_style.locale().toString(number), html), 1);
}

std::unique_ptr<FactsheetBlock> FactsheetComposer::sources() const
{
    const QString title = text(QT_TRANSLATE_NOOP("sharaka::Factsheet", "Sources"));
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
                 text(QT_TRANSLATE_N_NOOP("sharaka::Factsheet",
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
    QString line = text(QT_TRANSLATE_NOOP("sharaka::Factsheet", "Made on %1 with %2"))
                       .arg(PartialDate(made, DatePrecision::Day).toDisplayString(m_style.locale()),
                            TextFormat::leftToRight(ChartExporter::softwareName()));
    if (pageCount > 1)
        line += QStringLiteral(" \u00B7 ") +
                text(QT_TRANSLATE_NOOP("sharaka::Factsheet", "Page %1 of %2"))
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
