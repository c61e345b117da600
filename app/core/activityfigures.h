// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/dataset.h"

#include <QString>

namespace sharaka {

class LanguageTranslator;

/// The words and rows every view of an activity's money, sectors and markers
/// shares (charts, CSV, panels, factsheet), so that each reads the same
/// everywhere. Code names come from the IATI codelists (Codelists).
class ActivityFigures
{
public:
    /// @p translator gives the program's own words ("Budget"); null takes
    /// the installed translation.
    ActivityFigures(Language language, const LanguageTranslator *translator = nullptr);

    /// One bar of the sectors or policy-markers chart.
    struct Row
    {
        QString label;     ///< plain text
        double value = 0;  ///< percentage, or significance 0–4
        QString valueText; ///< "40%", "principal objective (2)"
    };

    /// Sectors with their shares: names from the DAC codelists for
    /// vocabularies 1 and 2, else as published. A lone sector of a
    /// vocabulary without a percentage has all of it.
    QList<Row> sectorRows(const Dataset &dataset) const;
    QList<Row> policyMarkerRows(const Dataset &dataset) const;

    QString sectorName(const Sector &sector) const;
    /// The name of policy significance @p significance (0 to 4), in the
    /// figures' language; the number itself outside that range.
    QString significanceName(int significance) const;
    QString statusName(const QString &code) const;
    QString transactionTypeName(const QString &code) const;
    QString roleName(const QString &code) const;
    QString organisationTypeName(const QString &code) const;
    QString relationName(const QString &code) const;
    QString documentCategoryName(const QString &code) const;

    /// "1,234,567 USD" in the language's digits, the currency code after;
    /// isolated left to right in Arabic.
    QString money(double amount, const QString &currency) const;
    /// "45%" ("45 %" in French) of spent over committed; "–" when nothing is committed.
    QString shareText(double part, double whole) const;

    /// "Status: Implementation · Last updated: 13 August 2022"; empty when
    /// the dataset has neither (Sharaka's data).
    QString statusLine(const Dataset &dataset) const;
    /// "Committed: 210,971 GBP · Spent: 6,054 GBP (3% of committed)", one
    /// part per currency but @p shownElsewhere, joined; empty without
    /// commitments or spending.
    QString moneyLine(const Dataset &dataset, const QString &shownElsewhere = {}) const;

    /// One key-figure tile of the activity's money.
    struct MoneyFigure
    {
        QString id;        ///< "budget", "committed" or "spent"
        QString value;     ///< "210,971 GBP"
        QString label;     ///< "Committed"
        QString qualifier; ///< "3% of committed", under the spent figure
    };
    /// The id of an activity's first finance chart, the one its money tiles open.
    static QString financeChartId() { return QStringLiteral("finance"); }
    /// The currency of the `finance` chart, the one the key figures give;
    /// empty without money.
    static QString mainCurrency(const Dataset &dataset);
    /// Budget, committed and spent in mainCurrency(), each when not zero
    /// (spent also when something is committed); empty without money.
    QList<MoneyFigure> moneyFigures(const Dataset &dataset) const;

    /// The program's words for the finance chart's series and key figures.
    QString word(const char *sourceText) const;

private:
    Language m_language;
    const LanguageTranslator *m_translator;
};

} // namespace sharaka
