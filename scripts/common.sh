#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Shared by scripts/run.sh and scripts/test.sh: install what is missing on a
# Debian 12 machine, then configure and build.

set -euo pipefail

SHARAKA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# What building and running the dashboard needs. libqt6opengl6-dev is needed
# by the CMake package of Qt6Charts, and nothing else pulls it in;
# qt6-translations-l10n holds Qt's own French and Arabic texts, qt6-qpa-plugins
# the X11 and Wayland platforms, fonts-noto-core the Arabic font, libqpdf-dev
# the PDF library that makes the PDFs' Arabic text searchable, libpng-dev the
# PNG library the chart export writes with (pngencoder.h).
SHARAKA_APP_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6opengl6-dev libqt6svg6 libxkbcommon-dev
    qt6-qpa-plugins fonts-noto-core fonts-dejavu-core libqpdf-dev libpng-dev
)

# What the tests need on top: a virtual X server (the smoke test under
# xvfb-run), the install checks (desktop-file-validate, appstreamcli), PDF
# rendering (pdftoppm), and clang-14 with libclang-rt-14-dev for the libFuzzer
# target (tests/fuzz).
SHARAKA_TEST_PACKAGES=(
    xvfb xauth
    desktop-file-utils appstream poppler-utils
    clang-14 libclang-rt-14-dev
)

# Installs the packages of "$@" that are not installed yet (apt-get, as root;
# through sudo when run as a user).
sharaka_install_packages() {
    local missing=()
    local package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing: ${missing[*]}"
    local run_as_root=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null; then
            echo "error: packages missing (${missing[*]}) and neither root nor sudo is available" >&2
            return 1
        fi
        run_as_root=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${run_as_root[@]}" apt-get update -qq
    "${run_as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Configures and builds into "$1" with the extra CMake arguments that follow.
sharaka_build() {
    local build_dir=$1
    shift
    cmake -S "$SHARAKA_ROOT" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$build_dir" --parallel "$(nproc)"
}
