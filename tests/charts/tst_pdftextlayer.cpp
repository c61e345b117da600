// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/chartexporter.h"
#include "charts/pdftextlayer.h"
#include "charts/tounicodemap.h"
#include "support/fixturedataset.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sharaka;

/// The text layer of the PDFs the program writes: glyph maps rewritten so
/// that Arabic reads back as letters in logical order, as poppler's
/// pdftotext (and a PDF viewer's search) extracts it.
class tst_PdfTextLayer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void searchableText_data();
    void searchableText();
    void toUnicodeMap_readsBothRangeFormsAndWritesThemBack();
    void toUnicodeMap_rejectsWhatItDoesNotUnderstand_data();
    void toUnicodeMap_rejectsWhatItDoesNotUnderstand();
    void arabicChartPdf_extractsItsTitleAsLetters();
    void latinChartPdf_isLeftAsQtWroteIt();
    void notAPdf_isReported();
    void file_isRewrittenInPlace();

private:
    QString extract(const QByteArray &pdf, const QString &name) const;
    QString extractFile(const QString &path) const;

    QTemporaryDir m_dir;
    Dataset m_dataset;
};

namespace {

/// The marks poppler puts around right-to-left lines (RLE…PDF) and the
/// program's own bidi marks: not letters, so a search skips them.
QString withoutBidiControls(QString text)
{
    static const QRegularExpression controls(
        QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]"));
    return text.remove(controls);
}

bool hasPresentationForms(const QString &text)
{
    for (const QChar c : text) {
        if ((c.unicode() >= 0xFB50 && c.unicode() <= 0xFDFF) ||
            (c.unicode() >= 0xFE70 && c.unicode() <= 0xFEFF))
            return true;
    }
    return false;
}

QString withoutMarks(QString text)
{
    static const QRegularExpression marks(QStringLiteral("[\\x{064B}-\\x{065F}\\x{0670}]"));
    return text.remove(marks);
}

} // namespace

void tst_PdfTextLayer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The fixture's Arabic titles: edits to the Sharaka data change nothing here.
    QCOMPARE(testing::fixtureProblems(), QString());
    m_dataset = testing::fixtureDataset();
    QCOMPARE(m_dataset.charts.size(), 2);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils is not installed");
}

QString tst_PdfTextLayer::extract(const QByteArray &pdf, const QString &name) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    return extractFile(path);
}

QString tst_PdfTextLayer::extractFile(const QString &path) const
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

void tst_PdfTextLayer::searchableText_data()
{
    QTest::addColumn<QString>("glyph");
    QTest::addColumn<QString>("text");
    // Contextual forms give their letter.
    QTest::newRow("sheen initial") << QStringLiteral("\uFEB7") << QStringLiteral("\u0634");
    QTest::newRow("teh marbuta final") << QStringLiteral("\uFE94") << QStringLiteral("\u0629");
    QTest::newRow("letter as is") << QStringLiteral("\u0627") << QStringLiteral("\u0627");
    // Lam-alef: lam then alef when read, so alef then lam left to right.
    QTest::newRow("lam-alef") << QStringLiteral("\uFEFB") << QStringLiteral("\u0627\u0644");
    QTest::newRow("lam-alef hamza final")
        << QStringLiteral("\uFEF8") << QStringLiteral("\u0623\u0644");
    // Several letters Qt gave one glyph, or a map already rewritten, stay as they are.
    QTest::newRow("two letters") << QStringLiteral("\u0627\u0644")
                                 << QStringLiteral("\u0627\u0644");
    // Marks have no text of their own, alone or in their spacing forms.
    QTest::newRow("damma") << QStringLiteral("\u064F") << QString();
    QTest::newRow("shadda") << QStringLiteral("\u0651") << QString();
    QTest::newRow("fathatan isolated") << QStringLiteral("\uFE70") << QString();
    QTest::newRow("dagger alif") << QStringLiteral("\u0670") << QString();
    // Latin ligatures give their letters, left to right.
    QTest::newRow("fi") << QStringLiteral("\uFB01") << QStringLiteral("fi");
    // Everything else stays as Qt mapped it, no-break space included.
    QTest::newRow("no-break space") << QStringLiteral("\u00A0") << QStringLiteral("\u00A0");
    QTest::newRow("apostrophe") << QStringLiteral("\u2019") << QStringLiteral("\u2019");
    QTest::newRow("latin") << QStringLiteral("e") << QStringLiteral("e");
    QTest::newRow("nothing") << QString() << QString();
}

