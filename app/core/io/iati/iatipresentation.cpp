// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/iati/iatipresentation.h"

namespace sharaka::IatiPresentation {

namespace {

LocalizedText words(const char *en, const char *fr, const char *ar)
{
    return LocalizedText({{QStringLiteral("en"), QString::fromUtf8(en)},
                          {QStringLiteral("fr"), QString::fromUtf8(fr)},
                          {QStringLiteral("ar"), QString::fromUtf8(ar)}});
}

} // namespace

void present(Dataset &data)
{
    SectionHeadings &headings = data.project.headings;
    headings.countries = words("Recipient countries", "Pays bénéficiaires", "البلدان المستفيدة");
    headings.map = headings.countries;
    headings.indicators =
        words("Results indicators: reported actuals against targets",
              "Indicateurs de résultats\u00a0: valeurs réelles communiquées et cibles",
              "مؤشرات النتائج: القيم الفعلية المُبلَّغ عنها مقابل الأهداف");
    headings.timeline = words("Activity dates", "Dates de l’activité", "تواريخ النشاط");

    // Only charted indicators are kept, and each has an actual: the first
    // ones, in the file's order, are the activity's key figures.
    int tiles = 0;
    for (Indicator &indicator : data.indicators) {
        if (tiles == MaximumTiles)
            break;
        indicator.headline = true;
        ++tiles;
    }
}

} // namespace sharaka::IatiPresentation
