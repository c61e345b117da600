// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/dataset.h"
#include "core/io/iati/iatiactivity.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace sharaka {

/// Maps an activity's money, status, sectors, policy markers, locations,
/// related activities and participating organisations onto the Dataset, in
/// IATI 2 codes (1.0x codes translated), and adds the charts that draw them:
/// `finance` (the first currency), `finance-<currency>` (each other one),
/// `sectors` and `policy-markers` (docs/iati-import.md, "Money, sectors and places").
class IatiActivityDetailsMapper
{
public:
    /// @p where names the activity in messages; @p text turns narratives into
    /// a LocalizedText (the main mapper's rule).
    IatiActivityDetailsMapper(QString where, std::function<LocalizedText(const IatiTexts &)> text);

    /// Fills @p data's activity sections and charts; what cannot be used is
    /// reported in @p warnings.
    void apply(const IatiActivity &activity, Dataset &data, QStringList &warnings) const;

    /// IATI 2 TransactionType code of a 1.0x or 2.x code; empty when unknown.
    static QString transactionType(const QString &code);
    /// IATI 2 SectorVocabulary / PolicyMarkerVocabulary code of a 1.0x or 2.x one.
    static QString vocabulary(const QString &code);

private:
    void mapFinance(const IatiActivity &activity, Dataset &data, QStringList &warnings) const;
    void mapPlaces(const IatiActivity &activity, Dataset &data, QStringList &warnings) const;
    void mapOrganisations(const IatiActivity &activity, Dataset &data) const;
    void addCharts(Dataset &data) const;
    void warn(QStringList &warnings, const QString &message) const;

    QString m_where;
    std::function<LocalizedText(const IatiTexts &)> m_text;
};

} // namespace sharaka
