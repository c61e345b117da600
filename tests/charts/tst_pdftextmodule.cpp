// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/chartexporter.h"
#include "charts/pdftextlayer.h"
#include "common/programrun.h"
#include "support/fixturedataset.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sharaka;

/// The qpdf module behind PdfTextLayer: not in the process before the first
/// PDF, and when it cannot be loaded, every PDF fails with a message naming
/// it instead of being written without its searchable text.
class tst_PdfTextModule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void qpdf_isNotLoadedBeforeTheFirstPdf();
    void missingModule_failsEveryPdfNamingIt();
    void moduleWithoutTheEntryPoint_isRefused();
    void missingModule_failsTheCommandLineExport();
    void module_isLoadedOnceItIsThere();
    void cleanup();

private:
    QByteArray arabicPdf() const;
    QString missingModule() const;

    QTemporaryDir m_dir;
};

namespace {

const char ModuleVariable[] = "SHARAKA_PDFTEXT_MODULE";

/// The files mapped into this process whose names contain @p part.
QStringList mappedFiles(const QString &part)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot read /proc/self/maps")};
    QStringList files;
    const QStringList lines = QString::fromUtf8(maps.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const qsizetype slash = line.indexOf(QLatin1Char('/'));
        const QString file = slash < 0 ? QString() : line.mid(slash);
        if (file.contains(part) && !files.contains(file))
            files.append(file);
    }
    return files;
}

QString loadError(const QString &module, const QString &reason)
{
    return QStringLiteral("Cannot make the PDF's text searchable: Cannot load %1: %2")
        .arg(module, reason);
}

QString missingError(const QString &module)
{
    return loadError(module, QStringLiteral("file does not exist"));
}

} // namespace

void tst_PdfTextModule::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(testing::fixtureProblems(), QString());
}

void tst_PdfTextModule::cleanup()
{
    qunsetenv(ModuleVariable);
}

QByteArray tst_PdfTextModule::arabicPdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        painter.drawText(QPointF(200, 400), QStringLiteral("شراكة في تونس"));
    }
    return bytes;
}

QString tst_PdfTextModule::missingModule() const
{
    return m_dir.filePath(QStringLiteral("nowhere/libsharaka_pdftext.so"));
}

void tst_PdfTextModule::qpdf_isNotLoadedBeforeTheFirstPdf()
{
    // This test links the charts library, as the program does.
    QVERIFY(!mappedFiles(QStringLiteral("libQt6Core")).isEmpty()); // the check sees libraries
    QCOMPARE(mappedFiles(QStringLiteral("libqpdf")), QStringList());
    QCOMPARE(mappedFiles(QStringLiteral("libgnutls")), QStringList());
    QCOMPARE(mappedFiles(QStringLiteral("libsharaka_pdftext")), QStringList());
}

void tst_PdfTextModule::missingModule_failsEveryPdfNamingIt()
{
    qputenv(ModuleVariable, missingModule().toUtf8());
    QString error;
    QCOMPARE(PdfTextLayer::searchable(arabicPdf(), &error), QByteArray());
    QCOMPARE(error, missingError(missingModule()));

    // A chart export, Latin text included: without qpdf nothing tells
    // whether a PDF needs its text mapped.
    const Dataset dataset = testing::fixtureDataset();
    QVERIFY(!dataset.charts.isEmpty());
    const ChartExporter::Encoded encoded = ChartExporter(dataset).encode(
        dataset.charts.constFirst().id, Language::English, ExportFormat::Pdf, ExportOptions());
    QVERIFY(!encoded.ok());
    QCOMPARE(encoded.error, missingError(missingModule()));
    QCOMPARE(encoded.bytes, QByteArray());

    // Print to file: the file Qt wrote is left as it was.
    const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray printed = arabicPdf();
    file.write(printed);
    file.close();
    QCOMPARE(PdfTextLayer::makeFileSearchable(path),
             QStringLiteral("Cannot write %1: %2").arg(path, missingError(missingModule())));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), printed);
}

void tst_PdfTextModule::moduleWithoutTheEntryPoint_isRefused()
{
    // A library that loads but is not the module (one from an older build
    // would lack this entry point's version as well).
    const QStringList core = mappedFiles(QStringLiteral("libQt6Core.so"));
    QCOMPARE(core.size(), 1);
    qputenv(ModuleVariable, core.constFirst().toUtf8());
    QString error;
    QCOMPARE(PdfTextLayer::searchable(arabicPdf(), &error), QByteArray());
    QCOMPARE(error, loadError(core.constFirst(),
                              QStringLiteral("not the PDF text module of this version")));

    // A file that is no library at all: the loader's own reason.
    const QString notALibrary = m_dir.filePath(QStringLiteral("libsharaka_pdftext.so"));
    QFile file(notALibrary);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a library");
    file.close();
    qputenv(ModuleVariable, notALibrary.toUtf8());
    QCOMPARE(PdfTextLayer::searchable(arabicPdf(), &error), QByteArray());
    QVERIFY2(error.startsWith(
                 QStringLiteral("Cannot make the PDF's text searchable: Cannot load library %1: ")
                     .arg(notALibrary)),
             qPrintable(error));
}

void tst_PdfTextModule::missingModule_failsTheCommandLineExport()
{
    QProcessEnvironment env = test::noDisplayEnvironment();
    env.insert(QString::fromLatin1(ModuleVariable), missingModule());
    const QString output = m_dir.filePath(QStringLiteral("chart.pdf"));
    const Dataset dataset = testing::fixtureDataset();
    const test::ProgramRun run = test::runProgram(
        {QStringLiteral("--data"), testing::fixturePath(), QStringLiteral("--export"), output,
         QStringLiteral("--chart"), dataset.charts.constFirst().id},
        env);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(missingError(missingModule())), qPrintable(run.err));
    QVERIFY(!QFile::exists(output));
}

void tst_PdfTextModule::module_isLoadedOnceItIsThere()
{
    // After the failures above: the next PDF tries again, from the build tree.
    QString error;
    const QByteArray searchable = PdfTextLayer::searchable(arabicPdf(), &error);
    QCOMPARE(error, QString());
    QVERIFY(searchable.startsWith("%PDF-"));
    QVERIFY(searchable != arabicPdf()); // its glyph maps rewritten
    QCOMPARE(mappedFiles(QStringLiteral("libsharaka_pdftext")).size(), 1);
    QVERIFY(!mappedFiles(QStringLiteral("libqpdf")).isEmpty());
}

QTEST_MAIN(tst_PdfTextModule)
#include "tst_pdftextmodule.moc"
