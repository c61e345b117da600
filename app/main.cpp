// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/checkcommand.h"
#include "cli/commandline.h"
#include "core/datasetloader.h"
#include "widgets/datasetcontroller.h"
#include "widgets/languagemanager.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>

#include <cstdio>

using namespace sharaka;

int main(int argc, char *argv[])
{
    // Validation needs no display: decide before a QApplication connects to one.
    if (argumentsRequestCheck(argc, argv))
        return runCheckCommand(argc, argv);

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sharaka-dashboard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Sharaka Dashboard"));
    QApplication::setApplicationVersion(QStringLiteral(SHARAKA_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Sharaka Dashboard"));
    QApplication::setOrganizationDomain(QStringLiteral("sharaka-dashboard.example.org"));

    const CommandLineResult command = parseCommandLine(QApplication::arguments());
    if (command.exitNow) {
        std::fputs(qPrintable(command.output), stdout);
        std::fputs(qPrintable(command.errorOutput), stderr);
        return command.exitCode;
    }

    LanguageManager languages;
    languages.setLanguage(command.options.language.value_or(LanguageManager::preferredLanguage()));

    const QString dataFile = command.options.dataFile;
    const LoadResult loaded =
        dataFile.isEmpty() ? DatasetLoader::loadEmbedded() : DatasetLoader::loadFile(dataFile);
    if (!loaded.ok()) {
        std::fputs(qPrintable(loaded.errors.join(QLatin1Char('\n')) + QLatin1Char('\n')), stderr);
        return 1;
    }
    // Fields this version does not know are ignored; say so, as --check does.
    for (const QString &warning : loaded.warnings)
        std::fputs(qPrintable(warning + QLatin1Char('\n')), stderr);

    MainWindow window(&languages);
    if (dataFile.isEmpty())
        window.setDataset(*loaded.dataset, QStringLiteral("Sharaka"));
    else
        window.datasetController()->showLoadedFile(*loaded.dataset, dataFile);
    if (command.options.quitAfterFirstPaint)
        QObject::connect(&window, &MainWindow::firstPaintDone, &app, [] { QApplication::exit(0); });
    window.show();
    return QApplication::exec();
}
