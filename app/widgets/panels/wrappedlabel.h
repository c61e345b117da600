// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFont>
#include <QHash>
#include <QLabel>
#include <QMargins>

namespace sharaka {

/// A word-wrapped QLabel that remembers its height for each width it was
/// asked about. Layouts ask the same label for the same width many times per
/// pass, and a selectable label answers each time by laying its whole text
/// out in a QTextDocument; the answers are kept until the text, font,
/// direction or margins change.
class WrappedLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit WrappedLabel(QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    /// What the heights depend on, beside the width.
    struct Measured
    {
        QString text;
        QFont font;
        Qt::LayoutDirection direction = Qt::LeftToRight;
        QMargins margins;
        int margin = 0;
        int indent = -1;
        Qt::Alignment alignment;

        bool operator==(const Measured &other) const;
    };
    Measured current() const;

    mutable Measured m_measured;
    mutable QHash<int, int> m_heights;
};

} // namespace sharaka
