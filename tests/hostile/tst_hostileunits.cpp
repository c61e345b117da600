// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/chartcsv.h"
#include "core/io/filecheck.h"
#include "core/io/iati/iatiactivityloader.h"
#include "core/models/iatiactivitylistmodel.h"
#include "core/textformat.h"
#include "map/projectedmap.h"
#include "map/worldmap.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace sharaka;

namespace {

constexpr QChar Fsi(0x2068);
constexpr QChar Pdi(0x2069);
constexpr QChar Pdf(0x202C);
constexpr QChar Rlo(0x202E);
constexpr QChar Rli(0x2067);

QString text(std::initializer_list<QChar> chars)
{
    return QString(chars.begin(), qsizetype(chars.size()));
}

} // namespace

/// The second round of hostile input, in the parts of the program that need
/// no process of their own: bidi isolation, one-pass substitution, CSV
/// cells, the 180° meridian, the file that no write may replace, and the
/// IATI picker's tooltip.
class tst_HostileUnits : public QObject
{
    Q_OBJECT

private slots:
    void balancedBidi_data();
    void balancedBidi();
    void isolate_wrapsAndBalances();
    void sourceCitation_publisherEndingInOverride_doesNotReverseTheDate();
    void escapeControl_showsBidiControls();
    void substitute_keepsPercentsInArguments();
    void regionCodeWithPercents_staysInTheNote();
    void csv_controlCharactersGoBeforeTheFormulaGuard();
    void map_antimeridianCountries_haveNoBand_data();
    void map_antimeridianCountries_haveNoBand();
    void sameFile_throughLinks();
    void protectedInput_isNeverReplaced();
    void picker_titleToolTip_isEscaped();

private:
    QTemporaryDir m_dir;
};

void tst_HostileUnits::balancedBidi_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no controls") << QStringLiteral("EU Neighbours South")
                                 << QStringLiteral("EU Neighbours South");
    QTest::newRow("override left open is closed")
        << QStringLiteral("abc") + Rlo << QStringLiteral("abc") + Rlo + Pdf;
    QTest::newRow("stray PDF dropped")
        << QStringLiteral("a") + Pdf + QStringLiteral("b") << QStringLiteral("ab");
    QTest::newRow("stray PDI dropped (would close the program's isolate)")
        << QStringLiteral("a") + Pdi + Rlo + QStringLiteral("b")
        << QStringLiteral("a") + Rlo + QStringLiteral("b") + Pdf;
    QTest::newRow("balanced pair kept") << text({Rli, 'x', Pdi}) << text({Rli, 'x', Pdi});
    QTest::newRow("PDI closes the embeddings inside its isolate")
        << text({Rli, Rlo, 'x', Pdi}) << text({Rli, Rlo, 'x', Pdf, Pdi});
    QTest::newRow("PDF cannot close an isolate") << text({Rli, 'x', Pdf}) << text({Rli, 'x', Pdi});
}

void tst_HostileUnits::balancedBidi()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(TextFormat::balancedBidi(input), expected);
}

void tst_HostileUnits::isolate_wrapsAndBalances()
{
    QCOMPARE(TextFormat::isolate(QString()), QString());
    QCOMPARE(TextFormat::isolate(QStringLiteral("x") + Rlo), text({Fsi, 'x', Rlo, Pdf, Pdi}));
}

void tst_HostileUnits::sourceCitation_publisherEndingInOverride_doesNotReverseTheDate()
{
    Source source;
    source.publisher = LocalizedText({{QStringLiteral("en"), QStringLiteral("ACME") + Rlo}});
    source.published = PartialDate::parse(QStringLiteral("2023-02-08"), DatePrecision::Day);
    QVERIFY(source.published);
    // The override ends inside the isolate, before the program's ", 8 Feb 2023".
    QCOMPARE(TextFormat::sourceCitation(source, Language::English),
             Fsi + QStringLiteral("ACME") + Rlo + Pdf + Pdi + QStringLiteral(", 8 Feb 2023"));
}

void tst_HostileUnits::escapeControl_showsBidiControls()
{
    QCOMPARE(TextFormat::escapeControl(QStringLiteral("ab") + Rlo + QStringLiteral("c") + Pdi),
             QStringLiteral("ab\\u202ec\\u2069"));
    // Marks that the translations use stay.
    QCOMPARE(TextFormat::escapeControl(QStringLiteral("\u200e(x)")), QStringLiteral("\u200e(x)"));
}

void tst_HostileUnits::substitute_keepsPercentsInArguments()
{
    QCOMPARE(TextFormat::substitute(QStringLiteral("region %1 (vocabulary %2)"),
                                    {QStringLiteral("%2%1"), QStringLiteral("1")}),
             QStringLiteral("region %2%1 (vocabulary 1)"));
    QCOMPARE(TextFormat::substitute(QStringLiteral("100% of %1, %3"), {QStringLiteral("x")}),
             QStringLiteral("100% of x, %3"));
}

