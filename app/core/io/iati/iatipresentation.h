// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/dataset.h"

namespace sharaka {

/// How a dataset mapped from an IATI activity presents itself: what its
/// sections are called (recipient countries, results, activity dates, not
/// Sharaka's membership phases and project totals) and which figures are its
/// key-figure tiles. Data words, so in the three languages of the interface
/// (IatiWords).
namespace IatiPresentation {

/// The most key-figure tiles an activity gets.
constexpr int MaximumTiles = 4;

/// Sets @p data's section headings and marks its first indicators with an
/// actual, up to MaximumTiles, as headline figures.
void present(Dataset &data);

} // namespace IatiPresentation

} // namespace sharaka
