// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/open/iatifileopener.h"

#include "core/io/iati/iatiactivityloader.h"
#include "core/textformat.h"
#include "widgets/open/iatiactivitypicker.h"
#include "widgets/plaintextwidgets.h"

#include <QFileInfo>
#include <QProgressDialog>

#include <atomic>

namespace sharaka {

namespace {

constexpr int ProgressSteps = 1000;

/// Runs @p work on @p loader with a window-modal progress dialog whose Cancel
/// stops the reading: QProgressDialog::setValue lets the window handle
/// events, so the file is read on this thread without freezing the window.
template<typename Work>
auto withProgress(QWidget *parent, const QString &label, IatiActivityLoader &loader,
                  std::atomic_bool &cancelled, Work work)
{
    // The label is made plain before it gets its text, which quotes the
    // file's name and identifier: a rich one would read <img> files at once.
    QProgressDialog dialog(parent);
    PlainTextWidgets::usePlainLabel(dialog);
    dialog.setLabelText(label);
    dialog.setCancelButtonText(IatiFileOpener::tr("Cancel"));
    dialog.setRange(0, ProgressSteps);
    dialog.setObjectName(QStringLiteral("iatiProgressDialog"));
    dialog.setWindowTitle(IatiFileOpener::tr("Reading IATI File"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    loader.setCancelFlag(&cancelled);
    loader.setProgress([&dialog, &cancelled](qint64 done, qint64 total) {
        dialog.setValue(total > 0 ? int(done * ProgressSteps / total) : 0);
        if (dialog.wasCanceled())
            cancelled = true;
    });
    auto outcome = work();
    loader.setProgress({});
    loader.setCancelFlag(nullptr);
    return outcome;
}

} // namespace

IatiFileOpener::Outcome IatiFileOpener::open(QWidget *parent, const QString &path,
                                             Language language, const QString &identifier)
{
    const QString name = QFileInfo(path).fileName();
    IatiActivityLoader loader(path, name);
    Outcome outcome;
    outcome.identifier = identifier;
    std::atomic_bool cancelled{false};
    if (identifier.isEmpty()) {
        const IatiScanResult scan =
            withProgress(parent, tr("Listing the activities of “%1”…").arg(name), loader, cancelled,
                         [&loader] { return loader.scan(); });
        if (scan.cancelled) {
            outcome.cancelled = true;
            return outcome;
        }
        if (!scan.ok()) {
            outcome.result.errors = scan.errors;
            return outcome;
        }
        if (scan.activities.size() == 1) {
            outcome.identifier = scan.activities.first().identifier;
        } else {
            IatiActivityPicker picker(name, scan.activities, language, parent);
            picker.setNotes(scan.warnings);
            if (picker.exec() != QDialog::Accepted || picker.selectedIdentifier().isEmpty()) {
                outcome.cancelled = true;
                return outcome;
            }
            outcome.identifier = picker.selectedIdentifier();
        }
    }
    outcome.result = withProgress(
        parent, tr("Reading activity “%1”…").arg(TextFormat::isolate(outcome.identifier)), loader,
        cancelled, [&loader, &outcome] { return loader.load(outcome.identifier); });
    outcome.cancelled = cancelled;
    return outcome;
}

} // namespace sharaka
