// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/iati/iatimappingcontext.h"

#include "core/io/datasetvalidator.h"
#include "core/languagetranslator.h"

namespace sharaka {

namespace {

const char *const ListSeparator = QT_TRANSLATE_NOOP("IatiWords", ", ");
const char *const AndMore = QT_TRANSLATE_N_NOOP("IatiWords", "%1 and %n more");

/// One translator per interface language, loaded once and shared by every
/// mapping (worker threads included: lookups do not change a translator).
const LanguageTranslator &translatorFor(Language language)
{
    static const LanguageTranslator english(Language::English);
    static const LanguageTranslator french(Language::French);
    static const LanguageTranslator arabic(Language::Arabic);
    switch (language) {
    case Language::French:
        return french;
    case Language::Arabic:
        return arabic;
    case Language::English:
        break;
    }
    return english;
}

QStringList languagesOf(const QList<LocalizedText> &texts)
{
    QStringList languages;
    for (const QString &code : {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("ar")})
        languages.append(code);
    for (const LocalizedText &text : texts)
        for (const QString &language : text.all().keys())
            if (!languages.contains(language))
                languages.append(language);
    return languages;
}

/// One arg() call per template, so that a "%2" inside an argument is never
/// taken for a place holder.
QString fill(const QString &pattern, const QStringList &arguments)
{
    switch (arguments.size()) {
    case 0:
        return pattern;
    case 1:
        return pattern.arg(arguments.at(0));
    case 2:
        return pattern.arg(arguments.at(0), arguments.at(1));
    case 3:
        return pattern.arg(arguments.at(0), arguments.at(1), arguments.at(2));
    default:
        return pattern.arg(arguments.at(0), arguments.at(1), arguments.at(2), arguments.at(3));
    }
}

} // namespace

LocalizedText plainText(const QString &text)
{
    return LocalizedText({{QStringLiteral("en"), text}});
}

LocalizedText IatiWords::text(const char *sourceText, const QList<LocalizedText> &arguments)
{
    QMap<QString, QString> result;
    for (const QString &code : languagesOf(arguments)) {
        const Language language = languageFromCode(code).value_or(Language::English);
        const QString pattern = translatorFor(language).translate("IatiWords", sourceText);
        QStringList texts;
        for (const LocalizedText &argument : arguments)
            texts.append(argument.text(code));
        result.insert(code, fill(pattern, texts));
    }
    return LocalizedText(result);
}

LocalizedText IatiWords::text(const char *sourceText, const QStringList &arguments)
{
    QList<LocalizedText> texts;
    for (const QString &argument : arguments)
        texts.append(plainText(argument));
    return text(sourceText, texts);
}

LocalizedText IatiWords::notGiven()
{
    return text(QT_TRANSLATE_NOOP("IatiWords", "not given"));
}

LocalizedText IatiWords::joined(const QList<LocalizedText> &parts)
{
    QMap<QString, QString> result;
    if (parts.isEmpty())
        return {};
    for (const QString &code : languagesOf(parts)) {
        QStringList texts;
        for (const LocalizedText &part : parts)
            texts.append(part.text(code));
        // The list separator is a word of each language (the Arabic comma).
        const Language language = languageFromCode(code).value_or(Language::English);
        result.insert(code,
                      texts.join(translatorFor(language).translate("IatiWords", ListSeparator)));
    }
    return LocalizedText(result);
}

LocalizedText IatiWords::joinedShort(const QList<LocalizedText> &parts, qsizetype shown)
{
    if (parts.size() <= shown)
        return joined(parts);
    QList<LocalizedText> first = parts.mid(0, shown);
    const LocalizedText list = joined(first);
    QMap<QString, QString> result;
    for (const QString &code : languagesOf({list})) {
        const Language language = languageFromCode(code).value_or(Language::English);
        const QString more = translatorFor(language).translate("IatiWords", AndMore, nullptr,
                                                               int(parts.size() - shown));
        result.insert(code, more.arg(list.text(code)));
    }
    return LocalizedText(result);
}

IatiPlace IatiPlace::child(const char *name, qsizetype index) const
{
    const QString step =
        QStringLiteral("%1[%2]").arg(QLatin1String(name), QString::number(index + 1));
    return IatiPlace(m_path.isEmpty() ? step : m_path + QLatin1Char('/') + step);
}

IatiPlace IatiPlace::child(const char *name) const
{
    const QString step = QLatin1String(name);
    return IatiPlace(m_path.isEmpty() ? step : m_path + QLatin1Char('/') + step);
}

IatiPlace IatiPlace::child(const char *name, qsizetype index, qsizetype count) const
{
    return count > 1 ? child(name, index) : child(name);
}

IatiPlace IatiPlace::attribute(const char *name) const
{
    return child((QByteArrayLiteral("@") + name).constData());
}

void IatiMappingLog::warn(const IatiPlace &place, qint64 line, const QString &message)
{
    const QString where =
        line > 0 ? tr("%1, line %2").arg(place.path(), QString::number(line)) : place.path();
    add(QStringLiteral("%1: %2: %3").arg(m_where, where, message));
}

void IatiMappingLog::warn(const QString &message)
{
    add(QStringLiteral("%1: %2").arg(m_where, message));
}

void IatiMappingLog::add(const QString &warning)
{
    if (m_seen.contains(warning))
        return;
    if (m_warnings.size() >= MaxWarnings) {
        ++m_more;
        return;
    }
    m_seen.insert(warning);
    m_warnings.append(warning);
}

QStringList IatiMappingLog::warnings() const
{
    if (m_more == 0)
        return m_warnings;
    return m_warnings + QStringList{QStringLiteral("%1: %2").arg(
                            m_where, tr("and %n more warnings", nullptr, int(m_more)))};
}

IatiMappingContext::IatiMappingContext(const IatiActivity &activity, const QString &where)
    : m_activity(activity)
    , m_log(where)
{}

LocalizedText IatiMappingContext::cut(const LocalizedText &text, int limit, bool *wasCut)
{
    if (wasCut)
        *wasCut = false;
    QMap<QString, QString> texts = text.all();
    for (QString &value : texts) {
        if (DatasetValidator::characterCount(value) <= limit)
            continue;
        // Cut by characters, never inside a surrogate pair.
        qsizetype end = 0;
        for (int count = 0; count < limit - 1 && end < value.size(); ++count)
            end += value.at(end).isHighSurrogate() && end + 1 < value.size() ? 2 : 1;
        value = value.left(end) + QChar(0x2026);
        if (wasCut)
            *wasCut = true;
    }
    return LocalizedText(texts);
}

LocalizedText IatiMappingContext::generated(const LocalizedText &text)
{
    return cut(text, DatasetValidator::MaxLongText);
}

LocalizedText IatiMappingContext::text(const IatiTexts &texts, const IatiPlace &place, qint64 line,
                                       int limit)
{
    if (texts.isEmpty())
        return {};
    // English is required by the format: a text without an English narrative
    // takes the default language's (else the first) narrative as its stand-in.
    QMap<QString, QString> byLanguage = texts;
    if (!byLanguage.contains(QStringLiteral("en")))
        byLanguage.insert(QStringLiteral("en"),
                          texts.value(m_activity.defaultLanguage, texts.first()));
    bool wasCut = false;
    const LocalizedText result = cut(LocalizedText(byLanguage), limit, &wasCut);
    if (wasCut) {
        qsizetype longest = 0;
        for (const QString &value : texts)
            longest = std::max(longest, DatasetValidator::characterCount(value));
        m_log.warn(place, line,
                   tr("the text is %1 characters long; shown cut to %2 characters")
                       .arg(QString::number(longest), QString::number(limit)));
    }
    return result;
}

std::optional<double> IatiMappingContext::number(const IatiNumber &number, const IatiPlace &place,
                                                 qint64 line)
{
    if (number.thousandsSeparators)
        m_log.warn(place, line,
                   tr("\"%1\" is read as %2 (commas taken as thousands separators)")
                       .arg(number.text, QString::number(*number.value, 'g', 15)));
    else if (!number.text.isEmpty() && !number.value)
        m_log.warn(place, line, tr("\"%1\" is not a number, ignored").arg(number.text));
    return number.value;
}

} // namespace sharaka
