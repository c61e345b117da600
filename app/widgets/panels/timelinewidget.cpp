// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/panels/timelinewidget.h"

#include "core/textformat.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <cmath>

namespace sharaka {

namespace {

constexpr int Margin = 10;
constexpr int YearRowHeight = 18;
constexpr int PhaseRowHeight = 18;
constexpr qreal BoundTailLength = 28; ///< the dashed tail of a "by" or "on or after" date
constexpr int AxisGap = 6;
constexpr qreal MinimumMarkerWidth = 7;
constexpr qreal LabelPadding = 4;
constexpr int MaxEventsInToolTip = 10;

QString separator()
{
    return QStringLiteral(" \u00B7 ");
}

} // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timeline"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void TimelineWidget::setDataset(const DatasetPtr &dataset)
{
    m_dataset = dataset ? dataset : emptyDataset();
    m_first = QDate();
    m_last = QDate();
    auto widen = [this](const QDate &from, const QDate &to) {
        if (from.isValid() && (!m_first.isValid() || from < m_first))
            m_first = from;
        if (to.isValid() && (!m_last.isValid() || to > m_last))
            m_last = to;
    };
    widen(m_dataset->project.start.firstDay(), m_dataset->project.end.lastDay());
    for (const Milestone &milestone : std::as_const(m_dataset->milestones))
        widen(milestone.date.firstDay(),
              milestone.endDate ? milestone.endDate->lastDay() : milestone.date.lastDay());
    if (m_first.isValid()) {
        // Whole years read best; a month of air after the last event keeps
        // its marker off the edge.
        m_first = QDate(m_first.year(), 1, 1);
        m_last = m_last.addMonths(1);
    }
    m_current = m_dataset->milestones.isEmpty() ? -1 : 0;
    m_hovered = -1;
    m_labelWidths.clear();
    relayout();
    updateGeometry(); // the membership lines come or go with the dataset
    update();
    updateAccessibility();
    emit currentIndexChanged(m_current);
}

void TimelineWidget::setLanguage(Language language)
{
    m_language = language;
    m_labelWidths.clear();
    relayout();
    update();
    updateAccessibility();
}

void TimelineWidget::setCurrentIndex(int index)
{
    if (index < 0 || index >= milestoneCount() || index == m_current)
        return;
    m_current = index;
    update();
    updateAccessibility();
    emit currentIndexChanged(index);
}

void TimelineWidget::updateAccessibility()
{
    // The name is what a screen reader says on every move: the date and the
    // event. The description adds the details and how to move on.
    const QString name = m_current >= 0 ? milestoneSummary(m_current) : tr("Timeline");
    QString description =
        tr("Project timeline, event %1 of %2. The left and right arrow keys, Home and End "
           "move between events.")
            .arg(QLocale().toString(m_current + 1), QLocale().toString(milestoneCount()));
    if (m_current >= 0)
        description += QLatin1Char(' ') + milestoneDetails(m_current);
    if (name != accessibleName()) {
        setAccessibleName(name);
        QAccessibleEvent change(this, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&change);
    }
    if (description != accessibleDescription()) {
        setAccessibleDescription(description);
        QAccessibleEvent change(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&change);
    }
}

QString TimelineWidget::milestoneSummary(int index) const
{
    if (index < 0 || index >= milestoneCount())
        return {};
    const Milestone &milestone = m_dataset->milestones.at(index);
    return TextFormat::milestoneDate(milestone, localeFor(m_language)) + separator() +
           TextFormat::isolate(milestone.title.text(m_language));
}

bool TimelineWidget::endsSentence(const QString &text)
{
    static const QString closing = QStringLiteral("\u201d\u2019\u00bb\"')]");
    static const QString stops = QStringLiteral(".!?\u061f\u2026\u06d4");
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        if (closing.contains(text.at(i)) || text.at(i).isSpace())
            continue;
        return stops.contains(text.at(i));
    }
    return false;
}

