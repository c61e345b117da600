// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/pdftextlayer.h"

#include "charts/pdftextmodule.h"
#include "charts/tounicodemap.h"
#include "core/io/atomicfilewriter.h"
#include "core/io/filecheck.h"

#include <QDir>
#include <QFile>
#include <QLibrary>
#include <QMutex>

namespace sharaka {

namespace {

/// The module's path: SHARAKA_PDFTEXT_MODULE when set (tests point it at a
/// missing file), the module of this build tree when the program runs from
/// it (tests, benchmarks), else the private library folder of an installed
/// program, found relative to the program.
QString pdfTextModulePath()
{
    if (const QString overridden = qEnvironmentVariable("SHARAKA_PDFTEXT_MODULE");
        !overridden.isEmpty())
        return overridden;
    const QString programDir = QCoreApplication::applicationDirPath();
    const QString buildDir = QDir(QStringLiteral(SHARAKA_BUILD_DIR)).canonicalPath();
    if (!buildDir.isEmpty() &&
        (programDir == buildDir || programDir.startsWith(buildDir + QLatin1Char('/'))))
        return QStringLiteral(SHARAKA_PDFTEXT_BUILD_PATH);
    return QDir::cleanPath(programDir + QStringLiteral("/" SHARAKA_PDFTEXT_INSTALLED_PATH));
}

/// The module's entry point; null with @c error set when the module cannot
/// be loaded.
struct PdfTextModule
{
    SharakaPdfTextRewriteFunction rewrite = nullptr;
    QString error;
};

PdfTextModule loadPdfTextModule()
{
    PdfTextModule module;
    const QString path = pdfTextModulePath();
    const QString shownPath = QDir::toNativeSeparators(path);
    // Checked first: for a missing file, QLibrary would report its last try
    // at another name.
    if (const QString problem = FileCheck::readProblem(path); !problem.isEmpty()) {
        module.error = PdfTextLayer::tr("Cannot load %1: %2").arg(shownPath, problem);
        return module;
    }
    QLibrary library(path);
    if (!library.load()) {
        module.error = library.errorString(); // names the path and the loader's reason
        return module;
    }
    module.rewrite = reinterpret_cast<SharakaPdfTextRewriteFunction>(
        library.resolve(SHARAKA_PDFTEXT_ENTRY_POINT));
    if (!module.rewrite) {
        module.error =
            PdfTextLayer::tr("Cannot load %1: %2")
                .arg(shownPath, PdfTextLayer::tr("not the PDF text module of this version"));
    }
    return module; // stays loaded until the process ends
}

/// Loaded on the first PDF, and again on the next one after a failure (the
/// missing package may have been installed since).
PdfTextModule pdfTextModule()
{
    static QMutex mutex; // exports run in worker threads too
    static PdfTextModule loaded;
    const QMutexLocker locker(&mutex);
    if (!loaded.rewrite)
        loaded = loadPdfTextModule();
    return loaded;
}

/// What the module's callbacks fill in while it rewrites one PDF.
struct Rewriting
{
    QByteArray cmap; // the last map rewritten, read by the module
    QByteArray pdf;
    QString error;
};

int rewriteCMap(void *context, const char *cmap, size_t size, const char **out, size_t *outSize)
{
    ToUnicodeMap map;
    if (!map.read(QByteArray(cmap, qsizetype(size))) || !map.makeSearchable())
        return 0; // a map this code did not write is left as it is
    auto *rewriting = static_cast<Rewriting *>(context);
    rewriting->cmap = map.write();
    *out = rewriting->cmap.constData();
    *outSize = size_t(rewriting->cmap.size());
    return 1;
}

void receivePdf(void *context, const char *pdf, size_t size)
{
    static_cast<Rewriting *>(context)->pdf = QByteArray(pdf, qsizetype(size));
}

void receiveError(void *context, const char *message)
{
    static_cast<Rewriting *>(context)->error = QString::fromUtf8(message);
}

} // namespace

QByteArray PdfTextLayer::searchable(const QByteArray &pdf, QString *error)
{
    const PdfTextModule module = pdfTextModule();
    Rewriting rewriting;
    int result = -1;
    if (module.rewrite) {
        const SharakaPdfTextCallbacks callbacks{rewriteCMap, receivePdf, receiveError, &rewriting};
        result = module.rewrite(pdf.constData(), size_t(pdf.size()), &callbacks);
    } else {
        rewriting.error = module.error;
    }
    if (result == 0)
        return pdf;
    if (result == 1)
        return rewriting.pdf;
    if (error)
        *error = tr("Cannot make the PDF's text searchable: %1").arg(rewriting.error);
    return {};
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
