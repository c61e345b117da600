// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/commandline.h"
#include "cli/commandlinelanguage.h"
#include "cli/commandlinerun.h"
#include "cli/displayprobe.h"
#include "cli/headlessexport.h"
#include "cli/terminal.h"
#include "core/settings.h"
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
    const CommandLineResult scan = scanCommandLine(argc, argv);
    const Invocation invocation = scan.invocation();
    if (invocation == Invocation::Message || invocation == Invocation::Check ||
        (invocation == Invocation::Window && !DisplayProbe::problem().isEmpty()))
        return exitStatus(runWithoutWindowSystem(argc, argv, scan));
    if (invocation == Invocation::Headless)
        useOffscreenPlatform();
    else
        // Past the probe, Qt may still fail to connect (an X server that
        // refuses us, a remote one); no translator is installed this early.
        holdQtMessagesWhileStarting(DisplayProbe::unopenedLine());

    QApplication app(argc, argv);
    releaseQtMessages();
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

    Settings settings;
    settings.load();
    LanguageManager languages(&settings);
    languages.setLanguage(scan.options.language.value_or(languages.preferredLanguage()));
    MainWindow window(&languages, &settings);
    if (dataFile.isEmpty())
        window.setDataset(*loaded.dataset, QStringLiteral("Sharaka"));
    else
        window.datasetController()->showLoadedFile(*loaded.dataset, dataFile, activity);
    if (scan.options.quitAfterFirstPaint)
        QObject::connect(&window, &MainWindow::firstPaintDone, &app, [] { QApplication::exit(0); });
    window.show();
    return QApplication::exec();
}
