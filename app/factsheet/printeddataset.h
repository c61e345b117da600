// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/dataset.h"

#include <QString>

namespace sharaka {

/// The dataset's text as the factsheet prints it. Optional Arabic marks
/// (harakat, shadda, sukun, dagger alif) are left out: ordinary printed
/// Arabic goes without them, small type blurs them, and a PDF reader's search
/// and copy handle words without them best.
namespace PrintedDataset {

/// @p text without optional Arabic marks (U+064B–U+065F, U+0670).
QString withoutTashkil(const QString &text);

/// @p dataset with every text in every language passed through withoutTashkil().
Dataset withoutTashkil(const Dataset &dataset);

} // namespace PrintedDataset

} // namespace sharaka
