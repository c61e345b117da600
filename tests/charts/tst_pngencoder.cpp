// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/pngencoder.h"

#include <QBuffer>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QTest>
#include <QtEndian>

using namespace sharaka;

namespace {

/// What a chart looks like to an encoder: a white page, flat bars, thin
/// antialiased lines and text.
QImage chartLikeImage(QImage::Format format)
{
    QImage image(800, 450, format);
    image.fill(format == QImage::Format_RGB32 ? QColor(Qt::white) : QColor(Qt::transparent));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor bars[] = {QColor(0x1f, 0x5f, 0xa8), QColor(0xe0, 0x8a, 0x1e),
                           QColor(0x2a, 0x9d, 0x8f)};
    for (int i = 0; i < 3; ++i)
        painter.fillRect(QRect(120, 60 + i * 110, 200 + i * 150, 70), bars[i]);
    painter.setPen(QPen(QColor(0x66, 0x66, 0x66), 1.3));
    for (int x = 120; x < 780; x += 110)
        painter.drawLine(QPointF(x + 0.5, 40), QPointF(x + 0.3, 420));
    painter.setPen(Qt::black);
    painter.drawText(QRect(10, 5, 780, 30), Qt::AlignCenter,
                     QStringLiteral("Officers trained (800+)"));
    painter.drawText(QRect(10, 420, 780, 30), Qt::AlignLeft,
                     QStringLiteral("Sources: EU Neighbours South, 8 Feb 2023"));
    painter.end();
    return image;
}

/// The inflated image data of @p png: every IDAT chunk, joined.
QByteArray imageData(const QByteArray &png)
{
    QByteArray zlib;
    qsizetype at = 8; // after the signature
    while (at + 12 <= png.size()) {
        const auto length = qsizetype(qFromBigEndian<quint32>(png.constData() + at));
        if (png.mid(at + 4, 4) == "IDAT")
            zlib += png.mid(at + 8, length);
        at += 12 + length;
    }
    // qUncompress wants the size it expects first, big-endian; 8 MB is more
    // than any image here.
    QByteArray sized(4, '\0');
    qToBigEndian<quint32>(8u << 20, sized.data());
    return qUncompress(sized + zlib);
}

QImage decoded(const QByteArray &png)
{
    QImage image;
    image.loadFromData(png, "PNG");
    return image;
}

} // namespace

class tst_PngEncoder : public QObject
{
    Q_OBJECT

private slots:
    void opaqueImage_samePixelsAndTexts()
    {
        QImage image = chartLikeImage(QImage::Format_RGB32);
        image.setDotsPerMeterX(5906); // 150 dpi
        image.setDotsPerMeterY(5906);
        const QString arabic = QStringLiteral("الضباط المدرَّبون");
        const QByteArray png = PngEncoder::encode(
            image,
            {{QStringLiteral("Title"), arabic},
             {QStringLiteral("Description"), QStringLiteral("Sources\u00A0: CE, 8 févr.\n2023")},
             {QStringLiteral("Software"), QStringLiteral("Sharaka Dashboard")}});
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        const QImage back = decoded(png);
        QCOMPARE(back.size(), image.size());
        QVERIFY(!back.hasAlphaChannel());
        QCOMPARE(back.convertToFormat(QImage::Format_RGB32), image);
        QCOMPARE(back.text(QStringLiteral("Title")), arabic);
        QCOMPARE(back.text(QStringLiteral("Description")),
                 QStringLiteral("Sources : CE, 8 févr. 2023"));
        QCOMPARE(back.text(QStringLiteral("Software")), QStringLiteral("Sharaka Dashboard"));
        QCOMPARE(back.dotsPerMeterX(), 5906);
        // Not Latin-1: UTF-8 in an iTXt chunk; Latin-1: a tEXt chunk.
        QVERIFY(png.contains("iTXtTitle"));
        QVERIFY(png.contains("tEXtDescription"));
    }

    void transparentImage_keepsItsAlpha()
    {
        const QImage image = chartLikeImage(QImage::Format_ARGB32_Premultiplied);
        const QImage back = decoded(PngEncoder::encode(image));
        QVERIFY(back.hasAlphaChannel());
        QCOMPARE(back.pixelColor(2, 440).alpha(), 0);                 // the page
        QCOMPARE(back.pixelColor(200, 90), QColor(0x1f, 0x5f, 0xa8)); // a bar
        QCOMPARE(back.convertToFormat(QImage::Format_RGBA8888),
                 image.convertToFormat(QImage::Format_RGBA8888));
    }

    void rows_storedUnfiltered()
    {
        // libpng's per-row filter search, which Qt's writer leaves on, was
        // most of an export's time; a chart's flat colours need none.
        const QImage image = chartLikeImage(QImage::Format_RGB32);
        const QByteArray ours = PngEncoder::encode(image);
        // Every row starts with filter byte 0 (None).
        const QByteArray raw = imageData(ours);
        const qsizetype rowBytes = 1 + 3 * qsizetype(image.width());
        QCOMPARE(raw.size(), rowBytes * image.height());
        for (int y = 0; y < image.height(); ++y)
            QCOMPARE(int(raw.at(y * rowBytes)), 0);
    }

    void nullImage_givesNothing() { QVERIFY(PngEncoder::encode(QImage()).isEmpty()); }
};

QTEST_MAIN(tst_PngEncoder)
#include "tst_pngencoder.moc"
