// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/export/saveallcharts.h"

#include "charts/exportbatch.h"
#include "core/dashboardstate.h"
#include "core/settings.h"
#include "widgets/export/exportoptionsdialog.h"
#include "widgets/plaintextwidgets.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>

namespace sharaka {

namespace {
/// More lines would make the message box taller than the screen.
constexpr int MaxListedErrors = 8;
} // namespace

SaveAllChartsCommand::SaveAllChartsCommand(const DashboardState *state, Settings *settings,
                                           QWidget *window)
    : QObject(window)
    , m_state(state)
    , m_settings(settings)
    , m_window(window)
    , m_action(new QAction(this))
{
    m_action->setObjectName(QStringLiteral("saveAllCharts"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_action, &QAction::triggered, this, &SaveAllChartsCommand::run);
    retranslateUi();
}

void SaveAllChartsCommand::run()
{
    const QString folder = QFileDialog::getExistingDirectory(
        m_window, tr("Save All Charts Into Folder"), m_settings->defaultExportFolder());
    if (folder.isEmpty())
        return;
    m_settings->setExportFolder(folder);
    ExportOptionsDialog dialog(ExportOptionsDialog::Mode::AllCharts,
                               ExportOptionsDialog::savedFormat(*m_settings), m_settings, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(folder, saveAll(folder, dialog.format(), dialog.options(), dialog.allLanguages()));
}

SaveAllChartsCommand::Result SaveAllChartsCommand::saveAll(const QString &folder,
                                                           ExportFormat format,
                                                           const ExportOptions &options,
                                                           bool allLanguages)
{
    ExportBatch batch(*m_state->dataset(), format, options);
    batch.addAllCharts(folder,
                       allLanguages ? supportedLanguages() : QList<Language>{m_state->language()},
                       allLanguages);
    const auto count = int(batch.jobs().size());
    QProgressDialog progress(tr("Saving charts\u2026"), tr("Cancel"), 0, count, m_window);
    progress.setObjectName(QStringLiteral("saveAllProgress"));
    PlainTextWidgets::usePlainLabel(progress); // it names files after the charts' ids
    progress.setWindowTitle(tr("Save All Charts"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);

    Result result;
    batch.runAll(
        [&](qsizetype i) {
            progress.setLabelText(
                tr("Saving %1\u2026").arg(QDir::toNativeSeparators(batch.jobs().at(i).path)));
            progress.setValue(int(i)); // also processes events, so Cancel is seen
            result.cancelled = progress.wasCanceled();
            return !result.cancelled;
        },
        [&](qsizetype i, const QString &error) {
            if (error.isEmpty())
                result.written.append(batch.jobs().at(i).path);
            else if (!result.errors.contains(error))
                result.errors.append(error);
        });
    progress.setValue(count);
    return result;
}

void SaveAllChartsCommand::report(const QString &folder, const Result &result)
{
    const QString shownFolder = QDir::toNativeSeparators(folder);
    if (!result.errors.isEmpty()) {
        QStringList listed = result.errors.mid(0, MaxListedErrors);
        if (result.errors.size() > MaxListedErrors)
            listed.append(
                tr("\u2026 and %n more.", "", int(result.errors.size() - MaxListedErrors)));
        PlainTextWidgets::warning(
            m_window, tr("Cannot Save All Charts"),
            tr("%n file(s) saved in %1; these could not be saved:", "", int(result.written.size()))
                .arg(shownFolder),
            listed.join(QLatin1Char('\n')));
        return;
    }
    const QString message =
        result.cancelled
            ? tr("Cancelled: %n file(s) saved in %1", "", int(result.written.size()))
                  .arg(shownFolder)
            : tr("%n file(s) saved in %1", "", int(result.written.size())).arg(shownFolder);
    emit statusMessage(message);
}

void SaveAllChartsCommand::retranslateUi()
{
    m_action->setText(tr("Save &All Charts\u2026"));
    m_action->setStatusTip(tr(
        "Save every chart into one folder as PNG, JPEG, SVG or PDF, optionally in every language"));
}

} // namespace sharaka
