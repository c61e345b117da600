// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/terminal.h"

#include "core/textformat.h"

#include <QtGlobal>

#include <cstdlib>

namespace sharaka {

void printLines(std::FILE *stream, const QStringList &lines)
{
    for (const QString &line : lines)
        printText(stream, TextFormat::escapeControl(line) + QLatin1Char('\n'));
}

namespace {

/// Set while the window's platform plugin starts (see holdQtMessagesWhileStarting()).
struct StartingPlatform
{
    bool holding = false;
    QString fatalLine;
    QStringList held;
};

StartingPlatform &startingPlatform()
{
    static StartingPlatform state;
    return state;
}

} // namespace

void escapeQtMessages()
{
    qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            StartingPlatform &starting = startingPlatform();
            if (starting.holding && type == QtFatalMsg) {
                // Qt aborts after this handler; the user gets one line and status 2.
                printLines(stderr, {starting.fatalLine});
                std::fflush(stderr);
                std::_Exit(2);
            }
            const QString line = qFormatLogMessage(type, context, message);
            if (starting.holding)
                starting.held.append(line);
            else
                printLines(stderr, {line});
        });
}

void holdQtMessagesWhileStarting(const QString &fatalLine)
{
    StartingPlatform &starting = startingPlatform();
    starting.holding = true;
    starting.fatalLine = fatalLine;
}

void releaseQtMessages()
{
    StartingPlatform &starting = startingPlatform();
    starting.holding = false;
    printLines(stderr, starting.held);
    starting.held.clear();
}

void printText(std::FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
}

} // namespace sharaka
