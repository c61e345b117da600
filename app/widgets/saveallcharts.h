// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "charts/exportformat.h"
#include "core/language.h"

#include <QObject>
#include <QStringList>

class QAction;

namespace sharaka {

class LanguageManager;
class MainWindow;

/// File ▸ Save All Charts…: one folder, one format, every chart, optionally in
/// every language, with progress and cancel; failures are listed at the end.
class SaveAllChartsCommand final : public QObject
{
    Q_OBJECT

public:
    SaveAllChartsCommand(MainWindow *window, LanguageManager *languages);

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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void report(const QString &folder, const Result &result);

    MainWindow *m_window;
    LanguageManager *m_languages;
    QAction *m_action = nullptr;
};

} // namespace sharaka
