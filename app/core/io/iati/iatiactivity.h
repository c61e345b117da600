// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/io/iati/iatiactivitydetailsreader.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace sharaka {

/// Narrative texts of one IATI element by language code; a narrative without
/// xml:lang is filed under the activity's (else the file's) default language.
using IatiTexts = QMap<QString, QString>;

struct IatiOrganisation
{
    QString role; ///< "1".."4", or a legacy name such as "Funding"
    QString ref;
    IatiTexts name;
    QString type = {};       ///< OrganisationType code, or a 1.0x name such as "Multilateral"
    QString activityId = {}; ///< the organisation's own activity identifier
};

struct IatiDate
{
    QString type; ///< "1".."4", or a legacy code such as "start-planned"
    QString isoDate;
    IatiTexts narrative;
};

struct IatiRecipient
{
    QString code;
    QString vocabulary;
    std::optional<double> percentage;
    IatiTexts name;
};

struct IatiDocument
{
    QString url;
    IatiTexts title;
    QString isoDate;
    QString language;
    QStringList categories = {}; ///< DocumentCategory codes
    QStringList languages = {};  ///< every `language` code, lower case
};

struct IatiValue
{
    std::optional<double> value;
    bool disaggregated = false; ///< carries a dimension or location: one part of the whole
    IatiTexts comment;
};

struct IatiPeriod
{
    QString start;
    QString end;
    QList<IatiValue> targets;
    QList<IatiValue> actuals;
};

struct IatiIndicator
{
    QString measure = QStringLiteral("1");
    bool ascending = true;
    std::optional<bool> aggregates;
    IatiTexts title;
    IatiTexts description;
    std::optional<double> baseline;
    IatiTexts baselineComment;
    QList<IatiPeriod> periods;
};

struct IatiResult
{
    QString type;
    std::optional<bool> aggregates;
    IatiTexts title;
    IatiTexts description;
    QList<IatiIndicator> indicators;
};

/// One `iati-activity` as read from the file: only what the dashboard maps,
/// plain values, no XML left. Built one at a time while streaming.
struct IatiActivity
{
    QString identifier;
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
    IatiActivityDetails details; ///< money, status, sectors, places (IatiActivityDetailsReader)
    QStringList ignoredElements; ///< names of elements the dashboard does not show, each once
    QStringList problems;        ///< values that could not be read, e.g. a non-numeric target
};

} // namespace sharaka
