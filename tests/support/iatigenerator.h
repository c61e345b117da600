// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QIODevice;

namespace sharaka::testing {

/// Shape of a generated IATI 2.03 activity file.
struct IatiFileShape
{
    int activities = 3;
    /// `transaction` elements per activity: content the dashboard ignores,
    /// which gives real files their bulk (about 330 bytes each).
    int transactionsPerActivity = 0;
};

/// The iati-identifier of generated activity @p index (from 0).
QString generatedActivityIdentifier(int index);

/// Writes a made-up, schema-shaped `iati-activities` file: activity i has the
/// title "Activity i" / "Activité i" / "النشاط i", dates from 2019, Kenya (60%)
/// and Uganda (40%), one document link and one result with a summed count
/// indicator (baseline 5, targets 10 and 20, actuals 8 and 15) and a
/// lower-is-better percentage (targets 30 and 20, actuals 25 and 18).
/// Returns false when writing fails.
bool writeIatiFile(QIODevice &device, const IatiFileShape &shape = {});

/// Writes a file of one activity whose title is @p mebibytes MiB of "x": a
/// text far longer than any published one. Returns false when writing fails.
bool writeIatiFileWithLongTitle(QIODevice &device, int mebibytes);

} // namespace sharaka::testing
