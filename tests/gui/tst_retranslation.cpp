// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/chartfactory.h"
#include "charts/indicatorchart.h"
#include "common/programrun.h"
#include "core/io/datasetloader.h"
#include "core/settings.h"
#include "widgets/languagemanager.h"
#include "widgets/mainwindow.h"
#include "widgets/panels/chartpanel.h"
#include "widgets/panels/countrypanel.h"
#include "widgets/panels/headerpanel.h"
#include "widgets/panels/sourcespanel.h"
#include "widgets/panels/timelinewidget.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QValueAxis>
#include <QXmlStreamReader>

using namespace sharaka;

namespace {

/// What a user reads in each panel, per language (exact strings).
struct VisibleTexts
{
    QString fileMenu;
    QString countriesTitle;
    QString chartsTitle;
    QString windowTitle;
    QString headerTitle;
    QString headerDetails;
    QString countryCount;
    QStringList tableHeaders;
    QStringList countryNames; ///< sorted by name, in the language's order
    QString firstPhase;
    QString filterPlaceholder;
    QStringList sourceTabs;
    QString firstTimelineLabel;
    QString yearOnlyNote;
    QStringList chartTitles; ///< infrastructure, training, training-activities
    QStringList infrastructureCategories;
    QString lowerBoundLegend;
    QString trainingSourceLine;
    QString qtCancel; ///< from Qt's own qtbase_<lang>.qm
};

const QChar Rlm(0x200F);

VisibleTexts expectedTexts(Language language)
{
    switch (language) {
    case Language::English:
        return {
            QStringLiteral("&File"),
            QStringLiteral("Partner countries"),
            QStringLiteral("Outcome indicators (totals for the whole project)"),
            QStringLiteral("Sharaka — Sharaka Dashboard"),
            QStringLiteral("\u2068Sharaka\u2069 (\u2068Arabic for “partnership”\u2069)"),
            QStringLiteral("\u2068Regional counter-terrorism project in the Middle East and North "
                           "Africa\u2069 · "
                           "Implemented by \u2068INTERPOL\u2069 · Funded by \u2068the European "
                           "Union\u2069 · 2017 to 31 Jan "
                           "2023"),
            QStringLiteral("8 countries"),
            {QStringLiteral("Country"), QStringLiteral("ISO code"), QStringLiteral("Joined")},
            {"Algeria", "Egypt", "Jordan", "Lebanon", "Libya", "Morocco", "Palestine *", "Tunisia"},
            QStringLiteral("Listed first"),
            QStringLiteral("Filter by name, code or phase"),
            {QStringLiteral("Sources"), QStringLiteral("Data notes")},
            QStringLiteral("2017 · \u2068Project starts\u2069"),
            QStringLiteral("Only the year is known."),
            {QStringLiteral("Connections to INTERPOL systems"), QStringLiteral("Officers trained"),
             QStringLiteral("Training activities")},
            {QStringLiteral("Border-crossing points connected"),
             QStringLiteral("Agencies with I-24/7 access"),
             QStringLiteral("NCBs with video-conferencing")},
            QStringLiteral("Lower bound (at least)"),
            QStringLiteral(
                "Sources: EU Neighbours South, 8 Feb 2023; EU Neighbours South, 7 Feb 2023"),
            QStringLiteral("Cancel")};
    case Language::French:
        return {
            QStringLiteral("&Fichier"),
            QStringLiteral("Pays partenaires"),
            QStringLiteral("Indicateurs de résultats (totaux pour l’ensemble du projet)"),
            QStringLiteral("Sharaka — Tableau de bord Sharaka"),
            QStringLiteral("\u2068Sharaka\u2069 (\u2068«\u00A0partenariat\u00A0» en arabe\u2069)"),
            QStringLiteral("\u2068Projet régional de lutte contre le terrorisme au Moyen-Orient et "
                           "en Afrique du "
                           "Nord\u2069 · Mis en œuvre par \u2068INTERPOL\u2069 · Financé par "
                           "\u2068l’Union européenne\u2069 · "
                           "2017 – 31 janv. 2023"),
            QStringLiteral("8 pays"),
            {QStringLiteral("Pays"), QStringLiteral("Code ISO"), QStringLiteral("Adhésion")},
            // Collated in French: "Égypte" sorts with the E, not after "Z".
            {"Algérie", "Égypte", "Jordanie", "Liban", "Libye", "Maroc", "Palestine *", "Tunisie"},
            QStringLiteral("Première liste"),
            QStringLiteral("Filtrer par nom, code ou phase"),
            {QStringLiteral("Sources"), QStringLiteral("Notes sur les données")},
            QStringLiteral("2017 · \u2068Début du projet\u2069"),
            QStringLiteral("Seule l’année est connue."),
            {QStringLiteral("Connexions aux systèmes d’INTERPOL"), QStringLiteral("Agents formés"),
             QStringLiteral("Activités de formation")},
            {QStringLiteral("Points de passage frontaliers connectés"),
             QStringLiteral("Services ayant accès à I-24/7"),
             QStringLiteral("BCN équipés en visioconférence")},
            QStringLiteral("Borne inférieure (au moins)"),
            QStringLiteral(
                "Sources\u00A0: EU Neighbours South, 8 févr. 2023\u00A0; EU Neighbours South, "
                "7 févr. 2023"),
            QStringLiteral("Annuler")};
    case Language::Arabic:
        return {
            QStringLiteral("ملف"), // no mnemonic in Arabic (README)
            QStringLiteral("البلدان الشريكة"),
            QStringLiteral("مؤشرات النتائج (المجاميع للمشروع بأكمله)"),
            QStringLiteral("Sharaka — لوحة متابعة شراكة"),
            QStringLiteral("شراكة"), // the name says what it means
            QStringLiteral("\u2068مشروع إقليمي لمكافحة الإرهاب في الشرق الأوسط وشمال أفريقيا\u2069 "
                           "· بتنفيذ \u2068الإنتربول\u2069 · "
                           "بتمويل من \u2068الاتحاد الأوروبي\u2069 · من 2017 إلى 31 يناير 2023"),
            QStringLiteral("8 بلدان"),
            {QStringLiteral("البلد"), QStringLiteral("رمز ISO"), QStringLiteral("الانضمام")},
            {"الأردن", "الجزائر", "المغرب", "تونس", "فلسطين *", "لبنان", "ليبيا", "مصر"},
            QStringLiteral("القائمة الأولى"),
            QStringLiteral("التصفية حسب الاسم أو الرمز أو المرحلة"),
            {QStringLiteral("المصادر"), QStringLiteral("ملاحظات على البيانات")},
            QStringLiteral("2017 · \u2068انطلاق المشروع\u2069"),
            QStringLiteral("السنة وحدها معروفة."),
            {QStringLiteral("الربط بأنظمة الإنتربول"), QStringLiteral("الضباط المدرَّبون"),
             QStringLiteral("الأنشطة التدريبية")},
            {QStringLiteral("المعابر الحدودية الموصولة"),
             QStringLiteral("أجهزة لها حق الوصول إلى I-24/7"),
             QStringLiteral("مكاتب مركزية وطنية مزوّدة بنظام التداول بالفيديو")},
            QStringLiteral("حدّ أدنى (على الأقل)"),
            // Arabic comma and semicolon; the mark keeps each day with its month.
            QStringLiteral("المصادر: EU Neighbours South") + Rlm +
                QStringLiteral("، 8 فبراير 2023؛ EU Neighbours South") + Rlm +
                QStringLiteral("، 7 فبراير 2023"),
            QStringLiteral("ألغِ")};
    }
    return {};
}

} // namespace

