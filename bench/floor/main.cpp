// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The dashboard's first screen in plain Qt, with none of the dashboard's code:
// the same texts from the same dataset file, in stock widgets (labels, a
// table, a text browser, a menu bar) and four stock Qt Charts bar charts. It
// answers a question bench-baseline cannot: what does Qt itself cost to show
// this much on one screen? The dashboard's startup divided by this one is the
// part its own code adds.
//
//     bench-floor DATASET.json [--lang en|fr|ar] --quit-after-first-paint

#include "quitafterfirstpaint.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cstdio>

namespace {

QString language = QStringLiteral("en");

QString text(const QJsonValue &value)
{
    return value.toObject().value(language).toString();
}

QLabel *wrapped(const QString &text, QWidget *parent = nullptr)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QWidget *header(const QJsonObject &project, const QJsonArray &indicators)
{
    auto *box = new QWidget;
    auto *row = new QHBoxLayout(box);
    auto *titles = new QVBoxLayout;
    QLabel *title = wrapped(text(project.value(QLatin1String("name"))) + QStringLiteral(" (") +
                            text(project.value(QLatin1String("nameMeaning"))) + QLatin1Char(')'));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    titles->addWidget(title);
    titles->addWidget(wrapped(text(project.value(QLatin1String("summary")))));
    row->addLayout(titles, 2);
    auto *tiles = new QHBoxLayout;
    for (const QJsonValue &indicator : indicators) {
        auto *tile = new QFrame;
        tile->setFrameShape(QFrame::StyledPanel);
        auto *lines = new QVBoxLayout(tile);
        auto *value = new QLabel(
            QString::number(indicator.toObject().value(QLatin1String("value")).toDouble()));
        QFont bold = value->font();
        bold.setPointSizeF(bold.pointSizeF() * 1.6);
        bold.setBold(true);
        value->setFont(bold);
        value->setAlignment(Qt::AlignCenter);
        lines->addWidget(value);
        QLabel *name = wrapped(text(indicator.toObject().value(QLatin1String("label"))));
        name->setAlignment(Qt::AlignCenter);
        lines->addWidget(name);
        tiles->addWidget(tile);
    }
    row->addLayout(tiles, 3);
    return box;
}

QWidget *timeline(const QJsonArray &milestones)
{
    auto *strip = new QWidget;
    auto *grid = new QGridLayout(strip);
    int column = 0;
    for (const QJsonValue &milestone : milestones) {
        const QJsonObject object = milestone.toObject();
        grid->addWidget(wrapped(object.value(QLatin1String("date")).toString() +
                                QStringLiteral(" · ") + text(object.value(QLatin1String("title")))),
                        column % 3, column / 3);
        ++column;
    }
    return strip;
}

QWidget *countries(const QJsonArray &list, const QJsonArray &footnotes)
{
    auto *box = new QWidget;
    auto *lines = new QVBoxLayout(box);
    lines->addWidget(new QLabel(QStringLiteral("Partner countries")));
    lines->addWidget(new QLineEdit);
    auto *model = new QStandardItemModel(0, 3, box);
    for (const QJsonValue &country : list) {
        const QJsonObject object = country.toObject();
        model->appendRow({new QStandardItem(text(object.value(QLatin1String("name")))),
                          new QStandardItem(object.value(QLatin1String("code")).toString()),
                          new QStandardItem(object.value(QLatin1String("phase")).toString())});
    }
    auto *table = new QTableView;
    table->setModel(model);
    table->verticalHeader()->hide();
    lines->addWidget(table);
    for (const QJsonValue &footnote : footnotes)
        lines->addWidget(wrapped(text(footnote.toObject().value(QLatin1String("text")))));
    return box;
}

QWidget *sources(const QJsonArray &list, const QJsonArray &notes)
{
    QString html;
    for (const QJsonValue &source : list) {
        const QJsonObject object = source.toObject();
        html += QStringLiteral(
                    "<p><b>%1</b> [%2]<br/>%3<br/>%4 \u00B7 %5<br/><a href=\"%6\">%6</a></p>")
                    .arg(text(object.value(QLatin1String("publisher"))).toHtmlEscaped(),
                         object.value(QLatin1String("id")).toString(),
                         text(object.value(QLatin1String("title"))).toHtmlEscaped(),
                         object.value(QLatin1String("language")).toString(),
                         object.value(QLatin1String("published")).toString(),
                         object.value(QLatin1String("url")).toString().toHtmlEscaped());
    }
    QString notesHtml;
    for (const QJsonValue &note : notes)
        notesHtml += QStringLiteral("<p>%1</p>")
                         .arg(text(note.toObject().value(QLatin1String("text"))).toHtmlEscaped());
    auto *tabs = new QTabWidget;
    auto *browser = new QTextBrowser;
    browser->setHtml(html);
    tabs->addTab(browser, QStringLiteral("Sources"));
    auto *notesBrowser = new QTextBrowser;
    notesBrowser->setHtml(notesHtml);
    tabs->addTab(notesBrowser, QStringLiteral("Data notes"));
    return tabs;
}

/// One stock bar chart of @p values, titled, with a source line under it.
QWidget *chart(const QString &title, const QStringList &names, const QList<double> &values,
               const QString &sourceLine)
{
    auto *set = new QBarSet(title);
    for (double value : values)
        *set << value;
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(title);
    chart->legend()->hide();
    auto *categories = new QBarCategoryAxis;
    categories->append(names);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto *axis = new QValueAxis;
    double top = 0;
    for (double value : values)
        top = std::max(top, value);
    axis->setRange(0, top * 1.2);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    auto *box = new QWidget;
    auto *lines = new QVBoxLayout(box);
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    lines->addWidget(view, 1);
    lines->addWidget(wrapped(sourceLine));
    return box;
}

QWidget *charts(const QJsonObject &dataset)
{
    QHash<QString, QJsonObject> indicators;
    for (const QJsonValue &indicator : dataset.value(QLatin1String("indicators")).toArray())
        indicators.insert(indicator.toObject().value(QLatin1String("id")).toString(),
                          indicator.toObject());
    QStringList publishers;
    for (const QJsonValue &source : dataset.value(QLatin1String("sources")).toArray())
        publishers.append(text(source.toObject().value(QLatin1String("publisher"))));
    publishers.removeDuplicates();
    const QString sourceLine = QStringLiteral("Sources: ") + publishers.join(QStringLiteral("; "));
    auto *row = new QSplitter;
    // The map's place: a chart of the countries' phases, as many bars as countries.
    QStringList countryNames;
    QList<double> phases;
    for (const QJsonValue &country : dataset.value(QLatin1String("countries")).toArray()) {
        countryNames.append(text(country.toObject().value(QLatin1String("name"))));
        phases.append(country.toObject().value(QLatin1String("phase")).toString().size());
    }
    row->addWidget(chart(QStringLiteral("Partner countries"), countryNames, phases, sourceLine));
    for (const QJsonValue &spec : dataset.value(QLatin1String("charts")).toArray()) {
        QStringList names;
        QList<double> values;
        for (const QJsonValue &id : spec.toObject().value(QLatin1String("indicators")).toArray()) {
            const QJsonObject indicator = indicators.value(id.toString());
            names.append(text(indicator.value(QLatin1String("label"))));
            values.append(indicator.value(QLatin1String("value")).toDouble());
        }
        row->addWidget(
            chart(text(spec.toObject().value(QLatin1String("title"))), names, values, sourceLine));
    }
    return row;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() < 2) {
        std::fprintf(
            stderr,
            "usage: bench-floor DATASET.json [--lang en|fr|ar] [--quit-after-first-paint]\n");
        return 2;
    }
    const qsizetype languageAt = arguments.indexOf(QStringLiteral("--lang"));
    if (languageAt > 0 && languageAt + 1 < arguments.size())
        language = arguments.at(languageAt + 1);
    if (language == QLatin1String("ar"))
        QApplication::setLayoutDirection(Qt::RightToLeft);
    QFile file(arguments.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: cannot read\n", qPrintable(arguments.at(1)));
        return 2;
    }
    const QJsonObject dataset = QJsonDocument::fromJson(file.readAll()).object();

