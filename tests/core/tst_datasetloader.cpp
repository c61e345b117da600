// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/catalogue.h"
#include "core/io/datasetloader.h"
#include "core/io/filecheck.h"
#include "core/textformat.h"
#include "support/fixturedataset.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <sys/stat.h>

using namespace sharaka;

// Its data: inline JSON and the tests' fixture file, never the embedded Sharaka data.
/// Loader behaviour that the --check table does not show: where messages
/// point after the loader reorders data, and the caps on long lists.
class tst_DatasetLoader : public QObject
{
    Q_OBJECT

private slots:
    void references_nameTheirPlaceInTheFile();
    void warnings_areCappedToo();
    void everyKindOfProblem_isReportedTogether();
    void longValues_areCutShortInMessages();
    void validFile_givesNoErrors();
    void byteOrderMarks_moreThanOneIsASyntaxErrorAtLineOne_data();
    void byteOrderMarks_moreThanOneIsASyntaxErrorAtLineOne();
    void longText_isRefusedWithPathAndLimit_data();
    void longText_isRefusedWithPathAndLimit();
    void textAtTheLimit_isAccepted();
    void fifo_isRefusedWithoutBlocking();
    void directory_isRefused();
    void fileCheck_refusesToWriteToSpecialFiles();
    void sourceUrl_mustBeAWebAddress_data();
    void sourceUrl_mustBeAWebAddress();
    void controlCharacters_inQuotedFileContent_areEscaped();
    void percentSignInDisplayName_isKeptLiterally();
    void chartKind_isReadAndBadValuesRefused_data();
    void chartKind_isReadAndBadValuesRefused();
    void headline_isReadAndBadValuesRefused_data();
    void headline_isReadAndBadValuesRefused();
    void fixture_loadsWithItsHeadlineIndicators();
    void deviceThatGrowsWhileRead_isReadWhole();
    void milestoneBound_isReadAndBadValuesRefused_data();
    void milestoneBound_isReadAndBadValuesRefused();
    void milestoneBound_excludesAnEndDate();
    void validatorMessages_areTranslated();
    void validator_checksADatasetFromAnyReader();

private:
    static QJsonObject valid()
    {
        QFile file(QStringLiteral(SHARAKA_TEST_DATA_DIR "/valid/optional-fields-absent.json"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }
    static LoadResult load(const QJsonObject &root)
    {
        return DatasetLoader::loadBytes(QJsonDocument(root).toJson(), QStringLiteral("d.json"));
    }
    /// Loads valid() with @p key of the first element of @p list set to
    /// @p value (left out when undefined); the dataset when that is accepted,
    /// after checking that it was expected to be (@p error empty) and that
    /// no field was taken for an unknown one.
    static std::optional<Dataset> loadOptionalField(const QString &list, const QString &key,
                                                    const QJsonValue &value, const QString &error)
    {
        const LoadResult result = load(value.isUndefined() ? valid() : withFirst(list, key, value));
        const QStringList expected = error.isEmpty() ? QStringList() : QStringList{error};
        if (!QTest::qCompare(result.warnings, QStringList(), "warnings", "none", __FILE__,
                             __LINE__) ||
            !QTest::qCompare(result.errors, expected, "errors", "expected", __FILE__, __LINE__))
            return std::nullopt;
        return result.dataset;
    }
    /// valid() with @p key of the first element of @p list set to @p value.
    static QJsonObject withFirst(const QString &list, const QString &key, const QJsonValue &value)
    {
        QJsonObject root = valid();
        QJsonArray items = root.value(list).toArray();
        QJsonObject first = items.at(0).toObject();
        first.insert(key, value);
        items.replace(0, first);
        root.insert(list, items);
        return root;
    }
};

void tst_DatasetLoader::references_nameTheirPlaceInTheFile()
{
    // Milestones are sorted by date after reading; the message must still
    // point at the second element as written in the file.
    QJsonObject root = valid();
    QJsonArray milestones = root.value(QStringLiteral("milestones")).toArray();
    QJsonObject early = milestones.at(0).toObject();
    early.insert(QStringLiteral("id"), QStringLiteral("early"));
    early.insert(QStringLiteral("date"), QStringLiteral("2020-01-01"));
    early.insert(QStringLiteral("sources"), QJsonArray{QStringLiteral("nowhere")});
    milestones.append(early);
    root.insert(QStringLiteral("milestones"), milestones);

    const LoadResult result = load(root);
    QCOMPARE(result.errors, QStringList{QStringLiteral(
                                "d.json: $.milestones[1].sources[0]: refers to unknown source "
                                "id \"nowhere\"")});
}

void tst_DatasetLoader::warnings_areCappedToo()
{
    QJsonObject root = valid();
    for (int i = 0; i < 60; ++i)
        root.insert(QStringLiteral("extra%1").arg(i, 2, 10, QLatin1Char('0')), i);
    const LoadResult result = load(root);
    QVERIFY(result.ok());
    QCOMPARE(result.warnings.size(), DatasetLoader::MaxReportedProblems + 1);
    QCOMPARE(result.warnings.constFirst(),
             QStringLiteral("d.json: $.extra00: unknown field, ignored"));
    QCOMPARE(result.warnings.constLast(), QStringLiteral("d.json: and 10 more warnings"));
}

void tst_DatasetLoader::everyKindOfProblem_isReportedTogether()
{
    QJsonObject root = valid();
    root.remove(QStringLiteral("project"));
    QJsonArray countries = root.value(QStringLiteral("countries")).toArray();
    countries.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("fr")},
                                 {QStringLiteral("name"), QJsonObject{}}});
    root.insert(QStringLiteral("countries"), countries);
    root.insert(QStringLiteral("charts"), QStringLiteral("none"));
    QJsonArray indicators = root.value(QStringLiteral("indicators")).toArray();
    QJsonObject first = indicators.at(0).toObject();
    first.insert(QStringLiteral("sources"), QJsonArray{QString(), 7});
    indicators.replace(0, first);
    root.insert(QStringLiteral("indicators"), indicators);

    const LoadResult result = load(root);
    QVERIFY(!result.dataset);
    QCOMPARE(result.errors,
             QStringList({
                 QStringLiteral("d.json: $.project: required field is missing"),
                 QStringLiteral("d.json: $.countries[2].code: must be an ISO 3166-1 alpha-2 code "
                                "(two capital letters), got \"fr\""),
                 QStringLiteral("d.json: $.countries[2].name: must have an English text "
                                "(\"en\"), the fallback for every language"),
                 QStringLiteral("d.json: $.indicators[0].sources[0]: must not be empty"),
                 QStringLiteral("d.json: $.indicators[0].sources[1]: must be an id string, got "
                                "a number"),
                 QStringLiteral("d.json: $.charts: must be an array, got a string"),
             }));
}