/// Live language switching of the whole window, and the translation files behind it.
// Data strings are isolated (FSI…PDI) where they meet program text; the
// hostile-input tests check the isolation, these the words.
static QString withoutIsolates(QString text)
{
    text.remove(QChar(0x2068));
    text.remove(QChar(0x2069));
    return text;
}

static QStringList withoutIsolates(const QStringList &texts)
{
    QStringList result;
    for (const QString &text : texts)
        result.append(withoutIsolates(text));
    return result;
}

// Keeps the embedded Sharaka data: its subject is the real window and data in every language.
class tst_Retranslation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tsFiles_haveNoUnfinishedVanishedOrObsoleteEntries_data();
    void tsFiles_haveNoUnfinishedVanishedOrObsoleteEntries();
    void tsFiles_coverEveryStringInTheSources();
    void qtTranslations_areRealFiles();
    void switchLanguage_retranslatesEveryPanel_data();
    void switchLanguage_retranslatesEveryPanel();
    void arabicPlurals_useAllSixForms_data();
    void arabicPlurals_useAllSixForms();
    void backToEnglish_restoresEveryText();
    void arabic_mirrorsWindowTimelineAndCharts();
    void switching_keepsFilterSelectionScrollAndGeometry();
    void switching500Times_leavesNothingBehind();
    void preferredLanguage_followsSettingsThenSystem();
    void damagedSettings_meanDefaults_data();
    void damagedSettings_meanDefaults();

