// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/charttableview.h"

#include "core/textformat.h"

#include <QEvent>
#include <QHeaderView>

namespace sharaka {

ChartTableView::ChartTableView(QWidget *parent)
    : QTableWidget(parent)
{
    setColumnCount(ColumnCount);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(true);
    setTabKeyNavigation(false); // Tab leaves the table, arrows move inside it
    verticalHeader()->setVisible(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(IndicatorColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(SourcesColumn, QHeaderView::Stretch);
}

void ChartTableView::setContent(const Dataset &dataset, const QString &chartId, Language language)
{
    m_dataset = dataset;
    m_chartId = chartId;
    m_language = language;
    refresh();
}

void ChartTableView::refresh()
{
    setHorizontalHeaderLabels({tr("Indicator"), tr("Value"), tr("Figure"), tr("Sources")});
    const ChartSpec *spec = m_dataset.chart(m_chartId);
    const QLocale locale = localeFor(m_language);
    setRowCount(0);
    if (!spec)
        return;
    for (const QString &id : spec->indicatorIds) {
        const Indicator *indicator = m_dataset.indicator(id);
        if (!indicator)
            continue;
        const int row = rowCount();
        insertRow(row);
        auto *label = new QTableWidgetItem(indicator->label.text(m_language));
        label->setToolTip(indicator->description.text(m_language));
        setItem(row, IndicatorColumn, label);
        auto *value = new QTableWidgetItem(TextFormat::indicatorValue(*indicator, locale));
        // Numbers line up at their end, whatever the reading direction.
        value->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        value->setData(Qt::AccessibleTextRole, TextFormat::indicatorValuePlain(*indicator, locale));
        setItem(row, ValueColumn, value);
        setItem(row, KindColumn,
                new QTableWidgetItem(indicator->qualifier == Qualifier::AtLeast
                                         ? tr("Lower bound (at least)")
                                         : tr("Exact figure")));
        setItem(row, SourcesColumn,
                new QTableWidgetItem(
                    TextFormat::sourceCitations(m_dataset, indicator->sourceIds, m_language)));
    }
    // A current cell for the keyboard, without a selection that looks like a choice.
    if (rowCount() > 0)
        selectionModel()->setCurrentIndex(model()->index(0, IndicatorColumn),
                                          QItemSelectionModel::NoUpdate);
}

QSize ChartTableView::sizeHint() const
{
    return QSize(420, 200);
}

void ChartTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QTableWidget::changeEvent(event);
}

} // namespace sharaka
