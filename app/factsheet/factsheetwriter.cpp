// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "factsheet/factsheetwriter.h"

#include "charts/chartexporter.h"
#include "charts/pdftextlayer.h"
#include "core/io/atomicfilewriter.h"
#include "core/io/filecheck.h"
#include "core/textformat.h"
#include "factsheet/factsheetcomposer.h"
#include "factsheet/factsheetlayout.h"
#include "factsheet/factsheettext.h"
#include "factsheet/printeddataset.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QXmlStreamWriter>

namespace sharaka {

namespace {

/// Page margins, in points.
constexpr qreal MarginPoints = 24;

/// Qt 6.4's PDF writer sets the Info dictionary's Title, Creator and
/// Producer only; the subject and the language go into the document's XMP
/// metadata (Dublin Core description and language), which Qt writes as given.
QByteArray xmpMetadata(const QString &title, const QString &subject, const QString &language,
                       const QString &creator)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.writeProcessingInstruction(QStringLiteral("xpacket"),
                                      QStringLiteral("begin='' id='W5M0MpCehiHzreSzNTczkc9d'"));
    writer.writeStartElement(QStringLiteral("x:xmpmeta"));
    writer.writeNamespace(QStringLiteral("adobe:ns:meta/"), QStringLiteral("x"));
    writer.writeStartElement(QStringLiteral("rdf:RDF"));
    writer.writeNamespace(QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
                          QStringLiteral("rdf"));
    writer.writeStartElement(QStringLiteral("rdf:Description"));
    writer.writeNamespace(QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("dc"));
    writer.writeNamespace(QStringLiteral("http://ns.adobe.com/xap/1.0/"), QStringLiteral("xmp"));
    writer.writeNamespace(QStringLiteral("http://ns.adobe.com/pdf/1.3/"), QStringLiteral("pdf"));
    writer.writeAttribute(QStringLiteral("rdf:about"), QString());
    writer.writeAttribute(QStringLiteral("xmp:CreatorTool"), creator);
    writer.writeAttribute(QStringLiteral("xmp:CreateDate"),
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    writer.writeAttribute(QStringLiteral("pdf:Producer"),
                          QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion())));
    const auto alternative = [&](const QString &element, const QString &text) {
        writer.writeStartElement(element);
        writer.writeStartElement(QStringLiteral("rdf:Alt"));
        writer.writeStartElement(QStringLiteral("rdf:li"));
        writer.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("x-default"));
        writer.writeCharacters(text);
        writer.writeEndElement();
        writer.writeEndElement();
        writer.writeEndElement();
    };
    alternative(QStringLiteral("dc:title"), title);
    alternative(QStringLiteral("dc:description"), subject);
    writer.writeStartElement(QStringLiteral("dc:language"));
    writer.writeStartElement(QStringLiteral("rdf:Bag"));
    writer.writeTextElement(QStringLiteral("rdf:li"), language);
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndElement(); // rdf:Description
    writer.writeEndElement(); // rdf:RDF
    writer.writeEndElement(); // x:xmpmeta
    writer.writeProcessingInstruction(QStringLiteral("xpacket"), QStringLiteral("end='w'"));
    return xml;
}

/// Paints every page of the factsheet with an open @p painter on @p device.
int paintPages(const Dataset &dataset, Language language, QPagedPaintDevice &device,
               QPainter &painter, const QDate &madeOn)
{
    const FactsheetStyle style(language, &device);
    const ChartExporter exporter(dataset);
    const FactsheetComposer composer(dataset, exporter, style);
    const QRectF page =
        device.pageLayout().paintRectPixels(FactsheetWriter::LayoutDpi).translated(0, 0);
    const QRectF paper(QPointF(0, 0), page.size());
    // The footer's line stands at the foot of every page, under the blocks.
    const FactsheetText probe(style, composer.footer(1, 1, madeOn), paper.width(),
                              FactsheetStyle::SmallPoints);
    const qreal footerHeight = probe.height();
    QRectF area = paper;
    area.setBottom(paper.bottom() - footerHeight - FactsheetStyle::Gap);
    const FactsheetLayout layout(composer.blocks(), composer.runningHeader(), area);

    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    painter.setLayoutDirection(style.direction());
    const auto &pages = layout.pages();
    for (qsizetype index = 0; index < pages.size(); ++index) {
        if (index > 0 && !device.newPage())
            return 0;
        for (const FactsheetLayout::Placement &placement : pages.at(index))
            placement.block->paint(painter, placement.rect);
        const FactsheetText footer(
            style, composer.footer(int(index + 1), int(pages.size()), madeOn).toHtmlEscaped(),
            paper.width(), FactsheetStyle::SmallPoints);
        painter.setPen(QPen(style.rule(), 0.8));
        const qreal footerTop = paper.bottom() - footer.height();
        painter.drawLine(QPointF(paper.left(), footerTop - 4),
                         QPointF(paper.right(), footerTop - 4));
        footer.draw(painter, QPointF(paper.left(), footerTop), style.muted());
    }
    return int(pages.size());
}

} // namespace

