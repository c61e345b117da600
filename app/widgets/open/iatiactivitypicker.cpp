// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/open/iatiactivitypicker.h"

#include "core/models/iatiactivitylistmodel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace sharaka {

IatiActivityPicker::IatiActivityPicker(const QString &fileName,
                                       QList<IatiActivitySummary> activities, Language language,
                                       QWidget *parent)
    : QDialog(parent)
    , m_fileName(fileName)
    , m_total(int(activities.size()))
    , m_model(new IatiActivityListModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_intro(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("iatiActivityPicker"));
    m_model->setActivities(std::move(activities));
    m_model->setLanguage(language);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    m_count->setTextFormat(Qt::PlainText);
    m_search->setObjectName(QStringLiteral("activitySearch"));
    m_search->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(IatiActivityListModel::TitleColumn,
                                                      QHeaderView::Stretch);
    m_table->setWordWrap(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_buttons);

    connect(m_search, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, this, &IatiActivityPicker::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IatiActivityPicker::updateState);
    connect(m_table, &QTableView::activated, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (m_filter->rowCount() > 0)
        m_table->selectRow(0);
    m_search->setFocus();
    resize(900, 520);
    retranslateUi();
}

QString IatiActivityPicker::selectedIdentifier() const
{
    return selectedChoice().identifier;
}

DatasetChoice IatiActivityPicker::selectedChoice() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QModelIndex row = rows.first();
    DatasetChoice choice{row.data(IatiActivityListModel::IdentifierRole).toString(), 0};
    // The position only when it is needed: a file updated by its publisher
    // may reorder its activities, and Reload then still finds the same one.
    if (choice.identifier.isEmpty() ||
        row.data(IatiActivityListModel::SharedIdentifierRole).toBool())
        choice.position = row.data(IatiActivityListModel::PositionRole).toLongLong();
    return choice;
}

void IatiActivityPicker::setNotes(const QStringList &notes)
{
    m_notes = notes;
    retranslateUi();
}

void IatiActivityPicker::setSearchText(const QString &text)
{
    m_search->setText(text);
}

int IatiActivityPicker::visibleCount() const
{
    return m_filter->rowCount();
}

void IatiActivityPicker::updateState()
{
    // Keep a row selected while the list narrows, so Enter opens the first match.
    if (m_table->selectionModel()->selectedRows().isEmpty() && m_filter->rowCount() > 0)
        m_table->selectRow(0);
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(!selectedChoice().isEmpty());
    m_count->setText(tr("%n of %1 activities shown", nullptr, m_filter->rowCount()).arg(m_total));
}

void IatiActivityPicker::retranslateUi()
{
    setWindowTitle(tr("Choose an Activity"));
    QStringList intro{
        tr("“%1” holds %n activities. Choose the one to show.", nullptr, m_total).arg(m_fileName)};
    intro += m_notes;
    m_intro->setText(intro.join(QLatin1Char('\n')));
    m_search->setPlaceholderText(tr("Search identifier, title, dates or countries"));
    m_search->setAccessibleName(tr("Search activities"));
    m_table->setAccessibleName(tr("Activities"));
    updateState();
}

void IatiActivityPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace sharaka
