// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/io/iati/iatiactivitydetailsreader.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace sharaka {

/// Narrative texts of one IATI element by language code; a narrative without
/// xml:lang is filed under the activity's (else the file's) default language.
/// Text written directly in the element (IATI 1.0x) counts as one narrative.
using IatiTexts = QMap<QString, QString>;

/// A number attribute as published: the text, and its value when it reads as
/// one. The mapper reports what does not read, naming the element and line.
struct IatiNumber
{
    QString text;
    std::optional<double> value;
    bool thousandsSeparators = false; ///< "20,000": read as 20000, said in a warning
};

struct IatiOrganisation
{
    QString role; ///< "1".."4", or a legacy name such as "Funding"
    QString ref;
    IatiTexts name;
    QString type = {};       ///< OrganisationType code, or a 1.0x name such as "Multilateral"
    QString activityId = {}; ///< the organisation's own activity identifier
    qint64 line = 0;
};

struct IatiDate
{
    QString type;    ///< "1".."4", or a 1.0x code such as "start-planned"
    QString isoDate; ///< the iso-date attribute, else (IATI 1.0x) the element's text
    IatiTexts narrative;
    qint64 line = 0;
};

struct IatiRecipient
{
    QString code;
    QString vocabulary;
    IatiNumber percentage;
    IatiTexts name;
    qint64 line = 0;
};

struct IatiDocument
{
    QString url;
    IatiTexts title;
    QString isoDate;
    QString language;
    QStringList categories = {}; ///< DocumentCategory codes
    QStringList languages = {};  ///< every `language` code, lower case
    qint64 line = 0;
};

/// A target, actual or baseline.
struct IatiValue
{
    IatiNumber value;
    QString year;    ///< a baseline's year
    QString isoDate; ///< a baseline's iso-date (2.03)
    /// (name, value) of each `dimension`: the value is one part of the whole.
    QList<QPair<QString, QString>> dimensions;
    bool byLocation = false; ///< carries a `location`: one part of the whole
    IatiTexts comment;
    qint64 line = 0;

    bool isPart() const { return byLocation || !dimensions.isEmpty(); }
};

struct IatiPeriod
{
    QString start;
    QString end;
    QList<IatiValue> targets;
    QList<IatiValue> actuals;
    qint64 line = 0;
};

struct IatiIndicator
{
    QString measure = QStringLiteral("1");
    bool ascending = true;
    IatiTexts title;
    IatiTexts description;
    QList<IatiValue> baselines;
    QList<IatiPeriod> periods;
    qint64 line = 0;
};

struct IatiResult
{
    QString type;
    IatiTexts title;
    IatiTexts description;
    QList<IatiIndicator> indicators;
    qint64 line = 0;
};

/// One `iati-activity` as read from the file: only what the dashboard maps,
/// plain values, no XML left. Built one at a time while streaming.
struct IatiActivity
{
    QString identifier; ///< as published, only leading and trailing blanks removed
    QString defaultLanguage;
    QString lastUpdated;
    qint64 line = 0; ///< where the activity starts, for messages
    IatiTexts reportingOrg;
    IatiTexts title;
    QList<QPair<QString, IatiTexts>> descriptions; ///< (type, texts) in file order
    QList<IatiOrganisation> organisations;
    QList<IatiDate> dates;
    QList<IatiRecipient> countries;
    QList<IatiRecipient> regions;
    QList<IatiDocument> documents;
    QList<IatiResult> results;
    /// The earliest and latest dates of budgets, transactions and planned
    /// disbursements (ISO text): the span falls back on them when the
    /// activity gives no start date.
    QString firstOtherDate;
    QString lastOtherDate;
    IatiActivityDetails details; ///< money, status, sectors, places (IatiActivityDetailsReader)
    QStringList ignoredElements; ///< names of elements the dashboard does not show, each once
    qsizetype ignoredElementCount = 0; ///< all of them, for "and N more"
};

} // namespace sharaka