private:
    void switchTo(Language language);
    QStringList visibleChartTitles() const;

    LanguageManager *m_languages = nullptr;
    MainWindow *m_window = nullptr;
    Dataset m_data;
};

void tst_Retranslation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Sharaka Dashboard tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_retranslation"));
    QSettings().clear();
    const LoadResult loaded = DatasetLoader::loadEmbedded();
    QVERIFY(loaded.ok());
    m_data = *loaded.dataset;
    m_languages = new LanguageManager(new Settings(this), this);
    QVERIFY(m_languages->setLanguage(Language::English));
    m_window = new MainWindow(m_languages, m_languages->settings());
    m_window->setDataset(m_data, QStringLiteral("Sharaka"));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_Retranslation::cleanupTestCase()
{
    delete m_window;
    m_languages->setLanguage(Language::English);
}

void tst_Retranslation::switchTo(Language language)
{
    // Through the menu, as a user does.
    QAction *action =
        m_window->findChild<QAction *>(QStringLiteral("language-") + languageCode(language));
    QVERIFY(action);
    action->trigger();
    QCOMPARE(m_languages->language(), language);
    QVERIFY(action->isChecked());
}

QStringList tst_Retranslation::visibleChartTitles() const
{
    QStringList titles;
    for (const QString &id : {QStringLiteral("infrastructure"), QStringLiteral("training"),
                              QStringLiteral("training-activities")}) {
        titles.append(m_window->chartPanel(id)->chart()->title());
    }
    return titles;
}

void tst_Retranslation::tsFiles_haveNoUnfinishedVanishedOrObsoleteEntries_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("pluralForms");
    QTest::addRow("fr") << QStringLiteral("fr") << 2;
    QTest::addRow("ar") << QStringLiteral("ar") << 6; // zero, one, two, few, many, other
}

void tst_Retranslation::tsFiles_haveNoUnfinishedVanishedOrObsoleteEntries()
{
    QFETCH(QString, code);
    QFETCH(int, pluralForms);
    QFile file(QStringLiteral(SHARAKA_SOURCE_DIR "/translations/sharaka_%1.ts").arg(code));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    QStringList problems;
    QString source;
    QString comment;
    int messages = 0;
    int numerusMessages = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            comment.clear();
            ++messages;
        } else if (xml.name() == QLatin1String("comment")) {
            comment = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (!type.isEmpty())
                problems.append(type + QStringLiteral(": ") + source);
            QStringList forms;
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) &&
                   !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    forms.append(xml.readElementText());
                else if (xml.isCharacters())
                    text += xml.text();
            }
            if (!forms.isEmpty()) {
                ++numerusMessages;
                if (forms.size() != pluralForms || forms.contains(QString()))
                    problems.append(QStringLiteral("plural forms: ") + source);
            } else if (text.trimmed().isEmpty()) {
                problems.append(QStringLiteral("empty: ") + source);
            }
            // Every placeholder of the source survives in the translation, but for
            // one the source's comment allows leaving out ("%1 alone").
            const QString all = forms.isEmpty() ? text : forms.join(QLatin1Char('|'));
            for (const QString &placeholder : {QStringLiteral("%1"), QStringLiteral("%2")}) {
                const bool mayDrop = placeholder == QLatin1String("%2") &&
                                     comment.contains(QLatin1String("%1 alone"));
                if (source.contains(placeholder) && !all.contains(placeholder) && !mayDrop)
                    problems.append(QStringLiteral("lost ") + placeholder + QStringLiteral(": ") +
                                    source);
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(messages >= 56);
    QVERIFY(numerusMessages >= 2);
}

