// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/datasetptr.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace sharaka {

/// The project at a glance: name, what it was, who ran and funded it, when.
/// Every text comes from the dataset and is shown as plain text. A long
/// summary (an aid activity's whole description) is cut after a few lines,
/// and a long title (some activities' run to a paragraph) after two, so the
/// charts keep their room; "More" shows both whole.
class HeaderPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit HeaderPanel(QWidget *parent = nullptr);

    void setDataset(const DatasetPtr &dataset);
    /// The dataset shown, shared with the window.
    const DatasetPtr &dataset() const { return m_dataset; }
    void setLanguage(Language language);

    /// The title and the details as shown, without the direction mark that
    /// starts each (TextFormat::inDirectionOf()).
    QString titleText() const;
    QString detailsText() const;
    /// Whether the summary is cut to MaximumSummaryLines at the present width.
    bool isSummaryCut() const { return m_summaryCut; }
    /// Whether the title is cut to MaximumTitleLines (its whole text in the tooltip).
    bool isTitleCut() const { return m_titleCut; }
    /// Shows the whole title and summary (true) or at most
    /// MaximumTitleLines and MaximumSummaryLines of them.
    void setSummaryExpanded(bool expanded);
    bool isSummaryExpanded() const { return m_expanded; }

    static constexpr int MaximumTitleLines = 2;
    static constexpr int MaximumSummaryLines = 4;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    /// Sets the title and the details, cut for the width their column has now.
    void showTitleAndDetails();
    void retranslateUi();

    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_activity = nullptr; ///< status, last update and money of an aid activity
    QToolButton *m_more = nullptr;
    bool m_expanded = false;
    bool m_summaryCut = false;
    bool m_titleCut = false;
    int m_detailsWidth = -1; ///< the width the title and details were last cut for
    DatasetPtr m_dataset = emptyDataset();
    Language m_language = Language::English;
};

} // namespace sharaka
