// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/tounicodemap.h"

#include <algorithm>

namespace sharaka {

namespace {

/// More glyphs than any font holds: a range this long is not Qt's CMap.
constexpr quint32 MaximumEntries = 0x10000;
/// The PDF limit on entries between one begin…end pair.
constexpr int EntriesPerBlock = 100;

/// The tokens of a CMap's PostScript text: <hex>, [, ], names, numbers and
/// keywords; strings and dictionaries are skipped over as single tokens.
class CMapTokens final
{
public:
    explicit CMapTokens(const QByteArray &text)
        : m_text(text)
    {}

    bool atEnd()
    {
        skipSpace();
        return m_at >= m_text.size();
    }

    QByteArray next()
    {
        skipSpace();
        if (m_at >= m_text.size())
            return {};
        const qsizetype start = m_at;
        const char first = m_text.at(m_at);
        if (first == '[' || first == ']') {
            ++m_at;
        } else if (m_text.mid(m_at, 2) == "<<" || m_text.mid(m_at, 2) == ">>") {
            m_at += 2;
        } else if (first == '<') {
            const qsizetype end = m_text.indexOf('>', m_at);
            m_at = end < 0 ? m_text.size() : end + 1;
        } else if (first == '(') {
            skipString();
        } else {
            ++m_at;
            while (m_at < m_text.size() && !isDelimiter(m_text.at(m_at)))
                ++m_at;
        }
        return m_text.mid(start, m_at - start);
    }

private:
    static bool isSpace(char c)
    {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
    }
    static bool isDelimiter(char c)
    {
        return isSpace(c) || c == '[' || c == ']' || c == '<' || c == '>' || c == '(' || c == ')' ||
               c == '/' || c == '%' || c == '{' || c == '}';
    }

    void skipSpace()
    {
        while (m_at < m_text.size()) {
            const char c = m_text.at(m_at);
            if (c == '%') {
                while (m_at < m_text.size() && m_text.at(m_at) != '\n' && m_text.at(m_at) != '\r')
                    ++m_at;
            } else if (isSpace(c)) {
                ++m_at;
            } else {
                return;
            }
        }
    }

    void skipString()
    {
        int depth = 0;
        for (; m_at < m_text.size(); ++m_at) {
            const char c = m_text.at(m_at);
            if (c == '\\')
                ++m_at;
            else if (c == '(')
                ++depth;
            else if (c == ')' && --depth == 0) {
                ++m_at;
                return;
            }
        }
    }

