// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace sharaka {

/// Whether the window could reach a display, found before any QApplication
/// exists: Qt aborts (SIGABRT) when its platform plugin cannot connect, so the
/// window looks first and says so in one line instead.
namespace DisplayProbe {

/// Why no display can be reached with the environment (QT_QPA_PLATFORM,
/// DISPLAY, WAYLAND_DISPLAY), translated; empty when one can (or when the
/// platform, such as offscreen, needs none). Local X11 and Wayland sockets
/// are tried with a connect(); a remote X server is left to Qt.
QString problem();

/// The one line for a display that the probe found but Qt could not open
/// (an X server that refuses the connection, a remote one). Printed before
/// any translator can be installed, so usually in English.
QString unopenedLine();

} // namespace DisplayProbe

} // namespace sharaka
