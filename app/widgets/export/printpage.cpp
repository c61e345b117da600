// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/export/printpage.h"

#include "charts/chartfactory.h"
#include "core/models/countrytablemodel.h"
#include "core/textformat.h"
#include "widgets/panels/chartgrid.h"
#include "widgets/panels/timelinewidget.h"

#include <QApplication>
#include <QGraphicsScene>
#include <QPainter>
#include <QPrinter>
#include <QStyle>

#include <cmath>

namespace sharaka {

namespace {

constexpr qreal LogicalDpi = 96;
// Dots per inch of the page image: sharp on paper, small enough to print fast.
constexpr qreal MaximumPrintDpi = 300;
constexpr qreal Gap = 12;

/// Mirrors @p rect inside @p area for right-to-left pages.
QRectF visual(Qt::LayoutDirection direction, const QRectF &area, const QRectF &rect)
{
    if (direction == Qt::LeftToRight)
        return rect;
    return QRectF(area.left() + area.right() - rect.right(), rect.top(), rect.width(),
                  rect.height());
}

void paintChart(QPainter &painter, const Dataset &dataset, const QString &chartId,
                Language language, const QRectF &target)
{
    std::unique_ptr<DashboardChart> chart = buildChart(dataset, chartId, language, target.size());
    if (!chart)
        return;
    QGraphicsScene scene;
    DashboardChart *item = chart.release();
    scene.addItem(item); // the scene owns the chart from here
    scene.setSceneRect(QRectF(QPointF(0, 0), target.size()));
    scene.render(&painter, target, scene.sceneRect(), Qt::IgnoreAspectRatio);
}

/// Title, summary line and period, as in the window's header. Returns the height used.
qreal paintHeader(QPainter &painter, const Dataset &dataset, Language language, const QRectF &area)
{
    // The same lines as the window's header.
    const QString title = TextFormat::projectTitle(dataset.project, language);
    const QString details = TextFormat::projectDetails(dataset.project, language);

    const int flags = Qt::AlignLeading | Qt::AlignTop | Qt::TextWordWrap;
    QFont titleFont = QApplication::font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    painter.setFont(titleFont);
    const QRectF titleBox = painter.boundingRect(area, flags, title);
    painter.drawText(area, flags, title);
    painter.setFont(QApplication::font());
    const QRectF detailsArea = area.adjusted(0, titleBox.height() + 2, 0, 0);
    const QRectF detailsBox = painter.boundingRect(detailsArea, flags, details);
    painter.drawText(detailsArea, flags, details);
    return titleBox.height() + 2 + detailsBox.height();
}

/// The timeline widget itself, drawn off screen in the light palette.
qreal paintTimeline(QPainter &painter, const DatasetPtr &dataset, Language language,
                    const QRectF &area, const QPalette &palette)
{
    TimelineWidget timeline;
    timeline.setAttribute(Qt::WA_DontShowOnScreen);
    timeline.setPalette(palette);
    timeline.setLayoutDirection(localeFor(language).textDirection());
    timeline.setDataset(dataset);
    timeline.setLanguage(language);
    const int height = timeline.sizeHint().height();
    timeline.resize(int(area.width()), height);
    timeline.render(&painter, area.topLeft().toPoint(), QRegion(), QWidget::DrawChildren);
    return height;
}

/// The partner countries as a list: name, code and phase, with footnotes.
void paintCountries(QPainter &painter, const DatasetPtr &dataset, Language language,
                    const QRectF &area)
{
    CountryTableModel model;
    model.setDataset(dataset);
    model.setLanguage(language);
    QFont bold = QApplication::font();
    bold.setBold(true);
    painter.setFont(bold);
    const int flags = Qt::AlignLeading | Qt::AlignTop | Qt::TextWordWrap;
    QRectF rest = area;
    const QString heading = QCoreApplication::translate("sharaka::MainWindow", "Partner countries");
    rest.setTop(rest.top() + painter.boundingRect(rest, flags, heading).height() + 4);
    painter.drawText(area, flags, heading);
    painter.setFont(QApplication::font());
    QStringList lines;
    for (int row = 0; row < model.rowCount(); ++row) {
        lines.append(model.index(row, CountryTableModel::NameColumn).data().toString() +
                     QStringLiteral(" (") +
                     model.index(row, CountryTableModel::CodeColumn).data().toString() +
                     QStringLiteral(") \u00B7 ") +
                     model.index(row, CountryTableModel::PhaseColumn).data().toString());
    }
    for (const QString &footnote : TextFormat::countryFootnoteLines(*dataset, language))
        lines.append(QLatin1Char('\n') + footnote);
    painter.drawText(rest, flags, lines.join(QLatin1Char('\n')));
}

void paintDashboard(QPainter &painter, const DatasetPtr &dataset, Language language,
                    const QRectF &page, const QPalette &palette)
{
    const Qt::LayoutDirection direction = localeFor(language).textDirection();
    QRectF area = page;
    area.setTop(area.top() + paintHeader(painter, *dataset, language, area) + Gap / 2);
    area.setTop(area.top() + paintTimeline(painter, dataset, language, area, palette) + Gap / 2);

    // Countries in a narrow column on the leading side, charts beside them.
    const qreal countriesWidth = std::round(area.width() * 0.24);
    const QRectF countries(area.left(), area.top(), countriesWidth, area.height());
    paintCountries(painter, dataset, language, visual(direction, page, countries));
    QRectF charts = area.adjusted(countriesWidth + Gap, 0, 0, 0);

    // As in the window: the map across the top, then the same grid.
    const QStringList ids = ChartGrid::gridChartIds(*dataset);
    if (const QString mapId = ChartGrid::topMapId(*dataset); !mapId.isEmpty()) {
        const qreal mapHeight =
            ids.isEmpty() ? charts.height() : std::round(charts.height() * 0.45);
        paintChart(
            painter, *dataset, mapId, language,
            visual(direction, page, QRectF(charts.topLeft(), QSizeF(charts.width(), mapHeight))));
        charts.setTop(charts.top() + mapHeight + Gap);
    }
    const auto count = int(ids.size());
    if (count == 0)
        return;
    const int columns = ChartGrid::columns(count);
    const int rows = ChartGrid::rows(count);
    const qreal cellWidth = (charts.width() - Gap * (columns - 1)) / columns;
    const qreal cellHeight = (charts.height() - Gap * (rows - 1)) / rows;
    const QList<ChartGrid::Cell> cells = ChartGrid::cells(count);
    for (int i = 0; i < count; ++i) {
        const ChartGrid::Cell &cell = cells.at(i);
        const QRectF target(charts.left() + cell.column * (cellWidth + Gap),
                            charts.top() + cell.row * (cellHeight + Gap), cellWidth,
                            cellHeight * cell.rowSpan + Gap * (cell.rowSpan - 1));
        paintChart(painter, *dataset, ids.at(i), language, visual(direction, page, target));
    }
}

} // namespace

QImage renderPrintPage(const PrintRequest &request, const QSizeF &logicalSize, qreal scale)
{
    const QSize pixels(int(std::ceil(logicalSize.width() * scale)),
                       int(std::ceil(logicalSize.height() * scale)));
    QImage image(pixels, QImage::Format_RGB32);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);

