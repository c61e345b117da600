#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The layering of README "Layout of the code", checked on the sources:
#  - app/core and app/map include nothing of Qt Widgets or Qt Charts;
#  - Qt Charts headers are included only under app/charts, except by the
#    widgets that host a chart view (listed below: a new one fails).
set -u
root=${1:?usage: check-layering.sh SOURCE_DIR}
cd "$root" || exit 2
status=0

widgets='QtWidgets|QWidget|QApplication|QLabel|QGraphics[A-Za-z]*|QStyle[A-Za-z]*|QMainWindow|QDialog|QAction|QMenu'
charts='QtCharts|QChart[A-Za-z]*|QBar[A-Za-z]*|QValueAxis|QAbstractAxis|QAbstractSeries|QAbstractBarSeries|QLegend[A-Za-z]*|QHorizontal[A-Za-z]*|QCategoryAxis|QLineSeries|QScatterSeries|QXYSeries|QVBarModelMapper|QHBarModelMapper'

if found=$(grep -rnE "#include <($widgets|$charts)>" app/core app/map); then
    echo "core and map must not use Qt Widgets or Qt Charts:"
    echo "$found"
    status=1
fi

# Widgets that show a chart hold its QChartView.
allowed='^app/widgets/(chartpanel|mapinteraction|mainwindow)\.cpp:'
if found=$(grep -rnE "#include <($charts)>" app --include='*.cpp' --include='*.h' |
           grep -v '^app/charts/' | grep -vE "$allowed"); then
    echo "Qt Charts headers belong in app/charts:"
    echo "$found"
    status=1
fi
[ $status -eq 0 ] && echo "layering: OK"
exit $status
