// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/exportformat.h"
#include "core/factsheetpaper.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QSize>
#include <QString>

#include <optional>

class QCommandLineParser;

namespace sharaka {

/// A headless request from the command line: list the charts, export one
/// or all of them, or the factsheet. Runs without a window and without a display.
struct ExportCommand
{
    enum class Mode { ListCharts, ExportOne, ExportAll, ExportFactsheet };
    Mode mode = Mode::ListCharts;
    QString target;  ///< FILE for --export and --export-factsheet, DIR for --export-all
    QString chartId; ///< --chart, for --export
    ExportFormat format = ExportFormat::Png;
    QSize size{ExportOptions::DefaultWidth, ExportOptions::DefaultHeight};
    bool allLanguages = false; ///< --lang all, for --export-all and --export-factsheet
    FactsheetPaper paper = FactsheetPaper::A4; ///< --paper, for --export-factsheet
    bool csv = false; ///< --export FILE.csv: the chart's data, not a picture
};

/// The export options of the command line: adds them to a parser and reads
/// them back, checking everything that needs no dataset.
class ExportCommandOptions final
{
    Q_DECLARE_TR_FUNCTIONS(sharaka::ExportCommandOptions)

public:
    ExportCommandOptions();
    /// Adds --list-charts, --export, --export-all, --chart, --format, --size,
    /// --export-factsheet and --paper to @p parser.
    void addTo(QCommandLineParser &parser) const;

    /// After a successful QCommandLineParser::parse(): the command, nullopt
    /// when none was asked for. Sets @p error (a usage error) when the
    /// options are malformed or do not go together.
    std::optional<ExportCommand> read(const QCommandLineParser &parser, QString *error) const;

    /// Every option added, for checks that apply to all options alike.
    QList<const QCommandLineOption *> options() const;

private:
    /// The first of @p options that is set, formatted into @p message; empty when none is.
    static QString firstSet(const QCommandLineParser &parser,
                            const QList<const QCommandLineOption *> &options,
                            const QString &message);
    std::optional<ExportCommand> readListCharts(const QCommandLineParser &parser,
                                                QString *error) const;
    std::optional<ExportCommand> readExportOne(const QCommandLineParser &parser,
                                               QString *error) const;
    std::optional<ExportCommand> readExportAll(const QCommandLineParser &parser,
                                               QString *error) const;
    std::optional<ExportCommand> readFactsheet(const QCommandLineParser &parser,
                                               QString *error) const;
    /// --size for --export and --export-all (default 1600×900).
    std::optional<QSize> readSize(const QCommandLineParser &parser, QString *error) const;

    QCommandLineOption m_listCharts;
    QCommandLineOption m_export;
    QCommandLineOption m_exportAll;
    QCommandLineOption m_chart;
    QCommandLineOption m_format;
    QCommandLineOption m_size;
    QCommandLineOption m_factsheet;
    QCommandLineOption m_paper;
};

} // namespace sharaka