QString TimelineWidget::milestoneSentences(int index) const
{
    if (index < 0 || index >= milestoneCount())
        return {};
    const Milestone &milestone = m_dataset->milestones.at(index);
    QStringList sentences;
    const QString description = milestone.description.text(m_language).trimmed();
    if (!description.isEmpty()) {
        // The sources follow on the same line in the window: a description
        // published without its full stop would run into them.
        sentences.append(TextFormat::isolate(description) +
                         (endsSentence(description) ? QString() : QStringLiteral(".")));
    }
    if (milestone.date.precision() == DatePrecision::Year)
        sentences.append(tr("Only the year is known."));
    else if (milestone.date.precision() == DatePrecision::Month)
        sentences.append(tr("Only the month is known."));
    return sentences.join(QLatin1Char(' '));
}

QString TimelineWidget::milestoneSources(int index) const
{
    if (index < 0 || index >= milestoneCount())
        return {};
    return TextFormat::sourcesLine(*m_dataset, m_dataset->milestones.at(index).sourceIds,
                                   m_language);
}

QString TimelineWidget::milestoneDetails(int index) const
{
    const QString sentences = milestoneSentences(index);
    const QString sources = milestoneSources(index);
    return sentences.isEmpty() ? sources : sentences + QLatin1Char('\n') + sources;
}

QStringList TimelineWidget::labelTexts() const
{
    QStringList texts;
    for (int i = 0; i < milestoneCount(); ++i)
        texts.append(milestoneSummary(i));
    return texts;
}

QPointF TimelineWidget::markerPosition(int index) const
{
    if (index < 0 || index >= m_placed.size())
        return {};
    return m_placed.at(index).span.center();
}

QSize TimelineWidget::sizeHint() const
{
    const int row = fontMetrics().height() + 3;
    return QSize(900, Margin * 2 + row * m_labelRows + AxisGap + YearRowHeight + phaseBand() + 8);
}

QSize TimelineWidget::minimumSizeHint() const
{
    const int row = fontMetrics().height() + 3;
    // Three rows of labels at least, when the events ask for them.
    return QSize(420, Margin * 2 + row * std::min(3, m_labelRows) + AxisGap + YearRowHeight +
                          phaseBand() + 8);
}

int TimelineWidget::phaseBand() const
{
    // Two lines under the axis name the undated membership groups; a dataset
    // without them (an IATI activity) gives that room to the charts.
    return m_dataset->phases.isEmpty() ? 0 : PhaseRowHeight * 2;
}

QRectF TimelineWidget::plotRect() const
{
    return QRectF(rect()).adjusted(Margin, Margin, -Margin, -Margin);
}

qreal TimelineWidget::xForDate(const QDate &date) const
{
    const QRectF plot = plotRect();
    const qreal span = qreal(std::max<qint64>(1, m_first.daysTo(m_last)));
    const qreal fraction = qreal(m_first.daysTo(date)) / span;
    return layoutDirection() == Qt::RightToLeft ? plot.right() - fraction * plot.width()
                                                : plot.left() + fraction * plot.width();
}

