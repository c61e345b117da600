// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "factsheet/printeddataset.h"

#include <QMap>

namespace sharaka::PrintedDataset {

namespace {

void strip(LocalizedText &text)
{
    QMap<QString, QString> texts = text.all();
    for (QString &each : texts)
        each = withoutTashkil(each);
    text = LocalizedText(texts);
}

} // namespace

QString withoutTashkil(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if ((code >= 0x064B && code <= 0x065F) || code == 0x0670)
            continue;
        plain.append(c);
    }
    return plain;
}

Dataset withoutTashkil(const Dataset &dataset)
{
    Dataset printed = dataset;
    ProjectInfo &project = printed.project;
    for (LocalizedText *text : {&project.name, &project.nameMeaning, &project.summary,
                                &project.implementer, &project.funder, &project.purpose})
        strip(*text);
    for (Source &source : printed.sources) {
        strip(source.publisher);
        strip(source.title);
    }
    for (Phase &phase : printed.phases) {
        strip(phase.label);
        strip(phase.description);
    }
    for (Footnote &footnote : printed.footnotes)
        strip(footnote.text);
    for (Country &country : printed.countries)
        strip(country.name);
    for (Indicator &indicator : printed.indicators) {
        strip(indicator.label);
        strip(indicator.description);
    }
    for (ChartSpec &chart : printed.charts)
        strip(chart.title);
    for (Milestone &milestone : printed.milestones) {
        strip(milestone.title);
        strip(milestone.description);
    }
    for (DataNote &note : printed.notes)
        strip(note.text);
    return printed;
}

} // namespace sharaka::PrintedDataset
