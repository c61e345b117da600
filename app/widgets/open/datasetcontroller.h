// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/datasetptr.h"
#include "core/io/datasetchoice.h"
#include "core/settings.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QFileSystemWatcher;
class QMenu;
class QMimeData;
class QWidget;

namespace sharaka {

class ProblemsDialog;

/// Opening datasets in the window: File ▸ Open, Open Recent, Reload, Show
/// Sharaka Data, and .json files dropped on the window. A loaded dataset is
/// announced through datasetLoaded(); a file that fails to load (missing, not
/// a regular file, invalid) is reported in a ProblemsDialog and nothing is
/// announced, so the dataset on screen stays as it was. The open file is
/// watched, also across being deleted and created again, so that edits on
/// disk can be reloaded. The window places the actions and shows the status.
class DatasetController final : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxRecentFiles = Settings::MaxRecentFiles;

    /// @p window parents the dialogs and the Open Recent menu; @p settings
    /// keeps the recent files and the last folder.
    DatasetController(Settings *settings, QWidget *window);

    /// Loads @p path and announces it; on failure shows the problems and keeps
    /// the current dataset. Returns whether the file was opened.
    bool openFile(const QString &path);
    /// Opens @p path once control returns to the event loop (after a drop,
    /// so that the source application is not kept waiting).
    void openFileLater(const QString &path);
    /// The same for activity @p activity of an IATI file (no picker); an
    /// empty @p activity asks which one when the file holds several. Files
    /// are read on a worker thread: see IatiFileOpener.
    bool openFileActivity(const QString &path, const DatasetChoice &activity);
    /// The iati-identifier of the IATI activity shown, empty for a JSON dataset.
    QString currentActivity() const { return m_currentActivity.identifier; }
    /// The IATI activity shown, as Reload reads it again.
    DatasetChoice currentChoice() const { return m_currentActivity; }
    /// Shows @p dataset, already loaded from @p path (e.g. by --data);
    /// @p activity is the IATI activity it holds, read again by Reload.
    void showLoadedFile(const Dataset &dataset, const QString &path,
                        const DatasetChoice &activity = {});
    void showEmbeddedData();
    /// Reads the open file again (after it changed on disk).
    bool reload();

    /// The file shown, empty for the embedded data.
    QString currentFile() const { return m_currentFile; }
    QStringList recentFiles() const;
    void clearRecentFiles();
    /// The dialog of the last failed open, or nullptr.
    ProblemsDialog *problemsDialog() const;

    /// Open, Open Recent (as its menu action), Reload and Show Sharaka Data, in menu order.
    QList<QAction *> fileActions() const;
    QAction *openAction() const { return m_openAction; }
    QAction *reloadAction() const { return m_reloadAction; }
    QAction *embeddedAction() const { return m_embeddedAction; }
    QMenu *recentMenu() const { return m_recentMenu; }

    /// Re-sets the texts in the interface language.
    void retranslateUi();

    /// The one local dataset file among dropped URLs (isDatasetFile()), or
    /// an empty string.
    static QString droppedDatasetFile(const QMimeData *mime);

signals:
    /// A dataset was loaded; @p name is the file's name, or "Sharaka" for the embedded data.
    void datasetLoaded(const sharaka::DatasetPtr &dataset, const QString &name);
    /// A short note for the window's status bar.
    void statusMessage(const QString &message);
    /// After a file was opened and announced.
    void fileOpened(const QString &path);
    /// After a file failed to open; the dataset on screen did not change.
    void openFailed(const QString &path, const QStringList &problems);
    /// The open file changed, disappeared or reappeared on disk; the data shown is untouched.
    void fileChangedOnDisk(const QString &path);

private:
    void createActions();
    void chooseFile();
    void rebuildRecentMenu();
    void watch(const QString &path);
    void onFileChanged(const QString &path);
    void onFolderChanged();
    void showProblems(const QString &path, const QStringList &problems);
    void announce(const DatasetPtr &dataset, const QString &path);

    Settings *m_settings = nullptr;
    QWidget *m_window = nullptr;
    QString m_currentFile;
    DatasetChoice m_currentActivity;
    bool m_opening = false; ///< a file is being read: the window's event loop runs meanwhile
    QFileSystemWatcher *m_watcher = nullptr;
    QPointer<ProblemsDialog> m_problemsDialog;

    QAction *m_openAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_clearRecentAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_embeddedAction = nullptr;
};

} // namespace sharaka
