// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/dataset.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <optional>

namespace sharaka {

class LanguageTranslator;

/// One indicator's reporting periods, oldest first: period, actual, target,
/// baseline and the publisher's comment on the actual. The one place their
/// text is made: the period chart is built from it, the chart-as-table view
/// shows it, and the bar tooltips and the notes under the chart read it.
class PeriodModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PeriodColumn,
        ActualColumn,
        TargetColumn,
        BaselineColumn,
        CommentColumn, ///< the comment on the actual, in full
        ColumnCount
    };
    enum Role {
        ActualRole = Qt::UserRole + 1, ///< the actual as a double; invalid without one
        TargetRole,                    ///< the target as a double; invalid without one
        BaselineRole,                  ///< the baseline as a double; invalid without one
        SummaryRole,                   ///< "2021: actual 2, target 2"
        StartRole,                     ///< the period's first day (QDate; invalid when not given)
        EndRole                        ///< the period's last day (QDate; invalid when not given)
    };

    /// The period chart @p chartId of @p dataset (Dataset::periodChartId())
    /// in @p language; no rows for any other id. The model's own words come
    /// from @p translator, which must outlive the model, else from the
    /// installed translation.
    PeriodModel(const Dataset &dataset, const QString &chartId, Language language,
                const LanguageTranslator *translator = nullptr, QObject *parent = nullptr);

    QString chartId() const { return m_chartId; }
    Language language() const { return m_language; }
    /// "Targets and actuals over time: <indicator>", as the chart's title.
    QString title() const { return m_title; }
    /// The indicator's label as the dataset gives it.
    QString indicatorLabel() const { return m_indicatorLabel; }
    /// "Sources: …" of the indicator.
    QString sourcesLine() const { return m_sourcesLine; }
    /// The legend's words for the three series.
    QString actualName() const;
    QString targetName() const;
    QString baselineName() const;
    /// The baseline line's legend entry with its figure: "Baseline (2020): 0".
    QString baselineLegend() const;
    /// The baseline, the same for every period; nullopt without one.
    std::optional<double> baseline() const { return m_baseline; }
    /// A figure as shown: "1,212", "45 %" in French.
    QString figure(double value) const;
    bool hasActuals() const { return m_hasActuals; }
    bool hasTargets() const { return m_hasTargets; }
    /// "2021: 1. A solidarity statement…": every period's comment on its
    /// actual, one line each, oldest first; empty without comments.
    QStringList commentLines() const;
    /// SummaryRole of every row: what a screen reader says for the chart.
    QStringList summaries() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString period;
        QDate start;
        QDate end;
        std::optional<double> actual;
        std::optional<double> target;
        QString comment;
        QString targetComment;
    };

    QString localized(const char *sourceText) const;
    QString summary(const Row &row) const;
    QString toolTip(const Row &row) const;
    QString optionalFigure(std::optional<double> value) const;

    QString m_chartId;
    Language m_language;
    const LanguageTranslator *m_translator = nullptr;
    Indicator m_indicator; ///< for the figures' unit
    QString m_title;
    QString m_indicatorLabel;
    QString m_sourcesLine;
    std::optional<double> m_baseline;
    int m_baselineYear = 0;
    QList<Row> m_rows;
    bool m_hasActuals = false;
    bool m_hasTargets = false;
};

} // namespace sharaka
