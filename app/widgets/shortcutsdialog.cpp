// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sharaka {

namespace {

QString plainText(const QAction *action)
{
    QString text = action->text();
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

void collectFrom(const QList<QAction *> &actions, QList<const QAction *> &seen,
                 QList<ShortcutEntry> &entries)
{
    for (const QAction *action : actions) {
        if (seen.contains(action))
            continue;
        seen.append(action);
        if (QMenu *menu = action->menu()) {
            collectFrom(menu->actions(), seen, entries);
            continue;
        }
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty() || action->isSeparator())
            continue;
        QStringList texts;
        for (const QKeySequence &key : keys)
            texts.append(key.toString(QKeySequence::NativeText));
        entries.append({plainText(action), texts.join(QStringLiteral(", "))});
    }
}

} // namespace

QList<QKeySequence> standardShortcuts(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    const QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    return keys.isEmpty() ? QList<QKeySequence>{fallback} : keys;
}

QList<ShortcutEntry> collectShortcuts(const QWidget *window)
{
    QList<ShortcutEntry> entries;
    QList<const QAction *> seen;
    if (const auto *mainWindow = qobject_cast<const QMainWindow *>(window))
        collectFrom(mainWindow->menuBar()->actions(), seen, entries);
    collectFrom(window->actions(), seen, entries);
    collectFrom(window->findChildren<QAction *>(), seen, entries);
    return entries;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));

    QList<ShortcutEntry> entries = collectShortcuts(window);
    // Keys handled inside widgets have no QAction; list them too.
    entries.append({tr("Next or previous control"), tr("Tab, Shift+Tab")});
    entries.append({tr("Previous or next event on the timeline"),
                    tr("Left, Right", "keys for the previous, then the next event; in a "
                                      "right-to-left language Right goes back: Right, Left")});
    entries.append({tr("First or last event on the timeline"), tr("Home, End")});
    entries.append({tr("Open a menu"),
                    tr("Alt + underlined letter", "a language whose menus have no mnemonics "
                                                  "(Arabic) says: Alt, then the arrow keys")});

    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(entries.at(row).action));
        m_table->setItem(row, 1, new QTableWidgetItem(entries.at(row).shortcut));
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(480, 420);
}

} // namespace sharaka
