// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sharaka {

/// Lists why a dataset could not be opened, one problem per line, in a
/// scrollable text the user can select and copy (to fix the file or report it).
class ProblemsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ProblemsDialog(QWidget *parent = nullptr);

    /// Shows the problems of @p fileName; the open dataset was kept.
    void setProblems(const QString &fileName, const QStringList &problems);

    QString summaryText() const;
    QString problemsText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void copyToClipboard();

    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_copyButton = nullptr;
    QString m_fileName;
};

} // namespace sharaka
