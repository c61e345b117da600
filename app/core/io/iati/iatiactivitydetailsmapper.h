// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/dataset.h"
#include "core/io/iati/iatiactivity.h"
#include "core/io/iati/iatimappingcontext.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace sharaka {

/// Maps an activity's money, status, sectors, policy markers, locations,
/// related activities and participating organisations onto the Dataset, in
/// IATI 2 codes (1.0x codes translated), and adds the charts that draw them:
/// `finance` (the first currency), `finance-<currency>` (each other one),
/// `sectors` and `policy-markers` (docs/iati-import.md, "Money, sectors and places").
class IatiActivityDetailsMapper
{
    Q_DECLARE_TR_FUNCTIONS(IatiActivityDetailsMapper)

public:
    /// Reads the activity of @p context and warns through its log.
    explicit IatiActivityDetailsMapper(IatiMappingContext &context)
        : m_context(context)
    {}

    /// Fills @p data's activity sections and adds their charts.
    void map(Dataset &data);

    /// IATI 2 TransactionType code of a 1.0x or 2.x code; empty when unknown.
    static QString transactionType(const QString &code);
    /// IATI 2 SectorVocabulary / PolicyMarkerVocabulary code of a 1.0x or 2.x one.
    static QString vocabulary(const QString &code);

private:
    void mapStatus(Dataset &data);
    void mapFinance(Dataset &data);
    void mapSectors(Dataset &data);
    void mapPolicyMarkers(Dataset &data);
    void mapPlaces(Dataset &data);
    void mapOrganisations(Dataset &data);
    static void addCharts(Dataset &data);
    /// The amount of @p value in its currency, or a warning naming @p place.
    std::optional<MoneyValue> money(const IatiMoney &value, const IatiPlace &place, qint64 line);
    LocalizedText text(const IatiTexts &texts, const IatiPlace &place, qint64 line);

    IatiMappingContext &m_context;
};

} // namespace sharaka
