// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/dataset.h"

#include <QCoreApplication>
#include <QSet>

namespace sharaka {

class ProblemLog;

/// The rules of a dataset, whatever format it was read from: required fields,
/// the shape of ids and codes, uniqueness, references between ids, date
/// order, text length limits and source addresses (docs/dataset-format.md).
///
/// Places are named with JSON paths of the Dataset ("$.indicators[3].label.en"),
/// by list index as read, so the reader must keep file order. A place where
/// the reader already reported a problem gets no second message.
class DatasetValidator
{
    Q_DECLARE_TR_FUNCTIONS(DatasetValidator)

public:
    // The text limits protect memory against hostile files; they are far above
    // what publishers write (IATI titles of 600 characters and descriptions of
    // 12,000 are real), and the IATI importer cuts longer texts rather than
    // refuse an activity.
    /// Labels, titles, names, publishers, language codes.
    static constexpr int MaxShortText = 2000;
    /// Descriptions, summaries, notes, footnotes, purpose.
    static constexpr int MaxLongText = 100000;
    static constexpr int MaxUrlLength = 2000;
    static constexpr int MaxMarkerLength = 3;
    static constexpr qint64 MaxValue = 1000000000;
    static constexpr int MaxPhaseOrder = 1000;
    /// Baselines, targets and period figures: any number up to this size.
    static constexpr double MaxFigure = 1e12;
    static constexpr int MaxUnitLength = 20;
    /// Charts in one dataset: each is a view of its own in the window and a
    /// file of its own per language in Save All, so 20,000 of them took
    /// gigabytes. Real datasets (and IATI activities, one chart per result)
    /// have a few dozen at most.
    static constexpr int MaxCharts = 200;
    /// Bars in one chart: 20,000 took half a gigabyte of graphics items,
    /// and no picture can show them.
    static constexpr int MaxBarsPerChart = 500;
    /// Budgets and transactions: published amounts reach hundreds of billions.
    static constexpr double MaxAmount = 1e15;

    explicit DatasetValidator(ProblemLog &log)
        : m_log(log)
    {}

    /// "required field is missing" and "must not be empty", translated: the
    /// words of every layer for these two, readers included.
    static QString missingMessage() { return tr("required field is missing"); }
    static QString emptyMessage() { return tr("must not be empty"); }

    /// Reports every broken rule of @p data to the log.
    void validate(const Dataset &data);

    /// Characters (Unicode code points) in @p text, as the limits count them.
    static qsizetype characterCount(const QString &text);
    /// Whether @p url is an absolute http or https address with a host,
    /// written only with characters a URL may hold (no spaces or quotes).
    static bool isWebAddress(const QString &url);
    /// What a file gives as an address, made strict: @p url itself when it is
    /// a web address, else its percent-encoded form when that is one (spaces,
    /// accents), else empty (no scheme, not http(s), no host). Readers keep a
    /// loose address this way, or as text, rather than refuse the file.
    static QString strictWebAddress(const QString &url);

private:
    enum class Need { Optional, Required };

    void checkProject(const ProjectInfo &project);
    void checkSources(const QList<Source> &sources);
    void checkPhases(const QList<Phase> &phases);
    void checkFootnotes(const QList<Footnote> &footnotes);
    void checkCountries(const QList<Country> &countries);
    void checkIndicators(const QList<Indicator> &indicators);
    void checkResultsFramework(const Indicator &indicator, const QString &path);
    void checkFigure(std::optional<double> figure, const QString &path);
    void checkCharts(const QList<ChartSpec> &charts);
    void checkMilestones(const QList<Milestone> &milestones);
    void checkNotes(const QList<DataNote> &notes);
    /// Status, finance, sectors, markers, places and partners of an aid activity.
    void checkActivityDetails(const Dataset &data);
    void checkMoney(const MoneyValue &money, const QString &path);
    void checkPercentage(std::optional<double> percentage, const QString &path);
    void checkRange(std::optional<double> value, double limit, const QString &path);

    void error(const QString &path, const QString &message);
    /// Reports an absent or blank required value; true when it is there.
    bool checkPresent(bool present, const QString &path, Need need);
    void checkId(const QString &id, const QString &path);
    void checkString(const QString &text, const QString &path, Need need, int limit);
    void checkText(const LocalizedText &text, const QString &path, Need need, int limit);
    void checkIdList(const QStringList &ids, const QString &path, Need need);
    void checkReferences(const QStringList &ids, const QString &path, const QSet<QString> &known,
                         const QString &unknownMessage);
    void checkReference(const QString &id, const QString &path, const QSet<QString> &known,
                        const QString &unknownMessage);
    /// A list of source ids: each must name a source.
    void checkCitations(const QStringList &sourceIds, const QString &path, Need need);
    void checkUnique(QSet<QString> &seen, const QString &id, const QString &path,
                     const QString &duplicateMessage);
    /// Each element of a list of items with ids: the id's shape, @p check
    /// (the element's own fields), the id's uniqueness, then @p refer (what
    /// it cites or draws), in the order of their messages.
    template<typename T, typename Check, typename Refer>
    void checkIdentified(const QList<T> &items, const char *list, const QString &duplicateMessage,
                         Check check, Refer refer);
    void checkLength(const QString &text, const QString &path, int limit);

    ProblemLog &m_log;
    QSet<QString> m_sourceIds;
    QSet<QString> m_phaseIds;
    QSet<QString> m_footnoteIds;
    QSet<QString> m_indicatorIds;
    const Dataset *m_data = nullptr; ///< while validate() runs: charts check what they draw
};

} // namespace sharaka
