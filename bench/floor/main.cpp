// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The dashboard's first screen in plain Qt, with none of the dashboard's code:
// the same texts from the same dataset file, in stock widgets (labels, a
// table, a text browser, a menu bar) and four stock Qt Charts bar charts. It
// answers what bench-baseline cannot: what does Qt itself cost to show this
// much on one screen, and to show it in another language? The dashboard's
// times divided by these are the part its own code adds.
//
//     bench-floor DATASET.json --quit-after-first-paint
//     bench-floor DATASET.json --switch N     prints the median of N switches

#include "quitafterfirstpaint.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
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
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

QString language = QStringLiteral("en");

/// Everything that sets a text: run once to fill the screen, again on a switch.
QList<std::function<void()>> retranslators;

QString text(const QJsonValue &value)
{
    return value.toObject().value(language).toString();
}

QString field(const QJsonValue &object, const char *key)
{
    return object.toObject().value(QLatin1String(key)).toString();
}

/// A word-wrapped plain-text label whose text @p make gives in the language shown.
QLabel *wrapped(std::function<QString()> make)
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    retranslators.append([label, make] { label->setText(make()); });
    return label;
}

QLabel *wrapped(const QJsonValue &localized)
{
    return wrapped([localized] { return text(localized); });
}

QFont scaled(QFont font, qreal factor)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(true);
    return font;
}

QWidget *header(const QJsonObject &project, const QJsonArray &indicators)
{
    auto *box = new QWidget;
    auto *row = new QHBoxLayout(box);
    auto *titles = new QVBoxLayout;
    QLabel *title = wrapped([project] {
        return text(project.value(QLatin1String("name"))) + QStringLiteral(" (") +
               text(project.value(QLatin1String("nameMeaning"))) + QLatin1Char(')');
    });
    title->setFont(scaled(title->font(), 1.5));
    titles->addWidget(title);
    titles->addWidget(wrapped(project.value(QLatin1String("summary"))));
    row->addLayout(titles, 2);
    auto *tiles = new QHBoxLayout;
    for (const QJsonValue &indicator : indicators) {
        auto *tile = new QFrame;
        tile->setFrameShape(QFrame::StyledPanel);
        auto *lines = new QVBoxLayout(tile);
        const double number = indicator.toObject().value(QLatin1String("value")).toDouble();
        QLabel *value = wrapped([number] { return QLocale(language).toString(number); });
        value->setFont(scaled(value->font(), 1.6));
        value->setAlignment(Qt::AlignCenter);
        lines->addWidget(value);
        QLabel *name = wrapped(indicator.toObject().value(QLatin1String("label")));
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
        grid->addWidget(wrapped([milestone] {
                            return field(milestone, "date") + QStringLiteral(" · ") +
                                   text(milestone.toObject().value(QLatin1String("title")));
                        }),
                        column % 3, column / 3);
        ++column;
    }
    return strip;
}

QWidget *countries(const QJsonArray &list, const QJsonArray &footnotes)
{
    auto *box = new QWidget;
    auto *lines = new QVBoxLayout(box);
    lines->addWidget(
        wrapped([] { return QStringLiteral("Partner countries (%1)").arg(language); }));
    lines->addWidget(new QLineEdit);
    auto *model = new QStandardItemModel(0, 3, box);
    for (const QJsonValue &country : list) {
        const QList<QStandardItem *> row{
            new QStandardItem, new QStandardItem(field(country, "code")), new QStandardItem};
        model->appendRow(row);
        retranslators.append([row, country] {
            row.at(0)->setText(text(country.toObject().value(QLatin1String("name"))));
            row.at(2)->setText(field(country, "phase") + QLatin1Char(' ') + language);
        });
    }
    auto *table = new QTableView;
    table->setModel(model);
    table->verticalHeader()->hide();
    lines->addWidget(table);
    for (const QJsonValue &footnote : footnotes)
        lines->addWidget(wrapped(footnote.toObject().value(QLatin1String("text"))));
    return box;
}

QWidget *sources(const QJsonArray &list, const QJsonArray &notes)
{
    auto *tabs = new QTabWidget;
    auto *browser = new QTextBrowser;
    tabs->addTab(browser, QString());
    auto *notesBrowser = new QTextBrowser;
    tabs->addTab(notesBrowser, QString());
    retranslators.append([tabs, browser, notesBrowser, list, notes] {
        QString html;
        for (const QJsonValue &source : list) {
            const QJsonObject object = source.toObject();
            html += QStringLiteral(
                        "<p><b>%1</b> [%2]<br/>%3<br/>%4 \u00B7 %5<br/><a href=\"%6\">%6</a></p>")
                        .arg(text(object.value(QLatin1String("publisher"))).toHtmlEscaped(),
                             field(source, "id"),
                             text(object.value(QLatin1String("title"))).toHtmlEscaped(),
                             field(source, "language"), field(source, "published"),
                             field(source, "url").toHtmlEscaped());
        }
        browser->setHtml(html);
        QString notesHtml;
        for (const QJsonValue &note : notes)
            notesHtml +=
                QStringLiteral("<p>%1</p>")
                    .arg(text(note.toObject().value(QLatin1String("text"))).toHtmlEscaped());
        notesBrowser->setHtml(notesHtml);
        tabs->setTabText(0, QStringLiteral("Sources (%1)").arg(language));
        tabs->setTabText(1, QStringLiteral("Data notes (%1)").arg(language));
    });
    return tabs;
}

