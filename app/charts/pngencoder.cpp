// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/pngencoder.h"

#include <QImage>

#include <png.h>

#include <vector>

namespace sharaka {

namespace {

void appendToArray(png_structp png, png_bytep data, png_size_t length)
{
    static_cast<QByteArray *>(png_get_io_ptr(png))
        ->append(reinterpret_cast<const char *>(data), qsizetype(length));
}

void flushNothing(png_structp) {}

/// libpng's text records point into these: they must outlive png_write_info().
struct TextStore
{
    std::vector<QByteArray> keys;
    std::vector<QByteArray> values;
    std::vector<png_text> records;
};

bool isLatin1(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0xFF)
            return false;
    }
    return true;
}

void fillTexts(const PngEncoder::TextChunks &texts, TextStore *store)
{
    store->keys.reserve(texts.size());
    store->values.reserve(texts.size());
    for (const auto &[key, text] : texts) {
        // As Qt's writer does: one line, its white space (no-break spaces
        // included) made single spaces.
        const QString value = text.simplified();
        store->keys.push_back(key.left(79).toLatin1());
        png_text record{};
        record.key = store->keys.back().data();
        if (isLatin1(value)) {
            store->values.push_back(value.toLatin1());
            record.compression = PNG_TEXT_COMPRESSION_NONE;
            record.text_length = size_t(store->values.back().size());
        } else {
            store->values.push_back(value.toUtf8());
            record.compression = PNG_ITXT_COMPRESSION_NONE;
            record.itxt_length = size_t(store->values.back().size());
            record.lang = const_cast<char *>("");
            record.lang_key = record.key;
        }
        record.text = store->values.back().data();
        store->records.push_back(record);
    }
}

/// Runs libpng over prepared data only: png_error() jumps back here with
/// longjmp, so nothing in this function may have a destructor.
bool writeRows(png_structp png, png_infop info, const QImage &image, bool alpha, TextStore *texts,
               QByteArray *out)
{
    if (setjmp(png_jmpbuf(png)))
        return false;
    png_set_write_fn(png, out, appendToArray, flushNothing);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
    png_set_IHDR(png, info, png_uint_32(image.width()), png_uint_32(image.height()), 8,
                 alpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0)
        png_set_pHYs(png, info, png_uint_32(image.dotsPerMeterX()),
                     png_uint_32(image.dotsPerMeterY()), PNG_RESOLUTION_METER);
    if (!texts->records.empty())
        png_set_text(png, info, texts->records.data(), int(texts->records.size()));
    png_write_info(png, info);
    if (!alpha) {
        // RGB32 is 0xffRRGGBB in memory order B, G, R, 0xff on little-endian.
        png_set_filler(png, 0,
                       QSysInfo::ByteOrder == QSysInfo::LittleEndian ? PNG_FILLER_AFTER
                                                                     : PNG_FILLER_BEFORE);
        if (QSysInfo::ByteOrder == QSysInfo::LittleEndian)
            png_set_bgr(png);
    }
    for (int y = 0; y < image.height(); ++y)
        png_write_row(png, image.constScanLine(y));
    png_write_end(png, info);
    return true;
}

} // namespace

QByteArray PngEncoder::encode(const QImage &image, const TextChunks &texts)
{
    if (image.isNull())
        return {};
    const bool alpha = image.hasAlphaChannel();
    // RGB32 goes as it is; anything with alpha as straight RGBA in byte order.
    const QImage rows = alpha ? image.convertToFormat(QImage::Format_RGBA8888)
                              : image.convertToFormat(QImage::Format_RGB32);
    TextStore store;
    fillTexts(texts, &store);

    QByteArray out;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    if (!png)
        return {};
    png_infop info = png_create_info_struct(png);
    const bool written = info && writeRows(png, info, rows, alpha, &store, &out);
    png_destroy_write_struct(&png, info ? &info : nullptr);
    return written ? out : QByteArray();
}

} // namespace sharaka
