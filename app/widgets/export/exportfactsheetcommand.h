// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "factsheet/factsheetwriter.h"

#include <QObject>

class QAction;

namespace sharaka {

class DashboardState;
class Settings;

/// File ▸ Export Factsheet…: asks for a PDF file name and the paper (A4 or
/// Letter, remembered), then writes the factsheet of the shown dataset in the
/// interface's language. Writing is FactsheetWriter's; this class only asks
/// and reports (success through statusMessage()).
class ExportFactsheetCommand final : public QObject
{
    Q_OBJECT

public:
    /// @p settings gives and keeps the folder and the paper; @p window parents the dialogs.
    ExportFactsheetCommand(const DashboardState *state, Settings *settings, QWidget *window);

    QAction *action() const { return m_action; }

    /// Asks for the file and the paper, then saves.
    void run();
    /// Saves without asking; returns the error shown to the user (empty on success).
    QString saveTo(const QString &path, FactsheetPaper paper);

    /// The paper last chosen (A4 until one is), also the one printed on.
    static FactsheetPaper savedPaper(const Settings &settings);

    /// Re-sets the texts in the interface language.
    void retranslateUi();

signals:
    /// A short note for the window's status bar ("Factsheet saved as …").
    void statusMessage(const QString &message);

private:
    const DashboardState *m_state;
    Settings *m_settings;
    QWidget *m_window;
    QAction *m_action = nullptr;
};

} // namespace sharaka
