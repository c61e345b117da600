// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/chartexporter.h"
#include "charts/chartfactory.h"
#include "charts/indicatorchart.h"
#include "common/catalogue.h"
#include "core/io/datasetloader.h"
#include "core/io/iati/iatiactivityloader.h"
#include "core/languagetranslator.h"
#include "core/models/indicatormodel.h"

#include <QLegend>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QTest>
#include <QValueAxis>

using namespace sharaka;

/// Targets against actuals: the marks on the bars, the model's columns, the
/// tooltip and the screen-reader text, on the made-up IATI activity
/// (tests/data/iati/demo-water-activity.xml).
class tst_TargetChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void marks_atTargetAndBaseline();
    void marks_drawnInTheExport();
    void model_columnsTooltipAndSummary();
    void model_inFrench();
    void chartWithoutFramework_isUnchanged();

private:
    static QScatterSeries *scatter(const DashboardChart &chart, const QString &name)
    {
        const auto all = chart.series();
        for (QAbstractSeries *series : all) {
            if (auto *points = qobject_cast<QScatterSeries *>(series);
                points && points->name() == name)
                return points;
        }
        return nullptr;
    }
    Dataset m_data;
};

void tst_TargetChart::initTestCase()
{
    const LoadResult result =
        IatiActivityLoader(QStringLiteral(SHARAKA_TEST_DATA_DIR "/iati/demo-water-activity.xml"))
            .load({});
    QVERIFY(result.ok());
    m_data = *result.dataset;
}

void tst_TargetChart::marks_atTargetAndBaseline()
{
    const auto chart =
        buildChart(m_data, QStringLiteral("result-1"), Language::English, QSizeF(1600, 900));
    QVERIFY(chart);
    // Bars are drawn bottom-up: wells (target 60 for 2021, its latest
    // actual, baseline 12) is category 1.
    QScatterSeries *targets = scatter(*chart, QStringLiteral("Target"));
    QScatterSeries *baselines = scatter(*chart, QStringLiteral("Baseline"));
    QVERIFY(targets && baselines);
    QCOMPARE(targets->points(), (QList<QPointF>{{60, 1}, {50, 0}}));
    QCOMPARE(baselines->points(), (QList<QPointF>{{12, 1}}));
    QCOMPARE(targets->markerShape(), QScatterSeries::MarkerShapeRotatedRectangle);
    QCOMPARE(baselines->markerShape(), QScatterSeries::MarkerShapeTriangle);
    // The legend names the marks and no lower bound (there is none).
    QStringList shown;
    const auto markers = chart->legend()->markers();
    for (QLegendMarker *marker : markers) {
        if (marker->isVisible())
            shown.append(marker->label());
    }
    QCOMPARE(shown, (QStringList{QStringLiteral("Target"), QStringLiteral("Baseline")}));

    // The axis reaches beyond a baseline larger than every bar.
    const auto access =
        buildChart(m_data, QStringLiteral("result-2"), Language::English, QSizeF(1600, 900));
    const auto axes = access->axes(Qt::Horizontal);
    auto *axis = qobject_cast<QValueAxis *>(axes.value(0));
    QVERIFY(axis);
    QCOMPARE(axis->max(), 60.0);
}

void tst_TargetChart::marks_drawnInTheExport()
{
    const QSize size(1600, 900);
    const auto chart =
        buildChart(m_data, QStringLiteral("result-1"), Language::English, QSizeF(size));
    QScatterSeries *targets = scatter(*chart, QStringLiteral("Target"));
    // The committees' target (50) lies beyond their bar (38), on the panel's background.
    const QPoint mark = chart->mapToPosition(QPointF(50, 0), targets).toPoint();
    const QImage image = ChartExporter(m_data).renderImage(QStringLiteral("result-1"),
                                                           Language::English, ExportOptions());
    QCOMPARE(image.size(), size);
    const QColor centre = image.pixelColor(mark);
    QVERIFY2(centre.lightness() < 80, qPrintable(centre.name()));
    // Twenty pixels further along the row there is no mark: only background.
    QVERIFY(image.pixelColor(mark + QPoint(0, 20)).lightness() > 200);
}

