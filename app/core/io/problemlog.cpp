// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/problemlog.h"

#include "core/textformat.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <climits>

namespace sharaka {

namespace {

/// The sections of a dataset in the order readers and the validator visit
/// them (sources first: everything else cites them).
constexpr std::array<const char *, 11> SectionOrder = {
    "schema",    "version",    "sources", "project",    "phases", "footnotes",
    "countries", "indicators", "charts",  "milestones", "notes"};

/// Section rank and element index of a JSON path such as "$.charts[2].title",
/// the key errors are listed by; -1 for "$" itself and for unknown sections.
std::pair<int, qsizetype> sortKey(const QString &path)
{
    if (!path.startsWith(QLatin1String("$.")))
        return {-1, -1};
    qsizetype end = 2;
    while (end < path.size() && path.at(end) != QLatin1Char('.') &&
           path.at(end) != QLatin1Char('['))
        ++end;
    const QStringView name = QStringView(path).mid(2, end - 2);
    const auto it =
        std::find_if(SectionOrder.cbegin(), SectionOrder.cend(),
                     [&name](const char *section) { return name == QLatin1String(section); });
    const int section = it == SectionOrder.cend() ? -1 : int(it - SectionOrder.cbegin());
    qsizetype element = -1;
    if (end < path.size() && path.at(end) == QLatin1Char('[')) {
        const qsizetype close = path.indexOf(QLatin1Char(']'), end);
        if (close > end)
            element = QStringView(path).mid(end + 1, close - end - 1).toLongLong();
    }
    return {section, element};
}

/// The places that contain @p path, innermost first: "$.a[1].b" gives
/// "$.a[1]", "$.a" and "$".
QStringList enclosingPaths(const QString &path)
{
    QStringList places;
    for (qsizetype i = path.size() - 1; i > 0; --i) {
        const QChar c = path.at(i);
        if (c == QLatin1Char('.') || c == QLatin1Char('['))
            places.append(path.left(i));
    }
    return places;
}

} // namespace

ProblemLog::ProblemLog(QString displayName)
    : m_file(std::move(displayName))
{}

QString ProblemLog::child(const QString &path, const QString &key)
{
    return path + QLatin1Char('.') + key;
}

QString ProblemLog::index(const QString &path, qsizetype i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

QString ProblemLog::line(const QString &place, const QString &message) const
{
    // One multi-argument arg(): a "%1" inside a file name stays as it is.
    return fitted(place.isEmpty() ? QStringLiteral("%1: %2").arg(m_file, message)
                                  : QStringLiteral("%1: %2: %3").arg(m_file, place, message));
}

QString ProblemLog::fitted(const QString &text)
{
    QString fit = TextFormat::escapeControl(text);
    // Cut short when a quoted value or a key runs long, so that one line
    // never floods a terminal or the dialog.
    if (fit.size() > MaxLineLength) {
        fit.truncate(MaxLineLength - 1);
        fit.append(QChar(0x2026));
    }
    return fit;
}

void ProblemLog::addError(const QString &path, QString text)
{
    ++m_errorCount;
    const auto [section, element] = sortKey(path);
    Entry entry{section, element, std::move(text)};
    // Stable: after every entry of the same element, so each layer keeps its order.
    const auto at = std::upper_bound(
        m_errors.begin(), m_errors.end(), entry, [](const Entry &a, const Entry &b) {
            return std::pair(a.section, a.element) < std::pair(b.section, b.element);
        });
    if (at - m_errors.begin() >= MaxReported)
        return;
    m_errors.insert(at, std::move(entry));
    if (m_errors.size() > MaxReported)
        m_errors.removeLast();
}

void ProblemLog::error(const QString &path, const QString &message)
{
    m_exactErrorPaths.insert(path);
    m_errorPaths.insert(path);
    for (const QString &place : enclosingPaths(path))
        m_errorPaths.insert(place);
    addError(path, line(path, message));
}

void ProblemLog::warning(const QString &path, const QString &message)
{
    if (++m_warningCount <= MaxReported)
        m_warnings.append(line(path, message));
}

void ProblemLog::fileError(const QString &message)
{
    addError(QString(), line(QString(), message));
}

void ProblemLog::textError(int line, int column, const QString &message)
{
    addError(QString(),
             fitted(QStringLiteral("%1:%2:%3: %4")
                        .arg(m_file, QString::number(line), QString::number(column), message)));
}

bool ProblemLog::hasErrorAround(const QString &path) const
{
    if (m_errorPaths.contains(path))
        return true;
    const QStringList places = enclosingPaths(path);
    return std::any_of(places.cbegin(), places.cend(),
                       [this](const QString &place) { return m_exactErrorPaths.contains(place); });
}

QString ProblemLog::moreProblemsLine(const QString &fileName, qsizetype more)
{
    return ProblemLog(fileName).line(
        QString(), QCoreApplication::translate("DatasetReader", "and %n more problems", nullptr,
                                               int(std::min<qsizetype>(more, INT_MAX))));
}

CappedLines::CappedLines(QString fileName, Sink sink)
    : m_file(std::move(fileName))
    , m_sink(std::move(sink))
{}

void CappedLines::add(const QStringList &lines)
{
    for (const QString &line : lines) {
        if (++m_count <= ProblemLog::MaxReportedPerFile)
            m_sink(line);
    }
}

void CappedLines::finish()
{
    if (m_count > ProblemLog::MaxReportedPerFile)
        m_sink(ProblemLog::moreProblemsLine(m_file, m_count - ProblemLog::MaxReportedPerFile));
}

QStringList ProblemLog::errors() const
{
    QStringList lines;
    lines.reserve(m_errors.size() + 1);
    for (const Entry &entry : m_errors)
        lines.append(entry.text);
    if (m_errorCount > lines.size()) {
        const auto more = int(m_errorCount - lines.size());
        lines.append(line(QString(), QCoreApplication::translate(
                                         "DatasetReader", "and %n more problems", nullptr, more)));
    }
    return lines;
}

QStringList ProblemLog::warnings() const
{
    QStringList lines = m_warnings;
    if (m_warningCount > lines.size()) {
        const auto more = int(m_warningCount - lines.size());
        lines.append(line(QString(), QCoreApplication::translate(
                                         "DatasetReader", "and %n more warnings", nullptr, more)));
    }
    return lines;
}

} // namespace sharaka
