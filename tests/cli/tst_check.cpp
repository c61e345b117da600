// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/catalogue.h"
#include "common/programrun.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

/// `sharaka-dashboard --check FILE` as a user runs it, with no display: one
/// bad file per validation rule, each with its exact message and status 1,
/// and valid variants with status 0.
class tst_Check : public QObject
{
    Q_OBJECT

private slots:
    void badFile_printsExactProblemsAndExitsOne_data();
    void badFile_printsExactProblemsAndExitsOne();
    void oversizedFile_isRefusedBeforeParsing();
    void missingFile_namesTheFile();
    void validFile_printsOkWithCounts_data();
    void validFile_printsOkWithCounts();
    void embeddedData_isValid();
    void noValue_isUsageError();
    void withOtherModes_isUsageError_data();
    void withOtherModes_isUsageError();
    void unusualFileName_isPrintedEscaped_data();
    void unusualFileName_isPrintedEscaped();
    void otherLanguage_printsSummaryAndProblemsInIt_data();
    void otherLanguage_printsSummaryAndProblemsInIt();

private:
    using Run = sharaka::test::ProgramRun;
    /// Runs the program in @p folder with no display at all: --check must
    /// not need one.
    static Run check(const QString &folder, const QString &file,
                     const QStringList &more = QStringList())
    {
        return sharaka::test::runProgram(QStringList{QStringLiteral("--check"), file} + more,
                                         sharaka::test::noDisplayEnvironment(), folder);
    }
    static QString invalidDir() { return QStringLiteral(SHARAKA_TEST_DATA_DIR "/invalid"); }
    static QString validDir() { return QStringLiteral(SHARAKA_TEST_DATA_DIR "/valid"); }
};

void tst_Check::badFile_printsExactProblemsAndExitsOne_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("problems");
    const auto row = [](const char *name, QStringList problems) {
        QTest::addRow("%s", name) << QString::fromLatin1(name) + QStringLiteral(".json")
                                  << problems;
    };
    const QString wholeNumber = QStringLiteral("must be a whole number from 0 to 1000000000, got ");

    row("syntax-error", {"syntax-error.json:5:2: unterminated object"});
    row("empty", {"empty.json: file is empty"});
    row("not-utf8", {"not-utf8.json:3:15: file is not valid UTF-8 text"});
    row("deep-nesting", {"deep-nesting.json:1:43: JSON is nested more than 32 levels deep"});
    row("not-an-object", {"not-an-object.json: $: must be an object, got an array"});
    row("wrong-schema", {"wrong-schema.json: $.schema: must be \"sharaka-dashboard-dataset\", "
                         "got \"other-format\""});
    row("unsupported-version", {"unsupported-version.json: $.version: version 2 is not "
                                "supported; this program reads version 1"});
    row("wrong-type", {"wrong-type.json: $.indicators[0].value: " + wholeNumber + "a string"});
    row("missing-field", {"missing-field.json: $.indicators[0].label: required field is missing"});
    row("negative-value", {"negative-value.json: $.indicators[1].value: " + wholeNumber + "-5"});
    row("fractional-value",
        {"fractional-value.json: $.indicators[0].value: " + wholeNumber + "2.5"});
    row("absurd-value",
        {"absurd-value.json: $.indicators[0].value: " + wholeNumber + "1000000000000"});
    row("unknown-qualifier", {"unknown-qualifier.json: $.indicators[1].qualifier: must be "
                              "\"exact\" or \"atLeast\", got \"about\""});
    row("duplicate-id", {"duplicate-id.json: $.indicators[1].id: duplicate indicator id "
                         "\"people-trained\""});
    row("duplicate-country",
        {"duplicate-country.json: $.countries[1].code: duplicate country code \"FR\""});
    row("country-code-shape", {"country-code-shape.json: $.countries[1].code: must be an ISO "
                               "3166-1 alpha-2 code (two capital letters), got \"DEU\""});
    row("invalid-date", {"invalid-date.json: $.milestones[0].date: must be a real date of the "
                         "form YYYY-MM-DD (precision day), got \"2020-02-30\""});
    row("invalid-precision", {"invalid-precision.json: $.milestones[0].precision: must be "
                              "\"year\", \"month\" or \"day\", got \"week\""});
    row("range-ends-before-start", {"range-ends-before-start.json: $.milestones[0].endDate: "
                                    "ends (2020-02-28) before it starts (2020-03-01)"});
    row("unknown-source", {"unknown-source.json: $.milestones[0].sources[1]: refers to unknown "
                           "source id \"memo\""});
    row("unknown-indicator", {"unknown-indicator.json: $.charts[0].indicators[1]: refers to "
                              "unknown indicator id \"arrests\""});
    row("unknown-phase",
        {"unknown-phase.json: $.countries[0].phase: refers to unknown phase id \"second\""});
    row("byte-order-marks",
        {"byte-order-marks.json:1:1: more than one byte-order mark at the start of the file"});
    row("text-too-long", {"text-too-long.json: $.indicators[1].label.en: is 2001 characters long; "
                          "the limit is 2000 characters"});
    // A loose address is encoded or dropped with a warning; only a hostile length is refused.
    row("bad-url", {"bad-url.json: $.sources[0].url: is 2020 characters long; the limit is 2000 "
                    "characters"});
    row("unknown-chart-kind",
        {"unknown-chart-kind.json: $.charts[0].kind: must be \"bar\", \"map\", \"finance\", "
         "\"sectors\" or \"policyMarkers\", got \"pie\""});
    row("headline-not-boolean", {"headline-not-boolean.json: $.indicators[0].headline: must be "
                                 "true or false, got a string"});
    row("no-english", {"no-english.json: $.countries[0].name: must have an English text "
                       "(\"en\"), the fallback for every language"});

    // Every problem is reported, up to 50, then a count of the rest.
    QStringList many;
    for (int i = 0; i < 50; ++i)
        many.append(QStringLiteral("too-many-problems.json: $.indicators[%1].value: ").arg(i) +
                    wholeNumber + QStringLiteral("-1"));
    many.append(QStringLiteral("too-many-problems.json: and 10 more problems"));
    row("too-many-problems", many);
}

