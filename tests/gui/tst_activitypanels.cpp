// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/datasetloader.h"
#include "core/io/iati/iatiactivityloader.h"
#include "widgets/panels/headerpanel.h"
#include "widgets/panels/sourcespanel.h"

#include <QLabel>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace sharaka;

/// The window's panels for an aid activity: status, update and money in the
/// header; documents by category and partners in the sources panel; none of
/// it for Sharaka's own data.
class tst_ActivityPanels : public QObject
{
    Q_OBJECT

private slots:
    void header_statusAndMoney_data();
    void header_statusAndMoney();
    void header_sharakaHasNoActivityLine();
    void sources_documentsByCategoryAndPartners();
    void relatedActivityLink_asksToOpenIt();

private:
    static DatasetPtr afdb()
    {
        const LoadResult result =
            IatiActivityLoader(
                QStringLiteral(SHARAKA_TEST_DATA_DIR "/iati/real/afdb-xm-dac-46002_v2.01.xml"))
                .load({});
        return std::make_shared<const Dataset>(result.dataset.value_or(Dataset()));
    }
};

void tst_ActivityPanels::header_statusAndMoney_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("expected");
    QTest::addRow("en") << int(Language::English)
                        << QStringLiteral("Status: Finalisation · Last updated: 13 August 2022\n"
                                          "Committed: 325,928\u00a0XDR · Spent: 325,928\u00a0XDR "
                                          "(100% of committed)");
    QTest::addRow("fr") << int(Language::French)
                        << QStringLiteral(
                               "Statut\u00a0: Finalisation · Dernière mise à jour\u00a0: "
                               "13 août 2022\nEngagé\u00a0: 325\u202f928\u00a0XDR · "
                               "Dépensé\u00a0: 325\u202f928\u00a0XDR (100\u00a0% de "
                               "l’engagé)");
}

void tst_ActivityPanels::header_statusAndMoney()
{
    QFETCH(int, language);
    QFETCH(QString, expected);
    // The window installs its language's translation; so does this test.
    QTranslator translator;
    if (Language(language) != Language::English) {
        QVERIFY(translator.load(
            QStringLiteral(":/i18n/sharaka_%1.qm").arg(languageCode(Language(language)))));
        QCoreApplication::installTranslator(&translator);
    }
    const auto uninstall =
        qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    HeaderPanel header;
    header.setLanguage(Language(language));
    header.setDataset(afdb());
    auto *line = header.findChild<QLabel *>(QStringLiteral("headerActivity"));
    QVERIFY(line);
    QCOMPARE(line->textFormat(), Qt::PlainText);
    QCOMPARE(line->text(), expected);
    QVERIFY(!line->isHidden());
}

void tst_ActivityPanels::header_sharakaHasNoActivityLine()
{
    HeaderPanel header;
    header.setDataset(std::make_shared<const Dataset>(*DatasetLoader::loadEmbedded().dataset));
    auto *line = header.findChild<QLabel *>(QStringLiteral("headerActivity"));
    QVERIFY(line);
    QVERIFY(line->isHidden());
    QCOMPARE(line->text(), QString());
}

void tst_ActivityPanels::sources_documentsByCategoryAndPartners()
{
    SourcesPanel panel;
    panel.setDataset(afdb());
    QVERIFY(panel.hasPartnersTab());
    const QString sources = panel.sourcesText();
    QVERIFY2(sources.contains(QLatin1String("Activity web page\n")), qPrintable(sources));
    QVERIFY(sources.contains(QLatin1String("Language: French")));
    QCOMPARE(panel.partnersText(),
             QStringLiteral("Participating organisations\n"
                            "Funding: \u2068Special Relief Funds\u2069 (Multilateral)\n"
                            "Implementing: \u2068Ministry of the Interior\u2069 (Government)"));
    panel.setDataset(std::make_shared<const Dataset>(*DatasetLoader::loadEmbedded().dataset));
    QVERIFY(!panel.hasPartnersTab());
}

void tst_ActivityPanels::relatedActivityLink_asksToOpenIt()
{
    const LoadResult result =
        IatiActivityLoader(
            QStringLiteral(SHARAKA_TEST_DATA_DIR "/iati/real/dfid-gb-1_ml_v1.02.xml"))
            .load(QStringLiteral("GB-1-204049-102"));
    SourcesPanel panel;
    panel.setDataset(std::make_shared<const Dataset>(result.dataset.value_or(Dataset())));
    QVERIFY2(panel.partnersText().contains(QLatin1String("Related activities\nParent: ")),
             qPrintable(panel.partnersText()));
    QVERIFY(panel.partnersText().contains(QLatin1String("GB-1-204049")));
    QSignalSpy requested(&panel, &SourcesPanel::activityRequested);
    auto *browser = panel.findChild<QTextBrowser *>(QStringLiteral("partnersBrowser"));
    QVERIFY(browser);
    emit browser->anchorClicked(QUrl(QStringLiteral("activity:GB-1-204049")));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("GB-1-204049"));
}

QTEST_MAIN(tst_ActivityPanels)
#include "tst_activitypanels.moc"
