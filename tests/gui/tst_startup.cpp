// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/// The built program as a user starts it.
class tst_Startup : public QObject
{
    Q_OBJECT

private slots:
    void quitAfterFirstPaint_exitsZero();
    void version_printsVersion();
    void help_listsOptions();
    void firstStart_followsSystemLanguage_data();
    void firstStart_followsSystemLanguage();
    void unknownOption_exitsTwo();
    void badLanguage_exitsTwo();
    void missingDataFile_exitsOneNamingTheFile();

private:
    static QString runtimeDir()
    {
        static QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner);
        return dir.path();
    }
    static QProcessEnvironment offscreen()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // Qt warns on stderr without a runtime folder; tests compare stderr exactly.
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir());
        return env;
    }
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &arguments, const QString &systemLocale = QString())
    {
        QProcess process;
        QProcessEnvironment env = offscreen();
        if (!systemLocale.isEmpty()) {
            // A first start: the system's language and no saved choice.
            env.insert(QStringLiteral("LC_ALL"), systemLocale);
            env.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       runtimeDir() + QStringLiteral("/fresh-config"));
        }
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SHARAKA_APP_BINARY), arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
};

void tst_Startup::quitAfterFirstPaint_exitsZero()
{
    const Run result = run({QStringLiteral("--quit-after-first-paint")});
    QCOMPARE(result.exitCode, 0);
}

void tst_Startup::version_printsVersion()
{
    const Run result = run({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), QStringLiteral("sharaka-dashboard " SHARAKA_VERSION));
}

void tst_Startup::help_listsOptions()
{
    const Run result = run({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QLatin1String("--quit-after-first-paint")));
    QVERIFY(result.out.contains(QLatin1String("--lang")));
}

void tst_Startup::firstStart_followsSystemLanguage_data()
{
    QTest::addColumn<QString>("systemLocale");
    QTest::addColumn<QString>("description");
    QTest::addRow("French") << QStringLiteral("fr_FR.UTF-8")
                            << QStringLiteral(
                                   "Chronologie, pays partenaires et indicateurs de résultats du "
                                   "projet Sharaka d’INTERPOL.");
    QTest::addRow("Arabic") << QStringLiteral("ar_LY.UTF-8")
                            << QStringLiteral(
                                   "الخط الزمني والبلدان الشريكة ومؤشرات النتائج لمشروع شراكة الذي "
                                   "نفّذه الإنتربول.");
    QTest::addRow("German: English")
        << QStringLiteral("de_DE.UTF-8")
        << QStringLiteral("Timeline, partner countries and outcome indicators "
                          "of INTERPOL's Sharaka project.");
}

void tst_Startup::firstStart_followsSystemLanguage()
{
    QFETCH(QString, systemLocale);
    QFETCH(QString, description);
    const Run result = run({QStringLiteral("--help")}, systemLocale);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(description), qPrintable(result.out));
}

void tst_Startup::unknownOption_exitsTwo()
{
    const Run result = run({QStringLiteral("--no-such-option")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QLatin1String("no-such-option")), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void tst_Startup::badLanguage_exitsTwo()
{
    const Run result = run({QStringLiteral("--lang"), QStringLiteral("de")});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err.trimmed(), QStringLiteral("Unknown language \"de\": use en, fr or ar."));
}

void tst_Startup::missingDataFile_exitsOneNamingTheFile()
{
    const Run result = run({QStringLiteral("--data"), QStringLiteral("/nonexistent/x.json"),
                            QStringLiteral("--quit-after-first-paint")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err.trimmed(), QStringLiteral("/nonexistent/x.json: file does not exist"));
}

QTEST_GUILESS_MAIN(tst_Startup)
#include "tst_startup.moc"
