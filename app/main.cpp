// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/checkcommand.h"
#include "cli/commandline.h"
#include "cli/datasetinput.h"
#include "cli/headlessexport.h"
#include "core/datasetloader.h"
#include "widgets/datasetcontroller.h"
#include "widgets/languagemanager.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>

using namespace sharaka;

int main(int argc, char *argv[])
{
    // Validation needs no display: decide before a QApplication connects to one.
    if (argumentsRequestCheck(argc, argv))
        return runCheckCommand(argc, argv);

    // Before QApplication: exports and listings need no display.
    selectPlatformForInvocation(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sharaka-dashboard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Sharaka Dashboard"));
    QApplication::setApplicationVersion(QStringLiteral(SHARAKA_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Sharaka Dashboard"));
    QApplication::setOrganizationDomain(QStringLiteral("sharaka-dashboard.example.org"));
    // Matches the installed .desktop file, so docks and Wayland find the entry and icon.
    const QString appId = QStringLiteral("org.sharakadashboard.SharakaDashboard");
    QGuiApplication::setDesktopFileName(appId);
    QApplication::setWindowIcon(QIcon::fromTheme(
        appId, QIcon(QStringLiteral(":/icons/org.sharakadashboard.SharakaDashboard.svg"))));

    // The requested (else saved, else system) language already speaks in
    // --help and in usage errors.
    LanguageManager languages;
    languages.setLanguage(requestedLanguage(QApplication::arguments())
                              .value_or(LanguageManager::preferredLanguage()));

    const CommandLineResult command = parseCommandLine(QApplication::arguments());
    if (command.exitNow) {
        std::fputs(qPrintable(command.output), stdout);
        std::fputs(qPrintable(command.errorOutput), stderr);
        return command.exitCode;
    }

    const QString dataFile = command.options.dataFile;
    const QString activity = command.options.activity;
    const LoadResult loaded =
        dataFile.isEmpty() ? DatasetLoader::loadEmbedded() : loadDatasetInput(dataFile, activity);
    if (!loaded.ok()) {
        std::fputs(qPrintable(loaded.errors.join(QLatin1Char('\n')) + QLatin1Char('\n')), stderr);
        return 1;
    }
    // Fields this version does not know are ignored; say so, as --check does.
    for (const QString &warning : loaded.warnings)
        std::fputs(qPrintable(warning + QLatin1Char('\n')), stderr);

    if (const auto &exportCommand = command.options.exportCommand) {
        const HeadlessOutcome outcome =
            runExportCommand(*exportCommand, *loaded.dataset, languages.language());
        for (const QString &line : outcome.output)
            std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
        for (const QString &line : outcome.errors)
            std::fputs(qPrintable(line + QLatin1Char('\n')), stderr);
        return outcome.exitCode;
    }

    MainWindow window(&languages);
    if (dataFile.isEmpty())
        window.setDataset(*loaded.dataset, QStringLiteral("Sharaka"));
    else
        window.datasetController()->showLoadedFile(*loaded.dataset, dataFile, activity);
    if (command.options.quitAfterFirstPaint)
        QObject::connect(&window, &MainWindow::firstPaintDone, &app, [] { QApplication::exit(0); });
    window.show();
    return QApplication::exec();
}