void tst_Retranslation::tsFiles_coverEveryStringInTheSources()
{
    // lupdate on a copy: any string added to the code but not translated yet
    // comes back "unfinished", any string removed from it "vanished".
    const QString lupdate = QStringLiteral(SHARAKA_LUPDATE);
    if (!QFileInfo::exists(lupdate))
        QSKIP("lupdate is not installed");
    QTemporaryDir dir;
    QStringList problems;
    for (const QString &code : {QStringLiteral("fr"), QStringLiteral("ar")}) {
        const QString copy = dir.filePath(QStringLiteral("sharaka_%1.ts").arg(code));
        QVERIFY(QFile::copy(
            QStringLiteral(SHARAKA_SOURCE_DIR "/translations/sharaka_%1.ts").arg(code), copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const test::ProgramRun update = test::runCommand(
            lupdate, {QStringLiteral("-locations"), QStringLiteral("none"),
                      QStringLiteral(SHARAKA_SOURCE_DIR "/app"), QStringLiteral("-ts"), copy});
        QCOMPARE(update.exitCode, 0);
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                if (!type.isEmpty())
                    problems.append(code + QLatin1Char(' ') + type + QStringLiteral(": ") + source);
            }
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("Run the update_translations target and translate:\n") +
                        problems.join(QLatin1Char('\n'))));
}

void tst_Retranslation::qtTranslations_areRealFiles()
{
    // Some distributions ship near-empty placeholders; these are the real catalogues.
    const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const QString &code : {QStringLiteral("fr"), QStringLiteral("ar")}) {
        const QFileInfo info(dir + QStringLiteral("/qtbase_%1.qm").arg(code));
        QVERIFY2(info.exists(), qPrintable(info.filePath()));
        QVERIFY2(info.size() > 10 * 1024, qPrintable(info.filePath()));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/sharaka_%1.qm").arg(code)));
    }
}

void tst_Retranslation::switchLanguage_retranslatesEveryPanel_data()
{
    QTest::addColumn<Language>("language");
    // French and Arabic, each from the other, so that nothing is left over.
    QTest::addRow("fr") << Language::French;
    QTest::addRow("ar") << Language::Arabic;
    QTest::addRow("fr after ar") << Language::French;
    QTest::addRow("en") << Language::English;
}

