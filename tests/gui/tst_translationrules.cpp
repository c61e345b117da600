// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/dashboardwindow.h"
#include "core/partialdate.h"
#include "widgets/abouttext.h"
#include "widgets/export/exportoptionsdialog.h"
#include "widgets/panels/timelinewidget.h"
#include "widgets/shortcutsdialog.h"

#include <QAbstractButton>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QXmlStreamReader>

using namespace sharaka;

namespace {

const QChar NoBreakSpace(0x00A0);
const QChar NarrowNoBreakSpace(0x202F);
const QChar LeftToRightMark(0x200E);

/// One translated message of a .ts file: every plural form, or the one text.
struct TranslatedMessage
{
    QString context;
    QString source;
    QStringList texts;
};

QList<TranslatedMessage> readTranslations(const QString &code)
{
    QList<TranslatedMessage> messages;
    QFile file(QStringLiteral(SHARAKA_SOURCE_DIR "/translations/sharaka_%1.ts").arg(code));
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            messages.append({context, xml.readElementText(), {}});
        } else if (xml.name() == QLatin1String("numerusform")) {
            messages.last().texts.append(xml.readElementText());
        } else if (xml.name() == QLatin1String("translation") && !messages.isEmpty()) {
            // Text (in pieces around character references), or plural forms.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (!xml.isCharacters())
                    break;
                text += xml.text();
            }
            if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                messages.last().texts.append(xml.readElementText());
            else if (!text.trimmed().isEmpty())
                messages.last().texts.append(text);
        }
    }
    return messages;
}

QString where(const TranslatedMessage &message)
{
    return message.context + QStringLiteral(" / ") + message.source;
}

/// The text with XML entity references ("&amp;", "&%1;" in a loader message)
/// replaced by "E": they are neither mnemonics nor punctuation.
QString withoutEntityReferences(QString text)
{
    static const QRegularExpression reference(QStringLiteral(R"(&[%#A-Za-z0-9_.:-]+;)"));
    return text.replace(reference, QStringLiteral("E"));
}

/// The letter after a single '&' ("&&" is a literal ampersand), lower-cased; null if none.
QChar mnemonicOf(const QString &withReferences)
{
    const QString text = withoutEntityReferences(withReferences);
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

bool isNoBreakSpace(QChar c)
{
    return c == NoBreakSpace || c == NarrowNoBreakSpace;
}

/// French typography: a no-break space before : ; ? ! used as punctuation and
/// inside « », and the typographic apostrophe ’.
QStringList frenchTypographyProblems(const QString &withReferences)
{
    const QString text = withoutEntityReferences(withReferences);
    QStringList problems;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\'')) {
            problems.append(QStringLiteral("straight apostrophe"));
        } else if (c == QLatin1Char(':') || c == QLatin1Char(';') || c == QLatin1Char('?') ||
                   c == QLatin1Char('!')) {
            // Punctuation ends a word: it is followed by a space, a line end, a
            // closing bracket or the end. "https://", "1:2", ";;" are not punctuation.
            const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar(QLatin1Char(' '));
            const bool punctuation = next.isSpace() || next == QLatin1Char(')') ||
                                     next == QLatin1Char('<') || next == QChar(0x00BB);
            if (punctuation && i > 0 && !isNoBreakSpace(text.at(i - 1)))
                problems.append(QStringLiteral("no no-break space before '%1'").arg(c));
        } else if (c == QChar(0x00AB)) {
            if (i + 1 >= text.size() || !isNoBreakSpace(text.at(i + 1)))
                problems.append(QStringLiteral("no no-break space after «"));
        } else if (c == QChar(0x00BB)) {
            if (i == 0 || !isNoBreakSpace(text.at(i - 1)))
                problems.append(QStringLiteral("no no-break space before »"));
        }
    }
    problems.removeDuplicates();
    return problems;
}

