// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/datasetptr.h"

#include <QFont>
#include <QHash>
#include <QWidget>

namespace sharaka {

/// The project's time line: every milestone at its true precision (a year is
/// drawn as a span over the year, a day as a point). Dated observations of
/// membership are milestones like any other; the membership groups, which the
/// sources do not date, are named in a line of text under the axis rather than
/// drawn on it. Time flows right to left in a right-to-left layout.
///
/// Hover shows a milestone's description and sources; with keyboard focus the
/// arrow keys, Home and End move between milestones.
class TimelineWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWidget(QWidget *parent = nullptr);

    void setDataset(const DatasetPtr &dataset);
    /// The dataset shown, shared with the window.
    const DatasetPtr &dataset() const { return m_dataset; }
    void setLanguage(Language language);

    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);
    int milestoneCount() const { return int(m_dataset->milestones.size()); }

    /// "31 Jan 2023: Project ends", for the milestone at @p index.
    QString milestoneSummary(int index) const;
    /// The description and sources of the milestone at @p index: its
    /// sentences, then a line of sources.
    QString milestoneDetails(int index) const;
    /// The milestone's description and what is known of its date, each
    /// sentence ended; empty when there is neither.
    QString milestoneSentences(int index) const;
    /// "Sources: …" of the milestone at @p index.
    QString milestoneSources(int index) const;
    /// Whether @p text ends with a full stop, question or exclamation mark
    /// (Latin or Arabic), closing quotes aside.
    static bool endsSentence(const QString &text);
    /// Where the marker of milestone @p index is drawn (widget coordinates).
    QPointF markerPosition(int index) const;
    /// The undated membership groups, as the line of text under the axis.
    QString membershipLegend() const;
    /// The label texts in drawing order (for tests and accessibility).
    QStringList labelTexts() const;
    /// Where the labels and the cluster badges are drawn (widget coordinates), for layout checks.
    QList<QRectF> textRects() const;

    /// Milestones whose labels found no room, grouped by where their markers
    /// sit; a group of several is drawn as one badge with its count, so a
    /// dense timeline stays legible. Members are indexes in date order.
    struct Cluster
    {
        QList<int> members;
        QRectF badge;
    };
    QList<Cluster> clusters() const { return m_clusters; }
    int labelledCount() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void currentIndexChanged(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    /// Height of the membership groups' lines under the axis.
    int phaseBand() const;
    /// Names the widget after the current event and tells screen readers.
    void updateAccessibility();

    struct Placed
    {
        QRectF span;  ///< the marker: a point widened to its precision
        QRectF label; ///< where the one-line label is drawn
        bool labelled = false;
    };

    static constexpr int MaximumLabelRows = 5;
    static constexpr int MinimumLabelRows = 2;
    void relayout();
    /// Label rows the events need at the current width: all of them while
    /// some event goes unlabelled, so that the widget asks for room.
    int wantedLabelRows(const QList<int> &laneOfEvent) const;
    qreal xForDate(const QDate &date) const;
    QRectF plotRect() const;
    int milestoneAt(const QPointF &position) const;
    int clusterAt(const QPointF &position) const;
    void clusterUnlabelled(qreal axisY);
    QString clusterToolTip(const Cluster &cluster) const;
    void paintClusters(QPainter &painter) const;
    void paintYears(QPainter &painter) const;
    void paintPhases(QPainter &painter) const;
    void paintMilestones(QPainter &painter) const;

    DatasetPtr m_dataset = emptyDataset();
    Language m_language = Language::English;
    QDate m_first;
    QDate m_last;
    QList<Placed> m_placed;
    /// Label rows asked for in sizeHint(): as many as the events use, at most MaximumLabelRows.
    int m_labelRows = MaximumLabelRows;
    QList<Cluster> m_clusters;
    /// Each label's width in the font it was measured in: a resize places
    /// the labels again but needs no text shaped again.
    QHash<QString, qreal> m_labelWidths;
    QFont m_labelWidthsFont;
    int m_current = -1;
    int m_hovered = -1;
};

} // namespace sharaka
