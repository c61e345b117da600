// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/chartexporter.h"
#include "charts/chartfactory.h"
#include "charts/charttext.h"
#include "charts/charttheme.h"
#include "charts/charttranslator.h"
#include "charts/exportbatch.h"
#include "charts/indicatorchart.h"
#include "cli/headlessexport.h"
#include "common/catalogue.h"
#include "common/programrun.h"
#include "core/io/atomicfilewriter.h"
#include "core/models/indicatormodel.h"
#include "support/fixturedataset.h"

#include <QAbstractAxis>
#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QDir>
#include <QFile>
#include <QGraphicsTextItem>
#include <QGuiApplication>
#include <QHorizontalStackedBarSeries>
#include <QImageReader>
#include <QLegend>
#include <QPainter>
#include <QPalette>
#include <QRegularExpression>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>
#include <QValueAxis>
#include <QXmlStreamReader>

#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace sharaka;

namespace {

/// Where the ink is: the box around every pixel that is not background, and
/// the share of columns and rows holding any.
struct InkSpread
{
    QRect box;
    double columns = 0;
    double rows = 0;
};

InkSpread inkSpread(const QImage &source)
{
    const QImage image = source.convertToFormat(QImage::Format_ARGB32);
    QList<bool> inkColumn(image.width(), false);
    QList<bool> inkRow(image.height(), false);
    int left = image.width(), top = image.height(), right = -1, bottom = -1;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = line[x];
            // JPEG blurs white a little; anything clearly darker is ink.
            const bool ink = qAlpha(pixel) > 32 && qGray(pixel) < 235;
            if (!ink)
                continue;
            inkColumn[x] = inkRow[y] = true;
            left = std::min(left, x);
            right = std::max(right, x);
            top = std::min(top, y);
            bottom = std::max(bottom, y);
        }
    }
    InkSpread spread;
    if (right >= 0)
        spread.box = QRect(QPoint(left, top), QPoint(right, bottom));
    spread.columns = double(inkColumn.count(true)) / image.width();
    spread.rows = double(inkRow.count(true)) / image.height();
    return spread;
}

QString svgElementText(const QByteArray &svg, const QString &name)
{
    QXmlStreamReader reader(svg);
    while (reader.readNextStartElement() || !reader.atEnd()) {
        if (reader.isStartElement() && reader.name() == name)
            return reader.readElementText();
        if (reader.hasError())
            break;
    }
    return {};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString withoutMarks(QString text)
{
    return text.remove(QChar(0x200E));
}

LocalizedText english(const QString &text)
{
    return LocalizedText({{QStringLiteral("en"), text}});
}

/// Every text the chart's graphics items show as plain text, the title's
/// and the axis labels' rich text included.
QStringList shownTexts(const QGraphicsItem *item)
{
    QStringList texts;
    if (const auto *text = dynamic_cast<const QGraphicsTextItem *>(item))
        texts.append(text->toPlainText());
    const auto children = item->childItems();
    for (const QGraphicsItem *child : children)
        texts.append(shownTexts(child));
    return texts;
}

/// Why @p svg is not well-formed XML, or empty.
QString xmlError(const QByteArray &svg)
{
    QXmlStreamReader reader(svg);
    while (!reader.atEnd())
        reader.readNext();
    return reader.hasError() ? reader.errorString() : QString();
}

bool isFifo(const QString &path)
{
    struct stat info
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 && S_ISFIFO(info.st_mode);
}

/// Makes every file write past @p bytes fail (EFBIG, "File too large"), as a
/// full disk would, while it lives.
class FileSizeLimit final
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_previous);
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = m_previous;
        limited.rlim_cur = bytes;
        m_active = setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;
    bool isActive() const { return m_active; }

private:
    rlimit m_previous{};
    void (*m_previousHandler)(int) = nullptr;
    bool m_active = false;
};

} // namespace

/// ChartExporter on the tests' fixture data (not the embedded Sharaka data):
/// every chart in every format and language, file by file, and its failures.
class tst_ChartExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyChartFormatLanguage_writesCompleteFile_data();
    void everyChartFormatLanguage_writesCompleteFile();
    void largeExport_keepsExactSizeAndFillsImage();
    void arabicExport_differsFromEnglish();
    void englishExport_ignoresInterfaceTranslation();
    void sourceLine_startsAtTheLanguagesLeadingEdge();
    void transparentPng_hasClearCornersAndOpaqueBars();
    void jpeg_ignoresTransparency();
    void opaquePng_hasNoAlphaChannel();
    void batchRunAll_writesWhatRunWritesReportedInOrder();
    void batchRunAll_stopsWhenAskedAndReportsFailures();
    void unknownChart_isAnError();
    void sizeOutOfRange_isAnError();
    void pathUnderRegularFile_failsNamingPathAndReason();
    void folderInTheWay_failsAndKeepsFolder();
    void failedWrite_leavesExistingFileUntouched();
    void parseExportSize_data();
    void parseExportSize();
    void formatForPath_data();
    void formatForPath();
    void indicatorModel_givesFiguresQualifiersAndSources();
    void indicatorModel_speaksItsTranslatorsLanguage();
    void indicatorChart_showsItsModel();
    void arabicAxis_writesThousandWithoutADot();
    void buildChart_readsNoApplicationFontOrPalette();
    void barToolTip_comesFromTheModel();
    void hostileText_isShownAsTypedAndWrittenAsValidFiles_data();
    void hostileText_isShownAsTypedAndWrittenAsValidFiles();
    void longestLabel_rendersAndExports();
    void fifoTarget_isRefusedAndKept();
    void socketTarget_isRefused();
    void symlinkTarget_writesTheFileItNames();
    void fullDevice_reportsTheSystemsReason();
    void exportAll_plantedFifo_failsThatFileOnly();
    void failedExportAll_removesTheFoldersItCreated();

private:
    /// m_data with the links chart's title and first label set to @p text.
    Dataset withText(const QString &text) const;

    Dataset m_data;
    QTemporaryDir m_dir;
};

void tst_ChartExporter::initTestCase()
{
    QCOMPARE(testing::fixtureProblems(), QString());
    m_data = testing::fixtureDataset();
    QCOMPARE(m_data.chartIds(), QStringList({QStringLiteral("map"), QStringLiteral("links"),
                                             QStringLiteral("people")}));
    QVERIFY(m_dir.isValid());
}

