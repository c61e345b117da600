// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/chartexporter.h"
#include "charts/chartfactory.h"
#include "common/catalogue.h"
#include "common/dashboardwindow.h"
#include "common/programrun.h"
#include "core/io/datasetloader.h"
#include "factsheet/factsheetwriter.h"
#include "factsheet/printeddataset.h"
#include "support/fixturedataset.h"
#include "support/largedataset.h"
#include "widgets/export/exportfactsheetcommand.h"
#include "widgets/export/printcontroller.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QValueAxis>
#include <QXmlStreamReader>

#include <sys/stat.h>

using namespace sharaka;

/// The factsheet as its readers get it: the PDF file, read back with
/// poppler-utils (pdfinfo, pdftotext, pdffonts), and the command line that
/// writes it; on the tests' fixture data (not the embedded Sharaka data).
class tst_Factsheet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onePage_data();
    void onePage();
    void keyFiguresAndCountries_data();
    void keyFiguresAndCountries();
    void arabic_readsRightToLeft();
    void fontsEmbedded();
    void metadata_data();
    void metadata();
    void sourcesAreLinks();
    void datasetText_isPlainText();
    void largeDataset_flowsOntoPagesInsideThePage();
    void cli_allLanguages_writesOneFileEach();
    void cli_failures_data();
    void cli_failures();
    void cli_fifo_isNotReplaced();
    void window_exportsAndPrintsTheFactsheet();
    void charts_showEveryLabelAndTickWhole_data();
    void charts_showEveryLabelAndTickWhole();
    void arabic_isSearchableText_data();
    void arabic_isSearchableText();
    void cli_allLanguages_matchesEachLanguageAlone();
    void footer_namesTheProductInTheLanguage_data();
    void footer_namesTheProductInTheLanguage();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QString &program, const QStringList &arguments) const;
    QString write(Language language, FactsheetPaper paper, const Dataset *dataset = nullptr);
    QString path(const QString &name) const { return m_dir.filePath(name); }
    /// pdftotext of @p file without the bidi controls poppler puts around
    /// right-to-left lines (not letters: a search skips them).
    QString text(const QString &file) const;
    static QString language(Language language) { return languageCode(language); }

    QTemporaryDir m_dir;
    QTemporaryDir m_runtime;
    Dataset m_dataset;
};

void tst_Factsheet::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_runtime.isValid());
    QFile::setPermissions(m_runtime.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QCOMPARE(testing::fixtureProblems(), QString());
    m_dataset = testing::fixtureDataset();
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils is not installed");
}

tst_Factsheet::Run tst_Factsheet::run(const QString &program, const QStringList &arguments) const
{
    const test::ProgramRun result = test::runCommand(program, arguments);
    if (result.timedOut())
        return {};
    return {result.exitCode, result.out, result.err};
}

QString tst_Factsheet::write(Language language, FactsheetPaper paper, const Dataset *dataset)
{
    const QString file = path(QStringLiteral("factsheet-%1-%2.pdf")
                                  .arg(languageCode(language), factsheetPaperName(paper)));
    FactsheetWriter writer(dataset ? *dataset : m_dataset);
    const QString error = writer.saveToFile(file, language, paper);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return file;
}

namespace {

/// @p text as the PDF's text layer gives it back, whitespace simplified:
/// without the Arabic vowel marks, which PdfTextLayer leaves out so that a
/// search finds the words.
QString asExtracted(const QString &text)
{
    return QString(text)
        .remove(QRegularExpression(QStringLiteral("[\\x{064B}-\\x{065F}]")))
        .simplified();
}

/// The factsheet's words in @p language, from the catalogue: these tests
/// check that the translation is used, the translation tests its wording.
QString composerText(Language language, const char *source)
{
    return test::translated(language, "sharaka::FactsheetComposer", source);
}

/// The fixture's factsheet title in French, in the catalogue's words.
QString frenchTitle()
{
    return test::translated(Language::French, "sharaka::FactsheetComposer", "%1: factsheet")
        .arg(QStringLiteral("Projet d’essai"));
}

} // namespace

