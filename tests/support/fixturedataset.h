// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/dataset.h"

#include <QString>

namespace sharaka::testing {

/// The small made-up dataset of the tests (tests/data/fixture/fixture.json):
/// three countries (Midland DZ and Westland MA in the first round, Eastland PS
/// with a footnote in the second), three headline indicators in two charts
/// (23 sites, 9 teams, 750+ people; the first and last are headlines), five milestones at year, month and day
/// precision, three sources and one note, in English, French and Arabic.
/// Tests that need data use it instead of the embedded Sharaka data, so that
/// editing Sharaka's facts or translations breaks only the tests about them.
QString fixturePath();

/// The fixture as loaded by DatasetLoader; an empty Dataset if it does not load
/// (tests then fail on their first comparison); fixtureProblems() says why.
Dataset fixtureDataset();

/// Empty when the fixture loads without problems or warnings, else the messages.
QString fixtureProblems();

} // namespace sharaka::testing
