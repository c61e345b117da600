// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QPointer>

class QAbstractItemModel;
class QAction;
class QBoxLayout;
class QToolButton;

namespace sharaka {

class ChartPanel;

class ChartTableView;

/// Switches a chart panel between its chart and a ChartTableView of the same
/// numbers, with a small button in the panel's top trailing corner (the
/// chart's title is centred, so the corner is free).
class ChartTableToggle final : public QObject
{
    Q_OBJECT

public:
    /// Adds the table to @p layout after the panel's chart view; both belong
    /// to @p panel, which may create its view later.
    ChartTableToggle(ChartPanel *panel, QBoxLayout *layout, const QString &chartId);

    /// Checkable: checked shows the table.
    QAction *action() const { return m_action; }
    /// Created on first use: most charts are never shown as a table.
    ChartTableView *table();
    bool isShowingTable() const;

    /// Shows @p model (owned by the chart) in the table; @p title and
    /// @p description name it for screen readers.
    void setContent(QAbstractItemModel *model, const QString &title, const QString &description);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showTable(bool show);
    void retranslateUi();
    void fillTable();

    ChartPanel *m_panel = nullptr;
    QBoxLayout *m_layout = nullptr;
    ChartTableView *m_table = nullptr;
    QString m_chartId;
    // What the table shows once it exists.
    QPointer<QAbstractItemModel> m_model;
    QString m_title;
    QString m_description;
    QAction *m_action = nullptr;
    QToolButton *m_button = nullptr;
};

} // namespace sharaka
