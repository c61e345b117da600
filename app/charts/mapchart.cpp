// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/mapchart.h"

#include "charts/wrappedtextitem.h"
#include "core/textformat.h"
#include "map/projectedmap.h"

#include <QApplication>
#include <QBrush>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsSceneResizeEvent>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace sharaka {

namespace {

constexpr qreal TitleFontFactor = 1.35;
constexpr qreal LegendFontFactor = 0.95;
constexpr qreal MarkerFontFactor = 1.3;
constexpr qreal NotesFontFactor = 0.78;
/// Filtered-out partners keep this much of their colour over the land grey.
constexpr qreal DimmedStrength = 0.3;

// Until the map shares the bar charts' base: the same text scale as theirs.
constexpr qreal ReferenceWidth = 960;
constexpr qreal ReferenceHeight = 540;

qreal chartTextScale(const QSizeF &size)
{
    return std::max<qreal>(
        1.0, std::min(size.width() / ReferenceWidth, size.height() / ReferenceHeight));
}

QFont chartFont(qreal factor, qreal scale, bool bold)
{
    QFont font = QApplication::font();
    const qreal base = font.pointSizeF() > 0 ? font.pointSizeF() : 9.0;
    font.setPointSizeF(base * factor * scale);
    font.setBold(bold);
    return font;
}

QColor blended(const QColor &from, const QColor &to, qreal strength)
{
    return QColor::fromRgbF(float(to.redF() + (from.redF() - to.redF()) * strength),
                            float(to.greenF() + (from.greenF() - to.greenF()) * strength),
                            float(to.blueF() + (from.blueF() - to.blueF()) * strength));
}

QPen cosmeticPen(const QColor &color, qreal width)
{
    QPen pen(color, width);
    pen.setCosmetic(true); // the same on screen at any zoom of the projected paths
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
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

MapChart::MapChart(const Dataset &dataset, const ChartSpec *spec, Language language,
                   QGraphicsItem *parent, const QSizeF &size)
    : QChart(parent)
    , m_chartId(spec ? spec->id : defaultChartId())
    , m_language(language)
    , m_colors(mapColors(sharaka::ChartTheme::Light))
{
    m_notesItem = new WrappedTextItem(this);
    applyTextScale(chartTextScale(size));
    const QLocale locale = localeFor(language);
    setLocale(locale);
    // The legend and notes follow the language; the map never mirrors.
    setLayoutDirection(locale.textDirection());
    setAnimationOptions(QChart::NoAnimation);
    setBackgroundRoundness(0);
    legend()->setVisible(false); // no series: the phases get their own legend
    if (QGraphicsLayout *chartLayout = layout())
        chartLayout->setContentsMargins(0, 0, 0, 0);

    m_titleText = spec && !spec->title.text(language).isEmpty()
                      ? spec->title.text(language)
                      : tr("Partner countries by membership phase");
    setTitle(m_titleText.toHtmlEscaped());

    QStringList codes;
    for (const Country &country : dataset.countries)
        codes.append(country.code);
    m_projected = ProjectedMap::forCodes(codes);
    buildLegend(dataset);
    buildMap(dataset);

    QStringList phaseSources;
    for (const Phase &phase : dataset.phases) {
        for (const QString &id : phase.sourceIds) {
            if (!phaseSources.contains(id))
                phaseSources.append(id);
        }
    }
    m_sourceLine = phaseSources.isEmpty()
                       ? QString()
                       : TextFormat::sourcesLine(dataset, phaseSources, language);
    QStringList notes;
    if (!m_sourceLine.isEmpty())
        notes.append(m_sourceLine);
    QStringList footnotesShown;
    for (const Country &country : dataset.countries) {
        const Footnote *footnote = dataset.footnote(country.footnoteId);
        if (!footnote || footnotesShown.contains(footnote->id))
            continue;
        footnotesShown.append(footnote->id);
        notes.append(footnote->marker + QLatin1Char(' ') + footnote->text.text(language));
    }
    if (const QStringList codesMissing = missingCodes(); !codesMissing.isEmpty()) {
        // A few by name; a long list would push the map off a small panel.
        constexpr qsizetype MaxListed = 10;
        QStringList missing;
        for (qsizetype i = 0; i < std::min(MaxListed, codesMissing.size()); ++i)
            missing.append(TextFormat::leftToRight(codesMissing.at(i)));
        if (codesMissing.size() > MaxListed)
            missing.append(tr("and %n more", "", int(codesMissing.size() - MaxListed)));
        notes.append(tr("Not on the map (no shape for the code): %1")
                         .arg(missing.join(tr(", ", "list separator"))));
    }
    notes.append(disclaimer());
    notes.append(naturalEarthCredit());
    m_notesText = notes.join(QLatin1Char('\n'));
    m_notesItem->setText(m_notesText);
    m_notesItem->setTextDirection(locale.textDirection());
    m_notesItem->setAlignment((rightToLeft() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute);

    recolour();
    connect(this, &QChart::plotAreaChanged, this, [this] { placeOverlays(); });
}

MapChart::~MapChart() = default;

QString MapChart::disclaimer()
{
    return tr("The designations employed and the presentation of material on this map do not imply "
              "the expression of any opinion whatsoever on the part of the European Union "
              "concerning the legal status of any country, territory, city or area or of its "
              "authorities, or concerning the delimitation of its frontiers or boundaries.");
}

QString MapChart::naturalEarthCredit()
{
    // The credit Natural Earth asks for; a name, kept in English in every language.
    return QStringLiteral("Made with Natural Earth");
}

void MapChart::buildLegend(const Dataset &dataset)
{
    QList<Phase> phases = dataset.phases;
    std::stable_sort(phases.begin(), phases.end(),
                     [](const Phase &a, const Phase &b) { return a.order < b.order; });
    for (const Country &country : dataset.countries) {
        Partner partner;
        partner.name = country.name.text(m_language);
        for (qsizetype i = 0; i < phases.size(); ++i) {
            if (phases.at(i).id == country.phaseId) {
                partner.phaseIndex = int(i);
                partner.phaseLabel = phases.at(i).label.text(m_language);
            }
        }
        if (const Footnote *footnote = dataset.footnote(country.footnoteId))
            partner.marker = footnote->marker;
        m_partners.insert(country.code, partner);
        m_shownCodes.insert(country.code);
    }
    for (const Phase &phase : std::as_const(phases)) {
        auto *swatch = new QGraphicsRectItem(this);
        swatch->setPen(Qt::NoPen);
        auto *label = new QGraphicsSimpleTextItem(phase.label.text(m_language), this);
        label->setFont(scaledFont(LegendFontFactor));
        m_legendSwatches.append(swatch);
        m_legendLabels.append(label);
    }
}

void MapChart::buildMap(const Dataset &dataset)
{
    m_sea = new QGraphicsRectItem(this);
    m_sea->setPen(Qt::NoPen);
    // Countries beyond the frame's edge are cut there, not drawn over the text.
    m_sea->setFlag(QGraphicsItem::ItemClipsChildrenToShape);
    for (const ProjectedMap::Area &area : m_projected->areas()) {
        auto *item = new QGraphicsPathItem(area.path, m_sea);
        if (m_partners.contains(area.code)) {
            item->setZValue(1);
            m_partnerItems.insert(area.code, item);
        } else {
            m_otherItems.append(item);
        }
    }
    m_highlightItem = new QGraphicsPathItem(m_sea);
    m_highlightItem->setZValue(2);
    m_highlightItem->setBrush(Qt::NoBrush);

    for (const Country &country : dataset.countries) {
        const Partner &partner = m_partners.value(country.code);
        if (partner.marker.isEmpty() || !m_partnerItems.contains(country.code))
            continue;
        auto *marker = new QGraphicsSimpleTextItem(partner.marker, m_sea);
        marker->setFont(scaledFont(MarkerFontFactor, true));
        marker->setZValue(3);
        m_markers.append(marker);
        m_markerCodes.append(country.code);
    }
    // West to east, the order the arrow keys visit them in.
    for (auto it = m_partnerItems.cbegin(); it != m_partnerItems.cend(); ++it)
        m_partnerCodes.append(it.key());
    std::sort(m_partnerCodes.begin(), m_partnerCodes.end(),
              [this](const QString &a, const QString &b) {
                  return m_projected->anchor(a).x() < m_projected->anchor(b).x();
              });
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

QString MapChart::notesText() const
{
    return m_notesText;
}

QString MapChart::countryDescription(const QString &code) const
{
    const auto found = m_partners.constFind(code);
    if (found == m_partners.cend())
        return {};
    const QString name =
        found->marker.isEmpty() ? found->name : found->name + QLatin1Char(' ') + found->marker;
    return found->phaseLabel.isEmpty() ? name : tr("%1: %2").arg(name, found->phaseLabel);
}

void MapChart::setColors(const MapColors &colors, const QColor &text, const QColor &secondaryText)
{
    m_colors = colors;
    m_notesItem->setColor(secondaryText);
    for (QGraphicsSimpleTextItem *label : std::as_const(m_legendLabels))
        label->setBrush(text);
    for (QGraphicsSimpleTextItem *marker : std::as_const(m_markers))
        marker->setBrush(text);
    recolour();
}

QColor MapChart::countryColor(const QString &code) const
{
    const auto found = m_partners.constFind(code);
    if (found == m_partners.cend())
        return m_colors.land;
    const QColor full = found->phaseIndex >= 0
                            ? m_colors.phases.at(found->phaseIndex % m_colors.phases.size())
                            : m_colors.phases.constFirst();
    return m_shownCodes.contains(code) ? full : blended(full, m_colors.land, DimmedStrength);
}

void MapChart::recolour()
{
    m_sea->setBrush(m_colors.sea);
    const QPen border = cosmeticPen(m_colors.border, 0.6);
    for (QGraphicsPathItem *item : std::as_const(m_otherItems)) {
        item->setBrush(m_colors.land);
        item->setPen(border);
    }
    for (auto it = m_partnerItems.cbegin(); it != m_partnerItems.cend(); ++it) {
        // Outlined in a shade of their own colour, not the light border: a
        // territory a few pixels wide (Gaza) would otherwise vanish in it.
        const QColor fill = countryColor(it.key());
        it.value()->setBrush(fill);
        it.value()->setPen(cosmeticPen(fill.darker(135), 0.6));
    }
    for (qsizetype i = 0; i < m_legendSwatches.size(); ++i)
        m_legendSwatches.at(i)->setBrush(m_colors.phases.at(i % m_colors.phases.size()));
    m_highlightItem->setPen(cosmeticPen(m_colors.highlight, 2.5));
}

void MapChart::setHighlightedCountry(const QString &code)
{
    m_highlighted = m_partnerItems.contains(code) ? code : QString();
    m_highlightItem->setPath(m_highlighted.isEmpty() ? QPainterPath()
                                                     : m_partnerItems.value(code)->path());
}

void MapChart::setShownCountries(const QSet<QString> &codes)
{
    m_shownCodes = codes;
    recolour();
}

QString MapChart::partnerAt(const QPointF &position) const
{
    if (!m_sea->rect().contains(m_sea->mapFromParent(position)))
        return {};
    const QString code = m_projected->codeAt(m_fit.inverted().map(m_sea->mapFromParent(position)));
    return m_partnerItems.contains(code) ? code : QString();
}

QPointF MapChart::positionOf(const QPointF &lonLat) const
{
    return m_sea->mapToParent(m_fit.map(m_projected->project(lonLat)));
}

QRectF MapChart::countryRect(const QString &code) const
{
    const QGraphicsPathItem *item = m_partnerItems.value(code);
    if (!item)
        return {};
    return m_sea->mapRectToParent(item->mapRectToParent(item->path().boundingRect()));
}

QList<QGraphicsItem *> MapChart::textItems() const
{
    QList<QGraphicsItem *> items;
    for (QGraphicsSimpleTextItem *label : m_legendLabels)
        items.append(label);
    items.append(m_notesItem);
    return items;
}

QFont MapChart::scaledFont(qreal factor, bool bold) const
{
    return chartFont(factor, m_textScale, bold);
}

void MapChart::applyTextScale(qreal scale)
{
    if (qFuzzyCompare(scale, m_textScale))
        return;
    m_textScale = scale;
    setTitleFont(scaledFont(TitleFontFactor, true));
    for (QGraphicsSimpleTextItem *label : std::as_const(m_legendLabels))
        label->setFont(scaledFont(LegendFontFactor));
    for (QGraphicsSimpleTextItem *marker : std::as_const(m_markers))
        marker->setFont(scaledFont(MarkerFontFactor, true));
    m_notesItem->setFont(scaledFont(NotesFontFactor));
}

void MapChart::resizeEvent(QGraphicsSceneResizeEvent *event)
{
    applyTextScale(chartTextScale(event->newSize()));
    QChart::resizeEvent(event);
    placeOverlays();
}

void MapChart::layoutNow()
{
    if (QGraphicsLayout *chartLayout = layout())
        chartLayout->activate();
    placeOverlays();
}

void MapChart::placeOverlays()
{
    if (m_placingOverlays)
        return;
    m_placingOverlays = true;
    const QRectF frame = rect();
    const qreal side = 8 * m_textScale;
    const qreal width = std::max<qreal>(10, frame.width() - 2 * side);

    // Legend entries in rows under the title, from the reading side.
    const qreal swatchSize = QFontMetricsF(scaledFont(LegendFontFactor)).height() * 0.8;
    const qreal gap = side;
    QList<QPointF> offsets; // x from the reading edge, y from the legend's top
    qreal x = 0;
    qreal y = 0;
    qreal rowHeight = 0;
    for (QGraphicsSimpleTextItem *label : std::as_const(m_legendLabels)) {
        const qreal entryWidth = swatchSize + side / 2 + label->boundingRect().width();
        if (x > 0 && x + entryWidth > width) {
            x = 0;
            y += rowHeight + side / 3;
        }
        offsets.append(QPointF(x, y));
        rowHeight = std::max(rowHeight, label->boundingRect().height());
        x += entryWidth + 2 * gap;
    }
    m_legendHeight = m_legendLabels.isEmpty() ? 0 : y + rowHeight + side / 2;

    // Under the map: the legend, then the notes down to the bottom edge.
    m_notesItem->setTextWidth(width);
    const qreal notesHeight = m_notesItem->boundingRect().height();
    m_notesItem->setPos(side, frame.bottom() - notesHeight - side / 2);
    const QMargins wanted{int(side), int(side / 2), int(side),
                          int(std::ceil(m_legendHeight + notesHeight + side))};
    if (margins() != wanted)
        setMargins(wanted);

    const QRectF plot = plotArea();
    const qreal legendTop = plot.bottom() + side / 2;
    for (qsizetype i = 0; i < m_legendLabels.size(); ++i) {
        QGraphicsSimpleTextItem *label = m_legendLabels.at(i);
        QGraphicsRectItem *swatch = m_legendSwatches.at(i);
        const qreal labelWidth = label->boundingRect().width();
        const qreal top = legendTop + offsets.at(i).y();
        const qreal middle = top + label->boundingRect().height() / 2;
        if (rightToLeft()) {
            const qreal right = frame.right() - side - offsets.at(i).x();
            swatch->setRect(right - swatchSize, middle - swatchSize / 2, swatchSize, swatchSize);
            label->setPos(right - swatchSize - side / 2 - labelWidth, top);
        } else {
            const qreal left = side + offsets.at(i).x();
            swatch->setRect(left, middle - swatchSize / 2, swatchSize, swatchSize);
            label->setPos(left + swatchSize + side / 2, top);
        }
    }

    // The map: paths stay as projected once; only their transform changes.
    m_sea->setRect(plot);
    m_fit = m_projected->fit(plot);
    for (QGraphicsItem *child : m_sea->childItems()) {
        if (!qgraphicsitem_cast<QGraphicsSimpleTextItem *>(child))
            child->setTransform(m_fit);
    }
    for (qsizetype i = 0; i < m_markers.size(); ++i) {
        // West of the territory and level with its top: over the sea for
        // Palestine, covering none of the small shapes around it.
        const QRectF box = m_markers.at(i)->boundingRect();
        const QRectF country = m_sea->mapRectFromParent(countryRect(m_markerCodes.at(i)));
        m_markers.at(i)->setPos(country.left() - box.width() * 1.2,
                                country.top() - box.height() / 3);
    }
    m_placingOverlays = false;
}

} // namespace sharaka
