// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/targetformat.h"

#include "core/languagetranslator.h"

#include <QCoreApplication>

#include <cmath>

namespace sharaka::TargetFormat {

std::optional<double> percentOfTarget(const Indicator &indicator)
{
    if (!indicator.target || *indicator.target <= 0)
        return std::nullopt;
    return double(indicator.value) * 100.0 / *indicator.target;
}

std::optional<bool> targetReached(const Indicator &indicator)
{
    if (!indicator.target)
        return std::nullopt;
    const double value = double(indicator.value);
    return indicator.ascending ? value >= *indicator.target : value <= *indicator.target;
}

QString figure(double value, const Indicator &indicator, Language language)
{
    const QLocale locale = localeFor(language);
    QString number = locale.toString(value, 'f', QLocale::FloatingPointShortest);
    if (indicator.unit == QLatin1String("%"))
        return language == Language::French ? number + QStringLiteral("\u00a0%")
                                            : number + QLatin1Char('%');
    if (!indicator.unit.isEmpty())
        number += QLatin1Char(' ') + indicator.unit;
    return number;
}

QString percentOfTargetText(const Indicator &indicator, Language language,
                            const LanguageTranslator *translator)
{
    const std::optional<double> percent = percentOfTarget(indicator);
    if (!percent)
        return {};
    return translateWith(translator, "TargetFormat",
                         QT_TRANSLATE_NOOP("TargetFormat", "%1% of target"))
        .arg(localeFor(language).toString(qint64(std::llround(*percent))));
}

QStringList lines(const Indicator &indicator, Language language,
                  const LanguageTranslator *translator)
{
    const auto say = [translator](const char *text) {
        return translateWith(translator, "TargetFormat", text);
    };
    QStringList result;
    if (indicator.target) {
        result.append(say(QT_TRANSLATE_NOOP("TargetFormat", "Target: %1"))
                          .arg(figure(*indicator.target, indicator, language)));
    }
    if (indicator.baseline) {
        result.append(say(QT_TRANSLATE_NOOP("TargetFormat", "Baseline: %1"))
                          .arg(figure(*indicator.baseline, indicator, language)));
    }
    const QString percent = percentOfTargetText(indicator, language, translator);
    if (!percent.isEmpty())
        result.append(percent);
    if (!indicator.ascending)
        result.append(say(QT_TRANSLATE_NOOP("TargetFormat", "Lower is better")));
    // Said in words, so that a lower-is-better figure under its target reads as a success.
    if (const std::optional<bool> reached = targetReached(indicator)) {
        result.append(*reached ? say(QT_TRANSLATE_NOOP("TargetFormat", "Target reached"))
                               : say(QT_TRANSLATE_NOOP("TargetFormat", "Target not reached")));
    }
    return result;
}

QString joined(const QStringList &lines, Language language)
{
    switch (language) {
    case Language::French:
        return lines.join(QStringLiteral("\u00a0; "));
    case Language::Arabic:
        return lines.join(QStringLiteral("\u061B "));
    case Language::English:
        break;
    }
    return lines.join(QStringLiteral("; "));
}

} // namespace sharaka::TargetFormat