namespace {

/// What the factsheet's chart blocks log (sharaka.factsheet.charts): "ID LANG WxH".
QStringList chartsLaidOut;
QtMessageHandler previousHandler = nullptr;

void recordChartsLaidOut(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "sharaka.factsheet.charts") == 0)
        chartsLaidOut.append(message);
    else
        previousHandler(type, context, message);
}

bool hasPresentationForms(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c.unicode() >= 0xFB50 && c.unicode() <= 0xFDFF) ||
               (c.unicode() >= 0xFE70 && c.unicode() <= 0xFEFF);
    });
}

} // namespace

QString tst_Factsheet::text(const QString &file) const
{
    const Run extracted = run(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
    if (extracted.exitCode != 0)
        return {};
    return QString(extracted.out)
        .remove(QRegularExpression(
            QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]")));
}

void tst_Factsheet::onePage_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<FactsheetPaper>("paper");
    QTest::addColumn<QString>("pageSize");
    for (const Language language : supportedLanguages()) {
        QTest::addRow("%s a4", qPrintable(languageCode(language)))
            << language << FactsheetPaper::A4 << QStringLiteral("595 x 842 pts (A4)");
        QTest::addRow("%s letter", qPrintable(languageCode(language)))
            << language << FactsheetPaper::Letter << QStringLiteral("612 x 792 pts (letter)");
    }
}

void tst_Factsheet::onePage()
{
    QFETCH(Language, language);
    QFETCH(FactsheetPaper, paper);
    QFETCH(QString, pageSize);
    const QString file = write(language, paper);
    const Run info = run(QStringLiteral("pdfinfo"), {file});
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.out.contains(QRegularExpression(QStringLiteral("\\nPages: +1\\n"))),
             qPrintable(info.out));
    QVERIFY2(info.out.contains(QStringLiteral("Page size:       ") + pageSize),
             qPrintable(info.out));
}

void tst_Factsheet::keyFiguresAndCountries_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("en") << Language::English
                        << QStringList{"Eastland", "Midland", "Westland", "at least 750"};
    // The country names are the fixture's; "at least" the catalogue's, in
    // Arabic without its number, which may stand on either side of the words.
    QTest::newRow("fr")
        << Language::French
        << QStringList{"Estland", "Terre-du-Milieu", "Ouestland",
                       composerText(Language::French, "at least %1").arg(QStringLiteral("750"))};
    QStringList arabic{"أرض الشرق", "أرض الوسط", "أرض الغرب"};
    for (const QString &words : composerText(Language::Arabic, "at least %1")
                                    .split(QStringLiteral("%1"), Qt::SkipEmptyParts)) {
        if (!words.trimmed().isEmpty())
            arabic.append(asExtracted(words));
    }
    QTest::newRow("ar") << Language::Arabic << arabic;
}

