// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/financechart.h"

#include "charts/charttext.h"
#include "core/activityfigures.h"
#include "core/models/financemodel.h"
#include "core/textformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QFontMetricsF>
#include <QGraphicsSceneResizeEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace sharaka {

namespace {

/// Series colours by FinanceModel::Figure: budget as a quiet outline colour,
/// money moved in stronger ones, the planned disbursements' line dark
/// enough to read over any bar.
const QColor SeriesColors[] = {QColor(0x9e, 0xb3, 0xc8), QColor(0x6a, 0x3d, 0x9a),
                               QColor(0x1f, 0x5f, 0x99), QColor(0xe0, 0x8a, 0x1e),
                               QColor(0x3a, 0x8f, 0x5a)};

/// @p name on two lines, broken at the space nearest its middle; one line
/// when it has no space.
QStringList brokenName(const QString &name)
{
    qsizetype best = -1;
    for (qsizetype at = name.indexOf(u' '); at >= 0; at = name.indexOf(u' ', at + 1)) {
        if (best < 0 || std::abs(at - name.size() / 2) < std::abs(best - name.size() / 2))
            best = at;
    }
    if (best < 0)
        return {name};
    return {name.left(best), name.mid(best + 1)};
}

} // namespace

FinanceChart::FinanceChart(const Dataset &dataset, const ChartSpec &spec, Language language,
                           const ChartContext &context, const QSizeF &size, QGraphicsItem *parent)
    : DashboardChart(spec.id, language, context, size, parent)
    , m_model(new FinanceModel(dataset, spec.id, language, context.translator, this))
{
    const ActivityFigures figures(language, context.translator);
    setTitleText(ChartText::label(spec.title.text(language)));
    const int years = m_model->rowCount();
    double largest = 0;
    for (int row = 0; row < years; ++row)
        for (const FinanceModel::Figure figure : m_model->figures())
            largest = std::max(largest, m_model->amount(row, figure));
    // Millions when the amounts are large, so that axis labels stay short.
    const bool millions = largest >= 1e6;
    const double unit = millions ? 1e6 : 1;

    m_series = new QBarSeries(this);
    for (const FinanceModel::Figure figure : m_model->figures()) {
        if (figure == FinanceModel::PlannedDisbursements) {
            // A line, so that the plan reads apart from the money moved: each
            // year's point over its bars, at the centre of the year's group.
            m_planned = new QLineSeries(this);
            m_planned->setName(m_model->figureName(figure).toHtmlEscaped());
            m_planned->setPointsVisible(true);
            for (int category = 0; category < years; ++category)
                m_planned->append(category, m_model->amount(rowAt(category), figure) / unit);
            continue;
        }
        auto *set = new QBarSet(m_model->figureName(figure).toHtmlEscaped());
        for (int category = 0; category < years; ++category)
            set->append(m_model->amount(rowAt(category), figure) / unit);
        m_series->append(set);
        m_figureOfSet.append(figure);
    }
    // Described in the legend's order: the bars, then the line.
    for (const int figure : std::as_const(m_figureOfSet))
        for (int row = 0; row < years; ++row)
            m_descriptions.append(m_model->description(row, FinanceModel::Figure(figure)));
    for (int row = 0; m_planned && row < years; ++row)
        m_descriptions.append(m_model->description(row, FinanceModel::PlannedDisbursements));
    for (int row = 0; row < years; ++row)
        m_years.append(m_model->index(row, FinanceModel::YearColumn).data().toString());
    addSeries(m_series);
    if (m_planned)
        addSeries(m_planned);

    m_yearAxis = new QBarCategoryAxis(this);
    for (int category = 0; category < years; ++category)
        m_yearAxis->append(m_years.at(rowAt(category)));
    m_yearAxis->setGridLineVisible(false);
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
    if (m_planned) {
        m_planned->attachAxis(m_yearAxis);
        m_planned->attachAxis(m_valueAxis);
    }

    legend()->setVisible(true);
    // Bars as squares, the planned disbursements as their line.
    if (m_planned) {
        const auto markers = legend()->markers(m_planned);
        for (QLegendMarker *marker : markers)
            marker->setShape(QLegend::MarkerShapeFromSeries);
    }
    updateFonts();
    setSourceLine(
        TextFormat::sourcesLine(dataset, dataset.project.sourceIds, language, context.translator));
}

int FinanceChart::rowAt(int category) const
{
    // Right to left, time runs from the right, as in the period chart: the
    // oldest year is the last category (the category axis's setReverse()
    // does not move bars on Qt 6.4). Its own inverse.
    return rightToLeft() ? m_model->rowCount() - 1 - category : category;
}

