// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

// generate-large-dataset FILE [COUNTRIES INDICATORS CHARTS MILESTONES]
// Writes a made-up dataset for trying the dashboard at scale, e.g.
//   sharaka-dashboard --data large.json

#include "support/largedataset.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2 && args.size() != 6) {
        std::fputs("usage: generate-large-dataset FILE [COUNTRIES INDICATORS CHARTS MILESTONES]\n",
                   stderr);
        return 2;
    }
    sharaka::testing::LargeDatasetSize size;
    if (args.size() == 6) {
        size = {args.at(2).toInt(), args.at(3).toInt(), args.at(4).toInt(), args.at(5).toInt()};
        if (size.countries > 676) {
            std::fputs("at most 676 countries (two-letter codes)\n", stderr);
            return 2;
        }
    }
    QSaveFile file(args.at(1));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(sharaka::testing::generateLargeDataset(size)) < 0 || !file.commit()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(args.at(1)), qPrintable(file.errorString()));
        return 1;
    }
    return 0;
}
