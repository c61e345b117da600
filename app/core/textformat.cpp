// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/textformat.h"

#include "core/languagetranslator.h"

#include <QCoreApplication>

#include <algorithm>

namespace sharaka::TextFormat {

namespace {
constexpr QChar LeftToRightMark(0x200E);
constexpr QChar RightToLeftMark(0x200F);
constexpr char16_t PopDirectionalFormatting = 0x202C;
constexpr char16_t FirstStrongIsolate = 0x2068;
constexpr char16_t PopDirectionalIsolate = 0x2069;

bool isEmbeddingStart(char16_t u)
{
    return u == 0x202A || u == 0x202B || u == 0x202D || u == 0x202E; // LRE RLE LRO RLO
}

bool isIsolateStart(char16_t u)
{
    return u >= 0x2066 && u <= 0x2068; // LRI RLI FSI
}

bool isBidiControl(char16_t u)
{
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
}
} // namespace

QString indicatorValuePlain(const Indicator &indicator, const QLocale &locale)
{
    QString text = locale.toString(indicator.value);
    if (indicator.qualifier == Qualifier::AtLeast)
        text += QLatin1Char('+');
    return text;
}

QString indicatorValue(const Indicator &indicator, const QLocale &locale)
{
    return leftToRight(indicatorValuePlain(indicator, locale));
}

QString leftToRight(const QString &text)
{
    // A leading mark turns the digits into a left-to-right run (bidi rule W7);
    // the trailing one keeps neutral signs such as "+" inside that run.
    return LeftToRightMark + text + LeftToRightMark;
}

QString balancedBidi(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(),
                     [](QChar c) { return isBidiControl(c.unicode()); }))
        return text;
    // The openers still open, innermost last, as the Unicode bidi algorithm
    // pairs them: a PDI closes its isolate and every embedding inside it.
    QList<char16_t> open;
    QString balanced;
    balanced.reserve(text.size() + 8);
    const auto closer = [](char16_t opener) {
        return isIsolateStart(opener) ? PopDirectionalIsolate : PopDirectionalFormatting;
    };
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (isEmbeddingStart(u) || isIsolateStart(u)) {
            open.append(u);
        } else if (u == PopDirectionalFormatting) {
            if (open.isEmpty() || isIsolateStart(open.constLast()))
                continue; // nothing of this text to close: it would close the program's
            open.removeLast();
        } else if (u == PopDirectionalIsolate) {
            const auto isolateAt = std::find_if(open.crbegin(), open.crend(), isIsolateStart);
            if (isolateAt == open.crend())
                continue;
            while (!isIsolateStart(open.constLast())) {
                balanced += QChar(closer(open.constLast()));
                open.removeLast();
            }
            open.removeLast();
        }
        balanced += c;
    }
    while (!open.isEmpty()) {
        balanced += QChar(closer(open.constLast()));
        open.removeLast();
    }
    return balanced;
}

QString isolate(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QChar(FirstStrongIsolate) + balancedBidi(text) + QChar(PopDirectionalIsolate);
}

QString inDirectionOf(Language language, const QString &text)
{
    const bool rightToLeft = localeFor(language).textDirection() == Qt::RightToLeft;
    return (rightToLeft ? RightToLeftMark : LeftToRightMark) + text;
}

QString substitute(const QString &format, const QStringList &arguments)
{
    QString result;
    result.reserve(format.size());
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar c = format.at(i);
        if (c == QLatin1Char('%') && i + 1 < format.size()) {
            const int index = format.at(i + 1).digitValue();
            if (index >= 1 && index <= arguments.size()) {
                result += arguments.at(index - 1);
                ++i;
                continue;
            }
        }
        result += c;
    }
    return result;
}

QString escapeControl(const QString &text)
{
    const auto isControl = [](QChar c) {
        const char16_t u = c.unicode();
        return u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0x2028 || u == 0x2029 ||
               isBidiControl(u);
    };
    if (std::none_of(text.cbegin(), text.cend(), isControl))
        return text;
    QString escaped;
    escaped.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (isControl(c))
            escaped += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            escaped += c;
    }
    return escaped;
}

QString sourceCitation(const Source &source, Language language)
{
    const QLocale locale = localeFor(language);
    QString text = isolate(source.publisher.text(language));
    if (!source.published) {
        // Without a date, one publisher's pages ("INTERPOL; INTERPOL") are
        // told apart by their titles.
        const QString title = source.title.text(language);
        if (title.isEmpty())
            return text;
        const bool rightToLeft = locale.textDirection() == Qt::RightToLeft;
        // A title in the other direction ("مشروع ’شراكة‘" in an English list)
        // is isolated, or its quotes and the separators around it move.
        return text +
               (rightToLeft ? RightToLeftMark + QStringLiteral("\u060C ") : QStringLiteral(", ")) +
               isolate(title);
    }
    if (locale.textDirection() == Qt::RightToLeft) {
        // The mark closes a Latin publisher name ("EU Neighbours South"), so
        // the day after it is read with its Arabic month, not with the name.
        text += RightToLeftMark + QStringLiteral("\u060C ");
    } else {
        text += QStringLiteral(", ");
    }
    return text + source.published->toDisplayString(locale);
}

