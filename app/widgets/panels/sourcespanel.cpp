// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/panels/sourcespanel.h"

#include "core/activityfigures.h"
#include "core/textformat.h"

#include <QDesktopServices>
#include <QEvent>
#include <QScrollBar>
#include <QTabBar>
#include <QTextBrowser>

namespace sharaka {

namespace {

/// Replaces the text of @p browser without sending the reader back to the
/// top: switching the language must not lose the place in a long list.
void setHtmlKeepingScroll(QTextBrowser *browser, const QString &html)
{
    // A language switch refreshes the panel twice (the new language, then
    // LanguageChange); laying the same text out again is most of a switch.
    static const char ShownHtml[] = "shownHtml";
    if (browser->property(ShownHtml).toString() == html)
        return;
    browser->setProperty(ShownHtml, html);
    QScrollBar *bar = browser->verticalScrollBar();
    const int before = bar->value();
    const int maximum = bar->maximum();
    browser->setHtml(html);
    if (maximum > 0 && before > 0)
        bar->setValue(int(qint64(before) * bar->maximum() / maximum));
}

} // namespace

SourcesPanel::SourcesPanel(QWidget *parent)
    : QTabWidget(parent)
    , m_sources(new QTextBrowser(this))
    , m_notes(new QTextBrowser(this))
    , m_partners(new QTextBrowser(this))
{
    m_partners->setObjectName(QStringLiteral("partnersBrowser"));
    setObjectName(QStringLiteral("sourcesPanel"));
    m_sources->setObjectName(QStringLiteral("sourcesBrowser"));
    m_notes->setObjectName(QStringLiteral("notesBrowser"));
    // Links go to the system browser through openLink(), which checks them
    // again; the panels themselves never follow one.
    for (QTextBrowser *browser : {m_sources, m_notes, m_partners}) {
        browser->setOpenExternalLinks(false);
        browser->setOpenLinks(false);
        connect(browser, &QTextBrowser::anchorClicked, this, &SourcesPanel::openLink);
    }
    addTab(m_sources, QString());
    addTab(m_notes, QString());
    addTab(m_partners, QString());
    connect(this, &QTabWidget::currentChanged, this,
            [this](int index) { applyPendingHtml(qobject_cast<QTextBrowser *>(widget(index))); });
    retranslateUi();
}

void SourcesPanel::setDataset(const DatasetPtr &dataset)
{
    m_dataset = dataset ? dataset : emptyDataset();
    refresh();
}

void SourcesPanel::openLink(const QUrl &url)
{
    // Our own scheme for a related activity: its identifier, never a place to go.
    if (url.scheme() == QLatin1String("activity")) {
        emit activityRequested(url.path());
        return;
    }
    const QUrl web = TextFormat::webUrl(url.toString());
    if (!web.isEmpty())
        QDesktopServices::openUrl(web);
}

void SourcesPanel::setLanguage(Language language)
{
    m_language = language;
    refresh();
}

QString SourcesPanel::sourcesText() const
{
    applyPendingHtml(m_sources);
    return m_sources->toPlainText();
}

QString SourcesPanel::notesText() const
{
    applyPendingHtml(m_notes);
    return m_notes->toPlainText();
}

void SourcesPanel::showHtml(QTextBrowser *browser, const QString &html)
{
    m_pendingHtml.insert(browser, html);
    if (currentWidget() == browser)
        applyPendingHtml(browser);
}

void SourcesPanel::applyPendingHtml(QTextBrowser *browser) const
{
    const auto pending = m_pendingHtml.constFind(browser);
    if (pending == m_pendingHtml.cend())
        return;
    const QString html = *pending;
    m_pendingHtml.erase(pending);
    setHtmlKeepingScroll(browser, html);
}

QString SourcesPanel::partnersText() const
{
    applyPendingHtml(m_partners);
    return m_partners->toPlainText();
}

bool SourcesPanel::hasPartnersTab() const
{
    return isTabVisible(indexOf(m_partners));
}

void SourcesPanel::refresh()
{
    const QLocale locale = localeFor(m_language);
    const QString direction =
        locale.textDirection() == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
    showHtml(m_sources, sourcesHtml(direction));
    showHtml(m_partners, partnersHtml(direction));
    setTabVisible(indexOf(m_partners), !m_dataset->participatingOrganisations.isEmpty() ||
                                           !m_dataset->relatedActivities.isEmpty());

    QString notes;
    int number = 0;
    // Arabic has no italics: a slanted Arabic line is a distortion, not emphasis.
    const QString noteFormat = locale.textDirection() == Qt::RightToLeft
                                   ? QStringLiteral("<p dir=\"%1\">%2. %3<br/>%4</p>")
                                   : QStringLiteral("<p dir=\"%1\">%2. %3<br/><i>%4</i></p>");
    for (const DataNote &note : std::as_const(m_dataset->notes)) {
        ++number;
        notes += noteFormat.arg(
            direction, locale.toString(number), note.text.text(m_language).toHtmlEscaped(),
            TextFormat::sourcesLine(*m_dataset, note.sourceIds, m_language).toHtmlEscaped());
    }
    if (m_dataset->notes.isEmpty())
        notes = QStringLiteral("<p dir=\"%1\">%2</p>")
                    .arg(direction, tr("No data notes in this dataset.").toHtmlEscaped());
    showHtml(m_notes, notes);
}

QString SourcesPanel::shownTitle(const QString &title) const
{
    // A title written the other way ("مشروع ’شراكة‘" among English lines)
    // keeps its quotes in place.
    const bool rightToLeft = localeFor(m_language).textDirection() == Qt::RightToLeft;
    return title.isRightToLeft() == rightToLeft ? title : TextFormat::isolate(title);
}

QString SourcesPanel::sourceParagraph(const Source &source, const QString &direction) const
{
    const QLocale locale = localeFor(m_language);
    // The language is optional in the format; never print an empty "Language:".
    QStringList codes = source.languages;
    if (codes.isEmpty() && !source.language.isEmpty())
        codes.append(source.language);
    QStringList names;
    for (const QString &code : std::as_const(codes))
        names.append(languageName(code));
    QString language =
        names.isEmpty() ? tr("language not given")
        : names.size() == 1
            ? tr("Language: %1").arg(names.constFirst())
            : tr("Languages: %1")
                  .arg(names.join(m_language == Language::Arabic ? QStringLiteral("، ")
                                                                 : QStringLiteral(", ")));
    // Keeps a Latin name from taking the day of the date after it along.
    if (locale.textDirection() == Qt::RightToLeft)
        language += QChar(0x200F);
    const QString date =
        source.published ? source.published->toDisplayString(locale) : tr("date not given");
    // Only a web address becomes a link, in a double-quoted attribute;
    // anything else is shown as text.
    const QUrl url = TextFormat::webUrl(source.url);
    const QString shownUrl = TextFormat::leftToRight(source.url).toHtmlEscaped();
    const QString link = url.isEmpty()
                             ? shownUrl
                             : QStringLiteral("<a href=\"%1\">%2</a>")
                                   .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), shownUrl);
    return QStringLiteral("<p dir=\"%1\"><b>%2</b> [%3]<br/>%4<br/>%5 \u00B7 %6<br/>%7</p>")
        .arg(direction, source.publisher.text(m_language).toHtmlEscaped(),
             TextFormat::leftToRight(source.id).toHtmlEscaped(),
             shownTitle(source.title.text(m_language)).toHtmlEscaped(), language.toHtmlEscaped(),
             date.toHtmlEscaped(), link);
}

