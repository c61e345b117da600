// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/panels/headerpanel.h"

#include "core/activityfigures.h"
#include "core/textformat.h"
#include "widgets/panels/wrappedlabel.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace sharaka {

HeaderPanel::HeaderPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_details(new WrappedLabel(this))
    , m_activity(new WrappedLabel(this))
{
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
    layout->addWidget(m_activity);
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
    return m_title->text();
}

QString HeaderPanel::detailsText() const
{
    return m_details->text();
}

void HeaderPanel::refresh()
{
    const ProjectInfo &project = m_dataset->project;
    m_title->setText(TextFormat::projectTitle(project, m_language));
    m_details->setText(TextFormat::projectDetails(project, m_language));
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

void HeaderPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace sharaka
