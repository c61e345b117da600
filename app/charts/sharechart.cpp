// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/sharechart.h"

#include "charts/categorylabels.h"
#include "charts/charttext.h"
#include "core/language.h"
#include "core/models/sharemodel.h"
#include "core/textformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QValueAxis>

namespace sharaka {

ShareChart::ShareChart(const Dataset &dataset, const ChartSpec &spec, Language language,
                       const ChartContext &context, const QSizeF &size, QGraphicsItem *parent)
    : DashboardChart(spec.id, language, context, size, parent)
    , m_model(new ShareModel(dataset, spec.id, language, context.translator, this))
{
    const ActivityFigures figures(language, context.translator);
    const bool markers = spec.kind == ChartKind::PolicyMarkers;
    m_rows = m_model->rows();
    setTitleText(ChartText::label(spec.title.text(language)));

    auto *set = new QBarSet(spec.title.text(language).toHtmlEscaped());
    QStringList categories;
    CategoryLabels labels;
    // Horizontal bars are drawn bottom-up: walk backwards so the first row is on top.
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        set->append(m_rows.at(i).value);
        categories.append(labels.add(m_rows.at(i).label));
    }
    addValueLabels();
    m_series = new QHorizontalBarSeries(this);
    m_series->setBarWidth(0.6);
    m_series->append(set);
    m_series->setLabelsVisible(false);
    addSeries(m_series);

    m_categoryAxis = new QBarCategoryAxis(this);
    m_categoryAxis->append(categories);
    m_categoryAxis->setGridLineVisible(false);
    addAxis(m_categoryAxis, rightToLeft() ? Qt::AlignRight : Qt::AlignLeft);
    m_series->attachAxis(m_categoryAxis);

    m_valueAxis = new QValueAxis(this);
    m_valueAxis->setRange(0, markers ? 4 : 100);
    m_valueAxis->setTickCount(markers ? 5 : 6);
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_valueAxis->setMinorTickCount(0);
    m_valueAxis->setReverse(rightToLeft());
    m_valueAxis->setTitleText(
        (markers ? figures.word(QT_TRANSLATE_NOOP("ActivityFigures", "Significance (0 to 4)"))
                 : figures.word(QT_TRANSLATE_NOOP("ActivityFigures", "Share of the activity (%)")))
            .toHtmlEscaped());
    addAxis(m_valueAxis, Qt::AlignBottom);
    m_series->attachAxis(m_valueAxis);
    legend()->setVisible(false);
    updateFonts();
    setSourceLine(
        TextFormat::sourcesLine(dataset, dataset.project.sourceIds, language, context.translator));
}

QAbstractItemModel *ShareChart::tableModel() const
{
    return m_model;
}

void ShareChart::addValueLabels()
{
    // A significance of 0 ("not targeted") draws no bar: without its words
    // the row would read as a figure missing.
    const QLocale locale = localeFor(language());
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        const ActivityFigures::Row &bar = m_rows.at(row);
        auto *label = new QGraphicsSimpleTextItem(ChartText::label(bar.valueText), this);
        label->setZValue(10);
        m_valueLabels.append(label);
        // A narrow panel has no room for "principal objective (2)": the number says it.
        const bool given = m_model->index(int(row), ShareModel::FigureColumn)
                               .data(ShareModel::ValueRole)
                               .isValid();
        m_shortTexts.append(m_model->isPolicyMarkers() && given ? locale.toString(int(bar.value))
                                                                : label->text());
    }
}

void ShareChart::updateFonts()
{
    if (!m_series)
        return;
    m_categoryAxis->setLabelsFont(textFont(ChartTextRole::Category));
    m_valueAxis->setLabelsFont(textFont(ChartTextRole::Axis));
    m_valueAxis->setTitleFont(textFont(ChartTextRole::Axis));
    for (QGraphicsSimpleTextItem *label : std::as_const(m_valueLabels))
        label->setFont(textFont(ChartTextRole::Value));
}

void ShareChart::applyColors(const ChartColors &colors)
{
    DashboardChart::applyColors(colors);
    m_colors = colors;
    placeMarks();
}

void ShareChart::placeMarks()
{
    if (!m_series)
        return; // asked while the series is still being built
    // Each label just past the end of its bar, centred on the bar; inside
    // the bar's end, in the background's colour, when the plot has no room
    // for it after the bar (a significance of 4, a share of 100%); only the
    // figure when neither has room.
    const qsizetype rows = m_valueLabels.size();
    const qreal gap = sideMargin() * 0.6;
    const QRectF plot = plotArea();
    for (qsizetype row = 0; row < rows; ++row) {
        QGraphicsSimpleTextItem *label = m_valueLabels.at(row);
        const qreal category = qreal(rows - 1 - row);
        const QPointF start = mapToPosition(QPointF(0, category), m_series);
        const QPointF end = mapToPosition(QPointF(m_rows.at(row).value, category), m_series);
        const qreal room = rightToLeft() ? end.x() - plot.left() : plot.right() - end.x();
        const qreal length = std::abs(end.x() - start.x());
        const auto fitsAfter = [&] {
            return label->boundingRect().width() + gap <= room;
        };
        const auto fitsInside = [&] {
            return label->boundingRect().width() + 2 * gap <= length;
        };
        label->setText(ChartText::label(m_rows.at(row).valueText));
        if (!fitsAfter() && !fitsInside())
            label->setText(m_shortTexts.at(row));
        const bool inside = !fitsAfter() && fitsInside();
        const qreal width = label->boundingRect().width();
        const qreal offset = inside ? -(width + gap) : gap;
        const qreal x = rightToLeft() ? end.x() - offset - width : end.x() + offset;
        label->setBrush(inside ? m_colors.background : m_colors.text);
        label->setPos(x, end.y() - label->boundingRect().height() / 2);
    }
}

QColor ShareChart::valueLabelColor(qsizetype row) const
{
    return row >= 0 && row < m_valueLabels.size() ? m_valueLabels.at(row)->brush().color()
                                                  : QColor();
}

QList<QGraphicsSimpleTextItem *> ShareChart::valueLabels() const
{
    return m_valueLabels;
}

QStringList ShareChart::valueDescriptions() const
{
    QStringList descriptions;
    for (const ActivityFigures::Row &row : m_rows)
        descriptions.append(QStringLiteral("%1: %2").arg(row.label, row.valueText));
    return descriptions;
}

} // namespace sharaka
