// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>
#include <QKeySequence>

class QTableWidget;

namespace sharaka {

/// One line of the shortcut list.
struct ShortcutEntry
{
    QString action;   ///< the action's text, without mnemonic markers
    QString shortcut; ///< in the platform's notation
};

/// The platform's keys for @p key, or @p fallback where the platform has none
/// (Quit has no standard key on some platforms, yet users expect Ctrl+Q).
QList<QKeySequence> standardShortcuts(QKeySequence::StandardKey key, const QKeySequence &fallback);

/// Every action of @p window that has a shortcut: the menu bar's in menu
/// order, then any other action of the window. Built from the live actions, so
/// the list stays complete as menus grow.
QList<ShortcutEntry> collectShortcuts(const QWidget *window);

/// Help ▸ Keyboard Shortcuts: the window's shortcuts, and the keys that move
/// inside the dashboard's own widgets.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace sharaka
