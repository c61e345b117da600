// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/io/iati/iatidatasetmapper.h"
#include "core/language.h"

#include <QAbstractTableModel>

namespace sharaka {

/// The activities of an IATI file as a table for the picker: identifier,
/// title in the interface language, dates and recipient countries.
class IatiActivityListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdentifierColumn, TitleColumn, DatesColumn, CountriesColumn, ColumnCount };
    static constexpr int IdentifierRole = Qt::UserRole + 1;

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

    QList<IatiActivitySummary> m_activities;
    Language m_language = Language::English;
};

} // namespace sharaka
