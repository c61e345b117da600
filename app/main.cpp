// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/commandline.h"
#include "core/datasetloader.h"
#include "widgets/languagemanager.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>

#include <cstdio>

using namespace sharaka;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sharaka-dashboard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Sharaka Dashboard"));
    QApplication::setApplicationVersion(QStringLiteral(SHARAKA_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Sharaka Dashboard"));
    QApplication::setOrganizationDomain(QStringLiteral("sharaka-dashboard.example.org"));

    // The saved (or system) language already speaks in --help and in errors.
    LanguageManager languages;
    languages.setLanguage(LanguageManager::preferredLanguage());

    const CommandLineResult command = parseCommandLine(QApplication::arguments());
    if (command.exitNow) {
        std::fputs(qPrintable(command.output), stdout);
        std::fputs(qPrintable(command.errorOutput), stderr);
        return command.exitCode;
    }

    if (command.options.language)
        languages.setLanguage(*command.options.language);

    const QString dataFile = command.options.dataFile;
    const LoadResult loaded =
        dataFile.isEmpty() ? DatasetLoader::loadEmbedded() : DatasetLoader::loadFile(dataFile);
    if (!loaded.ok()) {
        std::fputs(qPrintable(loaded.errors.join(QLatin1Char('\n')) + QLatin1Char('\n')), stderr);
        return 1;
    }

    MainWindow window(&languages);
    window.setDataset(*loaded.dataset, dataFile.isEmpty() ? QStringLiteral("Sharaka")
                                                          : QFileInfo(dataFile).fileName());
    if (command.options.quitAfterFirstPaint)
        QObject::connect(&window, &MainWindow::firstPaintDone, &app, [] { QApplication::exit(0); });
    window.show();
    return QApplication::exec();
}