    // Paper is white whatever the desktop theme.
    const QPalette light = QApplication::style()->standardPalette();
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    painter.setLayoutDirection(localeFor(request.language).textDirection());
    painter.setPen(light.color(QPalette::WindowText));
    const QRectF page(QPointF(0, 0), logicalSize);
    if (request.chartId.isEmpty())
        paintDashboard(painter, request.dataset, request.language, page, light);
    else
        paintChart(painter, *request.dataset, request.chartId, request.language, page);
    return image;
}

bool printPage(QPrinter *printer, const PrintRequest &request, QString *error)
{
    if (!request.chartId.isEmpty() && !request.dataset->chart(request.chartId)) {
        if (error)
            *error = QCoreApplication::translate("sharaka::PrintController",
                                                 "There is no chart “%1” to print.")
                         .arg(request.chartId);
        return false;
    }
    QPainter painter;
    if (!painter.begin(printer)) {
        if (error) {
            *error = printer->outputFileName().isEmpty()
                         ? QCoreApplication::translate("sharaka::PrintController",
                                                       "The printer “%1” could not be opened.")
                               .arg(printer->printerName())
                         : QCoreApplication::translate("sharaka::PrintController",
                                                       "Could not write “%1”.")
                               .arg(printer->outputFileName());
        }
        return false;
    }
    // The page is drawn at screen density and scaled to the paint rect: fonts
    // then keep their on-screen proportions to the drawing, which they do not
    // when widgets paint straight onto a 1200 dpi printer.
    const QRectF paintRect = printer->pageLayout().paintRectPixels(printer->resolution());
    const qreal toLogical = LogicalDpi / printer->resolution();
    const QSizeF logical = paintRect.size() * toLogical;
    const qreal scale = std::min<qreal>(printer->resolution(), MaximumPrintDpi) / LogicalDpi;
    const QImage image = renderPrintPage(request, logical, scale);
    painter.drawImage(QRectF(QPointF(0, 0), paintRect.size()), image);
    return painter.end();
}

} // namespace sharaka
