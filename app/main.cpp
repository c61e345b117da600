// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/commandline.h"
#include "cli/commandlinelanguage.h"
#include "cli/commandlinerun.h"
#include "cli/headlessexport.h"
#include "cli/terminal.h"
#include "widgets/languagemanager.h"
#include "widgets/mainwindow.h"
#include "widgets/open/datasetcontroller.h"

#include <QApplication>
#include <QIcon>

#include <memory>

using namespace sharaka;

int main(int argc, char *argv[])
{
    escapeQtMessages();
    // The one pre-scan of the arguments, before any application object: it
    // decides what runs, so usage errors, --help, --version and --check never
    // need a window system, and exports never need a display.
    const CommandLineResult scan = parseCommandLine(argumentsOf(argc, argv));
    const Invocation invocation = scan.invocation();
    if (invocation == Invocation::Message || invocation == Invocation::Check ||
        (invocation == Invocation::Window && !windowSystemAvailable()))
        return exitStatus(runWithoutWindowSystem(argc, argv, scan));
    if (invocation == Invocation::Headless)
        useOffscreenPlatform();

    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Sharaka Dashboard"));
    // Matches the installed .desktop file, so docks and Wayland find the entry and icon.
    const QString appId = QStringLiteral("org.sharakadashboard.SharakaDashboard");
    QGuiApplication::setDesktopFileName(appId);
    QApplication::setWindowIcon(QIcon::fromTheme(
        appId, QIcon(QStringLiteral(":/icons/org.sharakadashboard.SharakaDashboard.svg"))));

    if (invocation == Invocation::Headless)
        return exitStatus(runHeadless(scan));

    // Problems with --data are the command line's to report, in its language;
    // the window then speaks --lang, else the language last chosen in it.
    auto commandLineLanguage = std::make_unique<CommandLineLanguage>(scan.commandLineLanguage());
    const QString dataFile = scan.options.dataFile;
    const DatasetChoice activity = scan.options.activity;
    const LoadResult loaded = loadDatasetForCommandLine(dataFile, activity);
    if (!loaded.ok())
        return exitStatus(ExitCode::InvalidData);
    commandLineLanguage.reset();

    LanguageManager languages;
    languages.setLanguage(scan.options.language.value_or(LanguageManager::preferredLanguage()));
    MainWindow window(&languages);
    if (dataFile.isEmpty())
        window.setDataset(*loaded.dataset, QStringLiteral("Sharaka"));
    else
        window.datasetController()->showLoadedFile(*loaded.dataset, dataFile, activity);
    if (scan.options.quitAfterFirstPaint)
        QObject::connect(&window, &MainWindow::firstPaintDone, &app, [] { QApplication::exit(0); });
    window.show();
    return QApplication::exec();
}
