// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/panels/headerpanel.h"

#include "core/activityfigures.h"
#include "core/textformat.h"
#include "widgets/panels/wrappedlabel.h"

#include <QEvent>
#include <QLabel>
#include <QTextLayout>
#include <QToolButton>
#include <QVBoxLayout>

namespace sharaka {

namespace {

/// @p text cut at a word so that it takes at most @p lines lines of @p width
/// in @p font, ended with an ellipsis; @p text itself when it fits.
QString cutToLines(const QString &text, const QFont &font, int width, int lines,
                   Qt::LayoutDirection direction, bool *cut)
{
    *cut = false;
    if (width <= 0 || text.isEmpty())
        return text;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    option.setTextDirection(direction);
    layout.setTextOption(option);
    layout.beginLayout();
    int count = 0;
    int end = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (++count == lines)
            end = line.textStart() + line.textLength();
        if (count > lines)
            break;
    }
    layout.endLayout();
    if (count <= lines)
        return text;
    // Room for the ellipsis and the " · " that follows it on the last line.
    QString head = text.left(end).trimmed();
    const qsizetype space =
        head.lastIndexOf(QLatin1Char(' '), std::max<qsizetype>(0, head.size() - 4));
    if (space > 0)
        head.truncate(space);
    *cut = true;
    return head.trimmed() + QChar(0x2026);
}

} // namespace

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
    // Selectable lines: an activity's English title would otherwise turn the
    // Arabic header's lines left to right.
    m_title->setText(
        TextFormat::inDirectionOf(m_language, TextFormat::projectTitle(project, m_language)));
    m_detailsWidth = -1;
    showDetails();
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

void HeaderPanel::showDetails()
{
    const int width = m_details->contentsRect().width();
    if (width == m_detailsWidth)
        return;
    m_detailsWidth = width;
    const ProjectInfo &project = m_dataset->project;
    const QString summary = project.summary.text(m_language);
    bool cut = false;
    const QString shown = m_expanded
                              ? summary
                              : cutToLines(summary, m_details->font(), width, MaximumSummaryLines,
                                           m_details->layoutDirection(), &cut);
    m_summaryCut = cut;
    m_details->setText(TextFormat::inDirectionOf(
        m_language, TextFormat::projectDetails(shown, project, m_language)));
    m_more->setVisible(cut || m_expanded);
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
    showDetails();
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
    showDetails();
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
