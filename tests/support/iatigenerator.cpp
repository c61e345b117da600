// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "support/iatigenerator.h"

#include <QDate>
#include <QIODevice>
#include <QXmlStreamWriter>

namespace sharaka::testing {

namespace {

void narratives(QXmlStreamWriter &xml, const QString &element, const QString &en, const QString &fr,
                const QString &ar)
{
    xml.writeStartElement(element);
    xml.writeTextElement(QStringLiteral("narrative"), en);
    for (const auto &[language, text] :
         {std::pair{QStringLiteral("fr"), fr}, std::pair{QStringLiteral("ar"), ar}}) {
        xml.writeStartElement(QStringLiteral("narrative"));
        xml.writeAttribute(QStringLiteral("xml:lang"), language);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void emptyElement(QXmlStreamWriter &xml, const QString &name,
                  std::initializer_list<std::pair<const char *, QString>> attributes)
{
    xml.writeEmptyElement(name);
    for (const auto &[key, value] : attributes)
        xml.writeAttribute(QLatin1String(key), value);
}

void period(QXmlStreamWriter &xml, int year, const QString &target, const QString &actual)
{
    xml.writeStartElement(QStringLiteral("period"));
    emptyElement(xml, QStringLiteral("period-start"),
                 {{"iso-date", QStringLiteral("%1-01-01").arg(year)}});
    emptyElement(xml, QStringLiteral("period-end"),
                 {{"iso-date", QStringLiteral("%1-12-31").arg(year)}});
    emptyElement(xml, QStringLiteral("target"), {{"value", target}});
    emptyElement(xml, QStringLiteral("actual"), {{"value", actual}});
    xml.writeEndElement();
}

void activity(QXmlStreamWriter &xml, int index, int transactions)
{
    const QString n = QString::number(index);
    xml.writeStartElement(QStringLiteral("iati-activity"));
    xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("en"));
    xml.writeAttribute(QStringLiteral("default-currency"), QStringLiteral("EUR"));
    xml.writeAttribute(QStringLiteral("last-updated-datetime"),
                       QStringLiteral("2023-02-01T10:00:00Z"));
    xml.writeTextElement(QStringLiteral("iati-identifier"), generatedActivityIdentifier(index));
    xml.writeStartElement(QStringLiteral("reporting-org"));
    xml.writeAttribute(QStringLiteral("ref"), QStringLiteral("XM-DAC-41"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("40"));
    xml.writeTextElement(QStringLiteral("narrative"), QStringLiteral("Example Agency"));
    xml.writeEndElement();
    narratives(xml, QStringLiteral("title"), QStringLiteral("Activity ") + n,
               QStringLiteral("Activité ") + n, QStringLiteral("النشاط ") + n);
    xml.writeStartElement(QStringLiteral("description"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("2"));
    xml.writeTextElement(QStringLiteral("narrative"),
                         QStringLiteral("Objectives of activity ") + n);
    xml.writeEndElement();
    narratives(xml, QStringLiteral("description"), QStringLiteral("General description ") + n,
               QStringLiteral("Description générale ") + n, QStringLiteral("وصف عام ") + n);
    for (const auto &[role, name] :
         {std::pair{QStringLiteral("1"), QStringLiteral("Funder")},
          std::pair{QStringLiteral("4"), QStringLiteral("Implementer")}}) {
        xml.writeStartElement(QStringLiteral("participating-org"));
        xml.writeAttribute(QStringLiteral("role"), role);
        xml.writeTextElement(QStringLiteral("narrative"), name + QLatin1Char(' ') + n);
        xml.writeEndElement();
    }
    emptyElement(xml, QStringLiteral("activity-status"), {{"code", QStringLiteral("2")}});
    const QDate start = QDate(2019, 1, 1).addDays(index % 365);
    const QDate dates[4] = {start, start.addDays(10), start.addYears(3),
                            start.addYears(3).addDays(30)};
    for (int type = 1; type <= 4; ++type) {
        emptyElement(
            xml, QStringLiteral("activity-date"),
            {{"type", QString::number(type)}, {"iso-date", dates[type - 1].toString(Qt::ISODate)}});
    }
    emptyElement(xml, QStringLiteral("recipient-country"),
                 {{"code", QStringLiteral("KE")}, {"percentage", QStringLiteral("60")}});
    emptyElement(xml, QStringLiteral("recipient-country"),
                 {{"code", QStringLiteral("UG")}, {"percentage", QStringLiteral("40")}});
    emptyElement(xml, QStringLiteral("sector"),
                 {{"code", QStringLiteral("15210")}, {"vocabulary", QStringLiteral("1")}});
    for (int t = 0; t < transactions; ++t) {
        xml.writeStartElement(QStringLiteral("transaction"));
        emptyElement(xml, QStringLiteral("transaction-type"), {{"code", QStringLiteral("3")}});
        emptyElement(xml, QStringLiteral("transaction-date"),
                     {{"iso-date", start.addDays(t).toString(Qt::ISODate)}});
        xml.writeStartElement(QStringLiteral("value"));
        xml.writeAttribute(QStringLiteral("value-date"), start.addDays(t).toString(Qt::ISODate));
        xml.writeCharacters(QString::number(1000 + t * 7));
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("description"));
        xml.writeTextElement(QStringLiteral("narrative"),
                             QStringLiteral("Disbursement %1 of activity %2").arg(t).arg(index));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeStartElement(QStringLiteral("document-link"));
    xml.writeAttribute(QStringLiteral("url"), QStringLiteral("https://example.org/doc/") + n);
    xml.writeAttribute(QStringLiteral("format"), QStringLiteral("application/pdf"));
    narratives(xml, QStringLiteral("title"), QStringLiteral("Report ") + n,
               QStringLiteral("Rapport ") + n, QStringLiteral("تقرير ") + n);
    emptyElement(xml, QStringLiteral("language"), {{"code", QStringLiteral("en")}});
    emptyElement(xml, QStringLiteral("document-date"),
                 {{"iso-date", QStringLiteral("2022-06-30")}});
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("result"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("aggregation-status"), QStringLiteral("1"));
    narratives(xml, QStringLiteral("title"), QStringLiteral("Outputs"), QStringLiteral("Produits"),
               QStringLiteral("المخرجات"));
    xml.writeStartElement(QStringLiteral("indicator"));
    xml.writeAttribute(QStringLiteral("measure"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("ascending"), QStringLiteral("1"));
    narratives(xml, QStringLiteral("title"), QStringLiteral("Wells built"),
               QStringLiteral("Puits construits"), QStringLiteral("الآبار المبنية"));
    emptyElement(xml, QStringLiteral("baseline"),
                 {{"year", QStringLiteral("2018")}, {"value", QStringLiteral("5")}});
    period(xml, 2020, QStringLiteral("10"), QStringLiteral("8"));
    period(xml, 2021, QStringLiteral("20"), QStringLiteral("15"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("indicator"));
    xml.writeAttribute(QStringLiteral("measure"), QStringLiteral("2"));
    xml.writeAttribute(QStringLiteral("ascending"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("aggregation-status"), QStringLiteral("0"));
    narratives(xml, QStringLiteral("title"), QStringLiteral("Households without water"),
               QStringLiteral("Ménages sans eau"), QStringLiteral("الأسر المحرومة من الماء"));
    emptyElement(xml, QStringLiteral("baseline"),
                 {{"year", QStringLiteral("2018")}, {"value", QStringLiteral("40")}});
    period(xml, 2020, QStringLiteral("30"), QStringLiteral("25"));
    period(xml, 2021, QStringLiteral("20"), QStringLiteral("18"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
}

} // namespace

QString generatedActivityIdentifier(int index)
{
    return QStringLiteral("XM-DAC-41-TEST-%1").arg(index, 5, 10, QLatin1Char('0'));
}

bool writeIatiFile(QIODevice &device, const IatiFileShape &shape)
{
    QXmlStreamWriter xml(&device);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("iati-activities"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.03"));
    xml.writeAttribute(QStringLiteral("generated-datetime"),
                       QStringLiteral("2023-02-01T10:00:00Z"));
    for (int i = 0; i < shape.activities; ++i)
        activity(xml, i, shape.transactionsPerActivity);
    xml.writeEndDocument();
    return !xml.hasError();
}

bool writeIatiFileWithLongTitle(QIODevice &device, int mebibytes)
{
    bool ok = device.write("<iati-activities version=\"2.03\"><iati-activity><iati-identifier>"
                           "XM-1</iati-identifier><title><narrative>") > 0;
    const QByteArray mebibyte(1024 * 1024, 'x');
    for (int i = 0; ok && i < mebibytes; ++i)
        ok = device.write(mebibyte) == mebibyte.size();
    return ok && device.write("</narrative></title></iati-activity></iati-activities>\n") > 0;
}

} // namespace sharaka::testing
