// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/io/iati/iatiactivity.h"
#include "core/localizedtext.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace sharaka {

/// Words the importer writes into the data itself ("Planned start", "not
/// given"): data text carries its own translations (docs/dataset-format.md),
/// so each word is looked up in English, French and Arabic at once from the
/// .ts files (context IatiWords), whatever the interface language.
class IatiWords
{
    Q_DECLARE_TR_FUNCTIONS(IatiWords)

public:
    /// @p sourceText (marked with QT_TRANSLATE_NOOP("IatiWords", ...)) in
    /// every interface language, its %1, %2... filled with @p arguments in
    /// the same language (English where an argument lacks it).
    static LocalizedText text(const char *sourceText, const QList<LocalizedText> &arguments = {});
    static LocalizedText text(const char *sourceText, const QStringList &arguments);
    static LocalizedText notGiven();
    /// @p parts joined with the list separator of each language.
    static LocalizedText joined(const QList<LocalizedText> &parts);
    /// @p parts joined, at most @p shown of them, then "and N more".
    static LocalizedText joinedShort(const QList<LocalizedText> &parts, qsizetype shown);
};

/// Plain, untranslated text (a code, an address) as a localized text.
LocalizedText plainText(const QString &text);

/// The XPath-like place of an element in an activity, as messages name it:
/// `result[2]/indicator[1]/period[3]/actual/@value`.
class IatiPlace
{
public:
    IatiPlace() = default;
    explicit IatiPlace(QString path)
        : m_path(std::move(path))
    {}
    /// The @p index-th (from 0) of the child elements called @p name.
    IatiPlace child(const char *name, qsizetype index) const;
    IatiPlace child(const char *name) const;
    /// One of @p count siblings called @p name: numbered only when there are several.
    IatiPlace child(const char *name, qsizetype index, qsizetype count) const;
    IatiPlace attribute(const char *name) const;
    QString path() const { return m_path; }

private:
    QString m_path;
};

/// The warnings about one activity: each names the file, the activity, the
/// IATI element and its line; none appears twice, and a long list ends with
/// "and N more warnings".
class IatiMappingLog
{
    Q_DECLARE_TR_FUNCTIONS(IatiMappingLog)

public:
    static constexpr qsizetype MaxWarnings = 60;

    explicit IatiMappingLog(QString where)
        : m_where(std::move(where))
    {}

    void warn(const IatiPlace &place, qint64 line, const QString &message);
    /// A warning about the activity as a whole.
    void warn(const QString &message);
    QStringList warnings() const;

private:
    void add(const QString &warning);

    QString m_where;
    QStringList m_warnings;
    QSet<QString> m_seen;
    qsizetype m_more = 0;
};

/// What every part of the mapping of one activity shares: its language, the
/// warnings, the id of the file's source, and the text limits.
class IatiMappingContext
{
    Q_DECLARE_TR_FUNCTIONS(IatiMappingContext)

public:
    IatiMappingContext(const IatiActivity &activity, const QString &where);

    const IatiActivity &activity() const { return m_activity; }
    IatiMappingLog &log() { return m_log; }
    static QString fileSourceId() { return QStringLiteral("iati"); }

    /// The narratives of an element as localized text, cut to @p limit
    /// characters with an ellipsis and a warning naming @p place.
    LocalizedText text(const IatiTexts &texts, const IatiPlace &place, qint64 line, int limit);
    /// @p number's value; a text that is not a number is named in a warning.
    std::optional<double> number(const IatiNumber &number, const IatiPlace &place, qint64 line);

    /// @p text cut to @p limit characters in each language, the last one an
    /// ellipsis; @p wasCut tells whether anything was cut.
    static LocalizedText cut(const LocalizedText &text, int limit, bool *wasCut = nullptr);
    /// Text the importer writes itself (a note listing indicators), kept
    /// within the limit of notes without a word: it never refuses an activity.
    static LocalizedText generated(const LocalizedText &text);

private:
    const IatiActivity &m_activity;
    IatiMappingLog m_log;
};

} // namespace sharaka
