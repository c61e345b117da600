// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/dataset.h"

#include <QTableWidget>

namespace sharaka {

/// The numbers of one chart as a table (indicator, value, kind of figure,
/// sources), for people who prefer reading to looking at bars. Fed from the
/// same dataset and chart spec as the chart itself.
class ChartTableView final : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { IndicatorColumn, ValueColumn, KindColumn, SourcesColumn, ColumnCount };

    explicit ChartTableView(QWidget *parent = nullptr);

    void setContent(const Dataset &dataset, const QString &chartId, Language language);

    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    Dataset m_dataset;
    QString m_chartId;
    Language m_language = Language::English;
};

} // namespace sharaka
