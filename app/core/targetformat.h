// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/dataset.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace sharaka {

class LanguageTranslator;

/// How an indicator stands against its results framework (baseline and
/// target), in the same words in the tooltip, the table view and the
/// accessible description.
namespace TargetFormat {

/// The value as a share of the target, in percent; nullopt without a
/// positive target.
std::optional<double> percentOfTarget(const Indicator &indicator);

/// Whether the value reached the target: at or above it, or at or below it
/// when lower is better. nullopt without a target.
std::optional<bool> targetReached(const Indicator &indicator);

/// A number of the framework as shown: "30", "12.5", "45 %" in French.
QString figure(double value, const Indicator &indicator, Language language);

/// "Target: 30", "Baseline: 5", "77% of target", "Lower is better",
/// "Target reached" or "Target not reached", each present only when it
/// applies, from @p translator (else the installed translation). Empty for
/// an indicator without a framework.
QStringList lines(const Indicator &indicator, Language language,
                  const LanguageTranslator *translator = nullptr);

/// "77% of target", or empty without a target.
QString percentOfTargetText(const Indicator &indicator, Language language,
                            const LanguageTranslator *translator = nullptr);

/// @p lines as one phrase: "a; b" with the language's semicolon.
QString joined(const QStringList &lines, Language language);

} // namespace TargetFormat

} // namespace sharaka
