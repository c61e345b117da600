// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/periodchart.h"

#include "charts/categorylabels.h"
#include "charts/charttext.h"
#include "charts/targetmarks.h"
#include "charts/wrappedtextitem.h"
#include "core/models/periodmodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace sharaka {

namespace {

/// A value axis from @p low to @p high in 4 to 6 steps of 1, 2 or 5 times a
/// power of ten, with as many decimals as the step needs (percentages such
/// as 0.5 have steps below one; counts never show decimals).
struct AxisScale
{
    double minimum = 0;
    double maximum = 1;
    int ticks = 2;
    int decimals = 0;
};

AxisScale axisScale(double low, double high)
{
    const double span = std::max(high - low, 1e-9);
    const double magnitude = std::pow(10.0, std::floor(std::log10(span / 5.0)));
    double step = magnitude;
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * magnitude;
        if (span / step <= 5.0)
            break;
    }
    AxisScale scale;
    scale.minimum = std::floor(low / step) * step;
    scale.maximum = std::ceil(high / step) * step;
    if (scale.maximum <= scale.minimum)
        scale.maximum = scale.minimum + step;
    scale.ticks = int(std::lround((scale.maximum - scale.minimum) / step)) + 1;
    scale.decimals = std::max(0, int(-std::floor(std::log10(step) + 1e-9)));
    return scale;
}

/// A period label on the axis: long ranges break after their dash, so that
/// six periods fit side by side. Axis labels are rich text: each part is escaped.
QString axisLabel(const QString &period)
{
    const QString dash = QStringLiteral(" \u2013 ");
    const qsizetype at = period.indexOf(dash);
    if (at < 0)
        return ChartText::markup(period);
    return ChartText::markup(period.left(at + 2)) + QStringLiteral("<br>") +
           ChartText::markup(period.mid(at + dash.size()));
}

/// A comment as drawn under the plot: one paragraph, at most @p length characters.
QString drawnComment(const QString &line, qsizetype length)
{
    const QString plain = ChartText::plain(line).simplified();
    if (plain.size() <= length)
        return plain;
    qsizetype cut = length - 1;
    if (plain.at(cut - 1).isHighSurrogate())
        --cut;
    // The cut text loses its closing isolate; the line ends with one.
    return plain.left(cut) + QChar(0x2026) + QChar(0x2069);
}

} // namespace