QString sourceCitations(const Dataset &dataset, const QStringList &sourceIds, Language language)
{
    QStringList citations;
    for (const QString &id : sourceIds) {
        if (const Source *source = dataset.source(id))
            citations.append(sourceCitation(*source, language));
    }
    switch (language) {
    case Language::French:
        return citations.join(QStringLiteral("\u00A0; ")); // French spaces a semicolon
    case Language::Arabic:
        return citations.join(QStringLiteral("\u061B ")); // the Arabic semicolon
    case Language::English:
        break;
    }
    return citations.join(QStringLiteral("; "));
}

QString sourcesLine(const Dataset &dataset, const QStringList &sourceIds, Language language,
                    const LanguageTranslator *translator)
{
    return translateWith(translator, "TextFormat", QT_TRANSLATE_NOOP("TextFormat", "Sources: %1"))
        .arg(sourceCitations(dataset, sourceIds, language));
}

// The header's lines keep the translation context of the panel that first
// showed them, so their translations stay where translators know them.
namespace {

QString projectTitleFormat(const LanguageTranslator *translator)
{
    // The meaning helps only where the name is a foreign word: a language in
    // which the name is an ordinary word (Arabic) translates this as "%1".
    static constexpr struct
    {
        const char *source;
        const char *comment;
    } Format = QT_TRANSLATE_NOOP3(
        "sharaka::HeaderPanel", "%1 (%2)",
        "project name (what the name means); translate as %1 alone where the name is a word of "
        "the language");
    return translateWith(translator, "sharaka::HeaderPanel", Format.source, Format.comment);
}

} // namespace

bool showsNameMeaning(const ProjectInfo &project, Language language,
                      const LanguageTranslator *translator)
{
    return !project.nameMeaning.text(language).isEmpty() &&
           projectTitleFormat(translator).contains(QLatin1String("%2"));
}

QString projectTitle(const ProjectInfo &project, Language language)
{
    // Alone, the name meets no program text.
    if (!showsNameMeaning(project, language))
        return balancedBidi(project.name.text(language));
    return projectTitleFormat(nullptr).arg(isolate(project.name.text(language)),
                                           isolate(project.nameMeaning.text(language)));
}

QString projectDetails(const ProjectInfo &project, Language language)
{
    return projectDetails(project.summary.text(language), project, language);
}

QString projectDetails(const QString &summary, const ProjectInfo &project, Language language)
{
    return isolate(summary) + QStringLiteral(" \u00B7 ") + projectFacts(project, language);
}

QString projectFacts(const ProjectInfo &project, Language language,
                     const LanguageTranslator *translator)
{
    const QLocale locale = localeFor(language);
    QStringList parts;
    parts.append(translateWith(translator, "sharaka::HeaderPanel",
                               QT_TRANSLATE_NOOP("sharaka::HeaderPanel", "Implemented by %1"))
                     .arg(isolate(project.implementer.text(language))));
    if (!project.funder.isEmpty())
        parts.append(translateWith(translator, "sharaka::HeaderPanel",
                                   QT_TRANSLATE_NOOP("sharaka::HeaderPanel", "Funded by %1"))
                         .arg(isolate(project.funder.text(language))));
    parts.append(
        translateWith(translator, "sharaka::HeaderPanel",
                      QT_TRANSLATE_NOOP("sharaka::HeaderPanel", "%1 to %2"))
            .arg(project.start.toDisplayString(locale), project.end.toDisplayString(locale)));
    return parts.join(QStringLiteral(" \u00B7 "));
}

QString footnoteLine(const Footnote &footnote, Language language)
{
    return isolate(footnote.marker) + QLatin1Char(' ') + isolate(footnote.text.text(language));
}

QStringList countryFootnoteLines(const Dataset &dataset, Language language)
{
    QStringList lines;
    for (const Footnote &footnote : dataset.footnotes) {
        const bool used =
            std::any_of(dataset.countries.cbegin(), dataset.countries.cend(),
                        [&](const Country &country) { return country.footnoteId == footnote.id; });
        if (used)
            lines.append(footnoteLine(footnote, language));
    }
    return lines;
}

QUrl webUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    return url;
}

QString toolTip(const QString &text)
{
    if (text.isEmpty())
        return text; // no tooltip, rather than an empty one
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(text.toHtmlEscaped());
}

QString milestoneDate(const Milestone &milestone, const QLocale &locale,
                      const LanguageTranslator *translator)
{
    if (milestone.endDate)
        return PartialDate::rangeToDisplayString(milestone.date, *milestone.endDate, locale);
    const QString date = milestone.date.toDisplayString(locale);
    switch (milestone.bound) {
    case DateBound::On:
        break;
    case DateBound::NotAfter: {
        static constexpr struct
        {
            const char *source;
            const char *comment;
        } NotAfter =
            QT_TRANSLATE_NOOP3("TextFormat", "by %1", "the event happened on this date or before");
        return translateWith(translator, "TextFormat", NotAfter.source, NotAfter.comment).arg(date);
    }
    case DateBound::NotBefore:
        return translateWith(translator, "TextFormat",
                             QT_TRANSLATE_NOOP("TextFormat", "on or after %1"))
            .arg(date);
    }
    return date;
}

} // namespace sharaka::TextFormat
