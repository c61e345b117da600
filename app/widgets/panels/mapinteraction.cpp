// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/panels/mapinteraction.h"

#include "charts/mapchart.h"
#include "core/textformat.h"

#include <QAccessible>
#include <QChartView>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QToolTip>

#include <cmath>
#include <limits>

namespace sharaka {

MapInteraction::MapInteraction(QObject *parent)
    : QObject(parent)
{}

void MapInteraction::setView(QChartView *view)
{
    if (m_view == view)
        return;
    m_view = view;
    m_viewport = m_view->viewport();
    m_viewport->setMouseTracking(true);
    m_viewport->installEventFilter(this);
    m_view->installEventFilter(this);
}

void MapInteraction::setChart(MapChart *chart)
{
    m_chart = chart;
    if (!m_chart)
        return;
    m_chart->setHighlightedCountry(m_selected);
    if (m_filtered)
        m_chart->setShownCountries(m_shown);
    updateAccessibleText();
}

MapChart *MapInteraction::chart() const
{
    return m_chart;
}

void MapInteraction::setSelectedCode(const QString &code)
{
    m_selected = code;
    if (m_chart)
        m_chart->setHighlightedCountry(code);
    updateAccessibleText();
}

void MapInteraction::setShownCodes(const QSet<QString> &codes)
{
    m_shown = codes;
    m_filtered = true;
    if (m_chart)
        m_chart->setShownCountries(codes);
}

void MapInteraction::select(const QString &code)
{
    if (code.isEmpty() || code == m_selected)
        return;
    setSelectedCode(code);
    emit countrySelected(code);
}

QString MapInteraction::partnerAtViewPosition(const QPoint &position) const
{
    if (!m_chart)
        return {};
    return m_chart->partnerAt(m_chart->mapFromScene(m_view->mapToScene(position)));
}

QString MapInteraction::neighbour(int key) const
{
    if (!m_chart || m_chart->partnerCodes().isEmpty())
        return {};
    const QStringList partners = m_chart->partnerCodes(); // west to east
    if (m_selected.isEmpty() || !partners.contains(m_selected))
        return key == Qt::Key_Left || key == Qt::Key_Up ? partners.constLast()
                                                        : partners.constFirst();
    // Geography has one orientation: Left is west in every language.
    const QPointF from = m_chart->countryRect(m_selected).center();
    QString best;
    qreal bestScore = std::numeric_limits<qreal>::max();
    for (const QString &code : partners) {
        if (code == m_selected)
            continue;
        const QPointF delta = m_chart->countryRect(code).center() - from;
        qreal along = 0;
        qreal across = 0;
        switch (key) {
        case Qt::Key_Right:
            along = delta.x();
            across = delta.y();
            break;
        case Qt::Key_Left:
            along = -delta.x();
            across = delta.y();
            break;
        case Qt::Key_Down:
            along = delta.y();
            across = delta.x();
            break;
        case Qt::Key_Up:
            along = -delta.y();
            across = delta.x();
            break;
        default:
            return {};
        }
        if (along <= 0)
            continue;
        // Straight ahead first; a partner off to the side counts as farther.
        const qreal score = along + 2 * std::abs(across);
        if (score < bestScore) {
            bestScore = score;
            best = code;
        }
    }
    return best;
}

void MapInteraction::updateAccessibleText()
{
    if (!m_chart)
        return;
    const QString current = m_chart->countryDescription(m_selected);
    const QString all = m_chart->valueDescriptions().join(QStringLiteral("; "));
    m_view->setAccessibleDescription(current.isEmpty() ? all
                                                       : current + QStringLiteral(". ") + all);
    if (m_view->hasFocus() && !current.isEmpty()) {
        QAccessibleEvent changed(m_view, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&changed);
    }
}

bool MapInteraction::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_chart)
        return QObject::eventFilter(watched, event);
    if (watched == m_viewport) {
        switch (event->type()) {
        case QEvent::MouseMove: {
            // The chart itself asks for the country's tooltip (toolTipRequested).
            const auto *move = static_cast<QMouseEvent *>(event);
            const QString code = partnerAtViewPosition(move->position().toPoint());
            m_viewport->setCursor(code.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
            break;
        }
        case QEvent::ToolTip: {
            // The view's own tooltip lists every partner; over a country, that country.
            const auto *help = static_cast<QHelpEvent *>(event);
            const QString code = partnerAtViewPosition(help->pos());
            if (!code.isEmpty()) {
                QToolTip::showText(help->globalPos(),
                                   TextFormat::toolTip(m_chart->countryDescription(code)),
                                   m_viewport);
                return true;
            }
            break;
        }
        case QEvent::MouseButtonPress: {
            const auto *press = static_cast<QMouseEvent *>(event);
            if (press->button() == Qt::LeftButton)
                select(partnerAtViewPosition(press->position().toPoint()));
            break;
        }
        default:
            break;
        }
    } else if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            const QString next = neighbour(key->key());
            if (!next.isEmpty()) {
                select(next);
                return true;
            }
            if (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right ||
                key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)
                return true; // at the edge: stay, and keep the view from scrolling
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sharaka
