// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/iati/iatiactivityreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QIODevice>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <cmath>

namespace sharaka {

namespace {

const QString XmlNamespace = QStringLiteral("http://www.w3.org/XML/1998/namespace");
/// At most this many ignored element names are listed per activity...
constexpr qsizetype MaxListed = 40;
/// ...and at most this many counted, for "and N more".
constexpr qsizetype MaxCountedNames = 10000;

std::optional<bool> parseBoolean(QStringView text)
{
    const QString value = text.trimmed().toString().toLower();
    if (value == QLatin1String("1") || value == QLatin1String("true"))
        return true;
    if (value == QLatin1String("0") || value == QLatin1String("false"))
        return false;
    return std::nullopt;
}

/// Hands the file to QXmlStreamReader a chunk at a time (addData) instead of
/// giving it the device: given a device, the reader returns only once a whole
/// text or tag is read, so one huge text would hold the thread, and the
/// memory, for as long as it lasts. Between chunks the feed reports progress,
/// notices a cancel, and stops a single token (text, comment, tag) that grows
/// past MaxTokenBytes, or a file that grows past MaxFileBytes while read.
class XmlFeed
{
public:
    XmlFeed(QIODevice &device, QXmlStreamReader &xml, const IatiActivityReader::Progress &progress,
            const std::atomic_bool *cancelled)
        : m_device(device)
        , m_xml(xml)
        , m_progress(progress)
        , m_cancelled(cancelled)
        , m_total(device.isSequential() ? -1 : device.size())
    {
        m_sinceReport.start();
    }

    /// Adds the next chunk; false at the end of the file or when reading must stop.
    bool refill()
    {
        if (m_cancelled && m_cancelled->load()) {
            m_stop = IatiActivityReader::Stop::Cancelled;
            m_xml.raiseError(QCoreApplication::translate("IatiImport", "reading cancelled"));
            return false;
        }
        if (m_sinceToken > IatiActivityReader::MaxTokenBytes) {
            m_stop = IatiActivityReader::Stop::TokenTooLong;
            m_xml.raiseError(IatiActivityReader::tokenTooLongMessage());
            return false;
        }
        const QByteArray chunk = m_device.read(ChunkBytes);
        if (chunk.isEmpty())
            return false;
        m_read += chunk.size();
        if (m_read > IatiActivityReader::MaxFileBytes) {
            m_stop = IatiActivityReader::Stop::FileTooLarge;
            m_xml.raiseError(IatiActivityReader::tooLargeMessage());
            return false;
        }
        m_sinceToken += chunk.size();
        m_xml.addData(chunk);
        // Every few chunks, and at least every 100 ms however slowly they come.
        if (m_progress && (m_read - m_reported >= ProgressStepBytes ||
                           m_sinceReport.elapsed() >= ProgressIntervalMs)) {
            m_sinceReport.restart();
            m_reported = m_read;
            m_progress(m_read, m_total);
        }
        return true;
    }

    void tokenRead() { m_sinceToken = 0; }
    IatiActivityReader::Stop stop() const { return m_stop; }
    qint64 bytesRead() const { return m_read; }

private:
    static constexpr qint64 ChunkBytes = 64 * 1024;
    static constexpr qint64 ProgressStepBytes = 256 * 1024;
    static constexpr qint64 ProgressIntervalMs = 100;

    QIODevice &m_device;
    QXmlStreamReader &m_xml;
    const IatiActivityReader::Progress &m_progress;
    const std::atomic_bool *m_cancelled = nullptr;
    qint64 m_total = -1;
    qint64 m_read = 0;
    qint64 m_sinceToken = 0;
    qint64 m_reported = 0;
    QElapsedTimer m_sinceReport;
    IatiActivityReader::Stop m_stop = IatiActivityReader::Stop::None;
};

/// Reads the children of one `iati-activity` into plain values. Every step
/// goes through advance(), which refuses DTDs and entity references wherever
/// they appear, so no text is ever expanded from a declaration in the file.
class ActivityParser
{
public:
    ActivityParser(QXmlStreamReader &xml, XmlFeed &feed, QString fileLanguage)
        : m_xml(xml)
        , m_feed(feed)
        , m_fileLanguage(std::move(fileLanguage))
    {}