/// One stock bar chart, titled, with a source line under it; @p names and
/// @p title give their texts in the language shown.
QWidget *chart(std::function<QString()> title, std::function<QStringList()> names,
               const QList<double> &values, std::function<QString()> sourceLine)
{
    auto *set = new QBarSet(QString());
    for (double value : values)
        *set << value;
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->legend()->hide();
    auto *categories = new QBarCategoryAxis;
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto *axis = new QValueAxis;
    axis->setRange(0, *std::max_element(values.cbegin(), values.cend()) * 1.2);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    retranslators.append([chart, set, categories, title, names] {
        chart->setTitle(title());
        set->setLabel(title());
        categories->setCategories(names());
        chart->setLocale(QLocale(language));
    });
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
        indicators.insert(field(indicator, "id"), indicator.toObject());
    const QJsonArray sourceList = dataset.value(QLatin1String("sources")).toArray();
    const auto sourceLine = [sourceList] {
        QStringList publishers;
        for (const QJsonValue &source : sourceList)
            publishers.append(text(source.toObject().value(QLatin1String("publisher"))));
        publishers.removeDuplicates();
        return QStringLiteral("Sources: ") + publishers.join(QStringLiteral("; "));
    };
    auto *row = new QSplitter;
    // The map's place: a chart of the countries, one bar each.
    const QJsonArray countryList = dataset.value(QLatin1String("countries")).toArray();
    QList<double> phases;
    for (const QJsonValue &country : countryList)
        phases.append(field(country, "phase").size());
    row->addWidget(chart([] { return QStringLiteral("Partner countries (%1)").arg(language); },
                         [countryList] {
                             QStringList names;
                             for (const QJsonValue &country : countryList)
                                 names.append(
                                     text(country.toObject().value(QLatin1String("name"))));
                             return names;
                         },
                         phases, sourceLine));
    for (const QJsonValue &spec : dataset.value(QLatin1String("charts")).toArray()) {
        QList<QJsonObject> shown;
        QList<double> values;
        for (const QJsonValue &id : spec.toObject().value(QLatin1String("indicators")).toArray()) {
            shown.append(indicators.value(id.toString()));
            values.append(shown.constLast().value(QLatin1String("value")).toDouble());
        }
        row->addWidget(chart([spec] { return text(spec.toObject().value(QLatin1String("title"))); },
                             [shown] {
                                 QStringList names;
                                 for (const QJsonObject &indicator : shown)
                                     names.append(text(indicator.value(QLatin1String("label"))));
                                 return names;
                             },
                             values, sourceLine));
    }
    return row;
}

void showLanguage(const QString &code)
{
    language = code;
    QApplication::setLayoutDirection(code == QLatin1String("ar") ? Qt::RightToLeft
                                                                 : Qt::LeftToRight);
    for (const auto &retranslate : std::as_const(retranslators))
        retranslate();
}

/// Switches the shown window through French, Arabic and English @p count
/// times, each switch painted once; prints the median in ms.
int timeSwitches(QMainWindow &window, int count)
{
    window.show();
    QApplication::processEvents();
    window.repaint();
    const QStringList cycle{QStringLiteral("fr"), QStringLiteral("ar"), QStringLiteral("en")};
    QList<double> milliseconds;
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        timer.start();
        showLanguage(cycle.at(i % cycle.size()));
        QApplication::processEvents();
        window.repaint();
        milliseconds.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(milliseconds.begin(), milliseconds.end());
    std::printf("switches=%d median_ms=%.3f\n", count, milliseconds.at(milliseconds.size() / 2));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr,
                     "usage: bench-floor DATASET.json [--quit-after-first-paint | --switch N]\n");
        return 2;
    }
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
    showLanguage(language);

    const qsizetype switchAt = arguments.indexOf(QStringLiteral("--switch"));
    if (switchAt > 0)
        return timeSwitches(window, std::max(1, arguments.value(switchAt + 1).toInt()));
    if (arguments.contains(QStringLiteral("--quit-after-first-paint")))
        quitAfterFirstPaint(central);
    window.show();
    return QApplication::exec();
}
