// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/activityfigures.h"
#include "core/dataset.h"

#include <QFrame>

class QLabel;

namespace sharaka {

/// One headline figure: the big number, its label and its qualifier (a lower
/// bound says so), with the sources in the tooltip and the accessible
/// description; or one figure of an aid activity's money. Clicking it or
/// pressing Enter or Space emits activated() with the indicator's id, or
/// chartActivated() with the finance chart's. A language switch fills the
/// same tile again (showIndicator(), showMoney()) rather than building one.
class KeyFigureTile final : public QFrame
{
    Q_OBJECT

public:
    explicit KeyFigureTile(QWidget *parent = nullptr);

    /// The object name of the tile of indicator @p indicatorId, and of money
    /// figure @p figureId: what tells a row whether its tiles can be kept.
    static QString indicatorTileName(const QString &indicatorId);
    static QString moneyTileName(const QString &figureId);

    void showIndicator(const Dataset &dataset, const Indicator &indicator, Language language);
    /// A money figure, whose chart is @p chartId.
    void showMoney(const ActivityFigures::MoneyFigure &figure, const QString &chartId);

    /// The indicator shown; empty for a money figure.
    QString indicatorId() const { return m_indicatorId; }
    QString valueText() const;
    /// The label whole, and as shown: at most MaximumLabelLines at the tile's
    /// width, the whole label in its tooltip when cut (an IATI indicator's
    /// title may run to a paragraph).
    QString labelText() const;
    QString shownLabelText() const;
    static constexpr int MaximumLabelLines = 3;
    QString qualifierText() const;

signals:
    void activated(const QString &indicatorId);
    void chartActivated(const QString &chartId);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void activate();
    void setLabel(const QString &text);
    void showLabel();

    QString m_indicatorId;
    QString m_chartId;
    QLabel *m_value = nullptr;
    QLabel *m_label = nullptr;
    QLabel *m_qualifier = nullptr;
    QString m_fullLabel;
    int m_labelWidth = -1; ///< the width the label was last cut for
};

} // namespace sharaka
