// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/plaintextwidgets.h"

#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>

namespace sharaka::PlainTextWidgets {

void warning(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText); // the informative text follows the same format
    box.setInformativeText(details);
    box.exec();
}

void usePlainLabel(QProgressDialog &dialog)
{
    auto *label = new QLabel(&dialog);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignCenter);
    label->setText(dialog.labelText());
    dialog.setLabel(label); // the dialog takes it
}

} // namespace sharaka::PlainTextWidgets