void TimelineWidget::relayout()
{
    m_placed.clear();
    m_clusters.clear();
    if (!m_first.isValid())
        return;
    const QRectF plot = plotRect();
    const qreal axisY = plot.bottom() - phaseBand() - YearRowHeight - 4;
    const QFontMetricsF metrics(font());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    if (bold != m_labelWidthsFont) {
        m_labelWidths.clear();
        m_labelWidthsFont = bold;
    }
    const qreal rowHeight = metrics.height() + 3;
    const int laneCount = std::max(0, int((axisY - AxisGap - plot.top()) / rowHeight));
    const bool rightToLeft = layoutDirection() == Qt::RightToLeft;
    QList<QList<QRectF>> lanes(laneCount);
    QList<int> laneOfEvent; // -1: no room for its label

    for (int i = 0; i < milestoneCount(); ++i) {
        const Milestone &milestone = m_dataset->milestones.at(i);
        const QDate lastDay =
            milestone.endDate ? milestone.endDate->lastDay() : milestone.date.lastDay();
        qreal from = xForDate(milestone.date.firstDay());
        qreal to = xForDate(lastDay.addDays(1));
        if (from > to)
            std::swap(from, to);
        if (to - from < MinimumMarkerWidth) {
            const qreal centre = (from + to) / 2;
            from = centre - MinimumMarkerWidth / 2;
            to = centre + MinimumMarkerWidth / 2;
        }
        Placed placed;
        placed.span = QRectF(from, axisY - 5, to - from, 10);

        // The label starts at the marker and runs towards later dates, pulled
        // back inside the plot near its end.
        // Measured in bold: the current event's label is drawn bold and must still fit.
        const QString summary = milestoneSummary(i);
        auto measured = m_labelWidths.constFind(summary);
        if (measured == m_labelWidths.cend())
            measured = m_labelWidths.insert(summary, boldMetrics.horizontalAdvance(summary));
        const qreal width = *measured + 2 * LabelPadding;
        qreal left = rightToLeft ? placed.span.center().x() - width + MinimumMarkerWidth / 2
                                 : placed.span.center().x() - MinimumMarkerWidth / 2;
        left = std::clamp(left, plot.left(), std::max(plot.left(), plot.right() - width));
        for (int lane = 0; lane < laneCount; ++lane) {
            const QRectF candidate(left, axisY - AxisGap - (lane + 1) * rowHeight, width,
                                   rowHeight - 2);
            const bool free =
                std::none_of(lanes[lane].cbegin(), lanes[lane].cend(), [&](const QRectF &taken) {
                    return taken.adjusted(-6, 0, 6, 0).intersects(candidate);
                });
            if (free) {
                lanes[lane].append(candidate);
                placed.label = candidate;
                placed.labelled = true;
                laneOfEvent.append(lane);
                break;
            }
        }
        if (!placed.labelled)
            laneOfEvent.append(-1);
        m_placed.append(placed);
    }
    clusterUnlabelled(axisY);
    // A few dates (an aid activity's start and end) need a row or two, not
    // the five that Sharaka's events fill: the rest goes to the charts.
    if (const int wanted = wantedLabelRows(laneOfEvent); wanted != m_labelRows) {
        m_labelRows = wanted;
        updateGeometry();
    }
}

int TimelineWidget::wantedLabelRows(const QList<int> &laneOfEvent) const
{
    if (laneOfEvent.contains(-1))
        return MaximumLabelRows;
    const int used =
        laneOfEvent.isEmpty() ? 0 : *std::max_element(laneOfEvent.cbegin(), laneOfEvent.cend()) + 1;
    return std::clamp(used, MinimumLabelRows, MaximumLabelRows);
}

QList<QRectF> TimelineWidget::textRects() const
{
    QList<QRectF> rects;
    for (const Placed &placed : m_placed) {
        if (placed.labelled)
            rects.append(placed.label);
    }
    for (const Cluster &cluster : m_clusters) {
        if (cluster.members.size() > 1)
            rects.append(cluster.badge);
    }
    return rects;
}

int TimelineWidget::labelledCount() const
{
    return int(std::count_if(m_placed.cbegin(), m_placed.cend(),
                             [](const Placed &placed) { return placed.labelled; }));
}

