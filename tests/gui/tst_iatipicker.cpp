// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/iati/iatiactivityloader.h"
#include "core/models/iatiactivitylistmodel.h"
#include "core/textformat.h"
#include "support/iatigenerator.h"
#include "widgets/open/iatiactivitypicker.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sharaka;

/// The searchable list of a file's activities that the window shows when an
/// IATI file holds more than one.
class tst_IatiPicker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsIdentifierTitleDatesCountries();
    void search_narrowsAndKeepsARowSelected();
    void search_matchesCountryNamesInTheLanguage();
    void noMatch_disablesOpen();
    void model_passesModelTester();
    void repeatedIdentifier_toldApartAndChosenByPosition();
    void titleTooltip_isEscapedPlainText();

private:
    QList<IatiActivitySummary> m_activities;
    QTemporaryDir m_dir;
};

void tst_IatiPicker::initTestCase()
{
    QFile file(m_dir.filePath(QStringLiteral("many.xml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(testing::writeIatiFile(file, {120, 0}));
    file.close();
    const IatiScanResult scan = IatiActivityLoader(file.fileName()).scan();
    QVERIFY(scan.ok());
    m_activities = scan.activities;
}

void tst_IatiPicker::listsIdentifierTitleDatesCountries()
{
    IatiActivityPicker picker(QStringLiteral("many.xml"), m_activities, Language::French);
    QCOMPARE(picker.visibleCount(), 120);
    const QAbstractItemModel *model = picker.table()->model();
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Identifier"));
    const QString identifier =
        model->index(7, IatiActivityListModel::IdentifierColumn).data().toString();
    QCOMPARE(identifier, QStringLiteral("\u200eXM-DAC-41-TEST-00007\u200e"));
    QCOMPARE(model->index(7, IatiActivityListModel::TitleColumn).data().toString(),
             QStringLiteral("Activité 7"));
    QCOMPARE(model->index(7, IatiActivityListModel::DatesColumn).data().toString(),
             QStringLiteral("18/01/2019 – 07/02/2022"));
    QCOMPARE(model->index(7, IatiActivityListModel::CountriesColumn).data().toString(),
             QStringLiteral("Kenya, Ouganda"));
    QCOMPARE(picker.selectedIdentifier(), QStringLiteral("XM-DAC-41-TEST-00000"));
    QCOMPARE(picker.findChild<QLabel *>()->text(),
             QStringLiteral("“many.xml” holds 120 activities. Choose the one to show."));
}

void tst_IatiPicker::search_narrowsAndKeepsARowSelected()
{
    IatiActivityPicker picker(QStringLiteral("many.xml"), m_activities, Language::English);
    picker.setSearchText(QStringLiteral("test-0011"));
    // 00110 to 00119.
    QCOMPARE(picker.visibleCount(), 10);
    QCOMPARE(picker.selectedIdentifier(), QStringLiteral("XM-DAC-41-TEST-00110"));
    QTest::keyClick(picker.table(), Qt::Key_Down);
    QCOMPARE(picker.selectedIdentifier(), QStringLiteral("XM-DAC-41-TEST-00111"));
    picker.setSearchText(QStringLiteral("Activity 42"));
    QCOMPARE(picker.visibleCount(), 1);
    QCOMPARE(picker.selectedIdentifier(), QStringLiteral("XM-DAC-41-TEST-00042"));
}

void tst_IatiPicker::search_matchesCountryNamesInTheLanguage()
{
    IatiActivityPicker picker(QStringLiteral("many.xml"), m_activities, Language::Arabic);
    picker.setSearchText(QStringLiteral("أوغندا"));
    QCOMPARE(picker.visibleCount(), 120);
    picker.setSearchText(QStringLiteral("النشاط 99"));
    QCOMPARE(picker.visibleCount(), 1);
}

void tst_IatiPicker::noMatch_disablesOpen()
{
    IatiActivityPicker picker(QStringLiteral("many.xml"), m_activities, Language::English);
    picker.setSearchText(QStringLiteral("no such activity"));
    QCOMPARE(picker.visibleCount(), 0);
    QCOMPARE(picker.selectedIdentifier(), QString());
    QVERIFY(!picker.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open)->isEnabled());
}

void tst_IatiPicker::model_passesModelTester()
{
    IatiActivityListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setActivities(m_activities);
    QCOMPARE(model.rowCount(), 120);
    QCOMPARE(model.columnCount(), int(IatiActivityListModel::ColumnCount));
    model.setLanguage(Language::Arabic);
    model.setActivities(m_activities.mid(0, 3));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, 0).data(IatiActivityListModel::PositionRole).toLongLong(), 3);
    model.setActivities({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_IatiPicker::repeatedIdentifier_toldApartAndChosenByPosition()
{
    QList<IatiActivitySummary> activities = m_activities.mid(0, 3);
    activities[2].identifier = activities[0].identifier;
    const QString repeated = activities[0].identifier;
    IatiActivityListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setActivities(activities);
    const auto shown = [&model](int row) {
        return model.index(row, IatiActivityListModel::IdentifierColumn).data().toString();
    };
    const QString ltr = TextFormat::leftToRight(repeated);
    QCOMPARE(shown(0), ltr + QStringLiteral(" (1 of 2)"));
    QCOMPARE(shown(1), TextFormat::leftToRight(activities[1].identifier));
    QCOMPARE(shown(2), ltr + QStringLiteral(" (2 of 2)"));

    IatiActivityPicker picker(QStringLiteral("repeated.xml"), activities, Language::English);
    picker.table()->selectRow(2);
    QCOMPARE(picker.selectedChoice().identifier, repeated);
    QCOMPARE(picker.selectedChoice().position, 3);
    // An identifier of its own is chosen by itself, so that Reload still
    // finds it after the publisher reorders the file.
    picker.table()->selectRow(1);
    QCOMPARE(picker.selectedChoice().identifier, activities[1].identifier);
    QCOMPARE(picker.selectedChoice().position, 0);
}

void tst_IatiPicker::titleTooltip_isEscapedPlainText()
{
    IatiActivitySummary activity;
    activity.identifier = QStringLiteral("XM-1");
    activity.title =
        LocalizedText({{QStringLiteral("en"), QStringLiteral("<img src=\"/dev/zero\">")}});
    IatiActivityListModel model;
    model.setActivities({activity});
    QCOMPARE(model.index(0, IatiActivityListModel::TitleColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral(
                 "<p style=\"white-space:pre-wrap\">&lt;img src=&quot;/dev/zero&quot;&gt;</p>"));
    QCOMPARE(model.index(0, IatiActivityListModel::TitleColumn).data().toString(),
             QStringLiteral("<img src=\"/dev/zero\">"));
}

QTEST_MAIN(tst_IatiPicker)
#include "tst_iatipicker.moc"
