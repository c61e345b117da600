// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/io/datasetformatreader.h"

namespace sharaka {

/// The "sharaka-dashboard-dataset" JSON format (docs/dataset-format.md).
class JsonDatasetReader : public DatasetFormatReader
{
public:
    static constexpr auto SchemaName = "sharaka-dashboard-dataset";
    static constexpr int SupportedVersion = 1;

    /// A JSON object or array ("{" or "[" first).
    std::optional<Dataset> read(const QByteArray &text, ProblemLog &log) const override;
};

} // namespace sharaka
