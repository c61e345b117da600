// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/datasetinput.h"

#include "core/io/datasetsource.h"

namespace sharaka {

LoadResult loadDatasetInput(const QString &path, const DatasetChoice &activity)
{
    return DatasetSource::forFile(path, path)->load(activity);
}

} // namespace sharaka
