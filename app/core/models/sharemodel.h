// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/activityfigures.h"
#include "core/dataset.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace sharaka {

class LanguageTranslator;

/// A sectors or policy-markers chart's items, in the order published: the
/// code, the name from the IATI codelists (ActivityFigures) and the figure
/// (the sector's share, the marker's significance in words). The share chart
/// draws its bars from it and the chart-as-table view shows it.
class ShareModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CodeColumn, NameColumn, FigureColumn, ColumnCount };
    enum Role {
        /// The percentage (double) or significance (int), whatever the
        /// column; invalid when the file gives none.
        ValueRole = Qt::UserRole + 1,
        VocabularyRole ///< the code's vocabulary ("1" DAC 5-digit, …)
    };

    /// The sectors or policy-markers chart @p chartId of @p dataset in
    /// @p language; no rows for any other id. The program's words come from
    /// @p translator, which must outlive the model, else from the installed
    /// translation.
    ShareModel(const Dataset &dataset, const QString &chartId, Language language,
               const LanguageTranslator *translator = nullptr, QObject *parent = nullptr);

    bool isPolicyMarkers() const { return m_markers; }
    /// The rows as the chart draws them (a missing figure as 0).
    QList<ActivityFigures::Row> rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString localized(const char *sourceText) const;

    const LanguageTranslator *m_translator = nullptr;
    bool m_markers = false;
    QList<ActivityFigures::Row> m_rows;
    QStringList m_codes;
    QStringList m_vocabularies;
    QList<QVariant> m_values; ///< ValueRole of every row
};

} // namespace sharaka