void tst_HostileUnits::regionCodeWithPercents_staysInTheNote()
{
    const QString path = m_dir.filePath(QStringLiteral("regions.xml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"(<?xml version="1.0"?>
<iati-activities version="2.03">
 <iati-activity>
  <iati-identifier>XM-TEST-1</iati-identifier>
  <reporting-org ref="XM-TEST" type="10"><narrative>Publisher</narrative></reporting-org>
  <title><narrative>Regions</narrative></title>
  <activity-date type="2" iso-date="2020-01-01"/>
  <recipient-region code="%2%1" vocabulary="99" percentage="100"/>
 </iati-activity>
</iati-activities>
)");
    file.close();
    const LoadResult loaded =
        IatiActivityLoader(path, QStringLiteral("regions.xml")).load(QStringLiteral("XM-TEST-1"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    const auto note =
        std::find_if(loaded.dataset->notes.cbegin(), loaded.dataset->notes.cend(),
                     [](const DataNote &n) { return n.id == QLatin1String("recipient-regions"); });
    QVERIFY(note != loaded.dataset->notes.cend());
    QCOMPARE(note->text.text(Language::English),
             QStringLiteral("Recipient regions: region %2%1 (vocabulary 99) (100%)."));
}

void tst_HostileUnits::csv_controlCharactersGoBeforeTheFormulaGuard()
{
    Dataset dataset;
    Indicator indicator;
    indicator.id = QStringLiteral("i");
    indicator.label = LocalizedText(
        {{QStringLiteral("en"), QStringLiteral("\u0000=HYPERLINK(\"x\")\u0007\u001b[2J\u0085")}});
    indicator.value = 3;
    indicator.unit = QStringLiteral("\t@SUM(A1)");
    dataset.indicators.append(indicator);
    ChartSpec chart;
    chart.id = QStringLiteral("c");
    chart.indicatorIds = {indicator.id};
    dataset.charts.append(chart);
    const QString csv = QString::fromUtf8(ChartCsv::toCsv(dataset, chart.id, Language::English));
    QCOMPARE(csv.section(QStringLiteral("\r\n"), 1, 1),
             QStringLiteral("\"'=HYPERLINK(\"\"x\"\")[2J\",3,exact,,,'\t@SUM(A1),"));
}

void tst_HostileUnits::map_antimeridianCountries_haveNoBand_data()
{
    QTest::addColumn<QString>("code");
    for (const char *code : {"RU", "FJ", "US", "KI"})
        QTest::newRow(code) << QString::fromLatin1(code);
}

void tst_HostileUnits::map_antimeridianCountries_haveNoBand()
{
    QFETCH(QString, code);
    // Framed on the whole world, so that every ring is projected.
    const ProjectedMap map(WorldMap::embedded(), {});
    const qreal mapWidth = map.project(QPointF(180, 0)).x() - map.project(QPointF(-180, 0)).x();
    const QPainterPath path = map.path(code);
    QVERIFY(!path.isEmpty());
    for (int i = 1; i < path.elementCount(); ++i) {
        const QPainterPath::Element element = path.elementAt(i);
        if (element.isMoveTo())
            continue;
        const QPainterPath::Element previous = path.elementAt(i - 1);
        QVERIFY2(std::abs(element.x - previous.x) <= mapWidth / 2,
                 qPrintable(QStringLiteral("%1: segment %2 from x=%3 to x=%4")
                                .arg(code, QString::number(i), QString::number(previous.x),
                                     QString::number(element.x))));
    }
    // Still as much land: both sides of the seam are drawn.
    const QRectF bounds = path.boundingRect();
    if (code == QLatin1String("RU") || code == QLatin1String("FJ")) {
        QVERIFY(bounds.left() <= map.project(QPointF(-179, 0)).x());
        QVERIFY(bounds.right() >= map.project(QPointF(179, 0)).x());
    }
}

void tst_HostileUnits::sameFile_throughLinks()
{
    const QString input = m_dir.filePath(QStringLiteral("input.json"));
    QFile file(input);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{}");
    file.close();
    const QString symlink = m_dir.filePath(QStringLiteral("symlink.json"));
    const QString hardLink = m_dir.filePath(QStringLiteral("hardlink.json"));
    QVERIFY(QFile::link(input, symlink));
    QCOMPARE(::link(QFile::encodeName(input).constData(), QFile::encodeName(hardLink).constData()),
             0);
    QVERIFY(FileCheck::sameFile(input, symlink));
    QVERIFY(FileCheck::sameFile(hardLink, input));
    QVERIFY(FileCheck::sameFile(m_dir.filePath(QStringLiteral("./input.json")), input));
    QVERIFY(!FileCheck::sameFile(input, m_dir.filePath(QStringLiteral("absent.json"))));
}

void tst_HostileUnits::protectedInput_isNeverReplaced()
{
    const QString input = m_dir.filePath(QStringLiteral("protected.json"));
    QFile file(input);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{}");
    file.close();
    const QString symlink = m_dir.filePath(QStringLiteral("protected-link.json"));
    QVERIFY(QFile::link(input, symlink));
    FileCheck::setProtectedInput(input);
    const QString refused =
        QStringLiteral("is the dataset file being read; it is never replaced, choose another file");
    QCOMPARE(FileCheck::writeProblem(input), refused);
    QCOMPARE(FileCheck::writeProblem(symlink), refused);
    QCOMPARE(FileCheck::writeProblem(m_dir.filePath(QStringLiteral("other.json"))), QString());
    FileCheck::setProtectedInput(QString());
    QCOMPARE(FileCheck::writeProblem(input), QString());
}

void tst_HostileUnits::picker_titleToolTip_isEscaped()
{
    IatiActivitySummary activity;
    activity.identifier = QStringLiteral("<img src=\"/dev/zero\">");
    activity.title = LocalizedText({{QStringLiteral("en"), QStringLiteral("<img src=\"x\">")}});
    IatiActivityListModel model;
    model.setActivities({activity});
    const QString toolTip =
        model.index(0, IatiActivityListModel::TitleColumn).data(Qt::ToolTipRole).toString();
    QCOMPARE(toolTip, TextFormat::toolTip(QStringLiteral("<img src=\"x\">")));
    QVERIFY(toolTip.contains(QLatin1String("&lt;img src=&quot;x&quot;&gt;")));
    QVERIFY(!model.index(0, IatiActivityListModel::IdentifierColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .contains(QLatin1String("<img")));
}

QTEST_GUILESS_MAIN(tst_HostileUnits)
#include "tst_hostileunits.moc"
