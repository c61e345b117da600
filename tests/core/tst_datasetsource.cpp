// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/checkcommand.h"
#include "cli/datasetinput.h"
#include "core/io/datasetformat.h"
#include "core/io/datasetloader.h"
#include "core/io/datasetsource.h"
#include "core/io/datasetwriter.h"
#include "core/io/iati/iatiactivityloader.h"
#include "support/iatigenerator.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace sharaka;

/// The one format seam: detectFormat() decides, DatasetSource reads any
/// format for the window and the command line alike, and an IATI file is
/// streamed with progress, cancel, positions for repeated identifiers, and
/// caps on what one file can make the program hold or print.
class tst_DatasetSource : public QObject
{
    Q_OBJECT

private slots:
    void detectFormat_data();
    void detectFormat();
    void utf16Files_openLikeUtf8_data();
    void utf16Files_openLikeUtf8();
    void sameFile_sameDatasetThroughEveryEntry();
    void jsonSource_holdsOneDataset();
    void repeatedIdentifier_toldApartByPosition();
    void positionOutOfRange_isRefused();
    void doctypeAfterRoot_isNotOk();
    void checkEach_keepsNoActivity();
    void manyProblems_cappedWithCount();
    void cancelInsideOneActivity_stopsBeforeItEnds();
    void oversizedText_refusedWhileStreaming();
    void oversizedFile_refusedBeforeReading();

private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return file.fileName();
    }
    static QByteArray activity(const QString &identifier, const QString &title,
                               const QByteArray &extra = {})
    {
        return "<iati-activity><iati-identifier>" + identifier.toUtf8() +
               "</iati-identifier><title><narrative>" + title.toUtf8() +
               "</narrative></title><activity-date type=\"2\" iso-date=\"2020-01-01\"/>" + extra +
               "</iati-activity>";
    }
    static QByteArray activities(const QByteArray &body)
    {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\">" +
               body + "</iati-activities>\n";
    }

    QTemporaryDir m_dir;
};

void tst_DatasetSource::detectFormat_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<DatasetFormat>("format");
    QTest::newRow("JSON") << QByteArray("{\"schema\": 1}") << DatasetFormat::Json;
    QTest::newRow("JSON after white space") << QByteArray(" \n\t[") << DatasetFormat::Json;
    QTest::newRow("empty") << QByteArray() << DatasetFormat::Json;
    QTest::newRow("XML") << QByteArray("<?xml version=\"1.0\"?>") << DatasetFormat::IatiXml;
    QTest::newRow("XML after white space")
        << QByteArray("\r\n  <iati-activities>") << DatasetFormat::IatiXml;
    QTest::newRow("XML after a UTF-8 BOM")
        << QByteArray("\xEF\xBB\xBF\n<a/>") << DatasetFormat::IatiXml;
    QTest::newRow("UTF-16LE with BOM")
        << QByteArray("\xFF\xFE\n\0<\0", 6) << DatasetFormat::IatiXml;
    QTest::newRow("UTF-16BE with BOM") << QByteArray("\xFE\xFF\0<", 4) << DatasetFormat::IatiXml;
    QTest::newRow("UTF-16LE without BOM") << QByteArray("<\0?\0", 4) << DatasetFormat::IatiXml;
    QTest::newRow("UTF-16BE without BOM") << QByteArray("\0<\0?", 4) << DatasetFormat::IatiXml;
    QTest::newRow("UTF-16 JSON") << QByteArray("\xFF\xFE{\0", 4) << DatasetFormat::Json;
    QTest::newRow("text") << QByteArray("hello <") << DatasetFormat::Json;
}

void tst_DatasetSource::detectFormat()
{
    QFETCH(QByteArray, head);
    QFETCH(DatasetFormat, format);
    QCOMPARE(sharaka::detectFormat(head), format);
}

void tst_DatasetSource::utf16Files_openLikeUtf8_data()
{
    QTest::addColumn<QByteArray>("bom");
    QTest::addColumn<bool>("bigEndian");
    QTest::newRow("UTF-16LE with BOM") << QByteArray("\xFF\xFE") << false;
    QTest::newRow("UTF-16LE without BOM") << QByteArray() << false;
    QTest::newRow("UTF-16BE with BOM") << QByteArray("\xFE\xFF") << true;
}

void tst_DatasetSource::utf16Files_openLikeUtf8()
{
    QFETCH(QByteArray, bom);
    QFETCH(bool, bigEndian);
    const QString text = QString::fromUtf8(
        activities(activity(QStringLiteral("XM-1"), QStringLiteral("Qualité de l’eau")))
            .replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\""));
    QByteArray utf16;
    for (const QChar c : text) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xFF);
        utf16 += bigEndian ? QByteArray{&high, 1} + QByteArray{&low, 1}
                           : QByteArray{&low, 1} + QByteArray{&high, 1};
    }
    const QString path = write(QStringLiteral("utf16.xml"), bom + utf16);
    const std::unique_ptr<DatasetSource> source = DatasetSource::forFile(path);
    QCOMPARE(source->format(), DatasetFormat::IatiXml);
    const LoadResult result = source->load();
    QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QCOMPARE(result.dataset->project.name.english(), QStringLiteral("Qualité de l’eau"));
}

