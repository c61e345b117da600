// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/terminal.h"

#include "core/textformat.h"

#include <QtGlobal>

namespace sharaka {

void printLines(std::FILE *stream, const QStringList &lines)
{
    for (const QString &line : lines)
        printText(stream, TextFormat::escapeControl(line) + QLatin1Char('\n'));
}

void escapeQtMessages()
{
    qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            printLines(stderr, {qFormatLogMessage(type, context, message)});
        });
}

void printText(std::FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
}

} // namespace sharaka