void tst_DatasetLoader::longValues_areCutShortInMessages()
{
    QJsonObject root = valid();
    QJsonArray countries = root.value(QStringLiteral("countries")).toArray();
    QJsonObject first = countries.at(0).toObject();
    first.insert(QStringLiteral("code"), QString(100000, QLatin1Char('X')));
    countries.replace(0, first);
    root.insert(QStringLiteral("countries"), countries);
    const LoadResult result = load(root);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.constFirst().size(), 400);
    QVERIFY(result.errors.constFirst().startsWith(
        QStringLiteral("d.json: $.countries[0].code: must be an ISO 3166-1 alpha-2 code")));
    QVERIFY(result.errors.constFirst().endsWith(QStringLiteral("XXX\u2026")));
}

void tst_DatasetLoader::validFile_givesNoErrors()
{
    const LoadResult result = load(valid());
    QVERIFY(result.ok());
    QCOMPARE(result.dataset->indicators.constLast().qualifier, Qualifier::AtLeast);
    QCOMPARE(result.dataset->indicators.constFirst().qualifier, Qualifier::Exact);
}

void tst_DatasetLoader::byteOrderMarks_moreThanOneIsASyntaxErrorAtLineOne_data()
{
    QTest::addColumn<int>("marks");
    QTest::addRow("two") << 2;
    // Once enough to overflow the stack of a loader that strips marks by recursion.
    QTest::addRow("a hundred thousand") << 100000;
}

