// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/chartexportactions.h"

#include "charts/chartexporter.h"
#include "core/chartcsv.h"
#include "widgets/chartpanel.h"
#include "widgets/exportoptionsdialog.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QToolButton>

namespace sharaka {

namespace {

const QString LastFolderKey = QStringLiteral("export/lastFolder");
constexpr int StatusTimeoutMs = 6000;

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

ChartExportActions::ChartExportActions(ChartPanel *panel)
    : QObject(panel)
    , m_panel(panel)
{
    QChartView *view = panel->view();
    m_saveAction = new QAction(this);
    m_saveAction->setObjectName(QStringLiteral("saveChartAs-") + panel->chartId());
    m_saveAction->setIcon(saveIcon(panel->style()));
    m_saveAction->setShortcut(QKeySequence::Save);
    // Only while this chart has focus: each chart has its own Ctrl+S.
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_saveAction, &QAction::triggered, this, &ChartExportActions::saveChartAs);

    m_copyAction = new QAction(this);
    m_copyAction->setObjectName(QStringLiteral("copyChart-") + panel->chartId());
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, &ChartExportActions::copyChart);

    m_saveDataAction = new QAction(this);
    m_saveDataAction->setObjectName(QStringLiteral("saveChartData-") + panel->chartId());
    connect(m_saveDataAction, &QAction::triggered, this, &ChartExportActions::saveDataAs);

    view->addAction(m_saveAction);
    view->addAction(m_copyAction);
    view->addAction(m_saveDataAction);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);

    // A small button in the chart's top corner, so saving is discoverable
    // without taking a row of the panel's height.
    m_button = new QToolButton(panel);
    m_button->setObjectName(QStringLiteral("chartExportButton-") + panel->chartId());
    m_button->setAutoRaise(true);
    m_button->setPopupMode(QToolButton::MenuButtonPopup);
    m_button->setDefaultAction(m_saveAction);
    auto *menu = new QMenu(m_button);
    menu->addAction(m_saveAction);
    menu->addAction(m_copyAction);
    menu->addAction(m_saveDataAction);
    m_button->setMenu(menu);
    m_button->setFocusPolicy(Qt::NoFocus);

    panel->addCornerButton(m_button);
    panel->installEventFilter(this);
    retranslate();
}

QString ChartExportActions::lastFolder()
{
    QSettings settings;
    const QString saved = settings.value(LastFolderKey).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return QFileInfo(pictures).isDir() ? pictures : QDir::homePath();
}

void ChartExportActions::setLastFolder(const QString &folder)
{
    QSettings settings;
    settings.setValue(LastFolderKey, folder);
}

void ChartExportActions::saveChartAs()
{
    const QStringList filters = nameFilters();
    QString selectedFilter = filters.constFirst();
    const QString proposed =
        QDir(lastFolder()).filePath(m_panel->chartId() + QStringLiteral(".png"));
    QString path =
        QFileDialog::getSaveFileName(m_panel->window(), tr("Save Chart As"), proposed,
                                     filters.join(QStringLiteral(";;")), &selectedFilter);
    if (path.isEmpty())
        return;
    // A name typed without a suffix takes the chosen filter's.
    const qsizetype filterIndex = std::max<qsizetype>(0, filters.indexOf(selectedFilter));
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + exportFormatSuffix(exportFormats().at(filterIndex));
    setLastFolder(QFileInfo(path).absolutePath());

    const std::optional<ExportFormat> format = exportFormatForPath(path);
    if (!format) {
        QMessageBox::warning(m_panel->window(), tr("Cannot Save Chart"),
                             tr("Cannot save %1: the format \"%2\" is not supported. Use PNG, "
                                "JPEG, SVG or PDF.")
                                 .arg(QDir::toNativeSeparators(path), QFileInfo(path).suffix()));
        return;
    }
    ExportOptionsDialog options(ExportOptionsDialog::Mode::OneChart, *format, m_panel->window());
    if (options.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = saveChartTo(path, *format, options.options());
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty())
        QMessageBox::warning(m_panel->window(), tr("Cannot Save Chart"), error);
}

QString ChartExportActions::saveChartTo(const QString &path, ExportFormat format,
                                        const ExportOptions &options)
{
    const ChartExporter exporter(m_panel->dataset());
    const QString error =
        exporter.saveToFile(m_panel->chartId(), m_panel->language(), format, path, options);
    if (error.isEmpty())
        showStatus(tr("Chart saved as %1").arg(QDir::toNativeSeparators(path)));
    return error;
}

void ChartExportActions::saveDataAs()
{
    const QString proposed =
        QDir(lastFolder()).filePath(m_panel->chartId() + QStringLiteral(".csv"));
    QString path = QFileDialog::getSaveFileName(m_panel->window(), tr("Save Chart Data As"),
                                                proposed, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    setLastFolder(QFileInfo(path).absolutePath());
    const QString error = saveDataTo(path);
    if (!error.isEmpty())
        QMessageBox::warning(m_panel->window(), tr("Cannot Save Chart Data"), error);
}

QString ChartExportActions::saveDataTo(const QString &path)
{
    const QString error = ChartExporter::writeAtomically(
        path, ChartCsv::toCsv(m_panel->dataset(), m_panel->chartId(), m_panel->language()));
    if (error.isEmpty())
        showStatus(tr("Chart data saved as %1").arg(QDir::toNativeSeparators(path)));
    return error;
}

QMimeData *ChartExportActions::chartMimeData() const
{
    // The remembered size, on white: pasted into slides or a document, a
    // transparent bitmap often turns black.
    ExportOptions options = ExportOptionsDialog::savedOptions();
    options.transparentBackground = false;
    const ChartExporter exporter(m_panel->dataset());
    const QImage image = exporter.renderImage(m_panel->chartId(), m_panel->language(), options);
    if (image.isNull())
        return nullptr;
    auto *data = new QMimeData;
    data->setImageData(image);
    const ChartExporter::Encoded svg =
        exporter.encode(m_panel->chartId(), m_panel->language(), ExportFormat::Svg, options);
    if (svg.ok())
        data->setData(QStringLiteral("image/svg+xml"), svg.bytes);
    // Spreadsheets take the figures behind the picture.
    data->setData(QLatin1String(ChartCsv::MimeType),
                  ChartCsv::toCsv(m_panel->dataset(), m_panel->chartId(), m_panel->language()));
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
    showStatus(tr("Chart copied as a picture, as SVG and its data as CSV"));
}

void ChartExportActions::showStatus(const QString &message)
{
    if (auto *window = qobject_cast<QMainWindow *>(m_panel->window()))
        window->statusBar()->showMessage(message, StatusTimeoutMs);
}

void ChartExportActions::retranslate()
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
    m_saveDataAction->setText(tr("Save &Data As…"));
    m_saveDataAction->setToolTip(tr("Save the figures of this chart as a CSV file"));
    m_saveDataAction->setStatusTip(tr("Save the figures of this chart, with their targets, "
                                      "baselines, units and sources, as a CSV file"));
    m_button->setAccessibleName(m_saveAction->text().remove(QLatin1Char('&')));
}

bool ChartExportActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_panel && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace sharaka