void TimelineWidget::clusterUnlabelled(qreal axisY)
{
    QList<int> unlabelled;
    for (int i = 0; i < m_placed.size(); ++i) {
        if (!m_placed.at(i).labelled)
            unlabelled.append(i);
    }
    if (unlabelled.isEmpty())
        return;
    // Left to right on screen, whatever the direction of time; equal widths
    // and a new group only a badge's width further on keep badges apart.
    std::stable_sort(unlabelled.begin(), unlabelled.end(), [this](int a, int b) {
        return m_placed.at(a).span.center().x() < m_placed.at(b).span.center().x();
    });
    QFont badgeFont = font();
    badgeFont.setBold(true);
    const QFontMetricsF metrics(badgeFont);
    const QString widest(QString::number(unlabelled.size()).size(), QLatin1Char('0'));
    const qreal width = metrics.horizontalAdvance(widest) + 2 * LabelPadding + 2;
    // Shorter than a text line, so that it stays clear of the labels above.
    const qreal height = metrics.height() - 4;
    for (int index : std::as_const(unlabelled)) {
        // Centred on the markers, but never cut by the widget's edge.
        const qreal x = m_placed.at(index).span.center().x();
        const qreal left = std::clamp(x - width / 2, 0.0, std::max(0.0, this->width() - width));
        if (m_clusters.isEmpty() || left >= m_clusters.constLast().badge.right()) {
            Cluster cluster;
            cluster.badge = QRectF(left, axisY - height / 2, width, height);
            m_clusters.append(cluster);
        }
        m_clusters.last().members.append(index);
    }
    for (Cluster &cluster : m_clusters)
        std::sort(cluster.members.begin(), cluster.members.end());
}

QString TimelineWidget::clusterToolTip(const Cluster &cluster) const
{
    const qsizetype count = cluster.members.size();
    QStringList lines{tr("%n events here without room for a label:", "", int(count))};
    for (qsizetype i = 0; i < std::min<qsizetype>(count, MaxEventsInToolTip); ++i)
        lines.append(QStringLiteral("\u2022 ") + milestoneSummary(cluster.members.at(i)));
    if (count > MaxEventsInToolTip)
        lines.append(tr("and %n more", "", int(count - MaxEventsInToolTip)));
    lines.append(tr("Click to step through them; the arrow keys move through every event."));
    return lines.join(QLatin1Char('\n'));
}

int TimelineWidget::clusterAt(const QPointF &position) const
{
    for (int i = 0; i < m_clusters.size(); ++i) {
        if (m_clusters.at(i).members.size() > 1 && m_clusters.at(i).badge.contains(position))
            return i;
    }
    return -1;
}

int TimelineWidget::milestoneAt(const QPointF &position) const
{
    if (const int cluster = clusterAt(position); cluster >= 0)
        return m_clusters.at(cluster).members.constFirst();
    for (int i = int(m_placed.size()) - 1; i >= 0; --i) {
        const Placed &placed = m_placed.at(i);
        if (placed.span.adjusted(-3, -4, 3, 4).contains(position) ||
            (placed.labelled && placed.label.contains(position))) {
            return i;
        }
    }
    return -1;
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setLayoutDirection(layoutDirection());
    if (!m_first.isValid()) {
        painter.drawText(rect(), Qt::AlignCenter, tr("No dated events"));
        return;
    }
    paintPhases(painter);
    paintYears(painter);
    paintMilestones(painter);
    paintClusters(painter);
}

void TimelineWidget::paintClusters(QPainter &painter) const
{
    QFont badgeFont = font();
    badgeFont.setBold(true);
    painter.setFont(badgeFont);
    const QColor accent = palette().color(QPalette::Highlight);
    for (const Cluster &cluster : m_clusters) {
        if (cluster.members.size() < 2)
            continue; // a lone marker needs no count
        const bool holdsCurrent = cluster.members.contains(m_current);
        painter.setPen(QPen(accent.darker(130), holdsCurrent ? 2 : 1));
        painter.setBrush(palette().color(QPalette::Base));
        painter.drawRoundedRect(cluster.badge, 4, 4);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(cluster.badge, Qt::AlignCenter, QString::number(cluster.members.size()));
    }
    painter.setFont(font());
}

