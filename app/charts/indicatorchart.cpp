// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/indicatorchart.h"

#include "charts/wrappedtextitem.h"
#include "core/textformat.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QGraphicsLayout>
#include <QGraphicsSceneResizeEvent>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QValueAxis>

#include <cmath>

namespace sharaka {

namespace {

const QColor ExactBarColor(0x1f, 0x5f, 0xa8);
const QColor LowerBoundBarColor(0xc2, 0x6a, 0x12);

// Size below which the chart keeps the interface's font size; larger outputs
// (exports for slides and print) scale their text with the picture.
constexpr qreal ReferenceWidth = 960;
constexpr qreal ReferenceHeight = 540;

// Font sizes relative to the interface's.
constexpr qreal TitleFontFactor = 1.35;
constexpr qreal LegendFontFactor = 0.95;
constexpr qreal CategoryFontFactor = 1.0;
constexpr qreal AxisFontFactor = 0.9;
constexpr qreal ValueFontFactor = 1.1;
constexpr qreal SourceFontFactor = 0.85;

/// The smallest "nice" axis maximum (1, 2 or 5 times a power of ten per tick)
/// that leaves room after the longest bar for its value label.
std::pair<qint64, int> niceAxis(qint64 largest)
{
    const double target = std::max<double>(1.0, double(largest) * 1.22);
    const double rawStep = target / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rawStep)));
    double step = magnitude;
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step >= rawStep)
            break;
    }
    const auto wholeStep = std::max<qint64>(1, qint64(std::ceil(step)));
    const qint64 maximum = qint64(std::ceil(target / double(wholeStep))) * wholeStep;
    return {maximum, int(maximum / wholeStep) + 1};
}

/// Category labels longer than a short phrase go on two balanced lines, so
/// that Qt Charts does not elide them in narrow panels. Axis labels are rich text.
QString wrappedCategory(const QString &label)
{
    constexpr qsizetype OneLineLength = 18;
    if (label.size() <= OneLineLength)
        return label.toHtmlEscaped();
    const qsizetype middle = label.size() / 2;
    qsizetype best = -1;
    for (qsizetype i = 0; i < label.size(); ++i) {
        if (label.at(i) == QLatin1Char(' ') &&
            (best < 0 || std::abs(i - middle) < std::abs(best - middle)))
            best = i;
    }
    if (best < 0)
        return label.toHtmlEscaped();
    return label.left(best).toHtmlEscaped() + QStringLiteral("<br>") +
           label.mid(best + 1).toHtmlEscaped();
}

} // namespace

IndicatorChart::IndicatorChart(const Dataset &dataset, const ChartSpec &spec, Language language,
                               QGraphicsItem *parent, const QSizeF &size)
    : QChart(parent)
    , m_chartId(spec.id)
    , m_language(language)
{
    // Fonts first: every text item created afterwards is laid out once, in its final font.
    m_sourceItem = new WrappedTextItem(this);
    applyTextScale(textScaleFor(size));
    const QLocale locale = localeFor(language);
    setLocale(locale);
    setLocalizeNumbers(true);
    // From the chart's language, not the application's, so that an export in
    // Arabic mirrors whatever the interface language is.
    setLayoutDirection(locale.textDirection());
    setAnimationOptions(QChart::NoAnimation);
    setBackgroundRoundness(0);
    if (QGraphicsLayout *chartLayout = layout())
        chartLayout->setContentsMargins(0, 0, 0, 0);

    m_titleText = spec.title.text(language);
    setTitle(m_titleText);

    buildSeries(dataset, spec);

    m_sourceLine = TextFormat::sourcesLine(dataset, dataset.chartSourceIds(spec), language);
    m_sourceItem->setText(m_sourceLine);
    m_sourceItem->setTextDirection(locale.textDirection());
    // Absolute: in a right-to-left paragraph a plain AlignRight would be mirrored to the left.
    m_sourceItem->setAlignment((rightToLeft() ? Qt::AlignRight : Qt::AlignLeft) |
                               Qt::AlignAbsolute);
    m_sourceItem->setColor(QColor(0x55, 0x55, 0x55));

    connect(this, &QChart::plotAreaChanged, this, [this] { placeOverlays(); });
}

