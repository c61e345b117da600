// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/dataset.h"

#include <QTabWidget>

class QTextBrowser;

namespace sharaka {

/// The sources behind every figure (publisher, language, date, address) and
/// the data notes where those sources disagree, as two tabs.
class SourcesPanel final : public QTabWidget
{
    Q_OBJECT

public:
    explicit SourcesPanel(QWidget *parent = nullptr);

    void setDataset(const Dataset &dataset);
    void setLanguage(Language language);

    QString sourcesText() const;
    QString notesText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    /// The name of the language @p code in the interface language.
    QString languageName(const QString &code) const;

    QTextBrowser *m_sources = nullptr;
    QTextBrowser *m_notes = nullptr;
    Dataset m_dataset;
    Language m_language = Language::English;
};

} // namespace sharaka