void tst_Retranslation::switchLanguage_retranslatesEveryPanel()
{
    QFETCH(Language, language);
    const VisibleTexts expected = expectedTexts(language);
    switchTo(language);

    // Menus and section titles follow LanguageChange, which Qt posts.
    QTRY_COMPARE(m_window->menuBar()->actions().constFirst()->text(), expected.fileMenu);
    QTRY_COMPARE(m_window->findChild<QLabel *>(QStringLiteral("countriesTitle"))->text(),
                 expected.countriesTitle);
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("chartsTitle"))->text(),
             expected.chartsTitle);
    QCOMPARE(withoutIsolates(m_window->windowTitle()), withoutIsolates(expected.windowTitle));

    QCOMPARE(withoutIsolates(m_window->headerPanel()->titleText()),
             withoutIsolates(expected.headerTitle));
    QCOMPARE(withoutIsolates(m_window->headerPanel()->detailsText()),
             withoutIsolates(expected.headerDetails));

    CountryPanel *countries = m_window->countryPanel();
    QTRY_COMPARE(countries->findChild<QLabel *>(QStringLiteral("countryCount"))->text(),
                 expected.countryCount);
    auto *table = countries->findChild<QTableView *>(QStringLiteral("countryTable"));
    QStringList headers;
    for (int column = 0; column < 3; ++column)
        headers.append(table->model()->headerData(column, Qt::Horizontal).toString());
    QCOMPARE(withoutIsolates(headers), withoutIsolates(expected.tableHeaders));
    QStringList names;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        names.append(table->model()->index(row, 0).data().toString());
    QCOMPARE(withoutIsolates(names), withoutIsolates(expected.countryNames));
    QCOMPARE(withoutIsolates(table->model()->index(0, 2).data().toString()),
             withoutIsolates(expected.firstPhase));
    QTRY_COMPARE(
        countries->findChild<QLineEdit *>(QStringLiteral("countryFilter"))->placeholderText(),
        expected.filterPlaceholder);

    SourcesPanel *sources = m_window->sourcesPanel();
    QTRY_COMPARE(QStringList({sources->tabText(0), sources->tabText(1)}), expected.sourceTabs);

    TimelineWidget *timeline = m_window->timeline();
    QCOMPARE(withoutIsolates(timeline->labelTexts().constFirst()),
             withoutIsolates(expected.firstTimelineLabel));
    QVERIFY2(timeline->milestoneDetails(0).contains(expected.yearOnlyNote),
             qPrintable(timeline->milestoneDetails(0)));

    QCOMPARE(withoutIsolates(visibleChartTitles()), withoutIsolates(expected.chartTitles));
    IndicatorChart *infrastructure =
        m_window->chartPanel(QStringLiteral("infrastructure"))->chart();
    QCOMPARE(withoutIsolates(infrastructure->categoryLabels()),
             withoutIsolates(expected.infrastructureCategories));
    // The axis itself carries the same labels (bottom-up, long ones on two lines).
    auto *categoryAxis =
        qobject_cast<QBarCategoryAxis *>(infrastructure->axes(Qt::Vertical).constFirst());
    QVERIFY(categoryAxis);
    QCOMPARE(QString(categoryAxis->categories().constLast())
                 .replace(QStringLiteral("<br>"), QStringLiteral(" ")),
             expected.infrastructureCategories.constFirst().toHtmlEscaped());
    QCOMPARE(infrastructure->valueLabelTexts(), QStringList({"46", "42", "7"}));
    IndicatorChart *training = m_window->chartPanel(QStringLiteral("training"))->chart();
    QCOMPARE(training->valueLabelTexts(),
             QStringList({"800+"})); // Western digits in every language
    QStringList legend;
    for (QLegendMarker *marker : training->legend()->markers()) {
        if (marker->isVisible())
            legend.append(marker->label());
    }
    QCOMPARE(legend, QStringList({expected.lowerBoundLegend}));
    QCOMPARE(withoutIsolates(training->sourceLine()), withoutIsolates(expected.trainingSourceLine));
    // Value axis numbers go through the chart's locale: Western digits, local grouping.
    // (Arabic without the dot grouping: "1.000" read as one.)
    QCOMPARE(training->locale().name(), localeFor(language).name());
    QVERIFY(training->localizeNumbers());
    QCOMPARE(training->locale().zeroDigit(), QStringLiteral("0"));

    QCOMPARE(withoutIsolates(QCoreApplication::translate("QPlatformTheme", "Cancel")),
             withoutIsolates(expected.qtCancel));
    QCOMPARE(QLocale().language(), localeFor(language).language());
}

void tst_Retranslation::arabicPlurals_useAllSixForms_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("countries");
    QTest::addRow("zero") << 0 << QStringLiteral("لا بلدان");
    QTest::addRow("one") << 1 << QStringLiteral("بلد واحد");
    QTest::addRow("two") << 2 << QStringLiteral("بلدان اثنان");
    QTest::addRow("few: 8") << 8 << QStringLiteral("8 بلدان");
    QTest::addRow("many: 46") << 46 << QStringLiteral("46 بلدًا");
    QTest::addRow("other: 100") << 100 << QStringLiteral("100 بلد");
}

