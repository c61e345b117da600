// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/panels/charttableview.h"

#include "core/models/indicatormodel.h"
#include "core/models/sharemodel.h"

#include <QHeaderView>

namespace sharaka {

ChartTableView::ChartTableView(QWidget *parent)
    : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(true);
    setTabKeyNavigation(false); // Tab leaves the table, arrows move inside it
    verticalHeader()->setVisible(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void ChartTableView::setModel(QAbstractItemModel *model)
{
    // The view makes a selection model per model and leaves the old one to us.
    QItemSelectionModel *previous = selectionModel();
    QTableView::setModel(model);
    delete previous;
    if (!model)
        return;
    // Section modes are per column, so they are set once the columns exist.
    QHeaderView *header = horizontalHeader();
    if (!qobject_cast<IndicatorModel *>(model)) {
        // Another kind's table (periods, money, shares): figures fit their contents and the
        // last column, the longest text, takes the rest of the width.
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        // A share table's long text is the name, in the middle.
        const int longest = qobject_cast<ShareModel *>(model) ? int(ShareModel::NameColumn)
                                                              : model->columnCount() - 1;
        if (longest >= 0)
            header->setSectionResizeMode(longest, QHeaderView::Stretch);
        if (model->rowCount() > 0)
            selectionModel()->setCurrentIndex(model->index(0, 0), QItemSelectionModel::NoUpdate);
        return;
    }
    header->setSectionResizeMode(IndicatorModel::LabelColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(IndicatorModel::ValueColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(IndicatorModel::QualifierColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(IndicatorModel::SourcesColumn, QHeaderView::Stretch);
    // Target, baseline and progress, when the chart has them, read before the sources.
    for (int column = IndicatorModel::TargetColumn; column < model->columnCount(); ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    const int sources = header->visualIndex(IndicatorModel::SourcesColumn);
    if (sources >= 0)
        header->moveSection(sources, model->columnCount() - 1);
    // A current cell for the keyboard, without a selection that looks like a choice.
    if (model->rowCount() > 0)
        selectionModel()->setCurrentIndex(model->index(0, IndicatorModel::LabelColumn),
                                          QItemSelectionModel::NoUpdate);
}

QSize ChartTableView::sizeHint() const
{
    return QSize(420, 200);
}

} // namespace sharaka
