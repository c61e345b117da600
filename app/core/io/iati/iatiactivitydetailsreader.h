// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringView>

#include <functional>
#include <optional>

class QXmlStreamReader;

namespace sharaka {

using IatiTexts = QMap<QString, QString>; // as in iatiactivity.h: narratives by language

struct IatiMoney
{
    QString amountText; ///< as published, for a warning when it is not a number
    std::optional<double> amount;
    QString currency; ///< empty: the activity's default currency
    QString valueDate;
};

/// A budget or a planned disbursement.
struct IatiBudget
{
    QString type;
    QString status;
    QString periodStart;
    QString periodEnd;
    IatiMoney value;
    qint64 line = 0;
};

struct IatiTransaction
{
    QString type; ///< as published: "2", or a 1.0x code such as "C"
    QString date;
    IatiMoney value;
    IatiTexts provider;
    IatiTexts receiver;
    IatiTexts description;
    qint64 line = 0;
};

/// A sector or a policy marker.
struct IatiCoded
{
    QString vocabulary; ///< as published: "1", or a 1.0x code such as "DAC"; may be empty
    QString code;
    std::optional<double> percentage;
    QString significance;
    IatiTexts name;
    qint64 line = 0;
};

struct IatiLocation
{
    QString ref;
    IatiTexts name;
    QString position; ///< "latitude longitude" (2.x `point/pos`)
    QString latitude; ///< 1.0x `coordinates`
    QString longitude;
    QString adminVocabulary;
    QString adminLevel;
    QString adminCode;
    qint64 line = 0;
};

struct IatiRelated
{
    QString type;
    QString identifier;
};

/// What an activity publishes beyond its results: money, status, sectors,
/// markers, places and related activities, as read (no rules applied yet).
struct IatiActivityDetails
{
    QString defaultCurrency;
    QString status;
    QList<IatiBudget> budgets;
    QList<IatiBudget> plannedDisbursements;
    QList<IatiTransaction> transactions;
    QList<IatiCoded> sectors;
    QList<IatiCoded> policyMarkers;
    QList<IatiLocation> locations;
    QList<IatiRelated> relatedActivities;
    /// Entries past MaxEntries in one list, not read: a hostile file could
    /// hold millions; real activities hold a few thousand transactions.
    qsizetype skippedEntries = 0;
    static constexpr qsizetype MaxEntries = 100000;
};

/// The activity reader's stream, lent with the steps that refuse DTDs and
/// entity references, and its narrative reading.
struct IatiXmlCursor
{
    QXmlStreamReader &xml;
    std::function<bool()> nextChild;
    std::function<void()> skipElement;
    std::function<QString()> readText;
    std::function<IatiTexts()> readTexts;
};

/// Reads the `iati-activity` children listed in IatiActivityDetails, in the
/// 2.0x forms and the 1.0x ones (text codes, element text instead of
/// narratives, `coordinates`).
class IatiActivityDetailsReader
{
public:
    /// Whether the element @p name is one this reader reads.
    static bool reads(QStringView name);
    /// Reads the current element, which reads() accepted, to its end.
    static void read(const IatiXmlCursor &cursor, IatiActivityDetails &details);
};

} // namespace sharaka
