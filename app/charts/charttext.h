// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace sharaka {

/// Dataset text on its way into a chart or a file's metadata. Qt Charts
/// reads titles, axis labels and legend entries as HTML (an <img> there
/// loads a local file), and SVG, PNG and PDF metadata cannot carry control
/// characters, so every dataset string passes through here first.
namespace ChartText {

/// The longest label or title a chart draws; the dataset format accepts no
/// longer, and Qt Charts' label fitting costs the square of the length.
constexpr qsizetype MaxLabelLength = 200;

/// @p text with line breaks and tabs as spaces and every other control or
/// non-character (a lone surrogate, U+FFFE) as U+FFFD, which shows that
/// something was there. Safe in XML and in file metadata.
QString plain(const QString &text);

/// plain(), cut to MaxLabelLength characters with an ellipsis.
QString label(const QString &text);

/// label() escaped for the rich text of Qt Charts' titles, axis labels and
/// legend: "<b>x</b>" is drawn as typed.
QString markup(const QString &text);

} // namespace ChartText

} // namespace sharaka
