// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/exportformat.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace sharaka {

class Settings;

/// The options step of saving charts: the size (presets or custom), a
/// transparent background for PNG and SVG, and for "Save All Charts" the
/// format and whether to save every language. Choices are remembered.
class ExportOptionsDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { OneChart, AllCharts };

    /// In OneChart mode @p format is fixed (it comes from the file name).
    /// @p settings gives the last choices and keeps the new ones.
    ExportOptionsDialog(Mode mode, ExportFormat format, Settings *settings,
                        QWidget *parent = nullptr);

    ExportOptions options() const;
    ExportFormat format() const;
    bool allLanguages() const;

    /// Selects one of the presets, or Custom with the given width and height.
    void setExportSize(const QSize &size);
    void setFormat(ExportFormat format);

    /// The presets, smallest first; 1600×900 is the default.
    static QList<QSize> presetSizes();

    /// The remembered choices, as used by Copy Chart and the next dialog.
    static ExportOptions savedOptions(const Settings &settings);
    static ExportFormat savedFormat(const Settings &settings);
    /// Remembers the current choices; called when the dialog is accepted.
    void saveChoices() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The size presets, and width and height for a custom size.
    void addSizeRows(QFormLayout *form);
    /// The choices of the last accepted dialog, from the settings.
    void restoreChoices();
    void retranslateUi();
    void updateEnabledState();

    Mode m_mode;
    ExportFormat m_fixedFormat;
    Settings *m_settings;
    QLabel *m_formatLabel = nullptr;
    QComboBox *m_formatBox = nullptr;
    QLabel *m_sizeLabel = nullptr;
    QComboBox *m_sizeBox = nullptr;
    QLabel *m_widthLabel = nullptr;
    QSpinBox *m_width = nullptr;
    QLabel *m_heightLabel = nullptr;
    QSpinBox *m_height = nullptr;
    QCheckBox *m_transparent = nullptr;
    QCheckBox *m_allLanguages = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sharaka
