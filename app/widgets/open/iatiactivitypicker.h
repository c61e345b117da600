// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/io/datasetchoice.h"
#include "core/io/iati/iatidatasetmapper.h"
#include "core/language.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace sharaka {

class IatiActivityListModel;

/// Lets the user pick one activity of an IATI file that holds several: a
/// table of identifier, title, dates and countries, narrowed by a search
/// field that matches any column.
class IatiActivityPicker final : public QDialog
{
    Q_OBJECT

public:
    IatiActivityPicker(const QString &fileName, QList<IatiActivitySummary> activities,
                       Language language, QWidget *parent = nullptr);

    /// The identifier of the selected activity; empty when none is selected.
    QString selectedIdentifier() const;
    /// The selected activity: by identifier, and also by position when
    /// another activity of the file has the same identifier.
    DatasetChoice selectedChoice() const;
    void setSearchText(const QString &text);
    /// Lines shown under the introduction, e.g. that the list was cut short.
    void setNotes(const QStringList &notes);
    int visibleCount() const;
    QTableView *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();

    QString m_fileName;
    QStringList m_notes;
    int m_total = 0;
    IatiActivityListModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QLabel *m_intro = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sharaka
