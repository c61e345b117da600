// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

/// Quits the application once @p widget has been painted and the rest of that
/// paint pass has reached the screen: the moment the dashboard's
/// --quit-after-first-paint measures, for the benchmarks' bare windows.
inline void quitAfterFirstPaint(QWidget *widget)
{
    struct PaintWatcher : QObject
    {
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && !seen) {
                seen = true;
                QTimer::singleShot(0, qApp, [] { QApplication::exit(0); });
            }
            return false;
        }
        bool seen = false;
    };
    static PaintWatcher watcher;
    widget->installEventFilter(&watcher);
}