void tst_Retranslation::arabicPlurals_useAllSixForms()
{
    QFETCH(int, count);
    QFETCH(QString, countries);
    switchTo(Language::Arabic);
    QCOMPARE(QCoreApplication::translate("sharaka::CountryPanel", "%n countries", nullptr, count),
             countries);
    // And on screen: a filter that leaves one of the eight.
    CountryPanel *panel = m_window->countryPanel();
    panel->setFilterText(QStringLiteral("LY"));
    QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("countryCount"))->text(),
             QStringLiteral("المعروض 1 من أصل 8 بلدان"));
    switchTo(Language::French);
    QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("countryCount"))->text(),
             QStringLiteral("Affichés\u00A0: 1 sur 8"));
    panel->setFilterText(QString());
    QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("countryCount"))->text(),
             QStringLiteral("8 pays"));
}

void tst_Retranslation::backToEnglish_restoresEveryText()
{
    switchTo(Language::Arabic);
    QTRY_COMPARE(m_window->menuBar()->actions().constFirst()->text(),
                 expectedTexts(Language::Arabic).fileMenu);
    switchTo(Language::English);
    const VisibleTexts english = expectedTexts(Language::English);
    QTRY_COMPARE(m_window->menuBar()->actions().constFirst()->text(), english.fileMenu);
    QTRY_COMPARE(m_window->findChild<QLabel *>(QStringLiteral("countriesTitle"))->text(),
                 english.countriesTitle);
    QCOMPARE(withoutIsolates(m_window->headerPanel()->detailsText()),
             withoutIsolates(english.headerDetails));
    QCOMPARE(withoutIsolates(visibleChartTitles()), withoutIsolates(english.chartTitles));
    QCOMPARE(
        withoutIsolates(m_window->chartPanel(QStringLiteral("training"))->chart()->sourceLine()),
        withoutIsolates(english.trainingSourceLine));
    QCOMPARE(m_window->sourcesPanel()->tabText(1), english.sourceTabs.at(1));
    QVERIFY(m_window->sourcesPanel()->sourcesText().contains(
        QStringLiteral("Language: French · 8 Feb 2023")));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QCOMPARE(m_window->layoutDirection(), Qt::LeftToRight);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

void tst_Retranslation::arabic_mirrorsWindowTimelineAndCharts()
{
    switchTo(Language::Arabic);
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    const QList<QWidget *> widgets{m_window,
                                   m_window->menuBar(),
                                   m_window->headerPanel(),
                                   m_window->timeline(),
                                   m_window->countryPanel(),
                                   m_window->sourcesPanel(),
                                   m_window->chartPanels().constFirst()};
    for (QWidget *widget : widgets)
        QVERIFY2(widget->layoutDirection() == Qt::RightToLeft, qPrintable(widget->objectName()));

    // The menu bar starts on the right.
    QMenuBar *menuBar = m_window->menuBar();
    QTRY_VERIFY(menuBar->actionGeometry(menuBar->actions().constFirst()).x() >
                menuBar->width() / 2);

    // Time flows right to left: the first event is drawn on the right.
    TimelineWidget *timeline = m_window->timeline();
    const int last = timeline->milestoneCount() - 1;
    QVERIFY(timeline->markerPosition(0).x() > timeline->width() * 0.75);
    for (int i = 1; i <= last; ++i)
        QVERIFY(timeline->markerPosition(i - 1).x() >= timeline->markerPosition(i).x());

    // Charts: labels on the right and bars growing leftwards from them.
    for (ChartPanel *panel : m_window->chartPanels()) {
        QCOMPARE(panel->dashboardChart()->layoutDirection(), Qt::RightToLeft);
        IndicatorChart *chart = panel->chart();
        if (!chart)
            continue; // the map: its layout mirrors, the map itself never does
        QCOMPARE(chart->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(chart->axes(Qt::Vertical).constFirst()->alignment(), Qt::AlignRight);
        QVERIFY(chart->axes(Qt::Horizontal).constFirst()->isReverse());
        QVERIFY(chart->plotArea().right() < chart->size().width() * 0.9);
    }
    IndicatorChart *infrastructure =
        m_window->chartPanel(QStringLiteral("infrastructure"))->chart();
    const QPointF zero = infrastructure->mapToPosition(QPointF(0, 0));
    const QPointF fortySix = infrastructure->mapToPosition(QPointF(46, 2));
    QVERIFY(fortySix.x() < zero.x());

    switchTo(Language::English);
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QTRY_VERIFY(timeline->markerPosition(0).x() < timeline->width() * 0.25);

    // An Arabic chart built for export from an English interface mirrors too.
    auto exported = chartOfKind<IndicatorChart>(
        buildChart(m_data, QStringLiteral("training"), Language::Arabic, QSizeF(1600, 900)));
    QCOMPARE(exported->layoutDirection(), Qt::RightToLeft);
    QCOMPARE(exported->axes(Qt::Vertical).constFirst()->alignment(), Qt::AlignRight);
    QCOMPARE(exported->titleText(), QStringLiteral("الضباط المدرَّبون"));
    QCOMPARE(exported->valueLabelTexts(), QStringList({"800+"}));
    QCOMPARE(m_window->chartPanel(QStringLiteral("infrastructure"))
                 ->chart()
                 ->axes(Qt::Vertical)
                 .constFirst()
                 ->alignment(),
             Qt::AlignLeft);
}

void tst_Retranslation::switching_keepsFilterSelectionScrollAndGeometry()
{
    switchTo(Language::English);
    m_window->resize(1100, 700);
    QTRY_COMPARE(m_window->size(), QSize(1100, 700));
    const QRect geometry = m_window->geometry();

    CountryPanel *countries = m_window->countryPanel();
    countries->setFilterText(QStringLiteral("i"));
    auto *table = countries->findChild<QTableView *>(QStringLiteral("countryTable"));
    table->sortByColumn(1, Qt::AscendingOrder); // by ISO code: DZ EG JO LB LY MA PS TN
    int libya = -1;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 1).data().toString() == QLatin1String("LY"))
            libya = row;
    }
    QVERIFY(libya >= 0);
    table->selectRow(libya);

    auto *browser =
        m_window->sourcesPanel()->findChild<QTextBrowser *>(QStringLiteral("sourcesBrowser"));
    QScrollBar *scroll = browser->verticalScrollBar();
    QTRY_VERIFY(scroll->maximum() > 0);
    scroll->setValue(scroll->maximum() / 2);
    const double fraction = double(scroll->value()) / scroll->maximum();

    TimelineWidget *timeline = m_window->timeline();
    timeline->setCurrentIndex(3);

    for (Language language : {Language::French, Language::Arabic, Language::English}) {
        switchTo(language);
        QTRY_COMPARE(m_window->menuBar()->actions().constFirst()->text(),
                     expectedTexts(language).fileMenu);
        const QString name = languageCode(language);
        QVERIFY2(countries->filterText() == QLatin1String("i"), qPrintable(name));
        const QModelIndexList selected = table->selectionModel()->selectedRows(1);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.constFirst().data().toString(), QStringLiteral("LY"));
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), 1);
        QVERIFY2(scroll->value() > 0, qPrintable(name));
        QVERIFY2(std::abs(double(scroll->value()) / scroll->maximum() - fraction) < 0.2,
                 qPrintable(name));
        QCOMPARE(timeline->currentIndex(), 3);
        QCOMPARE(m_window->geometry(), geometry);
    }
    countries->setFilterText(QString());
    table->sortByColumn(0, Qt::AscendingOrder);
    m_window->resize(1280, 800);
}