void tst_Factsheet::keyFiguresAndCountries()
{
    QFETCH(Language, language);
    QFETCH(QStringList, words);
    const QString file = write(language, FactsheetPaper::A4);
    const Run text = run(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
    QCOMPARE(text.exitCode, 0);
    // Letters, in the logical order pdftotext writes them (PdfTextLayer).
    const QString plain = this->text(file);
    const QString simplified = plain.simplified();
    for (const QString &word : std::as_const(words))
        QVERIFY2(simplified.contains(word),
                 qPrintable(word + QStringLiteral(" not in:\n") + plain));
    // Latin text reads back letter by letter, without ligatures: a search finds it.
    if (language != Language::Arabic) {
        QVERIFY2(text.out.contains(QStringLiteral("example.org/fixture/final-report")),
                 qPrintable(text.out));
    }
    // Each figure as its own word: 23, 9 and 750+.
    const QStringList tokens = plain.split(QRegularExpression(QStringLiteral("\\s+")));
    for (const QString figure : {"23", "9", "750+"})
        QVERIFY2(tokens.contains(figure), qPrintable(figure));
}

void tst_Factsheet::arabic_readsRightToLeft()
{
    // The title line, the highest words on the page, stands at the right
    // margin in Arabic and at the left one in English.
    const auto titleLine = [&](Language language) {
        const Run boxes = run(QStringLiteral("pdftotext"),
                              {QStringLiteral("-bbox"), QStringLiteral("-l"), QStringLiteral("1"),
                               write(language, FactsheetPaper::A4), QStringLiteral("-")});
        QXmlStreamReader xml(boxes.out);
        QList<QRectF> words;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement ||
                xml.name() != QLatin1String("word"))
                continue;
            const auto a = xml.attributes();
            words.append(QRectF(QPointF(a.value("xMin").toDouble(), a.value("yMin").toDouble()),
                                QPointF(a.value("xMax").toDouble(), a.value("yMax").toDouble())));
        }
        qreal top = 1e9;
        for (const QRectF &word : std::as_const(words))
            top = std::min(top, word.top());
        QRectF line;
        for (const QRectF &word : std::as_const(words)) {
            if (word.top() < top + 1)
                line = line.isNull() ? word : line.united(word);
        }
        return line;
    };
    const QRectF english = titleLine(Language::English);
    const QRectF arabic = titleLine(Language::Arabic);
    // Margins of 24 points (8.5 mm); the title line is shorter than half the page.
    QVERIFY2(qAbs(english.left() - 24) < 2 && english.right() < 595.0 / 2,
             qPrintable(QStringLiteral("%1 %2").arg(english.left()).arg(english.right())));
    QVERIFY2(qAbs(arabic.right() - (595 - 24)) < 2 && arabic.left() > 595.0 / 2,
             qPrintable(QStringLiteral("%1 %2").arg(arabic.left()).arg(arabic.right())));
}

void tst_Factsheet::fontsEmbedded()
{
    for (const Language language : supportedLanguages()) {
        const Run fonts = run(QStringLiteral("pdffonts"), {write(language, FactsheetPaper::A4)});
        QCOMPARE(fonts.exitCode, 0);
        const QStringList rows = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(rows.size() >= 2);
        for (const QString &row : rows) {
            // name type encoding emb sub uni object ID
            const QStringList columns = row.simplified().split(QLatin1Char(' '));
            QVERIFY2(columns.size() >= 7 && columns.at(columns.size() - 5) == QLatin1String("yes"),
                     qPrintable(row));
        }
    }
}

void tst_Factsheet::metadata_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("subject");
    QTest::newRow("en") << Language::English << QStringLiteral("Fixture Project")
                        << QStringLiteral(
                               "Made-up data for the tests, not facts about any project");
    QTest::newRow("fr") << Language::French << QStringLiteral("Projet d’essai")
                        << QStringLiteral("Données inventées pour les tests, sans rapport avec un "
                                          "projet réel");
    QTest::newRow("ar") << Language::Arabic << QStringLiteral("مشروع الاختبار")
                        << QStringLiteral("بيانات مختلقة للاختبارات، لا تصف أي مشروع حقيقي");
}

void tst_Factsheet::metadata()
{
    QFETCH(Language, language);
    QFETCH(QString, name);
    QFETCH(QString, subject);
    // "Fixture Project: factsheet", in the catalogue's words for the language.
    const QString title =
        test::translated(language, "sharaka::FactsheetComposer", "%1: factsheet").arg(name);
    QVERIFY(title.contains(name));
    const QString file = write(language, FactsheetPaper::A4);
    const Run info = run(QStringLiteral("pdfinfo"), {file});
    QVERIFY2(info.out.contains(QStringLiteral("Title:           ") + title + QLatin1Char('\n')),
             qPrintable(info.out));
    QVERIFY2(info.out.contains(
                 QStringLiteral("Creator:         Sharaka Dashboard " SHARAKA_VERSION "\n")),
             qPrintable(info.out));
    // Subject and language: Qt 6.4 writes them only in the XMP metadata.
    const Run meta = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), file});
    QVERIFY2(meta.out.contains(QStringLiteral("<dc:description>")), qPrintable(meta.out));
    QVERIFY2(meta.out.contains(QStringLiteral(">") + subject + QStringLiteral("</rdf:li>")),
             qPrintable(meta.out));
    QVERIFY2(meta.out.contains(QStringLiteral("<rdf:li>%1</rdf:li>").arg(languageCode(language))),
             qPrintable(meta.out));
}