QPageSize factsheetPageSize(FactsheetPaper paper)
{
    return QPageSize(paper == FactsheetPaper::Letter ? QPageSize::Letter : QPageSize::A4);
}

FactsheetWriter::FactsheetWriter(const Dataset &dataset)
    : m_dataset(dataset)
{}

QByteArray FactsheetWriter::pdf(Language language, FactsheetPaper paper, QString *error) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const Dataset printed = PrintedDataset::withoutTashkil(m_dataset);
    QPdfWriter writer(&buffer);
    writer.setResolution(LayoutDpi);
    const QMarginsF margins(MarginPoints, MarginPoints, MarginPoints, MarginPoints);
    writer.setPageLayout(
        QPageLayout(factsheetPageSize(paper), QPageLayout::Portrait, margins, QPageLayout::Point));
    {
        const FactsheetStyle style(language, &writer);
        const ChartExporter exporter(printed);
        const FactsheetComposer composer(printed, exporter, style);
        const QString title = TextFormat::escapeControl(composer.title());
        writer.setTitle(title);
        writer.setCreator(ChartExporter::softwareName());
        writer.setDocumentXmpMetadata(
            xmpMetadata(title, TextFormat::escapeControl(composer.subject()),
                        languageCode(language), ChartExporter::softwareName()));
    }
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("Cannot start the PDF drawing.");
        return {};
    }
    const QDate madeOn = m_madeOn.isValid() ? m_madeOn : QDate::currentDate();
    const int pages = paintPages(printed, language, writer, painter, madeOn);
    painter.end();
    if (pages == 0) {
        if (error)
            *error = tr("Cannot start the PDF drawing.");
        return {};
    }
    buffer.close();
    return PdfTextLayer::searchable(bytes, error);
}

QString FactsheetWriter::saveToFile(const QString &path, Language language,
                                    FactsheetPaper paper) const
{
    const QString shownPath = QDir::toNativeSeparators(path);
    if (const QString problem = FileCheck::writeProblem(path); !problem.isEmpty())
        return tr("Cannot write %1: %2").arg(shownPath, problem);
    QString error;
    const QByteArray bytes = pdf(language, paper, &error);
    if (bytes.isEmpty())
        return tr("Cannot write %1: %2").arg(shownPath, error);
    return AtomicFileWriter::write(path, bytes);
}

int FactsheetWriter::paint(QPagedPaintDevice &device, Language language) const
{
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    const QDate madeOn = m_madeOn.isValid() ? m_madeOn : QDate::currentDate();
    const int pages =
        paintPages(PrintedDataset::withoutTashkil(m_dataset), language, device, painter, madeOn);
    painter.end();
    return pages;
}

QString FactsheetWriter::pathForLanguage(const QString &path, Language language)
{
    const QFileInfo info(path);
    QString base = info.fileName();
    const qsizetype dot = base.lastIndexOf(QLatin1Char('.'));
    const QString suffix = dot > 0 ? base.mid(dot) : QStringLiteral(".pdf");
    if (dot > 0)
        base.truncate(dot);
    return QDir(info.path()).filePath(base + QLatin1Char('-') + languageCode(language) + suffix);
}

} // namespace sharaka
