#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Takes a screenshot of the dashboard under Xvfb, as a person would see it:
#   scripts/screenshot.sh OUTPUT.png [WIDTHxHEIGHT] [program arguments...]
# Needs xvfb-run and ImageMagick's import.
set -euo pipefail
output=$1
size=${2:-1280x800}
shift $(( $# >= 2 ? 2 : 1 ))
binary="$(cd "$(dirname "$0")/.." && pwd)/build/app/sharaka-dashboard"
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
XDG_CONFIG_HOME=$config xvfb-run -a -s "-screen 0 ${size}x24" bash -c '
    "$0" "$@" &
    app=$!
    sleep 3
    import -window root "'"$output"'"
    kill $app
' "$binary" "$@"
