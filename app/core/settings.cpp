// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace sharaka {

namespace {

const QString LanguageKey = QStringLiteral("interface/language");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString SplitterKey = QStringLiteral("window/splitter");
const QString RecentFilesKey = QStringLiteral("datasets/recentFiles");
const QString DatasetFolderKey = QStringLiteral("datasets/lastFolder");
const QString ExportFolderKey = QStringLiteral("export/lastFolder");
const QString ExportSizeKey = QStringLiteral("export/size");
const QString ExportTransparentKey = QStringLiteral("export/transparentBackground");
const QString ExportFormatKey = QStringLiteral("export/format");
const QString ExportAllLanguagesKey = QStringLiteral("export/allLanguages");
const QString FactsheetPaperKey = QStringLiteral("factsheet/paper");

/// At most Settings::MaxRecentFiles names, each once, none empty.
QStringList cleanRecentFiles(const QStringList &files)
{
    QStringList clean;
    for (const QString &file : files) {
        if (clean.size() == Settings::MaxRecentFiles)
            break;
        if (!file.isEmpty() && !clean.contains(file))
            clean.append(file);
    }
    return clean;
}

/// The value at @p key when it has type @p T, else a default one: a crafted
/// file cannot turn a list into a string or a byte array into a number.
template<typename T>
T typedValue(const QSettings &settings, const QString &key)
{
    const QVariant value = settings.value(key);
    return value.canConvert<T>() ? value.value<T>() : T();
}

} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
{}

void Settings::load()
{
    const QSettings settings;
    m_language = languageFromCode(typedValue<QString>(settings, LanguageKey));
    m_windowGeometry = typedValue<QByteArray>(settings, GeometryKey);
    m_windowState = typedValue<QByteArray>(settings, StateKey);
    m_splitterState = typedValue<QByteArray>(settings, SplitterKey);
    m_recentFiles = cleanRecentFiles(typedValue<QStringList>(settings, RecentFilesKey));
    m_datasetFolder = typedValue<QString>(settings, DatasetFolderKey);
    m_exportFolder = typedValue<QString>(settings, ExportFolderKey);
    m_exportSize = typedValue<QString>(settings, ExportSizeKey);
    m_exportTransparent = typedValue<bool>(settings, ExportTransparentKey);
    m_exportFormat = typedValue<QString>(settings, ExportFormatKey);
    m_exportAllLanguages = typedValue<bool>(settings, ExportAllLanguagesKey);
    m_factsheetPaper = typedValue<QString>(settings, FactsheetPaperKey);
}

void Settings::save() const
{
    QSettings settings;
    const auto setOrRemove = [&settings](const QString &key, const QVariant &value, bool unset) {
        if (unset)
            settings.remove(key);
        else
            settings.setValue(key, value);
    };
    setOrRemove(LanguageKey, m_language ? languageCode(*m_language) : QString(), !m_language);
    settings.setValue(GeometryKey, m_windowGeometry);
    settings.setValue(StateKey, m_windowState);
    settings.setValue(SplitterKey, m_splitterState);
    setOrRemove(RecentFilesKey, m_recentFiles, m_recentFiles.isEmpty());
    setOrRemove(DatasetFolderKey, m_datasetFolder, m_datasetFolder.isEmpty());
    setOrRemove(ExportFolderKey, m_exportFolder, m_exportFolder.isEmpty());
    settings.setValue(ExportSizeKey, m_exportSize);
    settings.setValue(ExportTransparentKey, m_exportTransparent);
    settings.setValue(ExportFormatKey, m_exportFormat);
    settings.setValue(ExportAllLanguagesKey, m_exportAllLanguages);
    settings.setValue(FactsheetPaperKey, m_factsheetPaper);
}

void Settings::commit()
{
    save();
    emit changed();
}

template<typename T>
void Settings::assign(T &member, const T &value)
{
    if (member == value)
        return;
    member = value;
    commit();
}

void Settings::setLanguage(Language language)
{
    assign(m_language, std::optional<Language>(language));
}

void Settings::setWindowLayout(const QByteArray &geometry, const QByteArray &state,
                               const QByteArray &splitter)
{
    if (geometry == m_windowGeometry && state == m_windowState && splitter == m_splitterState)
        return;
    m_windowGeometry = geometry;
    m_windowState = state;
    m_splitterState = splitter;
    commit();
}

void Settings::setRecentFiles(const QStringList &files)
{
    assign(m_recentFiles, cleanRecentFiles(files));
}

void Settings::addRecentFile(const QString &path)
{
    QStringList files = m_recentFiles;
    files.removeAll(path);
    files.prepend(path);
    setRecentFiles(files);
}

bool Settings::removeRecentFile(const QString &path)
{
    QStringList files = m_recentFiles;
    if (files.removeAll(path) == 0)
        return false;
    setRecentFiles(files);
    return true;
}

void Settings::setDatasetFolder(const QString &folder)
{
    assign(m_datasetFolder, folder);
}

void Settings::setExportFolder(const QString &folder)
{
    assign(m_exportFolder, folder);
}

QString Settings::defaultExportFolder() const
{
    if (!m_exportFolder.isEmpty() && QFileInfo(m_exportFolder).isDir())
        return m_exportFolder;
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return QFileInfo(pictures).isDir() ? pictures : QDir::homePath();
}

void Settings::setExportSize(const QString &size)
{
    assign(m_exportSize, size);
}

void Settings::setExportTransparent(bool transparent)
{
    assign(m_exportTransparent, transparent);
}

void Settings::setExportFormat(const QString &suffix)
{
    assign(m_exportFormat, suffix);
}

void Settings::setExportAllLanguages(bool allLanguages)
{
    assign(m_exportAllLanguages, allLanguages);
}

void Settings::setFactsheetPaper(const QString &paper)
{
    assign(m_factsheetPaper, paper);
}

} // namespace sharaka
