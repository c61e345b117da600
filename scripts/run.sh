#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, builds, and opens the dashboard on its embedded
# data. Extra arguments go to the program (for example: --lang ar).

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# Only the program: the test tools and the tests are scripts/test.sh's.
sharaka_install_packages "${SHARAKA_APP_PACKAGES[@]}"
sharaka_build "$SHARAKA_ROOT/build" -DBUILD_TESTING=OFF
exec "$SHARAKA_ROOT/build/app/sharaka-dashboard" "$@"