void TimelineWidget::paintYears(QPainter &painter) const
{
    const QRectF plot = plotRect();
    const qreal axisY = plot.bottom() - phaseBand() - YearRowHeight - 4;
    const QColor axisColor = palette().color(QPalette::Mid);
    painter.setPen(QPen(axisColor, 2));
    painter.drawLine(QPointF(plot.left(), axisY), QPointF(plot.right(), axisY));

    const QLocale locale = localeFor(m_language);
    painter.setPen(palette().color(QPalette::WindowText));
    for (int year = m_first.year(); year <= m_last.year(); ++year) {
        const QDate start(year, 1, 1);
        const QDate next(year + 1, 1, 1);
        const qreal x = xForDate(start);
        if (start >= m_first) {
            painter.setPen(QPen(axisColor, 1));
            painter.drawLine(QPointF(x, axisY - 4), QPointF(x, axisY + 4));
        }
        const qreal xEnd = xForDate(std::min(next, m_last));
        const QRectF cell(std::min(x, xEnd), axisY + 4, std::abs(xEnd - x), YearRowHeight);
        if (cell.width() > painter.fontMetrics().horizontalAdvance(QStringLiteral("0000"))) {
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawText(cell, Qt::AlignCenter, locale.toString(start, QStringLiteral("yyyy")));
        }
    }
}

void TimelineWidget::paintPhases(QPainter &painter) const
{
    const QString legend = membershipLegend();
    if (legend.isEmpty())
        return;
    // The sources date no change of membership, so nothing is placed on the
    // axis: the groups are named below it, as text, with the dated
    // observations shown as events above.
    const QRectF plot = plotRect();
    const QRectF area(plot.left(), plot.bottom() - PhaseRowHeight * 2 + 2, plot.width(),
                      PhaseRowHeight * 2 - 2);
    painter.setPen(palette().color(QPalette::WindowText));
    const QFontMetricsF metrics(font());
    const QString shown = metrics.elidedText(legend, Qt::ElideRight, area.width() * 2 - 12);
    painter.drawText(area, Qt::AlignVCenter | Qt::AlignLeading | Qt::TextWordWrap, shown);
}

QString TimelineWidget::membershipLegend() const
{
    if (m_dataset->phases.isEmpty())
        return {};
    QStringList labels;
    for (const Phase &phase : m_dataset->phases)
        labels.append(phase.label.text(m_language));
    return tr("Partner countries, no date of change given by the sources: %1")
        .arg(labels.join(tr("; ", "separator between membership groups")));
}

