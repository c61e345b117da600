// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/localizedtext.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace sharaka {

// What an aid activity publishes beyond its results (IATI): money, sectors,
// places, partners. Codes are kept as published in IATI 2 form ("2", not
// "Implementation"); names come from the codelists when shown (Codelists), so
// they follow the interface language. All optional: Sharaka's data has none.

/// An amount in one currency; amounts of different currencies are never added.
struct MoneyValue
{
    double amount = 0;
    QString currency; ///< ISO 4217
    QDate valueDate;  ///< the date the amount is valued at; may be invalid
};

/// A budget for one period; type "1" original, "2" revised.
struct Budget
{
    QString type;
    QString status; ///< "1" indicative, "2" committed; empty when not given
    QDate periodStart;
    QDate periodEnd;
    MoneyValue value;
};

struct PlannedDisbursement
{
    QString type; ///< BudgetType code; empty when not given
    QDate periodStart;
    QDate periodEnd;
    MoneyValue value;
};

/// One transaction; type is an IATI 2 TransactionType code ("2" commitment,
/// "3" disbursement, "4" expenditure, …).
struct Transaction
{
    QString type;
    QDate date;
    MoneyValue value;
    QString provider; ///< organisation names as published, plain text
    QString receiver;
    LocalizedText description;

    /// The date the transaction counts at: its value date, else its own date.
    QDate countingDate() const { return value.valueDate.isValid() ? value.valueDate : date; }
};

/// Figures per currency: every total below is in one currency only.
struct CurrencyTotals
{
    QString currency;
    double budget = 0;
    double planned = 0;   ///< planned disbursements
    double committed = 0; ///< commitments (type 2)
    double disbursed = 0; ///< disbursements (type 3)
    double spent = 0;     ///< expenditure (type 4)
    /// Disbursed plus spent: what left the activity's hands.
    double outflow() const { return disbursed + spent; }
};

struct ActivityFinance
{
    QString defaultCurrency;
    QList<Budget> budgets;
    QList<Transaction> transactions;
    QList<PlannedDisbursement> plannedDisbursements;

    bool isEmpty() const
    {
        return budgets.isEmpty() && transactions.isEmpty() && plannedDisbursements.isEmpty();
    }
    /// Every currency an amount is in, the default currency first when used,
    /// then by first appearance.
    QStringList currencies() const;
    /// Totals in @p currency; budgets and planned disbursements counted once
    /// per period (a revised one replaces the original one for the same period).
    CurrencyTotals totals(const QString &currency) const;
    /// The budgets that count: per period, the revised one when there is one.
    QList<Budget> countedBudgets() const;
    /// The planned disbursements that count, as countedBudgets().
    QList<PlannedDisbursement> countedPlannedDisbursements() const;
    /// totals() per year: budgets and planned disbursements at their period's
    /// start year, transactions at their counting date's year; years with
    /// nothing to draw are left out.
    QMap<int, CurrencyTotals> byYear(const QString &currency) const;
};

/// A sector with its share; vocabulary "1" is DAC 5-digit, "2" DAC 3-digit.
struct Sector
{
    QString vocabulary = QStringLiteral("1");
    QString code;
    std::optional<double> percentage;
    LocalizedText narrative; ///< the publisher's own name, for other vocabularies
};

/// A policy marker (PolicyMarker codelist when vocabulary is "1") with its
/// significance 0–4.
struct PolicyMarker
{
    QString vocabulary = QStringLiteral("1");
    QString code;
    std::optional<int> significance;
    LocalizedText narrative;
};

/// A place where the activity works: a point and/or an administrative area.
struct Location
{
    QString ref;
    LocalizedText name;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString adminVocabulary;
    QString adminLevel;
    QString adminCode;

    bool hasPoint() const { return latitude.has_value() && longitude.has_value(); }
};

/// Another activity this one belongs to, contains or works with.
struct RelatedActivity
{
    QString type; ///< RelatedActivityType: 1 parent, 2 child, 3 sibling, 4 co-funded, 5 third party
    QString identifier;
};

struct ParticipatingOrganisation
{
    QString role; ///< OrganisationRole: 1 funding, 2 accountable, 3 extending, 4 implementing
    QString type; ///< OrganisationType code; empty when not given
    QString ref;
    LocalizedText name;
    QString activityId; ///< the organisation's own activity for this one, when given
};

} // namespace sharaka
