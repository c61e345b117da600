// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFont>
#include <QString>

class QWidget;

namespace sharaka {

/// @p text cut at a word so that, wrapped at @p width in @p font, it takes at
/// most @p lines lines, ended with an ellipsis; @p text itself when it fits or
/// when @p width is not known yet (0). @p cut tells which.
///
/// For the dataset's texts in fixed places: a long activity title or an
/// indicator's name in a key-figure tile would otherwise push the charts off
/// the screen, or be clipped in the middle of a line.
QString cutToLines(const QString &text, const QFont &font, int width, int lines,
                   Qt::LayoutDirection direction, bool *cut);

/// The width @p widget has for its text once a layout has placed it; 0 before
/// (a child's first size is a made-up 100 pixels), which cutToLines() reads
/// as "not known yet".
int placedTextWidth(const QWidget *widget);

} // namespace sharaka
