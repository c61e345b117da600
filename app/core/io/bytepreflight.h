// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>

#include <optional>
#include <utility>

namespace sharaka {

class ProblemLog;

/// The checks on raw bytes that every dataset file passes before a format
/// reader parses it, whatever its format: a size cap, at most one UTF-8
/// byte-order mark, valid UTF-8, and bounded nesting, so that no reader can
/// be made to exhaust memory or the stack.
class BytePreflight
{
public:
    static constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;
    static constexpr int MaxNestingDepth = 32;

    /// The text to parse (without its byte-order mark), or nothing when the
    /// bytes fail a check, which is reported to @p log.
    static std::optional<QByteArray> check(const QByteArray &bytes, ProblemLog &log);

    /// "file is larger than 16777216 bytes (16 MiB)", for readers of devices
    /// that stop at the cap.
    static QString tooLargeMessage();
    /// "file is N bytes; datasets are limited to 16777216 bytes (16 MiB)".
    static QString sizeMessage(qint64 size);

    /// Line and column (both from 1) of a byte offset, counting UTF-8 code points.
    static std::pair<int, int> lineAndColumn(const QByteArray &bytes, qsizetype offset);
};

} // namespace sharaka
