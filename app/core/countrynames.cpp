// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/countrynames.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sharaka {

namespace {

QHash<QString, LocalizedText> loadNames()
{
    QHash<QString, LocalizedText> names;
    QFile file(QStringLiteral(":/data/iso3166-names.json"));
    if (!file.open(QIODevice::ReadOnly))
        return names;
    const QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray columns = document.value(QLatin1String("columns")).toArray();
    const QJsonObject table = document.value(QLatin1String("names")).toObject();
    for (auto it = table.constBegin(); it != table.constEnd(); ++it) {
        const QJsonArray row = it.value().toArray();
        QMap<QString, QString> texts;
        for (qsizetype i = 0; i < columns.size() && i < row.size(); ++i)
            texts.insert(columns.at(i).toString(), row.at(i).toString());
        names.insert(it.key(), LocalizedText(texts));
    }
    return names;
}

} // namespace

LocalizedText CountryNames::name(const QString &code)
{
    static const QHash<QString, LocalizedText> names = loadNames();
    const QString key = code.trimmed().toUpper();
    // XK is not in ISO 3166-1 (a user-assigned code) but is Kosovo in IATI
    // and most aid data; its names are those of the Kosovo entry of CLDR.
    if (key == QLatin1String("XK"))
        return LocalizedText({{QStringLiteral("en"), QStringLiteral("Kosovo")},
                              {QStringLiteral("fr"), QStringLiteral("Kosovo")},
                              {QStringLiteral("ar"), QStringLiteral("كوسوفو")}});
    return names.value(key);
}

} // namespace sharaka
