// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/programrun.h"
#include "support/iatigenerator.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace sharaka::test;

/// Hostile IATI files through the built program's --check: large ones are
/// made here, at test time. Each must end in a clear result without taking
/// the time or memory of the whole file, and print at most a capped list.
class tst_HostileIati : public QObject
{
    Q_OBJECT

private slots:
    // First: it reads the peak memory of the program's runs so far.
    void check100000Activities_streamsAndCapsProblems();
    void text96MiB_refusedEarly();
    void doctypeAfterRoot_errorWithoutOk();
    void utf16WithAndWithoutBom_bothOpen();
    void repeatedIdentifier_secondChosenByPosition();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    ProgramRun check(const QStringList &arguments) const
    {
        // Generous: the sanitizer build is many times slower.
        return runProgram(QStringList{QStringLiteral("--check")} + arguments,
                          noDisplayEnvironment(), m_dir.path(), 900000);
    }
    static bool underSanitizer() { return qEnvironmentVariableIsSet("ASAN_OPTIONS"); }
    /// Peak resident memory of the largest program run so far, in MiB.
    static qint64 childrenPeakMiB()
    {
        rusage usage{};
        getrusage(RUSAGE_CHILDREN, &usage);
        return qint64(usage.ru_maxrss) / 1024; // Linux counts in KiB
    }
    static QByteArray activity(int number, const QByteArray &identifier, const QByteArray &title)
    {
        return "<iati-activity><iati-identifier>" + identifier +
               "</iati-identifier><title><narrative>" + title +
               "</narrative></title><x-hostile n=\"" + QByteArray::number(number) +
               "\"/><activity-date type=\"2\" iso-date=\"2020-01-01\"/><recipient-country "
               "code=\"KE\"/></iati-activity>\n";
    }

    QTemporaryDir m_dir;
};

void tst_HostileIati::check100000Activities_streamsAndCapsProblems()
{
    constexpr int Activities = 100000;
    QFile file(path(QStringLiteral("many.xml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<iati-activities version=\"2.03\">\n");
    for (int i = 0; i < Activities; ++i) {
        file.write(activity(i, "XM-TEST-" + QByteArray::number(i),
                            "Activity " + QByteArray::number(i) + " of many"));
    }
    file.write("</iati-activities>\n");
    file.close();

    const ProgramRun run = check({QStringLiteral("many.xml")});
    QCOMPARE(run.exitCode, 0);
    const QStringList out = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(out.size(), Activities);
    QVERIFY2(out.constLast().startsWith(
                 QStringLiteral("many.xml: activity \"XM-TEST-99999\": OK (countries: 1, ")),
             qPrintable(out.constLast()));
    // One warning per activity (an element the dashboard does not know), capped.
    const QStringList err = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(err.size(), 201);
    QCOMPARE(err.constLast(), QStringLiteral("many.xml: and 99800 more problems"));
    // Keeping every activity took 512 MB; one at a time stays far below.
    if (!underSanitizer())
        QVERIFY2(childrenPeakMiB() < 100, qPrintable(QString::number(childrenPeakMiB())));
}

void tst_HostileIati::text96MiB_refusedEarly()
{
    QFile file(path(QStringLiteral("long-text.xml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(sharaka::testing::writeIatiFileWithLongTitle(file, 96));
    file.close();
    const ProgramRun run = check({QStringLiteral("long-text.xml")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.startsWith(QStringLiteral("long-text.xml:1:")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral(": a single text, comment or tag is longer than 16 "
                                             "MiB; no published activity has one, so the file is "
                                             "refused")),
             qPrintable(run.err));
    // 361 MiB before; the text is refused once 16 MiB of it are in.
    if (!underSanitizer())
        QVERIFY2(childrenPeakMiB() < 300, qPrintable(QString::number(childrenPeakMiB())));
}

void tst_HostileIati::doctypeAfterRoot_errorWithoutOk()
{
    QFile file(path(QStringLiteral("doctype.xml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<iati-activities version=\"2.03\">\n" + activity(0, "XM-1", "T") +
               "</iati-activities>\n<!DOCTYPE iati-activities>\n");
    file.close();
    const ProgramRun run = check({QStringLiteral("doctype.xml")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(
                 QStringLiteral("doctype.xml:4:27: document type declarations (DTDs) are refused")),
             qPrintable(run.err));
}

void tst_HostileIati::utf16WithAndWithoutBom_bothOpen()
{
    const QString text = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"
                                        "<iati-activities version=\"2.03\">") +
                         QString::fromUtf8(activity(0, "XM-1", "Eau")) +
                         QStringLiteral("</iati-activities>\n");
    const QByteArray littleEndian(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    for (const auto &[name, bytes] :
         {std::pair{QStringLiteral("bom.xml"), QByteArray("\xFF\xFE") + littleEndian},
          std::pair{QStringLiteral("nobom.xml"), littleEndian}}) {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const ProgramRun run = check({name});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(name + QStringLiteral(": OK (countries: 1, ")),
                 qPrintable(run.out));
        QCOMPARE(run.out.count(QLatin1Char('\n')), 1);
    }
}

void tst_HostileIati::repeatedIdentifier_secondChosenByPosition()
{
    QFile file(path(QStringLiteral("repeated.xml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<iati-activities version=\"2.03\">\n" + activity(0, "XM-A", "First") +
               activity(1, "XM-B", "Other") + activity(2, "XM-A", "Second") +
               "</iati-activities>\n");
    file.close();
    const ProgramRun ambiguous = check(
        {QStringLiteral("repeated.xml"), QStringLiteral("--activity"), QStringLiteral("XM-A")});
    QCOMPARE(ambiguous.exitCode, 1);
    QVERIFY2(ambiguous.err.startsWith(QStringLiteral(
                 "repeated.xml: 2 activities have iati-identifier \"XM-A\" (at positions 1, 3); "
                 "choose one with --activity-index\n")),
             qPrintable(ambiguous.err));

    const ProgramRun converted =
        runProgram({QStringLiteral("--convert"), QStringLiteral("repeated.xml"),
                    QStringLiteral("--activity-index"), QStringLiteral("3"), QStringLiteral("--to"),
                    QStringLiteral("second.json")},
                   noDisplayEnvironment(), m_dir.path());
    QCOMPARE(converted.exitCode, 0);
    QFile json(path(QStringLiteral("second.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QByteArray written = json.readAll();
    QVERIFY(written.contains("\"Second\""));
    QVERIFY(!written.contains("\"First\""));

    const ProgramRun badIndex = check(
        {QStringLiteral("repeated.xml"), QStringLiteral("--activity-index"), QStringLiteral("0")});
    QCOMPARE(badIndex.exitCode, 2);
    QVERIFY2(badIndex.err.contains(
                 QStringLiteral("--activity-index takes a whole number from 1, not \"0\".")),
             qPrintable(badIndex.err));
}

QTEST_GUILESS_MAIN(tst_HostileIati)

#include "tst_hostileiati.moc"
