// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/datasetloader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sharaka;

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

QTEST_GUILESS_MAIN(tst_DatasetLoader)
#include "tst_datasetloader.moc"
