// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/datasetptr.h"

#include <QWidget>

class QLabel;

namespace sharaka {

/// The project at a glance: name, what it was, who ran and funded it, when.
/// Every text comes from the dataset and is shown as plain text.
class HeaderPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit HeaderPanel(QWidget *parent = nullptr);

    void setDataset(const DatasetPtr &dataset);
    /// The dataset shown, shared with the window.
    const DatasetPtr &dataset() const { return m_dataset; }
    void setLanguage(Language language);

    QString titleText() const;
    QString detailsText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_activity = nullptr; ///< status, last update and money of an aid activity
    DatasetPtr m_dataset = emptyDataset();
    Language m_language = Language::English;
};

} // namespace sharaka
