// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/language.h"

#include <QMap>
#include <QString>

namespace sharaka {

/// A text a user reads, in several languages. Data text lives in the dataset,
/// not in the .ts files, so it carries its own translations; English is
/// required and stands in for any language the dataset lacks.
class LocalizedText
{
public:
    LocalizedText() = default;
    explicit LocalizedText(QMap<QString, QString> textsByLanguageCode)
        : m_texts(std::move(textsByLanguageCode))
    {}

    QString text(Language language) const;
    QString text(const QString &languageCode) const;
    QString english() const { return m_texts.value(QStringLiteral("en")); }
    bool hasLanguage(const QString &languageCode) const { return m_texts.contains(languageCode); }
    bool isEmpty() const { return m_texts.isEmpty(); }
    QMap<QString, QString> all() const { return m_texts; }

private:
    QMap<QString, QString> m_texts;
};

} // namespace sharaka