/// Every French (or Arabic) value of a localized text object in the dataset, with its JSON path.
void collectLocalized(const QJsonValue &value, const QString &path, const QString &code,
                      QList<QPair<QString, QString>> &out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString childPath = path + QLatin1Char('.') + it.key();
            if (it.key() == code && it.value().isString())
                out.append({childPath, it.value().toString()});
            else
                collectLocalized(it.value(), childPath, code, out);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectLocalized(array.at(i), path + QStringLiteral("[%1]").arg(i), code, out);
    }
}

QList<QPair<QString, QString>> datasetTexts(const QString &code)
{
    QFile file(QStringLiteral(SHARAKA_SOURCE_DIR "/resources/data/sharaka.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QPair<QString, QString>> texts;
    collectLocalized(QJsonDocument::fromJson(file.readAll()).object(), QStringLiteral("$"), code,
                     texts);
    return texts;
}

/// The mnemonics of one group of entries (a menu, the menu bar, a dialog) that
/// two entries share, as "x: text, text" lines.
QStringList sharedMnemonics(const QString &group, const QStringList &texts)
{
    QMultiHash<QChar, QString> byLetter;
    for (const QString &text : texts) {
        const QChar letter = mnemonicOf(text);
        if (!letter.isNull())
            byLetter.insert(letter, text);
    }
    QStringList shared;
    for (const QChar letter : byLetter.uniqueKeys()) {
        const QStringList users = byLetter.values(letter);
        if (users.size() > 1)
            shared.append(group + QStringLiteral(": Alt+") + letter + QStringLiteral(" in ") +
                          users.join(QStringLiteral(", ")));
    }
    return shared;
}

QStringList actionTexts(const QList<QAction *> &actions)
{
    QStringList texts;
    for (const QAction *action : actions) {
        if (!action->isSeparator() && action->isVisible())
            texts.append(action->text());
    }
    return texts;
}

} // namespace

// Keeps the embedded Sharaka data: its subject is the shipped texts and translations.
/// The rules of the README's translation section, checked on the translation
/// files, the dataset's texts and the real window in every language.
class tst_TranslationRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void arabicTranslations_haveNoMnemonic();
    void frenchTranslations_followFrenchTypography();
    void frenchDatasetTexts_followFrenchTypography();
    void arabicTexts_spellFebruaryAsFormattedDatesDo();
    void arabicTranslations_markLatinRunsThatStartWithPunctuation();
    void arabicTranslations_useArabicCommaAndSemicolon();
    void arabicTexts_useOneTanweenStyle();
    void arabicTexts_nameStockSecretaryGeneral();
    void arabicMenuPaths_matchTheMenu();
    void qtOwnMessages_areTranslated_data();
    void qtOwnMessages_areTranslated();
    void translations_avoidTheGlossarysRejectedTerms();
    void menusAndDialogs_haveUniqueMnemonics_data();
    void menusAndDialogs_haveUniqueMnemonics();
    void arabicTimelineKeys_matchTheShortcutsList();
    void aboutSources_followTheReadingDirection();

private:
    Settings m_settings;
    LanguageManager m_languages{&m_settings};
    std::unique_ptr<MainWindow> m_window;
    Dataset m_data;
};

void tst_TranslationRules::initTestCase()
{
    m_window = test::showEmbeddedDashboard(&m_languages, &m_data);
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(readTranslations(QStringLiteral("fr")).size() > 200);
    QVERIFY(readTranslations(QStringLiteral("ar")).size() > 200);
}

