// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/open/datasetcontroller.h"

#include "core/io/datasetformat.h"
#include "core/io/datasetloader.h"
#include "core/io/datasetsource.h"
#include "core/io/filecheck.h"
#include "core/textformat.h"
#include "widgets/open/iatifileopener.h"
#include "widgets/open/problemsdialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QMenu>
#include <QMimeData>
#include <QScopedValueRollback>

namespace sharaka {

DatasetController::DatasetController(Settings *settings, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_window(window)
    , m_watcher(new QFileSystemWatcher(this))
{
    setObjectName(QStringLiteral("datasetController"));
    createActions();
    retranslateUi();
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &DatasetController::onFileChanged);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &DatasetController::onFolderChanged);
}

QString DatasetController::droppedDatasetFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    if (!url.isLocalFile() || !isDatasetFile(url.toLocalFile()))
        return {};
    return url.toLocalFile();
}

void DatasetController::createActions()
{
    m_openAction = new QAction(this);
    m_openAction->setObjectName(QStringLiteral("openDatasetAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &DatasetController::chooseFile);

    m_recentMenu = new QMenu(m_window);
    m_recentMenu->setObjectName(QStringLiteral("recentDatasetsMenu"));
    // Rebuilt on every opening, so that files deleted meanwhile show as missing.
    connect(m_recentMenu, &QMenu::aboutToShow, this, &DatasetController::rebuildRecentMenu);
    // The recent files are the settings' (one object for the application);
    // the menu follows any change to them.
    connect(m_settings, &Settings::changed, this, &DatasetController::rebuildRecentMenu);
    m_clearRecentAction = new QAction(this);
    connect(m_clearRecentAction, &QAction::triggered, this, &DatasetController::clearRecentFiles);

    m_reloadAction = new QAction(this);
    m_reloadAction->setObjectName(QStringLiteral("reloadDatasetAction"));
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setEnabled(false);
    connect(m_reloadAction, &QAction::triggered, this, &DatasetController::reload);

    m_embeddedAction = new QAction(this);
    m_embeddedAction->setObjectName(QStringLiteral("embeddedDatasetAction"));
    connect(m_embeddedAction, &QAction::triggered, this, &DatasetController::showEmbeddedData);
}

QList<QAction *> DatasetController::fileActions() const
{
    return {m_openAction, m_recentMenu->menuAction(), m_reloadAction, m_embeddedAction};
}

void DatasetController::retranslateUi()
{
    m_openAction->setText(tr("&Open Dataset…"));
    m_openAction->setStatusTip(
        tr("Show another project's dataset file (JSON) or an IATI activity file (XML)"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_clearRecentAction->setText(tr("&Clear List"));
    m_reloadAction->setText(tr("Re&load Dataset"));
    m_reloadAction->setStatusTip(tr("Read the open dataset file again"));
    m_embeddedAction->setText(tr("Show &Sharaka Data"));
    m_embeddedAction->setStatusTip(tr("Return to the Sharaka dataset built into the dashboard"));
    rebuildRecentMenu();
}

void DatasetController::chooseFile()
{
    QString folder = m_settings->datasetFolder();
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Dataset"), folder,
        tr("Dataset files (*.json *.xml);;IATI activity files (*.xml);;All files (*)"));
    if (path.isEmpty())
        return;
    m_settings->setDatasetFolder(QFileInfo(path).absolutePath());
    openFile(path);
}

bool DatasetController::openFile(const QString &path)
{
    return openFileActivity(path, {});
}

bool DatasetController::openFileActivity(const QString &path, const DatasetChoice &activity)
{
    // The window's event loop runs while a file is read, so another Open,
    // drop or Reload could arrive meanwhile; one at a time.
    if (m_opening)
        return false;
    const QScopedValueRollback<bool> opening(m_opening, true);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Any format, on a worker thread with a progress dialog and Cancel; a
    // picker first when an IATI file holds several activities. Cancelling
    // keeps what is shown.
    const std::unique_ptr<DatasetSource> source =
        DatasetSource::forFile(absolute, QFileInfo(absolute).fileName());
    const IatiFileOpener::Outcome outcome =
        IatiFileOpener::open(m_window, *source, languageForLocale(QLocale()), activity);
    if (outcome.cancelled)
        return false;
    LoadResult result = outcome.result;
    const DatasetChoice openedActivity = outcome.choice;
    if (!result.ok()) {
        // A recent entry whose file is gone only gets in the way.
        if (!QFileInfo::exists(absolute))
            m_settings->removeRecentFile(absolute);
        showProblems(absolute, result.errors + result.warnings);
        emit openFailed(absolute, result.errors);
        return false;
    }
    announce(shareDataset(std::move(*result.dataset)), absolute);
    m_currentActivity = openedActivity;
    if (!result.warnings.isEmpty())
        emit statusMessage(tr("Opened “%1”; fields unknown to this version were ignored.")
                               .arg(TextFormat::isolate(QFileInfo(absolute).fileName())));
    return true;
}

void DatasetController::openFileLater(const QString &path)
{
    QMetaObject::invokeMethod(
        this, [this, path] { openFile(path); }, Qt::QueuedConnection);
}

void DatasetController::showLoadedFile(const Dataset &dataset, const QString &path,
                                       const DatasetChoice &activity)
{
    announce(shareDataset(dataset), QFileInfo(path).absoluteFilePath());
    m_currentActivity = activity;
}

void DatasetController::announce(const DatasetPtr &dataset, const QString &absolutePath)
{
    const QString name = QFileInfo(absolutePath).fileName();
    emit datasetLoaded(dataset, name);
    m_currentFile = absolutePath;
    FileCheck::setProtectedInput(absolutePath); // no Save As in the window replaces it
    m_reloadAction->setEnabled(true);
    watch(absolutePath);
    m_settings->addRecentFile(absolutePath);
    // A file name is the user's, in any script: isolated from the sentence.
    emit statusMessage(tr("Opened “%1”").arg(TextFormat::isolate(name)));
}

void DatasetController::showEmbeddedData()
{
    LoadResult result = DatasetLoader::loadEmbedded();
    if (!result.ok()) {
        showProblems(DatasetLoader::embeddedPath(), result.errors);
        return;
    }
    emit datasetLoaded(shareDataset(std::move(*result.dataset)), QStringLiteral("Sharaka"));
    m_currentFile.clear();
    FileCheck::setProtectedInput(QString());
    m_currentActivity = {};
    m_reloadAction->setEnabled(false);
    watch(QString());
}

bool DatasetController::reload()
{
    if (m_currentFile.isEmpty())
        return false;
    return openFileActivity(m_currentFile, m_currentActivity);
}

ProblemsDialog *DatasetController::problemsDialog() const
{
    return m_problemsDialog;
}

QStringList DatasetController::recentFiles() const
{
    return m_settings->recentFiles();
}

void DatasetController::clearRecentFiles()
{
    m_settings->setRecentFiles({});
}

void DatasetController::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        const QFileInfo info(path);
        // Numbered for the keyboard; the full path in the tooltip tells
        // apart files with the same name.
        QString text = QStringLiteral("&%1 %2").arg(QString::number(i + 1), info.fileName());
        if (!info.exists())
            text = tr("%1 (missing)").arg(text);
        QAction *action = m_recentMenu->addAction(text);
        action->setToolTip(TextFormat::toolTip(QDir::toNativeSeparators(path)));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!files.isEmpty());
    m_recentMenu->setToolTipsVisible(true);
}

void DatasetController::watch(const QString &path)
{
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    if (path.isEmpty())
        return;
    m_watcher->addPath(path);
    // The folder too: a file that is deleted ends its own watch, and only the
    // folder tells when it is created again.
    m_watcher->addPath(QFileInfo(path).absolutePath());
}

void DatasetController::onFileChanged(const QString &path)
{
    if (path != m_currentFile)
        return;
    const QString name = QFileInfo(path).fileName();
    // Editors often save by replacing the file, which ends the watch; follow
    // the new file. The data on screen is in memory and stays as it is.
    if (QFileInfo::exists(path)) {
        watch(path);
        emit statusMessage(
            tr("“%1” changed on disk. Choose File ▸ Reload Dataset to show the changes.")
                .arg(TextFormat::isolate(name)));
    } else {
        emit statusMessage(tr("“%1” was moved or deleted; the data shown stays as it was loaded.")
                               .arg(TextFormat::isolate(name)));
    }
    emit fileChangedOnDisk(path);
}

void DatasetController::onFolderChanged()
{
    // Only a file that came back matters here; changes to a watched file
    // arrive through onFileChanged().
    if (m_currentFile.isEmpty() || m_watcher->files().contains(m_currentFile) ||
        !QFileInfo::exists(m_currentFile))
        return;
    onFileChanged(m_currentFile);
}

void DatasetController::showProblems(const QString &path, const QStringList &problems)
{
    if (!m_problemsDialog)
        m_problemsDialog = new ProblemsDialog(m_window);
    m_problemsDialog->setProblems(QFileInfo(path).fileName(), problems);
    // Not modal: the user can keep the list open beside the window while
    // fixing the file.
    m_problemsDialog->show();
    m_problemsDialog->raise();
    m_problemsDialog->activateWindow();
}

} // namespace sharaka