void tst_DatasetLoader::byteOrderMarks_moreThanOneIsASyntaxErrorAtLineOne()
{
    QFETCH(int, marks);
    const QByteArray bytes =
        QByteArray("\xEF\xBB\xBF").repeated(marks) + QJsonDocument(valid()).toJson();
    const LoadResult result = DatasetLoader::loadBytes(bytes, QStringLiteral("d.json"));
    QVERIFY(!result.dataset);
    QCOMPARE(result.errors,
             QStringList{QStringLiteral(
                 "d.json:1:1: more than one byte-order mark at the start of the file")});
}

void tst_DatasetLoader::longText_isRefusedWithPathAndLimit_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("message");
    QTest::addRow("label of 100,000 characters")
        << "indicators"
        << "label" << 100000
        << "d.json: $.indicators[0].label.en: is 100000 characters long; the limit is 2000 "
           "characters";
    QTest::addRow("title one over")
        << "charts"
        << "title" << 2001
        << "d.json: $.charts[0].title.en: is 2001 characters long; the limit is 2000 characters";
    QTest::addRow("description one over")
        << "indicators"
        << "description" << 100001
        << "d.json: $.indicators[0].description.en: is 100001 characters long; the limit is "
           "100000 characters";
}

void tst_DatasetLoader::longText_isRefusedWithPathAndLimit()
{
    QFETCH(QString, list);
    QFETCH(QString, field);
    QFETCH(int, length);
    QFETCH(QString, message);
    const LoadResult result =
        load(withFirst(list, field, QJsonObject{{"en", QString(length, QLatin1Char('a'))}}));
    QVERIFY(!result.dataset);
    QCOMPARE(result.errors, QStringList{message});
}

void tst_DatasetLoader::textAtTheLimit_isAccepted()
{
    // 2000 characters, each outside the Basic Multilingual Plane (two UTF-16 units).
    QString label;
    for (int i = 0; i < 2000; ++i)
        label += QStringLiteral("\U0001F600");
    const LoadResult result = load(withFirst(QStringLiteral("indicators"), QStringLiteral("label"),
                                             QJsonObject{{"en", label}}));
    QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QCOMPARE(result.dataset->indicators.constFirst().label.english(), label);
}

void tst_DatasetLoader::fifo_isRefusedWithoutBlocking()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("pipe.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    QVERIFY(!FileCheck::isReadableRegularFile(path));
    // Opening the FIFO would block this test forever; the check comes first.
    const LoadResult result = DatasetLoader::loadFile(path, QStringLiteral("pipe.json"));
    QVERIFY(!result.dataset);
    QCOMPARE(result.errors, QStringList{QStringLiteral(
                                "pipe.json: is not a regular file (a pipe, socket or device); "
                                "only regular files are read")});
    // The same through a symbolic link.
    const QString link = dir.filePath(QStringLiteral("link.json"));
    QVERIFY(QFile::link(path, link));
    QCOMPARE(DatasetLoader::loadFile(link, QStringLiteral("link.json")).errors,
             QStringList{QStringLiteral(
                 "link.json: is not a regular file (a pipe, socket or device); only regular "
                 "files are read")});
}

void tst_DatasetLoader::directory_isRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(!FileCheck::isReadableRegularFile(dir.path()));
    const LoadResult result = DatasetLoader::loadFile(dir.path(), QStringLiteral("folder"));
    QCOMPARE(result.errors, QStringList{QStringLiteral("folder: is a folder, not a dataset file")});

    // A symbolic link to a regular file is read.
    const QString file = QStringLiteral(SHARAKA_TEST_DATA_DIR "/valid/minimal.json");
    const QString link = dir.filePath(QStringLiteral("minimal.json"));
    QVERIFY(QFile::link(file, link));
    QVERIFY(FileCheck::isReadableRegularFile(link));
    QVERIFY(DatasetLoader::loadFile(link).ok());
}

