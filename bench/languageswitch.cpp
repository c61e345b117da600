// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Times live language switches of the real dashboard window: each switch
// installs the translators, lets every widget re-set its texts, rebuilds the
// charts and repaints the window. Prints the median and spread in ms.

#include "core/io/datasetloader.h"
#include "core/settings.h"
#include "widgets/languagemanager.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace sharaka;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int switches = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 100;

    Settings settings; // defaults: the benchmark does not read the user's settings
    LanguageManager languages(&settings);
    languages.setLanguage(Language::English);
    const LoadResult loaded = DatasetLoader::loadEmbedded();
    if (!loaded.ok())
        return 1;
    MainWindow window(&languages, &settings);
    window.setDataset(*loaded.dataset, QStringLiteral("Sharaka"));
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();
    window.repaint();

    const QList<Language> cycle{Language::French, Language::Arabic, Language::English};
    QList<double> milliseconds;
    milliseconds.reserve(switches);
    QElapsedTimer timer;
    for (int i = 0; i < switches; ++i) {
        timer.start();
        languages.setLanguage(cycle.at(i % cycle.size()));
        QApplication::processEvents(); // LanguageChange is posted to the windows
        window.repaint();
        milliseconds.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(milliseconds.begin(), milliseconds.end());
    std::printf("switches=%d median_ms=%.3f min_ms=%.3f max_ms=%.3f\n", switches,
                milliseconds.at(milliseconds.size() / 2), milliseconds.first(),
                milliseconds.last());
    return 0;
}
