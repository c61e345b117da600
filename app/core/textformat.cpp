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

QString isolated(const QString &text)
{
    // FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE: the text takes its own
    // direction and leaves the surrounding order alone.
    return QChar(0x2068) + text + QChar(0x2069);
}

QString escapeControl(const QString &text)
{
    const auto isControl = [](QChar c) {
        const char16_t u = c.unicode();
        return u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0x2028 || u == 0x2029;
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
    QString text = source.publisher.text(language);
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
               (title.isRightToLeft() == rightToLeft ? title : isolated(title));
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
QString projectTitle(const ProjectInfo &project, Language language)
{
    const QString name = project.name.text(language);
    const QString meaning = project.nameMeaning.text(language);
    if (meaning.isEmpty())
        return name;
    // The meaning helps only where the name is a foreign word: a language in
    // which the name is an ordinary word (Arabic) translates this as "%1".
    const QString format = QCoreApplication::translate(
        "sharaka::HeaderPanel", "%1 (%2)",
        "project name (what the name means); translate as %1 alone where the name is a word of "
        "the language");
    return format.contains(QLatin1String("%2")) ? format.arg(name, meaning) : format.arg(name);
}

QString projectDetails(const ProjectInfo &project, Language language)
{
    return project.summary.text(language) + QStringLiteral(" \u00B7 ") +
           projectFacts(project, language);
}

QString projectFacts(const ProjectInfo &project, Language language,
                     const LanguageTranslator *translator)
{
    const QLocale locale = localeFor(language);
    QStringList parts;
    parts.append(translateWith(translator, "sharaka::HeaderPanel",
                               QT_TRANSLATE_NOOP("sharaka::HeaderPanel", "Implemented by %1"))
                     .arg(project.implementer.text(language)));
    if (!project.funder.isEmpty())
        parts.append(translateWith(translator, "sharaka::HeaderPanel",
                                   QT_TRANSLATE_NOOP("sharaka::HeaderPanel", "Funded by %1"))
                         .arg(project.funder.text(language)));
    parts.append(
        translateWith(translator, "sharaka::HeaderPanel",
                      QT_TRANSLATE_NOOP("sharaka::HeaderPanel", "%1 to %2"))
            .arg(project.start.toDisplayString(locale), project.end.toDisplayString(locale)));
    return parts.join(QStringLiteral(" \u00B7 "));
}

QString footnoteLine(const Footnote &footnote, Language language)
{
    return footnote.marker + QLatin1Char(' ') + footnote.text.text(language);
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
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(text.toHtmlEscaped());
}

QString milestoneDate(const Milestone &milestone, const QLocale &locale)
{
    if (milestone.endDate)
        return PartialDate::rangeToDisplayString(milestone.date, *milestone.endDate, locale);
    const QString date = milestone.date.toDisplayString(locale);
    switch (milestone.bound) {
    case DateBound::On:
        break;
    case DateBound::NotAfter:
        return QCoreApplication::translate("TextFormat", "by %1",
                                           "the event happened on this date or before")
            .arg(date);
    case DateBound::NotBefore:
        return QCoreApplication::translate("TextFormat", "on or after %1").arg(date);
    }
    return date;
}

} // namespace sharaka::TextFormat