void tst_Factsheet::sourcesAreLinks()
{
    QFile file(write(Language::English, FactsheetPaper::A4));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    int links = 0;
    for (const Source &source : std::as_const(m_dataset.sources)) {
        if (source.url.isEmpty())
            continue; // the project page has none
        ++links;
        QVERIFY2(pdf.contains("/URI (" + source.url.toUtf8() + ")"), qPrintable(source.url));
    }
    QCOMPARE(links, 2);
    QVERIFY(pdf.contains("/URI (https://example.org/fixture/bulletin)"));
}

void tst_Factsheet::datasetText_isPlainText()
{
    // Markup in the data is shown as written, never interpreted.
    Dataset dataset = m_dataset;
    dataset.project.name =
        LocalizedText({{QStringLiteral("en"), QStringLiteral("<b>Sharaka</b> & co")}});
    dataset.countries[0].name = LocalizedText(
        {{QStringLiteral("en"), QStringLiteral("<a href=\"https://x.example\">Algeria</a>")}});
    const QString file = write(Language::English, FactsheetPaper::A4, &dataset);
    const Run text = run(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
    QVERIFY2(text.out.contains(QStringLiteral("<b>Sharaka</b> & co")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("<a href=\"https://x.example\">Algeria</a>")),
             qPrintable(text.out));
    QFile pdf(file);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(!pdf.readAll().contains("x.example)"));
}

void tst_Factsheet::largeDataset_flowsOntoPagesInsideThePage()
{
    const LoadResult loaded =
        DatasetLoader::loadBytes(testing::generateLargeDataset(), QStringLiteral("large.json"));
    QVERIFY(loaded.ok());
    for (const Language language : supportedLanguages()) {
        const QString file = write(language, FactsheetPaper::A4, &*loaded.dataset);
        const Run info = run(QStringLiteral("pdfinfo"), {file});
        const QRegularExpressionMatch pages =
            QRegularExpression(QStringLiteral("\\nPages: +(\\d+)\\n")).match(info.out);
        QVERIFY2(pages.hasMatch(), qPrintable(info.out));
        const int count = pages.captured(1).toInt();
        QVERIFY2(count > 1, qPrintable(info.out));
        // 1,000 events: eight listed, the rest counted.
        const Run text = run(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
        if (language == Language::English) {
            QVERIFY2(text.out.simplified().contains(
                         QStringLiteral("Events not listed here: 992 (all in the dashboard)")),
                     qPrintable(text.out));
            QVERIFY(text.out.contains(QStringLiteral("Page 2 of %1").arg(count)));
            // The running header over every page after the first.
            QCOMPARE(text.out.count(QStringLiteral("Large Generated Project \u00B7 Made-up data")),
                     count - 1);
        }
        // Every word inside the page.
        const Run boxes =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), file, QStringLiteral("-")});
        QXmlStreamReader xml(boxes.out);
        int words = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement ||
                xml.name() != QLatin1String("word"))
                continue;
            ++words;
            const auto a = xml.attributes();
            const QString where =
                QStringLiteral("%1 %2 %3 %4")
                    .arg(a.value("xMin"), a.value("yMin"), a.value("xMax"), a.value("yMax"));
            QVERIFY2(a.value("xMin").toDouble() >= 0 && a.value("yMin").toDouble() >= 0 &&
                         a.value("xMax").toDouble() <= 595.3 && a.value("yMax").toDouble() <= 842,
                     qPrintable(where));
        }
        QVERIFY(words > 1000);
    }
}

