#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the .deb of the build in "$1" with CPack into a temporary directory
# and checks its Depends and contents. Exits 77 (skipped) without dpkg-deb.
set -euo pipefail
build_dir=$1
app_id=org.sharakadashboard.SharakaDashboard

if ! command -v dpkg-deb >/dev/null; then
    echo "SKIP: dpkg-deb not installed"
    exit 77
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cpack -G DEB -B "$out" --config "$build_dir/CPackConfig.cmake" >/dev/null
deb=$(ls "$out"/*.deb)
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"

status=0
for package in libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libqt6svg6 \
               libqt6printsupport6 qt6-qpa-plugins qt6-translations-l10n fonts-noto-core libqpdf29 libpng16-16; do
    if ! grep -Eq "(^|, )$package( |,|$)" <<<"$depends"; then
        echo "FAIL: Depends lacks $package"
        status=1
    fi
done
contents=$(dpkg-deb -c "$deb")
for file in ./usr/bin/sharaka-dashboard ./usr/share/applications/$app_id.desktop \
            ./usr/share/metainfo/$app_id.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/$app_id.svg; do
    grep -q " $file\$" <<<"$contents" || { echo "FAIL: $file is not in the package"; status=1; }
done
# The qpdf module, in the program's private library folder (multiarch or not).
grep -Eq ' \./usr/lib/([^/]+/)?sharaka-dashboard/libsharaka_pdftext\.so$' <<<"$contents" \
    || { echo "FAIL: the PDF text module is not in the package"; status=1; }
exit $status
