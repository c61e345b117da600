// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/export/chartexportactions.h"

#include "charts/chartexporter.h"
#include "core/io/atomicfilewriter.h"
#include "core/io/chartcsv.h"
#include "core/settings.h"
#include "widgets/export/exportoptionsdialog.h"
#include "widgets/plaintextwidgets.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>

namespace sharaka {

namespace {

/// The file dialog's filters, in the order of exportFormats().
QStringList nameFilters()
{
    return {ChartExportActions::tr("PNG image (*.png)"),
            ChartExportActions::tr("JPEG image (*.jpg *.jpeg)"),
            ChartExportActions::tr("SVG drawing (*.svg)"),
            ChartExportActions::tr("PDF document (*.pdf)")};
}

/// The save icon, looked up once per style: the lookup goes through the icon
/// theme and costs more than all the rest of a chart panel.
QIcon saveIcon(const QStyle *style)
{
    static const QStyle *cachedFor = nullptr;
    static QIcon cached;
    if (style != cachedFor) {
        cached = style->standardIcon(QStyle::SP_DialogSaveButton);
        cachedFor = style;
    }
    return cached;
}

} // namespace

ChartExportActions::ChartExportActions(const QString &chartId, Settings *settings, QWidget *parent)
    : QObject(parent)
    , m_chartId(chartId)
    , m_settings(settings)
    , m_parent(parent)
{
    m_saveAction = new QAction(this);
    m_saveAction->setObjectName(QStringLiteral("saveChartAs-") + chartId);
    m_saveAction->setIcon(saveIcon(QApplication::style()));
    m_saveAction->setShortcut(QKeySequence::Save);
    // Only while this chart has focus: each chart has its own Ctrl+S.
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_saveAction, &QAction::triggered, this, &ChartExportActions::saveChartAs);

    m_copyAction = new QAction(this);
    m_copyAction->setObjectName(QStringLiteral("copyChart-") + chartId);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, &ChartExportActions::copyChart);

    m_saveDataAction = new QAction(this);
    m_saveDataAction->setObjectName(QStringLiteral("saveChartData-") + chartId);
    connect(m_saveDataAction, &QAction::triggered, this, &ChartExportActions::saveDataAs);

    // A small button in the chart's top corner, so saving is discoverable
    // without taking a row of the panel's height.
    m_button = new QToolButton(parent);
    m_button->setObjectName(QStringLiteral("chartExportButton-") + chartId);
    m_button->setAutoRaise(true);
    m_button->setPopupMode(QToolButton::MenuButtonPopup);
    m_button->setDefaultAction(m_saveAction);
    auto *menu = new QMenu(m_button);
    menu->addAction(m_saveAction);
    menu->addAction(m_copyAction);
    menu->addAction(m_saveDataAction);
    m_button->setMenu(menu);
    m_button->setFocusPolicy(Qt::NoFocus);
    retranslateUi();
}

void ChartExportActions::setContent(const DatasetPtr &dataset, Language language)
{
    m_dataset = dataset ? dataset : emptyDataset();
    m_language = language;
}

QWidget *ChartExportActions::dialogParent() const
{
    return m_parent->window();
}

void ChartExportActions::saveChartAs()
{
    const QStringList filters = nameFilters();
    QString selectedFilter = filters.constFirst();
    const QString proposed =
        QDir(m_settings->defaultExportFolder()).filePath(m_chartId + QStringLiteral(".png"));
    QString path =
        QFileDialog::getSaveFileName(dialogParent(), tr("Save Chart As"), proposed,
                                     filters.join(QStringLiteral(";;")), &selectedFilter);
    if (path.isEmpty())
        return;
    // A name typed without a suffix takes the chosen filter's.
    const qsizetype filterIndex = std::max<qsizetype>(0, filters.indexOf(selectedFilter));
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + exportFormatSuffix(exportFormats().at(filterIndex));
    m_settings->setExportFolder(QFileInfo(path).absolutePath());

    const std::optional<ExportFormat> format = exportFormatForPath(path);
    if (!format) {
        PlainTextWidgets::warning(
            dialogParent(), tr("Cannot Save Chart"),
            tr("Cannot save %1: the format \"%2\" is not supported. Use PNG, "
               "JPEG, SVG or PDF.")
                .arg(QDir::toNativeSeparators(path), QFileInfo(path).suffix()));
        return;
    }
    ExportOptionsDialog options(ExportOptionsDialog::Mode::OneChart, *format, m_settings,
                                dialogParent());
    if (options.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = saveChartTo(path, *format, options.options());
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty())
        PlainTextWidgets::warning(dialogParent(), tr("Cannot Save Chart"), error);
}

