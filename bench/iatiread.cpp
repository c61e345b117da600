// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

// bench-iati-read: the IATI import against a bare QXmlStreamReader loop, one
// mode per process so that bench/run measures wall time and peak memory:
//   bench-iati-read generate FILE ACTIVITIES TRANSACTIONS
//   bench-iati-read bare FILE      every token read, nothing kept
//   bench-iati-read scan FILE      the activity list the window's picker shows
//   bench-iati-read load FILE ID   one activity mapped and validated

#include "core/io/iati/iatiactivityloader.h"
#include "support/iatigenerator.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QXmlStreamReader>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3)
        return fail(QStringLiteral("usage: bench-iati-read generate|bare|scan|load FILE [...]"));
    const QString mode = args.at(1);
    const QString path = args.at(2);
    if (mode == QLatin1String("generate") && args.size() == 5) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            !sharaka::testing::writeIatiFile(file, {args.at(3).toInt(), args.at(4).toInt()}) ||
            !file.commit())
            return fail(path + QStringLiteral(": ") + file.errorString());
        return 0;
    }
    if (mode == QLatin1String("bare")) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(path + QStringLiteral(": ") + file.errorString());
        QXmlStreamReader xml(&file);
        qint64 elements = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement)
                ++elements;
        }
        if (xml.hasError())
            return fail(xml.errorString());
        std::printf("elements=%lld\n", static_cast<long long>(elements));
        return 0;
    }
    if (mode == QLatin1String("scan")) {
        const sharaka::IatiScanResult scan = sharaka::IatiActivityLoader(path).scan();
        if (!scan.ok())
            return fail(scan.errors.join(QLatin1Char('\n')));
        std::printf("activities=%lld\n", static_cast<long long>(scan.activities.size()));
        return 0;
    }
    if (mode == QLatin1String("load") && args.size() == 4) {
        const sharaka::LoadResult result = sharaka::IatiActivityLoader(path).load(args.at(3));
        if (!result.ok())
            return fail(result.errors.join(QLatin1Char('\n')));
        std::printf("indicators=%lld\n", static_cast<long long>(result.dataset->indicators.size()));
        return 0;
    }
    return fail(QStringLiteral("unknown mode or arguments"));
}
