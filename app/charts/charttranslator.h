// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/languagetranslator.h"

#include <array>
#include <memory>

namespace sharaka {

/// The translators an exporter builds its charts with, one per language,
/// loaded when first asked for. Owned by the exporter: nothing is installed
/// application-wide, so exporting in Arabic leaves the window as it is.
class ChartTranslator final
{
public:
    ChartTranslator();
    ~ChartTranslator();
    ChartTranslator(const ChartTranslator &) = delete;
    ChartTranslator &operator=(const ChartTranslator &) = delete;

    /// The chart strings in @p language; lives as long as this object.
    const LanguageTranslator &forLanguage(Language language) const;

private:
    mutable std::array<std::unique_ptr<LanguageTranslator>, 3> m_translators;
};

} // namespace sharaka
