// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFont>
#include <QSizeF>

namespace sharaka {

/// Ratio of a chart's font sizes to the interface's: 1 up to 960×540, then
/// growing with the picture, so exports for slides and print keep their
/// proportions.
qreal chartTextScale(const QSizeF &size);

/// The interface font at @p factor times its size, times @p scale.
QFont chartFont(qreal factor, qreal scale, bool bold = false);

} // namespace sharaka
