// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/open/problemsdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sharaka {

ProblemsDialog::ProblemsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("problemsDialog"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_problems = new QPlainTextEdit(this);
    m_problems->setObjectName(QStringLiteral("problemsText"));
    m_problems->setReadOnly(true);
    // Messages quote JSON paths and line numbers; long ones scroll instead of wrapping.
    m_problems->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_problems->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copyButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    connect(m_copyButton, &QPushButton::clicked, this, &ProblemsDialog::copyToClipboard);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_buttons);
    resize(720, 360);
    retranslateUi();
}

void ProblemsDialog::setProblems(const QString &fileName, const QStringList &problems)
{
    m_fileName = fileName;
    m_problems->setPlainText(problems.join(QLatin1Char('\n')));
    retranslateUi();
}

QString ProblemsDialog::summaryText() const
{
    return m_summary->text();
}

QString ProblemsDialog::problemsText() const
{
    return m_problems->toPlainText();
}

void ProblemsDialog::retranslateUi()
{
    setWindowTitle(tr("Cannot Open Dataset"));
    m_summary->setText(tr("“%1” was not opened because of the problems below. The dashboard "
                          "still shows the data it showed before.")
                           .arg(m_fileName));
    m_problems->setAccessibleName(tr("Problems found"));
    m_copyButton->setText(tr("&Copy All"));
    m_copyButton->setToolTip(tr("Copy every problem to the clipboard"));
}

void ProblemsDialog::copyToClipboard()
{
    QApplication::clipboard()->setText(m_problems->toPlainText());
}

void ProblemsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace sharaka
