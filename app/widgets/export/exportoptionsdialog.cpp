// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/export/exportoptionsdialog.h"

#include "core/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace sharaka {

namespace {

QSpinBox *sideBox(QWidget *parent, const QString &objectName)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(ExportOptions::MinimumSide, ExportOptions::MaximumSide);
    box->setSingleStep(10);
    return box;
}

} // namespace

ExportOptionsDialog::ExportOptionsDialog(Mode mode, ExportFormat format, Settings *settings,
                                         QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_fixedFormat(format)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("exportOptionsDialog"));
    auto *form = new QFormLayout(this);

    m_formatLabel = new QLabel(this);
    m_formatBox = new QComboBox(this);
    m_formatBox->setObjectName(QStringLiteral("exportFormat"));
    for (ExportFormat each : exportFormats())
        m_formatBox->addItem(exportFormatSuffix(each).toUpper(), int(each));
    m_formatLabel->setBuddy(m_formatBox);
    if (mode == Mode::AllCharts) {
        form->addRow(m_formatLabel, m_formatBox);
    } else {
        m_formatLabel->hide();
        m_formatBox->hide();
    }

    addSizeRows(form);

    m_transparent = new QCheckBox(this);
    m_transparent->setObjectName(QStringLiteral("exportTransparent"));
    form->addRow(QString(), m_transparent);

    m_allLanguages = new QCheckBox(this);
    m_allLanguages->setObjectName(QStringLiteral("exportAllLanguages"));
    if (mode == Mode::AllCharts)
        form->addRow(QString(), m_allLanguages);
    else
        m_allLanguages->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        saveChoices();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_sizeBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QSize preset = m_sizeBox->itemData(index).toSize();
        if (preset.isValid()) {
            m_width->setValue(preset.width());
            m_height->setValue(preset.height());
        }
        updateEnabledState();
    });
    connect(m_formatBox, &QComboBox::currentIndexChanged, this, [this] { updateEnabledState(); });

    restoreChoices();
    retranslateUi();
    updateEnabledState();
}

void ExportOptionsDialog::addSizeRows(QFormLayout *form)
{
    m_sizeLabel = new QLabel(this);
    m_sizeBox = new QComboBox(this);
    m_sizeBox->setObjectName(QStringLiteral("exportSize"));
    for (const QSize &size : presetSizes())
        m_sizeBox->addItem(QString(), size);
    m_sizeBox->addItem(QString()); // Custom
    m_sizeLabel->setBuddy(m_sizeBox);
    form->addRow(m_sizeLabel, m_sizeBox);

    auto *custom = new QWidget(this);
    auto *customLayout = new QHBoxLayout(custom);
    customLayout->setContentsMargins(0, 0, 0, 0);
    m_widthLabel = new QLabel(custom);
    m_width = sideBox(custom, QStringLiteral("exportWidth"));
    m_heightLabel = new QLabel(custom);
    m_height = sideBox(custom, QStringLiteral("exportHeight"));
    m_widthLabel->setBuddy(m_width);
    m_heightLabel->setBuddy(m_height);
    customLayout->addWidget(m_widthLabel);
    customLayout->addWidget(m_width);
    customLayout->addSpacing(12);
    customLayout->addWidget(m_heightLabel);
    customLayout->addWidget(m_height);
    customLayout->addStretch(1);
    form->addRow(QString(), custom);
}

void ExportOptionsDialog::restoreChoices()
{
    const ExportOptions saved = savedOptions(*m_settings);
    setExportSize(saved.size);
    m_transparent->setChecked(saved.transparentBackground);
    setFormat(m_mode == Mode::AllCharts ? savedFormat(*m_settings) : m_fixedFormat);
    m_allLanguages->setChecked(m_settings->exportAllLanguages());
}

QList<QSize> ExportOptionsDialog::presetSizes()
{
    return {QSize(1280, 720), QSize(ExportOptions::DefaultWidth, ExportOptions::DefaultHeight),
            QSize(1920, 1080), QSize(3840, 2160)};
}

