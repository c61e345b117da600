// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/dataset.h"
#include "core/languagetranslator.h"
#include "factsheet/factsheetblock.h"
#include "factsheet/textblock.h"

#include <QDate>

#include <memory>
#include <vector>

namespace sharaka {

class ChartExporter;

/// What a factsheet says, in one language, as blocks in reading order: the
/// project, its key figures, the map and the countries, the timeline, the
/// charts, the sources and the data notes. Long lists are summarised ("and
/// 992 more events") or cut between lines onto further pages.
class FactsheetComposer final
{
public:
    /// @p dataset and @p exporter must outlive the blocks.
    FactsheetComposer(const Dataset &dataset, const ChartExporter &exporter,
                      const FactsheetStyle &style);

    std::vector<std::unique_ptr<FactsheetBlock>> blocks() const;
    /// The line heading every page after the first.
    std::unique_ptr<FactsheetBlock> runningHeader() const;
    /// "Made on 29 November 2026 with Sharaka Dashboard 1.0.0 · Page 1 of 2".
    QString footer(int page, int pageCount, const QDate &made) const;
    /// The document's title ("Sharaka: factsheet") and subject (the summary).
    QString title() const;
    QString subject() const;

    /// The most events listed under the timeline.
    static constexpr int MaximumListedEvents = 8;
    /// The most country names listed for one membership phase.
    static constexpr int MaximumCountriesPerPhase = 40;
    /// Up to this many sources sit in two columns; more run the full width.
    static constexpr int MaximumSourcesInColumns = 16;
    /// The most charts of targets and actuals over time on the page.
    static constexpr int MaximumPeriodCharts = 4;
    /// The most indicator charts of an aid activity with money: it has one
    /// per result, and its money needs room of its own.
    static constexpr int MaximumIndicatorCharts = 3;
    /// Their height, in points: room for the notes under a few periods.
    static constexpr qreal PeriodChartHeight = 190;
    /// The type size of the sources in two columns.
    static constexpr qreal SourceColumnPoints = 6;

private:
    std::unique_ptr<FactsheetBlock> titleBlock() const;
    std::unique_ptr<FactsheetBlock> keyFigures() const;
    /// @p footnotesUnderMap: the map beside shows the names' footnotes, so
    /// the list leaves them out.
    std::unique_ptr<FactsheetBlock> countries(bool footnotesUnderMap = false) const;
    std::unique_ptr<FactsheetBlock> timeline() const;
    void addCharts(std::vector<std::unique_ptr<FactsheetBlock>> &blocks) const;
    /// The indicators' targets and actuals over time, two charts to a row.
    void addPeriodCharts(std::vector<std::unique_ptr<FactsheetBlock>> &blocks) const;
    /// The dataset's heading in the page's language, else the neutral word @p neutral.
    QString headingOr(const LocalizedText &dataset, const char *neutral) const;
    /// An aid activity's status, money and its finance, sectors and
    /// policy-marker charts; nothing for a dataset without them (Sharaka's).
    void addActivityDetails(std::vector<std::unique_ptr<FactsheetBlock>> &blocks) const;
    std::unique_ptr<FactsheetBlock> sources() const;
    std::unique_ptr<FactsheetBlock> notes() const;
    /// One line that counts the data notes and says where to read them.
    QString notesPointer() const;
    QString heading(const QString &text) const;
    /// An empty section under @p title, whose rest after a page break says "(continued)".
    TextBlock::Content section(const QString &title, qreal points) const;
    /// "3. …", numbered in the page's digits.
    QString numbered(int number, const QString &html) const;
    QString mapChartId() const;
    /// The page's own words in its language, whatever the interface speaks
    /// (context "sharaka::FactsheetComposer").
    QString text(const char *sourceText, int n = -1) const;

    const Dataset &m_dataset;
    const ChartExporter &m_exporter;
    FactsheetStyle m_style;
    Language m_language;
    LanguageTranslator m_translator;
};

} // namespace sharaka
