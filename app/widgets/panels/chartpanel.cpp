// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/panels/chartpanel.h"

#include "charts/chartfactory.h"
#include "charts/charttext.h"
#include "charts/charttheme.h"
#include "charts/indicatorchart.h"
#include "charts/mapchart.h"
#include "core/models/indicatormodel.h"
#include "core/textformat.h"
#include "widgets/export/chartexportactions.h"
#include "widgets/panels/charttabletoggle.h"
#include "widgets/panels/mapinteraction.h"

#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace sharaka {

ChartPanel::ChartPanel(const QString &chartId, Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_chartId(chartId)
    , m_cornerButtons(new QWidget(this))
    , m_layout(new QVBoxLayout(this))
{
    auto *cornerLayout = new QHBoxLayout(m_cornerButtons);
    cornerLayout->setContentsMargins(0, 0, 0, 0);
    cornerLayout->setSpacing(0);
    setObjectName(QStringLiteral("chartPanel-") + chartId);
    // Until its view exists the panel is the chart's Tab stop; focusing it
    // creates the view and hands the focus on.
    setFocusPolicy(Qt::StrongFocus);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_exportActions = new ChartExportActions(chartId, settings, this);
    addCornerButton(m_exportActions->button());

    // The same numbers as a table, behind a toggle in the chart's corner.
    m_tableToggle = new ChartTableToggle(this, m_layout, chartId);
}

QChartView *ChartPanel::ensureView(QChart *chart)
{
    if (m_view)
        return m_view;
    // A QChartView made without a chart makes an empty QChart of its own
    // (about 1 M instructions): panels scrolled out of view have no view
    // until they are built, and the first view is made with its chart.
    m_view = chart ? new QChartView(chart, this) : new QChartView(this);
    m_view->setObjectName(QStringLiteral("chartView-") + m_chartId);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->addAction(m_exportActions->saveAction());
    m_view->addAction(m_exportActions->copyAction());
    m_view->addAction(m_exportActions->saveDataAction());
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setAccessibleName(accessibleName());
    if (m_mapInteraction)
        m_mapInteraction->setView(m_view);
    // The view takes the panel's place in the Tab order (a new widget would
    // come last) and its name; the panel takes no focus of its own any more.
    setTabOrder(this, m_view);
    const bool hadFocus = hasFocus();
    setFocusPolicy(Qt::NoFocus);
    setAccessibleName(QString());
    // First in the layout, before the table if it exists already.
    m_layout->insertWidget(0, m_view);
    if (isVisible()) {
        // Shown now, not on the next pass of the event loop, and at its
        // place: shown at a new widget's default size, it would lay its chart
        // out at that size and again at its own (38 M instructions at startup).
        m_view->setGeometry(rect().marginsRemoved(m_layout->contentsMargins()));
        m_view->setVisible(!m_tableToggle->isShowingTable());
        m_layout->activate();
    }
    m_cornerButtons->raise();
    if (hadFocus && m_view->isVisible())
        m_view->setFocus(Qt::OtherFocusReason);
    return m_view;
}

void ChartPanel::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    // Reached by Tab before the chart was built: the view takes the focus.
    if (!m_view && !m_tableToggle->isShowingTable())
        view()->setFocus(event->reason());
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::addCornerButton(QWidget *button)
{
    m_cornerButtons->layout()->addWidget(button);
    placeCornerButtons();
}

MapInteraction *ChartPanel::mapInteraction()
{
    if (!m_mapInteraction) {
        // Waits for the view when the map is not built yet.
        m_mapInteraction = new MapInteraction(this);
        if (m_view) {
            m_mapInteraction->setView(m_view);
            m_mapInteraction->setChart(qobject_cast<MapChart *>(m_view->chart()));
        }
    }
    return m_mapInteraction;
}

void ChartPanel::keepTitleClearOfButtons()
{
    if (!m_view)
        return;
    QChart *chart = m_view->chart();
    if (!chart || !chart->layout())
        return;
    // The title is centred over the whole chart; the buttons sit in a corner.
    const qreal titleWidth =
        QFontMetricsF(chart->titleFont())
            .horizontalAdvance(QTextDocumentFragment::fromHtml(chart->title()).toPlainText());
    const qreal room = m_view->width() / 2.0 - m_cornerButtons->width() - 4;
    const qreal top = titleWidth / 2 > room ? m_cornerButtons->height() : 0;
    qreal left = 0, oldTop = 0, right = 0, bottom = 0;
    chart->layout()->getContentsMargins(&left, &oldTop, &right, &bottom);
    if (!qFuzzyCompare(top + 1, oldTop + 1))
        chart->layout()->setContentsMargins(left, top, right, bottom);
}

void ChartPanel::placeCornerButtons()
{
    m_cornerButtons->adjustSize();
    constexpr int margin = 2;
    const int x =
        layoutDirection() == Qt::RightToLeft ? margin : width() - m_cornerButtons->width() - margin;
    m_cornerButtons->move(x, margin);
    m_cornerButtons->raise();
    keepTitleClearOfButtons();
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeCornerButtons();
    buildIfInView();
}

void ChartPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    buildIfInView();
}

