// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/dataset.h"

#include <QFrame>

#include <optional>

class QLabel;

namespace sharaka {

/// One headline figure: the big number, its label and its qualifier (a lower
/// bound says so), with the sources in the tooltip and the accessible
/// description. Clicking it or pressing Enter or Space emits activated().
class KeyFigureTile final : public QFrame
{
    Q_OBJECT

public:
    KeyFigureTile(const Dataset &dataset, const Indicator &indicator, Language language,
                  QWidget *parent = nullptr);

    /// Shows @p indicator in @p language in this tile: a language switch or a
    /// new dataset updates the texts in place instead of building a new tile.
    void setContent(const Dataset &dataset, const Indicator &indicator, Language language);

    QString indicatorId() const { return m_indicatorId; }
    QString valueText() const;
    QString labelText() const;
    QString qualifierText() const;

signals:
    void activated(const QString &indicatorId);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QString m_indicatorId;
    QLabel *m_value = nullptr;
    QLabel *m_label = nullptr;
    QLabel *m_qualifier = nullptr;
    std::optional<bool> m_showsQualifier; // none until first set, so the first call hides or shows
};

} // namespace sharaka
