// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/io/datasetchoice.h"
#include "core/io/loadresult.h"
#include "core/language.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace sharaka {

class DatasetSource;

/// Opens one dataset of a file in the window, whatever its format (a
/// DatasetSource): reads it on a worker thread behind a progress dialog with
/// Cancel, and for an IATI file of several activities lets the user pick one
/// (IatiActivityPicker) before reading it. The window's event loop runs
/// throughout, so neither a large file nor one huge activity freezes it.
class IatiFileOpener
{
    Q_DECLARE_TR_FUNCTIONS(sharaka::IatiFileOpener)

public:
    struct Outcome
    {
        LoadResult result;
        DatasetChoice choice; ///< the activity read; empty for a JSON dataset
        bool cancelled = false;
    };

    /// With @p choice set (a reload), that activity is read without asking.
    static Outcome open(QWidget *parent, DatasetSource &source, Language language,
                        const DatasetChoice &choice = {});
};

} // namespace sharaka
