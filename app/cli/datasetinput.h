// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/io/datasetchoice.h"
#include "core/io/loadresult.h"

#include <QString>

namespace sharaka {

/// A dataset file named on the command line (--data, --check, --convert):
/// the dashboard's JSON, or an IATI activity file, of which @p activity picks
/// one activity (by iati-identifier or position); empty for a file of one
/// activity. Read through DatasetSource, as the window reads it.
LoadResult loadDatasetInput(const QString &path, const DatasetChoice &activity);

} // namespace sharaka
