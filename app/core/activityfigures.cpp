// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/activityfigures.h"

#include "core/codelists.h"
#include "core/languagetranslator.h"

#include <QHash>

#include <iterator>

namespace sharaka {

namespace {

/// A name from @p list, else the code itself: a code no list has still shows.
QString listName(const char *list, const QString &code, Language language)
{
    const QString name = Codelists::name(QLatin1String(list), code, language);
    return name.isEmpty() ? code : name;
}

} // namespace

ActivityFigures::ActivityFigures(Language language, const LanguageTranslator *translator)
    : m_language(language)
    , m_translator(translator)
{}

QString ActivityFigures::word(const char *sourceText) const
{
    return translateWith(m_translator, "ActivityFigures", sourceText);
}

QString ActivityFigures::sectorName(const Sector &sector) const
{
    QString name;
    if (sector.vocabulary == QLatin1String("1"))
        name = Codelists::name(QStringLiteral("Sector"), sector.code, m_language);
    else if (sector.vocabulary == QLatin1String("2"))
        name = Codelists::name(QStringLiteral("SectorCategory"), sector.code, m_language);
    if (name.isEmpty())
        name = sector.narrative.text(m_language);
    return name.isEmpty() ? sector.code : name;
}

QList<ActivityFigures::Row> ActivityFigures::sectorRows(const Dataset &dataset) const
{
    QHash<QString, int> perVocabulary;
    for (const Sector &sector : dataset.sectors)
        ++perVocabulary[sector.vocabulary];
    QList<Row> rows;
    for (const Sector &sector : dataset.sectors) {
        Row row;
        row.label = sectorName(sector);
        const bool whole = !sector.percentage && perVocabulary.value(sector.vocabulary) == 1;
        if (sector.percentage || whole) {
            row.value = sector.percentage.value_or(100);
            row.valueText = shareText(row.value, 100);
        } else {
            row.valueText = word(QT_TRANSLATE_NOOP("ActivityFigures", "share not given"));
        }
        rows.append(row);
    }
    return rows;
}

QList<ActivityFigures::Row> ActivityFigures::policyMarkerRows(const Dataset &dataset) const
{
    QList<Row> rows;
    for (const PolicyMarker &marker : dataset.policyMarkers) {
        Row row;
        QString name =
            marker.vocabulary == QLatin1String("1")
                ? Codelists::name(QStringLiteral("PolicyMarker"), marker.code, m_language)
                : QString();
        if (name.isEmpty())
            name = marker.narrative.text(m_language);
        row.label = name.isEmpty() ? marker.code : name;
        if (marker.significance) {
            row.value = *marker.significance;
            row.valueText = QStringLiteral("%1 (%2)").arg(significanceName(*marker.significance),
                                                          QString::number(*marker.significance));
        } else {
            row.valueText = word(QT_TRANSLATE_NOOP("ActivityFigures", "significance not given"));
        }
        rows.append(row);
    }
    return rows;
}

QString ActivityFigures::significanceName(int significance) const
{
    // IATI names the five significances in English only; they are the
    // program's words here, so that French and Arabic read them too.
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("ActivityFigures", "not targeted"),
        QT_TRANSLATE_NOOP("ActivityFigures", "significant objective"),
        QT_TRANSLATE_NOOP("ActivityFigures", "principal objective"),
        QT_TRANSLATE_NOOP("ActivityFigures",
                          "principal objective and in support of an action programme"),
        QT_TRANSLATE_NOOP("ActivityFigures", "explicit primary objective"),
    };
    if (significance < 0 || significance >= int(std::size(names)))
        return QString::number(significance);
    return word(names[significance]);
}

QString ActivityFigures::statusName(const QString &code) const
{
    return listName("ActivityStatus", code, m_language);
}

QString ActivityFigures::transactionTypeName(const QString &code) const
{
    return listName("TransactionType", code, m_language);
}

QString ActivityFigures::roleName(const QString &code) const
{
    return listName("OrganisationRole", code, m_language);
}

