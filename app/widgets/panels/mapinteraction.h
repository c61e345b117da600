// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class QChartView;
class QPoint;

namespace sharaka {

class MapChart;

/// Pointer and keyboard for a map shown in a chart view (the chart itself
/// names the country under the pointer): clicking selects it, arrow keys
/// move the selection to the nearest partner in that direction (on the map,
/// so never mirrored), and screen readers hear the selected country. Keeps
/// the selection and the filter across rebuilds of the chart. A chart is
/// only ever set once the view shows it.
class MapInteraction final : public QObject
{
    Q_OBJECT

public:
    explicit MapInteraction(QObject *parent = nullptr);

    /// The view the map is shown in, once its panel has made it; the
    /// selection and filter wait for it.
    void setView(QChartView *view);

    /// The map now shown in the view (after each rebuild); nullptr when none.
    void setChart(MapChart *chart);
    MapChart *chart() const;

    QString selectedCode() const { return m_selected; }
    /// Highlights @p code without emitting countrySelected (the table asked).
    void setSelectedCode(const QString &code);
    /// Partners outside @p codes are dimmed.
    void setShownCodes(const QSet<QString> &codes);

    /// The partner the arrow key @p key leads to from the selection.
    QString neighbour(int key) const;

signals:
    /// The user picked @p code on the map (click or arrow key).
    void countrySelected(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString partnerAtViewPosition(const QPoint &position) const;
    void select(const QString &code);
    void updateAccessibleText();

    QChartView *m_view = nullptr;
    // Compared against in eventFilter(), which also sees events sent while the
    // view is being destroyed, when calling viewport() is no longer valid.
    QWidget *m_viewport = nullptr;
    QPointer<MapChart> m_chart;
    QString m_selected;
    QSet<QString> m_shown;
    bool m_filtered = false;
};

} // namespace sharaka
