// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/chartexporter.h"

#include "core/io/atomicfilewriter.h"

#include "charts/chartfactory.h"
#include "charts/charttext.h"
#include "charts/pdftextlayer.h"
#include "charts/pngencoder.h"
#include "charts/wrappedtextitem.h"
#include "core/io/filecheck.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGuiApplication>
#include <QImageWriter>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QScreen>
#include <QSvgGenerator>
#include <QXmlStreamReader>

#include <memory>

namespace sharaka {

namespace {

constexpr int JpegQuality = 92;

/// The resolution fonts are laid out at (point sizes become pixels through
/// it). Vector outputs use the same one, so their text is as large relative
/// to the chart as in the PNG.
int layoutDpi()
{
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        return qRound(screen->logicalDotsPerInchY());
    return 96;
}

/// A chart built for one output and laid out at that output's size in its own
/// scene. A chart that was never shown has no size of its own and renders as
/// a thumbnail (docs: shared Qt notes), so the scene fixes the geometry.
class StagedChart final
{
public:
    StagedChart(const Dataset &dataset, const QString &chartId, Language language,
                const ExportOptions &options, const LanguageTranslator &translator)
    {
        ChartContext context;
        context.translator = &translator;
        m_chart = buildChart(dataset, chartId, language, QSizeF(options.size), context);
        if (!m_chart)
            return;
        // Same direction as the window in that language, whatever the
        // interface's language is now.
        m_chart->setLayoutDirection(localeFor(language).textDirection());
        if (options.transparentBackground)
            m_chart->setBackgroundVisible(false);
        m_scene.addItem(m_chart.get());
        m_chart->setPos(0, 0);
        m_chart->resize(QSizeF(options.size));
        m_chart->layoutNow();
        m_scene.setSceneRect(QRectF(QPointF(0, 0), QSizeF(options.size)));
    }
    ~StagedChart()
    {
        if (m_chart)
            m_scene.removeItem(m_chart.get());
    }
    StagedChart(const StagedChart &) = delete;
    StagedChart &operator=(const StagedChart &) = delete;

    const DashboardChart *chart() const { return m_chart.get(); }
    const QGraphicsScene &scene() const { return m_scene; }

    void render(QPainter &painter, const QRectF &target)
    {
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                               QPainter::SmoothPixmapTransform);
        painter.setLayoutDirection(m_chart->layoutDirection());
        m_scene.render(&painter, target, m_scene.sceneRect(), Qt::IgnoreAspectRatio);
    }

private:
    QGraphicsScene m_scene;
    std::unique_ptr<DashboardChart> m_chart; // removed from the scene before the scene dies
};

/// QSvgGenerator names the fonts' families only ("Sans Serif" is fontconfig's
/// alias, unknown to browsers, which then fall back to a serif face). A CSS
/// generic family after it keeps other viewers close to the original.
QByteArray withGenericFontFamily(const QByteArray &svg)
{
    static const QRegularExpression family(QStringLiteral("font-family=\"([^\"',]+)\""));
    QString text = QString::fromUtf8(svg);
    text.replace(family, QStringLiteral("font-family=\"'\\1', sans-serif\""));
    return text.toUtf8();
}

/// Adds <title> and <desc>, escaped, as the first children of the <svg> element.
QByteArray withTitleAndDescription(const QByteArray &svg, const QString &title,
                                   const QString &description)
{
    const qsizetype root = svg.indexOf("<svg");
    const qsizetype rootEnd = root < 0 ? -1 : svg.indexOf('>', root);
    if (rootEnd < 0)
        return svg;
    const QString elements = QStringLiteral("\n<title>%1</title>\n<desc>%2</desc>")
                                 .arg(ChartText::plain(title).toHtmlEscaped(),
                                      ChartText::plain(description).toHtmlEscaped());
    QByteArray result = svg;
    result.insert(rootEnd + 1, elements.toUtf8());
    return result;
}

/// True when @p svg parses as XML and has no script: what every SVG written
/// must be, whatever text the dataset held.
bool isPlainSvg(const QByteArray &svg)
{
    QXmlStreamReader reader(svg);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement &&
            reader.name().compare(QLatin1String("script"), Qt::CaseInsensitive) == 0)
            return false;
    }
    return !reader.hasError();
}

