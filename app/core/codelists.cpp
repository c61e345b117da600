// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/codelists.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace sharaka {

namespace {

/// Read once, on first use, from the resource; thread-safe as a function static.
const QJsonObject &lists()
{
    static const QJsonObject all = [] {
        QFile file(QStringLiteral(":/codelists/iati-codelists.json"));
        if (!file.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return all;
}

QJsonObject entry(const QJsonObject &lists, const QString &list, const QString &code)
{
    return lists.value(list).toObject().value(code).toObject();
}

QString nameOf(const QJsonObject &item, const QString &code, Language language)
{
    const QString english = item.value(QLatin1String("en")).toString();
    if (english.isEmpty())
        return {};
    switch (language) {
    case Language::English:
        break;
    case Language::French: {
        const QString french = item.value(QLatin1String("fr")).toString();
        return french.isEmpty() ? english : french;
    }
    case Language::Arabic:
        return QStringLiteral("%1 (%2)").arg(english, code);
    }
    return english;
}

} // namespace

QString Codelists::name(const QString &list, const QString &code, Language language)
{
    return nameOf(entry(lists(), list, code), code, language);
}

QString Codelists::v1Name(const QString &list, const QString &code, Language language)
{
    return nameOf(entry(lists().value(QLatin1String("v1")).toObject(), list, code), code, language);
}

QString Codelists::category(const QString &list, const QString &code)
{
    return entry(lists(), list, code).value(QLatin1String("category")).toString();
}

QString Codelists::codeOfName(const QString &list, const QString &englishName)
{
    const QJsonObject items = lists().value(list).toObject();
    for (auto it = items.constBegin(); it != items.constEnd(); ++it) {
        if (it.value()
                .toObject()
                .value(QLatin1String("en"))
                .toString()
                .compare(englishName, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return {};
}

bool Codelists::contains(const QString &list, const QString &code)
{
    return lists().value(list).toObject().contains(code);
}

} // namespace sharaka
