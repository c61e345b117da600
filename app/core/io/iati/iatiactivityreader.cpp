// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/iati/iatiactivityreader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QXmlStreamReader>

#include <cmath>

namespace sharaka {

namespace {

const QString XmlNamespace = QStringLiteral("http://www.w3.org/XML/1998/namespace");
constexpr qint64 ProgressStepBytes = 256 * 1024;
/// At most this many ignored element names and unreadable values per activity.
constexpr qsizetype MaxListed = 40;

std::optional<bool> parseBoolean(QStringView text)
{
    const QString value = text.trimmed().toString().toLower();
    if (value == QLatin1String("1") || value == QLatin1String("true"))
        return true;
    if (value == QLatin1String("0") || value == QLatin1String("false"))
        return false;
    return std::nullopt;
}

/// Reads the children of one `iati-activity` into plain values. Every step
/// goes through advance(), which refuses DTDs and entity references wherever
/// they appear, so no text is ever expanded from a declaration in the file.
class ActivityParser
{
public:
    ActivityParser(QXmlStreamReader &xml, QString fileLanguage)
        : m_xml(xml)
        , m_fileLanguage(std::move(fileLanguage))
    {}

    /// Only the activity with this identifier is read in full; others stop at it.
    void setWanted(std::optional<QString> identifier) { m_wanted = std::move(identifier); }

    bool advance()
    {
        if (m_xml.atEnd() || m_xml.hasError())
            return false;
        switch (m_xml.readNext()) {
        case QXmlStreamReader::DTD:
            m_xml.raiseError(QCoreApplication::translate(
                "IatiImport", "document type declarations (DTDs) are refused"));
            return false;
        case QXmlStreamReader::EntityReference:
            m_xml.raiseError(
                QCoreApplication::translate("IatiImport", "entity reference \"&%1;\" is refused")
                    .arg(m_xml.name().toString()));
            return false;
        case QXmlStreamReader::Invalid:
            return false;
        default:
            return true;
        }
    }

    /// Moves to the next child element of the current one; false at its end.
    bool nextChild()
    {
        while (advance()) {
            if (m_xml.isStartElement())
                return true;
            if (m_xml.isEndElement())
                return false;
        }
        return false;
    }

    void skipElement()
    {
        int depth = 1;
        while (depth > 0 && advance()) {
            if (m_xml.isStartElement())
                ++depth;
            else if (m_xml.isEndElement())
                --depth;
        }
    }

    IatiActivity parseActivity()
    {
        IatiActivity activity;
        activity.line = m_xml.lineNumber();
        m_activityLanguage = languageOf(m_fileLanguage);
        activity.defaultLanguage = m_activityLanguage;
        activity.lastUpdated = attribute("last-updated-datetime");
        activity.details.defaultCurrency = attribute("default-currency").toUpper();
        m_problems = &activity.problems;
        while (nextChild()) {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("iati-identifier")) {
                activity.identifier = readText();
                // Skipping is much cheaper than reading an activity nobody asked for.
                if (m_wanted && activity.identifier != *m_wanted) {
                    skipElement();
                    break;
                }
            } else if (name == QLatin1String("reporting-org")) {
                activity.reportingOrg = readTexts();
            } else if (name == QLatin1String("title")) {
                activity.title = readTexts();
            } else if (name == QLatin1String("description")) {
                QString type = attribute("type");
                activity.descriptions.append(
                    {type.isEmpty() ? QStringLiteral("1") : type, readTexts()});
            } else if (name == QLatin1String("participating-org")) {
                IatiOrganisation organisation{attribute("role"),
                                              attribute("ref"),
                                              {},
                                              attribute("type"),
                                              attribute("activity-id")};
                organisation.name = readTexts();
                activity.organisations.append(organisation);
            } else if (name == QLatin1String("activity-date")) {
                IatiDate date{attribute("type"), attribute("iso-date"), {}};
                date.narrative = readTexts();
                activity.dates.append(date);
            } else if (name == QLatin1String("recipient-country")) {
                activity.countries.append(readRecipient());
            } else if (name == QLatin1String("recipient-region")) {
                activity.regions.append(readRecipient());
            } else if (name == QLatin1String("document-link")) {
                activity.documents.append(readDocument());
            } else if (name == QLatin1String("result")) {
                activity.results.append(readResult());
            } else if (IatiActivityDetailsReader::reads(name)) {
                IatiActivityDetailsReader::read(cursor(), activity.details);
            } else {
                // A hostile file could use millions of names: the list the
                // warning shows is short, and the search stays cheap.
                const QString ignored = name.toString();
                if (activity.ignoredElements.size() < MaxListed &&
                    !activity.ignoredElements.contains(ignored))
                    activity.ignoredElements.append(ignored);
                skipElement();
            }
        }
        m_problems = nullptr;
        return activity;
    }

private:
    /// Lends the stream, with this parser's refusing steps, to the details reader.
    IatiXmlCursor cursor()
    {
        return {m_xml,
                [this] { return nextChild(); },
                [this] { skipElement(); },
                [this] { return readText(); },
                [this] { return readTexts(); },
                [this](const QString &problem) {
                    if (m_problems && m_problems->size() < MaxListed)
                        m_problems->append(problem);
                }};
    }