void IndicatorChart::buildSeries(const Dataset &dataset, const ChartSpec &spec)
{
    const QLocale locale = localeFor(m_language);
    // Exact figures and lower bounds are two stacked sets, so each bar sits in
    // its own row and lower bounds get their own look and legend entry.
    auto *exact = new QBarSet(tr("Exact figure"));
    auto *lowerBound = new QBarSet(tr("Lower bound (at least)"));
    exact->setColor(ExactBarColor);
    exact->setBorderColor(ExactBarColor.darker(130));
    QLinearGradient fade(0, 0, 1, 0);
    fade.setCoordinateMode(QGradient::ObjectBoundingMode);
    fade.setColorAt(0.0, LowerBoundBarColor);
    fade.setColorAt(0.75, LowerBoundBarColor);
    fade.setColorAt(1.0, LowerBoundBarColor.lighter(160));
    lowerBound->setBrush(fade);
    lowerBound->setPen(QPen(LowerBoundBarColor.darker(130), 1.5, Qt::DashLine));

    // Horizontal bars are drawn bottom-up; walk the list backwards so the
    // first indicator of the dataset is the top bar.
    bool hasLowerBound = false;
    QStringList bottomUpCategories;
    for (auto it = spec.indicatorIds.crbegin(); it != spec.indicatorIds.crend(); ++it) {
        const Indicator *indicator = dataset.indicator(*it);
        if (!indicator)
            continue;
        const bool isLowerBound = indicator->qualifier == Qualifier::AtLeast;
        hasLowerBound |= isLowerBound;
        exact->append(isLowerBound ? 0.0 : double(indicator->value));
        lowerBound->append(isLowerBound ? double(indicator->value) : 0.0);
        bottomUpCategories.append(wrappedCategory(indicator->label.text(m_language)));
        m_categoryLabels.prepend(indicator->label.text(m_language));
        m_values.prepend(indicator->value);
        m_valueDescriptions.prepend(
            tr("%1: %2").arg(indicator->label.text(m_language),
                             TextFormat::indicatorValuePlain(*indicator, locale)));
        auto *label =
            new QGraphicsSimpleTextItem(TextFormat::indicatorValue(*indicator, locale), this);
        label->setFont(scaledFont(ValueFontFactor, true));
        label->setBrush(isLowerBound ? LowerBoundBarColor.darker(140) : QColor(0x20, 0x20, 0x20));
        label->setZValue(10);
        m_valueLabels.prepend(label);
        m_lowerBounds.prepend(isLowerBound);
    }

    m_series = new QHorizontalStackedBarSeries(this);
    m_series->setBarWidth(0.6);
    m_series->append(exact);
    m_series->append(lowerBound);
    addSeries(m_series);

    m_categoryAxis = new QBarCategoryAxis(this);
    m_categoryAxis->setLabelsFont(scaledFont(CategoryFontFactor));
    m_categoryAxis->append(bottomUpCategories);
    m_categoryAxis->setGridLineVisible(false);
    // Right to left, the labels stand on the right and the bars grow leftwards
    // from them, the way the reader's eye travels; the digits and the tick
    // order within each label stay as written.
    addAxis(m_categoryAxis, rightToLeft() ? Qt::AlignRight : Qt::AlignLeft);
    m_series->attachAxis(m_categoryAxis);

    qint64 largest = 0;
    for (qint64 value : std::as_const(m_values))
        largest = std::max(largest, value);
    const auto [maximum, ticks] = niceAxis(largest);
    m_valueAxis = new QValueAxis(this);
    m_valueAxis->setLabelsFont(scaledFont(AxisFontFactor));
    m_valueAxis->setRange(0, double(maximum));
    m_valueAxis->setTickCount(ticks);
    // "%d" prints nothing on Qt 6.4 when numbers are localized; the ticks are
    // whole numbers by construction, so no decimals are shown.
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_valueAxis->setMinorTickCount(0);
    m_valueAxis->setReverse(rightToLeft());
    addAxis(m_valueAxis, Qt::AlignBottom);
    m_series->attachAxis(m_valueAxis);

    legend()->setVisible(hasLowerBound);
    legend()->setAlignment(Qt::AlignTop);
    const auto markers = legend()->markers(m_series);
    for (QLegendMarker *marker : markers)
        marker->setVisible(marker->label() == lowerBound->label());
}

