// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/bytepreflight.h"

#include "core/io/problemlog.h"

#include <QCoreApplication>
#include <QString>

namespace sharaka {

namespace {

const QByteArray ByteOrderMark("\xEF\xBB\xBF");

/// Offset of the first byte that breaks UTF-8 (RFC 3629), or -1 when the
/// bytes are valid; the offset lets the message point at the line.
qsizetype firstInvalidUtf8Byte(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        int continuation = 0;
        unsigned minimum = 0;
        unsigned codePoint = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if ((lead & 0xE0) == 0xC0) {
            continuation = 1;
            minimum = 0x80;
            codePoint = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            continuation = 2;
            minimum = 0x800;
            codePoint = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            continuation = 3;
            minimum = 0x10000;
            codePoint = lead & 0x07;
        } else {
            return i;
        }
        if (i + continuation >= size)
            return i;
        for (int k = 1; k <= continuation; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (data[i + k] & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF ||
            (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += continuation + 1;
    }
    return -1;
}

/// Offset of the bracket that opens nesting level @p limit + 1, or -1 when
/// the text stays within it; brackets inside strings do not count. Parsers
/// of bracketed text (JSON) recurse once per level.
qsizetype tooDeepOffset(const QByteArray &bytes, int limit)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limit)
                return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return -1;
}

} // namespace

QString BytePreflight::tooLargeMessage()
{
    return QCoreApplication::translate("DatasetReader", "file is larger than %1 bytes (%2 MiB)")
        .arg(QString::number(MaxFileBytes), QString::number(MaxFileBytes >> 20));
}

QString BytePreflight::sizeMessage(qint64 size)
{
    return QCoreApplication::translate(
               "DatasetReader", "file is %1 bytes; datasets are limited to %2 bytes (%3 MiB)")
        .arg(QString::number(size), QString::number(MaxFileBytes),
             QString::number(MaxFileBytes >> 20));
}

std::pair<int, int> BytePreflight::lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    int line = 1;
    int column = 1;
    const qsizetype end = std::min(offset, bytes.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto byte = static_cast<unsigned char>(bytes.at(i));
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

std::optional<QByteArray> BytePreflight::check(const QByteArray &bytes, ProblemLog &log)
{
    if (bytes.size() > MaxFileBytes) {
        log.fileError(tooLargeMessage());
        return std::nullopt;
    }
    // Editors on Windows often start UTF-8 files with a byte-order mark; it
    // carries no data, and line and column count as the user sees them
    // without it. One mark only: a second one is text, and no format allows it.
    QByteArray text = bytes.startsWith(ByteOrderMark) ? bytes.mid(ByteOrderMark.size()) : bytes;
    if (text.startsWith(ByteOrderMark)) {
        log.textError(
            1, 1,
            QCoreApplication::translate("DatasetReader",
                                        "more than one byte-order mark at the start of the file"));
        return std::nullopt;
    }
    if (text.trimmed().isEmpty()) {
        log.fileError(QCoreApplication::translate("DatasetReader", "file is empty"));
        return std::nullopt;
    }
    const qsizetype badByte = firstInvalidUtf8Byte(text);
    if (badByte >= 0) {
        const auto [line, column] = lineAndColumn(text, badByte);
        log.textError(line, column,
                      QCoreApplication::translate("DatasetReader", "file is not valid UTF-8 text"));
        return std::nullopt;
    }
    // Only JSON reaches this point: IATI's XML is streamed (IatiActivityReader).
    const qsizetype tooDeep = tooDeepOffset(text, MaxNestingDepth);
    if (tooDeep >= 0) {
        const auto [line, column] = lineAndColumn(text, tooDeep);
        log.textError(
            line, column,
            QCoreApplication::translate("DatasetReader", "JSON is nested more than %1 levels deep")
                .arg(MaxNestingDepth));
        return std::nullopt;
    }
    return text;
}

} // namespace sharaka
