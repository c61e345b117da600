// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/dataset.h"

namespace sharaka {

/// The rich text of Help ▸ About: version, licence, Qt version, where the
/// program's source and the data come from, in @p language. Every string
/// from the dataset in it is HTML-escaped.
QString aboutText(const Dataset &dataset, Language language);

} // namespace sharaka