void tst_ChartExporter::everyChartFormatLanguage_writesCompleteFile_data()
{
    QTest::addColumn<QString>("chartId");
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<Language>("language");
    for (const QString &chartId : m_data.chartIds()) {
        for (ExportFormat format : exportFormats()) {
            for (Language language : supportedLanguages()) {
                const QString name = chartId + QLatin1Char('/') + exportFormatSuffix(format) +
                                     QLatin1Char('/') + languageCode(language);
                QTest::newRow(qPrintable(name)) << chartId << format << language;
            }
        }
    }
}

void tst_ChartExporter::everyChartFormatLanguage_writesCompleteFile()
{
    QFETCH(QString, chartId);
    QFETCH(ExportFormat, format);
    QFETCH(Language, language);
    const ChartExporter exporter(m_data);
    const QString path =
        m_dir.filePath(QStringLiteral("%1-%2.%3")
                           .arg(chartId, languageCode(language), exportFormatSuffix(format)));
    const ExportOptions options; // 1600×900
    QCOMPARE(exporter.saveToFile(chartId, language, format, path, options), QString());
    QVERIFY(QFileInfo(path).isFile());
    // The expected texts, built in the export's language as the exporter does.
    const LanguageTranslator inLanguage(language);
    ChartContext context;
    context.translator = &inLanguage;
    const std::unique_ptr<DashboardChart> chart =
        buildChart(m_data, chartId, language, QSizeF(1600, 900), context);
    QVERIFY(chart);
    // The report cites every chart, its publisher in the export's language ("ناشر الاختبار أ").
    const QString publisher = m_data.source(QStringLiteral("report"))->publisher.text(language);
    QCOMPARE(publisher, language == Language::English  ? QStringLiteral("Test Publisher A")
                        : language == Language::French ? QStringLiteral("Éditeur d’essai A")
                                                       : QStringLiteral("ناشر الاختبار أ"));
    QVERIFY2(chart->sourceLine().contains(publisher), qPrintable(chart->sourceLine()));

    switch (format) {
    case ExportFormat::Png:
    case ExportFormat::Jpeg: {
        QImageReader reader(path);
        QCOMPARE(reader.format(),
                 format == ExportFormat::Png ? QByteArray("png") : QByteArray("jpeg"));
        const QImage image = reader.read();
        QCOMPARE(image.size(), QSize(1600, 900));
        // Laid out at the output size, not a thumbnail in a corner.
        const InkSpread spread = inkSpread(image);
        QVERIFY2(spread.box.width() > 0.9 * 1600 && spread.box.height() > 0.9 * 900,
                 qPrintable(QStringLiteral("ink box %1,%2 %3x%4")
                                .arg(spread.box.x())
                                .arg(spread.box.y())
                                .arg(spread.box.width())
                                .arg(spread.box.height())));
        QVERIFY2(
            spread.columns > 0.6 && spread.rows > 0.6,
            qPrintable(QStringLiteral("columns %1, rows %2").arg(spread.columns).arg(spread.rows)));
        if (format == ExportFormat::Png) {
            const QImage withText(path);
            // QImage hands text chunks back simplified (no-break spaces become spaces).
            QCOMPARE(withText.text(QStringLiteral("Title")), chart->titleText().simplified());
            QCOMPARE(withText.text(QStringLiteral("Description")),
                     chart->sourceLine().simplified());
            QCOMPARE(withText.text(QStringLiteral("Software")), ChartExporter::softwareName());
        }
        break;
    }
    case ExportFormat::Svg: {
        QSvgRenderer renderer(path);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBox(), QRect(0, 0, 1600, 900));
        const QByteArray svg = readAll(path);
        QCOMPARE(svgElementText(svg, QStringLiteral("title")), chart->titleText());
        QCOMPARE(svgElementText(svg, QStringLiteral("desc")), chart->sourceLine());
        // Every font names a generic family that browsers know.
        QVERIFY(svg.contains("font-family=\"'"));
        QCOMPARE(svg.count("font-family=\""), svg.count("sans-serif\""));
        // Drawn at the viewBox scale: the rendered SVG fills the picture too.
        QImage image(1600, 900, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        const InkSpread spread = inkSpread(image);
        QVERIFY(spread.box.width() > 0.9 * 1600 && spread.box.height() > 0.9 * 900);
        break;
    }
    case ExportFormat::Pdf: {
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
        QCOMPARE(QString::fromLatin1(pdf).count(page), 1);
        // One page the chart's size at the layout resolution, in points.
        const qreal dpi = QGuiApplication::primaryScreen()->logicalDotsPerInchY();
        // Written by Qt, or as qpdf writes it again when the text layer changed.
        static const QRegularExpression mediaBox(
            QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]"));
        const QRegularExpressionMatch box = mediaBox.match(QString::fromLatin1(pdf));
        QVERIFY(box.hasMatch());
        QVERIFY2(qAbs(box.captured(1).toDouble() - 1600 * 72 / dpi) < 0.001 &&
                     qAbs(box.captured(2).toDouble() - 900 * 72 / dpi) < 0.001,
                 qPrintable(box.captured(0)));
        QVERIFY(pdf.contains("/Title"));
        QVERIFY(pdf.contains("/Creator"));
        // Vector: text and bars, no embedded bitmap.
        QVERIFY(!pdf.contains("/Subtype /Image"));
        break;
    }
    }
}

void tst_ChartExporter::largeExport_keepsExactSizeAndFillsImage()
{
    const ChartExporter exporter(m_data);
    ExportOptions options;
    options.size = QSize(3840, 2160);
    const QImage image = exporter.renderImage(QStringLiteral("links"), Language::English, options);
    QCOMPARE(image.size(), QSize(3840, 2160));
    const InkSpread spread = inkSpread(image);
    QVERIFY(spread.box.width() > 0.9 * 3840 && spread.box.height() > 0.9 * 2160);
    // Text grows with the picture: the chart scales its fonts by 4 at 3840×2160.
    const auto chart =
        buildChart(m_data, QStringLiteral("links"), Language::English, QSizeF(options.size));
    QCOMPARE(chart->textScale(), 4.0);
}

