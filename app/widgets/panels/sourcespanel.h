// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/datasetptr.h"

#include <QHash>
#include <QTabWidget>

class QTextBrowser;
class QUrl;

namespace sharaka {

/// The sources behind every figure (publisher, language, date, address) and
/// the data notes where those sources disagree, as two tabs. Dataset text is
/// escaped; a link opens only in the system browser, and only an http or
/// https address becomes a link.
class SourcesPanel final : public QTabWidget
{
    Q_OBJECT

public:
    explicit SourcesPanel(QWidget *parent = nullptr);

    void setDataset(const DatasetPtr &dataset);
    /// The dataset shown, shared with the window.
    const DatasetPtr &dataset() const { return m_dataset; }
    void setLanguage(Language language);

    QString sourcesText() const;
    QString notesText() const;
    /// The partners tab: participating organisations and related activities
    /// of an aid activity; hidden when the dataset has none (Sharaka's).
    QString partnersText() const;
    bool hasPartnersTab() const;

signals:
    /// A related activity's link was clicked: the window opens it from the
    /// same file (an error names it when the file does not hold it).
    void activityRequested(const QString &identifier);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    /// Sets @p html in @p browser now if its tab is the one shown, else when
    /// its tab is first shown or its text asked for: laying out the rich text
    /// of a tab nobody looks at is most of a language switch.
    void showHtml(QTextBrowser *browser, const QString &html);
    void applyPendingHtml(QTextBrowser *browser) const;
    /// Hands @p url to the system browser when it is a web address; never
    /// navigates inside the panel.
    void openLink(const QUrl &url);
    /// The name of the language @p code in the interface language.
    QString shownTitle(const QString &title) const;
    QString languageName(const QString &code) const;
    QString sourceParagraph(const Source &source, const QString &direction) const;
    QString sourcesHtml(const QString &direction) const;
    QString partnersHtml(const QString &direction) const;

    QTextBrowser *m_sources = nullptr;
    QTextBrowser *m_notes = nullptr;
    QTextBrowser *m_partners = nullptr;
    /// The text each browser shows once its tab is current, when not set yet.
    mutable QHash<QTextBrowser *, QString> m_pendingHtml;
    DatasetPtr m_dataset = emptyDataset();
    Language m_language = Language::English;
};

} // namespace sharaka
