// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "support/largedataset.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sharaka::testing {

namespace {

/// A tiny linear congruential generator: reproducible on every platform,
/// unlike the standard distributions.
class Sequence
{
public:
    quint32 next(quint32 bound)
    {
        m_state = m_state * 1664525u + 1013904223u;
        return (m_state >> 8) % bound;
    }

private:
    quint32 m_state = 20170101u;
};

QJsonObject text(const QString &english, const QString &french = {})
{
    QJsonObject texts{{QStringLiteral("en"), english}};
    if (!french.isEmpty())
        texts.insert(QStringLiteral("fr"), french);
    return texts;
}

QJsonObject dated(const QString &date, const char *precision)
{
    return {{QStringLiteral("date"), date}, {QStringLiteral("precision"), precision}};
}

/// "AA", "AB", … : the shape of ISO 3166-1 alpha-2, unique up to 676.
QString countryCode(int i)
{
    return QString(QChar(u'A' + i / 26)) + QChar(u'A' + i % 26);
}

} // namespace

QByteArray generateLargeDataset(const LargeDatasetSize &size)
{
    Sequence random;
    const QStringList sourceIds{QStringLiteral("report-a"), QStringLiteral("report-b"),
                                QStringLiteral("report-c")};
    QJsonArray sources;
    for (const QString &id : sourceIds)
        sources.append(
            QJsonObject{{QStringLiteral("id"), id},
                        {QStringLiteral("publisher"), text(QStringLiteral("Agency"))},
                        {QStringLiteral("title"), text(QStringLiteral("Report ") + id)},
                        {QStringLiteral("language"), QStringLiteral("en")},
                        {QStringLiteral("url"), QStringLiteral("https://example.org/") + id}});

    QJsonArray phases;
    for (int i = 1; i <= 3; ++i)
        phases.append(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("phase-%1").arg(i)},
                        {QStringLiteral("order"), i},
                        {QStringLiteral("label"), text(QStringLiteral("Phase %1").arg(i))},
                        {QStringLiteral("sources"), QJsonArray{sourceIds.at(0)}}});

    QJsonArray countries;
    for (int i = 0; i < size.countries; ++i)
        countries.append(
            QJsonObject{{QStringLiteral("code"), countryCode(i)},
                        {QStringLiteral("name"),
                         text(QStringLiteral("Country %1 %2").arg(countryCode(i)).arg(i),
                              QStringLiteral("Pays %1").arg(countryCode(i)))},
                        {QStringLiteral("phase"), QStringLiteral("phase-%1").arg(1 + i % 3)}});

    QJsonArray indicators;
    for (int i = 0; i < size.indicators; ++i) {
        // Values over six orders of magnitude, as real indicators have.
        const quint32 scale = 1u << (2 * random.next(10));
        QJsonObject indicator{{QStringLiteral("id"), QStringLiteral("indicator-%1").arg(i)},
                              {QStringLiteral("label"),
                               text(QStringLiteral("Indicator number %1 of the project").arg(i))},
                              {QStringLiteral("value"), qint64(random.next(1000)) * scale},
                              {QStringLiteral("sources"), QJsonArray{sourceIds.at(i % 3)}}};
        if (i % 7 == 0)
            indicator.insert(QStringLiteral("qualifier"), QStringLiteral("atLeast"));
        indicators.append(indicator);
    }

    QJsonArray charts;
    const int firstChartBars = std::max(1, size.indicators / 4);
    for (int c = 0; c < size.charts; ++c) {
        QJsonArray ids;
        const int first = c == 0 ? 0 : (c * 7) % std::max(1, size.indicators);
        const int count = c == 0 ? firstChartBars : 1 + c % 8;
        for (int k = 0; k < count && k < size.indicators; ++k)
            ids.append(QStringLiteral("indicator-%1").arg((first + k) % size.indicators));
        if (ids.isEmpty())
            continue;
        charts.append(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("chart-%1").arg(c)},
                        {QStringLiteral("title"), text(QStringLiteral("Chart %1").arg(c))},
                        {QStringLiteral("indicators"), ids}});
    }

    QJsonArray milestones;
    const QDate start(2000, 1, 1);
    for (int i = 0; i < size.milestones; ++i) {
        const QDate day = start.addDays(random.next(365 * 24));
        const quint32 kind = random.next(10);
        QJsonObject milestone{{QStringLiteral("id"), QStringLiteral("event-%1").arg(i)},
                              {QStringLiteral("title"), text(QStringLiteral("Event %1").arg(i))},
                              {QStringLiteral("sources"), QJsonArray{sourceIds.at(i % 3)}}};
        if (kind == 0) {
            milestone.insert(QStringLiteral("date"), day.toString(QStringLiteral("yyyy")));
            milestone.insert(QStringLiteral("precision"), QStringLiteral("year"));
        } else if (kind < 3) {
            milestone.insert(QStringLiteral("date"), day.toString(QStringLiteral("yyyy-MM")));
            milestone.insert(QStringLiteral("precision"), QStringLiteral("month"));
        } else {
            milestone.insert(QStringLiteral("date"), day.toString(Qt::ISODate));
            milestone.insert(QStringLiteral("precision"), QStringLiteral("day"));
            if (kind == 9)
                milestone.insert(QStringLiteral("endDate"),
                                 day.addDays(1 + random.next(20)).toString(Qt::ISODate));
        }
        milestones.append(milestone);
    }

    const QJsonObject root{
        {QStringLiteral("schema"), QStringLiteral("sharaka-dashboard-dataset")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("project"),
         QJsonObject{
             {QStringLiteral("id"), QStringLiteral("large")},
             {QStringLiteral("name"), text(QStringLiteral("Large Generated Project"))},
             {QStringLiteral("summary"), text(QStringLiteral("Made-up data for scale tests"))},
             {QStringLiteral("implementer"), text(QStringLiteral("Nobody"))},
             {QStringLiteral("start"), dated(QStringLiteral("2000"), "year")},
             {QStringLiteral("end"), dated(QStringLiteral("2024-12-31"), "day")},
             {QStringLiteral("sources"), QJsonArray{sourceIds.at(0)}}}},
        {QStringLiteral("sources"), sources},
        {QStringLiteral("phases"), phases},
        {QStringLiteral("countries"), countries},
        {QStringLiteral("indicators"), indicators},
        {QStringLiteral("charts"), charts},
        {QStringLiteral("milestones"), milestones}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace sharaka::testing