QImage renderStaged(StagedChart &staged, const QSize &size, bool opaque, bool transparent)
{
    QImage image(size, opaque ? QImage::Format_RGB32 : QImage::Format_ARGB32_Premultiplied);
    image.fill(transparent ? QColor(Qt::transparent) : QColor(Qt::white));
    QPainter painter(&image);
    staged.render(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

} // namespace

ChartExporter::ChartExporter(const Dataset &dataset)
    : m_dataset(dataset)
{}

QString ChartExporter::softwareName()
{
    return QStringLiteral("Sharaka Dashboard %1").arg(QStringLiteral(SHARAKA_VERSION));
}

QImage ChartExporter::renderImage(const QString &chartId, Language language,
                                  const ExportOptions &options) const
{
    StagedChart staged(m_dataset, chartId, language, options, m_translator.forLanguage(language));
    if (!staged.chart())
        return {};
    return renderStaged(staged, options.size, false, options.transparentBackground);
}

bool ChartExporter::paintChart(const QString &chartId, Language language, const QSize &layoutSize,
                               QPainter &painter, const QRectF &target) const
{
    ExportOptions options;
    options.size = layoutSize;
    StagedChart staged(m_dataset, chartId, language, options, m_translator.forLanguage(language));
    if (!staged.chart())
        return false;
    painter.save();
    staged.render(painter, target);
    painter.restore();
    return true;
}

QStringList ChartExporter::shownTexts(const QString &chartId, Language language,
                                      const QSize &layoutSize) const
{
    ExportOptions options;
    options.size = layoutSize;
    const StagedChart staged(m_dataset, chartId, language, options,
                             m_translator.forLanguage(language));
    QStringList texts;
    if (!staged.chart())
        return texts;
    // Every item, also those pushed out of the chart's rectangle entirely.
    const QList<QGraphicsItem *> items = staged.scene().items(Qt::AscendingOrder);
    const QRectF chartArea = staged.scene().sceneRect().adjusted(-0.5, -0.5, 0.5, 0.5);
    for (const QGraphicsItem *item : items) {
        if (!item->isVisible())
            continue;
        QString text;
        if (const auto *rich = dynamic_cast<const QGraphicsTextItem *>(item))
            text = rich->toPlainText();
        else if (const auto *simple = dynamic_cast<const QGraphicsSimpleTextItem *>(item))
            text = simple->text();
        else if (const auto *wrapped = dynamic_cast<const WrappedTextItem *>(item))
            text = wrapped->text(); // the source line, the map's notes
        else
            continue;
        if (!chartArea.contains(item->sceneBoundingRect()))
            text += QChar(0x2026);
        texts.append(text);
    }
    return texts;
}

QString ChartExporter::sizeError(const QSize &size)
{
    if (ExportOptions::isValidSize(size))
        return {};
    return tr("The size %1 is not supported: each side must be between %2 and %3 pixels.")
        .arg(exportSizeText(size))
        .arg(ExportOptions::MinimumSide)
        .arg(ExportOptions::MaximumSide);
}

ChartExporter::Picture ChartExporter::renderPicture(const QString &chartId, Language language,
                                                    ExportFormat format,
                                                    const ExportOptions &requested) const
{
    Picture picture;
    picture.jpeg = format == ExportFormat::Jpeg;
    picture.error = sizeError(requested.size);
    if (!picture.error.isEmpty())
        return picture;
    ExportOptions options = requested;
    options.transparentBackground &= exportFormatSupportsTransparency(format);
    StagedChart staged(m_dataset, chartId, language, options, m_translator.forLanguage(language));
    if (!staged.chart()) {
        picture.error = tr("Unknown chart \"%1\".").arg(chartId);
        return picture;
    }
    picture.title = staged.chart()->titleText();
    picture.description = staged.chart()->sourceLine();
    // Without transparency the file needs no alpha channel: an RGB PNG is
    // smaller and encodes faster than an RGBA one.
    picture.image = renderStaged(staged, options.size, !options.transparentBackground,
                                 options.transparentBackground);
    return picture;
}

ChartExporter::Encoded ChartExporter::encodePicture(const Picture &picture)
{
    if (!picture.error.isEmpty())
        return {{}, picture.error};
    // Chunks are plain text: no control characters, whatever the dataset held.
    const PngEncoder::TextChunks texts{
        {QStringLiteral("Title"), ChartText::plain(picture.title)},
        {QStringLiteral("Description"), ChartText::plain(picture.description)},
        {QStringLiteral("Software"), softwareName()}};
    if (!picture.jpeg) {
        const QByteArray png = PngEncoder::encode(picture.image, texts);
        if (png.isEmpty())
            return {{}, tr("Cannot encode the image as PNG.")};
        return {png, {}};
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    for (const auto &[key, text] : texts)
        writer.setText(key, text);
    writer.setQuality(JpegQuality);
    if (!writer.write(picture.image))
        return {{}, tr("Cannot encode the image: %1").arg(writer.errorString())};
    return {bytes, {}};
}

ChartExporter::Encoded ChartExporter::encode(const QString &chartId, Language language,
                                             ExportFormat format,
                                             const ExportOptions &requested) const
{
    if (format == ExportFormat::Png || format == ExportFormat::Jpeg)
        return encodePicture(renderPicture(chartId, language, format, requested));
    if (const QString error = sizeError(requested.size); !error.isEmpty())
        return {{}, error};
    ExportOptions options = requested;
    options.transparentBackground &= exportFormatSupportsTransparency(format);
    StagedChart staged(m_dataset, chartId, language, options, m_translator.forLanguage(language));
    if (!staged.chart())
        return {{}, tr("Unknown chart \"%1\".").arg(chartId)};
    const QString title = staged.chart()->titleText();
    const QString description = staged.chart()->sourceLine();

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QSize size = options.size;
    switch (format) {
    case ExportFormat::Png:
    case ExportFormat::Jpeg:
        break; // above
    case ExportFormat::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setResolution(layoutDpi());
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        // Qt 6.4 writes the title and description unescaped: left empty
        // there, they are added escaped below.
        generator.setTitle(QString());
        generator.setDescription(QString());
        QPainter painter;
        if (!painter.begin(&generator))
            return {{}, tr("Cannot start the SVG drawing.")};
        staged.render(painter, QRectF(QPointF(0, 0), QSizeF(size)));
        painter.end();
        buffer.close();
        bytes = withGenericFontFamily(withTitleAndDescription(bytes, title, description));
        if (!isPlainSvg(bytes))
            return {{}, tr("The drawing is not valid SVG.")};
        break;
    }
    case ExportFormat::Pdf: {
        QPdfWriter writer(&buffer);
        const int dpi = layoutDpi();
        writer.setResolution(dpi);
        // One page exactly the chart's size at the layout resolution, so 1600×900
        // prints as 1600×900 screen pixels would and the text keeps its proportion.
        const QSizeF points(size.width() * 72.0 / dpi, size.height() * 72.0 / dpi);
        const QPageSize pageSize(points, QPageSize::Point, ChartText::plain(title),
                                 QPageSize::ExactMatch);
        // A custom QPageSize keeps its width and height as given; "Landscape"
        // would swap them.
        writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF()));
        writer.setTitle(ChartText::plain(title));
        writer.setCreator(softwareName());
        QPainter painter;
        if (!painter.begin(&writer))
            return {{}, tr("Cannot start the PDF drawing.")};
        const QRect page = writer.pageLayout().paintRectPixels(dpi);
        staged.render(painter, QRectF(QPointF(0, 0), QSizeF(page.size())));
        painter.end();
        buffer.close();
        QString error;
        bytes = PdfTextLayer::searchable(bytes, &error);
        if (bytes.isEmpty())
            return {{}, error};
        break;
    }
    }
    return {bytes, {}};
}

QString ChartExporter::saveToFile(const QString &chartId, Language language, ExportFormat format,
                                  const QString &path, const ExportOptions &options) const
{
    return writeEncoded(path, encode(chartId, language, format, options));
}

QString ChartExporter::writeEncoded(const QString &path, const Encoded &encoded)
{
    if (!encoded.ok())
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), encoded.error);
    return AtomicFileWriter::write(path, encoded.bytes);
}

} // namespace sharaka