QString ChartExportActions::saveChartTo(const QString &path, ExportFormat format,
                                        const ExportOptions &options)
{
    const ChartExporter exporter(*m_dataset);
    const QString error = exporter.saveToFile(m_chartId, m_language, format, path, options);
    if (error.isEmpty())
        emit statusMessage(tr("Chart saved as %1").arg(QDir::toNativeSeparators(path)));
    return error;
}

void ChartExportActions::saveDataAs()
{
    const QString proposed =
        QDir(m_settings->defaultExportFolder()).filePath(m_chartId + QStringLiteral(".csv"));
    QString path = QFileDialog::getSaveFileName(dialogParent(), tr("Save Chart Data As"), proposed,
                                                tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    const QString error = saveDataTo(path);
    if (!error.isEmpty())
        PlainTextWidgets::warning(dialogParent(), tr("Cannot Save Chart Data"), error);
}

QString ChartExportActions::saveDataTo(const QString &path)
{
    const QString error =
        AtomicFileWriter::write(path, ChartCsv::toCsv(*m_dataset, m_chartId, m_language));
    if (error.isEmpty())
        emit statusMessage(tr("Chart data saved as %1").arg(QDir::toNativeSeparators(path)));
    return error;
}

QMimeData *ChartExportActions::chartMimeData() const
{
    // The remembered size, on white: pasted into slides or a document, a
    // transparent bitmap often turns black.
    ExportOptions options = ExportOptionsDialog::savedOptions(*m_settings);
    options.transparentBackground = false;
    const ChartExporter exporter(*m_dataset);
    const QImage image = exporter.renderImage(m_chartId, m_language, options);
    if (image.isNull())
        return nullptr;
    auto *data = new QMimeData;
    data->setImageData(image);
    const ChartExporter::Encoded svg =
        exporter.encode(m_chartId, m_language, ExportFormat::Svg, options);
    if (svg.ok())
        data->setData(QStringLiteral("image/svg+xml"), svg.bytes);
    // Spreadsheets take the figures behind the picture.
    data->setData(QLatin1String(ChartCsv::MimeType),
                  ChartCsv::toCsv(*m_dataset, m_chartId, m_language));
    return data;
}

void ChartExportActions::copyChart()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QMimeData *data = chartMimeData();
    QApplication::restoreOverrideCursor();
    if (!data)
        return;
    QApplication::clipboard()->setMimeData(data); // the clipboard takes ownership
    emit statusMessage(tr("Chart copied as a picture, as SVG and its data as CSV"));
}

void ChartExportActions::retranslateUi()
{
    m_saveAction->setText(tr("&Save Chart As\u2026"));
    m_saveAction->setToolTip(tr("Save this chart as a PNG, JPEG, SVG or PDF file (%1)")
                                 .arg(m_saveAction->shortcut().toString(QKeySequence::NativeText)));
    m_saveAction->setStatusTip(tr("Save this chart as a picture or a PDF, laid out for the size "
                                  "you choose"));
    m_copyAction->setText(tr("&Copy Chart"));
    m_copyAction->setToolTip(tr("Copy this chart as a picture (%1)")
                                 .arg(m_copyAction->shortcut().toString(QKeySequence::NativeText)));
    m_copyAction->setStatusTip(
        tr("Copy this chart to the clipboard as a bitmap, as SVG and its data as CSV"));
    m_saveDataAction->setText(tr("Save &Data As\u2026"));
    m_saveDataAction->setToolTip(tr("Save the figures of this chart as a CSV file"));
    m_saveDataAction->setStatusTip(tr("Save the figures of this chart, with their targets, "
                                      "baselines, units and sources, as a CSV file"));
    m_button->setAccessibleName(m_saveAction->text().remove(QLatin1Char('&')));
}

} // namespace sharaka
