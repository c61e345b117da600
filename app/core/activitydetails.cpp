// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/activitydetails.h"

#include <QMap>

namespace sharaka {

namespace {

const QString Commitment = QStringLiteral("2");
const QString Disbursement = QStringLiteral("3");
const QString Expenditure = QStringLiteral("4");
const QString RevisedBudget = QStringLiteral("2");

/// Adds a commitment, disbursement or expenditure to its figure; other types count nowhere.
void count(CurrencyTotals &totals, const Transaction &transaction)
{
    if (transaction.type == Commitment)
        totals.committed += transaction.value.amount;
    else if (transaction.type == Disbursement)
        totals.disbursed += transaction.value.amount;
    else if (transaction.type == Expenditure)
        totals.spent += transaction.value.amount;
}

/// The amounts of @p amounts (budgets or planned disbursements) that count:
/// publishers often report the original and the revised amount of the same
/// period side by side, and adding both would count the period twice.
template<typename PeriodAmount>
QList<PeriodAmount> counted(const QList<PeriodAmount> &amounts)
{
    QMap<QPair<QDate, QDate>, QString> revisedCurrency;
    for (const PeriodAmount &amount : amounts)
        if (amount.type == RevisedBudget)
            revisedCurrency.insert({amount.periodStart, amount.periodEnd}, amount.value.currency);
    QList<PeriodAmount> kept;
    for (const PeriodAmount &amount : amounts) {
        const auto revised = revisedCurrency.constFind({amount.periodStart, amount.periodEnd});
        if (amount.type != RevisedBudget && revised != revisedCurrency.cend() &&
            *revised == amount.value.currency)
            continue;
        kept.append(amount);
    }
    return kept;
}

} // namespace

QStringList ActivityFinance::currencies() const
{
    QStringList found;
    const auto add = [&found](const QString &currency) {
        if (!currency.isEmpty() && !found.contains(currency))
            found.append(currency);
    };
    for (const Budget &budget : budgets)
        add(budget.value.currency);
    for (const Transaction &transaction : transactions)
        add(transaction.value.currency);
    for (const PlannedDisbursement &planned : plannedDisbursements)
        add(planned.value.currency);
    if (found.removeOne(defaultCurrency))
        found.prepend(defaultCurrency);
    return found;
}

QList<Budget> ActivityFinance::countedBudgets() const
{
    return counted(budgets);
}

QList<PlannedDisbursement> ActivityFinance::countedPlannedDisbursements() const
{
    return counted(plannedDisbursements);
}

CurrencyTotals ActivityFinance::totals(const QString &currency) const
{
    CurrencyTotals totals;
    totals.currency = currency;
    for (const Budget &budget : countedBudgets())
        if (budget.value.currency == currency)
            totals.budget += budget.value.amount;
    for (const PlannedDisbursement &planned : countedPlannedDisbursements())
        if (planned.value.currency == currency)
            totals.planned += planned.value.amount;
    for (const Transaction &transaction : transactions) {
        if (transaction.value.currency == currency)
            count(totals, transaction);
    }
    return totals;
}

QMap<int, CurrencyTotals> ActivityFinance::byYear(const QString &currency) const
{
    QMap<int, CurrencyTotals> years;
    for (const Budget &budget : countedBudgets()) {
        if (budget.value.currency != currency || !budget.periodStart.isValid())
            continue;
        CurrencyTotals &year = years[budget.periodStart.year()];
        year.currency = currency;
        year.budget += budget.value.amount;
    }
    for (const PlannedDisbursement &planned : countedPlannedDisbursements()) {
        if (planned.value.currency != currency || !planned.periodStart.isValid())
            continue;
        CurrencyTotals &year = years[planned.periodStart.year()];
        year.currency = currency;
        year.planned += planned.value.amount;
    }
    for (const Transaction &transaction : transactions) {
        const QDate date = transaction.countingDate();
        if (transaction.value.currency != currency || !date.isValid())
            continue;
        CurrencyTotals &year = years[date.year()];
        year.currency = currency;
        count(year, transaction);
    }
    // A year with only other transaction types (incoming funds, repayments) draws nothing.
    for (auto it = years.begin(); it != years.end();) {
        const CurrencyTotals &year = *it;
        if (year.budget == 0 && year.planned == 0 && year.committed == 0 && year.outflow() == 0)
            it = years.erase(it);
        else
            ++it;
    }
    return years;
}

} // namespace sharaka
