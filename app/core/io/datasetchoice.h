// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace sharaka {

/// Which dataset of a file to read. A JSON file holds one; an IATI file holds
/// one per activity, and publishers do repeat an iati-identifier within a
/// file, so an activity is also chosen by its position.
struct DatasetChoice
{
    DatasetChoice() = default;
    /// Implicit: an identifier alone is the usual choice (--activity ID).
    DatasetChoice(QString id, qint64 at = 0) // NOLINT(google-explicit-constructor)
        : identifier(std::move(id))
        , position(at)
    {}

    QString identifier;  ///< iati-identifier as published; empty: any
    qint64 position = 0; ///< the activity's place among the file's activities, from 1; 0: any

    bool isEmpty() const { return identifier.isEmpty() && position <= 0; }
};

} // namespace sharaka
