// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/sharechart.h"

#include "charts/charttext.h"
#include "core/models/sharemodel.h"
#include "core/textformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
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
    // Horizontal bars are drawn bottom-up: walk backwards so the first row is on top.
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        set->append(m_rows.at(i).value);
        QString category = ChartText::markup(m_rows.at(i).label);
        // The axis drops a repeated category with its bar; zero-width spaces keep them apart.
        while (categories.contains(category))
            category += QChar(0x200B);
        categories.append(category);
    }
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

void ShareChart::updateFonts()
{
    if (!m_series)
        return;
    m_categoryAxis->setLabelsFont(textFont(ChartTextRole::Category));
    m_valueAxis->setLabelsFont(textFont(ChartTextRole::Axis));
    m_valueAxis->setTitleFont(textFont(ChartTextRole::Axis));
}

QStringList ShareChart::valueDescriptions() const
{
    QStringList descriptions;
    for (const ActivityFigures::Row &row : m_rows)
        descriptions.append(QStringLiteral("%1: %2").arg(row.label, row.valueText));
    return descriptions;
}

} // namespace sharaka
