// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/sourcespanel.h"

#include "core/textformat.h"

#include <QEvent>
#include <QTextBrowser>

namespace sharaka {

SourcesPanel::SourcesPanel(QWidget *parent)
    : QTabWidget(parent)
    , m_sources(new QTextBrowser(this))
    , m_notes(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("sourcesPanel"));
    m_sources->setObjectName(QStringLiteral("sourcesBrowser"));
    m_notes->setObjectName(QStringLiteral("notesBrowser"));
    m_sources->setOpenExternalLinks(true);
    m_notes->setOpenExternalLinks(true);
    addTab(m_sources, QString());
    addTab(m_notes, QString());
    retranslateUi();
}

void SourcesPanel::setDataset(const Dataset &dataset)
{
    m_dataset = dataset;
    refresh();
}

void SourcesPanel::setLanguage(Language language)
{
    m_language = language;
    refresh();
}

QString SourcesPanel::sourcesText() const
{
    return m_sources->toPlainText();
}

QString SourcesPanel::notesText() const
{
    return m_notes->toPlainText();
}

void SourcesPanel::refresh()
{
    const QLocale locale = localeFor(m_language);
    const QString direction =
        locale.textDirection() == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
    QString sources;
    for (const Source &source : std::as_const(m_dataset.sources)) {
        // The language is optional in the format; never print an empty "Language:".
        const QString language =
            source.language.isEmpty()
                ? tr("language not given")
                : tr("Language: %1").arg(QLocale(source.language).nativeLanguageName());
        const QString date =
            source.published ? source.published->toDisplayString(locale) : tr("date not given");
        sources += QStringLiteral("<p dir='%1'><b>%2</b> [%3]<br/>%4<br/>%5 \u00B7 %6<br/>"
                                  "<a href='%7'>%8</a></p>")
                       .arg(direction, source.publisher.text(m_language).toHtmlEscaped(),
                            TextFormat::leftToRight(source.id),
                            source.title.text(m_language).toHtmlEscaped(), language.toHtmlEscaped(),
                            date.toHtmlEscaped(), source.url.toHtmlEscaped(),
                            TextFormat::leftToRight(source.url).toHtmlEscaped());
    }
    m_sources->setHtml(sources);

    QString notes;
    int number = 0;
    for (const DataNote &note : std::as_const(m_dataset.notes)) {
        ++number;
        notes +=
            QStringLiteral("<p dir='%1'>%2. %3<br/><i>%4</i></p>")
                .arg(direction, locale.toString(number), note.text.text(m_language).toHtmlEscaped(),
                     tr("Sources: %1")
                         .arg(TextFormat::sourceCitations(m_dataset, note.sourceIds, m_language))
                         .toHtmlEscaped());
    }
    if (m_dataset.notes.isEmpty())
        notes = QStringLiteral("<p dir='%1'>%2</p>")
                    .arg(direction, tr("No data notes in this dataset."));
    m_notes->setHtml(notes);
}

void SourcesPanel::retranslateUi()
{
    setTabText(indexOf(m_sources), tr("Sources"));
    setTabText(indexOf(m_notes), tr("Data notes"));
    setTabToolTip(indexOf(m_sources), tr("Publications behind every figure and date"));
    setTabToolTip(indexOf(m_notes), tr("Where the sources disagree"));
    refresh();
}

void SourcesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTabWidget::changeEvent(event);
}

} // namespace sharaka
