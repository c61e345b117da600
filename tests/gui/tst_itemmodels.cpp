// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/datasetloader.h"
#include "core/models/countrytablemodel.h"
#include "core/models/iatiactivitylistmodel.h"
#include "widgets/open/iatiactivitypicker.h"
#include "widgets/panels/countrypanel.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace sharaka;

/// Every item model the dashboard shows, under QAbstractItemModelTester
/// while its content, language, filter and sort change: the core models and
/// the proxies the widgets put in front of them. Small fixtures only.
class tst_ItemModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countryTableModel_newDatasetAndLanguage();
    void countryPanelProxy_filterSortAndLanguage();
    void iatiActivityListModel_newActivitiesAndLanguage();
    void iatiPickerProxy_search();

private:
    static QList<IatiActivitySummary> activities();
    static void attachTester(QAbstractItemModel *model, QObject *owner);

    DatasetPtr m_twoCountries;
    DatasetPtr m_noCountries;
};

void tst_ItemModels::initTestCase()
{
    const LoadResult two =
        DatasetLoader::loadFile(QStringLiteral(SHARAKA_TEST_DATA_DIR "/valid/unknown-fields.json"));
    QVERIFY2(two.ok(), qPrintable(two.errors.join(QLatin1Char('\n'))));
    m_twoCountries = shareDataset(*two.dataset);
    QCOMPARE(m_twoCountries->countries.size(), 2);
    const LoadResult none =
        DatasetLoader::loadFile(QStringLiteral(SHARAKA_TEST_DATA_DIR "/valid/minimal.json"));
    QVERIFY2(none.ok(), qPrintable(none.errors.join(QLatin1Char('\n'))));
    m_noCountries = shareDataset(*none.dataset);
    QCOMPARE(m_noCountries->countries.size(), 0);
}

void tst_ItemModels::attachTester(QAbstractItemModel *model, QObject *owner)
{
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 owner);
}

QList<IatiActivitySummary> tst_ItemModels::activities()
{
    QList<IatiActivitySummary> list;
    for (const char *id : {"XM-A-1", "XM-B-2", "XM-C-3"}) {
        IatiActivitySummary activity;
        activity.identifier = QString::fromLatin1(id);
        activity.title = LocalizedText(QMap<QString, QString>{
            {QStringLiteral("en"), QStringLiteral("Water %1").arg(QLatin1String(id))},
            {QStringLiteral("fr"), QStringLiteral("Eau %1").arg(QLatin1String(id))}});
        activity.start = QStringLiteral("2020-01-01");
        activity.countryCodes = {QStringLiteral("JO")};
        list.append(activity);
    }
    return list;
}

void tst_ItemModels::countryTableModel_newDatasetAndLanguage()
{
    CountryTableModel model;
    attachTester(&model, &model);
    model.setDataset(m_twoCountries);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, CountryTableModel::CodeColumn).data().toString(), QStringLiteral("DE"));
    model.setLanguage(Language::French);
    model.setLanguage(Language::Arabic);
    model.setDataset(m_noCountries);
    QCOMPARE(model.rowCount(), 0);
    model.setLanguage(Language::English);
    model.setDataset(m_twoCountries);
    QCOMPARE(model.rowCount(), 2);
}

void tst_ItemModels::countryPanelProxy_filterSortAndLanguage()
{
    CountryPanel panel;
    auto *table = panel.findChild<QTableView *>(QStringLiteral("countryTable"));
    QVERIFY(table);
    attachTester(table->model(), &panel);
    panel.setDataset(m_twoCountries);
    QCOMPARE(panel.visibleCount(), 2);
    // Sorted by name: France before Germany.
    QCOMPARE(table->model()->index(0, CountryTableModel::CodeColumn).data().toString(),
             QStringLiteral("FR"));
    table->sortByColumn(CountryTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(table->model()->index(0, CountryTableModel::CodeColumn).data().toString(),
             QStringLiteral("DE"));
    table->sortByColumn(CountryTableModel::PhaseColumn, Qt::AscendingOrder);
    panel.setFilterText(QStringLiteral("germ"));
    QCOMPARE(panel.visibleCount(), 1);
    panel.setLanguage(Language::French);
    panel.setLanguage(Language::Arabic);
    panel.setFilterText(QString());
    QCOMPARE(panel.visibleCount(), 2);
    panel.setDataset(m_noCountries);
    QCOMPARE(panel.visibleCount(), 0);
}

void tst_ItemModels::iatiActivityListModel_newActivitiesAndLanguage()
{
    IatiActivityListModel model;
    attachTester(&model, &model);
    model.setActivities(activities());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(IatiActivityListModel::ColumnCount));
    QCOMPARE(model.index(1, IatiActivityListModel::TitleColumn).data().toString(),
             QStringLiteral("Water XM-B-2"));
    model.setLanguage(Language::French);
    QCOMPARE(model.index(1, IatiActivityListModel::TitleColumn).data().toString(),
             QStringLiteral("Eau XM-B-2"));
    QCOMPARE(model.index(2, 0).data(IatiActivityListModel::IdentifierRole).toString(),
             QStringLiteral("XM-C-3"));
    model.setActivities({});
    QCOMPARE(model.rowCount(), 0);
    model.setLanguage(Language::Arabic);
}

void tst_ItemModels::iatiPickerProxy_search()
{
    IatiActivityPicker picker(QStringLiteral("three.xml"), activities(), Language::English);
    attachTester(picker.table()->model(), &picker);
    QCOMPARE(picker.visibleCount(), 3);
    auto *search = picker.findChild<QLineEdit *>(QStringLiteral("activitySearch"));
    QVERIFY(search);
    search->setText(QStringLiteral("b-2"));
    QCOMPARE(picker.visibleCount(), 1);
    search->setText(QStringLiteral("nothing like it"));
    QCOMPARE(picker.visibleCount(), 0);
    search->clear();
    QCOMPARE(picker.visibleCount(), 3);
    picker.table()->sortByColumn(IatiActivityListModel::IdentifierColumn, Qt::DescendingOrder);
    // Identifiers are isolated left to right, for Arabic rows.
    QCOMPARE(picker.table()->model()->index(0, 0).data().toString(),
             QStringLiteral("\u200EXM-C-3\u200E"));
}

QTEST_MAIN(tst_ItemModels)
#include "tst_itemmodels.moc"