void tst_Factsheet::cli_allLanguages_writesOneFileEach()
{
    const QString target = path(QStringLiteral("cli/sharaka.pdf"));
    QVERIFY(QDir().mkpath(path(QStringLiteral("cli"))));
    const Run result = run(QStringLiteral(SHARAKA_APP_BINARY),
                           {QStringLiteral("--export-factsheet"), target, QStringLiteral("--data"),
                            testing::fixturePath(), QStringLiteral("--lang"), QStringLiteral("all"),
                            QStringLiteral("--paper"), QStringLiteral("letter")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("%1/cli/sharaka-en.pdf\n%1/cli/sharaka-fr.pdf\n"
                                        "%1/cli/sharaka-ar.pdf\n")
                             .arg(m_dir.path()));
    QVERIFY(!QFileInfo::exists(target));
    const Run info = run(QStringLiteral("pdfinfo"), {path(QStringLiteral("cli/sharaka-fr.pdf"))});
    QVERIFY2(info.out.contains(QStringLiteral("Title:           ") + frenchTitle()),
             qPrintable(info.out));
    QVERIFY(info.out.contains(QStringLiteral("612 x 792 pts (letter)")));
}

void tst_Factsheet::cli_failures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error");

    QFile regular(path(QStringLiteral("regular.txt")));
    QVERIFY(regular.open(QIODevice::WriteOnly));
    regular.write("a regular file");
    regular.close();
    QFile broken(path(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{ not json");
    broken.close();
    QVERIFY(QDir().mkpath(path(QStringLiteral("folder.pdf"))));
    const QString existing = path(QStringLiteral("existing.pdf"));

    QTest::newRow("invalid dataset")
        << QStringList{"--export-factsheet", existing, "--data", path("broken.json")} << 1
        << path(QStringLiteral("broken.json:1:"));
    QTest::newRow("not a pdf name") << QStringList{"--export-factsheet", path("sheet.png")} << 2
                                    << QStringLiteral("Cannot save the factsheet as %1: use a .pdf "
                                                      "file name.\n")
                                           .arg(path(QStringLiteral("sheet.png")));
    QTest::newRow("unknown paper")
        << QStringList{"--export-factsheet", existing, "--paper", "a3"} << 2
        << QStringLiteral("Unknown paper \"a3\": use a4 or letter.\n");
    QTest::newRow("unknown language")
        << QStringList{"--export-factsheet", existing, "--lang", "de"} << 2
        << QStringLiteral("Unknown language \"de\": use en, fr, ar or all.\n");
    QTest::newRow("paper without factsheet")
        << QStringList{"--list-charts", "--paper", "a4"} << 2
        << QStringLiteral("--paper needs --export-factsheet.\n");
    QTest::newRow("size with factsheet")
        << QStringList{"--export-factsheet", existing, "--size", "800x600"} << 2
        << QStringLiteral("--size does not go with --export-factsheet.\n");
    const QString underFile = path(QStringLiteral("regular.txt/sheet.pdf"));
    QTest::newRow("path under a regular file")
        << QStringList{"--export-factsheet", underFile} << 3
        << QStringLiteral("Cannot write %1: Not a directory\n").arg(underFile);
    QTest::newRow("unwritable /proc") << QStringList{"--export-factsheet", "/proc/sharaka.pdf"} << 3
                                      << QStringLiteral("Cannot write /proc/sharaka.pdf: ");
    QTest::newRow("folder")
        << QStringList{"--export-factsheet", path("folder.pdf")} << 3
        << QStringLiteral("Cannot write %1: is a folder\n").arg(path(QStringLiteral("folder.pdf")));
}

void tst_Factsheet::cli_failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, error);
    const QString existing = path(QStringLiteral("existing.pdf"));
    QFile before(existing);
    QVERIFY(before.open(QIODevice::WriteOnly | QIODevice::Truncate));
    before.write("previous factsheet");
    before.close();
    const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden);

    const Run result = run(QStringLiteral(SHARAKA_APP_BINARY), arguments);
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.out, QString());
    if (error.endsWith(QLatin1Char('\n')))
        QCOMPARE(result.err, error);
    else
        QVERIFY2(result.err.startsWith(error), qPrintable(result.err));

    QFile after(existing);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), QByteArray("previous factsheet"));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden), filesBefore);
}

