// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "charts/charttheme.h"
#include "core/language.h"

#include <QChart>
#include <QFont>
#include <QStringList>

class QAbstractItemModel;

namespace sharaka {

class LanguageTranslator;
class WrappedTextItem;

/// What a chart takes from its caller besides the data: nothing is read from
/// the application's fonts, style or palette while a chart is built.
struct ChartContext
{
    /// The font every text size derives from: the window passes its own,
    /// exports and print keep the default, so files look the same everywhere.
    QFont font = defaultChartFont();
    /// The chart's own words ("Sources:", "Exact figure") in its language;
    /// null takes the installed translation (the window's language).
    /// Must outlive the chart.
    const LanguageTranslator *translator = nullptr;
};

/// What every kind of dashboard chart has: a title, a source line under the
/// plot, a description for screen readers, text that grows with large
/// exports, and the layout direction of its language. A new kind subclasses
/// this and adds one line to buildChart().
class DashboardChart : public QChart
{
    Q_OBJECT

public:
    ~DashboardChart() override;

    QString chartId() const { return m_chartId; }
    Language language() const { return m_language; }
    /// The title as drawn, as plain text (also the files' metadata title).
    QString titleText() const { return m_titleText; }
    /// "Sources: …", as printed under the plot (also the files' description).
    QString sourceLine() const { return m_sourceLine; }
    /// One line per mark for screen readers: "Border-crossing points connected: 46".
    virtual QStringList valueDescriptions() const = 0;
    /// The chart's numbers for the chart-as-table view; nullptr when the
    /// kind has no table. Owned by the chart.
    virtual QAbstractItemModel *tableModel() const { return nullptr; }
    /// What a screen reader reads for the whole chart: every value description.
    QString accessibleDescription() const { return valueDescriptions().join(QStringLiteral("; ")); }

    /// Lays the chart out now at its current size; exports call it before rendering.
    void layoutNow();
    /// Ratio of the font sizes to the base font's, grown for large outputs.
    qreal textScale() const { return m_textScale; }

    /// Colours of the text the chart draws itself; called by applyChartTheme().
    virtual void applyColors(const ChartColors &colors);
    QColor sourceTextColor() const;

signals:
    /// The pointer rests on a mark with this tooltip (rich text, data escaped),
    /// or left it (empty).
    void toolTipRequested(const QString &toolTip);

protected:
    /// @p size, when known, picks the text scale up front, so that the fonts
    /// are set once instead of again on the first resize.
    DashboardChart(const QString &chartId, Language language, const ChartContext &context,
                   const QSizeF &size, QGraphicsItem *parent = nullptr);

    void setTitleText(const QString &title);
    void setSourceLine(const QString &line);
    QFont textFont(ChartTextRole role) const;
    bool rightToLeft() const { return layoutDirection() == Qt::RightToLeft; }
    /// The margin the chart keeps around its content at the current scale.
    qreal sideMargin() const { return 8 * m_textScale; }

    /// Sets the fonts of the subclass's own items after the text scale changed.
    virtual void updateFonts() {}
    /// Places the subclass's own items after the plot area moved.
    virtual void placeMarks() {}
    /// Height the subclass draws between the plot and the source line (a
    /// legend, notes) at text width @p width; the bottom margin grows by it.
    virtual qreal heightBelowPlot(qreal width)
    {
        Q_UNUSED(width);
        return 0;
    }

    void resizeEvent(QGraphicsSceneResizeEvent *event) override;

private:
    void applyTextScale(qreal scale);
    static qreal textScaleFor(const QSizeF &size);
    void placeOverlays();
    /// Wraps the source line for a chart @p chartWidth wide and makes the
    /// bottom margin hold it; returns its height.
    qreal fitSourceLine(qreal chartWidth);

    QString m_chartId;
    Language m_language;
    QFont m_baseFont;
    qreal m_intendedWidth = 0; ///< the width buildChart() lays the chart out at, when known
    QString m_titleText;
    QString m_sourceLine;
    WrappedTextItem *m_sourceItem = nullptr;
    qreal m_textScale = 0;
    bool m_placingOverlays = false;
};

} // namespace sharaka
