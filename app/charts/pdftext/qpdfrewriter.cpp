// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The sharaka_pdftext module: qpdf reads a PDF Qt wrote, hands each font's
// /ToUnicode map to the caller's rewriteCMap and writes the PDF back. Loaded
// by PdfTextLayer only when a PDF is written (pdftextmodule.h says why).

#include "charts/pdftextmodule.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <memory>
#include <string>

namespace {

/// Passes the /ToUnicode map of every font in @p pdf through the caller;
/// false when none changed.
bool rewriteToUnicodeMaps(QPDF &pdf, const SharakaPdfTextCallbacks &callbacks)
{
    bool changed = false;
    for (QPDFObjectHandle object : pdf.getAllObjects()) {
        if (!object.isDictionary() || !object.getKey("/Type").isNameAndEquals("/Font"))
            continue;
        QPDFObjectHandle toUnicode = object.getKey("/ToUnicode");
        if (!toUnicode.isStream())
            continue;
        const std::shared_ptr<Buffer> data = toUnicode.getStreamData(qpdf_dl_generalized);
        const char *cmap = nullptr;
        size_t cmapSize = 0;
        if (!callbacks.rewriteCMap(callbacks.context,
                                   reinterpret_cast<const char *>(data->getBuffer()),
                                   data->getSize(), &cmap, &cmapSize))
            continue; // a map the caller did not write is left as it is
        toUnicode.replaceStreamData(std::string(cmap, cmapSize), QPDFObjectHandle::newNull(),
                                    QPDFObjectHandle::newNull());
        changed = true;
    }
    return changed;
}

} // namespace

extern "C" __attribute__((visibility("default"))) int
sharaka_pdftext_rewrite_tounicode_v1(const char *pdf, size_t size,
                                     const SharakaPdfTextCallbacks *callbacks)
{
    // No exception may leave through the C interface.
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processMemoryFile("PDF", pdf, size);
        if (!rewriteToUnicodeMaps(document, *callbacks))
            return 0;
        QPDFWriter writer(document);
        writer.setOutputMemory();
        // The same drawing gives the same file, as Qt's own output does.
        writer.setDeterministicID(true);
        writer.write();
        const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
        callbacks->receivePdf(callbacks->context, reinterpret_cast<const char *>(out->getBuffer()),
                              out->getSize());
        return 1;
    } catch (const std::exception &problem) {
        callbacks->receiveError(callbacks->context, problem.what());
    } catch (...) {
        callbacks->receiveError(callbacks->context, "unknown error");
    }
    return -1;
}
