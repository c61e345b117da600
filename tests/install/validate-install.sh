#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the build in "$1" into a temporary DESTDIR and validates what a
# desktop needs: the binary, the .desktop entry, the AppStream metainfo and the
# scalable icon; and that the installed program finds its PDF text module. Exits 77 (skipped) only when the validators are missing.
set -euo pipefail
build_dir=$1
app_id=org.sharakadashboard.SharakaDashboard

missing=()
command -v desktop-file-validate >/dev/null || missing+=(desktop-file-validate)
command -v appstreamcli >/dev/null || missing+=(appstreamcli)
if [ ${#missing[@]} -gt 0 ]; then
    echo "SKIP: ${missing[*]} not installed (apt-get install desktop-file-utils appstream)"
    exit 77
fi

destdir=$(mktemp -d)
trap 'rm -rf "$destdir"' EXIT
DESTDIR=$destdir cmake --install "$build_dir" --prefix /usr >/dev/null
root=$destdir/usr

status=0
for file in bin/sharaka-dashboard \
            share/applications/$app_id.desktop \
            share/metainfo/$app_id.metainfo.xml \
            share/icons/hicolor/scalable/apps/$app_id.svg \
            share/sharaka-dashboard/screenshots/dashboard-en.png; do
    if [ ! -s "$root/$file" ]; then
        echo "FAIL: $file was not installed"
        status=1
    fi
done
[ -x "$root/bin/sharaka-dashboard" ] || { echo "FAIL: bin/sharaka-dashboard is not executable"; status=1; }
grep -q '^<svg\|<svg ' "$root/share/icons/hicolor/scalable/apps/$app_id.svg" \
    || { echo "FAIL: the icon is not an SVG"; status=1; }
grep -qx "Icon=$app_id" "$root/share/applications/$app_id.desktop" \
    || { echo "FAIL: the .desktop entry does not name the icon $app_id"; status=1; }
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" \
    "$root/share/metainfo/$app_id.metainfo.xml" \
    || { echo "FAIL: the metainfo does not launch $app_id.desktop"; status=1; }

# The qpdf module, in the program's private library folder, found by the
# installed program: an Arabic PDF cannot be written without it.
module=$(find "$root/lib" -path '*/sharaka-dashboard/libsharaka_pdftext.so' -type f)
[ -n "$module" ] || { echo "FAIL: the PDF text module was not installed"; status=1; }
chart=$(XDG_RUNTIME_DIR=$destdir "$root/bin/sharaka-dashboard" --list-charts | head -n 1)
if ! XDG_RUNTIME_DIR=$destdir SHARAKA_PDFTEXT_MODULE= "$root/bin/sharaka-dashboard" \
        --export "$destdir/chart.pdf" --chart "$chart" --lang ar || [ ! -s "$destdir/chart.pdf" ]; then
    echo "FAIL: the installed program cannot write a PDF"
    status=1
fi

echo "desktop-file-validate:"
desktop-file-validate "$root/share/applications/$app_id.desktop" || status=1
echo "appstreamcli validate --no-net:"
appstreamcli validate --no-net "$root/share/metainfo/$app_id.metainfo.xml" || status=1
exit $status
