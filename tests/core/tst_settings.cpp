// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sharaka;

/// The one Settings object of the application: what it saves is what the
/// next start loads, and a damaged or crafted file gives defaults.
class tst_Settings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void newObject_holdsDefaultsUntilLoaded();
    void everyValue_roundTripsThroughTheFile();
    void setter_savesAndSignalsOnlyChanges();
    void badStoredValues_giveDefaults_data();
    void badStoredValues_giveDefaults();
    void recentFiles_cappedAndUniqueWhenReadAndWhenAdded();
    void removeRecentFile_saysWhetherItWasListed();
    void defaultExportFolder_fallsBackWhenTheSavedOneIsGone();
};

void tst_Settings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Sharaka Dashboard tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
}

void tst_Settings::init()
{
    QSettings().clear();
}

void tst_Settings::newObject_holdsDefaultsUntilLoaded()
{
    QSettings().setValue(QStringLiteral("interface/language"), QStringLiteral("fr"));
    Settings settings;
    QCOMPARE(settings.language(), std::nullopt);
    settings.load();
    QCOMPARE(settings.language(), std::optional<Language>(Language::French));
}

void tst_Settings::everyValue_roundTripsThroughTheFile()
{
    const QStringList files{QStringLiteral("/data/a.json"), QStringLiteral("/data/b.json")};
    {
        Settings settings;
        settings.setLanguage(Language::Arabic);
        settings.setWindowLayout("geometry", "state", "splitter");
        settings.setRecentFiles(files + files); // duplicates go
        settings.setDatasetFolder(QStringLiteral("/data"));
        settings.setExportFolder(QStringLiteral("/pictures"));
        settings.setExportSize(QStringLiteral("1000x500"));
        settings.setExportTransparent(true);
        settings.setExportFormat(QStringLiteral("svg"));
        settings.setExportAllLanguages(true);
        settings.setFactsheetPaper(QStringLiteral("letter"));
        QCOMPARE(settings.recentFiles(), files);
    }
    Settings read;
    read.load();
    QCOMPARE(read.language(), std::optional<Language>(Language::Arabic));
    QCOMPARE(read.windowGeometry(), QByteArray("geometry"));
    QCOMPARE(read.windowState(), QByteArray("state"));
    QCOMPARE(read.splitterState(), QByteArray("splitter"));
    QCOMPARE(read.recentFiles(), files);
    QCOMPARE(read.datasetFolder(), QStringLiteral("/data"));
    QCOMPARE(read.exportFolder(), QStringLiteral("/pictures"));
    QCOMPARE(read.exportSize(), QStringLiteral("1000x500"));
    QVERIFY(read.exportTransparent());
    QCOMPARE(read.exportFormat(), QStringLiteral("svg"));
    QVERIFY(read.exportAllLanguages());
    QCOMPARE(read.factsheetPaper(), QStringLiteral("letter"));

    // save() writes what the object holds; cleared lists leave no key behind.
    read.setRecentFiles({});
    QVERIFY(!QSettings().contains(QStringLiteral("datasets/recentFiles")));
    QSettings().clear();
    read.save();
    Settings again;
    again.load();
    QCOMPARE(again.language(), std::optional<Language>(Language::Arabic));
    QCOMPARE(again.factsheetPaper(), QStringLiteral("letter"));
    QCOMPARE(again.recentFiles(), QStringList());
}