void tst_Factsheet::cli_fifo_isNotReplaced()
{
    const QString fifo = path(QStringLiteral("pipe.pdf"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const Run result =
        run(QStringLiteral(SHARAKA_APP_BINARY), {QStringLiteral("--export-factsheet"), fifo});
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.err, QStringLiteral("Cannot write %1: is not a regular file (a pipe, socket or "
                                        "device); only regular files are written\n")
                             .arg(fifo));
    QFileInfo info(fifo);
    QVERIFY(info.exists() && !info.isFile());
}

void tst_Factsheet::window_exportsAndPrintsTheFactsheet()
{
    Settings settings;
    LanguageManager languages(&settings);
    const std::unique_ptr<MainWindow> window = test::showFixtureDashboard(&languages);
    QVERIFY(window);
    languages.setLanguage(Language::French);

    // File ▸ Export Factsheet…, in the interface's language, on the paper last chosen.
    auto *command = window->findChild<ExportFactsheetCommand *>();
    QVERIFY(command);
    QVERIFY(window->fileMenu()->actions().contains(command->action()));
    QCoreApplication::processEvents(); // the posted LanguageChange
    const QString exportText =
        test::translated(Language::French, "sharaka::ExportFactsheetCommand", "Export &Factsheet…");
    QVERIFY(exportText != QStringLiteral("Export &Factsheet…"));
    QCOMPARE(command->action()->text(), exportText);
    settings.setFactsheetPaper(QStringLiteral("letter"));
    QCOMPARE(ExportFactsheetCommand::savedPaper(settings), FactsheetPaper::Letter);
    const QString file = path(QStringLiteral("window.pdf"));
    QCOMPARE(command->saveTo(file, ExportFactsheetCommand::savedPaper(settings)), QString());
    const Run info = run(QStringLiteral("pdfinfo"), {file});
    QVERIFY2(info.out.contains(QStringLiteral("Title:           ") + frenchTitle()),
             qPrintable(info.out));
    QVERIFY(info.out.contains(QStringLiteral("612 x 792 pts (letter)")));

    // Print Factsheet and its preview sit beside Print Dashboard.
    QStringList names;
    for (const QAction *action : window->printController()->actions())
        names.append(action->objectName());
    QVERIFY(names.contains(QStringLiteral("printAction")));
    QVERIFY(names.contains(QStringLiteral("printFactsheetAction")));
    QVERIFY(names.contains(QStringLiteral("printFactsheetPreviewAction")));

    // Factsheet Print Preview shows one portrait page on the remembered paper.
    QAction *preview = nullptr;
    for (QAction *action : window->printController()->actions()) {
        if (action->objectName() == QLatin1String("printFactsheetPreviewAction"))
            preview = action;
    }
    QVERIFY(preview);
    int previewPages = -1;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    QTimer::singleShot(0, this, [&] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QPrintPreviewDialog *>(widget);
            if (!dialog)
                continue;
            if (auto *view = dialog->findChild<QPrintPreviewWidget *>()) {
                previewPages = view->pageCount();
                orientation = view->orientation();
            }
            dialog->reject();
        }
    });
    preview->trigger();
    QCOMPARE(previewPages, 1);
    QCOMPARE(orientation, QPageLayout::Portrait);

    // What Print Factsheet paints: the same page on a printer at 96 dpi.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = path(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setResolution(FactsheetWriter::LayoutDpi);
    QCOMPARE(FactsheetWriter(window->dataset()).paint(printer, Language::Arabic), 1);
    const Run text = run(QStringLiteral("pdftotext"), {printed, QStringLiteral("-")});
    QVERIFY(
        text.out.normalized(QString::NormalizationForm_KC).contains(QStringLiteral("أرض الغرب")));
}

void tst_Factsheet::charts_showEveryLabelAndTickWhole_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<FactsheetPaper>("paper");
    for (const Language language : supportedLanguages()) {
        for (const FactsheetPaper paper : {FactsheetPaper::A4, FactsheetPaper::Letter})
            QTest::addRow("%s %s", qPrintable(languageCode(language)),
                          qPrintable(factsheetPaperName(paper)))
                << language << paper;
    }
}

