// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Times live language switches of the real dashboard window: each switch
// installs the translators, lets every widget re-set its texts, retranslates
// the charts and paints the window once, as an interactive switch would.
// Prints the median and spread in ms and the paints per switch (one each),
// then the median of a bare repaint of the whole window: the floor of a switch.

#include "core/io/datasetloader.h"
#include "core/settings.h"
#include "widgets/languagemanager.h"
#include "widgets/mainwindow.h"

#include "support/paintcounter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>

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
    testing::PaintCounter counter;
    window.centralWidget()->installEventFilter(&counter);

    const QList<Language> cycle{Language::French, Language::Arabic, Language::English};
    QList<double> milliseconds;
    milliseconds.reserve(switches);
    QElapsedTimer timer;
    for (int i = 0; i < switches; ++i) {
        timer.start();
        const int paintsBefore = counter.count;
        languages.setLanguage(cycle.at(i % cycle.size()));
        // Handles what the switch posted (layout requests, the window's
        // update request), which paints the window.
        QApplication::processEvents();
        if (counter.count == paintsBefore)
            window.repaint(); // nothing was painted yet: the switch must be seen
        milliseconds.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(milliseconds.begin(), milliseconds.end());
    const int switchPaints = counter.count;

    // The least any switch can cost: every text on the screen changes, so the
    // whole window is painted again, with nothing laid out or set.
    QList<double> repaints;
    for (int i = 0; i < switches; ++i) {
        timer.start();
        window.repaint();
        repaints.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(repaints.begin(), repaints.end());
    std::printf("switches=%d median_ms=%.3f min_ms=%.3f max_ms=%.3f paints_per_switch=%.2f "
                "repaint_median_ms=%.3f\n",
                switches, milliseconds.at(milliseconds.size() / 2), milliseconds.first(),
                milliseconds.last(), double(switchPaints) / switches,
                repaints.at(repaints.size() / 2));
    return 0;
}
