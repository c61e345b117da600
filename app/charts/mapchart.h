// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "charts/dashboardchart.h"
#include "core/dataset.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QTransform>

#include <memory>

class QGraphicsRectItem;
class QGraphicsSimpleTextItem;

namespace sharaka {

class LocationMarks;
class MapLayer;
class ProjectedMap;
class WrappedTextItem;

/// The colours of the map in one chart theme.
struct MapColors
{
    QColor sea;
    QColor land;          ///< countries outside the dataset: a quiet grey
    QColor border;        ///< between those countries
    QList<QColor> phases; ///< partner countries by phase, first phase first
    QColor highlight;     ///< outline of the selected country
};

MapColors mapColors(ChartTheme theme);

/// The dataset's countries on a Natural Earth map, coloured by the phase in
/// which they joined, framed on them wherever they are in the world, with a
/// legend in the chart's language, the footnote markers of their names, the
/// EU boundary disclaimer and "Made with Natural Earth". The map itself never
/// mirrors: in Arabic the legend and text do, geography does not.
class MapChart final : public DashboardChart
{
    Q_OBJECT

public:
    MapChart(const Dataset &dataset, const ChartSpec &spec, Language language,
             const ChartContext &context, const QSizeF &size = QSizeF(),
             QGraphicsItem *parent = nullptr);
    ~MapChart() override;

    /// One line per partner country, west to east: "Algeria: Listed first".
    QStringList valueDescriptions() const override;
    void applyColors(const ChartColors &colors) override;

    /// The text under the map: footnotes, missing shapes, disclaimer, credit.
    QString notesText() const { return m_notesText; }
    /// Partner countries with a shape, west to east.
    QStringList partnerCodes() const { return m_partnerCodes; }
    /// Dataset codes with no shape on the map (listed under it).
    QStringList missingCodes() const;
    /// "Palestine *: Added later, undated".
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
    /// The places' dots as drawn (clusters count several), empty without places.
    QList<QPair<QPointF, int>> locationDots() const;
    /// The legend's and notes' text items, for layout checks.
    QList<QGraphicsItem *> textItems() const;

protected:
    /// The minimum leaves the map itself room to be read, not only its text.
    QSizeF sizeHint(Qt::SizeHint which, const QSizeF &constraint = QSizeF()) const override;
    void updateFonts() override;
    qreal heightBelowPlot(qreal width) override;
    void placeMarks() override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    struct Partner
    {
        QString name;
        int phaseIndex = -1; ///< into the dataset's phases by order; -1 when unknown
        QString phaseLabel;
        QString marker;
    };

    void buildLegend(const Dataset &dataset);
    void buildMap(const Dataset &dataset);
    QString buildNotes(const Dataset &dataset) const;
    QString localized(const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const;
    qreal legendHeight(qreal width) const;
    void recolour();

    const LanguageTranslator *m_translator = nullptr;
    QString m_notesText;
    std::shared_ptr<const ProjectedMap> m_projected;
    QHash<QString, Partner> m_partners;
    QStringList m_partnerCodes;
    QSet<QString> m_shownCodes;
    QString m_highlighted;
    QString m_hovered;
    MapColors m_colors;
    QTransform m_fit; ///< projected units to chart coordinates

    MapLayer *m_layer = nullptr;
    LocationMarks *m_locations = nullptr; ///< the activity's places, when it lists any
    QList<QGraphicsSimpleTextItem *> m_markers;
    QStringList m_markerCodes; ///< parallel to m_markers
    QList<QGraphicsRectItem *> m_legendSwatches;
    QList<QGraphicsSimpleTextItem *> m_legendLabels;
    WrappedTextItem *m_notesItem = nullptr;
};

} // namespace sharaka
