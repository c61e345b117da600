// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/mapchart.h"

#include "charts/charttext.h"
#include "charts/locationmarks.h"
#include "charts/maplayer.h"
#include "charts/wrappedtextitem.h"
#include "core/languagetranslator.h"
#include "core/textformat.h"
#include "map/projectedmap.h"

#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSimpleTextItem>
#include <QLegend>

#include <algorithm>
#include <cmath>

namespace sharaka {

namespace {

/// Filtered-out partners keep this much of their colour over the land grey.
constexpr qreal DimmedStrength = 0.3;
constexpr qreal MinimumMapHeight = 150;
constexpr qreal MinimumMapWidth = 160;
/// Missing codes named under the map; the rest are counted.
constexpr qsizetype MaxMissingListed = 10;

QColor blended(const QColor &from, const QColor &to, qreal strength)
{
    return QColor::fromRgbF(float(to.redF() + (from.redF() - to.redF()) * strength),
                            float(to.greenF() + (from.greenF() - to.greenF()) * strength),
                            float(to.blueF() + (from.blueF() - to.blueF()) * strength));
}

} // namespace

MapColors mapColors(ChartTheme theme)
{
    if (theme == ChartTheme::Dark) {
        return {QColor(0x1b, 0x2a, 0x38),
                QColor(0x4a, 0x4d, 0x50),
                QColor(0x23, 0x26, 0x29),
                {QColor(0x5b, 0x9b, 0xe0), QColor(0x3f, 0xc1, 0xa8), QColor(0xc7, 0x9b, 0xe8),
                 QColor(0xe8, 0xc0, 0x5a)},
                QColor(0xff, 0xff, 0xff)};
    }
    return {QColor(0xe3, 0xee, 0xf6),
            QColor(0xd6, 0xd6, 0xd2),
            QColor(0xff, 0xff, 0xff),
            {QColor(0x1f, 0x5f, 0xa8), QColor(0x1b, 0x8a, 0x78), QColor(0x7b, 0x4f, 0xa8),
             QColor(0xb0, 0x7a, 0x10)},
            QColor(0x20, 0x20, 0x20)};
}

MapChart::MapChart(const Dataset &dataset, const ChartSpec &spec, Language language,
                   const ChartContext &context, const QSizeF &size, QGraphicsItem *parent)
    : DashboardChart(spec.id, language, context, size, parent)
    , m_translator(context.translator)
    , m_colors(mapColors(sharaka::ChartTheme::Light))
{
    legend()->setVisible(false); // no series: the phases get their own legend
    setAcceptHoverEvents(true);
    // The chart's own title, else the dataset's name for its map: what the
    // colours mean ("by membership phase") is the data's to say.
    QString title = spec.title.text(language);
    if (title.isEmpty())
        title = dataset.project.headings.map.text(language);
    setTitleText(title.isEmpty() ? localized(QT_TR_NOOP("Countries")) : title);

    QStringList codes;
    for (const Country &country : dataset.countries)
        codes.append(country.code);
    // The frame holds the countries and every place drawn on them.
    QList<QPointF> places;
    for (const Location &location : dataset.locations)
        if (location.hasPoint())
            places.append(QPointF(*location.longitude, *location.latitude));
    m_projected = ProjectedMap::forCodes(codes, places);
    m_notesItem = new WrappedTextItem(this);
    buildLegend(dataset);
    buildMap(dataset);

    // The notes first: the source line makes room for them under the plot.
    m_notesText = buildNotes(dataset);
    m_notesItem->setText(m_notesText);
    m_notesItem->setTextDirection(localeFor(language).textDirection());
    // Absolute: in a right-to-left paragraph a plain AlignRight would be mirrored to the left.
    m_notesItem->setAlignment((rightToLeft() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute);
    updateFonts();
    recolour();

    // The phases say who joined when; a listed map also cites its indicators.
    QStringList sourceIds;
    for (const Phase &phase : dataset.phases)
        sourceIds += phase.sourceIds;
    sourceIds += dataset.chartSourceIds(spec);
    sourceIds.removeDuplicates();
    if (!sourceIds.isEmpty())
        setSourceLine(TextFormat::sourcesLine(dataset, sourceIds, language, m_translator));
}

MapChart::~MapChart() = default;

QString MapChart::localized(const char *sourceText, const char *disambiguation, int n) const
{
    return translateWith(m_translator, staticMetaObject.className(), sourceText, disambiguation, n);
}

QString MapChart::buildNotes(const Dataset &dataset) const
{
    QStringList notes;
    QStringList footnotesShown;
    for (const Country &country : dataset.countries) {
        const Footnote *footnote = dataset.footnote(country.footnoteId);
        if (!footnote || footnotesShown.contains(footnote->id))
            continue;
        footnotesShown.append(footnote->id);
        notes.append(ChartText::plain(footnote->marker + QLatin1Char(' ') +
                                      footnote->text.text(language())));
    }
    if (const QStringList codes = missingCodes(); !codes.isEmpty()) {
        // A few by name; a long list would push the map off a small panel.
        static const char *const separator[] =
            QT_TRANSLATE_NOOP3("sharaka::MapChart", ", ", "list separator");
        QStringList missing;
        for (qsizetype i = 0; i < std::min(MaxMissingListed, codes.size()); ++i)
            missing.append(TextFormat::leftToRight(ChartText::plain(codes.at(i))));
        if (codes.size() > MaxMissingListed)
            missing.append(localized(QT_TR_N_NOOP("and %n more"), nullptr,
                                     int(codes.size() - MaxMissingListed)));
        notes.append(localized(QT_TR_NOOP("Not on the map (no shape for the code): %1"))
                         .arg(missing.join(localized(separator[0], separator[1]))));
    }
    const auto placed = std::count_if(dataset.locations.cbegin(), dataset.locations.cend(),
                                      [](const Location &location) { return location.hasPoint(); });
    if (placed > 0)
        notes.append(localized(QT_TR_N_NOOP("Dots: the activity's %n places with coordinates; "
                                            "a number counts the places merged into one dot."),
                               nullptr, int(placed)));
    notes.append(localized(QT_TR_NOOP(
        "The designations employed and the presentation of material on this map do not imply "
        "the expression of any opinion whatsoever on the part of the European Union concerning "
        "the legal status of any country, territory, city or area or of its authorities, or "
        "concerning the delimitation of its frontiers or boundaries.")));
    // The credit Natural Earth asks for, in the chart's language; the name stays as it is.
    notes.append(localized(QT_TR_NOOP("Made with Natural Earth")));
    return notes.join(QLatin1Char('\n'));
}

void MapChart::buildLegend(const Dataset &dataset)
{
    QList<Phase> phases = dataset.phases;
    std::stable_sort(phases.begin(), phases.end(),
                     [](const Phase &a, const Phase &b) { return a.order < b.order; });
    for (const Country &country : dataset.countries) {
        Partner partner;
        partner.name = ChartText::label(country.name.text(language()));
        for (qsizetype i = 0; i < phases.size(); ++i) {
            if (phases.at(i).id == country.phaseId) {
                partner.phaseIndex = int(i);
                partner.phaseLabel = ChartText::label(phases.at(i).label.text(language()));
            }
        }
        if (const Footnote *footnote = dataset.footnote(country.footnoteId))
            partner.marker = ChartText::label(footnote->marker);
        m_partners.insert(country.code, partner);
        m_shownCodes.insert(country.code);
    }
    for (const Phase &phase : std::as_const(phases)) {
        auto *swatch = new QGraphicsRectItem(this);
        swatch->setPen(Qt::NoPen);
        m_legendSwatches.append(swatch);
        m_legendLabels.append(
            new QGraphicsSimpleTextItem(ChartText::label(phase.label.text(language())), this));
    }
}

void MapChart::buildMap(const Dataset &dataset)
{
    m_layer = new MapLayer(m_projected, this);
    for (const Country &country : dataset.countries) {
        if (m_projected->path(country.code).isEmpty() || m_partnerCodes.contains(country.code))
            continue;
        m_partnerCodes.append(country.code);
        const Partner &partner = m_partners.value(country.code);
        if (partner.marker.isEmpty())
            continue;
        auto *marker = new QGraphicsSimpleTextItem(partner.marker, this);
        marker->setZValue(3);
        m_markers.append(marker);
        m_markerCodes.append(country.code);
    }
    QList<QPointF> places;
    for (const Location &location : dataset.locations)
        if (location.hasPoint())
            places.append(m_projected->project(QPointF(*location.longitude, *location.latitude)));
    if (!places.isEmpty())
        m_locations = new LocationMarks(places, this);
    // West to east, the order the arrow keys and screen readers visit them in.
    std::sort(m_partnerCodes.begin(), m_partnerCodes.end(),
              [this](const QString &a, const QString &b) {
                  return m_projected->anchor(a).x() < m_projected->anchor(b).x();
              });
}

QList<QPair<QPointF, int>> MapChart::locationDots() const
{
    QList<QPair<QPointF, int>> dots;
    if (m_locations)
        for (const LocationMarks::Dot &dot : m_locations->dots())
            dots.append({dot.centre, dot.count});
    return dots;
}

QStringList MapChart::missingCodes() const
{
    return m_projected->missingCodes();
}

QStringList MapChart::valueDescriptions() const
{
    QStringList lines;
    for (const QString &code : m_partnerCodes)
        lines.append(countryDescription(code));
    return lines;
}

QString MapChart::countryDescription(const QString &code) const
{
    const auto found = m_partners.constFind(code);
    if (found == m_partners.cend())
        return {};
    const QString name = found->marker.isEmpty()
                             ? TextFormat::isolate(found->name)
                             : TextFormat::isolate(found->name) + QLatin1Char(' ') +
                                   TextFormat::isolate(found->marker);
    return found->phaseLabel.isEmpty()
               ? name
               : localized(QT_TR_NOOP("%1: %2")).arg(name, TextFormat::isolate(found->phaseLabel));
}

void MapChart::applyColors(const ChartColors &colors)
{
    DashboardChart::applyColors(colors);
    // applyChartTheme() names the theme before it hands the colours over.
    m_colors = mapColors(appliedChartTheme(this));
    m_notesItem->setColor(colors.secondaryText);
    for (QGraphicsSimpleTextItem *label : std::as_const(m_legendLabels))
        label->setBrush(colors.text);
    for (QGraphicsSimpleTextItem *marker : std::as_const(m_markers))
        marker->setBrush(colors.text);
    recolour();
}

QColor MapChart::countryColor(const QString &code) const
{
    const auto found = m_partners.constFind(code);
    if (found == m_partners.cend())
        return m_colors.land;
    const QColor full = m_colors.phases.at(std::max(0, found->phaseIndex) % m_colors.phases.size());
    return m_shownCodes.contains(code) ? full : blended(full, m_colors.land, DimmedStrength);
}

void MapChart::recolour()
{
    m_layer->setSea(m_colors.sea);
    m_layer->setLand(m_colors.land, m_colors.border);
    for (const QString &code : std::as_const(m_partnerCodes)) {
        // Outlined in a shade of their own colour, not the light border: a
        // territory a few pixels wide (Gaza) would otherwise vanish in it.
        const QColor fill = countryColor(code);
        m_layer->setCountryColors(code, fill, fill.darker(135));
    }
    for (qsizetype i = 0; i < m_legendSwatches.size(); ++i)
        m_legendSwatches.at(i)->setBrush(m_colors.phases.at(i % m_colors.phases.size()));
    m_layer->setHighlight(m_highlighted, m_colors.highlight);
}

void MapChart::setHighlightedCountry(const QString &code)
{
    m_highlighted = m_partnerCodes.contains(code) ? code : QString();
    m_layer->setHighlight(m_highlighted, m_colors.highlight);
}

void MapChart::setShownCountries(const QSet<QString> &codes)
{
    m_shownCodes = codes;
    recolour();
}

QString MapChart::partnerAt(const QPointF &position) const
{
    if (!m_layer->boundingRect().contains(position) || !m_fit.isInvertible())
        return {};
    const QString code = m_projected->codeAt(m_fit.inverted().map(position));
    return m_partnerCodes.contains(code) ? code : QString();
}

QPointF MapChart::positionOf(const QPointF &lonLat) const
{
    return m_fit.map(m_projected->project(lonLat));
}

QRectF MapChart::countryRect(const QString &code) const
{
    if (!m_partnerCodes.contains(code))
        return {};
    return m_fit.mapRect(m_projected->path(code).boundingRect());
}

QList<QGraphicsItem *> MapChart::textItems() const
{
    QList<QGraphicsItem *> items;
    for (QGraphicsSimpleTextItem *label : m_legendLabels)
        items.append(label);
    items.append(m_notesItem);
    return items;
}

QSizeF MapChart::sizeHint(Qt::SizeHint which, const QSizeF &constraint) const
{
    QSizeF hint = DashboardChart::sizeHint(which, constraint);
    if (which == Qt::MinimumSize) {
        // At the interface's text size: a map of about 160×120 pixels.
        hint.rheight() += MinimumMapHeight * textScale();
        hint.setWidth(std::max(hint.width(), MinimumMapWidth * textScale()));
    }
    return hint;
}

void MapChart::updateFonts()
{
    for (QGraphicsSimpleTextItem *label : std::as_const(m_legendLabels))
        label->setFont(textFont(ChartTextRole::Legend));
    for (QGraphicsSimpleTextItem *marker : std::as_const(m_markers))
        marker->setFont(textFont(ChartTextRole::Value));
    m_notesItem->setFont(textFont(ChartTextRole::Source));
}

qreal MapChart::legendHeight(qreal width) const
{
    const qreal side = sideMargin();
    const qreal swatch = QFontMetricsF(textFont(ChartTextRole::Legend)).height() * 0.8;
    qreal x = 0;
    qreal y = 0;
    qreal rowHeight = 0;
    for (const QGraphicsSimpleTextItem *label : m_legendLabels) {
        const qreal entry = swatch + side / 2 + label->boundingRect().width();
        if (x > 0 && x + entry > width) {
            x = 0;
            y += rowHeight + side / 3;
        }
        rowHeight = std::max(rowHeight, label->boundingRect().height());
        x += entry + 2 * side;
    }
    return m_legendLabels.isEmpty() ? 0 : y + rowHeight + side / 2;
}

qreal MapChart::heightBelowPlot(qreal width)
{
    if (!m_notesItem)
        return 0; // asked while the chart is still being built
    m_notesItem->setTextWidth(width);
    return legendHeight(width) + m_notesItem->boundingRect().height() + sideMargin() / 2;
}

void MapChart::placeMarks()
{
    const QRectF frame = rect();
    const QRectF plot = plotArea();
    const qreal side = sideMargin();
    const qreal width = std::max<qreal>(10, frame.width() - 2 * side);

    // Under the map: the legend from the reading side, then the notes.
    const qreal swatchSize = QFontMetricsF(textFont(ChartTextRole::Legend)).height() * 0.8;
    qreal x = 0;
    qreal y = plot.bottom() + side / 2;
    qreal rowHeight = 0;
    for (qsizetype i = 0; i < m_legendLabels.size(); ++i) {
        QGraphicsSimpleTextItem *label = m_legendLabels.at(i);
        const qreal labelWidth = label->boundingRect().width();
        const qreal entry = swatchSize + side / 2 + labelWidth;
        if (x > 0 && x + entry > width) {
            x = 0;
            y += rowHeight + side / 3;
        }
        rowHeight = std::max(rowHeight, label->boundingRect().height());
        const qreal middle = y + label->boundingRect().height() / 2;
        QGraphicsRectItem *swatch = m_legendSwatches.at(i);
        if (rightToLeft()) {
            const qreal right = frame.right() - side - x;
            swatch->setRect(right - swatchSize, middle - swatchSize / 2, swatchSize, swatchSize);
            label->setPos(right - swatchSize - side / 2 - labelWidth, y);
        } else {
            const qreal left = side + x;
            swatch->setRect(left, middle - swatchSize / 2, swatchSize, swatchSize);
            label->setPos(left + swatchSize + side / 2, y);
        }
        x += entry + 2 * side;
    }
    m_notesItem->setTextWidth(width);
    m_notesItem->setPos(side, y + (m_legendLabels.isEmpty() ? 0 : rowHeight + side / 2));

    // The map: paths stay as projected once; only their transform changes.
    m_fit = m_projected->fit(plot);
    m_layer->setFrame(plot, m_fit);
    if (m_locations) {
        m_locations->setFont(textFont(ChartTextRole::Legend));
        m_locations->setFrame(plot, m_fit, 4 * textScale());
    }
    for (qsizetype i = 0; i < m_markers.size(); ++i) {
        // West of the territory and level with its top: over the sea for
        // Palestine, covering none of the small shapes around it.
        // Always inside the map, which clips what leaves it.
        const QRectF box = m_markers.at(i)->boundingRect();
        const QRectF country = countryRect(m_markerCodes.at(i));
        const QPointF wanted(country.left() - box.width() * 1.2, country.top() - box.height() / 3);
        m_markers.at(i)->setPos(
            std::clamp(wanted.x(), plot.left(), std::max(plot.left(), plot.right() - box.width())),
            std::clamp(wanted.y(), plot.top(), std::max(plot.top(), plot.bottom() - box.height())));
    }
}

void MapChart::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const QString code = partnerAt(event->pos());
    if (code != m_hovered) {
        m_hovered = code;
        emit toolTipRequested(TextFormat::toolTip(countryDescription(code)));
    }
    DashboardChart::hoverMoveEvent(event);
}

void MapChart::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    if (!m_hovered.isEmpty()) {
        m_hovered.clear();
        emit toolTipRequested(QString());
    }
    DashboardChart::hoverLeaveEvent(event);
}

} // namespace sharaka