void tst_ChartExporter::arabicExport_differsFromEnglish()
{
    const ChartExporter exporter(m_data);
    const ExportOptions options;
    for (const QString &chartId : m_data.chartIds()) {
        const QImage english = exporter.renderImage(chartId, Language::English, options);
        const QImage arabic = exporter.renderImage(chartId, Language::Arabic, options);
        QCOMPARE(arabic.size(), english.size());
        QVERIFY2(arabic != english, qPrintable(chartId));
        const auto encodedEnglish =
            exporter.encode(chartId, Language::English, ExportFormat::Svg, options);
        const auto encodedArabic =
            exporter.encode(chartId, Language::Arabic, ExportFormat::Svg, options);
        QVERIFY(encodedEnglish.ok() && encodedArabic.ok());
        const QString arabicTitle = svgElementText(encodedArabic.bytes, QStringLiteral("title"));
        // The implicit map has no title of its own in the data: the map's words for it.
        const QString expected = chartId == QStringLiteral("map")
                                     ? QStringLiteral("بلدان الاختبار حسب الجولة")
                                     : m_data.chart(chartId)->title.text(Language::Arabic);
        QCOMPARE(arabicTitle, expected);
        QVERIFY(arabicTitle != svgElementText(encodedEnglish.bytes, QStringLiteral("title")));
    }
}

void tst_ChartExporter::englishExport_ignoresInterfaceTranslation()
{
    // The interface speaks another language (a stand-in translator marks
    // every string); an English export must still read English.
    class MarkingTranslator final : public QTranslator
    {
    public:
        QString translate(const char *, const char *source, const char *, int) const override
        {
            return QStringLiteral("XX ") + QString::fromUtf8(source);
        }
        bool isEmpty() const override { return false; }
    } interface;
    QCoreApplication::installTranslator(&interface);
    const auto inInterface =
        buildChart(m_data, QStringLiteral("people"), Language::English, QSizeF(1600, 900));
    const ChartExporter exporter(m_data);
    const auto svg = exporter.encode(QStringLiteral("people"), Language::English, ExportFormat::Svg,
                                     ExportOptions());
    QCoreApplication::removeTranslator(&interface);
    QVERIFY(inInterface->sourceLine().startsWith(QLatin1String("XX Sources: ")));
    QVERIFY(svg.ok());
    QVERIFY(
        svgElementText(svg.bytes, QStringLiteral("desc")).startsWith(QLatin1String("Sources: ")));
}

void tst_ChartExporter::sourceLine_startsAtTheLanguagesLeadingEdge()
{
    // The source line is the last text of the picture: in English it starts
    // at the left edge, in Arabic at the right edge.
    const ChartExporter exporter(m_data);
    const ExportOptions options;
    const auto sourceStrip = [&](Language language) {
        const QImage image = exporter.renderImage(QStringLiteral("people"), language, options);
        return inkSpread(image.copy(0, 900 - 45, 1600, 45)).box;
    };
    const QRect english = sourceStrip(Language::English);
    QVERIFY(english.isValid());
    QVERIFY2(english.left() < 40 && english.right() < 1400,
             qPrintable(QString::number(english.right())));
    const QRect arabic = sourceStrip(Language::Arabic);
    QVERIFY(arabic.isValid());
    QVERIFY2(arabic.right() > 1560 && arabic.left() > 200,
             qPrintable(QString::number(arabic.left())));
}

void tst_ChartExporter::transparentPng_hasClearCornersAndOpaqueBars()
{
    const ChartExporter exporter(m_data);
    ExportOptions options;
    options.transparentBackground = true;
    const QString path = m_dir.filePath(QStringLiteral("transparent.png"));
    QCOMPARE(exporter.saveToFile(QStringLiteral("people"), Language::English, ExportFormat::Png,
                                 path, options),
             QString());
    const QImage image(path);
    QVERIFY(image.hasAlphaChannel());
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    QCOMPARE(qAlpha(image.pixel(1599, 899)), 0);
    // The single bar crosses the middle of the plot.
    QCOMPARE(qAlpha(image.pixel(800, 450)), 255);

    options.transparentBackground = false;
    const QImage opaque =
        exporter.renderImage(QStringLiteral("people"), Language::English, options);
    QCOMPARE(opaque.pixel(0, 0), qRgb(255, 255, 255));
}

void tst_ChartExporter::opaquePng_hasNoAlphaChannel()
{
    const ChartExporter exporter(m_data);
    const QString path = m_dir.filePath(QStringLiteral("opaque.png"));
    QCOMPARE(exporter.saveToFile(QStringLiteral("people"), Language::English, ExportFormat::Png,
                                 path, ExportOptions()),
             QString());
    QImageReader reader(path);
    QCOMPARE(reader.size(), QSize(1600, 900));
    const QImage image = reader.read();
    QVERIFY(!image.hasAlphaChannel());
    QCOMPARE(image.pixel(0, 0), qRgb(255, 255, 255));
}

void tst_ChartExporter::batchRunAll_writesWhatRunWritesReportedInOrder()
{
    // Encoded in a thread pool, reported in job order, byte for byte what
    // one-at-a-time run() writes.
    ExportOptions options;
    options.size = QSize(640, 360);
    ExportBatch pooled(m_data, ExportFormat::Png, options);
    pooled.addAllCharts(m_dir.filePath(QStringLiteral("pooled")), supportedLanguages(), true);
    ExportBatch serial(m_data, ExportFormat::Png, options);
    serial.addAllCharts(m_dir.filePath(QStringLiteral("serial")), supportedLanguages(), true);
    QCOMPARE(pooled.jobs().size(), 9); // the map and two bar charts, three languages

    QList<qsizetype> started;
    QList<qsizetype> reported;
    pooled.runAll(
        [&](qsizetype index) {
            started.append(index);
            return true;
        },
        [&](qsizetype index, const QString &error) {
            QCOMPARE(error, QString());
            reported.append(index);
        });
    const QList<qsizetype> all{0, 1, 2, 3, 4, 5, 6, 7, 8};
    QCOMPARE(started, all);
    QCOMPARE(reported, all);
    for (qsizetype i = 0; i < serial.jobs().size(); ++i) {
        QCOMPARE(serial.run(i), QString());
        const QByteArray expected = readAll(serial.jobs().at(i).path);
        QVERIFY(expected.startsWith("\x89PNG"));
        QCOMPARE(readAll(pooled.jobs().at(i).path), expected);
    }
}

