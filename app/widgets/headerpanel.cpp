// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/headerpanel.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace sharaka {

HeaderPanel::HeaderPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("header"));
    m_title->setObjectName(QStringLiteral("headerTitle"));
    m_details->setObjectName(QStringLiteral("headerDetails"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_details->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
}

void HeaderPanel::setDataset(const Dataset &dataset)
{
    m_project = dataset.project;
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
    const QLocale locale = localeFor(m_language);
    QString title = m_project.name.text(m_language);
    const QString meaning = m_project.nameMeaning.text(m_language);
    if (!meaning.isEmpty()) {
        // The meaning helps only where the name is a foreign word: a language
        // in which the name is an ordinary word (Arabic) translates this as "%1".
        const QString format = tr("%1 (%2)", "project name (what the name means); translate as "
                                             "%1 alone where the name is a word of the language");
        title =
            format.contains(QLatin1String("%2")) ? format.arg(title, meaning) : format.arg(title);
    }
    m_title->setText(title);

    QStringList parts;
    parts.append(m_project.summary.text(m_language));
    parts.append(tr("Implemented by %1").arg(m_project.implementer.text(m_language)));
    if (!m_project.funder.isEmpty())
        parts.append(tr("Funded by %1").arg(m_project.funder.text(m_language)));
    parts.append(
        tr("%1 to %2")
            .arg(m_project.start.toDisplayString(locale), m_project.end.toDisplayString(locale)));
    m_details->setText(parts.join(QStringLiteral(" \u00B7 ")));
    m_details->setToolTip(m_project.purpose.text(m_language));
}

void HeaderPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace sharaka
