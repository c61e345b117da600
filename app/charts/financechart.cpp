// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/financechart.h"

#include "charts/charttext.h"
#include "core/activityfigures.h"
#include "core/textformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QPen>
#include <QValueAxis>

#include <cmath>

namespace sharaka {

namespace {

/// Series colours: budget as a quiet outline colour, money moved in stronger ones.
const QColor SeriesColors[] = {QColor(0x9e, 0xb3, 0xc8), QColor(0x1f, 0x5f, 0x99),
                               QColor(0xe0, 0x8a, 0x1e), QColor(0x3a, 0x8f, 0x5a)};

} // namespace

FinanceChart::FinanceChart(const Dataset &dataset, const ChartSpec &spec, Language language,
                           const ChartContext &context, const QSizeF &size, QGraphicsItem *parent)
    : DashboardChart(spec.id, language, context, size, parent)
{
    const ActivityFigures figures(language, context.translator);
    setTitleText(ChartText::label(spec.title.text(language)));
    const QMap<int, CurrencyTotals> years = dataset.finance.byYear(spec.currency);
    const char *names[] = {QT_TRANSLATE_NOOP("ActivityFigures", "Budget"),
                           QT_TRANSLATE_NOOP("ActivityFigures", "Commitments"),
                           QT_TRANSLATE_NOOP("ActivityFigures", "Disbursements"),
                           QT_TRANSLATE_NOOP("ActivityFigures", "Expenditure")};
    const auto figure = [](const CurrencyTotals &year, int series) {
        switch (series) {
        case 0:
            return year.budget;
        case 1:
            return year.committed;
        case 2:
            return year.disbursed;
        default:
            return year.spent;
        }
    };
    double largest = 0;
    for (const CurrencyTotals &year : years)
        for (int series = 0; series < 4; ++series)
            largest = std::max(largest, figure(year, series));
    // Millions when the amounts are large, so that axis labels stay short.
    const bool millions = largest >= 1e6;
    const double unit = millions ? 1e6 : 1;

    m_series = new QBarSeries(this);
    for (int series = 0; series < 4; ++series) {
        const bool used = std::any_of(years.cbegin(), years.cend(), [&](const CurrencyTotals &y) {
            return figure(y, series) != 0;
        });
        if (!used)
            continue; // a series with nothing in it would only crowd the legend
        auto *set = new QBarSet(figures.word(names[series]).toHtmlEscaped());
        for (auto it = years.cbegin(); it != years.cend(); ++it) {
            set->append(figure(*it, series) / unit);
            m_descriptions.append(figures.word(QT_TRANSLATE_NOOP("ActivityFigures", "%1, %2: %3"))
                                      .arg(figures.word(names[series]), QString::number(it.key()),
                                           figures.money(figure(*it, series), spec.currency)));
        }
        m_series->append(set);
        m_figureOfSet.append(series);
    }
    for (auto it = years.cbegin(); it != years.cend(); ++it)
        m_years.append(QString::number(it.key()));
    addSeries(m_series);

    m_yearAxis = new QBarCategoryAxis(this);
    m_yearAxis->append(m_years);
    m_yearAxis->setGridLineVisible(false);
    m_yearAxis->setReverse(rightToLeft());
    addAxis(m_yearAxis, Qt::AlignBottom);
    m_series->attachAxis(m_yearAxis);

    m_valueAxis = new QValueAxis(this);
    m_valueAxis->setRange(0, std::max(1.0, largest / unit * 1.1));
    m_valueAxis->applyNiceNumbers();
    m_valueAxis->setLabelFormat(millions && largest < 1e7 ? QStringLiteral("%.1f")
                                                          : QStringLiteral("%.0f"));
    m_valueAxis->setMinorTickCount(0);
    m_valueAxis->setTitleText(
        (millions ? figures.word(QT_TRANSLATE_NOOP("ActivityFigures", "Millions of %1"))
                  : figures.word(QT_TRANSLATE_NOOP("ActivityFigures", "Amount in %1")))
            .arg(spec.currency)
            .toHtmlEscaped());
    addAxis(m_valueAxis, rightToLeft() ? Qt::AlignRight : Qt::AlignLeft);
    m_series->attachAxis(m_valueAxis);

    legend()->setAlignment(Qt::AlignTop);
    legend()->setVisible(true);
    updateFonts();
    setSourceLine(
        TextFormat::sourcesLine(dataset, dataset.project.sourceIds, language, context.translator));
}

void FinanceChart::updateFonts()
{
    if (!m_series)
        return;
    m_yearAxis->setLabelsFont(textFont(ChartTextRole::Axis));
    m_valueAxis->setLabelsFont(textFont(ChartTextRole::Axis));
    m_valueAxis->setTitleFont(textFont(ChartTextRole::Axis));
    legend()->setFont(textFont(ChartTextRole::Legend));
}

void FinanceChart::applyColors(const ChartColors &colors)
{
    DashboardChart::applyColors(colors);
    const auto sets = m_series->barSets();
    for (qsizetype i = 0; i < sets.size(); ++i) {
        const QColor color = SeriesColors[m_figureOfSet.at(i)];
        sets.at(i)->setBrush(color);
        sets.at(i)->setPen(QPen(color.darker(130), 1));
    }
}

QStringList FinanceChart::valueDescriptions() const
{
    return m_descriptions;
}

QStringList FinanceChart::seriesNames() const
{
    QStringList names;
    const auto sets = m_series->barSets();
    for (const QBarSet *set : sets)
        names.append(set->label());
    return names;
}

QList<double> FinanceChart::seriesValues(int series) const
{
    QList<double> values;
    const auto sets = m_series->barSets();
    if (series < 0 || series >= sets.size())
        return values;
    for (int i = 0; i < sets.at(series)->count(); ++i)
        values.append(sets.at(series)->at(i));
    return values;
}

} // namespace sharaka
