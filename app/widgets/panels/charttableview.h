// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QTableView>

namespace sharaka {

/// The numbers of one chart as a table (indicator, value, kind of figure,
/// sources), for people who prefer reading to looking at bars. It shows the
/// chart's own IndicatorModel, so both always hold the same numbers.
class ChartTableView final : public QTableView
{
    Q_OBJECT

public:
    explicit ChartTableView(QWidget *parent = nullptr);

    /// Shows @p model (an IndicatorModel, owned by its chart).
    void setModel(QAbstractItemModel *model) override;

    QSize sizeHint() const override;
};

} // namespace sharaka