void tst_Check::badFile_printsExactProblemsAndExitsOne()
{
    QFETCH(QString, file);
    QFETCH(QStringList, problems);
    const Run result = check(invalidDir(), file);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, problems.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void tst_Check::oversizedFile_isRefusedBeforeParsing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("huge.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    // One byte over 16 MiB; its content would otherwise be valid JSON text.
    const qint64 size = 16 * 1024 * 1024 + 1;
    QVERIFY(file.resize(size));
    file.close();
    const Run result = check(dir.path(), QStringLiteral("huge.json"));
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err, QStringLiteral("huge.json: file is 16777217 bytes; datasets are limited "
                                        "to 16777216 bytes (16 MiB)\n"));
}

void tst_Check::missingFile_namesTheFile()
{
    const Run result = check(invalidDir(), QStringLiteral("no-such-file.json"));
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err, QStringLiteral("no-such-file.json: file does not exist\n"));
}

void tst_Check::validFile_printsOkWithCounts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("counts");
    QTest::addColumn<QStringList>("warnings");
    QTest::addRow("minimal") << "minimal.json"
                             << "countries: 0, indicators: 0, charts: 0, milestones: 0, sources: 1"
                             << QStringList();
    QTest::addRow("UTF-8 byte order mark")
        << "byte-order-mark.json"
        << "countries: 0, indicators: 0, charts: 0, milestones: 0, sources: 1" << QStringList();
    QTest::addRow("optional fields absent")
        << "optional-fields-absent.json"
        << "countries: 2, indicators: 2, charts: 1, milestones: 1, sources: 1" << QStringList();
    QTest::addRow("chart kind and headline")
        << "new-fields.json"
        << "countries: 2, indicators: 2, charts: 1, milestones: 1, sources: 1" << QStringList();
    QTest::addRow("unknown fields")
        << "unknown-fields.json"
        << "countries: 2, indicators: 2, charts: 1, milestones: 1, sources: 1"
        << QStringList{"unknown-fields.json: $.generator: unknown field, ignored",
                       "unknown-fields.json: $.countries[0].population: unknown field, ignored",
                       "unknown-fields.json: $.countries[1].name._comment: is not a language "
                       "code like \"en\", ignored",
                       "unknown-fields.json: $.indicators[0].colour: unknown field, ignored"};
}

void tst_Check::validFile_printsOkWithCounts()
{
    QFETCH(QString, file);
    QFETCH(QString, counts);
    QFETCH(QStringList, warnings);
    const Run result = check(validDir(), file);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("%1: OK (%2)\n").arg(file, counts));
    QCOMPARE(result.err,
             warnings.isEmpty() ? QString() : warnings.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

// Keeps the embedded Sharaka data: that the shipped file passes --check is its subject.
void tst_Check::embeddedData_isValid()
{
    const Run result =
        check(QStringLiteral(SHARAKA_SOURCE_DIR "/resources/data"), QStringLiteral("sharaka.json"));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("sharaka.json: OK (countries: 8, indicators: 5, charts: 3, "
                                        "milestones: 9, sources: 12)\n"));
    QCOMPARE(result.err, QString());
}

