// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/dataset.h"

#include <QByteArray>

namespace sharaka {

/// Writes a Dataset in the dashboard's own JSON format
/// (docs/dataset-format.md), so that an imported dataset (an IATI activity)
/// can be corrected and annotated by hand and opened again unchanged.
class DatasetWriter
{
public:
    /// UTF-8 JSON, indented (keys in alphabetical order, as QJsonObject keeps them);
    /// optional fields only where set.
    static QByteArray toJson(const Dataset &dataset);
};

} // namespace sharaka
