// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "factsheet/factsheetblock.h"

namespace sharaka {

FactsheetBlock::FactsheetBlock(const FactsheetStyle &style)
    : m_style(style)
{}

FactsheetBlock::~FactsheetBlock() = default;

FactsheetSplit FactsheetBlock::split(qreal, qreal) const
{
    return {};
}

} // namespace sharaka