void tst_PdfTextLayer::searchableText()
{
    QFETCH(QString, glyph);
    QFETCH(QString, text);
    QCOMPARE(ToUnicodeMap::searchableText(glyph), text);
}

void tst_PdfTextLayer::toUnicodeMap_readsBothRangeFormsAndWritesThemBack()
{
    // As Qt writes it, plus the other forms the format allows.
    const QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 "
                            ">> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
                            "2 beginbfrange\n<0000> <0000> <0000>\n"
                            "<0001> <0004> [<FEB7> <FEAE> <0627> <FEFB>]\nendbfrange\n"
                            "1 beginbfrange\n<0010> <0012> <0041>\nendbfrange\n"
                            "2 beginbfchar\n<0020> <064F>\n<0021> <0066006C>\nendbfchar\n"
                            "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    ToUnicodeMap map;
    QVERIFY(map.read(cmap));
    QCOMPARE(map.size(), 10);
    QCOMPARE(map.text(1), QStringLiteral("\uFEB7"));
    QCOMPARE(map.text(4), QStringLiteral("\uFEFB"));
    QCOMPARE(map.text(0x12), QStringLiteral("C"));
    QCOMPARE(map.text(0x21), QStringLiteral("fl"));
    QVERIFY(map.makeSearchable());
    QVERIFY(!map.makeSearchable()); // nothing left to change

    ToUnicodeMap again;
    QVERIFY(again.read(map.write()));
    QCOMPARE(again.size(), 10);
    QCOMPARE(again.text(1), QStringLiteral("\u0634"));
    QCOMPARE(again.text(2), QStringLiteral("\u0631"));
    QCOMPARE(again.text(3), QStringLiteral("\u0627"));
    QCOMPARE(again.text(4), QStringLiteral("\u0627\u0644"));
    QCOMPARE(again.text(0x10), QStringLiteral("A"));
    QCOMPARE(again.text(0x20), QString());
    QCOMPARE(again.text(0x21), QStringLiteral("fl"));
    QVERIFY(map.write().contains("<0020> <>\n"));
}

void tst_PdfTextLayer::toUnicodeMap_rejectsWhatItDoesNotUnderstand_data()
{
    QTest::addColumn<QByteArray>("cmap");
    const QByteArray space = "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no mappings") << space;
    QTest::newRow("no code space") << QByteArray("1 beginbfchar\n<0001> <0041>\nendbfchar\n");
    QTest::newRow("range backwards")
        << QByteArray(space + "1 beginbfrange\n<0005> <0001> <0041>\nendbfrange\n");
    QTest::newRow("range of every code")
        << QByteArray("1 begincodespacerange\n<00000000> <FFFFFFFF>\nendcodespacerange\n"
                      "1 beginbfrange\n<00000000> <FFFFFFFF> <0041>\nendbfrange\n");
    QTest::newRow("array longer than its range")
        << QByteArray(space + "1 beginbfrange\n<0001> <0001> [<0041> <0042>]\nendbfrange\n");
    QTest::newRow("cut short") << QByteArray(space + "1 beginbfchar\n<0001>");
    QTest::newRow("name for a target")
        << QByteArray(space + "1 beginbfchar\n<0001> /A\nendbfchar\n");
}

void tst_PdfTextLayer::toUnicodeMap_rejectsWhatItDoesNotUnderstand()
{
    QFETCH(QByteArray, cmap);
    ToUnicodeMap map;
    QVERIFY(!map.read(cmap));
}