void tst_Factsheet::charts_showEveryLabelAndTickWhole()
{
    QFETCH(Language, language);
    QFETCH(FactsheetPaper, paper);
    // The charts as the page lays them out, as tst_layout checks the window's.
    chartsLaidOut.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("sharaka.factsheet.charts.debug=true"));
    previousHandler = qInstallMessageHandler(recordChartsLaidOut);
    const QByteArray pdf = FactsheetWriter(m_dataset).pdf(language, paper);
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(!pdf.isEmpty());
    QCOMPARE(chartsLaidOut.size(), m_dataset.chartIds().size());

    const Dataset printed = PrintedDataset::withoutTashkil(m_dataset);
    const ChartExporter exporter(printed);
    for (const QString &line : std::as_const(chartsLaidOut)) {
        const QStringList parts = line.split(QLatin1Char(' '));
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.at(1), languageCode(language));
        const QString id = parts.at(0);
        const QStringList sides = parts.at(2).split(QLatin1Char('x'));
        const QSize size(sides.value(0).toInt(), sides.value(1).toInt());
        QVERIFY2(size.width() > 100 && size.height() > 100, qPrintable(line));
        QStringList shown;
        for (const QString &each : exporter.shownTexts(id, language, size))
            shown.append(
                QString(each).replace(QChar::LineSeparator, QLatin1Char(' ')).simplified());
        // Nothing shortened: Qt Charts ends a label that does not fit with "...".
        for (const QString &each : std::as_const(shown))
            QVERIFY2(!each.contains(QStringLiteral("...")) && !each.contains(QChar(0x2026)),
                     qPrintable(line + QStringLiteral(": ") + each));
        const ChartSpec *spec = printed.chart(id);
        QVERIFY(spec);
        if (spec->kind != ChartKind::Bar)
            continue;
        // Every category label shown whole (wrapped lines joined).
        for (const QString &indicatorId : spec->indicatorIds) {
            const QString label = printed.indicator(indicatorId)->label.text(language).simplified();
            QVERIFY2(shown.contains(label),
                     qPrintable(line + QStringLiteral(": no label ") + label +
                                QStringLiteral(" in ") + shown.join(QStringLiteral(" | "))));
        }
        // Every tick of the value axis shown, as a number.
        const std::unique_ptr<DashboardChart> chart =
            buildChart(printed, id, language, QSizeF(size));
        QValueAxis *axis = nullptr;
        for (QAbstractAxis *each : chart->axes(Qt::Horizontal))
            axis = axis ? axis : qobject_cast<QValueAxis *>(each);
        QVERIFY(axis && axis->tickCount() >= 2);
        QStringList numbers;
        for (const QString &each : std::as_const(shown)) {
            QString digits = each;
            digits.remove(QRegularExpression(QStringLiteral("[\\s.,\\x{066C}\\x{202F}]")));
            if (QRegularExpression(QStringLiteral("^\\d+$")).match(digits).hasMatch())
                numbers.append(digits);
        }
        for (int tick = 0; tick < axis->tickCount(); ++tick) {
            const qint64 value = qRound64(axis->min() + (axis->max() - axis->min()) * tick /
                                                            (axis->tickCount() - 1));
            QVERIFY2(numbers.contains(QString::number(value)),
                     qPrintable(line + QStringLiteral(": no tick %1 in ").arg(value) +
                                shown.join(QStringLiteral(" | "))));
        }
    }
}

void tst_Factsheet::arabic_isSearchableText_data()
{
    QTest::addColumn<FactsheetPaper>("paper");
    QTest::newRow("a4") << FactsheetPaper::A4;
    QTest::newRow("letter") << FactsheetPaper::Letter;
}

void tst_Factsheet::arabic_isSearchableText()
{
    QFETCH(FactsheetPaper, paper);
    // Letters, not their shaped presentation forms, in reading order: what a
    // search for مشروع الاختبار in a PDF viewer finds.
    const QString plain = text(write(Language::Arabic, paper));
    QVERIFY(!plain.isEmpty());
    QVERIFY2(!hasPresentationForms(plain), qPrintable(plain));
    const QString simplified = plain.simplified();
    QVERIFY2(simplified.contains(QStringLiteral("مشروع الاختبار")), qPrintable(plain));
    QVERIFY2(simplified.contains(QStringLiteral("أرض الوسط")), qPrintable(plain));
    for (const Country &country : std::as_const(m_dataset.countries))
        QVERIFY2(simplified.contains(country.name.text(Language::Arabic)),
                 qPrintable(country.name.text(Language::Arabic)));
    // Words written with harakat in the dataset read whole, without them:
    // "الأشخاص المدرَّبون" as "الأشخاص المدربون".
    int withMarks = 0;
    for (const Indicator &indicator : std::as_const(m_dataset.indicators)) {
        const QString label = indicator.label.text(Language::Arabic);
        if (PrintedDataset::withoutTashkil(label) == label)
            continue;
        ++withMarks;
        QVERIFY2(simplified.contains(PrintedDataset::withoutTashkil(label)), qPrintable(label));
    }
    QVERIFY(withMarks > 0);
    QVERIFY2(!plain.contains(QRegularExpression(QStringLiteral("[\\x{064B}-\\x{065F}]"))),
             qPrintable(plain));
    // The page's title is the name alone, as in the window's header.
    QCOMPARE(plain.section(QLatin1Char('\n'), 0, 0).trimmed(), QStringLiteral("مشروع الاختبار"));
    QVERIFY(!plain.contains(m_dataset.project.nameMeaning.text(Language::Arabic)));
}

