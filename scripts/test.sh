#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, builds, and runs every test headless (the Qt
# "offscreen" platform; one smoke test runs under a real X server through
# xvfb-run). Needs no display.

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

sharaka_install_packages "${SHARAKA_PACKAGES[@]}"

export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d /tmp/sharaka-runtime.XXXXXX)}
chmod 700 "$XDG_RUNTIME_DIR"

sharaka_build "$SHARAKA_ROOT/build" -DSHARAKA_WERROR=ON
ctest --test-dir "$SHARAKA_ROOT/build" --output-on-failure --timeout 600
