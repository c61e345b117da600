#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The layering of README "Layout of the code", checked on the sources. The
# linker already refuses a call across layers (each library links only the
# ones below it: app/CMakeLists.txt); this also catches an include of a
# header-only class or enum from a layer above, which the linker cannot see.
#
#   folder           may include project headers from
#   app/core         core
#   app/map          map
#   app/charts       core, map, charts
#   app/factsheet    core, map, charts, factsheet
#   app/cli          core, cli (headlessexport.*: also charts, factsheet)
#   app/widgets      everything but cli
#
# and Qt: core and cli (but headlessexport) use Qt Core only; map uses no Qt
# Widgets or Qt Charts; Qt Charts headers stay in app/charts, except in the
# widgets that host a chart view (listed below: a new one fails).
set -u
root=${1:?usage: check-layering.sh SOURCE_DIR}
cd "$root" || exit 2
status=0

# check_includes FOLDER ALLOWED_REGEX [FILES_TO_SKIP_REGEX]
check_includes() {
    local folder=$1 allowed=$2 skip=${3:-'^$'}
    local found
    found=$(grep -rnE '^#include "[a-z]+/' "$folder" --include='*.cpp' --include='*.h' |
            grep -vE "$skip" | grep -vE "#include \"($allowed)/") || true
    if [ -n "$found" ]; then
        echo "$folder may include only $allowed:"
        echo "$found"
        status=1
    fi
}

check_includes app/core 'core'
check_includes app/map 'map'
check_includes app/charts 'core|map|charts'
check_includes app/factsheet 'core|map|charts|factsheet'
check_includes app/cli 'core|cli' '^app/cli/headlessexport\.'
check_includes app/cli 'core|cli|charts|factsheet'
check_includes app/widgets 'core|map|charts|factsheet|widgets'

gui='QtGui|QtWidgets|QtCharts|QGuiApplication|QImage|QPainter[A-Za-z]*|QPixmap|QFont[A-Za-z]*|QColor|QPalette|QIcon|QPdfWriter|QPageSize|QTextDocument|QClipboard'
widgets='QtWidgets|QWidget|QApplication|QLabel|QGraphics[A-Za-z]*|QStyle[A-Za-z]*|QMainWindow|QDialog|QAction|QMenu'
charts='QtCharts|QChart[A-Za-z]*|QBar[A-Za-z]*|QValueAxis|QAbstractAxis|QAbstractSeries|QAbstractBarSeries|QLegend[A-Za-z]*|QHorizontal[A-Za-z]*|QCategoryAxis|QLineSeries|QScatterSeries|QXYSeries|QVBarModelMapper|QHBarModelMapper'

if found=$(grep -rnE "#include <($gui|$widgets|$charts)>" app/core app/cli |
           grep -v '^app/cli/headlessexport\.'); then
    echo "core and the command line (but its exports) use Qt Core only:"
    echo "$found"
    status=1
fi
if found=$(grep -rnE "#include <($widgets|$charts)>" app/map); then
    echo "map must not use Qt Widgets or Qt Charts:"
    echo "$found"
    status=1
fi

# Widgets that show a chart hold its QChartView.
allowed='^app/widgets/(panels/chartpanel|panels/mapinteraction|mainwindow)\.cpp:'
if found=$(grep -rnE "#include <($charts)>" app --include='*.cpp' --include='*.h' |
           grep -v '^app/charts/' | grep -vE "$allowed"); then
    echo "Qt Charts headers belong in app/charts:"
    echo "$found"
    status=1
fi
[ $status -eq 0 ] && echo "layering: OK"
exit $status