void tst_DatasetSource::sameFile_sameDatasetThroughEveryEntry()
{
    QFile file(m_dir.filePath(QStringLiteral("three.xml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(testing::writeIatiFile(file, {3, 0}));
    file.close();
    const QString identifier = testing::generatedActivityIdentifier(1);

    // The window reads through DatasetSource; so do --data, --check and --convert.
    const LoadResult window = DatasetSource::forFile(file.fileName())->load(identifier);
    const LoadResult commandLine = loadDatasetInput(file.fileName(), identifier);
    const LoadResult byPosition = DatasetSource::forFile(file.fileName())->load({{}, 2});
    QVERIFY(window.ok());
    QVERIFY(commandLine.ok());
    QVERIFY(byPosition.ok());
    QCOMPARE(DatasetWriter::toJson(*commandLine.dataset), DatasetWriter::toJson(*window.dataset));
    QCOMPARE(DatasetWriter::toJson(*byPosition.dataset), DatasetWriter::toJson(*window.dataset));
    QCOMPARE(window.dataset->project.name.english(), QStringLiteral("Activity 1"));
}

void tst_DatasetSource::jsonSource_holdsOneDataset()
{
    const QString path = QStringLiteral(SHARAKA_TEST_DATA_DIR "/valid/optional-fields-absent.json");
    const std::unique_ptr<DatasetSource> source =
        DatasetSource::forFile(path, QStringLiteral("o.json"));
    QCOMPARE(source->format(), DatasetFormat::Json);
    QVERIFY(source->list().activities.isEmpty());
    const LoadResult viaSource = source->load();
    const LoadResult viaLoader = DatasetLoader::loadFile(path, QStringLiteral("o.json"));
    QVERIFY(viaSource.ok());
    QCOMPARE(DatasetWriter::toJson(*viaSource.dataset), DatasetWriter::toJson(*viaLoader.dataset));
    QCOMPARE(source->load(QStringLiteral("XM-1")).errors,
             QStringList{QStringLiteral("o.json: is not an IATI activity file, so it holds no "
                                        "activities to choose from")});
    qint64 visits = 0;
    const IatiCheckSummary summary =
        source->checkEach([&visits](const QString &, qint64 position, const LoadResult &result) {
            QCOMPARE(position, 1);
            QVERIFY(result.ok());
            ++visits;
        });
    QCOMPARE(visits, 1);
    QCOMPARE(summary.activities, 1);
}

void tst_DatasetSource::repeatedIdentifier_toldApartByPosition()
{
    const QString path =
        write(QStringLiteral("repeated.xml"),
              activities(activity(QStringLiteral("XM-A"), QStringLiteral("First A")) +
                         activity(QStringLiteral("XM-B"), QStringLiteral("Only B")) +
                         activity(QStringLiteral("XM-A"), QStringLiteral("Second A"))));
    const std::unique_ptr<DatasetSource> source =
        DatasetSource::forFile(path, QStringLiteral("repeated.xml"));
    QCOMPARE(source->load(QStringLiteral("XM-A")).errors,
             QStringList{QStringLiteral("repeated.xml: 2 activities have iati-identifier \"XM-A\" "
                                        "(at positions 1, 3); choose one with --activity-index")});
    const LoadResult second = source->load({QStringLiteral("XM-A"), 3});
    QVERIFY2(second.ok(), qPrintable(second.errors.join(QLatin1Char('\n'))));
    QCOMPARE(second.dataset->project.name.english(), QStringLiteral("Second A"));
    QCOMPARE(source->load({{}, 1}).dataset->project.name.english(), QStringLiteral("First A"));
    QCOMPARE(source->load(QStringLiteral("XM-B")).dataset->project.name.english(),
             QStringLiteral("Only B"));
    // A reload after the publisher reordered the file names what changed.
    QCOMPARE(source->load({QStringLiteral("XM-A"), 2}).errors,
             QStringList{QStringLiteral(
                 "repeated.xml: activity 2 has iati-identifier \"XM-B\", not \"XM-A\"")});
}

void tst_DatasetSource::positionOutOfRange_isRefused()
{
    const QString path = write(QStringLiteral("two.xml"),
                               activities(activity(QStringLiteral("XM-A"), QStringLiteral("A")) +
                                          activity(QStringLiteral("XM-B"), QStringLiteral("B"))));
    QCOMPARE(DatasetSource::forFile(path, QStringLiteral("two.xml"))->load({{}, 5}).errors,
             QStringList{QStringLiteral("two.xml: there is no activity 5: the file holds 2 "
                                        "activities")});
}

void tst_DatasetSource::doctypeAfterRoot_isNotOk()
{
    const QString path = write(QStringLiteral("doctype.xml"),
                               activities(activity(QStringLiteral("XM-1"), QStringLiteral("T"))) +
                                   "<!DOCTYPE iati-activities>\n");
    const CheckReport report = checkDatasetFile(path);
    QCOMPARE(report.exitCode, ExitCode::InvalidData);
    QCOMPARE(report.output, QStringList());
    QCOMPARE(report.errors.size(), 1);
    QVERIFY2(report.errors.constFirst().endsWith(
                 QStringLiteral("doctype.xml:3:27: document type declarations (DTDs) are refused")),
             qPrintable(report.errors.constFirst()));
}

void tst_DatasetSource::checkEach_keepsNoActivity()
{
    QFile file(m_dir.filePath(QStringLiteral("many.xml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(testing::writeIatiFile(file, {50, 0}));
    file.close();
    // Each result reaches the visitor while the file is still being read:
    // the reader has not reached the end of the file when the first arrives.
    qint64 visits = 0;
    qint64 bytesAtFirstVisit = -1;
    qint64 lastProgress = 0;
    IatiActivityLoader loader(file.fileName());
    loader.setProgress([&lastProgress](qint64 done, qint64) { lastProgress = done; });
    const IatiCheckSummary summary =
        loader.checkEach([&](const QString &identifier, qint64 position, const LoadResult &result) {
            QCOMPARE(identifier, testing::generatedActivityIdentifier(int(position - 1)));
            QVERIFY(result.ok());
            if (visits++ == 0)
                bytesAtFirstVisit = lastProgress;
        });
    QCOMPARE(visits, 50);
    QCOMPARE(summary.activities, 50);
    QVERIFY(summary.errors.isEmpty());
    QVERIFY(bytesAtFirstVisit < file.size());
}

void tst_DatasetSource::manyProblems_cappedWithCount()
{
    // Every activity has the same problem: no start date.
    QByteArray body;
    for (int i = 0; i < 1000; ++i)
        body += "<iati-activity><iati-identifier>XM-" + QByteArray::number(i) +
                "</iati-identifier><title><narrative>T</narrative></title></iati-activity>";
    const QString path = write(QStringLiteral("undated.xml"), activities(body));
    const CheckReport report = checkDatasetFile(path);
    QCOMPARE(report.exitCode, ExitCode::InvalidData);
    QCOMPARE(report.errors.size(), ProblemLog::MaxReportedPerFile + 1);
    QCOMPARE(
        report.errors.constLast(),
        path + QStringLiteral(": and %1 more problems").arg(1000 - ProblemLog::MaxReportedPerFile));
}

void tst_DatasetSource::cancelInsideOneActivity_stopsBeforeItEnds()
{
    // One activity of 60,000 transactions (about 20 MB): cancelled from the
    // first progress report, which comes while the activity is being read.
    QFile file(m_dir.filePath(QStringLiteral("huge-activity.xml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(testing::writeIatiFile(file, {1, 60000}));
    file.close();
    std::atomic_bool cancelled{false};
    qint64 reports = 0;
    qint64 readWhenCancelled = 0;
    const std::unique_ptr<DatasetSource> source =
        DatasetSource::forFile(file.fileName(), QStringLiteral("huge.xml"));
    source->setCancelFlag(&cancelled);
    source->setProgress([&](qint64 done, qint64 total) {
        QCOMPARE(total, file.size());
        if (reports++ == 0) {
            readWhenCancelled = done;
            cancelled = true;
        }
    });
    const IatiScanResult scan = source->list();
    if (reports == 0)
        QSKIP("The file was read before the first progress report was due.");
    QVERIFY(scan.cancelled);
    QVERIFY(scan.activities.isEmpty());
    QCOMPARE(scan.errors, QStringList{QStringLiteral("huge.xml: reading cancelled")});
    QCOMPARE(reports, 1);
    QVERIFY(readWhenCancelled < file.size());
}

void tst_DatasetSource::oversizedText_refusedWhileStreaming()
{
    QFile file(m_dir.filePath(QStringLiteral("long-text.xml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(testing::writeIatiFileWithLongTitle(file, 20));
    file.close();
    const LoadResult result =
        IatiActivityLoader(file.fileName(), QStringLiteral("long.xml")).load();
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.constFirst().startsWith(QStringLiteral("long.xml:1:")),
             qPrintable(result.errors.constFirst()));
    QVERIFY(result.errors.constFirst().endsWith(
        QStringLiteral(": a single text, comment or tag is longer than 16 MiB; no published "
                       "activity has one, so the file is refused")));
}

void tst_DatasetSource::oversizedFile_refusedBeforeReading()
{
    QFile file(m_dir.filePath(QStringLiteral("endless.xml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<iati-activities version=\"2.03\">");
    // Sparse: takes no disk space.
    QVERIFY(file.resize(IatiActivityReader::MaxFileBytes + 1));
    file.close();
    const QString expected = QStringLiteral("endless.xml: file is larger than 536870912 bytes "
                                            "(512 MiB), the limit for IATI activity files");
    QCOMPARE(DatasetSource::forFile(file.fileName(), QStringLiteral("endless.xml"))->load().errors,
             QStringList{expected});
    QCOMPARE(DatasetSource::forFile(file.fileName(), QStringLiteral("endless.xml"))->list().errors,
             QStringList{expected});
}

QTEST_GUILESS_MAIN(tst_DatasetSource)

#include "tst_datasetsource.moc"
