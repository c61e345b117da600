// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/wrappedtextitem.h"
#include "common/dashboardwindow.h"
#include "core/io/datasetloader.h"
#include "core/settings.h"
#include "support/largedataset.h"
#include "widgets/languagemanager.h"
#include "widgets/mainwindow.h"
#include "widgets/panels/chartpanel.h"
#include "widgets/panels/countrypanel.h"
#include "widgets/panels/elidedlabel.h"
#include "widgets/panels/keyfigurerow.h"
#include "widgets/panels/timelinewidget.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTest>
#include <QTextDocument>

using namespace sharaka;

namespace {

/// Something with text (or a button) where it is drawn, in window coordinates.
struct TextBox
{
    QString what;
    QRect rect;
    const QObject *owner = nullptr; ///< the widget or chart view it belongs to
};

/// The part of @p widget's rectangle not cut off by the scroll areas and
/// clipping parents above it, in window coordinates.
QRect visibleInWindow(const QWidget *widget, QRect rect)
{
    const QWidget *window = widget->window();
    for (const QWidget *w = widget; w && w != window; w = w->parentWidget()) {
        rect = rect.translated(w->pos()) & w->parentWidget()->rect();
        if (rect.isEmpty())
            return {};
    }
    return rect;
}

bool shownOnScreen(const QWidget *widget)
{
    return widget->isVisible() && widget->width() > 0 && widget->height() > 0;
}

QString describe(const QWidget *widget, const QString &text)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                            : widget->objectName(),
             text.left(40));
}

/// Widgets that draw text or act as buttons, at the rectangle their text takes.
QList<TextBox> widgetBoxes(const QWidget *window)
{
    QList<TextBox> boxes;
    const auto widgets = window->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!shownOnScreen(widget))
            continue;
        QRect local;
        QString text;
        if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            if (label->text().isEmpty())
                continue;
            text = label->text();
            // The text, not the whole stretched label.
            const QRect contents = label->contentsRect();
            const Qt::TextFlag wrap = label->wordWrap() ? Qt::TextWordWrap : Qt::TextSingleLine;
            local = QStyle::alignedRect(
                label->layoutDirection(), label->alignment(),
                label->fontMetrics()
                    .boundingRect(contents, int(label->alignment()) | wrap, text)
                    .size()
                    .boundedTo(contents.size()),
                contents);
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            text = button->text().isEmpty() ? button->toolTip() : button->text();
            local = button->rect();
        } else if (const auto *elided = qobject_cast<const ElidedLabel *>(widget)) {
            if (elided->text().isEmpty())
                continue;
            text = elided->displayedText();
            local = elided->rect();
        } else if (const auto *edit = qobject_cast<const QLineEdit *>(widget)) {
            text = edit->placeholderText();
            local = edit->rect();
        } else {
            continue;
        }
        const QRect shown = visibleInWindow(widget, local);
        if (!shown.isEmpty())
            boxes.append({describe(widget, text), shown, widget});
    }
    return boxes;
}

/// Every text item of every chart on screen (titles, axis and value labels,
/// legends, source lines), where the view draws it.
QList<TextBox> chartTextBoxes(const QWidget *window, QStringList *elided)
{
    QList<TextBox> boxes;
    const auto views = window->findChildren<QChartView *>();
    for (const QChartView *view : views) {
        if (!shownOnScreen(view) || !view->scene())
            continue;
        const auto items = view->scene()->items();
        for (const QGraphicsItem *item : items) {
            if (!item->isVisible())
                continue;
            QString text;
            QRectF bounds = item->boundingRect();
            if (const auto *rich = dynamic_cast<const QGraphicsTextItem *>(item)) {
                text = rich->toPlainText();
                const qreal margin = rich->document()->documentMargin();
                bounds.adjust(margin, margin, -margin, -margin);
            } else if (const auto *simple = dynamic_cast<const QGraphicsSimpleTextItem *>(item)) {
                text = simple->text();
            } else if (dynamic_cast<const WrappedTextItem *>(item)) {
                text = QStringLiteral("(wrapped text)"); // source lines, the map's notes
            } else {
                continue;
            }
            if (text.trimmed().isEmpty())
                continue;
            const QRect inView = view->mapFromScene(item->mapToScene(bounds)).boundingRect();
            const QRect shown =
                visibleInWindow(view->viewport(), inView & view->viewport()->rect());
            if (shown.isEmpty())
                continue; // scrolled out of view: checked where it is shown
            // Qt Charts shortens labels that do not fit with "...".
            if (text.endsWith(QStringLiteral("...")) || text.endsWith(QChar(0x2026)))
                elided->append(view->objectName() + QStringLiteral(": ") + text);
            if (!shown.isEmpty())
                boxes.append({view->objectName() + QStringLiteral(" text \"") + text.left(40) +
                                  QLatin1Char('"'),
                              shown, view});
        }
    }
    return boxes;
}

