// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/dataset.h"

#include <QByteArray>

#include <optional>

namespace sharaka {

class ProblemLog;

/// Maps one file format onto a Dataset, and nothing more: syntax, types and
/// the format's own names (enum values, dates) are its business; the rules of
/// the data (references, uniqueness, date order, required fields, text
/// limits) belong to DatasetValidator, which checks every reader's result.
///
/// Which format a file is in is decided in one place, detectFormat()
/// (datasetformat.h); the formats that hold several datasets (IATI: one per
/// activity) are read through DatasetSource (datasetsource.h), which the
/// window, the command line and the tests use for every format.
class DatasetFormatReader
{
public:
    virtual ~DatasetFormatReader() = default;

    /// The dataset in @p text, with its lists in file order so that the
    /// validator names the places the file uses ("$.milestones[1]"); an
    /// element that cannot be read stays in its list, default-constructed,
    /// with its problem reported. Nothing when the file cannot be mapped at all.
    ///
    /// Places are reported as JSON paths of the Dataset ("$.indicators[3].label.en").
    /// Absent fields are left empty for the validator to report; fields the
    /// file gives but leaves blank are marked with ProblemLog::markBlank().
    virtual std::optional<Dataset> read(const QByteArray &text, ProblemLog &log) const = 0;
};

} // namespace sharaka
