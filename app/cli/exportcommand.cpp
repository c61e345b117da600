// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/exportcommand.h"

#include <QCommandLineParser>

namespace sharaka {

ExportCommandOptions::ExportCommandOptions()
    : m_listCharts(QStringLiteral("list-charts"),
                   tr("Print the id of every chart, one per line, and exit."))
    , m_export(QStringLiteral("export"),
               tr("Save the chart given by --chart as FILE and exit; the format comes "
                  "from the suffix (.png, .jpg, .jpeg, .svg, .pdf; .csv for its data)."),
               QStringLiteral("file"))
    , m_exportAll(QStringLiteral("export-all"),
                  tr("Save every chart into DIR (created if missing) and exit. With "
                     "--lang all, into DIR/<lang>/."),
                  QStringLiteral("dir"))
    , m_chart(QStringLiteral("chart"), tr("The chart to --export (see --list-charts)."),
              QStringLiteral("id"))
    , m_format(QStringLiteral("format"),
               tr("Format for --export-all: png, jpg, svg or pdf (default png)."),
               QStringLiteral("format"))
    , m_size(QStringLiteral("size"),
             tr("Size of exported charts in pixels, WIDTHxHEIGHT (default 1600x900)."),
             QStringLiteral("WxH"))
    , m_factsheet(QStringLiteral("export-factsheet"),
                  tr("Save the factsheet (a designed page of the project, its key figures, "
                     "map, timeline, charts and sources) as the PDF file FILE and exit. With "
                     "--lang all, one file per language beside FILE (FILE-en.pdf…)."),
                  QStringLiteral("file"))
    , m_paper(QStringLiteral("paper"), tr("Paper of the factsheet: a4 or letter (default a4)."),
              QStringLiteral("paper"))
{}

void ExportCommandOptions::addTo(QCommandLineParser &parser) const
{
    for (const QCommandLineOption *option : options())
        parser.addOption(*option);
}

QList<const QCommandLineOption *> ExportCommandOptions::options() const
{
    return {&m_listCharts, &m_export, &m_exportAll, &m_chart,
            &m_format,     &m_size,   &m_factsheet, &m_paper};
}

QString ExportCommandOptions::firstSet(const QCommandLineParser &parser,
                                       const QList<const QCommandLineOption *> &options,
                                       const QString &message)
{
    for (const QCommandLineOption *option : options) {
        if (parser.isSet(*option))
            return message.arg(option->names().constFirst());
    }
    return {};
}

std::optional<ExportCommand> ExportCommandOptions::read(const QCommandLineParser &parser,
                                                        QString *error) const
{
    const int modes = int(parser.isSet(m_listCharts)) + int(parser.isSet(m_export)) +
                      int(parser.isSet(m_exportAll)) + int(parser.isSet(m_factsheet));
    if (parser.isSet(m_paper) && !parser.isSet(m_factsheet)) {
        *error = tr("--paper needs --export-factsheet.");
        return std::nullopt;
    }
    if (modes == 0) {
        *error = firstSet(parser, {&m_chart, &m_format, &m_size},
                          tr("--%1 needs --export or --export-all."));
        return std::nullopt;
    }
    if (modes > 1) {
        *error =
            tr("Use only one of --list-charts, --export, --export-all and --export-factsheet.");
        return std::nullopt;
    }
    if (parser.isSet(m_factsheet))
        return readFactsheet(parser, error);
    if (parser.isSet(m_listCharts))
        return readListCharts(parser, error);
    if (parser.isSet(m_export))
        return readExportOne(parser, error);
    return readExportAll(parser, error);
}

std::optional<QSize> ExportCommandOptions::readSize(const QCommandLineParser &parser,
                                                    QString *error) const
{
    if (!parser.isSet(m_size))
        return QSize(ExportOptions::DefaultWidth, ExportOptions::DefaultHeight);
    const std::optional<QSize> size = parseExportSize(parser.value(m_size));
    if (!size) {
        *error = tr("Invalid size \"%1\": use WIDTHxHEIGHT, each between %2 and %3 "
                    "pixels, for example 1600x900.")
                     .arg(parser.value(m_size), QString::number(ExportOptions::MinimumSide),
                          QString::number(ExportOptions::MaximumSide));
    }
    return size;
}

std::optional<ExportCommand> ExportCommandOptions::readListCharts(const QCommandLineParser &parser,
                                                                  QString *error) const
{
    // A malformed --size is named as such before it is found out of place.
    if (!readSize(parser, error))
        return std::nullopt;
    *error = firstSet(parser, {&m_chart, &m_format, &m_size},
                      tr("--%1 does not go with --list-charts."));
    if (!error->isEmpty())
        return std::nullopt;
    ExportCommand command;
    command.mode = ExportCommand::Mode::ListCharts;
    return command;
}

std::optional<ExportCommand> ExportCommandOptions::readExportOne(const QCommandLineParser &parser,
                                                                 QString *error) const
{
    ExportCommand command;
    const std::optional<QSize> size = readSize(parser, error);
    if (!size)
        return std::nullopt;
    command.size = *size;
    command.mode = ExportCommand::Mode::ExportOne;
    command.target = parser.value(m_export);
    if (parser.isSet(m_format)) {
        *error = tr("--format is for --export-all; --export takes the format from "
                    "the file's suffix.");
        return std::nullopt;
    }
    if (!parser.isSet(m_chart)) {
        *error = tr("--export needs --chart ID (see --list-charts).");
        return std::nullopt;
    }
    command.chartId = parser.value(m_chart);
    if (command.target.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        if (parser.isSet(m_size)) {
            *error = tr("--size is for pictures; a .csv file holds the chart's data.");
            return std::nullopt;
        }
        command.csv = true;
        return command;
    }
    const std::optional<ExportFormat> format = exportFormatForPath(command.target);
    if (!format) {
        *error = tr("Cannot export to %1: unknown file suffix; use .png, .jpg, "
                    ".jpeg, .svg, .pdf or .csv.")
                     .arg(command.target);
        return std::nullopt;
    }
    command.format = *format;
    return command;
}

std::optional<ExportCommand> ExportCommandOptions::readExportAll(const QCommandLineParser &parser,
                                                                 QString *error) const
{
    ExportCommand command;
    const std::optional<QSize> size = readSize(parser, error);
    if (!size)
        return std::nullopt;
    command.size = *size;
    command.mode = ExportCommand::Mode::ExportAll;
    command.target = parser.value(m_exportAll);
    if (parser.isSet(m_chart)) {
        *error = tr("--chart is for --export; --export-all saves every chart.");
        return std::nullopt;
    }
    if (parser.isSet(m_format)) {
        const std::optional<ExportFormat> format = exportFormatForSuffix(parser.value(m_format));
        if (!format) {
            *error =
                tr("Unknown format \"%1\": use png, jpg, svg or pdf.").arg(parser.value(m_format));
            return std::nullopt;
        }
        command.format = *format;
    }
    return command;
}

std::optional<ExportCommand> ExportCommandOptions::readFactsheet(const QCommandLineParser &parser,
                                                                 QString *error) const
{
    *error = firstSet(parser, {&m_chart, &m_format, &m_size},
                      tr("--%1 does not go with --export-factsheet."));
    if (!error->isEmpty())
        return std::nullopt;
    ExportCommand command;
    command.mode = ExportCommand::Mode::ExportFactsheet;
    command.target = parser.value(m_factsheet);
    if (exportFormatForPath(command.target) != ExportFormat::Pdf) {
        *error = tr("Cannot save the factsheet as %1: use a .pdf file name.").arg(command.target);
        return std::nullopt;
    }
    if (parser.isSet(m_paper)) {
        const std::optional<FactsheetPaper> paper = factsheetPaperFromName(parser.value(m_paper));
        if (!paper) {
            *error = tr("Unknown paper \"%1\": use a4 or letter.").arg(parser.value(m_paper));
            return std::nullopt;
        }
        command.paper = *paper;
    }
    return command;
}

} // namespace sharaka
