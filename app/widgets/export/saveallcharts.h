// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/exportformat.h"
#include "core/language.h"

#include <QObject>
#include <QStringList>

class QAction;

namespace sharaka {

class DashboardState;
class Settings;

/// File ▸ Save All Charts…: one folder, one format, every chart, optionally in
/// every language, with progress and cancel; failures are listed at the end,
/// success goes to statusMessage(). Saves what @p state holds.
class SaveAllChartsCommand final : public QObject
{
    Q_OBJECT

public:
    /// @p settings gives and keeps the folder and the options; @p window parents the dialogs.
    SaveAllChartsCommand(const DashboardState *state, Settings *settings, QWidget *window);

    QAction *action() const { return m_action; }

    /// Asks for the folder and the options, then saves.
    void run();

    /// What saving produced: the files written and one message per failure.
    struct Result
    {
        QStringList written;
        QStringList errors;
        bool cancelled = false;
    };
    /// Saves every chart into @p folder with a progress dialog (no other
    /// dialog): the window shows the result.
    Result saveAll(const QString &folder, ExportFormat format, const ExportOptions &options,
                   bool allLanguages);

    /// Re-sets the texts in the interface language.
    void retranslateUi();

signals:
    /// A short note for the window's status bar ("3 files saved in …").
    void statusMessage(const QString &message);

private:
    void report(const QString &folder, const Result &result);

    const DashboardState *m_state;
    Settings *m_settings;
    QWidget *m_window;
    QAction *m_action = nullptr;
};

} // namespace sharaka
