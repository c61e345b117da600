// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/abouttext.h"

#include <QCoreApplication>

#include <algorithm>

namespace sharaka {

namespace {

/// How many of the listed documents the dataset actually cites: for the
/// figures, the dates, the events and the notes, each counted once.
int citedSourceCount(const Dataset &dataset)
{
    QStringList cited = dataset.project.sourceIds;
    for (const Indicator &indicator : dataset.indicators)
        cited += indicator.sourceIds;
    for (const Milestone &milestone : dataset.milestones)
        cited += milestone.sourceIds;
    for (const Phase &phase : dataset.phases)
        cited += phase.sourceIds;
    for (const DataNote &note : dataset.notes)
        cited += note.sourceIds;
    cited.removeDuplicates();
    return int(std::count_if(cited.cbegin(), cited.cend(),
                             [&dataset](const QString &id) { return dataset.source(id); }));
}

} // namespace

QString aboutText(const Dataset &dataset, Language language)
{
    // Each publisher once, in the order the dataset cites them.
    QStringList publishers;
    for (const Source &source : dataset.sources) {
        // Escaped before comparing, so a name is listed once however it is written.
        const QString publisher = source.publisher.text(language).toHtmlEscaped();
        if (!publisher.isEmpty() && !publishers.contains(publisher))
            publishers.append(publisher);
    }
    const QLocale locale = localeFor(language);
    // Publisher names contain commas, so they go in a list rather than a sentence.
    const QString dataLines =
        publishers.isEmpty()
            ? QStringLiteral("<p>%1</p>")
                  .arg(QCoreApplication::translate("sharaka::AboutText",
                                                   "This dataset names no sources."))
            // Publisher names may be Latin: without a direction the list would take
            // theirs, with its bullets on the left of an Arabic box.
            : QStringLiteral("<p>%1</p><ul dir=\"%4\"><li>%2</li></ul><p>%3</p>")
                  .arg(QCoreApplication::translate(
                           "sharaka::AboutText",
                           "<b>Data.</b> The figures and dates come from %1 public documents by:")
                           .arg(locale.toString(citedSourceCount(dataset))),
                       publishers.join(QStringLiteral("</li><li>")),
                       QCoreApplication::translate(
                           "sharaka::AboutText",
                           "Each one is listed, with its address, under Help \u25B8 Sources and "
                           "Data Notes, together with the points where the sources disagree."),
                       locale.textDirection() == Qt::RightToLeft ? QStringLiteral("rtl")
                                                                 : QStringLiteral("ltr"));

    return QCoreApplication::translate(
               "sharaka::AboutText",
               "<p><b>Sharaka Dashboard</b> %1</p>"
               "<p>Timeline, partner countries and outcome indicators of Sharaka, "
               "INTERPOL's EU-funded counter-terrorism project in the Middle East and "
               "North Africa (2017 to 31 January 2023).</p>"
               "%2"
               "<p><b>Licence.</b> Free software under the GNU General Public License, "
               "version 3 or later (GPL-3.0-or-later): you may use, study, share and "
               "change it. The source code is part of every copy you receive; see "
               "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">the licence</a>. "
               "There is no warranty.</p>"
               "<p><b>Built with</b> Qt %3 (running on Qt %4) and Qt Charts.</p>")
        .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), dataLines,
             QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
}

} // namespace sharaka
