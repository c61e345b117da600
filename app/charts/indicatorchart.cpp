// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/indicatorchart.h"

#include "charts/categorylabels.h"
#include "charts/charttext.h"
#include "charts/targetmarks.h"
#include "core/models/indicatormodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QValueAxis>

#include <cmath>

namespace sharaka {

namespace {

/// The smallest "nice" axis maximum (1, 2 or 5 times a power of ten per tick)
/// that leaves room after the longest bar for its value label.
std::pair<qint64, int> niceAxis(qint64 largest)
{
    const double target = std::max<double>(1.0, double(largest) * 1.22);
    const double rawStep = target / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rawStep)));
    double step = magnitude;
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step >= rawStep)
            break;
    }
    const auto wholeStep = std::max<qint64>(1, qint64(std::ceil(step)));
    const qint64 maximum = qint64(std::ceil(target / double(wholeStep))) * wholeStep;
    return {maximum, int(maximum / wholeStep) + 1};
}

} // namespace

IndicatorChart::IndicatorChart(const Dataset &dataset, const ChartSpec &spec, Language language,
                               const ChartContext &context, const QSizeF &size,
                               QGraphicsItem *parent)
    : DashboardChart(spec.id, language, context, size, parent)
    , m_model(new IndicatorModel(dataset, spec.id, language, context.translator, this))
{
    setTitleText(m_model->title());
    buildSeries();
    setSourceLine(m_model->sourcesLine());
}

IndicatorChart::~IndicatorChart() = default;

QAbstractItemModel *IndicatorChart::tableModel() const
{
    return m_model;
}

qint64 IndicatorChart::value(int row) const
{
    return m_model->index(row, IndicatorModel::ValueColumn)
        .data(IndicatorModel::RawValueRole)
        .toLongLong();
}

bool IndicatorChart::isLowerBound(int row) const
{
    return m_model->index(row, IndicatorModel::ValueColumn)
               .data(IndicatorModel::QualifierRole)
               .toInt() == int(Qualifier::AtLeast);
}

void IndicatorChart::buildSeries()
{
    // Hidden while empty costs nothing; hidden once it holds markers it
    // lays them out first. Shown at the end only for lower bounds.
    legend()->setVisible(false);
    const Bars bars = buildBars();
    addValueLabels();
    buildTargetMarks();
    buildAxes(bars);
    showLegend(bars);
}

IndicatorChart::Bars IndicatorChart::buildBars()
{
    // Exact figures and lower bounds are two stacked sets, so each bar sits in
    // its own row and lower bounds get their own look (from the theme) and
    // legend entry. Legend entries are rich text.
    auto *exact = new QBarSet(m_model->qualifierName(Qualifier::Exact).toHtmlEscaped());
    auto *lowerBound = new QBarSet(m_model->qualifierName(Qualifier::AtLeast).toHtmlEscaped());

    // Horizontal bars are drawn bottom-up; walk the rows backwards so the
    // first indicator of the dataset is the top bar.
    Bars bars;
    CategoryLabels categories;
    bars.lowerBoundLabel = lowerBound->label();
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        const qint64 figure = value(row);
        const bool atLeast = isLowerBound(row);
        bars.hasLowerBound |= atLeast;
        bars.largest = std::max(bars.largest, figure);
        exact->append(atLeast ? 0.0 : double(figure));
        lowerBound->append(atLeast ? double(figure) : 0.0);
        bars.bottomUpCategories.append(
            categories.add(m_model->index(row, IndicatorModel::LabelColumn).data().toString()));
    }

    m_series = new QHorizontalStackedBarSeries(this);
    m_series->setBarWidth(0.6);
    m_series->append(exact);
    m_series->append(lowerBound);
    addSeries(m_series);
    connect(m_series, &QAbstractBarSeries::hovered, this,
            [this](bool hovering, int index) { requestToolTip(hovering, index); });
    return bars;
}

void IndicatorChart::addValueLabels()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        auto *label = new QGraphicsSimpleTextItem(
            m_model->index(row, IndicatorModel::ValueColumn).data().toString(), this);
        label->setFont(textFont(ChartTextRole::Value));
        label->setZValue(10);
        m_valueLabels.append(label);
    }
}

void IndicatorChart::buildTargetMarks()
{
    // Target and baseline over the bars, where the indicators have them.
    QList<TargetMarks::Row> marks;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, IndicatorModel::ValueColumn);
        const QVariant target = index.data(IndicatorModel::TargetRole);
        const QVariant baseline = index.data(IndicatorModel::BaselineRole);
        marks.append(
            {target.isValid() ? std::optional<double>(target.toDouble()) : std::nullopt,
             baseline.isValid() ? std::optional<double>(baseline.toDouble()) : std::nullopt});
    }
    m_targetMarks = std::make_unique<TargetMarks>(marks);
    // Legend entries are rich text.
    m_targetMarks->addTo(this,
                         m_model->headerData(IndicatorModel::TargetColumn, Qt::Horizontal)
                             .toString()
                             .toHtmlEscaped(),
                         m_model->headerData(IndicatorModel::BaselineColumn, Qt::Horizontal)
                             .toString()
                             .toHtmlEscaped());
}

