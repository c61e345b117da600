// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/io/loadresult.h"
#include "core/language.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace sharaka {

/// Opens one activity of an IATI file in the window: reads the file with a
/// progress dialog and Cancel, lets the user pick among several activities
/// (IatiActivityPicker), then reads the chosen one.
class IatiFileOpener
{
    Q_DECLARE_TR_FUNCTIONS(sharaka::IatiFileOpener)

public:
    struct Outcome
    {
        LoadResult result;
        QString identifier; ///< the activity read
        bool cancelled = false;
    };

    /// With @p identifier set (a reload), that activity is read without asking.
    static Outcome open(QWidget *parent, const QString &path, Language language,
                        const QString &identifier = {});
};

} // namespace sharaka