PeriodChart::PeriodChart(const Dataset &dataset, const ChartSpec &spec, Language language,
                         const ChartContext &context, const QSizeF &size, QGraphicsItem *parent)
    : DashboardChart(spec.id, language, context, size, parent)
    , m_model(new PeriodModel(dataset, spec.id, language, context.translator, this))
{
    setTitleText(m_model->title());
    // The notes first: the source line makes room for them under the plot.
    m_notesItem = new WrappedTextItem(this);
    QStringList notes;
    for (const QString &line : m_model->commentLines())
        notes.append(drawnComment(line, MaxDrawnCommentLength));
    if (!notes.isEmpty())
        notes.prepend(m_model->headerData(PeriodModel::CommentColumn, Qt::Horizontal).toString() +
                      QLatin1Char(':'));
    m_notesText = notes.join(QLatin1Char('\n'));
    m_notesItem->setText(m_notesText);
    m_notesItem->setTextDirection(localeFor(language).textDirection());
    // Absolute: in a right-to-left paragraph a plain AlignRight would be mirrored to the left.
    m_notesItem->setAlignment((rightToLeft() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute);
    buildSeries();
    buildAxes();
    updateFonts();
    setSourceLine(m_model->sourcesLine());
}

PeriodChart::~PeriodChart() = default;

QAbstractItemModel *PeriodChart::tableModel() const
{
    return m_model;
}

void PeriodChart::buildSeries()
{
    const int rows = m_model->rowCount();
    const auto number = [this](int row, int role) {
        return m_model->index(row, PeriodModel::ActualColumn).data(role);
    };

    // Legend entries are rich text.
    auto *actuals = new QBarSet(m_model->actualName().toHtmlEscaped());
    for (int category = 0; category < rows; ++category) {
        const QVariant actual = number(rowAt(category), PeriodModel::ActualRole);
        actuals->append(actual.isValid() ? actual.toDouble() : 0.0);
    }
    for (int row = 0; row < rows; ++row) {
        auto *label = new QGraphicsSimpleTextItem(
            m_model->index(row, PeriodModel::ActualColumn).data().toString(), this);
        label->setZValue(10);
        m_valueLabels.append(label);
    }
    m_series = new QBarSeries(this);
    m_series->setBarWidth(0.55);
    m_series->append(actuals);
    addSeries(m_series);
    connect(m_series, &QAbstractBarSeries::hovered, this,
            [this](bool hovering, int index) { requestToolTip(hovering, rowAt(index)); });

    if (m_model->hasTargets()) {
        m_targets = new QScatterSeries(this);
        m_targets->setName(m_model->targetName().toHtmlEscaped());
        m_targets->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
        m_targets->setMarkerSize(2 * TargetMarks::MarkerRadius);
        for (int row = 0; row < rows; ++row) {
            const QVariant target = number(row, PeriodModel::TargetRole);
            if (target.isValid())
                m_targets->append(qreal(rowAt(row)), target.toDouble());
        }
        addSeries(m_targets);
        connect(m_targets, &QScatterSeries::hovered, this,
                [this](const QPointF &point, bool hovering) {
                    requestToolTip(hovering, rowAt(int(std::lround(point.x()))));
                });
    }
    if (const std::optional<double> baseline = m_model->baseline()) {
        // Across the whole plot: the category axis spans -0.5 to rows - 0.5.
        m_baseline = new QLineSeries(this);
        m_baseline->setName(m_model->baselineLegend().toHtmlEscaped());
        m_baseline->append(-0.5, *baseline);
        m_baseline->append(qreal(rows) - 0.5, *baseline);
        addSeries(m_baseline);
    }
}

void PeriodChart::buildAxes()
{
    const int rows = m_model->rowCount();
    QStringList categories;
    CategoryLabels labels;
    double low = 0;
    double high = 0;
    for (int row = 0; row < rows; ++row) {
        categories.append(labels.unique(
            axisLabel(m_model->index(rowAt(row), PeriodModel::PeriodColumn).data().toString())));
        for (int role : {PeriodModel::ActualRole, PeriodModel::TargetRole}) {
            const QVariant figure = m_model->index(row, 0).data(role);
            if (figure.isValid()) {
                low = std::min(low, figure.toDouble());
                high = std::max(high, figure.toDouble());
            }
        }
    }
    if (const std::optional<double> baseline = m_model->baseline()) {
        low = std::min(low, *baseline);
        high = std::max(high, *baseline);
    }
    // Room above the tallest column for its label.
    high += (high - low) * 0.15;

    m_categoryAxis = new QBarCategoryAxis(this);
    m_categoryAxis->append(categories);
    m_categoryAxis->setGridLineVisible(false);
    addAxis(m_categoryAxis, Qt::AlignBottom);

    const AxisScale scale = axisScale(low, high);
    m_valueAxis = new QValueAxis(this);
    m_valueAxis->setRange(scale.minimum, scale.maximum);
    m_valueAxis->setTickCount(scale.ticks);
    m_valueAxis->setMinorTickCount(0);
    // "%d" prints nothing on Qt 6.4 when numbers are localized.
    m_valueAxis->setLabelFormat(QStringLiteral("%.%1f").arg(scale.decimals));
    addAxis(m_valueAxis, rightToLeft() ? Qt::AlignRight : Qt::AlignLeft);

    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(m_series), static_cast<QAbstractSeries *>(m_targets),
          static_cast<QAbstractSeries *>(m_baseline)}) {
        if (!series)
            continue;
        series->attachAxis(m_categoryAxis);
        series->attachAxis(m_valueAxis);
    }

    legend()->setAlignment(Qt::AlignTop);
    legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    legend()->setVisible(true);
}

int PeriodChart::rowAt(int category) const
{
    // Right to left, time runs from the right, the way the reader's eye
    // travels: the oldest period is the last category. (The category axis's
    // own setReverse() does not move bars on Qt 6.4.) Its own inverse.
    return rightToLeft() ? m_model->rowCount() - 1 - category : category;
}

