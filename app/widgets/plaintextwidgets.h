// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QProgressDialog;
class QWidget;

namespace sharaka {

/// Dialogs whose text may quote a file's name or content. QMessageBox and
/// QProgressDialog show text that looks like markup as rich text, so a
/// "<img src=FILE>" in a dataset would make them read FILE (a FIFO freezes
/// the window, /dev/zero exhausts its memory): these show it as typed.
namespace PlainTextWidgets {

/// A window-modal warning box with @p text as plain text.
void warning(QWidget *parent, const QString &title, const QString &text,
             const QString &details = QString());

/// Gives @p dialog a label that shows its label text as plain text, before
/// any text from a file is set: a rich label reads its <img> files at once.
void usePlainLabel(QProgressDialog &dialog);

} // namespace PlainTextWidgets

} // namespace sharaka
