// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/datasetptr.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace sharaka {

class CountrySortProxy;
class CountryTableModel;

/// The partner countries: a filter box, a sortable table (name, ISO code,
/// phase) and the footnotes of the names marked in it.
class CountryPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CountryPanel(QWidget *parent = nullptr);

    void setDataset(const DatasetPtr &dataset);
    /// The dataset shown, shared with the window.
    const DatasetPtr &dataset() const { return m_dataset; }
    void setLanguage(Language language);

    /// Countries shown after filtering.
    int visibleCount() const;
    QString filterText() const;
    void setFilterText(const QString &text);

    /// ISO code of the selected row; empty when none.
    QString selectedCode() const;
    /// Selects and shows the row of @p code (clearing the filter when it hides
    /// that row); an empty or unknown code clears the selection.
    void selectCountry(const QString &code);
    /// ISO codes of the rows the filter lets through.
    QSet<QString> shownCodes() const;

signals:
    /// The selected row changed (by the user or selectCountry()).
    void selectedCountryChanged(const QString &code);
    /// The filter changed which rows are shown.
    void shownCountriesChanged();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void updateFootnotesAndCount();
    void showPhaseColumn(bool show);

    CountryTableModel *m_model = nullptr;
    CountrySortProxy *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_footnotes = nullptr;
    DatasetPtr m_dataset = emptyDataset();
    Language m_language = Language::English;
};

} // namespace sharaka
