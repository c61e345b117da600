// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/namecollator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sharaka;

/// NameCollator orders every pair as QCollator does: its shortcut for Latin
/// names in English and French must never disagree with ICU.
class tst_NameCollator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ordersAsQCollator_data();
    void ordersAsQCollator();
    void examples_data();
    void examples();

private:
    QJsonObject m_names;
};

namespace {

int sign(int value)
{
    return value < 0 ? -1 : value > 0 ? 1 : 0;
}

/// Pairs where the first level ties, or a character that is not a Latin
/// letter or a space comes in, or case and accents alone differ.
const QStringList TrickyNames{
    QStringLiteral("Niger"),
    QStringLiteral("Nigeria"),
    QStringLiteral("niger"),
    QStringLiteral("NIGER"),
    QStringLiteral("Nigér"),
    QStringLiteral("Guinea"),
    QStringLiteral("Guinea-Bissau"),
    QStringLiteral("Guinea Bissau"),
    QStringLiteral("GuineaBissau"),
    QStringLiteral("Côte d’Ivoire"),
    QStringLiteral("Cote d'Ivoire"),
    QStringLiteral("Cote"),
    QStringLiteral("côté"),
    QStringLiteral("coté"),
    QStringLiteral("côte"),
    QStringLiteral("Égypte"),
    QStringLiteral("Egypte"),
    QStringLiteral("égypte"),
    QStringLiteral("Équateur"),
    QStringLiteral("Ecuador"),
    QStringLiteral("El Salvador"),
    QStringLiteral("Elsalvador"),
    QStringLiteral("Îles Cook"),
    QStringLiteral("Iles"),
    QStringLiteral("Ile"),
    QStringLiteral("Island"),
    QStringLiteral("Åland"),
    QStringLiteral("Aland"),
    QStringLiteral("Zambia"),
    QStringLiteral("zambia"),
    QStringLiteral("a"),
    QStringLiteral("A"),
    QStringLiteral("á"),
    QStringLiteral("Á"),
    QStringLiteral(" "),
    QStringLiteral(""),
    QStringLiteral("a b"),
    QStringLiteral("ab"),
    QStringLiteral("a  b"),
    QStringLiteral("Cœur"),
    QStringLiteral("Coeur"),
    QStringLiteral("Straße"),
    QStringLiteral("Strasse"),
    QStringLiteral("Ørsted"),
    QStringLiteral("Orsted"),
    QStringLiteral("Sao Tome"),
    QStringLiteral("São Tomé"),
    QStringLiteral("1 Mai"),
    QStringLiteral("e\u0301"),
    QStringLiteral("é"),
    QStringLiteral("Kelvin \u212A"),
    QStringLiteral("Kelvin k"),
    QStringLiteral("الجزائر"),
    QStringLiteral("Algeria"),
    QStringLiteral("Palestine *"),
    QStringLiteral("Palestine"),
    QStringLiteral("Palestine*"),
    QStringLiteral("Palestinez"),
    QStringLiteral("Palestine (x)"),
    QStringLiteral("Palestina *"),
    QStringLiteral("Pa*"),
    QStringLiteral("Pb\u0301"),
    QStringLiteral("Pa\u0301b"),
    QStringLiteral("Pb"),
    QStringLiteral("Pa\u00ADb"),
    QStringLiteral("Pab"),
};

} // namespace

void tst_NameCollator::initTestCase()
{
    QFile file(QStringLiteral(SHARAKA_SOURCE_DIR "/resources/data/iso3166-names.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_names =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("names")).toObject();
    QVERIFY(m_names.size() > 240);
}

void tst_NameCollator::ordersAsQCollator_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QStringList>("names");
    const QList<std::pair<const char *, QLocale>> languages{{"English", QLocale(QLocale::English)},
                                                            {"French", QLocale(QLocale::French)},
                                                            {"Arabic", QLocale(QLocale::Arabic)}};
    for (qsizetype column = 0; column < languages.size(); ++column) {
        QStringList names = TrickyNames;
        for (const QJsonValue &entry : std::as_const(m_names))
            names.append(entry.toArray().at(column).toString());
        QTest::newRow(languages.at(column).first) << languages.at(column).second << names;
    }
    // Every language's names under each locale too (Latin names in the
    // Arabic interface, Arabic ones in the English one).
    QStringList all = TrickyNames;
    for (const QJsonValue &entry : std::as_const(m_names)) {
        for (const QJsonValue &name : entry.toArray())
            all.append(name.toString());
    }
    for (const auto &[name, locale] : languages)
        QTest::addRow("all names, %s", name) << locale << all;
}

void tst_NameCollator::ordersAsQCollator()
{
    QFETCH(QLocale, locale);
    QFETCH(QStringList, names);
    const NameCollator collator(locale);
    const QCollator reference(locale);
    qsizetype pairs = 0;
    for (const QString &left : std::as_const(names)) {
        for (const QString &right : std::as_const(names)) {
            const int expected = sign(reference.compare(left, right));
            if (sign(collator.compare(left, right)) != expected) {
                QFAIL(qPrintable(
                    QStringLiteral("%1 / %2: QCollator says %3").arg(left, right).arg(expected)));
            }
            ++pairs;
        }
    }
    QCOMPARE(pairs, names.size() * names.size());
}

void tst_NameCollator::examples_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<int>("order");
    QTest::newRow("prefix first") << QStringLiteral("Niger") << QStringLiteral("Nigeria") << -1;
    QTest::newRow("space before letters")
        << QStringLiteral("El Salvador") << QStringLiteral("Elsalvador") << -1;
    QTest::newRow("accent only where letters differ")
        << QStringLiteral("Égypte") << QStringLiteral("Espagne") << -1;
    QTest::newRow("lower case first") << QStringLiteral("niger") << QStringLiteral("Niger") << -1;
    QTest::newRow("unaccented first") << QStringLiteral("Cote") << QStringLiteral("Côte") << -1;
    QTest::newRow("after the difference, anything")
        << QStringLiteral("Libya") << QStringLiteral("Palestine *") << -1;
    QTest::newRow("same") << QStringLiteral("Tunisia") << QStringLiteral("Tunisia") << 0;
}

void tst_NameCollator::examples()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(int, order);
    const NameCollator collator(QLocale(QLocale::French));
    QCOMPARE(sign(collator.compare(left, right)), order);
    QCOMPARE(sign(collator.compare(right, left)), -order);
}

QTEST_GUILESS_MAIN(tst_NameCollator)
#include "tst_namecollator.moc"
