// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>

class QSplitter;
class QWidget;

namespace sharaka {

/// Restoring a window's remembered layout from a settings file that the user
/// (or anyone who can write it) may have edited: whatever it says, the window
/// fits its screen and its splitters keep their orientation and panes.
namespace WindowPlacement {

/// Shrinks @p window to the available area of its screen, counting the frame
/// once the window has one, and moves it inside. Maximized and full-screen
/// windows are the window system's to size.
void keepOnScreen(QWidget *window);

/// Restores @p splitter from @p state unless that would turn it, change its
/// handle, let panes collapse or hide one; then it stays as it was. Returns
/// whether @p state was taken.
bool restoreSplitter(QSplitter *splitter, const QByteArray &state);

} // namespace WindowPlacement

} // namespace sharaka
