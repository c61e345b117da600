// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/datasetinput.h"

#include "core/io/datasetloader.h"
#include "core/io/iati/iatiactivityloader.h"

namespace sharaka {

LoadResult loadDatasetInput(const QString &path, const QString &activity)
{
    if (!activity.isEmpty() && IatiActivityLoader::isXmlFile(path))
        return IatiActivityLoader(path, path).load(activity);
    return DatasetLoader::loadFile(path);
}

} // namespace sharaka
