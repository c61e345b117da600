// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/models/periodmodel.h"

#include "core/languagetranslator.h"
#include "core/periodformat.h"
#include "core/targetformat.h"
#include "core/textformat.h"

#include <algorithm>

namespace sharaka {

PeriodModel::PeriodModel(const Dataset &dataset, const QString &chartId, Language language,
                         const LanguageTranslator *translator, QObject *parent)
    : QAbstractTableModel(parent)
    , m_chartId(chartId)
    , m_language(language)
    , m_translator(translator)
{
    const ChartSpec *spec = dataset.chart(chartId);
    if (!spec || spec->kind != ChartKind::Periods || spec->indicatorIds.isEmpty())
        return;
    const Indicator *indicator = dataset.indicator(spec->indicatorIds.constFirst());
    if (!indicator)
        return;
    m_indicator = *indicator;
    m_indicatorLabel = indicator->label.text(language);
    m_title = localized(QT_TR_NOOP("Targets and actuals over time: %1"))
                  .arg(TextFormat::isolate(m_indicatorLabel));
    m_sourcesLine = TextFormat::sourcesLine(dataset, indicator->sourceIds, language, translator);
    m_baseline = indicator->baseline;
    m_baselineYear = indicator->baselineYear;

    // Oldest first, whatever order the file gives; periods without a start close the list.
    QList<IndicatorPeriod> periods = indicator->periods;
    std::stable_sort(periods.begin(), periods.end(),
                     [](const IndicatorPeriod &a, const IndicatorPeriod &b) {
                         if (a.start.isValid() != b.start.isValid())
                             return a.start.isValid();
                         return a.start < b.start;
                     });
    const QLocale locale = localeFor(language);
    for (const IndicatorPeriod &period : std::as_const(periods)) {
        if (!period.actual && !period.target)
            continue; // nothing to draw; a bare period would only be an empty slot
        Row row;
        row.period = PeriodFormat::label(period, locale);
        row.start = period.start;
        row.end = period.end;
        row.actual = period.actual;
        row.target = period.target;
        row.comment = period.actualComment.text(language);
        row.targetComment = period.targetComment.text(language);
        m_hasActuals |= row.actual.has_value();
        m_hasTargets |= row.target.has_value();
        m_rows.append(row);
    }
}

QString PeriodModel::localized(const char *sourceText) const
{
    return translateWith(m_translator, staticMetaObject.className(), sourceText);
}

QString PeriodModel::actualName() const
{
    return localized(QT_TR_NOOP("Actual"));
}

QString PeriodModel::targetName() const
{
    return localized(QT_TR_NOOP("Target"));
}

QString PeriodModel::baselineName() const
{
    return localized(QT_TR_NOOP("Baseline"));
}

QString PeriodModel::baselineLegend() const
{
    if (!m_baseline)
        return baselineName();
    if (m_baselineYear > 0)
        return localized(QT_TR_NOOP("Baseline (%1): %2"))
            .arg(QString::number(m_baselineYear), figure(*m_baseline));
    return localized(QT_TR_NOOP("Baseline: %1")).arg(figure(*m_baseline));
}

QString PeriodModel::figure(double value) const
{
    return TargetFormat::figure(value, m_indicator, m_language);
}

QString PeriodModel::optionalFigure(std::optional<double> value) const
{
    return value ? figure(*value) : QString();
}

QStringList PeriodModel::commentLines() const
{
    QStringList lines;
    for (const Row &row : m_rows) {
        if (!row.comment.isEmpty())
            lines.append(
                localized(QT_TR_NOOP("%1: %2")).arg(row.period, TextFormat::isolate(row.comment)));
    }
    return lines;
}

QString PeriodModel::summary(const Row &row) const
{
    QStringList parts;
    if (row.actual)
        parts.append(localized(QT_TR_NOOP("actual %1")).arg(figure(*row.actual)));
    else
        parts.append(localized(QT_TR_NOOP("no actual reported")));
    if (row.target)
        parts.append(localized(QT_TR_NOOP("target %1")).arg(figure(*row.target)));
    return localized(QT_TR_NOOP("%1: %2")).arg(row.period, TargetFormat::joined(parts, m_language));
}

QString PeriodModel::toolTip(const Row &row) const
{
    QString text = TextFormat::isolate(m_indicatorLabel) + QLatin1Char('\n') + summary(row);
    if (m_baseline)
        text += QLatin1Char('\n') + baselineLegend();
    if (!row.comment.isEmpty())
        text += QLatin1Char('\n') + localized(QT_TR_NOOP("Comment on the actual: %1"))
                                        .arg(TextFormat::isolate(row.comment));
    if (!row.targetComment.isEmpty())
        text += QLatin1Char('\n') + localized(QT_TR_NOOP("Comment on the target: %1"))
                                        .arg(TextFormat::isolate(row.targetComment));
    text += QLatin1Char('\n') + m_sourcesLine;
    return TextFormat::toolTip(text);
}

QStringList PeriodModel::summaries() const
{
    QStringList lines;
    for (const Row &row : m_rows)
        lines.append(summary(row));
    return lines;
}

int PeriodModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PeriodModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeriodModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const auto number = [](std::optional<double> value) {
        return value ? QVariant(*value) : QVariant();
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case PeriodColumn:
            return row.period;
        case ActualColumn:
            return optionalFigure(row.actual);
        case TargetColumn:
            return optionalFigure(row.target);
        case BaselineColumn:
            return optionalFigure(m_baseline);
        case CommentColumn:
            return row.comment;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        // Numbers line up at their end, whatever the reading direction.
        return index.column() >= ActualColumn && index.column() <= BaselineColumn
                   ? QVariant(int(Qt::AlignTrailing | Qt::AlignVCenter))
                   : QVariant();
    case Qt::ToolTipRole:
        return toolTip(row);
    case ActualRole:
        return number(row.actual);
    case TargetRole:
        return number(row.target);
    case BaselineRole:
        return number(m_baseline);
    case SummaryRole:
        return summary(row);
    case StartRole:
        return row.start;
    case EndRole:
        return row.end;
    default:
        return {};
    }
}

QVariant PeriodModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PeriodColumn:
        return localized(QT_TR_NOOP("Period"));
    case ActualColumn:
        return actualName();
    case TargetColumn:
        return targetName();
    case BaselineColumn:
        return baselineName();
    case CommentColumn:
        return localized(QT_TR_NOOP("Comment on the actual"));
    default:
        return {};
    }
}

} // namespace sharaka