void tst_Check::noValue_isUsageError()
{
    const Run result = sharaka::test::runProgram({QStringLiteral("--check")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(QLatin1String("Missing value after '--check'")));
}

void tst_Check::withOtherModes_isUsageError_data()
{
    QTest::addColumn<QStringList>("more");
    QTest::addColumn<QString>("error");
    QTest::addRow("--export") << QStringList{"--export", "out.png", "--chart", "training"}
                              << QStringLiteral("--check does not go with --export.\n");
    QTest::addRow("--export-all") << QStringList{"--export-all", "out"}
                                  << QStringLiteral("--check does not go with --export-all.\n");
    QTest::addRow("--data") << QStringList{"--data", "other.json"}
                            << QStringLiteral("--check does not go with --data.\n");
    QTest::addRow("twice") << QStringList{"--check", "minimal.json"}
                           << QStringLiteral("--check is given more than once.\n");
}

void tst_Check::withOtherModes_isUsageError()
{
    QFETCH(QStringList, more);
    QFETCH(QString, error);
    const Run result = check(validDir(), QStringLiteral("minimal.json"), more);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, error);
    QVERIFY(!QFileInfo::exists(validDir() + QStringLiteral("/out.png")));
}

void tst_Check::unusualFileName_isPrintedEscaped_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("printed");
    QTest::addRow("percent signs")
        << QStringLiteral("100%1 %2 sure.json") << QStringLiteral("100%1 %2 sure.json");
    // A name that would clear the screen and fake an OK line if printed raw.
    QTest::addRow("control characters") << QStringLiteral("a\x1b[2J\nfake.json: OK.json")
                                        << QStringLiteral("a\\u001b[2J\\u000afake.json: OK.json");
}

void tst_Check::unusualFileName_isPrintedEscaped()
{
    QFETCH(QString, name);
    QFETCH(QString, printed);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::copy(validDir() + QStringLiteral("/minimal.json"), dir.filePath(name)));
    const Run result = check(dir.path(), name);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, printed + QStringLiteral(": OK (countries: 0, indicators: 0, charts: 0, "
                                                  "milestones: 0, sources: 1)\n"));
    QVERIFY(QFile::remove(dir.filePath(name)));
    const Run missing = check(dir.path(), name);
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(missing.err, printed + QStringLiteral(": file does not exist\n"));
}

void tst_Check::otherLanguage_printsSummaryAndProblemsInIt_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("err");
    // The expected lines come from the catalogue, composed as the program
    // composes them: a wording edit breaks only the translation tests, while
    // English (or another message) in the output still fails here.
    using sharaka::Language;
    using sharaka::test::translated;
    const QString minimal = validDir() + QStringLiteral("/minimal.json");
    QTest::addRow("French summary")
        << "FR" << minimal << 0
        << translated(Language::French, "sharaka::CheckReport",
                      "%1: OK (countries: %2, indicators: %3, charts: %4, milestones: %5, "
                      "sources: %6)")
                   .arg(minimal, QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"),
                        QStringLiteral("0"), QStringLiteral("1")) +
               QLatin1Char('\n')
        << QString();
    const QString missingField = invalidDir() + QStringLiteral("/missing-field.json");
    QTest::addRow("French problem")
        << "fr" << missingField << 1 << QString()
        << missingField + QStringLiteral(": $.indicators[0].label: ") +
               translated(Language::French, "DatasetValidator", "required field is missing") +
               QLatin1Char('\n');
    QTest::addRow("Arabic problem")
        << "ar" << QStringLiteral("no-such-file.json") << 1 << QString()
        << QStringLiteral("no-such-file.json: ") +
               translated(Language::Arabic, "FileCheck", "file does not exist") + QLatin1Char('\n');
}

void tst_Check::otherLanguage_printsSummaryAndProblemsInIt()
{
    QFETCH(QString, language);
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    QFETCH(QString, err);
    const Run result = check(validDir(), file, {QStringLiteral("--lang"), language});
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.out, out);
    QCOMPARE(result.err, err);
}

QTEST_GUILESS_MAIN(tst_Check)
#include "tst_check.moc"
