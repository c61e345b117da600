// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/chartpanel.h"

#include "charts/chartfactory.h"
#include "charts/charttheme.h"
#include "core/textformat.h"
#include "widgets/charttableview.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace sharaka {

ChartPanel::ChartPanel(const QString &chartId, QWidget *parent)
    : QWidget(parent)
    , m_chartId(chartId)
    , m_view(new QChartView(this))
{
    setObjectName(QStringLiteral("chartPanel-") + chartId);
    m_view->setObjectName(QStringLiteral("chartView-") + chartId);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    // The same numbers as a table, behind a toggle in the chart's top corner.
    m_tableView = new ChartTableView(this);
    m_tableView->setObjectName(QStringLiteral("chartTable-") + chartId);
    m_tableView->hide();
    layout->addWidget(m_tableView);
    m_showTableAction = new QAction(this);
    m_showTableAction->setObjectName(QStringLiteral("showTable-") + chartId);
    m_showTableAction->setCheckable(true);
    connect(m_showTableAction, &QAction::toggled, this, &ChartPanel::showTable);
    addAction(m_showTableAction);
    m_tableButton = new QToolButton(this);
    m_tableButton->setObjectName(QStringLiteral("showTableButton-") + chartId);
    m_tableButton->setDefaultAction(m_showTableAction);
    m_tableButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_tableButton->setAutoRaise(true);
    retranslateUi();
}

ChartPanel::~ChartPanel() = default;

IndicatorChart *ChartPanel::chart() const
{
    return static_cast<IndicatorChart *>(m_view->chart());
}

void ChartPanel::setContent(const Dataset &dataset, Language language)
{
    m_dataset = dataset;
    m_language = language;
    rebuild();
}

void ChartPanel::rebuild()
{
    std::unique_ptr<IndicatorChart> built =
        buildChart(m_dataset, m_chartId, m_language, m_view->size());
    if (!built)
        return;
    IndicatorChart *chart = built.release();
    const auto bars = chart->series();
    for (QAbstractSeries *series : bars) {
        if (auto *barSeries = qobject_cast<QAbstractBarSeries *>(series)) {
            connect(barSeries, &QAbstractBarSeries::hovered, this,
                    [this](bool hovering, int index) { showBarToolTip(hovering, index); });
        }
    }
    QChart *previous = m_view->chart();
    m_view->setChart(chart); // the view takes ownership of the new chart
    // setChart() leaves the previous chart to its caller.
    if (previous && previous != chart)
        delete previous;
    applyChartTheme(chart, chartThemeFor(palette()));
    m_view->setToolTip(chart->valueDescriptions().join(QLatin1Char('\n')));
    // Screen readers read the title as the name and every bar's value as the description.
    m_view->setAccessibleName(chart->titleText());
    m_view->setAccessibleDescription(chart->valueDescriptions().join(QStringLiteral("; ")));
    m_tableView->setAccessibleName(tr("%1 (table)").arg(chart->titleText()));
    m_tableView->setAccessibleDescription(m_view->accessibleDescription());
    m_tableView->setContent(m_dataset, m_chartId, m_language);
    // Never smaller than the chart can lay out its title, bars, axes and
    // source line: below that QChart stops shrinking and the view cuts it off.
    const QSizeF needed = chart->effectiveSizeHint(Qt::MinimumSize);
    const int frame = 2 * m_view->frameWidth();
    setMinimumSize(
        QSize(int(std::ceil(needed.width())) + frame, int(std::ceil(needed.height())) + frame)
            .expandedTo(minimumSizeHint()));
}

void ChartPanel::showBarToolTip(bool hovering, int index)
{
    const ChartSpec *spec = m_dataset.chart(m_chartId);
    if (!hovering || !spec) {
        QToolTip::hideText();
        return;
    }
    // Bars are indexed bottom-up; the spec lists them top-down.
    const qsizetype row = spec->indicatorIds.size() - 1 - index;
    const Indicator *indicator = row >= 0 && row < spec->indicatorIds.size()
                                     ? m_dataset.indicator(spec->indicatorIds.at(row))
                                     : nullptr;
    if (!indicator)
        return;
    const QString text =
        indicator->label.text(m_language) + QStringLiteral(": ") +
        TextFormat::indicatorValue(*indicator, localeFor(m_language)) + QLatin1Char('\n') +
        indicator->description.text(m_language) + QLatin1Char('\n') +
        tr("Sources: %1")
            .arg(TextFormat::sourceCitations(m_dataset, indicator->sourceIds, m_language));
    QToolTip::showText(QCursor::pos(), text, m_view);
}

bool ChartPanel::isShowingTable() const
{
    return m_showTableAction->isChecked();
}

void ChartPanel::showTable(bool show)
{
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    m_view->setVisible(!show);
    m_tableView->setVisible(show);
    // The chart leaves the corner free under its centred title; the table's
    // header would not, so the table starts below the button.
    layout()->setContentsMargins(0, show ? m_tableButton->sizeHint().height() + 2 : 0, 0, 0);
    if (hadFocus)
        (show ? static_cast<QWidget *>(m_tableView) : m_view)->setFocus(Qt::OtherFocusReason);
    m_tableButton->raise();
    retranslateUi();
}

void ChartPanel::retranslateUi()
{
    const bool table = isShowingTable();
    m_showTableAction->setText(table ? tr("Chart") : tr("Table"));
    m_showTableAction->setToolTip(table ? tr("Show the numbers as a bar chart")
                                        : tr("Show the numbers as a table"));
    m_tableButton->setAccessibleName(tr("Show as table"));
    m_tableButton->setAccessibleDescription(m_showTableAction->toolTip());
    placeTableButton();
}

void ChartPanel::placeTableButton()
{
    // Top corner on the trailing side: the title is centred, so nothing is hidden.
    m_tableButton->adjustSize();
    const QSize button = m_tableButton->sizeHint();
    const int x = layoutDirection() == Qt::RightToLeft ? 2 : width() - button.width() - 2;
    m_tableButton->setGeometry(QRect(QPoint(x, 2), button));
    m_tableButton->raise();
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeTableButton();
}

void ChartPanel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
        // A dark desktop theme gets dark charts; exports keep their own (light) default.
        applyChartTheme(m_view->chart(), chartThemeFor(palette()));
        break;
    case QEvent::LanguageChange:
        retranslateUi();
        break;
    case QEvent::LayoutDirectionChange:
        placeTableButton();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

QSize ChartPanel::sizeHint() const
{
    return QSize(420, 260);
}

QSize ChartPanel::minimumSizeHint() const
{
    return QSize(260, 170);
}

} // namespace sharaka
