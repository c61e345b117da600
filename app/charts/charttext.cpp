// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/charttext.h"

#include <QApplication>

#include <algorithm>

namespace sharaka {

namespace {

constexpr qreal ReferenceWidth = 960;
constexpr qreal ReferenceHeight = 540;

} // namespace

qreal chartTextScale(const QSizeF &size)
{
    return std::max<qreal>(
        1.0, std::min(size.width() / ReferenceWidth, size.height() / ReferenceHeight));
}

QFont chartFont(qreal factor, qreal scale, bool bold)
{
    QFont font = QApplication::font();
    const qreal base = font.pointSizeF() > 0 ? font.pointSizeF() : 9.0;
    font.setPointSizeF(base * factor * scale);
    font.setBold(bold);
    return font;
}

} // namespace sharaka
