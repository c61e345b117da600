// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/dataset.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QFileSystemWatcher;
class QMenu;

namespace sharaka {

class MainWindow;
class ProblemsDialog;

/// Opening datasets in the window: File ▸ Open, Open Recent, Reload, Show
/// Sharaka Data, and .json files dropped on the window. A file that fails to
/// load is reported in a ProblemsDialog and the dataset on screen stays as
/// it was; the open file is watched so that edits on disk can be reloaded.
class DatasetController final : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxRecentFiles = 10;

    /// Adds its actions to the top of @p window's File menu.
    explicit DatasetController(MainWindow *window);

    /// Loads @p path and shows it; on failure shows the problems and keeps
    /// the current dataset. Returns whether the file was opened. An IATI
    /// file of several activities asks which one to show.
    bool openFile(const QString &path);
    /// The same for activity @p activity of an IATI file (no picker); an
    /// empty @p activity asks as openFile() does.
    bool openFileActivity(const QString &path, const QString &activity);
    /// The IATI activity shown, empty for a JSON dataset.
    QString currentActivity() const { return m_currentActivity; }
    /// Shows @p dataset, already loaded from @p path (e.g. by --data);
    /// @p activity is the IATI activity it holds, read again by Reload.
    void showLoadedFile(const Dataset &dataset, const QString &path, const QString &activity = {});
    void showEmbeddedData();
    /// Reads the open file again (after it changed on disk).
    bool reload();

    /// The file shown, empty for the embedded data.
    QString currentFile() const { return m_currentFile; }
    QStringList recentFiles() const;
    void clearRecentFiles();
    /// The dialog of the last failed open, or nullptr.
    ProblemsDialog *problemsDialog() const;

    QAction *openAction() const { return m_openAction; }
    QAction *reloadAction() const { return m_reloadAction; }
    QAction *embeddedAction() const { return m_embeddedAction; }
    QMenu *recentMenu() const { return m_recentMenu; }

    /// A dropped or chosen file is taken when its name ends in .json or .xml.
    static bool isDatasetFileName(const QString &path);

signals:
    /// After a file was opened and shown.
    void fileOpened(const QString &path);
    /// After a file failed to open; the dataset on screen did not change.
    void openFailed(const QString &path, const QStringList &problems);
    /// The open file changed or disappeared on disk; the data shown is untouched.
    void fileChangedOnDisk(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void chooseFile();
    void rebuildRecentMenu();
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void watch(const QString &path);
    void onFileChanged(const QString &path);
    void showProblems(const QString &path, const QStringList &problems);
    void showStatus(const QString &message);

    MainWindow *m_window = nullptr;
    QString m_currentFile;
    QString m_currentActivity;
    QFileSystemWatcher *m_watcher = nullptr;
    QPointer<ProblemsDialog> m_problemsDialog;

    QAction *m_openAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_clearRecentAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_embeddedAction = nullptr;
};

} // namespace sharaka
