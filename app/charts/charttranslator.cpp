// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/charttranslator.h"

namespace sharaka {

ChartTranslator::ChartTranslator() = default;
ChartTranslator::~ChartTranslator() = default;

const LanguageTranslator &ChartTranslator::forLanguage(Language language) const
{
    std::unique_ptr<LanguageTranslator> &slot = m_translators.at(std::size_t(language));
    if (!slot)
        slot = std::make_unique<LanguageTranslator>(language);
    return *slot;
}

} // namespace sharaka