void tst_Factsheet::cli_allLanguages_matchesEachLanguageAlone()
{
    // Each language's page is the same whether written alone or with the
    // others, whatever the interface's translation at the time.
    QVERIFY(QDir().mkpath(path(QStringLiteral("all"))));
    QVERIFY(QDir().mkpath(path(QStringLiteral("alone"))));
    const Run all = run(QStringLiteral(SHARAKA_APP_BINARY),
                        {QStringLiteral("--export-factsheet"), path(QStringLiteral("all/s.pdf")),
                         QStringLiteral("--data"), testing::fixturePath(), QStringLiteral("--lang"),
                         QStringLiteral("all")});
    QCOMPARE(all.exitCode, 0);
    for (const Language language : supportedLanguages()) {
        const QString code = languageCode(language);
        const QString alone = path(QStringLiteral("alone/s-%1.pdf").arg(code));
        const Run one = run(QStringLiteral(SHARAKA_APP_BINARY),
                            {QStringLiteral("--export-factsheet"), alone, QStringLiteral("--data"),
                             testing::fixturePath(), QStringLiteral("--lang"), code});
        QCOMPARE(one.exitCode, 0);
        const QString fromAll = text(path(QStringLiteral("all/s-%1.pdf").arg(code)));
        QVERIFY(!fromAll.isEmpty());
        QCOMPARE(fromAll, text(alone));
        if (language != Language::English)
            QVERIFY2(!fromAll.contains(QRegularExpression(QStringLiteral("\\bby \\d"))),
                     qPrintable(fromAll));
    }
    QVERIFY(text(path(QStringLiteral("all/s-fr.pdf")))
                .simplified()
                .contains(test::translated(Language::French, "TextFormat", "by %1",
                                           "the event happened on this date or before")
                              .arg(QStringLiteral("20 juin 2017"))));
}

void tst_Factsheet::footer_namesTheProductInTheLanguage_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("credit");
    // "Made on DATE with PRODUCT": what follows the date, and the map's
    // credit, in the catalogue's words.
    for (const Language language : supportedLanguages()) {
        const QString made = composerText(language, "Made on %1 with %2");
        const QString product =
            composerText(language, "Sharaka Dashboard %1").arg(QStringLiteral(SHARAKA_VERSION));
        QTest::addRow("%s", qPrintable(languageCode(language)))
            << language << asExtracted(made.mid(made.indexOf(QLatin1String("%1")) + 2).arg(product))
            << asExtracted(
                   test::translated(language, "sharaka::MapChart", "Made with Natural Earth"));
    }
}

void tst_Factsheet::footer_namesTheProductInTheLanguage()
{
    QFETCH(Language, language);
    QFETCH(QString, product);
    QFETCH(QString, credit);
    const QString plain = text(write(language, FactsheetPaper::Letter)).simplified();
    QVERIFY2(plain.contains(product), qPrintable(plain));
    QVERIFY2(plain.contains(credit), qPrintable(plain));
    if (language != Language::English) {
        QVERIFY(!plain.contains(QStringLiteral("Sharaka Dashboard")));
        QVERIFY(!plain.contains(QStringLiteral("Made with")));
    }
}

QTEST_MAIN(tst_Factsheet)
#include "tst_factsheet.moc"