QString SourcesPanel::sourcesHtml(const QString &direction) const
{
    // Documents with a category (an aid activity's evaluations, appraisals,
    // results…) are grouped under it, after the sources without one.
    QString html;
    QMap<QString, QString> byCategory;
    for (const Source &source : std::as_const(m_dataset->sources)) {
        if (source.categories.isEmpty())
            html += sourceParagraph(source, direction);
        else
            byCategory[source.categories.constFirst()] += sourceParagraph(source, direction);
    }
    const ActivityFigures figures(m_language);
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it)
        html +=
            QStringLiteral("<h4 dir=\"%1\">%2</h4>%3")
                .arg(direction, figures.documentCategoryName(it.key()).toHtmlEscaped(), it.value());
    return html;
}

QString SourcesPanel::partnersHtml(const QString &direction) const
{
    const ActivityFigures figures(m_language);
    QString html;
    if (!m_dataset->participatingOrganisations.isEmpty())
        html += QStringLiteral("<h4 dir=\"%1\">%2</h4>")
                    .arg(direction, tr("Participating organisations").toHtmlEscaped());
    for (const ParticipatingOrganisation &organisation :
         std::as_const(m_dataset->participatingOrganisations)) {
        QString name = organisation.name.text(m_language);
        if (name.isEmpty())
            name = organisation.ref;
        const QString type = organisation.type.isEmpty()
                                 ? tr("type not given")
                                 : figures.organisationTypeName(organisation.type);
        // The name is the file's: isolated, so its direction cannot reorder ours.
        html += QStringLiteral("<p dir=\"%1\">%2</p>")
                    .arg(direction, tr("%1: %2 (%3)")
                                        .arg(figures.roleName(organisation.role),
                                             TextFormat::isolate(name), type)
                                        .toHtmlEscaped());
    }
    if (!m_dataset->relatedActivities.isEmpty())
        html += QStringLiteral("<h4 dir=\"%1\">%2</h4>")
                    .arg(direction, tr("Related activities").toHtmlEscaped());
    for (const RelatedActivity &related : std::as_const(m_dataset->relatedActivities)) {
        QUrl url;
        url.setScheme(QStringLiteral("activity"));
        url.setPath(related.identifier);
        html +=
            QStringLiteral("<p dir=\"%1\">%2 <a href=\"%3\">%4</a></p>")
                .arg(direction, tr("%1:").arg(figures.relationName(related.type)).toHtmlEscaped(),
                     url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                     TextFormat::leftToRight(related.identifier).toHtmlEscaped());
    }
    return html;
}

