// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/dataset.h"

#include <QLocale>
#include <QString>
#include <QUrl>

namespace sharaka {

class LanguageTranslator;

/// Text shared by every view of the data (panels, charts, exports), so that a
/// figure reads the same wherever it appears.
namespace TextFormat {

/// "46", or "800+" for a lower bound. Wrapped in left-to-right marks so the
/// plus sign stays after the digits inside right-to-left text.
QString indicatorValue(const Indicator &indicator, const QLocale &locale);

/// The same without bidi marks, for plain-text outputs and accessible names.
QString indicatorValuePlain(const Indicator &indicator, const QLocale &locale);

/// "EU Neighbours South, 8 Feb 2023" (publisher, then date when known), with
/// Arabic punctuation and a bidi mark in Arabic.
QString sourceCitation(const Source &source, Language language);

/// "Sources: " and the citations of @p sourceIds: the line under every chart,
/// note, milestone and bar tooltip. In @p translator's language, else in the
/// installed translation.
QString sourcesLine(const Dataset &dataset, const QStringList &sourceIds, Language language,
                    const LanguageTranslator *translator = nullptr);

/// Citations of several sources, separated by semicolons; unknown ids are skipped.
QString sourceCitations(const Dataset &dataset, const QStringList &sourceIds, Language language);

/// A milestone's date at its precision, or its range ("30–31 Jan 2023"), with
/// its bound ("by 5 Sep 2019") in @p translator's language, else in the
/// installed translation (the application's current language).
QString milestoneDate(const Milestone &milestone, const QLocale &locale,
                      const LanguageTranslator *translator = nullptr);

/// The project's name, with its meaning when the dataset gives one:
/// "Sharaka (Arabic for “partnership”)". The header and the printed page.
QString projectTitle(const ProjectInfo &project, Language language);

/// Whether the name's meaning follows the name: not in a language where the
/// name is an ordinary word (Arabic), as @p translator's translation says
/// (the installed one when null).
bool showsNameMeaning(const ProjectInfo &project, Language language,
                      const LanguageTranslator *translator = nullptr);

/// The line under the title: summary, implementer, funder and period,
/// joined by middle dots. The header and the printed page.
QString projectDetails(const ProjectInfo &project, Language language);
/// projectDetails() with @p summary in place of the project's own (the
/// header shows a long one cut).
QString projectDetails(const QString &summary, const ProjectInfo &project, Language language);

/// Implementer, funder and period, joined by middle dots: the end of
/// projectDetails(), and the factsheet's facts line, which translates with its
/// own @p translator (the installed translation when null).
QString projectFacts(const ProjectInfo &project, Language language,
                     const LanguageTranslator *translator = nullptr);

/// "* Following EU usage…": the marker and text of every footnote that a
/// partner country's name carries, one line each, in dataset order. The
/// country panel and the printed page.
QStringList countryFootnoteLines(const Dataset &dataset, Language language);

/// One footnote as a line: its marker, a space, its text.
QString footnoteLine(const Footnote &footnote, Language language);

/// @p text parsed as a web address: valid, http or https, with a host; an
/// empty QUrl otherwise. The only addresses a link is ever made of.
QUrl webUrl(const QString &text);

/// @p text with every control character (C0, DEL, C1, line and paragraph
/// separators, and the bidi controls U+202A–U+202E and U+2066–U+2069)
/// written as "\u001b": for messages that quote a file's content, so that no
/// file can move a terminal's cursor, fake a line of output or reverse it.
QString escapeControl(const QString &text);

/// @p text with its bidi embeddings, overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069) balanced: a closing one without its opening one is
/// dropped, and what is left open is closed at the end. A text from a file
/// then cannot reverse or reorder the program's text around it.
QString balancedBidi(const QString &text);

/// balancedBidi(@p text) between FIRST STRONG ISOLATE and POP DIRECTIONAL
/// ISOLATE (U+2068 … U+2069): a text from a file as it meets program text
/// ("Sources: %1", "%1, 8 Feb 2023"), so that its direction (Arabic in an
/// English line, or a stray U+202E) stays inside it. Empty stays empty.
QString isolate(const QString &text);

/// @p text after a mark of @p language's direction (U+200E or U+200F): for a
/// paragraph laid out by a QTextDocument (a selectable label), which takes
/// its direction from the first strong letter even inside an isolate.
QString inDirectionOf(Language language, const QString &text);

/// @p format with %1 … %9 replaced by @p arguments in one pass, so that a
/// "%1" inside an argument (a text from a file) stays as it is; chained
/// arg() calls would replace it. For formats whose arguments are a list.
QString substitute(const QString &format, const QStringList &arguments);

/// Forces a left-to-right run (codes such as "DZ" or "I-24/7") inside any paragraph.
QString leftToRight(const QString &text);

/// @p text as a tooltip: Qt shows tooltips that look like markup as rich
/// text, so the text is escaped into a paragraph that keeps its line breaks
/// and reads as typed ("<b>x</b>" stays literal).
QString toolTip(const QString &text);

} // namespace TextFormat

} // namespace sharaka
