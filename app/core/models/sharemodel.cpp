// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/models/sharemodel.h"

#include "core/languagetranslator.h"
#include "core/textformat.h"

namespace sharaka {

ShareModel::ShareModel(const Dataset &dataset, const QString &chartId, Language language,
                       const LanguageTranslator *translator, QObject *parent)
    : QAbstractTableModel(parent)
    , m_translator(translator)
{
    const ChartSpec *spec = dataset.chart(chartId);
    if (!spec || (spec->kind != ChartKind::Sectors && spec->kind != ChartKind::PolicyMarkers))
        return;
    const ActivityFigures figures(language, translator);
    m_markers = spec->kind == ChartKind::PolicyMarkers;
    // ActivityFigures gives one row per sector or marker, in the dataset's order.
    if (m_markers) {
        m_rows = figures.policyMarkerRows(dataset);
        for (const PolicyMarker &marker : dataset.policyMarkers) {
            m_codes.append(marker.code);
            m_vocabularies.append(marker.vocabulary);
            m_values.append(marker.significance ? QVariant(*marker.significance) : QVariant());
        }
    } else {
        m_rows = figures.sectorRows(dataset);
        for (qsizetype i = 0; i < dataset.sectors.size(); ++i) {
            const Sector &sector = dataset.sectors.at(i);
            m_codes.append(sector.code);
            m_vocabularies.append(sector.vocabulary);
            // A lone sector without a percentage has all of it (its row says 100).
            const bool given = sector.percentage || m_rows.at(i).value > 0;
            m_values.append(given ? QVariant(m_rows.at(i).value) : QVariant());
        }
    }
}

QString ShareModel::localized(const char *sourceText) const
{
    return translateWith(m_translator, staticMetaObject.className(), sourceText);
}

int ShareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ShareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case CodeColumn:
            return m_codes.at(row);
        case NameColumn:
            return m_rows.at(row).label;
        case FigureColumn:
            return m_rows.at(row).valueText;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        // A percentage lines up at its end; the marker's words read as text.
        return index.column() == FigureColumn && !m_markers
                   ? QVariant(int(Qt::AlignTrailing | Qt::AlignVCenter))
                   : QVariant();
    case Qt::ToolTipRole:
        return TextFormat::toolTip(
            localized(QT_TR_NOOP("%1: %2"))
                .arg(TextFormat::isolate(m_rows.at(row).label), m_rows.at(row).valueText));
    case ValueRole:
        return m_values.at(row);
    case VocabularyRole:
        return m_vocabularies.at(row);
    default:
        return {};
    }
}

QVariant ShareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return localized(QT_TR_NOOP("Code"));
    case NameColumn:
        return m_markers ? localized(QT_TR_NOOP("Policy marker")) : localized(QT_TR_NOOP("Sector"));
    case FigureColumn:
        return m_markers ? localized(QT_TR_NOOP("Significance"))
                         : localized(QT_TR_NOOP("Share of the activity"));
    default:
        return {};
    }
}

} // namespace sharaka
