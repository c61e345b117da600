// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "factsheet/factsheetblock.h"

#include <QString>

namespace sharaka {

class ChartExporter;

/// A chart of the dataset, built by the same builder as the window's and
/// drawn as vector graphics. It takes a share of the room left on its page.
class ChartBlock final : public FactsheetBlock
{
public:
    /// @p exporter must outlive the block.
    ChartBlock(const FactsheetStyle &style, const ChartExporter &exporter, const QString &chartId,
               qreal minimumHeight);

    qreal heightFor(qreal width) const override;
    void paint(QPainter &painter, const QRectF &rect) const override;
    bool stretches() const override { return true; }

private:
    const ChartExporter &m_exporter;
    QString m_chartId;
    qreal m_minimumHeight;
};

} // namespace sharaka
