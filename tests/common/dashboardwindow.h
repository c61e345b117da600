// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/io/datasetloader.h"
#include "core/settings.h"
#include "support/fixturedataset.h"
#include "widgets/languagemanager.h"
#include "widgets/mainwindow.h"

#include <QStandardPaths>

#include <memory>

namespace sharaka::test {

/// The dashboard as a user first sees it: @p dataset, in English, shown at
/// 1280×800, with settings kept apart from the user's.
inline std::unique_ptr<MainWindow> showDashboard(LanguageManager *languages, const Dataset &dataset,
                                                 const QString &name)
{
    QStandardPaths::setTestModeEnabled(true);
    languages->setLanguage(Language::English);
    auto window = std::make_unique<MainWindow>(languages, languages->settings());
    window->setDataset(dataset, name);
    window->resize(1280, 800);
    window->show();
    return window;
}

/// showDashboard() on the tests' fixture data (support/fixturedataset.h), shown
/// as "fixture.json"; @p data receives the dataset. Link sharaka_test_fixture.
inline std::unique_ptr<MainWindow> showFixtureDashboard(LanguageManager *languages,
                                                        Dataset *data = nullptr)
{
    const Dataset fixture = testing::fixtureDataset();
    if (data)
        *data = fixture;
    return showDashboard(languages, fixture, QStringLiteral("fixture.json"));
}

/// showDashboard() on the embedded Sharaka data, for the tests whose subject
/// it is. Returns null when the embedded data does not load; @p data receives
/// the dataset.
inline std::unique_ptr<MainWindow> showEmbeddedDashboard(LanguageManager *languages,
                                                         Dataset *data = nullptr)
{
    const LoadResult loaded = DatasetLoader::loadEmbedded();
    if (!loaded.ok())
        return nullptr;
    if (data)
        *data = *loaded.dataset;
    return showDashboard(languages, *loaded.dataset, QStringLiteral("Sharaka"));
}

} // namespace sharaka::test