void tst_TranslationRules::arabicTranslations_haveNoMnemonic()
{
    // An '&' before an Arabic letter cuts the word's joining; the team's rule
    // is no mnemonic at all in Arabic (README, Languages).
    QStringList problems;
    for (const TranslatedMessage &message : readTranslations(QStringLiteral("ar"))) {
        for (const QString &text : message.texts) {
            if (!mnemonicOf(text).isNull())
                problems.append(where(message) + QStringLiteral(" → ") + text);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_TranslationRules::frenchTranslations_followFrenchTypography()
{
    QStringList problems;
    for (const TranslatedMessage &message : readTranslations(QStringLiteral("fr"))) {
        for (const QString &text : message.texts) {
            const QStringList found = frenchTypographyProblems(text);
            if (!found.isEmpty())
                problems.append(where(message) + QStringLiteral(": ") +
                                found.join(QStringLiteral("; ")) + QStringLiteral(" in ") + text);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // The rule itself, on known cases.
    QCOMPARE(frenchTypographyProblems(QStringLiteral("Sources : %1")),
             QStringList{QStringLiteral("no no-break space before ':'")});
    QCOMPARE(frenchTypographyProblems(QStringLiteral("l'année")),
             QStringList{QStringLiteral("straight apostrophe")});
    QCOMPARE(frenchTypographyProblems(QStringLiteral("«%1»")).size(), 2);
    QVERIFY(mnemonicOf(QStringLiteral("«\u00A0&%1;\u00A0» &amp; &&")).isNull());
    QCOMPARE(mnemonicOf(QStringLiteral("&lt; A&ffichage")), QLatin1Char('f'));
    QVERIFY(frenchTypographyProblems(QStringLiteral("Sources\u00A0: voir https://example.org "
                                                    "(*.json);;Tous (*) « %1 »")
                                         .replace(QLatin1Char(' '), NoBreakSpace))
                .isEmpty());
}

void tst_TranslationRules::frenchDatasetTexts_followFrenchTypography()
{
    const QList<QPair<QString, QString>> texts = datasetTexts(QStringLiteral("fr"));
    QVERIFY(texts.size() > 50);
    QStringList problems;
    for (const auto &[path, text] : texts) {
        const QStringList found = frenchTypographyProblems(text);
        if (!found.isEmpty())
            problems.append(path + QStringLiteral(": ") + found.join(QStringLiteral("; ")));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_TranslationRules::arabicTexts_spellFebruaryAsFormattedDatesDo()
{
    const QString february = QStringLiteral("فبراير");
    const PartialDate closing(QDate(2023, 2, 8), DatePrecision::Day);
    QVERIFY2(closing.toDisplayString(localeFor(Language::Arabic)).contains(february),
             qPrintable(closing.toDisplayString(localeFor(Language::Arabic))));
    QStringList problems;
    for (const auto &[path, text] : datasetTexts(QStringLiteral("ar"))) {
        for (const QString &other : {QStringLiteral("شباط"), QStringLiteral("فيفري")}) {
            if (text.contains(other))
                problems.append(path + QStringLiteral(": ") + other);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_TranslationRules::arabicTranslations_markLatinRunsThatStartWithPunctuation()
{
    // ".png", "--chart" or "(*.json)" after Arabic text would be reordered
    // (the dot or dashes drift to the far end): a left-to-right mark keeps them whole.
    static const QRegularExpression latinRun(
        QStringLiteral(R"(\(\*\.|(?<![*\w])\.(png|jpe?g|svg|pdf|json)\b|(?<![-\w])--[a-z%])"));
    QStringList problems;
    for (const TranslatedMessage &message : readTranslations(QStringLiteral("ar"))) {
        for (const QString &text : message.texts) {
            auto matches = latinRun.globalMatch(text);
            while (matches.hasNext()) {
                const qsizetype at = matches.next().capturedStart();
                qsizetype before = at - 1;
                while (before >= 0 && text.at(before) == QLatin1Char(' '))
                    --before;
                // Nothing before it, a mark, or a Latin letter or digit to lean on.
                const QChar lean = before < 0 ? LeftToRightMark : text.at(before);
                if (lean == LeftToRightMark || (lean.unicode() < 0x80 && lean.isLetterOrNumber()))
                    continue;
                problems.append(where(message) + QStringLiteral(" → ") + text.mid(at, 12));
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_TranslationRules::arabicTranslations_useArabicCommaAndSemicolon()
{
    QStringList problems;
    for (const TranslatedMessage &message : readTranslations(QStringLiteral("ar"))) {
        for (const QString &translation : message.texts) {
            QString text = withoutEntityReferences(translation);
            text.remove(QStringLiteral(";;")); // file dialog filter syntax
            if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char(';')))
                problems.append(where(message) + QStringLiteral(" → ") + translation);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_TranslationRules::arabicTexts_useOneTanweenStyle()
{
    // The fathatan sits on the letter before the alif ("ًا", as in "آنيًا"),
    // never on the alif ("اً"): one style in the interface and the dataset.
    const QString alifThenTanween = QStringLiteral("\u0627\u064B");
    QStringList problems;
    for (const TranslatedMessage &message : readTranslations(QStringLiteral("ar"))) {
        for (const QString &text : message.texts) {
            if (text.contains(alifThenTanween))
                problems.append(where(message) + QStringLiteral(" → ") + text);
        }
    }
    for (const auto &[path, text] : datasetTexts(QStringLiteral("ar"))) {
        if (text.contains(alifThenTanween))
            problems.append(path + QStringLiteral(": ") + text);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // The check itself sees the other style.
    QVERIFY(QStringLiteral("وفقاً").contains(alifThenTanween));
}

void tst_TranslationRules::arabicTexts_nameStockSecretaryGeneral()
{
    // Jürgen Stock was INTERPOL's Secretary General (الأمين العام), not its
    // President (رئيس), in every source that names him.
    QStringList problems;
    bool named = false;
    for (const auto &[path, text] : datasetTexts(QStringLiteral("ar"))) {
        if (text.contains(QStringLiteral("رئيس الإنتربول")))
            problems.append(path + QStringLiteral(": ") + text);
        named |= text.contains(QStringLiteral("الأمين العام للإنتربول، يورغن شتوك")) ||
                 text.contains(QStringLiteral("للأمين العام للإنتربول، يورغن شتوك"));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(named);
}

void tst_TranslationRules::arabicMenuPaths_matchTheMenu()
{
    // A path to a menu entry names it as the menu does, with the arrow
    // pointing the way Arabic reads.
    m_languages.setLanguage(Language::Arabic);
    QCoreApplication::processEvents(); // LanguageChange reaches the window
    QString help;
    QString sources;
    const auto menus = m_window->menuBar()->actions();
    for (const QAction *menu : menus) {
        if (!menu->menu() || !menu->menu()->actions().value(0))
            continue;
        const QString first = menu->menu()->actions().constFirst()->text();
        if (first.contains(QStringLiteral("المصادر"))) {
            help = menu->text();
            sources = first;
        }
    }
    m_languages.setLanguage(Language::English);
    QVERIFY(!help.isEmpty());
    const QString path = help + QStringLiteral(" \u25C2 ") + sources;
    QCOMPARE(path, QStringLiteral("مساعدة ◂ المصادر والملاحظات على البيانات"));
    QStringList problems;
    int mentions = 0;
    for (const TranslatedMessage &message : readTranslations(QStringLiteral("ar"))) {
        if (!message.source.contains(QStringLiteral("Help \u25B8")))
            continue;
        for (const QString &text : message.texts) {
            if (text.startsWith(QStringLiteral("لا ")))
                continue; // the zero form mentions no path
            ++mentions;
            if (!text.contains(path))
                problems.append(where(message) + QStringLiteral(" → ") + text);
        }
    }
    QVERIFY(mentions >= 2);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_TranslationRules::qtOwnMessages_areTranslated_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("fr help") << Language::French << "QCommandLineParser"
                             << "Displays help on commandline options."
                             << "Afficher l’aide sur les options de la ligne de commande.";
    QTest::newRow("fr usage") << Language::French << "QCommandLineParser"
                              << "Options:"
                              << "Options\u00A0:";
    QTest::newRow("fr json") << Language::French << "QJsonParseError"
                             << "unterminated object"
                             << "objet non fermé";
    QTest::newRow("ar version") << Language::Arabic << "QCommandLineParser"
                                << "Displays version information."
                                << "عرض معلومات الإصدار.";
    QTest::newRow("ar json") << Language::Arabic << "QJsonParseError"
                             << "unterminated object"
                             << "لم يُغلَق الكائن";
}

void tst_TranslationRules::qtOwnMessages_areTranslated()
{
    // Qt's --help lines and JSON parse errors come from the program's own
    // translations, with its typography, not from English.
    QFETCH(Language, language);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    m_languages.setLanguage(language);
    const QString shown = QCoreApplication::translate(qPrintable(context), qPrintable(source));
    m_languages.setLanguage(Language::English);
    QCOMPARE(shown, expected);
}

void tst_TranslationRules::translations_avoidTheGlossarysRejectedTerms()
{
    // translations/glossary: "english | français | العربية", a term after "≠" is rejected.
    QFile file(QStringLiteral(SHARAKA_SOURCE_DIR "/translations/glossary"));
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.fileName()));
    QHash<QString, QStringList> rejected; // language code → terms
    int terms = 0;
    const QStringList codes{QString(), QStringLiteral("fr"), QStringLiteral("ar")};
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList columns = line.split(QLatin1Char('|'));
        QVERIFY2(columns.size() == 3, qPrintable(line));
        ++terms;
        for (int column = 1; column < 3; ++column) {
            const QStringList parts = columns.at(column).split(QChar(0x2260)); // ≠
            for (qsizetype i = 1; i < parts.size(); ++i) {
                for (const QString &term : parts.at(i).split(QLatin1Char(',')))
                    rejected[codes.at(column)].append(term.trimmed());
            }
        }
    }
    QVERIFY(terms >= 10);
    QVERIFY(!rejected.value(QStringLiteral("ar")).isEmpty());
    QStringList problems;
    for (const QString &code : {QStringLiteral("fr"), QStringLiteral("ar")}) {
        for (const TranslatedMessage &message : readTranslations(code)) {
            for (const QString &text : message.texts) {
                for (const QString &term : rejected.value(code)) {
                    if (text.contains(term, Qt::CaseInsensitive))
                        problems.append(code + QLatin1Char(' ') + where(message) +
                                        QStringLiteral(": ") + term);
                }
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_TranslationRules::menusAndDialogs_haveUniqueMnemonics_data()
{
    QTest::addColumn<Language>("language");
    QTest::addRow("en") << Language::English;
    QTest::addRow("fr") << Language::French;
    QTest::addRow("ar") << Language::Arabic;
}

void tst_TranslationRules::menusAndDialogs_haveUniqueMnemonics()
{
    QFETCH(Language, language);
    QAction *switcher =
        m_window->findChild<QAction *>(QStringLiteral("language-") + languageCode(language));
    QVERIFY(switcher);
    switcher->trigger();
    QCOMPARE(m_languages.language(), language);
    QCoreApplication::processEvents(); // LanguageChange is posted

    // Each group whose entries one Alt+letter chooses among.
    QList<QPair<QString, QStringList>> groups;
    QMenuBar *menuBar = m_window->menuBar();
    groups.append({QStringLiteral("menu bar"), actionTexts(menuBar->actions())});
    QList<QMenu *> menus = m_window->findChildren<QMenu *>();
    for (QAction *action : menuBar->actions()) {
        if (action->menu() && !menus.contains(action->menu()))
            menus.append(action->menu());
    }
    for (QMenu *menu : std::as_const(menus)) {
        emit menu->aboutToShow(); // menus filled on demand (Open Recent)
        const QWidget *owner = menu->parentWidget();
        groups.append({menu->title().isEmpty() && owner ? owner->objectName() : menu->title(),
                       actionTexts(menu->actions())});
    }
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        if (widget->contextMenuPolicy() == Qt::ActionsContextMenu)
            groups.append({widget->objectName() + QStringLiteral(" context menu"),
                           actionTexts(widget->actions())});
    }
    for (auto mode : {ExportOptionsDialog::Mode::OneChart, ExportOptionsDialog::Mode::AllCharts}) {
        ExportOptionsDialog dialog(mode, ExportFormat::Png, &m_settings, m_window.get());
        QStringList texts;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            texts.append(label->text());
        for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
            texts.append(button->text());
        groups.append({dialog.windowTitle(), texts});
    }
    QVERIFY(groups.size() >= 8);

    QStringList problems;
    int mnemonics = 0;
    for (const auto &[group, texts] : std::as_const(groups)) {
        problems += sharedMnemonics(group, texts);
        for (const QString &text : texts) {
            if (mnemonicOf(text).isNull())
                continue;
            ++mnemonics;
            if (language == Language::Arabic)
                problems.append(group + QStringLiteral(": a mnemonic in Arabic: ") + text);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // Latin languages do have them (the check above is not vacuous).
    if (language != Language::Arabic)
        QVERIFY(mnemonics > 20);
    QCOMPARE(menuBar->actions().constFirst()->text(),
             QCoreApplication::translate("sharaka::MainWindow", "&File"));

    m_window->findChild<QAction *>(QStringLiteral("language-en"))->trigger();
}

void tst_TranslationRules::arabicTimelineKeys_matchTheShortcutsList()
{
    m_window->findChild<QAction *>(QStringLiteral("language-ar"))->trigger();
    QCoreApplication::processEvents();
    // Right goes back on a timeline drawn from right to left...
    TimelineWidget *timeline = m_window->timeline();
    timeline->setCurrentIndex(3);
    QTest::keyClick(timeline, Qt::Key_Right);
    QCOMPARE(timeline->currentIndex(), 2);
    QTest::keyClick(timeline, Qt::Key_Left);
    QCOMPARE(timeline->currentIndex(), 3);

    // ...and the shortcuts list names the key for "previous" first, in an Arabic list.
    ShortcutsDialog dialog(m_window.get());
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
    QVERIFY(table);
    QHash<QString, QString> keys;
    for (int row = 0; row < table->rowCount(); ++row)
        keys.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
    QCOMPARE(keys.value(QStringLiteral("الحدث السابق أو التالي في الخط الزمني")),
             QStringLiteral("السهم الأيمن، السهم الأيسر"));
    QCOMPARE(keys.value(QStringLiteral("الحدث الأول أو الأخير في الخط الزمني")),
             QStringLiteral("Home\u200F، End"));
    // No underlined letters in Arabic menus: Alt alone reaches the menu bar.
    QCOMPARE(keys.value(QStringLiteral("فتح قائمة")), QStringLiteral("Alt، ثم مفاتيح الأسهم"));
    QVERIFY(m_window->style()->styleHint(QStyle::SH_MenuBar_AltKeyNavigation, nullptr,
                                         m_window->menuBar()));
    m_window->findChild<QAction *>(QStringLiteral("language-en"))->trigger();
}

void tst_TranslationRules::aboutSources_followTheReadingDirection()
{
    for (Language language : {Language::English, Language::Arabic}) {
        QTextDocument document;
        document.setHtml(aboutText(m_data, language));
        const Qt::LayoutDirection expected =
            language == Language::Arabic ? Qt::RightToLeft : Qt::LeftToRight;
        int items = 0;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            if (!block.textList())
                continue;
            ++items;
            // Bullets stand where reading starts, even for a Latin publisher name.
            QVERIFY2(block.textDirection() == expected, qPrintable(block.text()));
        }
        QVERIFY(items >= 2);
    }
}

QTEST_MAIN(tst_TranslationRules)
#include "tst_translationrules.moc"
