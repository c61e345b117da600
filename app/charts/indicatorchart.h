// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/dataset.h"

#include <QChart>
#include <QList>

class QBarCategoryAxis;
class QBarSet;
class QGraphicsSimpleTextItem;
class QHorizontalStackedBarSeries;
class QValueAxis;

namespace sharaka {

class WrappedTextItem;

/// A horizontal bar chart of outcome indicators with its value labels and the
/// source line under the plot. Everything is sized from the chart's own
/// geometry, so the same chart reads well in a window panel and in a
/// 3840×2160 export.
class IndicatorChart final : public QChart
{
    Q_OBJECT

public:
    /// @p size, when known, picks the text scale up front, so that the fonts
    /// are set once instead of again on the first resize.
    IndicatorChart(const Dataset &dataset, const ChartSpec &spec, Language language,
                   QGraphicsItem *parent = nullptr, const QSizeF &size = QSizeF());

    QString chartId() const { return m_chartId; }
    Language language() const { return m_language; }
    /// The chart's title as shown (for file metadata).
    QString titleText() const { return m_titleText; }
    /// "Sources: …", as printed under the plot (for file metadata).
    QString sourceLine() const { return m_sourceLine; }
    /// One line per bar: "Border-crossing points connected: 46".
    QStringList valueDescriptions() const { return m_valueDescriptions; }
    /// The value labels as drawn, top bar first ("46", "800+").
    QStringList valueLabelTexts() const;
    /// Category labels, top bar first.
    QStringList categoryLabels() const { return m_categoryLabels; }
    /// Lays the chart out now at its current size; exports call it before rendering.
    void layoutNow();
    /// Ratio of the font sizes to the interface's, grown for large outputs.
    qreal textScale() const { return m_textScale; }
    /// Colours of the text the chart draws itself; set by applyChartTheme().
    void setOverlayColors(const QColor &valueText, const QColor &lowerBoundText,
                          const QColor &sourceText);
    /// The colour of the value label of row @p row (top bar first).
    QColor valueLabelColor(int row) const;
    QColor sourceTextColor() const;

protected:
    void resizeEvent(QGraphicsSceneResizeEvent *event) override;

private:
    void buildSeries(const Dataset &dataset, const ChartSpec &spec);
    void applyTextScale(qreal scale);
    static qreal textScaleFor(const QSizeF &size);
    void placeOverlays();
    QFont scaledFont(qreal factor, bool bold = false) const;
    bool rightToLeft() const { return layoutDirection() == Qt::RightToLeft; }

    QString m_chartId;
    Language m_language;
    QString m_titleText;
    QString m_sourceLine;
    QStringList m_categoryLabels;
    QStringList m_valueDescriptions;
    QList<qint64> m_values; ///< top bar first
    QHorizontalStackedBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_categoryAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QList<QGraphicsSimpleTextItem *> m_valueLabels; ///< top bar first
    QList<bool> m_lowerBounds;                      ///< top bar first
    WrappedTextItem *m_sourceItem = nullptr;
    qreal m_textScale = 0;
    bool m_placingOverlays = false;
};

} // namespace sharaka