void tst_PdfTextLayer::arabicChartPdf_extractsItsTitleAsLetters()
{
    const ChartExporter exporter(m_dataset);
    ExportOptions options;
    options.size = QSize(1200, 700);
    for (const ChartSpec &chart : std::as_const(m_dataset.charts)) {
        const ChartExporter::Encoded encoded =
            exporter.encode(chart.id, Language::Arabic, ExportFormat::Pdf, options);
        QVERIFY2(encoded.ok(), qPrintable(encoded.error));
        const QString text = extract(encoded.bytes, chart.id + QStringLiteral(".pdf"));
        QVERIFY(!text.isEmpty());
        QVERIFY2(!hasPresentationForms(text), qPrintable(text));
        const QString title = withoutMarks(chart.title.text(Language::Arabic));
        QVERIFY(!title.isEmpty());
        QVERIFY2(withoutBidiControls(text).simplified().contains(title),
                 qPrintable(title + QStringLiteral(" not in:\n") + text));
        // The source line under the plot, in Arabic.
        QVERIFY2(text.contains(QStringLiteral("المصادر")), qPrintable(text));
    }
}

void tst_PdfTextLayer::latinChartPdf_isLeftAsQtWroteIt()
{
    ExportOptions options;
    options.size = QSize(800, 450);
    const QString chartId = m_dataset.charts.constFirst().id;
    const ChartExporter::Encoded encoded =
        ChartExporter(m_dataset).encode(chartId, Language::English, ExportFormat::Pdf, options);
    QVERIFY(encoded.ok());
    // Nothing to remap in Latin text: the bytes pass through untouched.
    QCOMPARE(PdfTextLayer::searchable(encoded.bytes), encoded.bytes);
    QVERIFY(encoded.bytes.startsWith("%PDF-1.4"));
    QVERIFY(!encoded.bytes.contains("qpdf"));
}

void tst_PdfTextLayer::notAPdf_isReported()
{
    QString error;
    QCOMPARE(PdfTextLayer::searchable("not a PDF at all", &error), QByteArray());
    QVERIFY2(error.startsWith(QStringLiteral("Cannot make the PDF's text searchable: ")),
             qPrintable(error));
    const QString path = m_dir.filePath(QStringLiteral("broken.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4 cut short");
    file.close();
    QVERIFY(PdfTextLayer::makeFileSearchable(path).startsWith(
        QStringLiteral("Cannot write %1: Cannot make the PDF's text searchable: ").arg(path)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("%PDF-1.4 cut short")); // left as it was
    QCOMPARE(PdfTextLayer::makeFileSearchable(m_dir.filePath(QStringLiteral("missing.pdf"))),
             QStringLiteral("Cannot write %1: file does not exist")
                 .arg(m_dir.filePath(QStringLiteral("missing.pdf"))));
}

void tst_PdfTextLayer::file_isRewrittenInPlace()
{
    // What print to file does after Qt has written the PDF.
    const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
    {
        QPdfWriter writer(path);
        QPainter painter(&writer);
        QFont font = painter.font();
        font.setPointSize(20);
        painter.setFont(font);
        painter.drawText(QPointF(200, 400), QStringLiteral("شراكة في تونس"));
    }
    const QString before = extractFile(path);
    QVERIFY2(hasPresentationForms(before), qPrintable(before)); // as Qt writes it
    QVERIFY(!before.contains(QStringLiteral("شراكة")));

    QCOMPARE(PdfTextLayer::makeFileSearchable(path), QString());
    const QString after = withoutBidiControls(extractFile(path));
    QVERIFY2(!hasPresentationForms(after), qPrintable(after));
    QVERIFY2(after.contains(QStringLiteral("شراكة في تونس")), qPrintable(after));
    QVERIFY(QDir(m_dir.path())
                .entryList(QDir::Files | QDir::Hidden)
                .filter(QStringLiteral("printed")) ==
            QStringList{QStringLiteral("printed.pdf")}); // no temporary file left
}

QTEST_MAIN(tst_PdfTextLayer)
#include "tst_pdftextlayer.moc"
