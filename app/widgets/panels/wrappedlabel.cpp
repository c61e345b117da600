// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/panels/wrappedlabel.h"

#include <QEvent>

namespace sharaka {

namespace {

// A window resized by dragging asks for many widths; a handful is what one
// layout pass needs.
constexpr qsizetype MaxRemembered = 16;

} // namespace

bool WrappedLabel::Measured::operator==(const Measured &other) const
{
    return text == other.text && font == other.font && direction == other.direction &&
           margins == other.margins && margin == other.margin && indent == other.indent &&
           alignment == other.alignment;
}

WrappedLabel::WrappedLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

WrappedLabel::Measured WrappedLabel::current() const
{
    return {text(), font(), layoutDirection(), contentsMargins(), margin(), indent(), alignment()};
}

int WrappedLabel::heightForWidth(int width) const
{
    const Measured now = current();
    if (!(now == m_measured)) {
        m_heights.clear();
        m_measured = now;
    }
    if (const auto known = m_heights.constFind(width); known != m_heights.cend())
        return *known;
    if (m_heights.size() >= MaxRemembered)
        m_heights.clear();
    const int height = QLabel::heightForWidth(width);
    m_heights.insert(width, height);
    return height;
}

void WrappedLabel::changeEvent(QEvent *event)
{
    // A new style, palette-driven font or screen may measure differently.
    m_heights.clear();
    QLabel::changeEvent(event);
}

} // namespace sharaka
