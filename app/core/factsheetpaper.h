// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <optional>

namespace sharaka {

/// The paper a factsheet is laid out for, in portrait. Here rather than in
/// the factsheet library so that the command line and the settings can name
/// it without linking any drawing code.
enum class FactsheetPaper { A4, Letter };

/// "a4" or "letter".
QString factsheetPaperName(FactsheetPaper paper);

/// Parses "a4" or "letter" (any case); nullopt otherwise.
std::optional<FactsheetPaper> factsheetPaperFromName(const QString &name);

} // namespace sharaka
