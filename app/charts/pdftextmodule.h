// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The C interface of the sharaka_pdftext module (pdftext/qpdfrewriter.cpp),
// which PdfTextLayer opens with QLibrary the first time a PDF is written.
// qpdf and what it links (GnuTLS, p11-kit...) stay out of the process
// until then: a window that writes no PDF never maps them. The interface is
// plain C so that nothing of qpdf or of the C++ runtime's exceptions
// crosses it; the rewriting of each map stays in ToUnicodeMap.

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// What the module calls back while it rewrites one PDF. @c context is
/// passed back to every function.
typedef struct SharakaPdfTextCallbacks
{
    /// Rewrites one font's /ToUnicode CMap: returns 1 and sets *out and
    /// *outSize (memory owned by the caller, valid until the next call) to
    /// the new map, or 0 to leave the map as it is.
    int (*rewriteCMap)(void *context, const char *cmap, size_t size, const char **out,
                       size_t *outSize);
    /// Receives the rewritten PDF, once, when some map changed.
    void (*receivePdf)(void *context, const char *pdf, size_t size);
    /// Receives why the PDF could not be read or written (UTF-8).
    void (*receiveError)(void *context, const char *message);
    void *context;
} SharakaPdfTextCallbacks;

/// Returns 1 when some map changed (receivePdf was called), 0 when none did,
/// -1 on an error (receiveError was called).
typedef int (*SharakaPdfTextRewriteFunction)(const char *pdf, size_t size,
                                             const SharakaPdfTextCallbacks *callbacks);

/// The exported entry point; its name carries the interface's version, so a
/// module left from an older build is refused, not called.
#define SHARAKA_PDFTEXT_ENTRY_POINT "sharaka_pdftext_rewrite_tounicode_v1"

#ifdef __cplusplus
}
#endif
