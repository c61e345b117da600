// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace sharaka {

/// The problems found in one file by the preflight, a reader and the
/// validator, as the lines a user reads: "FILE: $.path: message", or
/// "FILE:LINE:COLUMN: message" for syntax. Places are JSON paths
/// ("$.indicators[3].label.en"), which for the JSON format are the file's own.
///
/// Errors are listed in the order of the file, by section and element,
/// whichever layer found them; a hostile file can hold millions, so only the
/// first MaxReported are kept as text and the rest are counted.
class ProblemLog
{
public:
    static constexpr int MaxReported = 50;
    /// The most lines a report on a whole file shows (CappedLines): room for
    /// one dataset's full report, errors and warnings with their counts.
    static constexpr int MaxReportedPerFile = 4 * MaxReported;

    explicit ProblemLog(QString displayName);

    const QString &fileName() const { return m_file; }

    void error(const QString &path, const QString &message);
    void warning(const QString &path, const QString &message);
    /// A problem with the file as a whole: "FILE: message".
    void fileError(const QString &message);
    /// A problem at a place in the text: "FILE:LINE:COLUMN: message".
    void textError(int line, int column, const QString &message);

    bool hasErrors() const { return m_errorCount > 0; }
    /// True when an error was reported at @p path, inside it, or at a place
    /// that contains it: the validator then says nothing more about it.
    bool hasErrorAround(const QString &path) const;

    /// Readers mark a field that the file gives but leaves blank (an empty
    /// string, a text without English), so that the validator can tell
    /// "must not be empty" from "required field is missing".
    void markBlank(const QString &path) { m_blank.insert(path); }
    bool isBlank(const QString &path) const { return m_blank.contains(path); }

    /// The lines to show, each at most MaxLineLength characters, with control
    /// characters escaped, and an "and N more" line when some were left out.
    QStringList errors() const;
    QStringList warnings() const;

    static constexpr qsizetype MaxLineLength = 400;

    /// "FILE: and N more problems", the line that ends a capped list.
    static QString moreProblemsLine(const QString &fileName, qsizetype more);

    /// "$.a" + "b" = "$.a.b"; "$.a" + 3 = "$.a[3]".
    static QString child(const QString &path, const QString &key);
    static QString index(const QString &path, qsizetype i);

private:
    struct Entry
    {
        int section = -1;
        qsizetype element = -1;
        QString text;
    };
    QString line(const QString &place, const QString &message) const;
    static QString fitted(const QString &text);
    void addError(const QString &path, QString text);

    QString m_file;
    QList<Entry> m_errors; ///< the first MaxReported in file order
    QStringList m_warnings;
    qsizetype m_errorCount = 0;
    qsizetype m_warningCount = 0;
    QSet<QString> m_errorPaths; ///< places of errors and every place containing one
    QSet<QString> m_exactErrorPaths;
    QSet<QString> m_blank;
};

/// Passes on the first ProblemLog::MaxReportedPerFile of a stream of problem
/// lines and counts the rest, for reports written line by line as a file is
/// read (--check of a file of many activities), where no ProblemLog holds them all.
class CappedLines
{
public:
    using Sink = std::function<void(const QString &line)>;

    CappedLines(QString fileName, Sink sink);

    void add(const QStringList &lines);
    /// Writes "FILE: and N more problems" when lines were left out.
    void finish();
    qsizetype count() const { return m_count; }

private:
    QString m_file;
    Sink m_sink;
    qsizetype m_count = 0;
};

} // namespace sharaka