DashboardChart *ChartPanel::dashboardChart() const
{
    ensureBuilt();
    return m_view ? qobject_cast<DashboardChart *>(m_view->chart()) : nullptr;
}

IndicatorChart *ChartPanel::chart() const
{
    return qobject_cast<IndicatorChart *>(dashboardChart());
}

QChartView *ChartPanel::view() const
{
    ensureBuilt();
    // A chart id the dataset does not have builds nothing: an empty view.
    return const_cast<ChartPanel *>(this)->ensureView();
}

QWidget *ChartPanel::viewWidget() const
{
    return view();
}

void ChartPanel::setContent(const DatasetPtr &dataset, Language language)
{
    m_dataset = dataset ? dataset : emptyDataset();
    m_exportActions->setContent(m_dataset, language);
    m_language = language;
    m_outOfDate = true;
    updateGeometry(); // the minimum follows the chart's bar count
    // Named before it is built: a chart scrolled out of view is still a Tab
    // stop, and screen readers name it from its title.
    if (const ChartSpec *spec = m_dataset->chart(m_chartId); spec && !spec->title.isEmpty()) {
        const QString name = ChartText::label(spec->title.text(language));
        if (m_view)
            m_view->setAccessibleName(name);
        else
            setAccessibleName(name); // the panel is the Tab stop until the view exists
    }
    buildIfInView();
}

void ChartPanel::buildIfInView()
{
    // Hidden panels and those scrolled out of view wait: building is most of
    // the cost of opening a dataset, and a chart laid out before the panel
    // has its size is laid out twice.
    // Panels added to a shown window are shown before the layout has placed
    // them, and then squeezed below their minimum while the scroll area
    // catches up; the resize event of their final place asks again.
    const QSize least = minimumSizeHint();
    const bool placed =
        testAttribute(Qt::WA_Resized) && width() >= least.width() && height() >= least.height();
    if (m_outOfDate && isVisible() && placed && isInView())
        rebuild();
}

bool ChartPanel::isInView() const
{
    // Not visibleRegion(): the opaque chart view covering the panel empties it.
    QRect shown = rect();
    for (const QWidget *widget = this; !widget->isWindow() && widget->parentWidget();
         widget = widget->parentWidget()) {
        shown = shown.translated(widget->pos()) & widget->parentWidget()->rect();
        if (shown.isEmpty())
            return false;
    }
    return true;
}

void ChartPanel::ensureBuilt() const
{
    // Asked for from outside: the caller wants the chart of the current content.
    if (m_outOfDate)
        const_cast<ChartPanel *>(this)->rebuild();
}

