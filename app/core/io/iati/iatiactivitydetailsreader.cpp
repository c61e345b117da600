// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/iati/iatiactivitydetailsreader.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <cmath>

namespace sharaka {

namespace {

/// Reads one element of the details, with the cursor's refusing steps.
class DetailsParser
{
public:
    explicit DetailsParser(const IatiXmlCursor &cursor)
        : m_cursor(cursor)
        , m_xml(cursor.xml)
    {}

    void read(IatiActivityDetails &details)
    {
        const QStringView name = m_xml.name();
        if (name == QLatin1String("activity-status")) {
            details.status = attribute("code");
            const QString text = m_cursor.readText();
            // 1.0x files sometimes give the name only.
            if (details.status.isEmpty())
                details.status = text;
        } else if (name == QLatin1String("budget")) {
            append(details.budgets, &DetailsParser::readBudget, details);
        } else if (name == QLatin1String("planned-disbursement")) {
            append(details.plannedDisbursements, &DetailsParser::readBudget, details);
        } else if (name == QLatin1String("transaction")) {
            append(details.transactions, &DetailsParser::readTransaction, details);
        } else if (name == QLatin1String("sector")) {
            append(details.sectors, &DetailsParser::readCoded, details);
        } else if (name == QLatin1String("policy-marker")) {
            append(details.policyMarkers, &DetailsParser::readCoded, details);
        } else if (name == QLatin1String("location")) {
            append(details.locations, &DetailsParser::readLocation, details);
        } else if (name == QLatin1String("related-activity")) {
            IatiRelated related{attribute("type"), attribute("ref")};
            m_cursor.skipElement();
            details.relatedActivities.append(related);
        } else {
            m_cursor.skipElement();
        }
    }

private:
    template<typename Entry>
    void append(QList<Entry> &entries, Entry (DetailsParser::*readEntry)(),
                IatiActivityDetails &details)
    {
        if (entries.size() >= IatiActivityDetails::MaxEntries) {
            ++details.skippedEntries;
            m_cursor.skipElement();
            return;
        }
        entries.append((this->*readEntry)());
    }

    QString attribute(const char *name) const
    {
        return m_xml.attributes().value(QLatin1String(name)).trimmed().toString();
    }

    static std::optional<double> number(const QString &text)
    {
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (ok && std::isfinite(value))
            return value;
        return std::nullopt;
    }

    /// A `value` element: the amount is its text, in its own or the default currency.
    IatiMoney readMoney()
    {
        IatiMoney money;
        money.currency = attribute("currency").toUpper();
        money.valueDate = attribute("value-date");
        money.amountText = m_cursor.readText().remove(QLatin1Char(' '));
        money.amount = number(money.amountText);
        return money;
    }

    /// The iso-date attribute, else (1.0x) the element's text.
    QString readDate()
    {
        const QString isoDate = attribute("iso-date");
        const QString text = m_cursor.readText();
        return isoDate.isEmpty() ? text : isoDate;
    }

    IatiBudget readBudget()
    {
        IatiBudget budget;
        budget.line = m_xml.lineNumber();
        budget.type = attribute("type");
        budget.status = attribute("status");
        while (m_cursor.nextChild()) {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("period-start"))
                budget.periodStart = readDate();
            else if (name == QLatin1String("period-end"))
                budget.periodEnd = readDate();
            else if (name == QLatin1String("value"))
                budget.value = readMoney();
            else
                m_cursor.skipElement();
        }
        return budget;
    }

    IatiTransaction readTransaction()
    {
        IatiTransaction transaction;
        transaction.line = m_xml.lineNumber();
        while (m_cursor.nextChild()) {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("transaction-type")) {
                transaction.type = attribute("code");
                m_cursor.skipElement();
            } else if (name == QLatin1String("transaction-date")) {
                transaction.date = readDate();
            } else if (name == QLatin1String("value")) {
                transaction.value = readMoney();
            } else if (name == QLatin1String("provider-org")) {
                transaction.provider = m_cursor.readTexts();
            } else if (name == QLatin1String("receiver-org")) {
                transaction.receiver = m_cursor.readTexts();
            } else if (name == QLatin1String("description")) {
                transaction.description = m_cursor.readTexts();
            } else {
                m_cursor.skipElement();
            }
        }
        return transaction;
    }

    IatiCoded readCoded()
    {
        IatiCoded coded;
        coded.line = m_xml.lineNumber();
        coded.vocabulary = attribute("vocabulary");
        coded.code = attribute("code");
        coded.percentage = number(attribute("percentage"));
        coded.significance = attribute("significance");
        coded.name = m_cursor.readTexts();
        return coded;
    }

    IatiLocation readLocation()
    {
        IatiLocation location;
        location.line = m_xml.lineNumber();
        location.ref = attribute("ref");
        while (m_cursor.nextChild()) {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("name")) {
                location.name = m_cursor.readTexts();
            } else if (name == QLatin1String("point")) {
                while (m_cursor.nextChild()) {
                    if (m_xml.name() == QLatin1String("pos"))
                        location.position = m_cursor.readText();
                    else
                        m_cursor.skipElement();
                }
            } else if (name == QLatin1String("coordinates")) {
                location.latitude = attribute("latitude");
                location.longitude = attribute("longitude");
                m_cursor.skipElement();
            } else if (name == QLatin1String("administrative")) {
                // 2.x: vocabulary, level, code; 1.0x: country, adm1, adm2.
                location.adminVocabulary = attribute("vocabulary");
                location.adminLevel = attribute("level");
                location.adminCode = attribute("code");
                if (location.adminCode.isEmpty()) {
                    for (const char *level : {"adm2", "adm1", "country"}) {
                        location.adminCode = attribute(level);
                        if (!location.adminCode.isEmpty())
                            break;
                    }
                }
                const IatiTexts text = m_cursor.readTexts();
                if (location.name.isEmpty())
                    location.name = text;
            } else {
                m_cursor.skipElement();
            }
        }
        return location;
    }

    const IatiXmlCursor &m_cursor;
    QXmlStreamReader &m_xml;
};

} // namespace

bool IatiActivityDetailsReader::reads(QStringView name)
{
    static const QStringList names{QStringLiteral("activity-status"),
                                   QStringLiteral("budget"),
                                   QStringLiteral("planned-disbursement"),
                                   QStringLiteral("transaction"),
                                   QStringLiteral("sector"),
                                   QStringLiteral("policy-marker"),
                                   QStringLiteral("location"),
                                   QStringLiteral("related-activity")};
    return names.contains(name);
}

void IatiActivityDetailsReader::read(const IatiXmlCursor &cursor, IatiActivityDetails &details)
{
    DetailsParser(cursor).read(details);
}

} // namespace sharaka
