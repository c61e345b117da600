// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/settings.h"

#include <QSettings>

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
{
    load();
}

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
    if (m_language)
        settings.setValue(LanguageKey, languageCode(*m_language));
    writeWindowLayout(settings);
    writeRecentFiles(settings);
    if (!m_datasetFolder.isEmpty())
        settings.setValue(DatasetFolderKey, m_datasetFolder);
    if (!m_exportFolder.isEmpty())
        settings.setValue(ExportFolderKey, m_exportFolder);
    settings.setValue(ExportSizeKey, m_exportSize);
    settings.setValue(ExportTransparentKey, m_exportTransparent);
    settings.setValue(ExportFormatKey, m_exportFormat);
    settings.setValue(ExportAllLanguagesKey, m_exportAllLanguages);
    settings.setValue(FactsheetPaperKey, m_factsheetPaper);
}

void Settings::write(const QString &key, const QVariant &value)
{
    QSettings().setValue(key, value);
    emit changed();
}

template<typename T>
void Settings::assign(T &member, const T &value, const QString &key)
{
    member = value;
    write(key, QVariant::fromValue(value));
}

void Settings::writeWindowLayout(QSettings &settings) const
{
    settings.setValue(GeometryKey, m_windowGeometry);
    settings.setValue(StateKey, m_windowState);
    settings.setValue(SplitterKey, m_splitterState);
}

void Settings::writeRecentFiles(QSettings &settings) const
{
    if (m_recentFiles.isEmpty())
        settings.remove(RecentFilesKey);
    else
        settings.setValue(RecentFilesKey, m_recentFiles);
}

void Settings::setLanguage(Language language)
{
    m_language = language;
    write(LanguageKey, languageCode(language));
}

void Settings::setWindowLayout(const QByteArray &geometry, const QByteArray &state,
                               const QByteArray &splitter)
{
    m_windowGeometry = geometry;
    m_windowState = state;
    m_splitterState = splitter;
    QSettings settings;
    writeWindowLayout(settings);
    emit changed();
}

void Settings::setRecentFiles(const QStringList &files)
{
    m_recentFiles = cleanRecentFiles(files);
    QSettings settings;
    writeRecentFiles(settings);
    emit changed();
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
    assign(m_datasetFolder, folder, DatasetFolderKey);
}

void Settings::setExportFolder(const QString &folder)
{
    assign(m_exportFolder, folder, ExportFolderKey);
}

void Settings::setExportSize(const QString &size)
{
    assign(m_exportSize, size, ExportSizeKey);
}

void Settings::setExportTransparent(bool transparent)
{
    assign(m_exportTransparent, transparent, ExportTransparentKey);
}

void Settings::setExportFormat(const QString &suffix)
{
    assign(m_exportFormat, suffix, ExportFormatKey);
}

void Settings::setExportAllLanguages(bool allLanguages)
{
    assign(m_exportAllLanguages, allLanguages, ExportAllLanguagesKey);
}

void Settings::setFactsheetPaper(const QString &paper)
{
    assign(m_factsheetPaper, paper, FactsheetPaperKey);
}

} // namespace sharaka