void tst_ChartExporter::batchRunAll_stopsWhenAskedAndReportsFailures()
{
    const QString regular = m_dir.filePath(QStringLiteral("in-the-way.txt"));
    QFile file(regular);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    ExportOptions options;
    options.size = QSize(640, 360);
    ExportBatch batch(m_data, ExportFormat::Png, options);
    const QString good = m_dir.filePath(QStringLiteral("first.png"));
    const QString bad = regular + QStringLiteral("/second.png");
    const QString skipped = m_dir.filePath(QStringLiteral("third.png"));
    batch.addChart(QStringLiteral("people"), Language::English, good);
    batch.addChart(QStringLiteral("people"), Language::French, bad);
    batch.addChart(QStringLiteral("people"), Language::Arabic, skipped);

    QStringList reported;
    batch.runAll([](qsizetype index) { return index < 2; },
                 [&](qsizetype index, const QString &error) {
                     reported.append(QString::number(index) + QLatin1Char(' ') + error);
                 });
    QCOMPARE(reported.size(), 2);
    QCOMPARE(reported.at(0), QStringLiteral("0 "));
    QVERIFY2(reported.at(1).startsWith(QStringLiteral("1 Cannot write %1: ").arg(bad)),
             qPrintable(reported.at(1)));
    QVERIFY(QImage(good).size() == QSize(640, 360));
    QVERIFY(!QFile::exists(skipped));
}

void tst_ChartExporter::jpeg_ignoresTransparency()
{
    const ChartExporter exporter(m_data);
    ExportOptions options;
    options.transparentBackground = true;
    const QString path = m_dir.filePath(QStringLiteral("opaque.jpg"));
    QCOMPARE(exporter.saveToFile(QStringLiteral("people"), Language::French, ExportFormat::Jpeg,
                                 path, options),
             QString());
    const QImage image(path);
    QVERIFY(qGray(image.pixel(0, 0)) > 245);
}

void tst_ChartExporter::unknownChart_isAnError()
{
    const ChartExporter exporter(m_data);
    const QString path = m_dir.filePath(QStringLiteral("nothing.png"));
    QCOMPARE(exporter.saveToFile(QStringLiteral("no-such-chart"), Language::English,
                                 ExportFormat::Png, path, ExportOptions()),
             QStringLiteral("Cannot write %1: Unknown chart \"no-such-chart\".")
                 .arg(QDir::toNativeSeparators(path)));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(exporter.renderImage(QStringLiteral("no-such-chart"), Language::English, {}).isNull());
}

void tst_ChartExporter::sizeOutOfRange_isAnError()
{
    const ChartExporter exporter(m_data);
    ExportOptions options;
    options.size = QSize(100, 100);
    const auto encoded =
        exporter.encode(QStringLiteral("people"), Language::English, ExportFormat::Png, options);
    QCOMPARE(encoded.error, QStringLiteral("The size 100\u00D7100 is not supported: each side must "
                                           "be between 320 and 8192 pixels."));
    QVERIFY(encoded.bytes.isEmpty());
}

void tst_ChartExporter::pathUnderRegularFile_failsNamingPathAndReason()
{
    // Root may write into chmod-protected folders, so the unwritable place is
    // a path whose parent is a regular file: no user can create it.
    const QString regular = m_dir.filePath(QStringLiteral("regular.txt"));
    QFile file(regular);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a folder");
    file.close();
    const QString path = regular + QStringLiteral("/chart.png");
    const ChartExporter exporter(m_data);
    const QString error = exporter.saveToFile(QStringLiteral("people"), Language::English,
                                              ExportFormat::Png, path, ExportOptions());
    QVERIFY2(error.startsWith(QStringLiteral("Cannot write %1: ").arg(path)), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("Not a directory")), qPrintable(error));
    QCOMPARE(readAll(regular), QByteArray("not a folder"));
}

void tst_ChartExporter::folderInTheWay_failsAndKeepsFolder()
{
    const QString path = m_dir.filePath(QStringLiteral("folder.png"));
    QVERIFY(QDir().mkpath(path));
    const ChartExporter exporter(m_data);
    const QString error = exporter.saveToFile(QStringLiteral("people"), Language::English,
                                              ExportFormat::Png, path, ExportOptions());
    QVERIFY2(error.startsWith(QStringLiteral("Cannot write %1: ").arg(path)), qPrintable(error));
    QVERIFY(QFileInfo(path).isDir());
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("folder.png*")}, QDir::AllEntries),
             QStringList{QStringLiteral("folder.png")});
}

void tst_ChartExporter::failedWrite_leavesExistingFileUntouched()
{
    // A disk that fills up mid-write: the file size limit makes write() fail
    // with EFBIG (the signal it would raise is ignored) after 4 KiB.
    const QString folder = m_dir.filePath(QStringLiteral("full"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/chart.png");
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("previous export");
    existing.close();

    rlimit previous{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &previous), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = previous;
    limited.rlim_cur = 4096;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    const ChartExporter exporter(m_data);
    const QString error = exporter.saveToFile(QStringLiteral("links"), Language::English,
                                              ExportFormat::Png, path, ExportOptions());
    setrlimit(RLIMIT_FSIZE, &previous);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY2(error.startsWith(QStringLiteral("Cannot write %1: ").arg(path)), qPrintable(error));
    QCOMPARE(readAll(path), QByteArray("previous export"));
    // No temporary file left beside it.
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("chart.png")});
}

void tst_ChartExporter::parseExportSize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("default") << "1600x900" << QSize(1600, 900);
    QTest::newRow("4k, capital X") << "3840X2160" << QSize(3840, 2160);
    QTest::newRow("times sign") << QStringLiteral("1280\u00D7720") << QSize(1280, 720);
    QTest::newRow("one number") << "1600" << QSize();
    QTest::newRow("words") << "1600by900" << QSize();
    QTest::newRow("negative") << "-1600x900" << QSize();
    QTest::newRow("too small") << "100x100" << QSize();
    QTest::newRow("too large") << "9000x900" << QSize();
    QTest::newRow("empty") << "" << QSize();
}

