// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/datasetptr.h"

#include <QAbstractTableModel>

namespace sharaka {

/// The partner countries as a table: localized name (with its footnote
/// marker), ISO code and the phase in which the country joined.
class CountryTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CodeColumn, PhaseColumn, ColumnCount };
    enum Role {
        CodeRole = Qt::UserRole + 1, ///< ISO code, whatever the column
        PhaseOrderRole,              ///< phase order, for sorting by phase
        FootnoteRole,                ///< footnote text, empty when none
        SearchTextRole               ///< name, code and phase in every language, for filtering
    };

    explicit CountryTableModel(QObject *parent = nullptr);

    /// Shares @p dataset with the window; null means no countries.
    void setDataset(const DatasetPtr &dataset);
    const DatasetPtr &dataset() const { return m_dataset; }
    void setLanguage(Language language);
    Language language() const { return m_language; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Name as shown, with the footnote marker: "Palestine *".
    QString displayName(const Country &country) const;

private:
    DatasetPtr m_dataset = emptyDataset();
    Language m_language = Language::English;
};

} // namespace sharaka