ExportOptions ExportOptionsDialog::options() const
{
    ExportOptions options;
    options.size = QSize(m_width->value(), m_height->value());
    options.transparentBackground =
        m_transparent->isChecked() && exportFormatSupportsTransparency(format());
    return options;
}

ExportFormat ExportOptionsDialog::format() const
{
    if (m_mode == Mode::OneChart)
        return m_fixedFormat;
    return ExportFormat(m_formatBox->currentData().toInt());
}

bool ExportOptionsDialog::allLanguages() const
{
    return m_mode == Mode::AllCharts && m_allLanguages->isChecked();
}

void ExportOptionsDialog::setExportSize(const QSize &size)
{
    const int preset = presetSizes().indexOf(size);
    m_sizeBox->setCurrentIndex(preset >= 0 ? preset : m_sizeBox->count() - 1);
    m_width->setValue(size.width());
    m_height->setValue(size.height());
    updateEnabledState();
}

void ExportOptionsDialog::setFormat(ExportFormat format)
{
    if (m_mode == Mode::OneChart)
        m_fixedFormat = format;
    m_formatBox->setCurrentIndex(m_formatBox->findData(int(format)));
    updateEnabledState();
}

ExportOptions ExportOptionsDialog::savedOptions(const Settings &settings)
{
    ExportOptions options;
    const std::optional<QSize> size = parseExportSize(settings.exportSize());
    if (size)
        options.size = *size;
    options.transparentBackground = settings.exportTransparent();
    return options;
}

ExportFormat ExportOptionsDialog::savedFormat(const Settings &settings)
{
    return exportFormatForSuffix(settings.exportFormat()).value_or(ExportFormat::Png);
}

void ExportOptionsDialog::saveChoices() const
{
    m_settings->setExportSize(QStringLiteral("%1x%2").arg(m_width->value()).arg(m_height->value()));
    // A JPEG or PDF export says nothing about the next PNG's background.
    if (exportFormatSupportsTransparency(format()))
        m_settings->setExportTransparent(m_transparent->isChecked());
    if (m_mode == Mode::AllCharts) {
        m_settings->setExportFormat(exportFormatSuffix(format()));
        m_settings->setExportAllLanguages(m_allLanguages->isChecked());
    }
}

void ExportOptionsDialog::updateEnabledState()
{
    const bool custom = !m_sizeBox->currentData().toSize().isValid();
    m_width->setEnabled(custom);
    m_height->setEnabled(custom);
    m_widthLabel->setEnabled(custom);
    m_heightLabel->setEnabled(custom);
    m_transparent->setEnabled(exportFormatSupportsTransparency(format()));
}

void ExportOptionsDialog::retranslateUi()
{
    setWindowTitle(m_mode == Mode::AllCharts ? tr("Save All Charts") : tr("Save Chart"));
    m_formatLabel->setText(tr("&Format:"));
    m_sizeLabel->setText(tr("Si&ze:"));
    const QList<QSize> presets = presetSizes();
    const QStringList names = {tr("%1 (HD, slides)"), tr("%1 (default)"), tr("%1 (Full HD)"),
                               tr("%1 (4K, print)")};
    for (int i = 0; i < presets.size(); ++i)
        m_sizeBox->setItemText(i, names.at(i).arg(exportSizeText(presets.at(i))));
    m_sizeBox->setItemText(m_sizeBox->count() - 1, tr("Custom"));
    m_sizeBox->setToolTip(tr("Size of the saved picture in pixels; the chart is laid out for it, "
                             "so text stays readable at every size"));
    m_widthLabel->setText(tr("&Width:"));
    m_heightLabel->setText(tr("&Height:"));
    m_width->setSuffix(tr(" px"));
    m_height->setSuffix(tr(" px"));
    m_transparent->setText(tr("&Transparent background"));
    m_transparent->setToolTip(tr("Only PNG and SVG files can have a transparent background"));
    m_allLanguages->setText(tr("Every &language (one folder per language)"));
    m_allLanguages->setToolTip(tr("Saves each chart in English, French and Arabic, into the "
                                  "sub-folders en, fr and ar"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
}

void ExportOptionsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace sharaka
