// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>

namespace sharaka::testing {

/// Sizes of a generated dataset.
struct LargeDatasetSize
{
    int countries = 250;
    int indicators = 200;
    int charts = 20;
    int milestones = 1000;
};

/// A valid dataset of made-up content at the given size, the same bytes on
/// every run (a fixed pseudo-random sequence), for scale tests and benchmarks.
/// The first chart holds a quarter of the indicators, to test many bars.
QByteArray generateLargeDataset(const LargeDatasetSize &size = {});

} // namespace sharaka::testing