    /// Only the activity with this identifier is read in full; others stop at it.
    void setWanted(std::optional<QString> identifier) { m_wanted = std::move(identifier); }

    bool advance()
    {
        if (m_xml.atEnd() || m_xml.hasError())
            return false;
        QXmlStreamReader::TokenType token = m_xml.readNext();
        // The feed adds the file a chunk at a time: see XmlFeed.
        while (token == QXmlStreamReader::Invalid &&
               m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && m_feed.refill())
            token = m_xml.readNext();
        m_feed.tokenRead();
        switch (token) {
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
        m_ignoredSeen.clear();
        while (nextChild()) {
            if (!readActivityChild(activity))
                break;
        }
        noteOtherDates(activity);
        return activity;
    }

private:
    /// Reads one child of `iati-activity`; false when the rest of the
    /// activity is not wanted.
    bool readActivityChild(IatiActivity &activity)
    {
        const QStringView name = m_xml.name();
        if (name == QLatin1String("iati-identifier")) {
            // As published: identifiers are matched exactly, inner blanks included.
            activity.identifier = readText(Blanks::Kept);
            // Skipping is much cheaper than reading an activity nobody asked for.
            if (m_wanted && activity.identifier != *m_wanted) {
                skipElement();
                return false;
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
            IatiOrganisation organisation{
                attribute("role"), attribute("ref"),         {},
                attribute("type"), attribute("activity-id"), m_xml.lineNumber()};
            organisation.name = readTexts();
            activity.organisations.append(organisation);
        } else if (name == QLatin1String("activity-date")) {
            activity.dates.append(readDate());
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
            noteIgnored(activity, name);
            skipElement();
        }
        return true;
    }

    /// Lends the stream, with this parser's refusing steps, to the details reader.
    IatiXmlCursor cursor()
    {
        return {m_xml, [this] { return nextChild(); }, [this] { skipElement(); },
                [this] { return readText(); },
                [this] {
                    return readTexts();
                }};
    }

    void noteIgnored(IatiActivity &activity, QStringView name)
    {
        // A hostile file could use millions of names: the list the warning
        // shows is short, and the names counted for "and N more" are bounded.
        const QString ignored = name.toString();
        if (m_ignoredSeen.contains(ignored) || m_ignoredSeen.size() >= MaxCountedNames)
            return;
        m_ignoredSeen.insert(ignored);
        ++activity.ignoredElementCount;
        if (activity.ignoredElements.size() < MaxListed)
            activity.ignoredElements.append(ignored);
    }

    /// The earliest and latest dates of the money, for the project span.
    static void noteOtherDates(IatiActivity &activity)
    {
        const auto note = [&activity](const QString &text) {
            const QString date = text.left(10);
            if (date.size() != 10)
                return;
            if (activity.firstOtherDate.isEmpty() || date < activity.firstOtherDate)
                activity.firstOtherDate = date;
            if (date > activity.lastOtherDate)
                activity.lastOtherDate = date;
        };
        const IatiActivityDetails &details = activity.details;
        for (const QList<IatiBudget> *budgets : {&details.budgets, &details.plannedDisbursements})
            for (const IatiBudget &budget : *budgets) {
                note(budget.periodStart);
                note(budget.periodEnd);
                note(budget.value.valueDate);
            }
        for (const IatiTransaction &transaction : details.transactions) {
            note(transaction.date);
            note(transaction.value.valueDate);
        }
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

    enum class Blanks { Collapsed, Kept };

    /// The text content of the current element, nested elements skipped.
    QString readText(Blanks blanks = Blanks::Collapsed)
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
        return blanks == Blanks::Kept ? text.trimmed() : text.simplified();
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

    /// A number attribute as written; "20,000" (thousands separators, seen in
    /// IATI 1.0x files) reads as 20000.
    IatiNumber number(const char *name) const
    {
        static const QRegularExpression grouped(
            QStringLiteral("^[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?$"));
        IatiNumber number;
        number.text = attribute(name);
        if (number.text.isEmpty())
            return number;
        bool ok = false;
        double value = number.text.toDouble(&ok);
        if (!ok && grouped.match(number.text).hasMatch()) {
            value = QString(number.text).remove(QLatin1Char(',')).toDouble(&ok);
            number.thousandsSeparators = ok;
        }
        if (ok && std::isfinite(value))
            number.value = value;
        return number;
    }

    /// An activity date; IATI 1.0x may write the date as the element's text.
    IatiDate readDate()
    {
        IatiDate date{attribute("type"), attribute("iso-date"), {}, m_xml.lineNumber()};
        date.narrative = readTexts();
        if (date.isoDate.isEmpty() && date.narrative.size() == 1) {
            const QString text = date.narrative.first();
            static const QRegularExpression isoDay(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}"));
            if (isoDay.match(text).hasMatch()) {
                date.isoDate = text;
                date.narrative.clear();
            }
        }
        return date;
    }

    IatiRecipient readRecipient()
    {
        IatiRecipient recipient;
        recipient.line = m_xml.lineNumber();
        recipient.code = attribute("code");
        recipient.vocabulary = attribute("vocabulary");
        recipient.percentage = number("percentage");
        recipient.name = readTexts();
        return recipient;
    }

    IatiDocument readDocument()
    {
        IatiDocument document;
        document.line = m_xml.lineNumber();
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
                // Codes, each listed once: a document has a few at most.
                const auto addCode = [](QStringList &codes, const QString &code) {
                    if (!code.isEmpty() && !codes.contains(code) && codes.size() < MaxListed)
                        codes.append(code);
                };
                if (name == QLatin1String("language"))
                    addCode(document.languages, attribute("code").toLower());
                else if (name == QLatin1String("category"))
                    addCode(document.categories, attribute("code").toUpper());
                skipElement();
            }
        }
        return document;
    }

    IatiResult readResult()
    {
        IatiResult result;
        result.line = m_xml.lineNumber();
        result.type = attribute("type");
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
        indicator.line = m_xml.lineNumber();
        const QString measure = attribute("measure");
        if (!measure.isEmpty())
            indicator.measure = measure;
        indicator.ascending =
            parseBoolean(m_xml.attributes().value(QLatin1String("ascending"))).value_or(true);
        while (nextChild()) {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("title"))
                indicator.title = readTexts();
            else if (name == QLatin1String("description"))
                indicator.description = readTexts();
            else if (name == QLatin1String("baseline"))
                indicator.baselines.append(readValue());
            else if (name == QLatin1String("period"))
                indicator.periods.append(readPeriod());
            else
                skipElement();
        }
        return indicator;
    }