void tst_Settings::setter_savesAndSignalsOnlyChanges()
{
    Settings settings;
    QSignalSpy changed(&settings, &Settings::changed);
    settings.setExportFolder(QStringLiteral("/pictures"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(QSettings().value(QStringLiteral("export/lastFolder")).toString(),
             QStringLiteral("/pictures"));
    settings.setExportFolder(QStringLiteral("/pictures"));
    settings.addRecentFile(QStringLiteral("/a.json"));
    settings.addRecentFile(QStringLiteral("/a.json")); // already first
    settings.setWindowLayout("g", "s", "p");
    settings.setWindowLayout("g", "s", "p");
    settings.setLanguage(Language::French);
    settings.setLanguage(Language::French);
    QCOMPARE(changed.size(), 4);
}

void tst_Settings::badStoredValues_giveDefaults_data()
{
    QTest::addColumn<QVariant>("language");
    QTest::addRow("unknown code") << QVariant(QStringLiteral("klingon"));
    QTest::addRow("two codes") << QVariant(QStringList{QStringLiteral("fr"), QStringLiteral("ar")});
    QTest::addRow("a number") << QVariant(7);
}

void tst_Settings::badStoredValues_giveDefaults()
{
    QFETCH(QVariant, language);
    QSettings().setValue(QStringLiteral("interface/language"), language);
    Settings settings;
    settings.load();
    QCOMPARE(settings.language(), std::nullopt);

    // A file that is not a settings file at all.
    const QString path = QSettings().fileName();
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray("\x00\xff\xfe[[[\x01=\n\x80language", 19));
    }
    Settings damaged;
    damaged.load();
    QCOMPARE(damaged.language(), std::nullopt);
    QCOMPARE(damaged.recentFiles(), QStringList());
    QCOMPARE(damaged.windowGeometry(), QByteArray());
    QVERIFY(!damaged.exportTransparent());
    QFile::remove(path);
}

void tst_Settings::recentFiles_cappedAndUniqueWhenReadAndWhenAdded()
{
    // A settings file written by hand (or by an attacker) with 15 entries,
    // empty names and repeats.
    QStringList crafted{QString(), QStringLiteral("/file1.json")};
    for (int i = 1; i <= 15; ++i)
        crafted.append(QStringLiteral("/file%1.json").arg(i));
    QSettings().setValue(QStringLiteral("datasets/recentFiles"), crafted);
    Settings settings;
    settings.load();
    QStringList expected;
    for (int i = 1; i <= Settings::MaxRecentFiles; ++i)
        expected.append(QStringLiteral("/file%1.json").arg(i));
    QCOMPARE(settings.recentFiles(), expected);

    settings.addRecentFile(QStringLiteral("/new.json"));
    QCOMPARE(settings.recentFiles().size(), qsizetype(Settings::MaxRecentFiles));
    QCOMPARE(settings.recentFiles().constFirst(), QStringLiteral("/new.json"));
    QCOMPARE(settings.recentFiles().constLast(), QStringLiteral("/file9.json"));
    settings.addRecentFile(QStringLiteral("/file5.json")); // moves to the front, once
    QCOMPARE(settings.recentFiles().constFirst(), QStringLiteral("/file5.json"));
    QCOMPARE(settings.recentFiles().count(QStringLiteral("/file5.json")), 1);
    QCOMPARE(settings.recentFiles().size(), qsizetype(Settings::MaxRecentFiles));
}

void tst_Settings::removeRecentFile_saysWhetherItWasListed()
{
    Settings settings;
    settings.setRecentFiles({QStringLiteral("/a.json"), QStringLiteral("/b.json")});
    QVERIFY(settings.removeRecentFile(QStringLiteral("/a.json")));
    QVERIFY(!settings.removeRecentFile(QStringLiteral("/a.json")));
    QCOMPARE(settings.recentFiles(), QStringList{QStringLiteral("/b.json")});
}

void tst_Settings::defaultExportFolder_fallsBackWhenTheSavedOneIsGone()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Settings settings;
    settings.setExportFolder(dir.path());
    QCOMPARE(settings.defaultExportFolder(), dir.path());

    settings.setExportFolder(dir.filePath(QStringLiteral("gone")));
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString expected = QFileInfo(pictures).isDir() ? pictures : QDir::homePath();
    QCOMPARE(settings.defaultExportFolder(), expected);
    settings.setExportFolder(QString());
    QCOMPARE(settings.defaultExportFolder(), expected);
}

QTEST_GUILESS_MAIN(tst_Settings)
#include "tst_settings.moc"
