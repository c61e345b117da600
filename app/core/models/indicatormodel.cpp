// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/models/indicatormodel.h"

#include "core/languagetranslator.h"
#include "core/periodformat.h"
#include "core/targetformat.h"
#include "core/textformat.h"

namespace sharaka {

IndicatorModel::IndicatorModel(const Dataset &dataset, const QString &chartId, Language language,
                               const LanguageTranslator *translator, QObject *parent)
    : QAbstractTableModel(parent)
    , m_chartId(chartId)
    , m_language(language)
    , m_translator(translator)
{
    const ChartSpec *spec = dataset.chart(chartId);
    if (!spec)
        return;
    const QLocale locale = localeFor(language);
    m_title = spec->title.text(language);
    m_sourcesLine =
        TextFormat::sourcesLine(dataset, dataset.chartSourceIds(*spec), language, translator);
    for (const QString &id : spec->indicatorIds) {
        const Indicator *indicator = dataset.indicator(id);
        if (!indicator)
            continue;
        Row row;
        row.id = indicator->id;
        row.label = indicator->label.text(language);
        row.description = indicator->description.text(language);
        row.value = indicator->value;
        row.qualifier = indicator->qualifier;
        row.valueText = TextFormat::indicatorValue(*indicator, locale);
        row.plainValueText = TextFormat::indicatorValuePlain(*indicator, locale);
        if (!indicator->unit.isEmpty()) {
            // "17%": a percentage says so wherever its figure appears.
            row.plainValueText =
                TargetFormat::figure(double(indicator->value), *indicator, language);
            row.valueText = TextFormat::leftToRight(row.plainValueText);
        }
        row.target = indicator->target;
        row.baseline = indicator->baseline;
        if (indicator->target)
            row.targetText = TargetFormat::figure(*indicator->target, *indicator, language);
        if (indicator->baseline)
            row.baselineText = TargetFormat::figure(*indicator->baseline, *indicator, language);
        row.progressText = TargetFormat::percentOfTargetText(*indicator, language, translator);
        row.framework = TargetFormat::lines(*indicator, language, translator);
        if (indicator->valuePeriod && *indicator->valuePeriod >= 0 &&
            *indicator->valuePeriod < indicator->periods.size()) {
            // The importer chose the period; the bar says which it is.
            row.period =
                PeriodFormat::label(indicator->periods.at(*indicator->valuePeriod), locale);
            row.periodLine =
                (indicator->cumulative ? localized(QT_TR_NOOP("Running total to the end of %1"))
                                       : localized(QT_TR_NOOP("Latest period: %1")))
                    .arg(row.period);
            m_hasPeriods = true;
        }
        m_hasFramework |= indicator->target || indicator->baseline;
        row.citations = TextFormat::sourceCitations(dataset, indicator->sourceIds, language);
        row.sourcesLine =
            TextFormat::sourcesLine(dataset, indicator->sourceIds, language, translator);
        m_rows.append(row);
    }
}

QString IndicatorModel::localized(const char *sourceText) const
{
    return translateWith(m_translator, staticMetaObject.className(), sourceText);
}

QString IndicatorModel::qualifierName(Qualifier qualifier) const
{
    switch (qualifier) {
    case Qualifier::AtLeast:
        return localized(QT_TR_NOOP("Lower bound (at least)"));
    case Qualifier::Exact:
        break;
    }
    return localized(QT_TR_NOOP("Exact figure"));
}

QString IndicatorModel::summary(const Row &row) const
{
    const QString figure = localized(QT_TR_NOOP("%1: %2")).arg(row.label, row.plainValueText);
    QStringList parts{figure};
    if (!row.periodLine.isEmpty())
        parts.append(row.periodLine);
    parts += row.framework;
    if (parts.size() == 1)
        return figure;
    return TargetFormat::joined(parts, m_language);
}

QString IndicatorModel::toolTip(const Row &row) const
{
    QString text =
        localized(QT_TR_NOOP("%1: %2")).arg(row.label, row.valueText) + QLatin1Char('\n');
    if (!row.periodLine.isEmpty())
        text += row.periodLine + QLatin1Char('\n');
    if (!row.framework.isEmpty())
        text += row.framework.join(QLatin1Char('\n')) + QLatin1Char('\n');
    text += row.description + QLatin1Char('\n') + row.sourcesLine;
    return TextFormat::toolTip(text);
}

QStringList IndicatorModel::summaries() const
{
    QStringList lines;
    for (const Row &row : m_rows)
        lines.append(summary(row));
    return lines;
}

int IndicatorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IndicatorModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    if (m_hasPeriods)
        return ColumnCount;
    return m_hasFramework ? PeriodColumn : SourcesColumn + 1;
}

QVariant IndicatorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case LabelColumn:
            return row.label;
        case ValueColumn:
            return row.valueText;
        case QualifierColumn:
            return qualifierName(row.qualifier);
        case SourcesColumn:
            return row.citations;
        case TargetColumn:
            return row.targetText;
        case BaselineColumn:
            return row.baselineText;
        case ProgressColumn:
            return row.progressText;
        case PeriodColumn:
            return row.period;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::AccessibleTextRole:
        return index.column() == ValueColumn ? QVariant(row.plainValueText) : QVariant();
    case Qt::TextAlignmentRole:
        // Numbers line up at their end, whatever the reading direction.
        return index.column() == ValueColumn ||
                       (index.column() >= TargetColumn && index.column() <= ProgressColumn)
                   ? QVariant(int(Qt::AlignTrailing | Qt::AlignVCenter))
                   : QVariant();
    case Qt::ToolTipRole:
        return toolTip(row);
    case IndicatorIdRole:
        return row.id;
    case RawValueRole:
        return row.value;
    case QualifierRole:
        return int(row.qualifier);
    case DescriptionRole:
        return row.description;
    case SummaryRole:
        return summary(row);
    case SourcesLineRole:
        return row.sourcesLine;
    case TargetRole:
        return row.target ? QVariant(*row.target) : QVariant();
    case BaselineRole:
        return row.baseline ? QVariant(*row.baseline) : QVariant();
    default:
        return {};
    }
}

QVariant IndicatorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return localized(QT_TR_NOOP("Indicator"));
    case ValueColumn:
        return localized(QT_TR_NOOP("Value"));
    case QualifierColumn:
        return localized(QT_TR_NOOP("Figure"));
    case SourcesColumn:
        return localized(QT_TR_NOOP("Sources"));
    case TargetColumn:
        return localized(QT_TR_NOOP("Target"));
    case BaselineColumn:
        return localized(QT_TR_NOOP("Baseline"));
    case ProgressColumn:
        return localized(QT_TR_NOOP("% of target"));
    case PeriodColumn:
        return localized(QT_TR_NOOP("Period"));
    default:
        return {};
    }
}

} // namespace sharaka
