// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/datasetformat.h"

#include "core/io/filecheck.h"

#include <QFile>

namespace sharaka {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// The first character from @p start that is not white space, read as ASCII
/// from units of @p step bytes (2 for UTF-16, whose other byte must be zero;
/// @p asciiAt says which byte holds the character); 0 when there is none.
char firstCharacter(const QByteArray &text, qsizetype start, int step, int asciiAt)
{
    for (qsizetype i = start; i + step - 1 < text.size(); i += step) {
        if (step == 2 && text.at(i + 1 - asciiAt) != '\0')
            return 0;
        const char c = text.at(i + asciiAt);
        if (!isSpace(c))
            return c;
    }
    return 0;
}

} // namespace

DatasetFormat detectFormat(const QByteArray &head)
{
    // QXmlStreamReader decodes UTF-8 and UTF-16 by itself (XML 1.0 §4.3.3 and
    // appendix F); JSON files must be UTF-8, which BytePreflight checks.
    char first = 0;
    if (head.startsWith("\xEF\xBB\xBF"))
        first = firstCharacter(head, 3, 1, 0);
    else if (head.startsWith("\xFF\xFE"))
        first = firstCharacter(head, 2, 2, 0); // UTF-16 little-endian
    else if (head.startsWith("\xFE\xFF"))
        first = firstCharacter(head, 2, 2, 1); // UTF-16 big-endian
    else if (head.size() >= 2 && head.at(0) == '<' && head.at(1) == '\0')
        first = '<';
    else if (head.size() >= 2 && head.at(0) == '\0' && head.at(1) == '<')
        first = '<';
    else
        first = firstCharacter(head, 0, 1, 0);
    return first == '<' ? DatasetFormat::IatiXml : DatasetFormat::Json;
}

DatasetFormat detectFileFormat(const QString &path)
{
    // Checked before open(): opening a FIFO would block until someone writes.
    if (!FileCheck::readProblem(path).isEmpty())
        return DatasetFormat::Json;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return DatasetFormat::Json;
    return detectFormat(file.read(FormatHeadBytes));
}

bool isDatasetFile(const QString &path)
{
    if (!FileCheck::isReadableRegularFile(path))
        return false;
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ||
           path.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive) ||
           detectFileFormat(path) == DatasetFormat::IatiXml;
}

} // namespace sharaka
