// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The least a Qt Charts window can do: one QMainWindow, one QChartView, one
// bar series of five values. It accepts the dashboard's benchmark options so
// both run the same scenarios.

#include "quitafterfirstpaint.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCommandLineParser>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QMainWindow>
#include <QPainter>
#include <QTimer>
#include <QValueAxis>

#include <cstdio>

namespace {

QChart *makeChart()
{
    auto *set = new QBarSet(QStringLiteral("Outcomes"));
    *set << 46 << 42 << 7 << 800 << 36;
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(QStringLiteral("Outcome indicators"));
    auto *categories = new QBarCategoryAxis;
    categories->append({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                        QStringLiteral("D"), QStringLiteral("E")});
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setRange(0, 1000);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    return chart;
}

/// Lays the chart out at the export size in its own scene, then renders it.
int exportChart(const QString &path, const QSize &size)
{
    QGraphicsScene scene;
    QChart *chart = makeChart();
    scene.addItem(chart);
    chart->resize(size);
    chart->layout()->activate();
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter);
    painter.end();
    if (!image.save(path)) {
        std::fprintf(stderr, "%s: cannot write\n", qPrintable(path));
        return 3;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption firstPaint(QStringLiteral("quit-after-first-paint"),
                                        QStringLiteral("Exit after the first paint."));
    const QCommandLineOption exportOption(QStringLiteral("export"),
                                          QStringLiteral("Write the chart to FILE."),
                                          QStringLiteral("file"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Export size WxH."),
                                        QStringLiteral("size"), QStringLiteral("1600x900"));
    parser.addOptions({firstPaint, exportOption, sizeOption});
    parser.process(app);

    if (parser.isSet(exportOption)) {
        const QStringList parts = parser.value(sizeOption).split(QLatin1Char('x'));
        const QSize size(parts.value(0).toInt(), parts.value(1).toInt());
        if (!size.isValid() || size.isEmpty())
            return 2;
        return exportChart(parser.value(exportOption), size);
    }

    QMainWindow window;
    auto *view = new QChartView(makeChart());
    view->setRenderHint(QPainter::Antialiasing);
    window.setCentralWidget(view);
    window.resize(1280, 800);
    if (parser.isSet(firstPaint)) {
        // The same signal the dashboard uses: the first paint of a child widget.
        quitAfterFirstPaint(view->viewport());
    }
    window.show();
    return QApplication::exec();
}
