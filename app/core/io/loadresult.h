// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/dataset.h"

#include <QStringList>

#include <optional>

namespace sharaka {

/// What loading a dataset produced: the dataset when it is valid, and every
/// problem found, each naming the file and the place ("FILE: $.path: message"
/// or "FILE:LINE:COLUMN: message" for syntax).
struct LoadResult
{
    std::optional<Dataset> dataset;
    QStringList errors;
    QStringList warnings;
    bool ok() const { return dataset.has_value() && errors.isEmpty(); }
};

} // namespace sharaka
