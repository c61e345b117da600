// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/dataset.h"

#include <memory>

namespace sharaka {

/// The dataset on screen, shared by the window, its panels, models, print and
/// export. Immutable once loaded: a new file is a new object, never an edit.
using DatasetPtr = std::shared_ptr<const Dataset>;

/// Shares @p dataset (moved in) as a new immutable dataset.
inline DatasetPtr shareDataset(Dataset dataset)
{
    return std::make_shared<const Dataset>(std::move(dataset));
}

/// One empty dataset, shown before anything is loaded, so a DatasetPtr held by
/// a view is never null.
inline const DatasetPtr &emptyDataset()
{
    static const DatasetPtr empty = std::make_shared<const Dataset>();
    return empty;
}

} // namespace sharaka
