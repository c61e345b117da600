// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/panels/charttabletoggle.h"

#include "widgets/panels/chartpanel.h"
#include "widgets/panels/charttableview.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QEvent>
#include <QHash>
#include <QPainter>
#include <QToolButton>

namespace sharaka {

namespace {

/// A small drawn icon in @p color, at 1× and 2× so it stays crisp on
/// high-DPI screens: a grid for "table", three bars for "chart".
QIcon drawToggleIcon(bool table, const QColor &color)
{
    QIcon icon;
    for (const qreal ratio : {1.0, 2.0}) {
        QPixmap pixmap(QSize(16, 16) * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing, false);
        if (table) {
            painter.setPen(QPen(color, 1));
            painter.drawRect(QRectF(1.5, 2.5, 13, 11));
            painter.drawLine(QPointF(1.5, 6.5), QPointF(14.5, 6.5));
            painter.drawLine(QPointF(1.5, 10.5), QPointF(14.5, 10.5));
            painter.drawLine(QPointF(6.5, 2.5), QPointF(6.5, 13.5));
        } else {
            painter.fillRect(QRectF(2, 3, 9, 2.5), color);
            painter.fillRect(QRectF(2, 7, 12, 2.5), color);
            painter.fillRect(QRectF(2, 11, 6, 2.5), color);
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

/// The icon drawn once per kind and colour: every chart panel shows one, and
/// a language switch or a new palette asks each panel for it again.
QIcon toggleIcon(bool table, const QColor &color)
{
    static QHash<QPair<bool, QRgb>, QIcon> drawn;
    const QPair<bool, QRgb> key(table, color.rgba());
    auto found = drawn.constFind(key);
    if (found == drawn.cend())
        found = drawn.insert(key, drawToggleIcon(table, color));
    return *found;
}

} // namespace

ChartTableToggle::ChartTableToggle(ChartPanel *panel, QBoxLayout *layout, const QString &chartId)
    : QObject(panel)
    , m_panel(panel)
    , m_layout(layout)
    , m_chartId(chartId)
    , m_action(new QAction(panel))
    , m_button(new QToolButton(panel))
{
    m_action->setObjectName(QStringLiteral("showTable-") + chartId);
    m_action->setCheckable(true);
    connect(m_action, &QAction::toggled, this, &ChartTableToggle::showTable);
    panel->addAction(m_action);
    m_button->setObjectName(QStringLiteral("showTableButton-") + chartId);
    m_button->setDefaultAction(m_action);
    // An icon rather than a word: the corner beside the chart's centred title is narrow.
    m_button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_button->setAutoRaise(true);
    panel->addCornerButton(m_button);
    panel->installEventFilter(this);
    retranslateUi();
}

bool ChartTableToggle::isShowingTable() const
{
    return m_action->isChecked();
}

ChartTableView *ChartTableToggle::table()
{
    if (!m_table) {
        m_table = new ChartTableView(m_panel);
        m_table->setObjectName(QStringLiteral("chartTable-") + m_chartId);
        m_table->hide();
        // After the view, which the panel inserts first whenever it comes.
        m_layout->addWidget(m_table);
        fillTable();
    }
    return m_table;
}

void ChartTableToggle::setContent(QAbstractItemModel *model, const QString &title,
                                  const QString &description)
{
    m_model = model;
    m_title = title;
    m_description = description;
    // A chart with no table of numbers (the map, whose countries have their
    // own table beside it) offers none.
    if (!m_model && isShowingTable())
        showTable(false);
    m_action->setEnabled(m_model != nullptr);
    m_button->setVisible(m_model != nullptr);
    if (m_table)
        fillTable();
}

void ChartTableToggle::fillTable()
{
    if (!m_model)
        return;
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("%1 (table)").arg(m_title));
    m_table->setAccessibleDescription(m_description);
}

void ChartTableToggle::showTable(bool show)
{
    table();
    const bool hadFocus = m_panel->isAncestorOf(QApplication::focusWidget());
    QWidget *chartView = m_panel->viewWidget();
    chartView->setVisible(!show);
    m_table->setVisible(show);
    // The chart leaves the corner free under its centred title; the table's
    // header would not, so the table starts below the button.
    const QMargins margins = m_layout->contentsMargins();
    m_layout->setContentsMargins(margins.left(), show ? m_button->sizeHint().height() + 2 : 0,
                                 margins.right(), margins.bottom());
    if (hadFocus)
        (show ? static_cast<QWidget *>(m_table) : chartView)->setFocus(Qt::OtherFocusReason);
    retranslateUi();
}

void ChartTableToggle::retranslateUi()
{
    const bool table = isShowingTable();
    m_action->setText(table ? tr("Show as Chart") : tr("Show as Table"));
    m_action->setIcon(toggleIcon(!table, m_panel->palette().color(QPalette::ButtonText)));
    m_action->setToolTip(table ? tr("Show the numbers as a bar chart")
                               : tr("Show the numbers as a table"));
    m_button->setAccessibleName(tr("Show as table"));
    m_button->setAccessibleDescription(m_action->toolTip());
}

bool ChartTableToggle::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_panel) {
        switch (event->type()) {
        case QEvent::LanguageChange:
        case QEvent::PaletteChange:
            retranslateUi();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sharaka
