// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/export/printcontroller.h"

#include "charts/indicatorchart.h"
#include "charts/pdftextlayer.h"
#include "core/dashboardstate.h"
#include "factsheet/factsheetwriter.h"
#include "widgets/export/exportfactsheetcommand.h"
#include "widgets/panels/chartpanel.h"
#include "widgets/plaintextwidgets.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace sharaka {

PrintController::PrintController(const DashboardState *state, const Settings *settings,
                                 QWidget *window)
    : QObject(window)
    , m_state(state)
    , m_settings(settings)
    , m_window(window)
{
    setObjectName(QStringLiteral("printController"));
    auto makeAction = [this](const QString &name, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_printAction = makeAction(QStringLiteral("printAction"), [this] { print(true); });
    m_printAction->setShortcut(QKeySequence::Print);
    m_previewAction = makeAction(QStringLiteral("printPreviewAction"), [this] { preview(true); });
    // No standard key exists for print preview; Ctrl+Shift+P is the common choice.
    m_previewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_printChartAction = makeAction(QStringLiteral("printChartAction"), [this] { print(false); });
    m_previewChartAction =
        makeAction(QStringLiteral("printChartPreviewAction"), [this] { preview(false); });
    m_printFactsheetAction =
        makeAction(QStringLiteral("printFactsheetAction"), [this] { printFactsheet(false); });
    m_previewFactsheetAction =
        makeAction(QStringLiteral("printFactsheetPreviewAction"), [this] { printFactsheet(true); });

    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        for (QWidget *widget = now; widget; widget = widget->parentWidget()) {
            if (auto *panel = qobject_cast<ChartPanel *>(widget)) {
                m_lastChart = panel;
                return;
            }
        }
    });
    retranslateUi();
}

QList<QAction *> PrintController::actions() const
{
    return {m_printAction,        m_previewAction,        m_printChartAction,
            m_previewChartAction, m_printFactsheetAction, m_previewFactsheetAction};
}

QList<ChartPanel *> PrintController::chartPanels() const
{
    return m_window->findChildren<ChartPanel *>();
}

ChartPanel *PrintController::currentChartPanel() const
{
    const QList<ChartPanel *> panels = chartPanels();
    for (QWidget *widget = QApplication::focusWidget(); widget; widget = widget->parentWidget()) {
        if (auto *panel = qobject_cast<ChartPanel *>(widget); panel && panels.contains(panel))
            return panel;
    }
    if (m_lastChart && panels.contains(m_lastChart.data()))
        return m_lastChart;
    return panels.isEmpty() ? nullptr : panels.constFirst();
}

PrintRequest PrintController::request(bool wholeDashboard) const
{
    PrintRequest request;
    request.dataset = m_state->dataset();
    request.language = m_state->language();
    if (!wholeDashboard) {
        if (ChartPanel *panel = currentChartPanel())
            request.chartId = panel->chartId();
    }
    return request;
}

namespace {

/// Print to file writes a PDF through Qt like every export does: its text
/// layer gets the same rewrite. Empty on success or when no file was written.
QString finishPrintedFile(const QPrinter &printer)
{
    if (printer.outputFormat() != QPrinter::PdfFormat || printer.outputFileName().isEmpty())
        return {};
    return PdfTextLayer::makeFileSearchable(printer.outputFileName());
}

} // namespace

void PrintController::paintOn(QPrinter *printer, bool wholeDashboard)
{
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    bool printed = printPage(printer, request(wholeDashboard), &error);
    if (printed) {
        error = finishPrintedFile(*printer);
        printed = error.isEmpty();
    }
    QApplication::restoreOverrideCursor();
    if (!printed)
        PlainTextWidgets::warning(m_window, tr("Print"), error);
}

void PrintController::print(bool wholeDashboard)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(wholeDashboard ? tr("Sharaka Dashboard") : tr("Sharaka chart"));
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(wholeDashboard ? tr("Print Dashboard") : tr("Print Chart"));
    if (dialog.exec() == QDialog::Accepted)
        paintOn(&printer, wholeDashboard);
}

void PrintController::preview(bool wholeDashboard)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(wholeDashboard ? tr("Print Preview: Dashboard")
                                         : tr("Print Preview: Chart"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this, wholeDashboard](QPrinter *target) { paintOn(target, wholeDashboard); });
    dialog.exec();
}

void PrintController::paintFactsheetOn(QPrinter *printer)
{
    // The factsheet is laid out at the charts' resolution, in portrait.
    printer->setResolution(FactsheetWriter::LayoutDpi);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const int pages = FactsheetWriter(*m_state->dataset()).paint(*printer, m_state->language());
    const QString error = pages == 0 ? QString() : finishPrintedFile(*printer);
    QApplication::restoreOverrideCursor();
    if (pages == 0)
        PlainTextWidgets::warning(
            m_window, tr("Print"),
            tr("The printer “%1” could not be opened.").arg(printer->printerName()));
    else if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Print"), error);
}

void PrintController::printFactsheet(bool preview)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(factsheetPageSize(ExportFactsheetCommand::savedPaper(*m_settings)));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setDocName(tr("Sharaka factsheet"));
    if (preview) {
        QPrintPreviewDialog dialog(&printer, m_window);
        dialog.setWindowTitle(tr("Print Preview: Factsheet"));
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
                &PrintController::paintFactsheetOn);
        dialog.exec();
        return;
    }
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Factsheet"));
    if (dialog.exec() == QDialog::Accepted)
        paintFactsheetOn(&printer);
}

void PrintController::retranslateUi()
{
    m_printAction->setText(tr("&Print Dashboard…"));
    m_printAction->setStatusTip(tr("Print the whole dashboard on one page"));
    m_previewAction->setText(tr("Print Pre&view…"));
    m_previewAction->setStatusTip(tr("Show how the dashboard will look on paper"));
    m_printChartAction->setText(tr("Print C&hart…"));
    m_printChartAction->setStatusTip(
        tr("Print the chart that has keyboard focus (or the first chart) on one page"));
    m_previewChartAction->setText(tr("Chart Print Previe&w…"));
    m_previewChartAction->setStatusTip(tr("Show how the chart will look on paper"));
    m_printFactsheetAction->setText(tr("Print Fac&tsheet…"));
    m_printFactsheetAction->setStatusTip(
        tr("Print the factsheet: key figures, map, timeline, charts and sources on one page"));
    m_previewFactsheetAction->setText(tr("Factsheet Print Pr&eview…"));
    m_previewFactsheetAction->setStatusTip(tr("Show how the factsheet will look on paper"));
}

} // namespace sharaka
