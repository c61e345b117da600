// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/panels/countrypanel.h"

#include "core/models/countrytablemodel.h"
#include "core/textformat.h"
#include "widgets/panels/wrappedlabel.h"

#include <QCollator>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace sharaka {

/// Sorts names by the rules of the interface language (not the system's, so
/// that "Égypte" sorts with the E in French) and the phase column by phase
/// order rather than by its translated label.
class CountrySortProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setLanguage(Language language)
    {
        m_collator = QCollator(localeFor(language));
        invalidate();
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        // Tooltips guess rich text from the content; the footnote is dataset
        // text and always plain.
        const QVariant value = QSortFilterProxyModel::data(index, role);
        if (role == Qt::ToolTipRole && !value.toString().isEmpty())
            return TextFormat::toolTip(value.toString());
        return value;
    }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        if (left.column() == CountryTableModel::PhaseColumn) {
            const int a = left.data(CountryTableModel::PhaseOrderRole).toInt();
            const int b = right.data(CountryTableModel::PhaseOrderRole).toInt();
            if (a != b)
                return a < b;
            return m_collator.compare(left.siblingAtColumn(0).data().toString(),
                                      right.siblingAtColumn(0).data().toString()) < 0;
        }
        if (left.column() == CountryTableModel::NameColumn)
            return m_collator.compare(left.data().toString(), right.data().toString()) < 0;
        return QSortFilterProxyModel::lessThan(left, right);
    }

private:
    QCollator m_collator{localeFor(Language::English)};
};

CountryPanel::CountryPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new CountryTableModel(this))
    , m_proxy(new CountrySortProxy(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_footnotes(new WrappedLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(CountryTableModel::SearchTextRole); // name, code and phase all match
    m_proxy->setFilterKeyColumn(CountryTableModel::NameColumn);
    m_proxy->setSortLocaleAware(true);

    m_filter->setObjectName(QStringLiteral("countryFilter"));
    m_filter->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("countryTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CountryTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    // At least four rows stay visible however small the window.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              4 * m_table->verticalHeader()->defaultSectionSize() +
                              2 * m_table->frameWidth());
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Names are read whole; in a narrow panel the phase, which the map's
    // legend also shows, is the column that gives way (elided, whole in its tooltip).
    m_table->horizontalHeader()->setSectionResizeMode(CountryTableModel::NameColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CountryTableModel::CodeColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CountryTableModel::PhaseColumn,
                                                      QHeaderView::Stretch);
    m_count->setObjectName(QStringLiteral("countryCount"));
    m_footnotes->setObjectName(QStringLiteral("countryFootnotes"));
    m_footnotes->setWordWrap(true);
    m_footnotes->setTextFormat(Qt::PlainText); // dataset text, never markup
    m_footnotes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = m_footnotes->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_footnotes->setFont(small);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_count);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_footnotes);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateFootnotesAndCount();
        emit shownCountriesChanged();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit selectedCountryChanged(selectedCode()); });
    // A label naming the panel as its buddy focuses the filter.
    setFocusProxy(m_filter);
    retranslateUi();
}

void CountryPanel::setDataset(const DatasetPtr &dataset)
{
    m_dataset = dataset ? dataset : emptyDataset();
    m_model->setDataset(m_dataset);
    showPhaseColumn(!m_dataset->phases.isEmpty());
    retranslateUi();
}

void CountryPanel::showPhaseColumn(bool show)
{
    // An IATI activity names its recipient countries without phases: an empty
    // column would only take the names' room.
    QHeaderView *header = m_table->horizontalHeader();
    m_table->setColumnHidden(CountryTableModel::PhaseColumn, !show);
    header->setSectionResizeMode(CountryTableModel::NameColumn,
                                 show ? QHeaderView::ResizeToContents : QHeaderView::Stretch);
}

void CountryPanel::setLanguage(Language language)
{
    m_language = language;
    m_model->setLanguage(language);
    m_proxy->setLanguage(language);
    updateFootnotesAndCount();
}

int CountryPanel::visibleCount() const
{
    return m_proxy->rowCount();
}

QString CountryPanel::filterText() const
{
    return m_filter->text();
}

void CountryPanel::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

QString CountryPanel::selectedCode() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString()
                          : rows.constFirst().data(CountryTableModel::CodeRole).toString();
}

void CountryPanel::selectCountry(const QString &code)
{
    if (code == selectedCode())
        return;
    const auto rowOf = [this](const QString &wanted) {
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, CountryTableModel::NameColumn);
            if (index.data(CountryTableModel::CodeRole).toString() == wanted)
                return index;
        }
        return QModelIndex();
    };
    QModelIndex index = rowOf(code);
    if (!index.isValid() && !code.isEmpty() && !m_filter->text().isEmpty()) {
        // The country was picked elsewhere (the map): show it rather than ignore the click.
        m_filter->clear();
        index = rowOf(code);
    }
    if (!index.isValid()) {
        m_table->selectionModel()->clear();
        emit selectedCountryChanged(QString());
        return;
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

QSet<QString> CountryPanel::shownCodes() const
{
    QSet<QString> codes;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        codes.insert(m_proxy->index(row, 0).data(CountryTableModel::CodeRole).toString());
    return codes;
}

void CountryPanel::updateFootnotesAndCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total
                         ? tr("%n countries", nullptr, total)
                         : tr("%1 of %n shown", nullptr, total).arg(QLocale().toString(shown)));
    // Footnotes stay visible whatever the filter: they qualify the list itself.
    const QStringList lines = TextFormat::countryFootnoteLines(*m_dataset, m_language);
    m_footnotes->setText(lines.join(QLatin1Char('\n')));
    m_footnotes->setVisible(!lines.isEmpty());
}

void CountryPanel::retranslateUi()
{
    const bool phases = !m_dataset->phases.isEmpty();
    m_filter->setPlaceholderText(phases ? tr("Filter by name, code or phase")
                                        : tr("Filter by name or code"));
    m_filter->setToolTip(
        phases ? tr("Type part of a country name, an ISO code or a phase to narrow the list")
               : tr("Type part of a country name or an ISO code to narrow the list"));
    m_table->setToolTip(tr("Click a column header to sort"));
    m_filter->setAccessibleName(tr("Filter countries"));
    m_filter->setAccessibleDescription(m_filter->toolTip());
    m_table->setAccessibleName(tr("Partner countries"));
    m_table->setAccessibleDescription(
        phases ? tr("Name, ISO code and phase of every partner country; sortable by column")
               : tr("Name and ISO code of every country; sortable by column"));
    updateFootnotesAndCount();
}

void CountryPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Splitters ignore height-for-width; reserve the wrapped footnote's height
    // so it is never cut off.
    const int needed = m_footnotes->heightForWidth(m_footnotes->width());
    if (needed > 0 && needed != m_footnotes->minimumHeight())
        m_footnotes->setMinimumHeight(needed);
}

void CountryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace sharaka