QString SourcesPanel::languageName(const QString &code) const
{
    if (code == QLatin1String("en"))
        return tr("English");
    if (code == QLatin1String("fr"))
        return tr("French");
    if (code == QLatin1String("ar"))
        return tr("Arabic");
    if (code == QLatin1String("es"))
        return tr("Spanish");
    return QLocale(code).nativeLanguageName();
}

void SourcesPanel::retranslateUi()
{
    setTabText(indexOf(m_sources), tr("Sources"));
    setTabText(indexOf(m_notes), tr("Data notes"));
    setTabText(indexOf(m_partners), tr("Partners"));
    setTabToolTip(indexOf(m_partners),
                  tr("Organisations taking part in the activity, and related activities"));
    m_partners->setAccessibleName(tr("Partners"));
    setTabToolTip(indexOf(m_sources), tr("Publications behind every figure and date"));
    setTabToolTip(indexOf(m_notes), tr("Where the sources disagree"));
    setAccessibleName(tr("Sources and data notes"));
    tabBar()->setAccessibleName(tr("Sources and data notes"));
    m_sources->setAccessibleName(tr("Sources"));
    m_sources->setAccessibleDescription(tr("Publications behind every figure and date"));
    m_notes->setAccessibleName(tr("Data notes"));
    m_notes->setAccessibleDescription(tr("Where the sources disagree"));
    refresh();
}

void SourcesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTabWidget::changeEvent(event);
}

} // namespace sharaka
