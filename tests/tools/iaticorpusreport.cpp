// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Opens every activity of every IATI file in a folder, as `--check` does, and
// prints the share that opens and the most common reasons for refusal:
//     build/tests/iati-corpus-report /work/iati-corpus
// A measuring tool for issue 21, run by hand on corpora too large to commit.

#include "core/io/iati/iatiactivityloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QMap>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>

using namespace sharaka;

namespace {

/// A refusal without its file, activity and quoted values, so that the same
/// reason counts once across files.
QString reasonOf(const QString &error)
{
    QString reason = error.section(QStringLiteral("\": "), 1);
    if (reason.isEmpty())
        reason = error.section(QStringLiteral(": "), 1);
    reason.replace(QRegularExpression(QStringLiteral("\"[^\"]*\"")), QStringLiteral("\"…\""));
    reason.replace(QRegularExpression(QStringLiteral("\\d+")), QStringLiteral("N"));
    return reason;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc != 2) {
        out << "usage: iati-corpus-report FOLDER\n";
        return 2;
    }
    const QDir folder(QString::fromLocal8Bit(argv[1]));
    qint64 activities = 0;
    qint64 opened = 0;
    QStringList unreadableFiles;
    QMap<QString, int> reasons;
    QStringList refused;
    for (const QString &name :
         folder.entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name)) {
        QStringList fileErrors;
        const QList<IatiActivityCheck> checks =
            IatiActivityLoader(folder.filePath(name), name).checkAll(&fileErrors);
        int fileOpened = 0;
        for (const IatiActivityCheck &check : checks) {
            ++activities;
            if (check.result.ok()) {
                ++fileOpened;
                continue;
            }
            refused.append(check.result.errors.constFirst());
            for (const QString &error : check.result.errors)
                ++reasons[reasonOf(error)];
        }
        opened += fileOpened;
        if (!fileErrors.isEmpty())
            unreadableFiles.append(fileErrors.join(QStringLiteral("; ")));
        out << name << '\t' << fileOpened << '/' << checks.size()
            << (fileErrors.isEmpty() ? QString() : QStringLiteral("\tfile: ") + fileErrors.first())
            << '\n';
    }
    out << "\nactivities: " << activities << ", opened: " << opened << " ("
        << QString::number(activities ? 100.0 * double(opened) / double(activities) : 0, 'f', 2)
        << " %)\n";
    QList<QPair<int, QString>> ranked;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        ranked.append({it.value(), it.key()});
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a > b; });
    out << "refusal reasons:\n";
    for (qsizetype i = 0; i < ranked.size() && i < 10; ++i)
        out << "  " << ranked.at(i).first << "\t" << ranked.at(i).second << '\n';
    out << "files not read to their end: " << unreadableFiles.size() << '\n';
    for (const QString &problem : unreadableFiles)
        out << "  " << problem << '\n';
    return 0;
}
