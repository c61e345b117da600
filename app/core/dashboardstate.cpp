// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/dashboardstate.h"

namespace sharaka {

DashboardState::DashboardState(Language language, QObject *parent)
    : QObject(parent)
    , m_language(language)
{}

void DashboardState::setDataset(const DatasetPtr &dataset, const QString &name)
{
    m_dataset = dataset ? dataset : emptyDataset();
    m_datasetName = name;
    emit datasetChanged(m_dataset);
}

void DashboardState::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit languageChanged(language);
}

} // namespace sharaka