void tst_ChartExporter::parseExportSize()
{
    QFETCH(QString, text);
    QFETCH(QSize, expected);
    QCOMPARE(sharaka::parseExportSize(text).value_or(QSize()), expected);
}

void tst_ChartExporter::formatForPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format"); // -1: none
    QTest::newRow("png") << "a/b.png" << int(ExportFormat::Png);
    QTest::newRow("JPG") << "b.JPG" << int(ExportFormat::Jpeg);
    QTest::newRow("jpeg") << "b.jpeg" << int(ExportFormat::Jpeg);
    QTest::newRow("svg") << "b.svg" << int(ExportFormat::Svg);
    QTest::newRow("pdf") << "b.pdf" << int(ExportFormat::Pdf);
    QTest::newRow("gif") << "b.gif" << -1;
    QTest::newRow("none") << "b" << -1;
}

void tst_ChartExporter::formatForPath()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    const auto found = exportFormatForPath(path);
    QCOMPARE(found ? int(*found) : -1, format);
}

Dataset tst_ChartExporter::withText(const QString &text) const
{
    Dataset data = m_data;
    for (ChartSpec &chart : data.charts) {
        if (chart.id == QLatin1String("links"))
            chart.title = english(text);
    }
    for (Indicator &indicator : data.indicators) {
        if (indicator.id == data.chart(QStringLiteral("links"))->indicatorIds.constFirst()) {
            indicator.label = english(text);
            indicator.description = english(text);
        }
    }
    return data;
}