QString ActivityFigures::organisationTypeName(const QString &code) const
{
    return listName("OrganisationType", code, m_language);
}

QString ActivityFigures::relationName(const QString &code) const
{
    return listName("RelatedActivityType", code, m_language);
}

QString ActivityFigures::documentCategoryName(const QString &code) const
{
    return listName("DocumentCategory", code, m_language);
}

QString ActivityFigures::money(double amount, const QString &currency) const
{
    const QString text = localeFor(m_language).toString(amount, 'f', 0) + QChar(0x00A0) + currency;
    // Digits and the Latin code read left to right inside Arabic text.
    return m_language == Language::Arabic ? QChar(0x2066) + text + QChar(0x2069) : text;
}

QString ActivityFigures::shareText(double part, double whole) const
{
    if (whole <= 0)
        return QStringLiteral("–");
    const QString number = localeFor(m_language).toString(100.0 * part / whole, 'f', 0);
    switch (m_language) {
    case Language::French:
        return number + QStringLiteral("\u00a0%");
    case Language::Arabic:
        return QChar(0x2066) + number + QLatin1Char('%') + QChar(0x2069);
    case Language::English:
        break;
    }
    return number + QLatin1Char('%');
}

QString ActivityFigures::statusLine(const Dataset &dataset) const
{
    QStringList parts;
    if (!dataset.activityStatus.isEmpty())
        parts.append(word(QT_TRANSLATE_NOOP("ActivityFigures", "Status: %1"))
                         .arg(statusName(dataset.activityStatus)));
    if (dataset.lastUpdated.isValid())
        parts.append(word(QT_TRANSLATE_NOOP("ActivityFigures", "Last updated: %1"))
                         .arg(localeFor(m_language)
                                  .toString(dataset.lastUpdated, QStringLiteral("d MMMM yyyy"))));
    return parts.join(QStringLiteral(" · "));
}

QString ActivityFigures::moneyLine(const Dataset &dataset, const QString &shownElsewhere) const
{
    QStringList parts;
    for (const QString &currency : dataset.finance.currencies()) {
        const CurrencyTotals totals = dataset.finance.totals(currency);
        if (currency == shownElsewhere || (totals.committed == 0 && totals.outflow() == 0))
            continue;
        parts.append(word(QT_TRANSLATE_NOOP("ActivityFigures",
                                            "Committed: %1 · Spent: %2 (%3 of committed)"))
                         .arg(money(totals.committed, currency), money(totals.outflow(), currency),
                              shareText(totals.outflow(), totals.committed)));
    }
    return parts.join(QStringLiteral(" · "));
}

QString ActivityFigures::mainCurrency(const Dataset &dataset)
{
    const ChartSpec *finance = dataset.chart(financeChartId());
    return finance && finance->kind == ChartKind::Finance ? finance->currency : QString();
}

QList<ActivityFigures::MoneyFigure> ActivityFigures::moneyFigures(const Dataset &dataset) const
{
    const QString currency = mainCurrency(dataset);
    if (currency.isEmpty())
        return {};
    const CurrencyTotals totals = dataset.finance.totals(currency);
    QList<MoneyFigure> figures;
    if (totals.budget != 0)
        figures.append({QStringLiteral("budget"),
                        money(totals.budget, currency),
                        word(QT_TRANSLATE_NOOP("ActivityFigures", "Budget")),
                        {}});
    if (totals.committed != 0)
        figures.append({QStringLiteral("committed"),
                        money(totals.committed, currency),
                        word(QT_TRANSLATE_NOOP("ActivityFigures", "Committed")),
                        {}});
    if (totals.outflow() != 0 || totals.committed != 0)
        figures.append(
            {QStringLiteral("spent"), money(totals.outflow(), currency),
             word(QT_TRANSLATE_NOOP("ActivityFigures", "Spent (disbursements and expenditure)")),
             totals.committed > 0 ? word(QT_TRANSLATE_NOOP("ActivityFigures", "%1 of committed"))
                                        .arg(shareText(totals.outflow(), totals.committed))
                                  : QString()});
    return figures;
}

} // namespace sharaka
