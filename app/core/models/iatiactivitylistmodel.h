// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/io/iati/iatidatasetmapper.h"
#include "core/language.h"

#include <QAbstractTableModel>
#include <QHash>

namespace sharaka {

/// The activities of an IATI file as a table for the picker: identifier,
/// title in the interface language, dates and recipient countries. Rows are
/// in file order, so a row's position in the file is its number plus one;
/// an identifier that several activities share is shown with its rank
/// ("XM-1 (2 of 3)"), so that each can be told apart and chosen.
class IatiActivityListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdentifierColumn, TitleColumn, DatesColumn, CountriesColumn, ColumnCount };
    static constexpr int IdentifierRole = Qt::UserRole + 1;
    /// The activity's position among the file's activities, from 1.
    static constexpr int PositionRole = Qt::UserRole + 2;
    /// True when another activity of the file has the same identifier.
    static constexpr int SharedIdentifierRole = Qt::UserRole + 3;

    explicit IatiActivityListModel(QObject *parent = nullptr);

    void setActivities(QList<IatiActivitySummary> activities);
    void setLanguage(Language language);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString dates(const IatiActivitySummary &activity) const;
    QString countries(const IatiActivitySummary &activity) const;

    QString identifier(int row) const;
    QString display(const QModelIndex &index) const;

    QList<IatiActivitySummary> m_activities;
    /// For each row whose identifier is shared: its rank among them (from 1)
    /// and how many share it.
    QHash<int, QPair<int, int>> m_sharedRanks;
    Language m_language = Language::English;
};

} // namespace sharaka