void tst_ChartExporter::indicatorModel_givesFiguresQualifiersAndSources()
{
    IndicatorModel links(m_data, QStringLiteral("links"), Language::English);
    QAbstractItemModelTester tester(&links, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(links.rowCount(), 2);
    QCOMPARE(links.columnCount(), 4);
    QList<qint64> values;
    QStringList shown;
    for (int row = 0; row < links.rowCount(); ++row) {
        values.append(links.index(row, IndicatorModel::ValueColumn)
                          .data(IndicatorModel::RawValueRole)
                          .toLongLong());
        shown.append(withoutMarks(links.index(row, IndicatorModel::ValueColumn).data().toString()));
        QCOMPARE(links.index(row, IndicatorModel::LabelColumn)
                     .data(IndicatorModel::QualifierRole)
                     .toInt(),
                 int(Qualifier::Exact));
        QCOMPARE(links.index(row, IndicatorModel::QualifierColumn).data().toString(),
                 QStringLiteral("Exact figure"));
        QVERIFY(links.index(row, IndicatorModel::SourcesColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("Test Publisher A")));
    }
    QCOMPARE(values, QList<qint64>({23, 9}));
    QCOMPARE(shown, QStringList({"23", "9"}));
    QCOMPARE(links.index(0, IndicatorModel::LabelColumn).data().toString(),
             QStringLiteral("Sites linked"));
    QCOMPARE(links.index(0, IndicatorModel::ValueColumn).data(Qt::AccessibleTextRole),
             QVariant(QStringLiteral("23")));
    QCOMPARE(links.summaries().constFirst(), QStringLiteral("Sites linked: 23"));
    QCOMPARE(links.summaries().constLast(), QStringLiteral("Teams equipped: 9"));
    QCOMPARE(links.title(), m_data.chart(QStringLiteral("links"))->title.english());
    QVERIFY(links.sourcesLine().startsWith(QLatin1String("Sources: ")));

    IndicatorModel people(m_data, QStringLiteral("people"), Language::English);
    QAbstractItemModelTester peopleTester(&people,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(people.rowCount(), 1);
    const QModelIndex trained = people.index(0, IndicatorModel::ValueColumn);
    QCOMPARE(trained.data(IndicatorModel::RawValueRole).toLongLong(), 750);
    QCOMPARE(trained.data(IndicatorModel::QualifierRole).toInt(), int(Qualifier::AtLeast));
    QCOMPARE(withoutMarks(trained.data().toString()), QStringLiteral("750+"));
    QCOMPARE(people.index(0, IndicatorModel::QualifierColumn).data().toString(),
             QStringLiteral("Lower bound (at least)"));

    const IndicatorModel unknown(m_data, QStringLiteral("no-such-chart"), Language::English);
    QCOMPARE(unknown.rowCount(), 0);
}

void tst_ChartExporter::indicatorModel_speaksItsTranslatorsLanguage()
{
    const LanguageTranslator french(Language::French);
    QVERIFY(french.isLoaded());
    IndicatorModel model(m_data, QStringLiteral("people"), Language::French, &french);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers.append(model.headerData(column, Qt::Horizontal).toString());
    // The catalogue's French (its wording is tst_retranslation's subject).
    const auto inFrench = [](const char *context, const char *source) {
        return test::translated(Language::French, context, source);
    };
    const char *context = "sharaka::IndicatorModel";
    QCOMPARE(headers, QStringList({inFrench(context, "Indicator"), inFrench(context, "Value"),
                                   inFrench(context, "Figure"), inFrench(context, "Sources")}));
    QVERIFY(headers.constFirst() != QLatin1String("Indicator"));
    QCOMPARE(model.index(0, IndicatorModel::QualifierColumn).data().toString(),
             inFrench(context, "Lower bound (at least)"));
    const QString sources = inFrench("TextFormat", "Sources: %1");
    const QString before = sources.left(sources.indexOf(QLatin1String("%1")));
    QVERIFY(!before.isEmpty() && before != QLatin1String("Sources: "));
    QVERIFY2(model.sourcesLine().startsWith(before), qPrintable(model.sourcesLine()));
    QCOMPARE(model.index(0, IndicatorModel::LabelColumn).data().toString(),
             QStringLiteral("Personnes formées"));

    // Without a translator: the installed translation, here none.
    const IndicatorModel english(m_data, QStringLiteral("people"), Language::English);
    QCOMPARE(english.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Indicator"));
}

void tst_ChartExporter::indicatorChart_showsItsModel()
{
    const auto chart = chartOfKind<IndicatorChart>(
        buildChart(m_data, QStringLiteral("links"), Language::English, QSizeF(800, 450)));
    QVERIFY(chart);
    const IndicatorModel *model = chart->model();
    QCOMPARE(model->chartId(), QStringLiteral("links"));
    QStringList labels;
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row) {
        labels.append(model->index(row, IndicatorModel::LabelColumn).data().toString());
        values.append(
            withoutMarks(model->index(row, IndicatorModel::ValueColumn).data().toString()));
    }
    QCOMPARE(chart->categoryLabels(), labels);
    QCOMPARE(chart->valueLabelTexts(), values);
    QCOMPARE(chart->valueDescriptions(), model->summaries());
    QCOMPARE(chart->titleText(), model->title());
    QCOMPARE(chart->sourceLine(), model->sourcesLine());
    // Bars bottom-up hold the rows top-down.
    auto *series = qobject_cast<QHorizontalStackedBarSeries *>(chart->series().constFirst());
    QVERIFY(series);
    QCOMPARE(series->barSets().constFirst()->count(), 2);
    QCOMPARE(series->barSets().constFirst()->at(0), 9.0);
    QCOMPARE(series->barSets().constFirst()->at(1), 23.0);
}

void tst_ChartExporter::arabicAxis_writesThousandWithoutADot()
{
    // ar_LY groups with a dot, and "1.000" on the people's axis (750+) read as one.
    const auto arabic = chartOfKind<IndicatorChart>(
        buildChart(m_data, QStringLiteral("people"), Language::Arabic, QSizeF(800, 450)));
    QVERIFY(arabic);
    auto *axis = qobject_cast<QValueAxis *>(arabic->axes(Qt::Horizontal).constFirst());
    QVERIFY(axis);
    QCOMPARE(axis->max(), 1000.0);
    QCOMPARE(arabic->locale().toString(axis->max(), 'f', 0), QStringLiteral("1000"));
    QVERIFY(arabic->localizeNumbers());
    // Other languages keep their grouping.
    const auto french = chartOfKind<IndicatorChart>(
        buildChart(m_data, QStringLiteral("people"), Language::French, QSizeF(800, 450)));
    QVERIFY(french);
    QCOMPARE(french->locale().toString(1000.0, 'f', 0), QStringLiteral("1\u202F000"));
}

void tst_ChartExporter::buildChart_readsNoApplicationFontOrPalette()
{
    // Fonts and colours come from the theme and the call only: a large serif
    // application font and a dark palette change nothing in an export.
    const auto build = [this](const ChartContext &context = {}) {
        return chartOfKind<IndicatorChart>(buildChart(
            m_data, QStringLiteral("people"), Language::English, QSizeF(800, 450), context));
    };
    const auto before = build();
    const QFont applicationFont = QGuiApplication::font();
    const QPalette applicationPalette = QGuiApplication::palette();
    QFont large(QStringLiteral("Serif"));
    large.setPointSizeF(30);
    QGuiApplication::setFont(large);
    QPalette dark;
    dark.setColor(QPalette::Window, Qt::black);
    dark.setColor(QPalette::WindowText, Qt::white);
    QGuiApplication::setPalette(dark);
    const auto after = build();
    QFont given(QStringLiteral("Serif"));
    given.setPointSizeF(12);
    ChartContext context;
    context.font = given;
    const auto withFont = build(context);
    QGuiApplication::setFont(applicationFont);
    QGuiApplication::setPalette(applicationPalette);

    QCOMPARE(before->titleFont().pointSizeF(), 9 * 1.35);
    QCOMPARE(after->titleFont(), before->titleFont());
    QCOMPARE(after->legend()->font(), before->legend()->font());
    QCOMPARE(after->axes(Qt::Vertical).constFirst()->labelsFont(),
             before->axes(Qt::Vertical).constFirst()->labelsFont());
    QCOMPARE(after->backgroundBrush().color(), QColor(Qt::white));
    QCOMPARE(after->titleBrush().color(), chartColors(ChartTheme::Light).text);
    QCOMPARE(after->valueLabelColor(0), before->valueLabelColor(0));
    // The font the call gives is the one used.
    QCOMPARE(withFont->titleFont().family(), QStringLiteral("Serif"));
    QCOMPARE(withFont->titleFont().pointSizeF(), 12 * 1.35);
}

void tst_ChartExporter::barToolTip_comesFromTheModel()
{
    const auto chart = chartOfKind<IndicatorChart>(
        buildChart(m_data, QStringLiteral("links"), Language::English, QSizeF(800, 450)));
    QSignalSpy requested(chart.get(), &DashboardChart::toolTipRequested);
    auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().constFirst());
    // The top bar is the last one Qt Charts counts.
    emit series->hovered(true, 1, series->barSets().constFirst());
    emit series->hovered(false, 1, series->barSets().constFirst());
    QCOMPARE(requested.size(), 2);
    const QString toolTip = requested.at(0).at(0).toString();
    QCOMPARE(
        toolTip,
        chart->model()->index(0, IndicatorModel::LabelColumn).data(Qt::ToolTipRole).toString());
    QTextDocument shown;
    shown.setHtml(toolTip);
    QVERIFY2(shown.toPlainText().startsWith(QStringLiteral("Sites linked: \u200E23\u200E\n")),
             qPrintable(shown.toPlainText()));
    QVERIFY2(shown.toPlainText().contains(
                 QStringLiteral("\nSources: \u2068Test Publisher A\u2069, 14 Feb 2019; "
                                "\u2068Test Publisher B\u2069, Jun 2017")),
             qPrintable(shown.toPlainText()));
    QCOMPARE(requested.at(1).at(0).toString(), QString());
}

void tst_ChartExporter::hostileText_isShownAsTypedAndWrittenAsValidFiles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown"); // what the chart draws and the files name
    QTest::newRow("markup") << "<b>x</b>"
                            << "<b>x</b>";
    QTest::newRow("script") << "</title><script>alert(1)</script>"
                            << "</title><script>alert(1)</script>";
    QTest::newRow("ampersand") << "Q&A & <&amp;>"
                               << "Q&A & <&amp;>";
    QTest::newRow("local image") << "<img src=\"/etc/hostname\"> and <img src=\"/dev/zero\">"
                                 << "<img src=\"/etc/hostname\"> and <img src=\"/dev/zero\">";
    QTest::newRow("control characters") << QStringLiteral("a\u0000b\u0001c\u001bd\u007fe\nf\tg")
                                        << QStringLiteral("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe f g");
    QTest::newRow("lone surrogate")
        << QString(QChar(0xD800)) + QStringLiteral("x\uFFFF") << QStringLiteral("\uFFFDx\uFFFD");
}