    QMainWindow window;
    for (const char *menu : {"&File", "&View", "&Help"}) {
        QMenu *items = window.menuBar()->addMenu(QString::fromLatin1(menu));
        for (int i = 0; i < 10; ++i)
            items->addAction(QStringLiteral("Item %1").arg(i));
    }
    auto *central = new QWidget;
    auto *lines = new QVBoxLayout(central);
    lines->addWidget(header(dataset.value(QLatin1String("project")).toObject(),
                            dataset.value(QLatin1String("indicators")).toArray()));
    lines->addWidget(timeline(dataset.value(QLatin1String("milestones")).toArray()));
    auto *body = new QSplitter;
    auto *left = new QWidget;
    auto *leftLines = new QVBoxLayout(left);
    leftLines->addWidget(countries(dataset.value(QLatin1String("countries")).toArray(),
                                   dataset.value(QLatin1String("footnotes")).toArray()));
    leftLines->addWidget(sources(dataset.value(QLatin1String("sources")).toArray(),
                                 dataset.value(QLatin1String("notes")).toArray()));
    body->addWidget(left);
    body->addWidget(charts(dataset));
    body->setStretchFactor(1, 3);
    lines->addWidget(body, 1);
    window.setCentralWidget(central);
    window.resize(1280, 800);

    if (arguments.contains(QStringLiteral("--quit-after-first-paint"))) {
        // As the dashboard and bench-baseline: the first paint of the window.
        quitAfterFirstPaint(central);
    }
    window.show();
    return QApplication::exec();
}
