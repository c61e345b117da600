#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Takes a screenshot of the dashboard under Xvfb, as a person would see it:
#   scripts/screenshot.sh OUTPUT.png [WIDTHxHEIGHT] [program arguments...]
# SCREENSHOT_KEYS="alt+f" sends those keys first (xdotool key syntax), to show
# an open menu or a dialog. Needs xvfb-run and ImageMagick's import; with
# xdotool it waits for the window instead of a fixed three seconds.
set -euo pipefail
output=$1
size=${2:-1280x800}
shift $(( $# >= 2 ? 2 : 1 ))
binary="$(cd "$(dirname "$0")/.." && pwd)/build/app/sharaka-dashboard"
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
XDG_CONFIG_HOME=$config SCREENSHOT_KEYS=${SCREENSHOT_KEYS:-} \
    xvfb-run -a -s "-screen 0 ${size}x24" bash -c '
    "$0" "$@" &
    app=$!
    if command -v xdotool >/dev/null; then
        # A busy machine may take long to open the window: wait for it, then
        # for its first paint and the charts in view.
        for _ in $(seq 120); do
            xdotool search --onlyvisible --name Sharaka >/dev/null 2>&1 && break
            sleep 0.5
        done
        # Then until something is drawn (a busy machine paints late), and a
        # little more for the charts in view.
        for _ in $(seq 60); do
            import -window root "'"$output"'"
            [ "$(convert "'"$output"'" -format "%[fx:mean>0.1]" info:)" = 1 ] && break
            sleep 1
        done
        sleep 2
        if [ -n "$SCREENSHOT_KEYS" ]; then
            window=$(xdotool search --onlyvisible --name Sharaka | head -n 1)
            xdotool windowfocus --sync "$window"
            for key in $SCREENSHOT_KEYS; do
                xdotool key "$key"
                sleep 0.5
            done
            sleep 1
        fi
    else
        sleep 3
    fi
    import -window root "'"$output"'"
    kill $app
' "$binary" "$@"