/// The timeline's labels and cluster badges, which it paints itself.
QList<TextBox> timelineBoxes(const TimelineWidget *timeline)
{
    QList<TextBox> boxes;
    const QList<QRectF> rects = timeline->textRects();
    // Each is its own thing: give each a distinct owner so they are compared with each other.
    for (qsizetype i = 0; i < rects.size(); ++i) {
        const QRect shown =
            visibleInWindow(timeline, rects.at(i).toAlignedRect() & timeline->rect());
        if (!shown.isEmpty())
            boxes.append({QStringLiteral("timeline label %1").arg(i), shown.adjusted(1, 1, -1, -1),
                          timeline});
    }
    return boxes;
}

bool isAncestor(const QObject *ancestor, const QObject *object)
{
    for (const QObject *o = object; o; o = o->parent()) {
        if (o == ancestor)
            return true;
    }
    return false;
}

} // namespace

// Keeps the embedded Sharaka data: its subject is the real first screen, in three languages.
class tst_Layout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_languages = new LanguageManager(new Settings(this), this);
        m_window.reset(test::showEmbeddedDashboard(m_languages).release());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void noTextOverlaps_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QSize>("size");
        for (const QSize &size : {QSize(1024, 640), QSize(1280, 800)}) {
            for (Language language : supportedLanguages()) {
                const QString name = languageCode(language) + QLatin1Char('-') +
                                     QString::number(size.width()) + QLatin1Char('x') +
                                     QString::number(size.height());
                QTest::newRow(qPrintable(name)) << language << size;
            }
        }
    }

    void noTextOverlaps()
    {
        QFETCH(Language, language);
        QFETCH(QSize, size);
        m_languages->setLanguage(language);
        m_window->resize(size);
        QTRY_COMPARE(m_window->size(), size);
        // Layouts settle over a few event loop turns (splitters, scroll areas, charts).
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        for (ChartPanel *panel : m_window->chartPanels())
            panel->buildIfInView();
        QCoreApplication::processEvents();

        // The window as it opens, then with each chart scrolled into view.
        QStringList overlaps;
        QStringList elided;
        checkShownText(&overlaps, &elided);
        auto *scroll = m_window->findChild<QScrollArea *>(QStringLiteral("chartScroll"));
        QVERIFY(scroll);
        for (ChartPanel *panel : m_window->chartPanels()) {
            if (scroll->isAncestorOf(panel))
                scroll->ensureWidgetVisible(panel, 0, 0);
            QCoreApplication::processEvents();
            panel->buildIfInView();
            QCoreApplication::processEvents();
            checkShownText(&overlaps, &elided);
        }
        scroll->verticalScrollBar()->setValue(0);
        overlaps.removeDuplicates();
        elided.removeDuplicates();
        QVERIFY2(overlaps.isEmpty(), qPrintable(overlaps.join(QLatin1Char('\n'))));
        QVERIFY2(elided.isEmpty(), qPrintable(elided.join(QLatin1Char('\n'))));
    }

    void firstScreenShowsTheCharts_data() { noTextOverlaps_data(); }

    void firstScreenShowsTheCharts()
    {
        // The outcome charts are the heart of the dashboard: at 1280×800 the
        // key figures, the map and every bar chart show whole without
        // scrolling; at 1024×640 at least one bar chart does.
        QFETCH(Language, language);
        QFETCH(QSize, size);
        m_languages->setLanguage(language);
        m_window->resize(size);
        auto *scroll = m_window->findChild<QScrollArea *>(QStringLiteral("chartScroll"));
        QVERIFY(scroll);
        scroll->verticalScrollBar()->setValue(0);
        scroll->horizontalScrollBar()->setValue(scroll->horizontalScrollBar()->minimum());
        if (language == Language::Arabic) // scrolled to its start, which is on the right
            scroll->horizontalScrollBar()->setValue(scroll->horizontalScrollBar()->maximum());
        QTRY_COMPARE(m_window->size(), size);
        QTRY_VERIFY(m_window->centralWidget()->width() > 0);
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();

        QStringList whole;
        QStringList cut;
        const auto check = [&](const QWidget *widget, const QString &name) {
            const QRect full = QRect(widget->mapTo(m_window.get(), QPoint(0, 0)), widget->size());
            const QRect shown = visibleInWindow(widget, widget->rect());
            (shown == full && widget->isVisible() ? whole : cut)
                .append(QStringLiteral("%1 %2,%3 %4x%5 shown %6x%7")
                            .arg(name)
                            .arg(full.x())
                            .arg(full.y())
                            .arg(full.width())
                            .arg(full.height())
                            .arg(shown.width())
                            .arg(shown.height()));
            return shown == full && widget->isVisible();
        };
        int barCharts = 0;
        int barChartsWhole = 0;
        bool mapWhole = false;
        for (ChartPanel *panel : m_window->chartPanels()) {
            const bool isMap = panel->chartId() == Dataset::implicitMapId();
            const bool shown = check(panel, panel->chartId());
            if (isMap) {
                // The map itself shows from the top; its notes below may scroll.
                const QRect full = QRect(panel->mapTo(m_window.get(), QPoint(0, 0)), panel->size());
                const QRect inView = visibleInWindow(panel, panel->rect());
                mapWhole = panel->isVisible() && inView.top() == full.top() &&
                           inView.width() == full.width() && inView.height() >= 300;
                continue;
            }
            ++barCharts;
            barChartsWhole += shown ? 1 : 0;
            // Shown whole means built at its place, not waiting for a scroll.
            if (shown)
                QVERIFY2(panel->view()->chart(), qPrintable(panel->chartId()));
        }
        const bool figuresWhole = check(m_window->keyFigures(), QStringLiteral("key figures"));
        const QString report =
            QStringLiteral("whole: %1\ncut: %2")
                .arg(whole.join(QStringLiteral("; ")), cut.join(QStringLiteral("; ")));
        QCOMPARE(barCharts, 3);
        // Nothing squeezed below what it needs: a short window scrolls the
        // country column instead of drawing its table under its footnote.
        const QWidget *countries = m_window->countryPanel();
        QVERIFY2(countries->height() >= countries->minimumSizeHint().height(),
                 qPrintable(QStringLiteral("%1 < %2")
                                .arg(countries->height())
                                .arg(countries->minimumSizeHint().height())));
        if (size.width() >= 1280) {
            QVERIFY2(figuresWhole, qPrintable(report));
            QVERIFY2(mapWhole, qPrintable(report));
            QVERIFY2(barChartsWhole == barCharts, qPrintable(report));
        } else {
            QVERIFY2(barChartsWhole >= 1, qPrintable(report));
        }
    }

    void largeDatasetTimelineStaysReadable_data() { noTextOverlaps_data(); }

    void largeDatasetTimelineStaysReadable()
    {
        // 1,000 milestones: labels where there is room, counted badges
        // elsewhere, nothing drawn over anything else.
        QFETCH(Language, language);
        QFETCH(QSize, size);
        const LoadResult large =
            DatasetLoader::loadBytes(testing::generateLargeDataset(), QStringLiteral("large.json"));
        QVERIFY(large.ok());
        m_languages->setLanguage(language);
        m_window->setDataset(*large.dataset, QStringLiteral("large.json"));
        m_window->resize(size);
        QCoreApplication::processEvents();
        const TimelineWidget *timeline = m_window->timeline();
        QCOMPARE(timeline->milestoneCount(), 1000);
        const QList<QRectF> rects = timeline->textRects();
        QVERIFY(timeline->labelledCount() > 0);
        QVERIFY(!timeline->clusters().isEmpty());
        QStringList overlaps;
        for (qsizetype i = 0; i < rects.size(); ++i) {
            QVERIFY2(QRectF(timeline->rect()).contains(rects.at(i).adjusted(1, 1, -1, -1)),
                     qPrintable(QStringLiteral("%1,%2 %3x%4 in %5x%6")
                                    .arg(rects.at(i).x())
                                    .arg(rects.at(i).y())
                                    .arg(rects.at(i).width())
                                    .arg(rects.at(i).height())
                                    .arg(timeline->width())
                                    .arg(timeline->height())));
            for (qsizetype j = i + 1; j < rects.size(); ++j) {
                const QRectF both = rects.at(i) & rects.at(j);
                if (both.width() > 1 && both.height() > 1)
                    overlaps.append(QStringLiteral("%1 × %2").arg(i).arg(j));
            }
        }
        QVERIFY2(overlaps.isEmpty(), qPrintable(overlaps.join(QLatin1Char('\n'))));
        // Every milestone is either labelled or counted in a badge.
        int counted = timeline->labelledCount();
        for (const TimelineWidget::Cluster &cluster : timeline->clusters())
            counted += int(cluster.members.size());
        QCOMPARE(counted, 1000);
        m_window->setDataset(*DatasetLoader::loadEmbedded().dataset, QStringLiteral("Sharaka"));
    }

    void cleanupTestCase() { m_window.reset(); }

private:
    void checkShownText(QStringList *overlaps, QStringList *elided) const
    {
        QList<TextBox> boxes = widgetBoxes(m_window.get());
        boxes += chartTextBoxes(m_window.get(), elided);
        boxes += timelineBoxes(m_window->timeline());
        for (qsizetype i = 0; i < boxes.size(); ++i) {
            for (qsizetype j = i + 1; j < boxes.size(); ++j) {
                const TextBox &a = boxes.at(i);
                const TextBox &b = boxes.at(j);
                // A button's own label, a view's own items over its frame: one thing.
                if (isAncestor(a.owner, b.owner) && a.owner != b.owner &&
                    !qobject_cast<const QChartView *>(a.owner))
                    continue;
                if (isAncestor(b.owner, a.owner) && a.owner != b.owner &&
                    !qobject_cast<const QChartView *>(b.owner))
                    continue;
                const QRect both = a.rect & b.rect;
                // Anti-aliased edges may touch; text over text may not.
                if (both.width() > 1 && both.height() > 1)
                    overlaps->append(a.what + QStringLiteral(" × ") + b.what);
            }
        }
    }

    LanguageManager *m_languages = nullptr;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(tst_Layout)
#include "tst_layout.moc"