void tst_TargetChart::model_columnsTooltipAndSummary()
{
    IndicatorModel model(m_data, QStringLiteral("result-2"), Language::English);
    // The eighth column says which period the figure is for (the latest).
    QCOMPARE(model.columnCount(), 8);
    QCOMPARE(model.headerData(IndicatorModel::TargetColumn, Qt::Horizontal).toString(),
             QStringLiteral("Target"));
    QCOMPARE(model.headerData(IndicatorModel::ProgressColumn, Qt::Horizontal).toString(),
             QStringLiteral("% of target"));
    QCOMPARE(model.index(0, IndicatorModel::ValueColumn).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("17%"));
    QCOMPARE(model.index(0, IndicatorModel::TargetColumn).data().toString(), QStringLiteral("20%"));
    QCOMPARE(model.index(0, IndicatorModel::BaselineColumn).data().toString(),
             QStringLiteral("48%"));
    QCOMPARE(model.index(0, IndicatorModel::ProgressColumn).data().toString(),
             QStringLiteral("85% of target"));
    // Lower is better: under its target, the figure reached it.
    QCOMPARE(model.summaries(),
             QStringList{QStringLiteral(
                 "Households over 30 minutes from water (%): 17%; Latest period: 2022; "
                 "Target: 20%; Baseline: 48%; 85% of target; Lower is "
                 "better; Target reached")});
    const QString tip =
        model.index(0, IndicatorModel::LabelColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Target: 20%<br>Baseline: 48%<br>85% of target<br>Lower "
                                         "is better<br>Target reached")) ||
                 tip.contains(QStringLiteral("Target: 20%\nBaseline: 48%\n85% of target\nLower is "
                                             "better\nTarget reached")),
             qPrintable(tip));

    IndicatorModel wells(m_data, QStringLiteral("result-1"), Language::English);
    QCOMPARE(wells.summaries().at(0),
             QStringLiteral("Wells built: 71; Latest period: 2021; Target: 60; Baseline: 12; 118% "
                            "of target; Target "
                            "reached"));
    QCOMPARE(wells.summaries().at(1),
             QStringLiteral("Water committees trained: 38; Latest period: 2020 \u2013 2021; "
                            "Target: 50; 76% of target; Target not "
                            "reached"));
    QCOMPARE(wells.index(1, IndicatorModel::BaselineColumn).data().toString(), QString());
}

void tst_TargetChart::model_inFrench()
{
    const LanguageTranslator french(Language::French);
    QVERIFY(french.isLoaded());
    IndicatorModel model(m_data, QStringLiteral("result-2"), Language::French, &french);
    // The catalogue's words, put together as the model does; the label and
    // the figures (French percent spacing) are the data's and the locale's.
    const auto words = [](const char *source) {
        return test::translated(Language::French, "sharaka::IndicatorModel", source);
    };
    const auto targetWords = [](const char *source) {
        return test::translated(Language::French, "TargetFormat", source);
    };
    QCOMPARE(model.headerData(IndicatorModel::BaselineColumn, Qt::Horizontal).toString(),
             words("Baseline"));
    const QStringList parts{
        words("%1: %2").arg(QStringLiteral("Ménages à plus de 30 minutes de l’eau (%)"),
                            QStringLiteral("17\u00a0%")),
        words("Latest period: %1").arg(QStringLiteral("2022")),
        targetWords("Target: %1").arg(QStringLiteral("20\u00a0%")),
        targetWords("Baseline: %1").arg(QStringLiteral("48\u00a0%")),
        targetWords("%1% of target").arg(QStringLiteral("85")),
        targetWords("Lower is better"),
        targetWords("Target reached")};
    QCOMPARE(model.summaries(), QStringList{parts.join(QStringLiteral("\u00a0; "))});
}

void tst_TargetChart::chartWithoutFramework_isUnchanged()
{
    // A small fixture of its own: the embedded data changes with its facts.
    const LoadResult loaded = DatasetLoader::loadFile(
        QStringLiteral(SHARAKA_TEST_DATA_DIR "/valid/optional-fields-absent.json"));
    QVERIFY(loaded.ok());
    // Exact figures only, so that nothing calls for a legend.
    Dataset data = *loaded.dataset;
    for (Indicator &indicator : data.indicators)
        indicator.qualifier = Qualifier::Exact;
    const auto chart =
        buildChart(data, QStringLiteral("results"), Language::English, QSizeF(1600, 900));
    QVERIFY(!scatter(*chart, QStringLiteral("Target")));
    QVERIFY(!scatter(*chart, QStringLiteral("Baseline")));
    QVERIFY(!chart->legend()->isVisible());
    IndicatorModel model(data, QStringLiteral("results"), Language::English);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.summaries().at(0), QStringLiteral("People trained: 120"));
}

QTEST_MAIN(tst_TargetChart)
#include "tst_targetchart.moc"