    IatiPeriod readPeriod()
    {
        IatiPeriod period;
        period.line = m_xml.lineNumber();
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
        value.line = m_xml.lineNumber();
        value.value = number("value");
        value.year = attribute("year");
        value.isoDate = attribute("iso-date");
        while (nextChild()) {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("comment")) {
                value.comment = readTexts();
                continue;
            }
            if (name == QLatin1String("dimension"))
                value.dimensions.append({attribute("name"), attribute("value")});
            else if (name == QLatin1String("location"))
                value.byLocation = true;
            skipElement();
        }
        return value;
    }

    QXmlStreamReader &m_xml;
    XmlFeed &m_feed;
    QString m_fileLanguage;
    QString m_activityLanguage;
    std::optional<QString> m_wanted;
    QSet<QString> m_ignoredSeen;
};

} // namespace

IatiActivityReader::IatiActivityReader(QString displayName)
    : m_displayName(std::move(displayName))
{}

QString IatiActivityReader::tooLargeMessage()
{
    return QCoreApplication::translate("IatiImport",
                                       "file is larger than %1 bytes (%2 MiB), the limit for IATI "
                                       "activity files")
        .arg(QString::number(MaxFileBytes), QString::number(MaxFileBytes >> 20));
}

QString IatiActivityReader::tokenTooLongMessage()
{
    return QCoreApplication::translate("IatiImport",
                                       "a single text, comment or tag is longer than %1 MiB; no "
                                       "published activity has one, so the file is refused")
        .arg(MaxTokenBytes >> 20);
}