QAbstractItemModel *FinanceChart::tableModel() const
{
    return m_model;
}

void FinanceChart::updateFonts()
{
    if (!m_series)
        return;
    m_yearAxis->setLabelsFont(textFont(ChartTextRole::Axis));
    m_valueAxis->setLabelsFont(textFont(ChartTextRole::Axis));
    m_valueAxis->setTitleFont(textFont(ChartTextRole::Axis));
    legend()->setFont(textFont(ChartTextRole::Legend));
    placeLegend(size().width() > 0 ? size().width() : preferredWidth());
}

void FinanceChart::resizeEvent(QGraphicsSceneResizeEvent *event)
{
    placeLegend(event->newSize().width());
    DashboardChart::resizeEvent(event);
}

void FinanceChart::placeLegend(qreal width)
{
    if (!m_series)
        return;
    // Qt Charts shortens a legend name that has no room ("Planned disburse...")
    // and never wraps one; so the chart does: a row of whole names over the
    // plot while they fit, else a row with the long names on two lines, else
    // a column of those beside the plot (Qt gives a column 40% of the width).
    const QFontMetricsF metrics(legend()->font());
    const qreal entryExtra = 2.5 * metrics.height(); // marker, gap and margins
    const auto nameWidth = [&metrics](const QString &name, bool broken) {
        const QStringList lines = broken ? brokenName(name) : QStringList{name};
        qreal widest = 0;
        for (const QString &line : lines)
            widest = std::max(widest, metrics.horizontalAdvance(line));
        return widest;
    };
    const auto rowWidth = [&](bool broken) {
        qreal row = 4 * metrics.height(); // the legend's own margins
        for (const FinanceModel::Figure figure : m_model->figures())
            row += nameWidth(m_model->figureName(figure), broken) + entryExtra;
        return row;
    };
    const qreal room = width - 2 * sideMargin();
    const bool whole = width <= 0 || rowWidth(false) <= room;
    const bool row = whole || rowWidth(true) <= room;
    const Qt::Alignment beside = rightToLeft() ? Qt::AlignLeft : Qt::AlignRight;
    const Qt::Alignment alignment = row ? Qt::AlignTop : beside;
    if (legend()->alignment() != alignment)
        legend()->setAlignment(alignment);
    const auto label = [&](FinanceModel::Figure figure) {
        const QString name = m_model->figureName(figure);
        if (whole)
            return name.toHtmlEscaped();
        QStringList lines = brokenName(name);
        for (QString &line : lines)
            line = line.toHtmlEscaped();
        return lines.join(QStringLiteral("<br>"));
    };
    const auto sets = m_series->barSets();
    for (qsizetype i = 0; i < sets.size(); ++i) {
        const QString text = label(FinanceModel::Figure(m_figureOfSet.at(i)));
        if (sets.at(i)->label() != text)
            sets.at(i)->setLabel(text);
    }
    if (m_planned && m_planned->name() != label(FinanceModel::PlannedDisbursements))
        m_planned->setName(label(FinanceModel::PlannedDisbursements));
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
    if (m_planned) {
        const QColor color = SeriesColors[FinanceModel::PlannedDisbursements];
        QPen pen(color, 2.5, Qt::DashLine);
        pen.setCapStyle(Qt::RoundCap);
        m_planned->setPen(pen);
        m_planned->setBrush(color); // the points
        m_planned->setMarkerSize(8);
    }
}

QStringList FinanceChart::valueDescriptions() const
{
    return m_descriptions;
}

QStringList FinanceChart::seriesNames() const
{
    // The model's names: the legend may show them broken over two lines.
    QStringList names;
    for (const int figure : m_figureOfSet)
        names.append(m_model->figureName(FinanceModel::Figure(figure)));
    if (m_planned)
        names.append(m_model->figureName(FinanceModel::PlannedDisbursements));
    return names;
}

QList<double> FinanceChart::seriesValues(int series) const
{
    // Oldest year first, whatever the reading direction.
    QList<double> values;
    const auto sets = m_series->barSets();
    const int years = m_model->rowCount();
    if (m_planned && series == sets.size()) {
        const auto points = m_planned->points();
        for (int row = 0; row < years && row < points.size(); ++row)
            values.append(points.at(rowAt(row)).y());
        return values;
    }
    if (series < 0 || series >= sets.size())
        return values;
    for (int row = 0; row < years && row < sets.at(series)->count(); ++row)
        values.append(sets.at(series)->at(rowAt(row)));
    return values;
}

} // namespace sharaka