    const QByteArray &m_text;
    qsizetype m_at = 0;
};

bool isHex(const QByteArray &token)
{
    return token.size() >= 2 && token.startsWith('<') && token.endsWith('>') &&
           !token.startsWith("<<");
}

QByteArray hexBytes(const QByteArray &token)
{
    return QByteArray::fromHex(token.mid(1, token.size() - 2));
}

bool readCode(const QByteArray &token, quint32 *code, int *bytes = nullptr)
{
    if (!isHex(token))
        return false;
    const QByteArray raw = hexBytes(token);
    if (raw.isEmpty() || raw.size() > 4)
        return false;
    quint32 value = 0;
    for (const char byte : raw)
        value = (value << 8) | quint8(byte);
    *code = value;
    if (bytes)
        *bytes = int(raw.size());
    return true;
}

/// A destination string: UTF-16BE, possibly with surrogate pairs.
QString readText(const QByteArray &token)
{
    const QByteArray raw = hexBytes(token);
    QString text;
    for (qsizetype i = 0; i + 1 < raw.size(); i += 2)
        text.append(QChar(char16_t((quint8(raw.at(i)) << 8) | quint8(raw.at(i + 1)))));
    return text;
}

QByteArray hexText(const QString &text)
{
    QByteArray raw;
    for (const QChar c : text) {
        raw.append(char(c.unicode() >> 8));
        raw.append(char(c.unicode() & 0xff));
    }
    return '<' + raw.toHex().toUpper() + '>';
}

QByteArray hexCode(quint32 code, int bytes)
{
    QByteArray raw;
    for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8)
        raw.append(char((code >> shift) & 0xff));
    return '<' + raw.toHex().toUpper() + '>';
}

bool isPresentationForm(char32_t c)
{
    return (c >= 0xFB00 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
}

/// Harakat (U+064B–U+065F) and the dagger alif: written or left out at the
/// writer's choice, and ignored by search.
bool isOptionalArabicMark(char32_t c)
{
    return (c >= 0x064B && c <= 0x065F) || c == 0x0670;
}

bool isRightToLeft(const QString &text)
{
    for (const QChar c : text) {
        const QChar::Direction direction = c.direction();
        if (direction == QChar::DirR || direction == QChar::DirAL)
            return true;
        if (direction == QChar::DirL)
            return false;
    }
    return false;
}

} // namespace

bool ToUnicodeMap::read(const QByteArray &cmap)
{
    m_codeSpaces.clear();
    m_texts.clear();
    CMapTokens tokens(cmap);
    bool sawMapping = false;
    while (!tokens.atEnd()) {
        const QByteArray keyword = tokens.next();
        if (keyword == "begincodespacerange") {
            for (QByteArray low = tokens.next(); low != "endcodespacerange"; low = tokens.next()) {
                const QByteArray high = tokens.next();
                quint32 code = 0;
                if (!readCode(low, &code, &m_codeBytes) || !readCode(high, &code))
                    return false;
                m_codeSpaces.append(low + ' ' + high);
            }
        } else if (keyword == "beginbfchar") {
            for (QByteArray source = tokens.next(); source != "endbfchar"; source = tokens.next()) {
                const QByteArray target = tokens.next();
                quint32 code = 0;
                if (!readCode(source, &code) || !isHex(target))
                    return false;
                m_texts.insert(code, readText(target));
            }
            sawMapping = true;
        } else if (keyword == "beginbfrange") {
            for (QByteArray low = tokens.next(); low != "endbfrange"; low = tokens.next()) {
                quint32 first = 0;
                quint32 last = 0;
                if (!readCode(low, &first) || !readCode(tokens.next(), &last) || last < first ||
                    last - first >= MaximumEntries)
                    return false;
                const QByteArray target = tokens.next();
                if (target == "[") {
                    quint32 code = first;
                    for (QByteArray item = tokens.next(); item != "]"; item = tokens.next()) {
                        if (!isHex(item) || code > last)
                            return false;
                        m_texts.insert(code++, readText(item));
                    }
                } else if (isHex(target)) {
                    // One string for the range: its last character counts up.
                    QString text = readText(target);
                    if (text.isEmpty())
                        return false;
                    for (quint32 code = first; code <= last; ++code) {
                        m_texts.insert(code, text);
                        text.back() = QChar(char16_t(text.back().unicode() + 1));
                    }
                } else {
                    return false;
                }
                if (m_texts.size() > qsizetype(MaximumEntries))
                    return false;
            }
            sawMapping = true;
        } else if (keyword.isEmpty()) {
            return false;
        }
    }
    return sawMapping && !m_codeSpaces.isEmpty();
}

QByteArray ToUnicodeMap::write() const
{
    QByteArray out = "/CIDInit /ProcSet findresource begin\n"
                     "12 dict begin\n"
                     "begincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n"
                     "/CMapType 2 def\n";
    out += QByteArray::number(m_codeSpaces.size()) + " begincodespacerange\n";
    for (const QByteArray &line : m_codeSpaces)
        out += line + '\n';
    out += "endcodespacerange\n";
    for (auto it = m_texts.cbegin(); it != m_texts.cend();) {
        const int count =
            int(std::min<qsizetype>(EntriesPerBlock, std::distance(it, m_texts.cend())));
        out += QByteArray::number(count) + " beginbfchar\n";
        for (int i = 0; i < count; ++i, ++it)
            out += hexCode(it.key(), m_codeBytes) + ' ' + hexText(it.value()) + '\n';
        out += "endbfchar\n";
    }
    out += "endcmap\n"
           "CMapName currentdict /CMap defineresource pop\n"
           "end\n"
           "end\n";
    return out;
}

QString ToUnicodeMap::searchableText(const QString &glyphText)
{
    QString letters;
    bool ligature = false;
    for (const char32_t c : glyphText.toUcs4()) {
        const QString one = QString::fromUcs4(&c, 1);
        if (!isPresentationForm(c)) {
            letters += one;
            continue;
        }
        const QString decomposed = one.normalized(QString::NormalizationForm_KC);
        ligature |= decomposed.size() > 1;
        letters += decomposed;
    }
    QString text;
    for (const char32_t c : letters.toUcs4()) {
        if (!isOptionalArabicMark(c))
            text += QString::fromUcs4(&c, 1);
    }
    // An isolated mark's presentation form is a space and the mark: no letter at all.
    if (text.trimmed().isEmpty() && !glyphText.trimmed().isEmpty())
        return {};
    // Only a ligature's letters are turned: what Qt mapped to several
    // characters itself, or a map already rewritten, stays as it is.
    if (ligature && text.size() > 1 && isRightToLeft(text))
        std::reverse(text.begin(), text.end());
    return text;
}

bool ToUnicodeMap::makeSearchable()
{
    bool changed = false;
    for (QString &text : m_texts) {
        const QString searchable = searchableText(text);
        if (searchable != text) {
            text = searchable;
            changed = true;
        }
    }
    return changed;
}

} // namespace sharaka