bool IatiActivityReader::read(QIODevice &device, const Visitor &visit)
{
    m_errors.clear();
    m_warnings.clear();
    m_wasCancelled = false;
    QXmlStreamReader xml;
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
    const auto fileError = [this](const QString &message) {
        m_errors.append(QStringLiteral("%1: %2").arg(m_displayName, message));
        return false;
    };
    if (!device.isSequential() && device.size() > MaxFileBytes)
        return fileError(tooLargeMessage());
    XmlFeed feed(device, xml, m_progress, m_cancelled);
    // Where reading stopped for a reason of the feed's, the message names the
    // file, not the line the reader had reached.
    const auto failed = [&]() {
        switch (feed.stop()) {
        case Stop::Cancelled:
            m_wasCancelled = true;
            return fileError(QCoreApplication::translate("IatiImport", "reading cancelled"));
        case Stop::FileTooLarge:
            return fileError(tooLargeMessage());
        case Stop::TokenTooLong:
        case Stop::None:
            break;
        }
        return fail(xml.errorString());
    };

    ActivityParser parser(xml, feed, QStringLiteral("en"));
    while (parser.advance() && !xml.isStartElement()) {
    }
    if (xml.hasError())
        return failed();
    if (!xml.isStartElement())
        return fail(
            QCoreApplication::translate("IatiImport", "no root element: the file is empty"));
    // IATI 1.0x files may hold one activity as their root.
    const bool singleActivityRoot = xml.name() == QLatin1String("iati-activity");
    if (xml.name() != QLatin1String("iati-activities") && !singleActivityRoot) {
        return fail(QCoreApplication::translate(
                        "IatiImport", "not an IATI activity file: the root element is <%1>, "
                                      "not <iati-activities>")
                        .arg(xml.name().toString()));
    }
    const QString version = xml.attributes().value(QLatin1String("version")).trimmed().toString();
    if (!singleActivityRoot && version != QLatin1String("2.01") &&
        version != QLatin1String("2.02") && version != QLatin1String("2.03")) {
        m_warnings.append(QStringLiteral("%1: %2").arg(
            m_displayName, QCoreApplication::translate(
                               "IatiImport", "IATI version \"%1\" is not 2.01, 2.02 or 2.03; read "
                                             "with the 2.03 rules and the older "
                                             "code names")
                               .arg(version)));
    }
    const QString fileLanguage =
        xml.attributes().value(XmlNamespace, QLatin1String("lang")).trimmed().toString().toLower();
    ActivityParser activityParser(xml, feed,
                                  fileLanguage.isEmpty() ? QStringLiteral("en") : fileLanguage);
    activityParser.setWanted(m_wanted);
    if (singleActivityRoot) {
        IatiActivity activity = activityParser.parseActivity();
        while (!xml.hasError() && activityParser.advance()) {
        }
        if (xml.hasError())
            return fail(xml.errorString());
        visit(std::move(activity));
        if (m_progress)
            m_progress(device.size(), device.size());
        return true;
    }

    qint64 position = 0;
    while (activityParser.nextChild()) {
        if (xml.name() != QLatin1String("iati-activity")) {
            activityParser.skipElement();
            continue;
        }
        ++position;
        if (m_wantedPosition > 0 && position != m_wantedPosition) {
            // Only counted: the visitor gets an empty activity at its line.
            IatiActivity skipped;
            skipped.line = xml.lineNumber();
            activityParser.skipElement();
            if (xml.hasError())
                break;
            if (!visit(std::move(skipped)))
                return true;
            continue;
        }
        IatiActivity activity = activityParser.parseActivity();
        if (xml.hasError())
            break;
        if (!visit(std::move(activity)))
            return true;
        // Mapping an activity can take longer than reading the next chunk.
        if (m_cancelled && m_cancelled->load()) {
            m_wasCancelled = true;
            return fileError(QCoreApplication::translate("IatiImport", "reading cancelled"));
        }
    }
    if (!xml.hasError()) {
        // Anything after the root element (comments aside) must still be well-formed.
        while (activityParser.advance()) {
        }
    }
    if (xml.hasError())
        return failed();
    if (m_progress)
        m_progress(feed.bytesRead(), device.isSequential() ? feed.bytesRead() : device.size());
    return true;
}

} // namespace sharaka