    QString attribute(const char *name) const
    {
        return m_xml.attributes().value(QLatin1String(name)).trimmed().toString();
    }

    QString languageOf(const QString &fallback) const
    {
        const QString language =
            m_xml.attributes().value(XmlNamespace, QLatin1String("lang")).trimmed().toString();
        return language.isEmpty() ? fallback : language.toLower();
    }

    /// The text content of the current element, nested elements skipped.
    QString readText()
    {
        QString text;
        while (advance()) {
            if (m_xml.isCharacters())
                text += m_xml.text();
            else if (m_xml.isStartElement())
                skipElement();
            else if (m_xml.isEndElement())
                break;
        }
        return text.simplified();
    }

    /// The `narrative` children of the current element by language; text
    /// written directly in the element (IATI 1.x) counts as one narrative in
    /// the element's own language.
    IatiTexts readTexts()
    {
        IatiTexts texts;
        const QString ownLanguage = languageOf(m_activityLanguage);
        QString direct;
        while (advance()) {
            if (m_xml.isStartElement()) {
                if (m_xml.name() == QLatin1String("narrative")) {
                    const QString language = languageOf(m_activityLanguage);
                    const QString text = readText();
                    if (!text.isEmpty() && !texts.contains(language))
                        texts.insert(language, text);
                } else {
                    skipElement();
                }
            } else if (m_xml.isCharacters()) {
                direct += m_xml.text();
            } else if (m_xml.isEndElement()) {
                break;
            }
        }
        direct = direct.simplified();
        if (texts.isEmpty() && !direct.isEmpty())
            texts.insert(ownLanguage, direct);
        return texts;
    }

    std::optional<double> number(const char *name)
    {
        const QString text = attribute(name);
        if (text.isEmpty())
            return std::nullopt;
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (ok && std::isfinite(value))
            return value;
        if (m_problems && m_problems->size() < MaxListed)
            m_problems->append(
                QCoreApplication::translate("IatiImport",
                                            "line %1: %2=\"%3\" is not a number, ignored")
                    .arg(QString::number(m_xml.lineNumber()), QLatin1String(name), text));
        return std::nullopt;
    }

    IatiRecipient readRecipient()
    {
        IatiRecipient recipient;
        recipient.code = attribute("code");
        recipient.vocabulary = attribute("vocabulary");
        recipient.percentage = number("percentage");
        recipient.name = readTexts();
        return recipient;
    }

    IatiDocument readDocument()
    {
        IatiDocument document;
        document.url = attribute("url");
        while (nextChild()) {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("title")) {
                document.title = readTexts();
            } else {
                if (name == QLatin1String("document-date"))
                    document.isoDate = attribute("iso-date");
                else if (name == QLatin1String("language") && document.language.isEmpty())
                    document.language = attribute("code").toLower();
                if (name == QLatin1String("language"))
                    document.languages.append(attribute("code").toLower());
                else if (name == QLatin1String("category"))
                    document.categories.append(attribute("code").toUpper());
                skipElement();
            }
        }
        return document;
    }

    IatiResult readResult()
    {
        IatiResult result;
        result.type = attribute("type");
        result.aggregates =
            parseBoolean(m_xml.attributes().value(QLatin1String("aggregation-status")));
        while (nextChild()) {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("title"))
                result.title = readTexts();
            else if (name == QLatin1String("description"))
                result.description = readTexts();
            else if (name == QLatin1String("indicator"))
                result.indicators.append(readIndicator());
            else
                skipElement();
        }
        return result;
    }

    IatiIndicator readIndicator()
    {
        IatiIndicator indicator;
        const QString measure = attribute("measure");
        if (!measure.isEmpty())
            indicator.measure = measure;
        indicator.ascending =
            parseBoolean(m_xml.attributes().value(QLatin1String("ascending"))).value_or(true);
        indicator.aggregates =
            parseBoolean(m_xml.attributes().value(QLatin1String("aggregation-status")));
        while (nextChild()) {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("title")) {
                indicator.title = readTexts();
            } else if (name == QLatin1String("description")) {
                indicator.description = readTexts();
            } else if (name == QLatin1String("baseline") && !indicator.baseline) {
                indicator.baseline = number("value");
                const IatiValue baseline = readValue();
                indicator.baselineComment = baseline.comment;
            } else if (name == QLatin1String("period")) {
                indicator.periods.append(readPeriod());
            } else {
                skipElement();
            }
        }
        return indicator;
    }

    IatiPeriod readPeriod()
    {
        IatiPeriod period;
        while (nextChild()) {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("period-start")) {
                period.start = attribute("iso-date");
                skipElement();
            } else if (name == QLatin1String("period-end")) {
                period.end = attribute("iso-date");
                skipElement();
            } else if (name == QLatin1String("target")) {
                period.targets.append(readValue());
            } else if (name == QLatin1String("actual")) {
                period.actuals.append(readValue());
            } else {
                skipElement();
            }
        }
        return period;
    }

    /// A target, actual or baseline: its value, comment and whether it is one
    /// part of a disaggregated whole (by dimension or location).
    IatiValue readValue()
    {
        IatiValue value;
        value.value = number("value");
        while (nextChild()) {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("comment"))
                value.comment = readTexts();
            else {
                if (name == QLatin1String("dimension") || name == QLatin1String("location"))
                    value.disaggregated = true;
                skipElement();
            }
        }
        return value;
    }

    QXmlStreamReader &m_xml;
    QString m_fileLanguage;
    QString m_activityLanguage;
    QStringList *m_problems = nullptr;
    std::optional<QString> m_wanted;
};

} // namespace

