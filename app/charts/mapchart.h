// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "charts/charttheme.h"
#include "core/dataset.h"

#include <QChart>
#include <QHash>
#include <QList>
#include <QSet>

#include <memory>

class QGraphicsPathItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;

namespace sharaka {

class ProjectedMap;
class WrappedTextItem;

/// The colours of the map in one chart theme.
struct MapColors
{
    QColor sea;
    QColor land;          ///< countries outside the dataset: a quiet grey
    QColor border;        ///< between countries
    QList<QColor> phases; ///< partner countries by phase, first phase first
    QColor highlight;     ///< outline of the selected country
};

MapColors mapColors(ChartTheme theme);

/// The dataset's countries on a Natural Earth map, coloured by the phase in
/// which they joined, framed on them wherever they are in the world, with a
/// legend in the chart's language, the footnote markers of their names, the
/// EU boundary disclaimer and "Made with Natural Earth". The map itself never
/// mirrors: in Arabic the legend and text do, geography does not.
class MapChart final : public QChart
{
    Q_OBJECT

public:
    /// The id of the map among a dataset's charts.
    static QString defaultChartId() { return QStringLiteral("map"); }

    /// @p spec gives the id and title; without one the map takes
    /// defaultChartId() and a generic title.
    MapChart(const Dataset &dataset, const ChartSpec *spec, Language language,
             QGraphicsItem *parent = nullptr, const QSizeF &size = QSizeF());
    ~MapChart() override;

    QString chartId() const { return m_chartId; }
    Language language() const { return m_language; }
    QString titleText() const { return m_titleText; }
    /// "Sources: …" of the membership phases (for file metadata).
    QString sourceLine() const { return m_sourceLine; }
    /// One line per partner country: "Algeria: First phase: six countries".
    QStringList valueDescriptions() const;
    /// The text under the map: sources, footnotes, missing shapes, disclaimer, credit.
    QString notesText() const;
    /// The EU disclaimer on the designations and boundaries, translated.
    static QString disclaimer();
    static QString naturalEarthCredit();
    void layoutNow();
    qreal textScale() const { return m_textScale; }
    void setColors(const MapColors &colors, const QColor &text, const QColor &secondaryText);

    /// Partner countries with a shape, west to east.
    QStringList partnerCodes() const { return m_partnerCodes; }
    /// Dataset codes with no shape on the map (listed under it).
    QStringList missingCodes() const;
    /// "Palestine *: Later: eight countries".
    QString countryDescription(const QString &code) const;
    /// The partner country drawn at @p position (chart coordinates), or empty.
    QString partnerAt(const QPointF &position) const;
    /// Where longitude/latitude @p lonLat is drawn, in chart coordinates.
    QPointF positionOf(const QPointF &lonLat) const;
    /// The bounding box of @p code's shape as drawn, in chart coordinates.
    QRectF countryRect(const QString &code) const;
    /// The fill colour of partner @p code (dimmed when filtered out).
    QColor countryColor(const QString &code) const;
    /// Draws an outline around @p code; empty for none.
    void setHighlightedCountry(const QString &code);
    QString highlightedCountry() const { return m_highlighted; }
    /// Partners not in @p codes are dimmed (the country filter).
    void setShownCountries(const QSet<QString> &codes);
    /// The legend's and notes' text items, for layout checks.
    QList<QGraphicsItem *> textItems() const;

protected:
    void resizeEvent(QGraphicsSceneResizeEvent *event) override;

private:
    void buildMap(const Dataset &dataset);
    void buildLegend(const Dataset &dataset);
    void applyTextScale(qreal scale);
    void placeOverlays();
    void recolour();
    QFont scaledFont(qreal factor, bool bold = false) const;
    bool rightToLeft() const { return layoutDirection() == Qt::RightToLeft; }

    struct Partner
    {
        QString name;
        int phaseIndex = -1; ///< into the dataset's phases by order; -1 when unknown
        QString phaseLabel;
        QString marker;
    };

    QString m_chartId;
    Language m_language;
    QString m_titleText;
    QString m_sourceLine;
    QString m_notesText;
    std::shared_ptr<const ProjectedMap> m_projected;
    QHash<QString, Partner> m_partners;
    QStringList m_partnerCodes;
    QSet<QString> m_shownCodes;
    QString m_highlighted;
    MapColors m_colors;
    QTransform m_fit; ///< projected units to the sea rectangle's coordinates

    QGraphicsRectItem *m_sea = nullptr; ///< the map's frame; clips the countries
    QHash<QString, QGraphicsPathItem *> m_partnerItems;
    QList<QGraphicsPathItem *> m_otherItems;
    QGraphicsPathItem *m_highlightItem = nullptr;
    QList<QGraphicsSimpleTextItem *> m_markers;
    QList<QString> m_markerCodes; ///< parallel to m_markers
    QList<QGraphicsRectItem *> m_legendSwatches;
    QList<QGraphicsSimpleTextItem *> m_legendLabels;
    WrappedTextItem *m_notesItem = nullptr;
    qreal m_textScale = 0;
    qreal m_legendHeight = 0;
    bool m_placingOverlays = false;
};

} // namespace sharaka
