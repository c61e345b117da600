// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/open/iatifileopener.h"

#include "core/io/datasetsource.h"
#include "core/textformat.h"
#include "widgets/open/iatiactivitypicker.h"
#include "widgets/plaintextwidgets.h"

#include <QEventLoop>
#include <QLabel>
#include <QProgressDialog>
#include <QThread>

#include <atomic>
#include <memory>

namespace sharaka {

namespace {

constexpr int ProgressSteps = 1000;

/// Runs @p work (a call on @p source) on a worker thread, with a
/// window-modal progress dialog whose Cancel sets the source's cancel flag;
/// a local event loop keeps the window alive until the worker ends, which
/// is within one chunk of the file after a cancel.
template<typename Work>
auto onWorkerThread(QWidget *parent, const QString &label, DatasetSource &source,
                    std::atomic_bool &cancelled, Work work)
{
    QProgressDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("iatiProgressDialog"));
    // The label names the file or activity: text from the file, never markup.
    auto *labelWidget = new QLabel(&dialog);
    labelWidget->setTextFormat(Qt::PlainText);
    dialog.setLabel(labelWidget);
    dialog.setLabelText(label);
    dialog.setCancelButtonText(IatiFileOpener::tr("Cancel"));
    dialog.setRange(0, ProgressSteps);
    dialog.setWindowTitle(IatiFileOpener::tr("Reading IATI File"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setValue(0);

    source.setCancelFlag(&cancelled);
    // Called on the worker: the value reaches the dialog through its event queue.
    source.setProgress([&dialog](qint64 done, qint64 total) {
        const int value = total > 0 ? int(qMin(done, total) * ProgressSteps / total) : 0;
        QMetaObject::invokeMethod(
            &dialog, [&dialog, value] { dialog.setValue(value); }, Qt::QueuedConnection);
    });
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog,
                     [&cancelled] { cancelled = true; });

    decltype(work()) outcome;
    QEventLoop loop;
    std::unique_ptr<QThread> worker(QThread::create([&outcome, &work] { outcome = work(); }));
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();

    source.setProgress({});
    source.setCancelFlag(nullptr);
    return outcome;
}

} // namespace

IatiFileOpener::Outcome IatiFileOpener::open(QWidget *parent, DatasetSource &source,
                                             Language language, const DatasetChoice &choice)
{
    const QString name = source.displayName();
    Outcome outcome;
    outcome.choice = choice;
    std::atomic_bool cancelled{false};
    if (source.format() == DatasetFormat::IatiXml && choice.isEmpty()) {
        const IatiScanResult scan = onWorkerThread(
            parent, tr("Listing the activities of “%1”…").arg(TextFormat::isolate(name)), source,
            cancelled, [&source] { return source.list(); });
        if (scan.cancelled) {
            outcome.cancelled = true;
            return outcome;
        }
        if (!scan.ok()) {
            outcome.result.errors = scan.errors;
            return outcome;
        }
        if (scan.activities.size() == 1) {
            outcome.choice = {scan.activities.first().identifier, 0};
            // Read by position: its identifier may be empty.
            if (outcome.choice.identifier.isEmpty())
                outcome.choice.position = 1;
        } else {
            IatiActivityPicker picker(name, scan.activities, language, parent);
            picker.setNotes(scan.warnings);
            if (picker.exec() != QDialog::Accepted || picker.selectedChoice().isEmpty()) {
                outcome.cancelled = true;
                return outcome;
            }
            outcome.choice = picker.selectedChoice();
        }
    }
    const QString label =
        outcome.choice.identifier.isEmpty()
            ? tr("Reading “%1”…").arg(TextFormat::isolate(name))
            : tr("Reading activity “%1”…").arg(TextFormat::isolate(outcome.choice.identifier));
    outcome.result = onWorkerThread(parent, label, source, cancelled,
                                    [&source, &outcome] { return source.load(outcome.choice); });
    outcome.cancelled = cancelled;
    return outcome;
}

} // namespace sharaka
