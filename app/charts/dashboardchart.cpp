// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/dashboardchart.h"

#include "charts/charttext.h"
#include "charts/wrappedtextitem.h"

#include <QGraphicsLayout>
#include <QGraphicsSceneResizeEvent>
#include <QLegend>

#include <cmath>

namespace sharaka {

namespace {

// Size below which the chart keeps the base font's size; larger outputs
// (exports for slides and print) scale their text with the picture.
constexpr qreal ReferenceWidth = 960;
constexpr qreal ReferenceHeight = 540;

} // namespace

DashboardChart::DashboardChart(const QString &chartId, Language language,
                               const ChartContext &context, const QSizeF &size,
                               QGraphicsItem *parent)
    : QChart(parent)
    , m_chartId(chartId)
    , m_language(language)
    , m_baseFont(context.font)
    , m_intendedWidth(size.width())
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

    m_sourceItem->setTextDirection(locale.textDirection());
    // Absolute: in a right-to-left paragraph a plain AlignRight would be mirrored to the left.
    m_sourceItem->setAlignment((rightToLeft() ? Qt::AlignRight : Qt::AlignLeft) |
                               Qt::AlignAbsolute);
    m_sourceItem->setColor(chartColors(sharaka::ChartTheme::Light).secondaryText);

    connect(this, &QChart::plotAreaChanged, this, [this] { placeOverlays(); });
}

DashboardChart::~DashboardChart()
{
    // QChart's own destructor must not call back into a chart that is gone.
    disconnect(this, &QChart::plotAreaChanged, this, nullptr);
}

void DashboardChart::setTitleText(const QString &title)
{
    m_titleText = ChartText::label(title);
    setTitle(m_titleText.toHtmlEscaped());
}

void DashboardChart::setSourceLine(const QString &line)
{
    m_sourceLine = ChartText::plain(line);
    m_sourceItem->setText(m_sourceLine);
    // With the size known, the bottom margin fits the source line before the
    // first layout, so the chart is not laid out again once the line is placed.
    if (m_intendedWidth > 0)
        fitSourceLine(m_intendedWidth);
}

qreal DashboardChart::fitSourceLine(qreal chartWidth)
{
    const qreal side = sideMargin();
    m_sourceItem->setTextWidth(std::max<qreal>(10, chartWidth - 2 * side));
    const qreal sourceHeight = m_sourceItem->boundingRect().height();
    const qreal below = heightBelowPlot(std::max<qreal>(10, chartWidth - 2 * side));
    const QMargins wanted{int(side), int(side), int(side),
                          int(std::ceil(sourceHeight + side + below))};
    if (margins() != wanted)
        setMargins(wanted);
    return sourceHeight;
}

void DashboardChart::applyColors(const ChartColors &colors)
{
    m_sourceItem->setColor(colors.secondaryText);
}

QColor DashboardChart::sourceTextColor() const
{
    return m_sourceItem->color();
}

QFont DashboardChart::textFont(ChartTextRole role) const
{
    return chartFont(m_baseFont, role, m_textScale);
}

void DashboardChart::applyTextScale(qreal scale)
{
    if (qFuzzyCompare(scale, m_textScale))
        return;
    m_textScale = scale;
    setTitleFont(textFont(ChartTextRole::Title));
    legend()->setFont(textFont(ChartTextRole::Legend));
    m_sourceItem->setFont(textFont(ChartTextRole::Source));
    const int margin = int(std::round(sideMargin()));
    setMargins(QMargins(margin, margin, margin, margin));
}

qreal DashboardChart::textScaleFor(const QSizeF &size)
{
    return std::max<qreal>(
        1.0, std::min(size.width() / ReferenceWidth, size.height() / ReferenceHeight));
}

void DashboardChart::resizeEvent(QGraphicsSceneResizeEvent *event)
{
    const qreal before = m_textScale;
    applyTextScale(textScaleFor(event->newSize()));
    if (!qFuzzyCompare(before, m_textScale))
        updateFonts();
    QChart::resizeEvent(event);
    placeOverlays();
}

void DashboardChart::layoutNow()
{
    if (QGraphicsLayout *chartLayout = layout())
        chartLayout->activate();
    placeOverlays();
}

void DashboardChart::placeOverlays()
{
    // Not before the chart has a size: wrapping the source line at no width
    // would only be measured again.
    if (m_placingOverlays || rect().isEmpty())
        return;
    m_placingOverlays = true;

    // The source line sits in the bottom margin, which grows to fit its wrapped text.
    const QRectF frame = rect();
    const qreal sourceHeight = fitSourceLine(frame.width());
    m_sourceItem->setPos(sideMargin(), frame.bottom() - sourceHeight - sideMargin() / 2);

    placeMarks();
    m_placingOverlays = false;
}

} // namespace sharaka