void tst_DatasetLoader::fileCheck_refusesToWriteToSpecialFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fifo = dir.filePath(QStringLiteral("pipe.png"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QCOMPARE(FileCheck::writeProblem(fifo),
             QStringLiteral("is not a regular file (a pipe, socket or device); only regular "
                            "files are written"));
    QCOMPARE(FileCheck::writeProblem(QStringLiteral("/dev/null")), FileCheck::writeProblem(fifo));
    QCOMPARE(FileCheck::writeProblem(dir.path()), QStringLiteral("is a folder"));
    QCOMPARE(FileCheck::writeProblem(dir.filePath(QStringLiteral("new.png"))), QString());
    const QString dangling = dir.filePath(QStringLiteral("dangling.png"));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere.png")), dangling));
    QCOMPARE(FileCheck::writeProblem(dangling),
             QStringLiteral("is a symbolic link to a file that does not exist"));
    QCOMPARE(FileCheck::writeProblem(QStringLiteral(SHARAKA_TEST_DATA_DIR "/valid/minimal.json")),
             QString());
}

void tst_DatasetLoader::sourceUrl_mustBeAWebAddress_data()
{
    QTest::addColumn<QString>("url");
    // The address kept: the same, percent-encoded, or none (the source has no link).
    QTest::addColumn<QString>("kept");
    QTest::addRow("https") << "https://example.org/a/b?c=d&e=f#g"
                           << "https://example.org/a/b?c=d&e=f#g";
    QTest::addRow("http with port") << "http://example.org:8080/"
                                    << "http://example.org:8080/";
    QTest::addRow("percent-encoded quote") << "https://example.org/it%27s"
                                           << "https://example.org/it%27s";
    QTest::addRow("breaks out of an attribute")
        << "https://example.org/' href='file:///etc/passwd"
        << "https://example.org/%27%20href=%27file:///etc/passwd";
    QTest::addRow("single quote") << "https://example.org/it's"
                                  << "https://example.org/it%27s";
    QTest::addRow("double quote") << "https://example.org/\"x\""
                                  << "https://example.org/%22x%22";
    QTest::addRow("angle bracket") << "https://example.org/<script>"
                                   << "https://example.org/%3Cscript%3E";
    QTest::addRow("accent and space") << "https://example.org/rapport final é.pdf"
                                      << "https://example.org/rapport%20final%20%C3%A9.pdf";
    QTest::addRow("space in the host") << "https://exa mple.org/"
                                       << "";
    QTest::addRow("no host") << "https:///etc/passwd"
                             << "";
    QTest::addRow("file") << "file:///etc/passwd"
                          << "";
    QTest::addRow("javascript") << "javascript:alert(1)"
                                << "";
    QTest::addRow("relative") << "//example.org/"
                              << "";
    QTest::addRow("no scheme") << "www.example.org/report.pdf"
                               << "";
    QTest::addRow("control character") << "https://example.org/\x1b[2J"
                                       << "https://example.org/%1B[2J";
}

void tst_DatasetLoader::sourceUrl_mustBeAWebAddress()
{
    QFETCH(QString, url);
    QFETCH(QString, kept);
    const LoadResult result =
        load(withFirst(QStringLiteral("sources"), QStringLiteral("url"), url));
    // A loose address never refuses the file.
    QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QCOMPARE(result.dataset->sources.constFirst().url, kept);
    if (kept == url) {
        QCOMPARE(result.warnings, QStringList());
        return;
    }
    const QString quoted = TextFormat::escapeControl(url);
    QCOMPARE(result.warnings,
             QStringList{kept.isEmpty()
                             ? QStringLiteral("d.json: $.sources[0].url: \"%1\" is not an http or "
                                              "https address; the source is listed without a link")
                                   .arg(quoted)
                             : QStringLiteral("d.json: $.sources[0].url: \"%1\" is not a strict "
                                              "web address; linked as \"%2\"")
                                   .arg(quoted, kept)});
}

void tst_DatasetLoader::controlCharacters_inQuotedFileContent_areEscaped()
{
    QJsonObject root = valid();
    root.insert(QStringLiteral("\x1b[2J\rok.json: OK\n"), 1);
    const LoadResult result = load(root);
    QVERIFY(result.ok());
    QCOMPARE(result.warnings, QStringList{QStringLiteral(
                                  "d.json: $.\\u001b[2J\\u000dok.json: OK\\u000a: unknown field, "
                                  "ignored")});

    // Values quoted in errors too, and C1 controls.
    const LoadResult bad = load(withFirst(QStringLiteral("indicators"), QStringLiteral("qualifier"),
                                          QStringLiteral("x\u009by")));
    QCOMPARE(bad.errors,
             QStringList{QStringLiteral("d.json: $.indicators[0].qualifier: must be \"exact\" or "
                                        "\"atLeast\", got \"x\\u009by\"")});

    QCOMPARE(TextFormat::escapeControl(QStringLiteral("a\tb\u2028c\u007f")),
             QStringLiteral("a\\u0009b\\u2028c\\u007f"));
    // Arabic text and bidi marks are not control characters.
    const QString arabic = QStringLiteral("\u0634\u0631\u0627\u0643\u0629\u200e");
    QCOMPARE(TextFormat::escapeControl(arabic), arabic);
}

void tst_DatasetLoader::percentSignInDisplayName_isKeptLiterally()
{
    const QString name = QStringLiteral("100%1 %2 data.json");
    const LoadResult result = DatasetLoader::loadBytes(
        QJsonDocument(withFirst(QStringLiteral("indicators"), QStringLiteral("value"), -5))
            .toJson(),
        name);
    QCOMPARE(result.errors,
             QStringList{name + QStringLiteral(": $.indicators[0].value: must be a whole number "
                                               "from 0 to 1000000000, got -5")});
    QCOMPARE(DatasetLoader::loadBytes("{\n  \"schema\": ", name).errors,
             QStringList{name + QStringLiteral(":2:12: unterminated object")});
    QCOMPARE(DatasetLoader::loadBytes("", name).errors,
             QStringList{name + QStringLiteral(": file is empty")});
}

void tst_DatasetLoader::chartKind_isReadAndBadValuesRefused_data()
{
    QTest::addColumn<QJsonValue>("kind");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("error");
    QTest::addRow("absent") << QJsonValue(QJsonValue::Undefined) << int(ChartKind::Bar)
                            << QString();
    QTest::addRow("bar") << QJsonValue(QStringLiteral("bar")) << int(ChartKind::Bar) << QString();
    QTest::addRow("map") << QJsonValue(QStringLiteral("map")) << int(ChartKind::Map) << QString();
    QTest::addRow("pie") << QJsonValue(QStringLiteral("pie")) << 0
                         << "d.json: $.charts[0].kind: must be \"bar\", \"map\", \"finance\", "
                            "\"sectors\" or \"policyMarkers\", got \"pie\"";
    QTest::addRow("capitalized") << QJsonValue(QStringLiteral("Map")) << 0
                                 << "d.json: $.charts[0].kind: must be \"bar\", \"map\", "
                                    "\"finance\", \"sectors\" or \"policyMarkers\", got \"Map\"";
    QTest::addRow("number") << QJsonValue(2) << 0
                            << "d.json: $.charts[0].kind: must be a string, got a number";
}

void tst_DatasetLoader::chartKind_isReadAndBadValuesRefused()
{
    QFETCH(QJsonValue, kind);
    QFETCH(int, expected);
    QFETCH(QString, error);
    const auto data =
        loadOptionalField(QStringLiteral("charts"), QStringLiteral("kind"), kind, error);
    QCOMPARE(data.has_value(), error.isEmpty());
    if (data)
        QCOMPARE(int(data->charts.constFirst().kind), expected);
}

void tst_DatasetLoader::headline_isReadAndBadValuesRefused_data()
{
    QTest::addColumn<QJsonValue>("headline");
    QTest::addColumn<bool>("expected");
    QTest::addColumn<QString>("error");
    QTest::addRow("absent") << QJsonValue(QJsonValue::Undefined) << false << QString();
    QTest::addRow("true") << QJsonValue(true) << true << QString();
    QTest::addRow("false") << QJsonValue(false) << false << QString();
    QTest::addRow("string")
        << QJsonValue(QStringLiteral("yes")) << false
        << "d.json: $.indicators[0].headline: must be true or false, got a string";
    QTest::addRow("number") << QJsonValue(1) << false
                            << "d.json: $.indicators[0].headline: must be true or false, got a "
                               "number";
}

void tst_DatasetLoader::headline_isReadAndBadValuesRefused()
{
    QFETCH(QJsonValue, headline);
    QFETCH(bool, expected);
    QFETCH(QString, error);
    const auto data = loadOptionalField(QStringLiteral("indicators"), QStringLiteral("headline"),
                                        headline, error);
    QCOMPARE(data.has_value(), error.isEmpty());
    if (data) {
        QCOMPARE(data->indicators.constFirst().headline, expected);
        QCOMPARE(data->indicators.constLast().headline, false);
    }
}

void tst_DatasetLoader::milestoneBound_isReadAndBadValuesRefused_data()
{
    QTest::addColumn<QJsonValue>("bound");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("shown");
    const QString rule = QStringLiteral(
        "d.json: $.milestones[0].bound: must be \"on\", \"notAfter\" or \"notBefore\", got ");
    QTest::addRow("absent") << QJsonValue(QJsonValue::Undefined) << int(DateBound::On) << QString()
                            << "1 Mar 2020";
    QTest::addRow("on") << QJsonValue(QStringLiteral("on")) << int(DateBound::On) << QString()
                        << "1 Mar 2020";
    QTest::addRow("notAfter") << QJsonValue(QStringLiteral("notAfter")) << int(DateBound::NotAfter)
                              << QString() << "by 1 Mar 2020";
    QTest::addRow("notBefore") << QJsonValue(QStringLiteral("notBefore"))
                               << int(DateBound::NotBefore) << QString()
                               << "on or after 1 Mar 2020";
    QTest::addRow("by") << QJsonValue(QStringLiteral("by")) << 0 << rule + "\"by\"" << QString();
    QTest::addRow("number") << QJsonValue(1) << 0
                            << "d.json: $.milestones[0].bound: must be a string, got a number"
                            << QString();
}

void tst_DatasetLoader::milestoneBound_isReadAndBadValuesRefused()
{
    QFETCH(QJsonValue, bound);
    QFETCH(int, expected);
    QFETCH(QString, error);
    QFETCH(QString, shown);
    const auto data =
        loadOptionalField(QStringLiteral("milestones"), QStringLiteral("bound"), bound, error);
    QCOMPARE(data.has_value(), error.isEmpty());
    if (data) {
        const Milestone &milestone = data->milestones.constFirst();
        QCOMPARE(int(milestone.bound), expected);
        QCOMPARE(TextFormat::milestoneDate(milestone, localeFor(Language::English)), shown);
    }
}

void tst_DatasetLoader::milestoneBound_excludesAnEndDate()
{
    QJsonObject root = withFirst(QStringLiteral("milestones"), QStringLiteral("bound"),
                                 QStringLiteral("notAfter"));
    QJsonArray milestones = root.value(QStringLiteral("milestones")).toArray();
    QJsonObject first = milestones.at(0).toObject();
    first.insert(QStringLiteral("endDate"), QStringLiteral("2020-03-02"));
    milestones.replace(0, first);
    root.insert(QStringLiteral("milestones"), milestones);
    const LoadResult result = load(root);
    QCOMPARE(result.errors,
             QStringList{QStringLiteral(
                 "d.json: $.milestones[0].endDate: is not allowed together with a \"bound\"")});
}

void tst_DatasetLoader::fixture_loadsWithItsHeadlineIndicators()
{
    const LoadResult result = DatasetLoader::loadFile(testing::fixturePath());
    QVERIFY(result.ok());
    QCOMPARE(result.warnings, QStringList());
    QStringList headline;
    for (const Indicator &indicator : result.dataset->indicators) {
        if (indicator.headline)
            headline.append(indicator.id);
    }
    QCOMPARE(headline, QStringList({"sites-linked", "people-trained"})); // not "teams-equipped"
    QCOMPARE(result.dataset->charts.size(), 2);
    for (const ChartSpec &chart : result.dataset->charts)
        QCOMPARE(chart.kind, ChartKind::Bar);
}

namespace {

/// A file that gains bytes after its size was asked: size() reports only
/// the first @p told bytes of what it holds.
class GrowingDevice final : public QBuffer
{
public:
    GrowingDevice(const QByteArray &bytes, qint64 told)
        : m_bytes(bytes)
        , m_told(told)
    {
        setBuffer(&m_bytes);
    }
    qint64 size() const override { return m_told; }

private:
    QByteArray m_bytes;
    qint64 m_told;
};

} // namespace

void tst_DatasetLoader::deviceThatGrowsWhileRead_isReadWhole()
{
    QFile fixture(testing::fixturePath());
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QByteArray bytes = fixture.readAll();
    // Read at the size it reports, the JSON would end early: a syntax error.
    GrowingDevice device(bytes, bytes.size() / 3);
    QVERIFY(device.open(QIODevice::ReadOnly));
    const LoadResult result = DatasetLoader::loadDevice(device, QStringLiteral("growing.json"));
    QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QCOMPARE(result.dataset->charts.size(), 2);
}

void tst_DatasetLoader::validatorMessages_areTranslated()
{
    QTranslator french;
    QVERIFY(french.load(QStringLiteral(SHARAKA_QM_DIR "/sharaka_fr.qm")));
    QCoreApplication::installTranslator(&french);
    QJsonObject root =
        withFirst(QStringLiteral("indicators"), QStringLiteral("id"), QStringLiteral("offices"));
    const LoadResult result = load(root);
    const LoadResult missing = DatasetLoader::loadFile(QStringLiteral("/nonexistent/%1.json"));
    QCoreApplication::removeTranslator(&french);
    // The place and the quoted id stay as in the file, around the catalogue's
    // message (its wording is tst_retranslation's and tst_translationrules').
    const auto inFrench = [](const char *context, const char *source) {
        return test::translated(Language::French, context, source);
    };
    QCOMPARE(result.errors,
             QStringList({QStringLiteral("d.json: $.indicators[1].id: ") +
                              inFrench("DatasetValidator", "duplicate indicator id \"%1\"")
                                  .arg(QStringLiteral("offices")),
                          QStringLiteral("d.json: $.charts[0].indicators[0]: ") +
                              inFrench("DatasetValidator", "refers to unknown indicator id \"%1\"")
                                  .arg(QStringLiteral("people-trained"))}));
    QCOMPARE(missing.errors, QStringList{QStringLiteral("/nonexistent/%1.json: ") +
                                         inFrench("FileCheck", "file does not exist")});
    // And English again once the translator is gone.
    QCOMPARE(load(root).errors.constFirst(),
             QStringLiteral("d.json: $.indicators[1].id: duplicate indicator id \"offices\""));
}

void tst_DatasetLoader::validator_checksADatasetFromAnyReader()
{
    // As another format's reader would hand it over: built in code, no JSON.
    const auto english = [](const QString &text) {
        return LocalizedText({{QStringLiteral("en"), text}});
    };
    Dataset data;
    data.project.id = QStringLiteral("p");
    data.project.name = english(QStringLiteral("P"));
    data.project.summary = english(QStringLiteral("S"));
    data.project.implementer = english(QStringLiteral("I"));
    data.project.start = *PartialDate::parse(QStringLiteral("2020"), DatePrecision::Year);
    data.project.end = *PartialDate::parse(QStringLiteral("2019"), DatePrecision::Year);
    Source source;
    source.id = QStringLiteral("s");
    source.publisher = english(QStringLiteral("Pub"));
    source.title = english(QStringLiteral("T"));
    data.sources = {source};
    Indicator indicator;
    indicator.id = QStringLiteral("Bad Id");
    indicator.sourceIds = {QStringLiteral("s"), QStringLiteral("t")};
    data.indicators = {indicator};

    ProblemLog log(QStringLiteral("x.xml"));
    DatasetValidator(log).validate(data);
    QCOMPARE(log.errors(),
             QStringList({
                 "x.xml: $.project.end: ends (2019) before the project starts (2020)",
                 "x.xml: $.indicators[0].id: must be lower-case letters, digits and hyphens (at "
                 "most 64), got \"Bad Id\"",
                 "x.xml: $.indicators[0].label: required field is missing",
                 "x.xml: $.indicators[0].sources[1]: refers to unknown source id \"t\"",
             }));
}

QTEST_GUILESS_MAIN(tst_DatasetLoader)
#include "tst_datasetloader.moc"