void IndicatorChart::buildAxes(const Bars &bars)
{
    m_categoryAxis = new QBarCategoryAxis(this);
    m_categoryAxis->setLabelsFont(textFont(ChartTextRole::Category));
    m_categoryAxis->append(bars.bottomUpCategories);
    m_categoryAxis->setGridLineVisible(false);
    // Right to left, the labels stand on the right and the bars grow leftwards
    // from them, the way the reader's eye travels; the digits and the tick
    // order within each label stay as written.
    addAxis(m_categoryAxis, rightToLeft() ? Qt::AlignRight : Qt::AlignLeft);
    m_series->attachAxis(m_categoryAxis);
    m_targetMarks->attachAxis(m_categoryAxis);

    const auto [maximum, ticks] =
        niceAxis(std::max(bars.largest, qint64(std::ceil(m_targetMarks->largest()))));
    m_valueAxis = new QValueAxis(this);
    m_valueAxis->setLabelsFont(textFont(ChartTextRole::Axis));
    m_valueAxis->setRange(0, double(maximum));
    m_valueAxis->setTickCount(ticks);
    // "%d" prints nothing on Qt 6.4 when numbers are localized; the ticks are
    // whole numbers by construction, so no decimals are shown.
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    // The axis prints its ticks with the chart's locale. Arabic groups
    // thousands with a dot there, and "1.000" reads as one: below 10,000 the
    // ticks go without a separator, as Arabic print usually writes them.
    if (locale().language() == QLocale::Arabic && maximum < 10000) {
        QLocale ungrouped = locale();
        ungrouped.setNumberOptions(ungrouped.numberOptions() | QLocale::OmitGroupSeparator);
        setLocale(ungrouped);
    }
    m_valueAxis->setMinorTickCount(0);
    m_valueAxis->setReverse(rightToLeft());
    addAxis(m_valueAxis, Qt::AlignBottom);
    m_series->attachAxis(m_valueAxis);
    m_targetMarks->attachAxis(m_valueAxis);
}

void IndicatorChart::showLegend(const Bars &bars)
{
    legend()->setAlignment(Qt::AlignTop);
    legend()->setVisible(bars.hasLowerBound || !m_targetMarks->isEmpty());
    legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    // Of the bar sets, only lower bounds are named: exact figures need no key.
    const auto markers = legend()->markers(m_series);
    for (QLegendMarker *marker : markers)
        marker->setVisible(bars.hasLowerBound && marker->label() == bars.lowerBoundLabel);
}

void IndicatorChart::requestToolTip(bool hovering, int barIndex)
{
    // Bars are indexed bottom-up; the model lists them top-down.
    const int row = m_model->rowCount() - 1 - barIndex;
    if (!hovering || row < 0 || row >= m_model->rowCount()) {
        emit toolTipRequested(QString());
        return;
    }
    emit toolTipRequested(
        m_model->index(row, IndicatorModel::LabelColumn).data(Qt::ToolTipRole).toString());
}

QStringList IndicatorChart::valueDescriptions() const
{
    return m_model->summaries();
}

QStringList IndicatorChart::categoryLabels() const
{
    QStringList labels;
    for (int row = 0; row < m_model->rowCount(); ++row)
        labels.append(m_model->index(row, IndicatorModel::LabelColumn).data().toString());
    return labels;
}

QStringList IndicatorChart::valueLabelTexts() const
{
    QStringList texts;
    for (const QGraphicsSimpleTextItem *label : m_valueLabels)
        texts.append(label->text().remove(QChar(0x200E)));
    return texts;
}

void IndicatorChart::applyColors(const ChartColors &colors)
{
    DashboardChart::applyColors(colors);
    for (int row = 0; row < m_valueLabels.size(); ++row)
        m_valueLabels.at(row)->setBrush(isLowerBound(row) ? colors.lowerBoundText : colors.text);
    if (m_targetMarks)
        m_targetMarks->setColors(colors.text, colors.secondaryText, colors.background);
}

QColor IndicatorChart::valueLabelColor(int row) const
{
    return row >= 0 && row < m_valueLabels.size() ? m_valueLabels.at(row)->brush().color()
                                                  : QColor();
}

void IndicatorChart::updateFonts()
{
    if (!m_series)
        return;
    m_categoryAxis->setLabelsFont(textFont(ChartTextRole::Category));
    m_valueAxis->setLabelsFont(textFont(ChartTextRole::Axis));
    for (QGraphicsSimpleTextItem *label : std::as_const(m_valueLabels))
        label->setFont(textFont(ChartTextRole::Value));
}

void IndicatorChart::placeMarks()
{
    if (!m_series)
        return; // asked while the series is still being built
    // Value labels just past the end of each bar, centred on the bar; past
    // the target's mark when the target lies beyond the bar, so that they
    // never overlap.
    const int rows = int(m_valueLabels.size());
    const qreal side = sideMargin();
    for (int row = 0; row < rows; ++row) {
        QGraphicsSimpleTextItem *label = m_valueLabels.at(row);
        const qreal category = qreal(rows - 1 - row);
        const QVariant target =
            m_model->index(row, IndicatorModel::ValueColumn).data(IndicatorModel::TargetRole);
        const bool pastTarget = target.isValid() && target.toDouble() >= qreal(value(row));
        const qreal reach = pastTarget ? target.toDouble() : qreal(value(row));
        const QPointF end = mapToPosition(QPointF(reach, category), m_series);
        const QRectF box = label->boundingRect();
        const qreal gap = side * 0.6 + (pastTarget ? TargetMarks::MarkerRadius : 0);
        const qreal x = rightToLeft() ? end.x() - gap - box.width() : end.x() + gap;
        label->setPos(x, end.y() - box.height() / 2);
    }
}

} // namespace sharaka