void tst_ChartExporter::hostileText_isShownAsTypedAndWrittenAsValidFiles()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    const Dataset data = withText(text);
    const QString chartId = QStringLiteral("links");

    // On screen: the title item and the category label read as typed.
    const auto chart = buildChart(data, chartId, Language::English, QSizeF(1600, 900));
    QCOMPARE(chart->titleText(), shown);
    const QStringList texts = shownTexts(chart.get());
    QVERIFY2(texts.contains(shown), qPrintable(texts.join(QLatin1Char('|'))));
    const QString toolTip =
        chartOfKind<IndicatorChart>(buildChart(data, chartId, Language::English, QSizeF(800, 450)))
            ->model()
            ->index(0, IndicatorModel::LabelColumn)
            .data(Qt::ToolTipRole)
            .toString();
    QTextDocument toolTipShown;
    toolTipShown.setHtml(toolTip);
    // Markup in the tooltip reads as typed too.
    if (text == shown)
        QVERIFY2(toolTipShown.toPlainText().startsWith(text + QStringLiteral(": ")),
                 qPrintable(toolTipShown.toPlainText()));
    QVERIFY(!toolTip.contains(QLatin1String("<b>x")));

    // SVG, as a file and as the clipboard gets it: well-formed, no script,
    // no image, the title as typed.
    const ChartExporter exporter(data);
    const QString svgPath = m_dir.filePath(QStringLiteral("hostile.svg"));
    QCOMPARE(exporter.saveToFile(chartId, Language::English, ExportFormat::Svg, svgPath,
                                 ExportOptions()),
             QString());
    const QByteArray svg = readAll(svgPath);
    QCOMPARE(xmlError(svg), QString());
    QVERIFY(!svg.contains("<script"));
    QVERIFY(!svg.contains("<image"));
    QCOMPARE(svgElementText(svg, QStringLiteral("title")), shown);
    QVERIFY(QSvgRenderer(svg).isValid());
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (!xmllint.isEmpty()) {
        const test::ProgramRun lint =
            test::runCommand(xmllint, {QStringLiteral("--noout"), svgPath});
        QCOMPARE(lint.rawErr, QByteArray());
        QCOMPARE(lint.exitCode, 0);
    }

    // PNG text chunks and PDF metadata: no control characters.
    const QString pngPath = m_dir.filePath(QStringLiteral("hostile.png"));
    QCOMPARE(exporter.saveToFile(chartId, Language::English, ExportFormat::Png, pngPath,
                                 ExportOptions()),
             QString());
    const QImage png(pngPath);
    for (const QString &key : {QStringLiteral("Title"), QStringLiteral("Description")}) {
        for (const QChar c : png.text(key))
            QVERIFY2(c.unicode() >= 0x20 && c.category() != QChar::Other_Control, qPrintable(key));
    }
    QCOMPARE(png.text(QStringLiteral("Title")), shown.simplified());
    const ChartExporter::Encoded pdf =
        exporter.encode(chartId, Language::English, ExportFormat::Pdf, ExportOptions());
    QVERIFY(pdf.ok());
    QVERIFY(pdf.bytes.contains("/Title"));
    QVERIFY(!pdf.bytes.contains("/Subtype /Image"));
}

void tst_ChartExporter::longestLabel_rendersAndExports()
{
    // The longest label and title the format accepts, without a space to
    // wrap at, and longer ones cut to that length.
    const QString longest(ChartText::MaxLabelLength, QLatin1Char('W'));
    const Dataset data = withText(longest);
    const auto chart =
        buildChart(data, QStringLiteral("links"), Language::English, QSizeF(1600, 900));
    QCOMPARE(chart->titleText(), longest);
    Dataset longer = withText(longest + longest);
    const QStringList links = longer.chart(QStringLiteral("links"))->indicatorIds;
    for (Indicator &indicator : longer.indicators) {
        if (links.contains(indicator.id))
            indicator.label = english(longest + longest);
    }
    auto cut = buildChart(longer, QStringLiteral("links"), Language::English, QSizeF(1600, 900));
    QCOMPARE(cut->titleText().size(), ChartText::MaxLabelLength);
    QVERIFY(cut->titleText().endsWith(QChar(0x2026)));
    const ChartExporter exporter(longer);
    const QImage image = exporter.renderImage(QStringLiteral("links"), Language::English, {});
    QCOMPARE(image.size(), QSize(1600, 900));
    // Two indicators of the same name keep their two bars.
    const auto bars = chartOfKind<IndicatorChart>(std::move(cut));
    auto *series = qobject_cast<QAbstractBarSeries *>(bars->series().constFirst());
    QCOMPARE(series->barSets().constFirst()->count(), 2);
    QCOMPARE(qobject_cast<QBarCategoryAxis *>(bars->axes(Qt::Vertical).constFirst())->count(), 2);
}

