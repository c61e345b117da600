// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/pdftextlayer.h"

#include "charts/tounicodemap.h"
#include "core/io/atomicfilewriter.h"
#include "core/io/filecheck.h"

#include <QDir>
#include <QFile>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <string>

namespace sharaka {

namespace {

/// Rewrites the /ToUnicode map of every font in @p pdf; false when none changed.
bool rewriteToUnicodeMaps(QPDF &pdf)
{
    bool changed = false;
    for (QPDFObjectHandle object : pdf.getAllObjects()) {
        if (!object.isDictionary() || !object.getKey("/Type").isNameAndEquals("/Font"))
            continue;
        QPDFObjectHandle toUnicode = object.getKey("/ToUnicode");
        if (!toUnicode.isStream())
            continue;
        const std::shared_ptr<Buffer> data = toUnicode.getStreamData(qpdf_dl_generalized);
        ToUnicodeMap map;
        if (!map.read(QByteArray(reinterpret_cast<const char *>(data->getBuffer()),
                                 qsizetype(data->getSize()))) ||
            !map.makeSearchable())
            continue; // a map this code did not write is left as it is
        const QByteArray cmap = map.write();
        toUnicode.replaceStreamData(std::string(cmap.constData(), size_t(cmap.size())),
                                    QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
        changed = true;
    }
    return changed;
}

} // namespace

QByteArray PdfTextLayer::searchable(const QByteArray &pdf, QString *error)
{
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processMemoryFile("PDF", pdf.constData(), size_t(pdf.size()));
        if (!rewriteToUnicodeMaps(document))
            return pdf;
        QPDFWriter writer(document);
        writer.setOutputMemory();
        // The same drawing gives the same file, as Qt's own output does.
        writer.setDeterministicID(true);
        writer.write();
        const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(out->getBuffer()),
                          qsizetype(out->getSize()));
    } catch (const std::exception &problem) {
        if (error)
            *error = tr("Cannot make the PDF's text searchable: %1")
                         .arg(QString::fromLocal8Bit(problem.what()));
        return {};
    }
}

QString PdfTextLayer::makeFileSearchable(const QString &path)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    if (const QString problem = FileCheck::readProblem(path); !problem.isEmpty())
        return tr("Cannot write %1: %2").arg(shownPath, problem);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot write %1: %2").arg(shownPath, file.errorString());
    const QByteArray written = file.readAll();
    file.close();
    QString error;
    const QByteArray fixed = searchable(written, &error);
    if (fixed.isEmpty())
        return tr("Cannot write %1: %2").arg(shownPath, error);
    if (fixed == written)
        return {};
    return AtomicFileWriter::write(path, fixed);
}

} // namespace sharaka
