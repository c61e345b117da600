// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/displayprobe.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <algorithm>
#include <cstddef>
#include <cstring>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

namespace sharaka::DisplayProbe {

namespace {

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)

/// Connects to the Unix socket @p path (abstract when it starts with '@').
bool socketAnswers(const QByteArray &path)
{
    sockaddr_un address{};
    if (path.isEmpty() || size_t(path.size()) >= sizeof(address.sun_path))
        return false;
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    socklen_t length = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(path.size()));
    if (path.startsWith('@'))
        address.sun_path[0] = '\0'; // Linux's abstract namespace, which X servers also listen on
    else
        ++length; // the terminating NUL
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const bool connected = ::connect(fd, reinterpret_cast<const sockaddr *>(&address), length) == 0;
    ::close(fd);
    return connected;
}

/// DISPLAY as X11 reads it: "[host]:number[.screen]". Only a local server
/// (no host, or "unix") is probed; a remote one may need a slow network
/// connect, so Qt is left to try it.
bool x11Reachable()
{
    const QByteArray display = qgetenv("DISPLAY");
    if (display.isEmpty())
        return false;
    const qsizetype colon = display.lastIndexOf(':');
    if (colon < 0)
        return false;
    const QByteArray host = display.left(colon);
    if (host.startsWith('/'))
        return socketAnswers(host);
    if (!host.isEmpty() && host != "unix")
        return true;
    QByteArray number = display.mid(colon + 1);
    if (const qsizetype dot = number.indexOf('.'); dot >= 0)
        number.truncate(dot);
    const bool isNumber =
        !number.isEmpty() &&
        std::all_of(number.cbegin(), number.cend(), [](char c) { return c >= '0' && c <= '9'; });
    if (!isNumber)
        return false;
    const QByteArray socket = "/tmp/.X11-unix/X" + number;
    return socketAnswers('@' + socket) || socketAnswers(socket);
}

bool waylandReachable()
{
    if (!qEnvironmentVariableIsEmpty("WAYLAND_SOCKET"))
        return true; // an already connected descriptor, handed over by the compositor
    const QByteArray name = qgetenv("WAYLAND_DISPLAY");
    if (name.isEmpty())
        return false;
    if (name.startsWith('/'))
        return socketAnswers(name);
    const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && socketAnswers(runtime + '/' + name);
}

#endif

} // namespace

QString problem()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    const QString platforms = qEnvironmentVariable("QT_QPA_PLATFORM");
    const bool x11Set = !qEnvironmentVariableIsEmpty("DISPLAY");
    const bool waylandSet = !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
                            !qEnvironmentVariableIsEmpty("WAYLAND_SOCKET");
    // "wayland;xcb" tries each in turn; offscreen, vnc, eglfs… need no display.
    QStringList names = platforms.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    if (names.isEmpty())
        names = {QStringLiteral("wayland"), QStringLiteral("xcb")};
    const bool reachable = std::any_of(names.cbegin(), names.cend(), [](const QString &name) {
        if (name.startsWith(QLatin1String("xcb")))
            return x11Reachable();
        if (name.startsWith(QLatin1String("wayland")))
            return waylandReachable();
        return true;
    });
    if (reachable)
        return {};
    if (!x11Set && !waylandSet)
        return QCoreApplication::translate(
            "CommandLine",
            "Cannot open the window: there is no display (DISPLAY and WAYLAND_DISPLAY are not "
            "set); --check, --list-charts, --export and --export-all work without one.");
    return QCoreApplication::translate(
               "CommandLine",
               "Cannot open the window: no display could be opened (DISPLAY \"%1\", "
               "WAYLAND_DISPLAY "
               "\"%2\"); --check, --list-charts, --export and --export-all work without one.")
        .arg(qEnvironmentVariable("DISPLAY"), qEnvironmentVariable("WAYLAND_DISPLAY"));
#else
    return {};
#endif
}

QString unopenedLine()
{
    return QCoreApplication::translate(
        "CommandLine", "Cannot open the window: no display could be opened; --check, "
                       "--list-charts, --export and --export-all work without one.");
}

} // namespace sharaka::DisplayProbe