void tst_Retranslation::switching500Times_leavesNothingBehind()
{
    const QList<Language> cycle{Language::French, Language::Arabic, Language::English};
    // One round first: Qt creates a few helpers lazily on the first switch.
    for (Language language : cycle)
        switchTo(language);
    QCoreApplication::processEvents();
    const qsizetype widgets = QApplication::allWidgets().size();
    QList<qsizetype> sceneItems;
    for (ChartPanel *panel : m_window->chartPanels())
        sceneItems.append(panel->view()->scene()->items().size());
    // Counted with every chart built (view() builds one that waits for its
    // panel to come into view), as below.
    const qsizetype children = m_window->findChildren<QObject *>().size();

    // Each rebuilt chart replaces the one before it, which is deleted.
    const QPointer<IndicatorChart> firstChart =
        m_window->chartPanel(QStringLiteral("infrastructure"))->chart();
    const QPointer<DashboardChart> mapChart =
        m_window->chartPanel(QStringLiteral("map"))->dashboardChart();
    for (int i = 0; i < 500; ++i) {
        switchTo(cycle.at(i % cycle.size()));
        if (i % 10 == 0)
            QCoreApplication::processEvents();
    }
    switchTo(Language::English);
    QCoreApplication::processEvents();

    QVERIFY(firstChart.isNull());
    QVERIFY(mapChart.isNull());
    QCOMPARE(QApplication::allWidgets().size(), widgets);
    for (ChartPanel *panel : m_window->chartPanels())
        panel->view();
    // Waits out transient style animations, which delete themselves; a leak
    // stays. The first screen's splitters drop helpers built once at startup,
    // so the count may only fall.
    QTRY_VERIFY2(m_window->findChildren<QObject *>().size() <= children,
                 qPrintable(QString::number(m_window->findChildren<QObject *>().size())));
    for (int i = 0; i < m_window->chartPanels().size(); ++i) {
        ChartPanel *panel = m_window->chartPanels().at(i);
        QCOMPARE(panel->view()->scene()->items().size(), sceneItems.at(i));
        if (!panel->chart())
            continue; // the map has no series
        QCOMPARE(panel->chart()->series().size(), 1);
        QCOMPARE(panel->chart()->axes().size(), 2);
    }
    QTRY_COMPARE(m_window->menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));
    QCOMPARE(visibleChartTitles(), expectedTexts(Language::English).chartTitles);
}

