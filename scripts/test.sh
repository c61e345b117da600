#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, builds, and runs every test headless (the Qt
# "offscreen" platform; one smoke test runs under a real X server through
# xvfb-run), then builds and runs them all again under ASan and UBSan.
# Needs no display.

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

sharaka_install_packages "${SHARAKA_APP_PACKAGES[@]}" "${SHARAKA_TEST_PACKAGES[@]}"

export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d /tmp/sharaka-runtime.XXXXXX)}
chmod 700 "$XDG_RUNTIME_DIR"

sharaka_build "$SHARAKA_ROOT/build" -DSHARAKA_WERROR=ON -DBUILD_TESTING=ON
ctest --test-dir "$SHARAKA_ROOT/build" --output-on-failure --timeout 600

# The whole suite again, built with AddressSanitizer and UndefinedBehaviorSanitizer
# (tests/CMakeLists.txt sets their options). The fuzzer already runs sanitized
# in the first build, so it is left out here to keep CI within its time.
sharaka_build "$SHARAKA_ROOT/build-sanitize" -DSHARAKA_WERROR=ON -DSHARAKA_SANITIZE=ON -DSHARAKA_FUZZ=OFF -DBUILD_TESTING=ON
ctest --test-dir "$SHARAKA_ROOT/build-sanitize" --output-on-failure --timeout 900

# One quick run of every benchmark (Release build in build-release/, no
# targets checked), so that the harness of docs/performance.md keeps working.
"$SHARAKA_ROOT/bench/run" --quick
