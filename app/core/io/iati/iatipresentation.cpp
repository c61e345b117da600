// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/iati/iatipresentation.h"

#include "core/activityfigures.h"
#include "core/io/iati/iatimappingcontext.h"

namespace sharaka::IatiPresentation {

void present(Dataset &data)
{
    SectionHeadings &headings = data.project.headings;
    headings.countries = IatiWords::text(QT_TRANSLATE_NOOP("IatiWords", "Recipient countries"));
    headings.map = headings.countries;
    // The money's tiles come first when there is money (ActivityFigures).
    headings.indicators =
        ActivityFigures::mainCurrency(data).isEmpty()
            ? IatiWords::text(QT_TRANSLATE_NOOP(
                  "IatiWords", "Results indicators: reported actuals against targets"))
            : IatiWords::text(QT_TRANSLATE_NOOP("IatiWords", "Key figures: money and results"));
    headings.timeline = IatiWords::text(QT_TRANSLATE_NOOP("IatiWords", "Activity dates"));

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