void tst_Retranslation::preferredLanguage_followsSettingsThenSystem()
{
    QSettings().clear();
    Settings *settings = m_languages->settings();
    settings->load();
    // The test runs under LC_ALL=C: a system language the dashboard does not speak.
    QCOMPARE(m_languages->preferredLanguage(), languageForLocale(QLocale::system()));
    QCOMPARE(languageForLocale(QLocale(QLocale::French, QLocale::Canada)), Language::French);
    QCOMPARE(languageForLocale(QLocale(QLocale::Arabic, QLocale::Egypt)), Language::Arabic);
    QCOMPARE(languageForLocale(QLocale(QLocale::German, QLocale::Germany)), Language::English);

    settings->setLanguage(Language::Arabic);
    QCOMPARE(m_languages->preferredLanguage(), Language::Arabic);
    switchTo(Language::French); // the menu saves the choice
    QCOMPARE(m_languages->preferredLanguage(), Language::French);
    Settings saved;
    saved.load();
    QCOMPARE(saved.language(), std::optional<Language>(Language::French));
    QSettings().setValue(QStringLiteral("interface/language"), QStringLiteral("klingon"));
    settings->load();
    QCOMPARE(m_languages->preferredLanguage(), languageForLocale(QLocale::system()));
    switchTo(Language::English);
}

void tst_Retranslation::damagedSettings_meanDefaults_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("asFolder");
    QTest::addRow("binary garbage")
        << QByteArray("\x00\xff\xfe[[[\x01=\n\x80language", 19) << false;
    QTest::addRow("broken geometry") << QByteArray("[window]\ngeometry=@ByteArray(\\x1\\x2)\n"
                                                   "[interface]\nlanguage=@Variant(\\0\\0)\n")
                                     << false;
    QTest::addRow("unreadable: a folder in its place") << QByteArray() << true;
}

void tst_Retranslation::damagedSettings_meanDefaults()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, asFolder);
    const QString path = QSettings().fileName();
    QFile::remove(path);
    QDir().rmpath(path);
    QDir().mkpath(QFileInfo(path).path());
    if (asFolder) {
        QVERIFY(QDir().mkpath(path));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    Settings settings;
    settings.load();
    QCOMPARE(LanguageManager(&settings).preferredLanguage(), languageForLocale(QLocale::system()));
    {
        MainWindow window(m_languages, &settings);
        window.setDataset(m_data, QStringLiteral("Sharaka"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.width() >= 640);
        QVERIFY(window.height() >= 480);
        window.close(); // saving over a damaged file must not crash either
    }
    QDir(path).removeRecursively();
    QFile::remove(path);
}

QTEST_MAIN(tst_Retranslation)
#include "tst_retranslation.moc"
