// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/panels/headerpanel.h"

#include "core/activityfigures.h"
#include "core/textformat.h"
#include "widgets/panels/linecut.h"
#include "widgets/panels/wrappedlabel.h"

#include <QEvent>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace sharaka {

HeaderPanel::HeaderPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new WrappedLabel(this))
    , m_details(new WrappedLabel(this))
    , m_activity(new WrappedLabel(this))
    , m_more(new QToolButton(this))
{
    m_more->setObjectName(QStringLiteral("headerMore"));
    m_more->setAutoRaise(true);
    m_more->setCheckable(true);
    m_more->setVisible(false);
    connect(m_more, &QToolButton::toggled, this, &HeaderPanel::setSummaryExpanded);
    m_activity->setObjectName(QStringLiteral("headerActivity"));
    m_activity->setTextFormat(Qt::PlainText);
    m_activity->setWordWrap(true);
    m_activity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setObjectName(QStringLiteral("header"));
    m_title->setObjectName(QStringLiteral("headerTitle"));
    m_details->setObjectName(QStringLiteral("headerDetails"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // An aid activity's title may run to a sentence or two: on one line it
    // would make the window wider than the screen.
    m_title->setWordWrap(true);
    m_details->setWordWrap(true);
    // Dataset text, never markup: "<b>x</b>" shows as typed and "<img src=…>"
    // loads no local file.
    m_title->setTextFormat(Qt::PlainText);
    m_details->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_more, 0, Qt::AlignLeading);
    layout->addWidget(m_activity);
    retranslateUi();
}

void HeaderPanel::setDataset(const DatasetPtr &dataset)
{
    m_dataset = dataset ? dataset : emptyDataset();
    refresh();
}

void HeaderPanel::setLanguage(Language language)
{
    m_language = language;
    refresh();
}

QString HeaderPanel::titleText() const
{
    return m_title->text().mid(1); // without its direction mark
}

QString HeaderPanel::detailsText() const
{
    return m_details->text().mid(1);
}

void HeaderPanel::refresh()
{
    const ProjectInfo &project = m_dataset->project;
    m_detailsWidth = -1;
    showTitleAndDetails();
    // Tooltips guess rich text from the content; this one is always plain.
    const QString purpose = project.purpose.text(m_language);
    m_details->setToolTip(purpose.isEmpty() ? QString() : TextFormat::toolTip(purpose));
    // Only an aid activity has a status and money: Sharaka's data shows no such line.
    const ActivityFigures figures(m_language);
    // The main currency's money is in the key-figure tiles; other currencies here.
    QStringList activity{figures.statusLine(*m_dataset),
                         figures.moneyLine(*m_dataset, ActivityFigures::mainCurrency(*m_dataset))};
    activity.removeAll(QString());
    m_activity->setText(activity.join(QLatin1Char('\n')));
    m_activity->setVisible(!activity.isEmpty());
}

void HeaderPanel::showTitleAndDetails()
{
    // Title and details share the column: one width for both.
    const int width = placedTextWidth(m_details);
    if (width == m_detailsWidth)
        return;
    m_detailsWidth = width;
    const ProjectInfo &project = m_dataset->project;
    const QString title = TextFormat::projectTitle(project, m_language);
    bool titleCut = false;
    const QString shownTitle = m_expanded
                                   ? title
                                   : cutToLines(title, m_title->font(), width, MaximumTitleLines,
                                                m_title->layoutDirection(), &titleCut);
    m_titleCut = titleCut;
    // The title isolates the dataset's words: a cut must not leave one open.
    // Selectable, it needs the direction mark (TextFormat::inDirectionOf()).
    m_title->setText(TextFormat::inDirectionOf(m_language, TextFormat::balancedBidi(shownTitle)));
    m_title->setToolTip(titleCut ? TextFormat::toolTip(title) : QString());

    const QString summary = project.summary.text(m_language);
    bool cut = false;
    const QString shown = m_expanded
                              ? summary
                              : cutToLines(summary, m_details->font(), width, MaximumSummaryLines,
                                           m_details->layoutDirection(), &cut);
    m_summaryCut = cut;
    m_details->setText(TextFormat::inDirectionOf(
        m_language, TextFormat::projectDetails(shown, project, m_language)));
    m_more->setVisible(cut || titleCut || m_expanded);
}

void HeaderPanel::setSummaryExpanded(bool expanded)
{
    if (expanded == m_expanded)
        return;
    m_expanded = expanded;
    const QSignalBlocker blocker(m_more);
    m_more->setChecked(expanded);
    retranslateUi();
    m_detailsWidth = -1;
    showTitleAndDetails();
}

void HeaderPanel::retranslateUi()
{
    m_more->setText(m_expanded ? tr("Less") : tr("More"));
    m_more->setToolTip(m_expanded ? tr("Show the first lines of the description only")
                                  : tr("Show the whole description"));
}

void HeaderPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The label has its new width now: cut the summary for it.
    showTitleAndDetails();
}

void HeaderPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace sharaka