void tst_ChartExporter::fifoTarget_isRefusedAndKept()
{
    const QString fifo = m_dir.filePath(QStringLiteral("pipe.png"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    // A reader is open, so even a wrong open() for writing could not block the test.
    const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
    QVERIFY(reader >= 0);
    const QString link = m_dir.filePath(QStringLiteral("to-pipe.png"));
    QVERIFY(QFile::link(fifo, link));
    const ChartExporter exporter(m_data);
    for (const QString &path : {fifo, link}) {
        QCOMPARE(exporter.saveToFile(QStringLiteral("people"), Language::English, ExportFormat::Png,
                                     path, ExportOptions()),
                 QStringLiteral("Cannot write %1: is not a regular file (a pipe, socket or "
                                "device); only regular files are written")
                     .arg(path));
    }
    QVERIFY(isFifo(fifo));
    QVERIFY(QFileInfo(link).isSymLink());
    char byte = 0;
    QCOMPARE(::read(reader, &byte, 1), ssize_t(0)); // nothing was written into it
    ::close(reader);

    // The command line: exit code 3 and the same message.
    ExportCommand command;
    command.mode = ExportCommand::Mode::ExportOne;
    command.chartId = QStringLiteral("people");
    command.target = fifo;
    const HeadlessOutcome outcome = runExportCommand(command, m_data, Language::English);
    QCOMPARE(int(outcome.exitCode), 3);
    QCOMPARE(outcome.errors,
             QStringList(QStringLiteral("Cannot write %1: is not a regular file (a pipe, socket or "
                                        "device); only regular files are written")
                             .arg(fifo)));
    QVERIFY(outcome.output.isEmpty());
    QVERIFY(isFifo(fifo));
}

void tst_ChartExporter::socketTarget_isRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("socket.svg"));
    const int listener = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(listener >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray native = QFile::encodeName(path);
    QVERIFY(std::size_t(native.size()) < sizeof(address.sun_path));
    std::copy(native.cbegin(), native.cend(), address.sun_path);
    QCOMPARE(::bind(listener, reinterpret_cast<const sockaddr *>(&address), sizeof(address)), 0);
    const QString error = AtomicFileWriter::write(path, QByteArrayLiteral("<svg/>"));
    ::close(listener);
    QCOMPARE(error, QStringLiteral("Cannot write %1: is not a regular file (a pipe, socket or "
                                   "device); only regular files are written")
                        .arg(path));
    QVERIFY(!QFileInfo(path).isFile());
}

void tst_ChartExporter::symlinkTarget_writesTheFileItNames()
{
    // As editors do: the link stays, the file it names gets the chart.
    const QString target = m_dir.filePath(QStringLiteral("real-chart.png"));
    QFile previous(target);
    QVERIFY(previous.open(QIODevice::WriteOnly));
    previous.write("previous");
    previous.close();
    const QString link = m_dir.filePath(QStringLiteral("linked-chart.png"));
    QVERIFY(QFile::link(target, link));
    const ChartExporter exporter(m_data);
    QCOMPARE(exporter.saveToFile(QStringLiteral("people"), Language::English, ExportFormat::Png,
                                 link, ExportOptions()),
             QString());
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(QFileInfo(link).symLinkTarget(), target);
    QVERIFY(readAll(target).startsWith("\x89PNG"));
    QCOMPARE(QImage(target).size(), QSize(1600, 900));
}

void tst_ChartExporter::fullDevice_reportsTheSystemsReason()
{
    // /dev/full is a device: an export refuses to replace it...
    if (!QFileInfo(QStringLiteral("/dev/full")).isWritable())
        QSKIP("no writable /dev/full");
    QCOMPARE(AtomicFileWriter::write(QStringLiteral("/dev/full"), QByteArray(10, 'x')),
             QStringLiteral("Cannot write /dev/full: is not a regular file (a pipe, socket or "
                            "device); only regular files are written"));
    QVERIFY(!QFileInfo(QStringLiteral("/dev/full")).isFile());
    // ...and writing onto it is what a full disk looks like to the writer.
    QFile full(QStringLiteral("/dev/full"));
    QVERIFY(full.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    QCOMPARE(AtomicFileWriter::writeAll(full, QByteArray(100000, 'x')),
             QStringLiteral("No space left on device"));

    // A file that cannot grow fails with the system's reason, never "Unknown error".
    const QString path = m_dir.filePath(QStringLiteral("limited.png"));
    QString error;
    {
        const FileSizeLimit limit(4096);
        QVERIFY(limit.isActive());
        error = AtomicFileWriter::write(path, QByteArray(100000, 'x'));
    }
    QCOMPARE(error, QStringLiteral("Cannot write %1: File too large").arg(path));
    QVERIFY(!QFileInfo::exists(path));
}

void tst_ChartExporter::exportAll_plantedFifo_failsThatFileOnly()
{
    const QString folder = m_dir.filePath(QStringLiteral("planted"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/fr")));
    const QString fifo = folder + QStringLiteral("/fr/people.svg");
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    ExportCommand command;
    command.mode = ExportCommand::Mode::ExportAll;
    command.format = ExportFormat::Svg;
    command.size = QSize(640, 360);
    command.allLanguages = true;
    command.target = folder;
    const HeadlessOutcome outcome = runExportCommand(command, m_data, Language::English);
    QCOMPARE(int(outcome.exitCode), 3);
    QCOMPARE(outcome.errors,
             QStringList(QStringLiteral("Cannot write %1: is not a regular file (a pipe, socket or "
                                        "device); only regular files are written")
                             .arg(fifo)));
    QCOMPARE(outcome.output.size(), 8); // 3 charts × 3 languages, but the planted one
    QVERIFY(isFifo(fifo));
    QVERIFY(QFileInfo(folder + QStringLiteral("/ar/people.svg")).isFile());
}

void tst_ChartExporter::failedExportAll_removesTheFoldersItCreated()
{
    const QString folder = m_dir.filePath(QStringLiteral("not-yet/charts"));
    ExportCommand command;
    command.mode = ExportCommand::Mode::ExportAll;
    command.size = QSize(640, 360);
    command.allLanguages = true;
    command.target = folder;
    HeadlessOutcome outcome;
    {
        const FileSizeLimit limit(1024);
        QVERIFY(limit.isActive());
        outcome = runExportCommand(command, m_data, Language::English);
    }
    QCOMPARE(int(outcome.exitCode), 3);
    QVERIFY(!outcome.errors.isEmpty());
    for (const QString &error : std::as_const(outcome.errors)) {
        QVERIFY2(error.endsWith(QLatin1String(": File too large")), qPrintable(error));
        QVERIFY(!error.contains(QLatin1String("Unknown error")));
    }
    // en/, fr/, ar/ and the two folders above them were created and are gone.
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("not-yet"))));
    QVERIFY(QFileInfo(m_dir.path()).isDir());

    // A successful run keeps them.
    outcome = runExportCommand(command, m_data, Language::English);
    QCOMPARE(int(outcome.exitCode), 0);
    QCOMPARE(QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
             QStringList({QStringLiteral("ar"), QStringLiteral("en"), QStringLiteral("fr")}));
}

QTEST_MAIN(tst_ChartExporter)
#include "tst_chartexporter.moc"
