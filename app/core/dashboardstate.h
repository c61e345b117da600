// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/datasetptr.h"
#include "core/language.h"

#include <QObject>
#include <QString>

namespace sharaka {

/// What the window shows: one shared, immutable dataset, its name for the
/// title bar, and the language its text is shown in. Panels, models, print
/// and export read the same dataset object and hear of a new one through
/// datasetChanged() alone, and of a new data language through languageChanged().
class DashboardState final : public QObject
{
    Q_OBJECT

public:
    explicit DashboardState(Language language, QObject *parent = nullptr);

    /// Never null: an empty dataset until one is set.
    const DatasetPtr &dataset() const { return m_dataset; }
    /// "Sharaka" for the embedded data, else the file's name.
    QString datasetName() const { return m_datasetName; }
    Language language() const { return m_language; }

    /// Shows @p dataset (null means empty) and emits datasetChanged() once.
    void setDataset(const DatasetPtr &dataset, const QString &name);
    /// Emits languageChanged() when @p language differs from the current one.
    void setLanguage(Language language);

signals:
    void datasetChanged(const sharaka::DatasetPtr &dataset);
    void languageChanged(sharaka::Language language);

private:
    DatasetPtr m_dataset = emptyDataset();
    QString m_datasetName;
    Language m_language;
};

} // namespace sharaka