void PeriodChart::requestToolTip(bool hovering, int row)
{
    if (!hovering || row < 0 || row >= m_model->rowCount()) {
        emit toolTipRequested(QString());
        return;
    }
    emit toolTipRequested(
        m_model->index(row, PeriodModel::PeriodColumn).data(Qt::ToolTipRole).toString());
}

QStringList PeriodChart::valueDescriptions() const
{
    QStringList lines = m_model->summaries();
    if (m_model->baseline())
        lines.append(m_model->baselineLegend());
    return lines;
}

QStringList PeriodChart::categoryLabels() const
{
    QStringList labels;
    for (int row = 0; row < m_model->rowCount(); ++row)
        labels.append(m_model->index(row, PeriodModel::PeriodColumn).data().toString());
    return labels;
}

QStringList PeriodChart::valueLabelTexts() const
{
    QStringList texts;
    for (const QGraphicsSimpleTextItem *label : m_valueLabels)
        texts.append(label->text());
    return texts;
}

void PeriodChart::applyColors(const ChartColors &colors)
{
    DashboardChart::applyColors(colors);
    for (QGraphicsSimpleTextItem *label : std::as_const(m_valueLabels))
        label->setBrush(colors.text);
    // The legend's marker of the columns follows their colour.
    const auto markers = legend()->markers(m_series);
    for (QLegendMarker *marker : markers) {
        marker->setBrush(colors.exactBar);
        marker->setPen(QPen(colors.exactBar.darker(130)));
    }
    m_notesItem->setColor(colors.secondaryText);
    // An outline in the background colour keeps a mark readable on its column.
    if (m_targets) {
        m_targets->setColor(colors.text);
        m_targets->setPen(QPen(colors.background, 1.5));
    }
    if (m_baseline)
        m_baseline->setPen(QPen(colors.secondaryText, 2, Qt::DashLine));
}

void PeriodChart::updateFonts()
{
    if (!m_categoryAxis)
        return; // asked while the chart is still being built
    m_categoryAxis->setLabelsFont(textFont(ChartTextRole::Category));
    m_valueAxis->setLabelsFont(textFont(ChartTextRole::Axis));
    for (QGraphicsSimpleTextItem *label : std::as_const(m_valueLabels))
        label->setFont(textFont(ChartTextRole::Value));
    m_notesItem->setFont(textFont(ChartTextRole::Source));
}

qreal PeriodChart::heightBelowPlot(qreal width)
{
    if (!m_notesItem || m_notesText.isEmpty())
        return 0;
    m_notesItem->setTextWidth(width);
    return m_notesItem->boundingRect().height() + sideMargin() / 2;
}

void PeriodChart::placeMarks()
{
    if (!m_valueAxis)
        return; // asked while the series is still being built
    // Each actual just above its column; above the target's mark when the
    // target stands higher, so that they never overlap.
    const qreal side = sideMargin();
    for (int row = 0; row < m_valueLabels.size(); ++row) {
        QGraphicsSimpleTextItem *label = m_valueLabels.at(row);
        const QVariant actual = m_model->index(row, 0).data(PeriodModel::ActualRole);
        const QVariant target = m_model->index(row, 0).data(PeriodModel::TargetRole);
        const qreal top = actual.isValid() ? actual.toDouble() : 0.0;
        const bool pastTarget = target.isValid() && target.toDouble() >= top;
        const QPointF end = mapToPosition(
            QPointF(qreal(rowAt(row)), pastTarget ? target.toDouble() : top), m_series);
        const QRectF box = label->boundingRect();
        const qreal gap = side * 0.4 + (pastTarget ? TargetMarks::MarkerRadius : 0);
        label->setPos(end.x() - box.width() / 2, end.y() - gap - box.height());
    }
    // In the bottom margin, which heightBelowPlot() grew for them, above the source line.
    m_notesItem->setTextWidth(std::max<qreal>(10, rect().width() - 2 * side));
    m_notesItem->setPos(side, rect().bottom() - margins().bottom() + side / 4);
}

} // namespace sharaka
