// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/export/exportfactsheetcommand.h"

#include "core/dashboardstate.h"
#include "core/settings.h"
#include "widgets/export/chartexportactions.h"
#include "widgets/plaintextwidgets.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>

namespace sharaka {

namespace {} // namespace

ExportFactsheetCommand::ExportFactsheetCommand(const DashboardState *state, Settings *settings,
                                               QWidget *window)
    : QObject(window)
    , m_state(state)
    , m_settings(settings)
    , m_window(window)
    , m_action(new QAction(this))
{
    m_action->setObjectName(QStringLiteral("exportFactsheet"));
    connect(m_action, &QAction::triggered, this, &ExportFactsheetCommand::run);
    retranslateUi();
}

FactsheetPaper ExportFactsheetCommand::savedPaper(const Settings &settings)
{
    return factsheetPaperFromName(settings.factsheetPaper()).value_or(FactsheetPaper::A4);
}

void ExportFactsheetCommand::run()
{
    const Language language = m_state->language();
    const QString suggested = QDir(m_settings->defaultExportFolder())
                                  .filePath(tr("factsheet-%1.pdf").arg(languageCode(language)));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Factsheet"), suggested,
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    m_settings->setExportFolder(QFileInfo(path).absolutePath());

    const QStringList papers{tr("A4 (210 × 297 mm)"), tr("Letter (8.5 × 11 in)")};
    bool accepted = false;
    const QString chosen = QInputDialog::getItem(
        m_window, tr("Export Factsheet"), tr("Paper:"), papers,
        savedPaper(*m_settings) == FactsheetPaper::Letter ? 1 : 0, false, &accepted);
    if (!accepted)
        return;
    const FactsheetPaper paper =
        chosen == papers.at(1) ? FactsheetPaper::Letter : FactsheetPaper::A4;
    m_settings->setFactsheetPaper(factsheetPaperName(paper));

    const QString error = saveTo(path, paper);
    if (!error.isEmpty()) {
        PlainTextWidgets::warning(m_window, tr("Cannot Export Factsheet"), error);
        return;
    }
    emit statusMessage(tr("Factsheet saved as %1").arg(QDir::toNativeSeparators(path)));
}

QString ExportFactsheetCommand::saveTo(const QString &path, FactsheetPaper paper)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error =
        FactsheetWriter(*m_state->dataset()).saveToFile(path, m_state->language(), paper);
    QApplication::restoreOverrideCursor();
    return error;
}

void ExportFactsheetCommand::retranslateUi()
{
    m_action->setText(tr("Export &Factsheet…"));
    m_action->setStatusTip(tr("Save a one-page factsheet of the project as PDF: key figures, "
                              "map, timeline, charts and sources"));
}

} // namespace sharaka
