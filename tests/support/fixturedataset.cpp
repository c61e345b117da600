// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "support/fixturedataset.h"

#include "core/io/datasetloader.h"

namespace sharaka::testing {

QString fixturePath()
{
    return QStringLiteral(SHARAKA_FIXTURE_PATH);
}

Dataset fixtureDataset()
{
    const LoadResult loaded = DatasetLoader::loadFile(fixturePath());
    return loaded.ok() ? *loaded.dataset : Dataset();
}

QString fixtureProblems()
{
    const LoadResult loaded = DatasetLoader::loadFile(fixturePath());
    QStringList messages = loaded.errors;
    messages += loaded.warnings;
    return messages.join(QLatin1Char('\n'));
}

} // namespace sharaka::testing
