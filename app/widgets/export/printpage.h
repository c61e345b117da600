// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/datasetptr.h"

#include <QImage>
#include <QSizeF>

class QPrinter;

namespace sharaka {

/// What goes on a printed page: the whole dashboard, or one chart.
struct PrintRequest
{
    DatasetPtr dataset = emptyDataset(); ///< the window's dataset, shared
    Language language = Language::English;
    QString chartId; ///< empty: the whole dashboard
};

/// Draws the page of @p request at @p logicalSize (device-independent pixels,
/// 96 per inch) into an image @p scale times larger. Always in the light
/// theme, in the request's language and reading direction.
QImage renderPrintPage(const PrintRequest &request, const QSizeF &logicalSize, qreal scale);

/// Prints @p request on one page of @p printer, fitted to its printable area.
/// No dialogs: returns false with a message in @p error when the printer
/// cannot be opened.
bool printPage(QPrinter *printer, const PrintRequest &request, QString *error);

} // namespace sharaka
