// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Feeds arbitrary bytes to the dataset loader: it must never crash, hang or
// touch memory it does not own, and its verdict must be consistent.

#include "core/io/datasetloader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // Larger inputs are refused before parsing; exploring them wastes runs.
    if (size > 1 << 20)
        return -1;
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const sharaka::LoadResult result =
        sharaka::DatasetLoader::loadBytes(bytes, QStringLiteral("fuzz.json"));

    // Either a dataset and no errors, or errors and no dataset; never more
    // lines than the cap and its "and N more" line.
    const bool consistent = result.dataset.has_value() == result.errors.isEmpty();
    const bool capped = result.errors.size() <= sharaka::DatasetLoader::MaxReportedProblems + 1 &&
                        result.warnings.size() <= sharaka::DatasetLoader::MaxReportedProblems + 1;
    if (!consistent || !capped)
        std::abort();
    for (const QString &error : result.errors) {
        if (!error.startsWith(QLatin1String("fuzz.json")))
            std::abort();
    }
    return 0;
}
