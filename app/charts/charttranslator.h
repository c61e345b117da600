// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/language.h"

#include <QTranslator>

namespace sharaka {

/// Makes tr() answer in @p language while it lives, so that a chart can be
/// built in a language other than the interface's (exports of every
/// language) without switching the whole window. Charts take their strings
/// when they are built, so the scope only needs to cover buildChart().
class ScopedChartTranslator final
{
public:
    explicit ScopedChartTranslator(Language language);
    ~ScopedChartTranslator();
    ScopedChartTranslator(const ScopedChartTranslator &) = delete;
    ScopedChartTranslator &operator=(const ScopedChartTranslator &) = delete;

    /// False when the language's translation could not be loaded.
    bool isLoaded() const { return m_loaded; }

private:
    /// English is the source language: this translator answers every string
    /// with its source text, hiding the interface's translation.
    class SourceTextTranslator final : public QTranslator
    {
    public:
        QString translate(const char *context, const char *sourceText, const char *disambiguation,
                          int n) const override;
        bool isEmpty() const override { return false; }
    };

    SourceTextTranslator m_sourceText;
    QTranslator m_translation;
    QTranslator *m_installed = nullptr;
    bool m_loaded = true;
};

} // namespace sharaka
