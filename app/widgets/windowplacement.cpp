// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/windowplacement.h"

#include <QScreen>
#include <QSplitter>
#include <QWidget>

#include <algorithm>

namespace sharaka::WindowPlacement {

void keepOnScreen(QWidget *window)
{
    const QScreen *screen = window->screen();
    if (!screen || window->isMaximized() || window->isFullScreen())
        return;
    const QRect available = screen->availableGeometry();
    // The frame is known once the window is shown; until then it counts as none.
    const QRect inner = window->geometry();
    const QRect outer = window->frameGeometry();
    const QMargins frame(inner.left() - outer.left(), inner.top() - outer.top(),
                         outer.right() - inner.right(), outer.bottom() - inner.bottom());
    const QSize room = available.marginsRemoved(frame).size();
    if (window->width() > room.width() || window->height() > room.height())
        window->resize(window->size().boundedTo(room));
    const QRect placed = window->frameGeometry();
    if (available.contains(placed))
        return;
    const int x = std::clamp(placed.left(), available.left(),
                             std::max(available.left(), available.right() - placed.width() + 1));
    const int y = std::clamp(placed.top(), available.top(),
                             std::max(available.top(), available.bottom() - placed.height() + 1));
    window->move(x, y);
}

bool restoreSplitter(QSplitter *splitter, const QByteArray &state)
{
    if (state.isEmpty())
        return false;
    const QByteArray previous = splitter->saveState();
    const Qt::Orientation orientation = splitter->orientation();
    const int handleWidth = splitter->handleWidth();
    const bool collapsible = splitter->childrenCollapsible();
    if (!splitter->restoreState(state))
        return false;
    const QList<int> sizes = splitter->sizes();
    const bool keepsLayout =
        splitter->orientation() == orientation && splitter->handleWidth() == handleWidth &&
        splitter->childrenCollapsible() == collapsible && sizes.size() == splitter->count() &&
        std::all_of(sizes.cbegin(), sizes.cend(), [](int size) { return size > 0; });
    if (!keepsLayout)
        splitter->restoreState(previous);
    return keepsLayout;
}

} // namespace sharaka::WindowPlacement