QStringList IndicatorChart::valueLabelTexts() const
{
    QStringList texts;
    for (const QGraphicsSimpleTextItem *label : m_valueLabels)
        texts.append(label->text().remove(QChar(0x200E)));
    return texts;
}

void IndicatorChart::setOverlayColors(const QColor &valueText, const QColor &lowerBoundText,
                                      const QColor &sourceText)
{
    for (qsizetype row = 0; row < m_valueLabels.size(); ++row)
        m_valueLabels.at(row)->setBrush(m_lowerBounds.at(row) ? lowerBoundText : valueText);
    m_sourceItem->setColor(sourceText);
}

QColor IndicatorChart::valueLabelColor(int row) const
{
    return row >= 0 && row < m_valueLabels.size() ? m_valueLabels.at(row)->brush().color()
                                                  : QColor();
}

QColor IndicatorChart::sourceTextColor() const
{
    return m_sourceItem->color();
}

QFont IndicatorChart::scaledFont(qreal factor, bool bold) const
{
    QFont font = QApplication::font();
    const qreal base = font.pointSizeF() > 0 ? font.pointSizeF() : 9.0;
    font.setPointSizeF(base * factor * m_textScale);
    font.setBold(bold);
    return font;
}

void IndicatorChart::applyTextScale(qreal scale)
{
    if (qFuzzyCompare(scale, m_textScale))
        return;
    m_textScale = scale;
    setTitleFont(scaledFont(TitleFontFactor, true));
    legend()->setFont(scaledFont(LegendFontFactor));
    // The axes and value labels do not exist yet while the constructor sets the first scale.
    if (m_categoryAxis)
        m_categoryAxis->setLabelsFont(scaledFont(CategoryFontFactor));
    if (m_valueAxis)
        m_valueAxis->setLabelsFont(scaledFont(AxisFontFactor));
    for (QGraphicsSimpleTextItem *label : std::as_const(m_valueLabels))
        label->setFont(scaledFont(ValueFontFactor, true));
    m_sourceItem->setFont(scaledFont(SourceFontFactor));
    const int margin = int(std::round(8 * scale));
    setMargins(QMargins(margin, margin, margin, margin));
}

qreal IndicatorChart::textScaleFor(const QSizeF &size)
{
    return std::max<qreal>(
        1.0, std::min(size.width() / ReferenceWidth, size.height() / ReferenceHeight));
}

void IndicatorChart::resizeEvent(QGraphicsSceneResizeEvent *event)
{
    applyTextScale(textScaleFor(event->newSize()));
    QChart::resizeEvent(event);
    placeOverlays();
}

void IndicatorChart::layoutNow()
{
    if (QGraphicsLayout *chartLayout = layout())
        chartLayout->activate();
    placeOverlays();
}

void IndicatorChart::placeOverlays()
{
    if (m_placingOverlays)
        return;
    m_placingOverlays = true;

    // The source line sits in the bottom margin, which grows to fit its wrapped text.
    const QRectF frame = rect();
    const qreal side = 8 * m_textScale;
    m_sourceItem->setTextWidth(std::max<qreal>(10, frame.width() - 2 * side));
    const qreal sourceHeight = m_sourceItem->boundingRect().height();
    m_sourceItem->setPos(side, frame.bottom() - sourceHeight - side / 2);
    const QMargins wanted{int(side), int(side), int(side), int(std::ceil(sourceHeight + side))};
    if (margins() != wanted)
        setMargins(wanted);

    // Value labels just past the end of each bar, centred on the bar.
    const qsizetype rows = m_values.size();
    for (qsizetype row = 0; row < rows; ++row) {
        QGraphicsSimpleTextItem *label = m_valueLabels.at(row);
        const qreal category = qreal(rows - 1 - row);
        const QPointF end = mapToPosition(QPointF(qreal(m_values.at(row)), category), m_series);
        const QRectF box = label->boundingRect();
        const qreal x = rightToLeft() ? end.x() - side * 0.6 - box.width() : end.x() + side * 0.6;
        label->setPos(x, end.y() - box.height() / 2);
    }
    m_placingOverlays = false;
}

} // namespace sharaka
