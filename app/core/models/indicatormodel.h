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

/// The indicators of one chart, top bar first: label, value, qualifier and
/// sources. The one place their text is made: the bar chart is built from
/// it, the chart-as-table view shows it and the bar tooltips read it.
class IndicatorModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// Target, baseline and progress only in a chart with a target, a
    /// baseline or periods; the period only in a chart with periods (see columnCount()).
    enum Column {
        LabelColumn,
        ValueColumn,
        QualifierColumn,
        SourcesColumn,
        TargetColumn,
        BaselineColumn,
        ProgressColumn, ///< "77% of target"
        PeriodColumn,   ///< the period the figure is for: "2021", or a running total's last
        ColumnCount
    };
    enum Role {
        IndicatorIdRole = Qt::UserRole + 1, ///< the indicator's id, whatever the column
        RawValueRole,                       ///< the figure as a qint64
        QualifierRole,                      ///< the Qualifier, as an int
        DescriptionRole,                    ///< the indicator's description
        SummaryRole,                        ///< "Border-crossing points connected: 46"
        SourcesLineRole,                    ///< "Sources: …" of this indicator
        TargetRole,                         ///< the target as a double; invalid without one
        BaselineRole                        ///< the baseline as a double; invalid without one
    };

    /// Chart @p chartId of @p dataset in @p language (no rows for an unknown
    /// id). The model's own words ("Exact figure", headers) come from
    /// @p translator, which must outlive the model, else from the installed
    /// translation when asked for.
    IndicatorModel(const Dataset &dataset, const QString &chartId, Language language,
                   const LanguageTranslator *translator = nullptr, QObject *parent = nullptr);

    QString chartId() const { return m_chartId; }
    Language language() const { return m_language; }
    /// The chart's title in the model's language, as the dataset gives it.
    QString title() const { return m_title; }
    /// "Sources: …" for every indicator of the chart, each source once.
    QString sourcesLine() const { return m_sourcesLine; }
    /// "Exact figure" or "Lower bound (at least)": the qualifier column and the legend.
    QString qualifierName(Qualifier qualifier) const;
    /// SummaryRole of every row, top first: what a screen reader says for the chart.
    QStringList summaries() const;
    /// Whether any indicator of the chart has a target or a baseline.
    bool hasResultsFramework() const { return m_hasFramework; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString id;
        QString label;
        QString description;
        qint64 value = 0;
        Qualifier qualifier = Qualifier::Exact;
        QString valueText;      ///< with bidi marks, as drawn
        QString plainValueText; ///< without, for screen readers
        QString citations;
        QString sourcesLine;
        std::optional<double> target;
        std::optional<double> baseline;
        QString targetText;
        QString baselineText;
        QString progressText;  ///< "77% of target"
        QStringList framework; ///< TargetFormat::lines(): target, baseline, progress in words
        QString period;        ///< the period of the figure; empty when not one period's
        QString periodLine;    ///< "Latest period: 2021", for the tooltip and summary
    };

    QString localized(const char *sourceText) const;
    QString summary(const Row &row) const;
    QString toolTip(const Row &row) const;

    QString m_chartId;
    Language m_language;
    const LanguageTranslator *m_translator = nullptr;
    QString m_title;
    QString m_sourcesLine;
    QList<Row> m_rows;
    bool m_hasFramework = false;
    bool m_hasPeriods = false;
};

} // namespace sharaka