IatiActivityReader::IatiActivityReader(QString displayName)
    : m_displayName(std::move(displayName))
{}

bool IatiActivityReader::looksLikeXml(const QByteArray &head)
{
    QByteArray start = head;
    if (start.startsWith("\xEF\xBB\xBF"))
        start.remove(0, 3);
    return start.trimmed().startsWith('<');
}

bool IatiActivityReader::read(QIODevice &device, const Visitor &visit)
{
    m_errors.clear();
    m_warnings.clear();
    m_wasCancelled = false;
    QXmlStreamReader xml(&device);
    xml.setNamespaceProcessing(true);
    xml.setEntityExpansionLimit(0);
    const auto fail = [this, &xml](const QString &message) {
        // One arg() call, so that a "%1" in the file name stays as it is.
        m_errors.append(QStringLiteral("%1:%2:%3: %4")
                            .arg(m_displayName, QString::number(xml.lineNumber()),
                                 QString::number(xml.columnNumber() + 1), // Qt counts from 0
                                 message));
        return false;
    };

    ActivityParser parser(xml, QStringLiteral("en"));
    while (parser.advance() && !xml.isStartElement()) {
    }
    if (xml.hasError())
        return fail(xml.errorString());
    if (!xml.isStartElement())
        return fail(
            QCoreApplication::translate("IatiImport", "no root element: the file is empty"));
    if (xml.name() != QLatin1String("iati-activities")) {
        return fail(QCoreApplication::translate(
                        "IatiImport", "not an IATI activity file: the root element is <%1>, "
                                      "not <iati-activities>")
                        .arg(xml.name().toString()));
    }
    const QString version = xml.attributes().value(QLatin1String("version")).trimmed().toString();
    if (version != QLatin1String("2.01") && version != QLatin1String("2.02") &&
        version != QLatin1String("2.03")) {
        m_warnings.append(QStringLiteral("%1: %2").arg(
            m_displayName, QCoreApplication::translate(
                               "IatiImport", "IATI version \"%1\" is not 2.01, 2.02 or 2.03; read "
                                             "with the 2.03 rules and the older "
                                             "code names")
                               .arg(version)));
    }
    const QString fileLanguage =
        xml.attributes().value(XmlNamespace, QLatin1String("lang")).trimmed().toString().toLower();
    ActivityParser activityParser(xml,
                                  fileLanguage.isEmpty() ? QStringLiteral("en") : fileLanguage);
    activityParser.setWanted(m_wanted);

    qint64 reported = 0;
    const qint64 total = device.size();
    while (activityParser.nextChild()) {
        if (xml.name() != QLatin1String("iati-activity")) {
            activityParser.skipElement();
            continue;
        }
        IatiActivity activity = activityParser.parseActivity();
        if (xml.hasError())
            break;
        if (!visit(std::move(activity)))
            return true;
        if (m_cancelled && m_cancelled->load()) {
            m_wasCancelled = true;
            m_errors.append(QStringLiteral("%1: %2").arg(
                m_displayName, QCoreApplication::translate("IatiImport", "reading cancelled")));
            return false;
        }
        if (m_progress && device.pos() - reported >= ProgressStepBytes) {
            reported = device.pos();
            m_progress(reported, total);
        }
    }
    if (!xml.hasError()) {
        // Anything after the root element (comments aside) must still be well-formed.
        while (activityParser.advance()) {
        }
    }
    if (xml.hasError())
        return fail(xml.errorString());
    if (m_progress)
        m_progress(total, total);
    return true;
}

} // namespace sharaka
