// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/io/loadresult.h"

#include <QString>

namespace sharaka {

/// A dataset file named on the command line (--data, --check, --convert):
/// the dashboard's JSON, or an IATI activity file, of which @p activity (an
/// iati-identifier) picks one activity; empty for a file of one activity.
LoadResult loadDatasetInput(const QString &path, const QString &activity);

} // namespace sharaka
