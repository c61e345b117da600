// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/language.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

namespace sharaka {

/// Everything the dashboard remembers between sessions, as typed values.
/// The application owns one object (main() creates and loads it) and passes
/// it to whoever remembers something, so every part sees the same values.
/// The settings file is user-writable and may be damaged or crafted: load()
/// keeps only values of the right type and within limits (the recent-files
/// list is cut to MaxRecentFiles when read). A setter that changes a value
/// saves at once, so a crash loses nothing, and emits changed().
class Settings final : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxRecentFiles = 10;

    /// Holds the defaults until load().
    explicit Settings(QObject *parent = nullptr);

    /// Reads every value from the settings file.
    void load();
    /// Writes every value to the settings file.
    void save() const;

    /// The interface language chosen in the window; nullopt when none (or an unknown one) is saved.
    std::optional<Language> language() const { return m_language; }
    void setLanguage(Language language);

    QByteArray windowGeometry() const { return m_windowGeometry; }
    QByteArray windowState() const { return m_windowState; }
    QByteArray splitterState() const { return m_splitterState; }
    /// The window's geometry, toolbar/dock state and main splitter, saved together on close.
    void setWindowLayout(const QByteArray &geometry, const QByteArray &state,
                         const QByteArray &splitter);

    /// Most recent first, at most MaxRecentFiles, no duplicates or empty names.
    QStringList recentFiles() const { return m_recentFiles; }
    void setRecentFiles(const QStringList &files);
    /// Puts @p path first, dropping the oldest beyond MaxRecentFiles.
    void addRecentFile(const QString &path);
    /// Returns whether @p path was in the list.
    bool removeRecentFile(const QString &path);

    /// Where File ▸ Open Dataset starts; empty when not saved.
    QString datasetFolder() const { return m_datasetFolder; }
    void setDatasetFolder(const QString &folder);
    /// Where the last chart was saved; empty when not saved.
    QString exportFolder() const { return m_exportFolder; }
    void setExportFolder(const QString &folder);
    /// Where the next export starts: exportFolder() while it is a folder,
    /// else the user's pictures folder, else the home folder.
    QString defaultExportFolder() const;
    /// The export dialog's last choices: size as "WIDTHxHEIGHT", a transparent
    /// background, the file suffix of Save All Charts' format, every language.
    QString exportSize() const { return m_exportSize; }
    void setExportSize(const QString &size);
    bool exportTransparent() const { return m_exportTransparent; }
    void setExportTransparent(bool transparent);
    QString exportFormat() const { return m_exportFormat; }
    void setExportFormat(const QString &suffix);
    bool exportAllLanguages() const { return m_exportAllLanguages; }
    void setExportAllLanguages(bool allLanguages);

    /// The factsheet's paper by name ("a4", "letter"); empty until one is chosen.
    QString factsheetPaper() const { return m_factsheetPaper; }
    void setFactsheetPaper(const QString &paper);

signals:
    /// A value changed (and was saved).
    void changed();

private:
    /// Sets @p member to @p value; when that changes it, saves and emits changed().
    template<typename T>
    void assign(T &member, const T &value);
    void commit();

    std::optional<Language> m_language;
    QByteArray m_windowGeometry;
    QByteArray m_windowState;
    QByteArray m_splitterState;
    QStringList m_recentFiles;
    QString m_datasetFolder;
    QString m_exportFolder;
    QString m_exportSize;
    bool m_exportTransparent = false;
    QString m_exportFormat;
    bool m_exportAllLanguages = false;
    QString m_factsheetPaper;
};

} // namespace sharaka