void TimelineWidget::paintMilestones(QPainter &painter) const
{
    const QColor text = palette().color(QPalette::WindowText);
    const QColor accent = palette().color(QPalette::Highlight);
    const QColor background = palette().color(QPalette::Window);
    const QFont normal = font();
    QFont bold = normal;
    bold.setBold(true);

    for (int i = 0; i < m_placed.size(); ++i) {
        const Placed &placed = m_placed.at(i);
        if (!placed.labelled)
            continue;
        const qreal x =
            std::clamp(placed.span.center().x(), placed.label.left() + 2, placed.label.right() - 2);
        painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DotLine));
        painter.drawLine(QPointF(x, placed.span.top()), QPointF(x, placed.label.bottom()));
    }
    for (int i = 0; i < m_placed.size(); ++i) {
        const Placed &placed = m_placed.at(i);
        const Milestone &milestone = m_dataset->milestones.at(i);
        const bool highlighted = i == m_current || i == m_hovered;
        QColor fill = accent;
        if (milestone.date.precision() != DatePrecision::Day)
            fill.setAlpha(120); // a span of uncertain position within it
        if (milestone.bound != DateBound::On) {
            // A bound reaches into the time it leaves open: a dashed tail
            // towards the past for "by", towards the future for "on or after".
            const bool towardsPast = milestone.bound == DateBound::NotAfter;
            const bool pointsLeft = towardsPast != (layoutDirection() == Qt::RightToLeft);
            const qreal from = pointsLeft ? placed.span.left() : placed.span.right();
            const qreal to = from + (pointsLeft ? -BoundTailLength : BoundTailLength);
            painter.setPen(QPen(accent.darker(130), 2, Qt::DashLine));
            painter.drawLine(QPointF(from, placed.span.center().y()),
                             QPointF(to, placed.span.center().y()));
        }
        painter.setPen(QPen(accent.darker(130), highlighted ? 2 : 1));
        painter.setBrush(fill);
        painter.drawRoundedRect(placed.span, 3, 3);

        if (!placed.labelled)
            continue;
        painter.setPen(Qt::NoPen);
        painter.setBrush(background);
        painter.drawRect(placed.label);
        painter.setFont(highlighted ? bold : normal);
        painter.setPen(text);
        // The text hugs the side of its box nearest the marker, so that a
        // label pulled back at either end of the axis still touches its leader.
        const bool markerOnRight = placed.span.center().x() > placed.label.center().x();
        const Qt::Alignment side =
            Qt::AlignAbsolute | (markerOnRight ? Qt::AlignRight : Qt::AlignLeft);
        painter.drawText(placed.label.adjusted(LabelPadding, 0, -LabelPadding, 0),
                         Qt::AlignVCenter | side, milestoneSummary(i));
        if (i == m_current && hasFocus()) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(accent, 1, Qt::DashLine));
            painter.drawRect(placed.label.adjusted(0, 0, -1, -1));
        }
    }
    painter.setFont(normal);
}

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    const int hovered = milestoneAt(event->position());
    if (hovered != m_hovered) {
        m_hovered = hovered;
        setCursor(hovered >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    // Each click on a count badge selects the next event it holds.
    if (const int cluster = clusterAt(event->position()); cluster >= 0) {
        const QList<int> &members = m_clusters.at(cluster).members;
        const qsizetype at = members.indexOf(m_current);
        setCurrentIndex(members.at((at + 1) % members.size()));
        QWidget::mousePressEvent(event);
        return;
    }
    const int clicked = milestoneAt(event->position());
    if (clicked >= 0)
        setCurrentIndex(clicked);
    QWidget::mousePressEvent(event);
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    // "Forward" follows the direction in which time is drawn.
    const bool rightToLeft = layoutDirection() == Qt::RightToLeft;
    switch (event->key()) {
    case Qt::Key_Right:
        setCurrentIndex(m_current + (rightToLeft ? -1 : 1));
        break;
    case Qt::Key_Left:
        setCurrentIndex(m_current + (rightToLeft ? 1 : -1));
        break;
    case Qt::Key_Home:
        setCurrentIndex(0);
        break;
    case Qt::Key_End:
        setCurrentIndex(milestoneCount() - 1);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int cluster = clusterAt(help->pos());
        const int index = milestoneAt(help->pos());
        // Tooltips guess rich text from the content; dataset text is always
        // plain, so "<b>x</b>" in an event's title shows as typed.
        const auto show = [&](const QString &plain) {
            QToolTip::showText(help->globalPos(), TextFormat::toolTip(plain), this);
        };
        if (cluster >= 0) {
            show(clusterToolTip(m_clusters.at(cluster)));
        } else if (index >= 0) {
            show(milestoneSummary(index) + QStringLiteral("\n") + milestoneDetails(index));
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void TimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LayoutDirectionChange || event->type() == QEvent::FontChange) {
        relayout();
        update();
    }
    if (event->type() == QEvent::LanguageChange)
        updateAccessibility();
    QWidget::changeEvent(event);
}

void TimelineWidget::focusInEvent(QFocusEvent *event)
{
    if (m_current < 0 && milestoneCount() > 0)
        setCurrentIndex(0);
    QWidget::focusInEvent(event);
}

} // namespace sharaka