void ChartPanel::rebuild()
{
    m_outOfDate = false;
    // While the table is shown the hidden view is not laid out; the chart
    // gets the panel's size when it is shown again. A view not made yet
    // will fill the panel (the layout has no margins while the chart shows).
    const QSize viewSize = !m_view || m_view->isHidden() ? size() : m_view->size();
    ChartContext context;
    context.font = font();
    std::unique_ptr<DashboardChart> built =
        buildChart(*m_dataset, m_chartId, m_language, viewSize, context);
    if (!built)
        return;
    DashboardChart *chart = built.release();
    connect(chart, &DashboardChart::toolTipRequested, this, &ChartPanel::showMarkToolTip);
    if (!m_view) {
        ensureView(chart); // the view takes ownership of the chart
    } else {
        QChart *previous = m_view->chart();
        m_view->setChart(chart); // the view takes ownership of the new chart
        // setChart() leaves the previous chart to its caller.
        if (previous && previous != chart)
            delete previous;
    }
    applyChartTheme(chart, chartThemeFor(palette()));
    keepTitleClearOfButtons();
    m_view->setToolTip(TextFormat::toolTip(chart->valueDescriptions().join(QLatin1Char('\n'))));
    // Screen readers read the title as the name and every bar's value as the description.
    m_view->setAccessibleName(chart->titleText());
    m_view->setAccessibleDescription(chart->accessibleDescription());
    m_tableToggle->setContent(chart->tableModel(), chart->titleText(),
                              m_view->accessibleDescription());
    // After the description above: the map's adds the selected country.
    if (m_mapInteraction)
        m_mapInteraction->setChart(qobject_cast<MapChart *>(chart));
    // Never smaller than the chart can lay out its title, bars, axes and
    // source line: below that QChart stops shrinking and the view cuts it off.
    const QSizeF needed = chart->effectiveSizeHint(Qt::MinimumSize);
    const int frame = 2 * m_view->frameWidth();
    QSize minimum =
        QSize(int(std::ceil(needed.width())) + frame, int(std::ceil(needed.height())) + frame);
    // Beyond a handful of bars, each keeps room for its two-line label and
    // the chart area scrolls, instead of squeezing labels into each other.
    constexpr qsizetype ManyBars = 8;
    const qsizetype barCount =
        qobject_cast<IndicatorChart *>(chart) ? chart->valueDescriptions().size() : 0;
    if (barCount > ManyBars)
        minimum.rheight() += int(barCount) * (2 * fontMetrics().height() + 4);
    m_chartMinimum = minimum;
    setMinimumSize(minimum.expandedTo(minimumSizeHint()));
}

void ChartPanel::showMarkToolTip(const QString &toolTip)
{
    if (toolTip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), toolTip, m_view);
}

QAction *ChartPanel::showTableAction() const
{
    return m_tableToggle->action();
}

ChartTableView *ChartPanel::tableView() const
{
    ensureBuilt();
    return m_tableToggle->table();
}

bool ChartPanel::isShowingTable() const
{
    return m_tableToggle->isShowingTable();
}

void ChartPanel::changeEvent(QEvent *event)
{
    // A dark desktop theme gets dark charts; exports keep their own (light) default.
    if (event->type() == QEvent::PaletteChange && m_view)
        applyChartTheme(m_view->chart(), chartThemeFor(palette()));
    if (event->type() == QEvent::LayoutDirectionChange)
        placeCornerButtons();
    if (event->type() == QEvent::LanguageChange)
        m_exportActions->retranslateUi();
    QWidget::changeEvent(event);
}

void ChartPanel::setAlone(bool alone)
{
    if (alone == m_alone)
        return;
    m_alone = alone;
    // A built chart's panel has an explicit minimum that must follow; one
    // not built yet needs only its hint (resizing it now could build it).
    if (m_chartMinimum.isValid())
        setMinimumSize(m_chartMinimum.expandedTo(minimumSizeHint()));
    else
        updateGeometry();
}

QSize ChartPanel::sizeHint() const
{
    return QSize(420, 260);
}

QSize ChartPanel::minimumSizeHint() const
{
    // Below about 15 text lines Qt Charts shortens the two-line axis labels
    // of three bars to "..." (the chart's own minimum size does not reserve
    // their height); each bar fewer frees the two lines of its label, which
    // lets the window stack a one-bar row under a three-bar one at 1280×800.
    const ChartSpec *spec = m_dataset->chart(m_chartId);
    const qsizetype bars = spec && spec->kind == ChartKind::Bar ? spec->indicatorIds.size() : 3;
    int lines = 15 - 2 * int(3 - std::clamp<qsizetype>(bars, 1, 3));
    if (m_alone && bars >= 3)
        lines += 6;
    return QSize(250, std::max(150, lines * fontMetrics().height()));
}

} // namespace sharaka
