// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>

namespace sharaka {

namespace {

/// The program's options on a QCommandLineParser, and the checks between
/// them that need no file: parseCommandLine() in steps. Its name is the
/// translation context of its messages.
class CommandLineParser final
{
    Q_DECLARE_TR_FUNCTIONS(sharaka::CommandLineParser)

public:
    CommandLineParser();
    CommandLineResult parse(const QStringList &arguments);

private:
    /// Every option but the export ones (ExportCommandOptions adds those).
    QList<const QCommandLineOption *> ownOptions() const;
    QString singleValueError() const;
    QString modeConflict() const;
    QString aloneError(const QCommandLineOption &mode, const QCommandLineOption *partner,
                       const QString &message) const;
    /// --lang all for the commands that write one file per language, else
    /// an unknown code is an error.
    QString applyLanguage(CommandLineOptions &options) const;
    QString languageValue() const;
    QString readActivityIndex(CommandLineOptions &options) const;

    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
    QCommandLineOption m_lang;
    QCommandLineOption m_data;
    QCommandLineOption m_firstPaint;
    QCommandLineOption m_check;
    QCommandLineOption m_activity;
    QCommandLineOption m_activityIndex;
    QCommandLineOption m_convert;
    QCommandLineOption m_to;
    ExportCommandOptions m_export;
};

CommandLineParser::CommandLineParser()
    : m_help(m_parser.addHelpOption())
    , m_version(m_parser.addVersionOption())
    , m_lang(QStringLiteral("lang"),
             tr("Interface language: en, fr or ar (all: every language, for --export-all and "
                "--export-factsheet)."),
             QStringLiteral("code"))
    , m_data(QStringLiteral("data"),
             tr("Open the dataset FILE instead of the embedded Sharaka data."),
             QStringLiteral("file"))
    , m_firstPaint(QStringLiteral("quit-after-first-paint"),
                   tr("Exit as soon as the main window has painted (for tests and benchmarks)."))
    , m_check(QStringLiteral("check"),
              tr("Validate the dataset FILE, print \"FILE: OK\" with its counts or every "
                 "problem, and exit (status 1 on problems)."),
              QStringLiteral("file"))
    , m_activity(QStringLiteral("activity"),
                 tr("The activity (its iati-identifier) to show, check or convert when the "
                    "dataset FILE is an IATI activity file."),
                 QStringLiteral("id"))
    , m_activityIndex(QStringLiteral("activity-index"),
                      tr("The activity to show, check or convert by its position in the IATI "
                         "activity file (1 for the first), e.g. when two activities share an "
                         "iati-identifier."),
                      QStringLiteral("n"))
    , m_convert(QStringLiteral("convert"),
                tr("Write the dataset FILE (e.g. an IATI activity) in the dashboard's own "
                   "format to the file given by --to, and exit."),
                QStringLiteral("file"))
    , m_to(QStringLiteral("to"), tr("The dataset file --convert writes."), QStringLiteral("file"))
{
    m_parser.setApplicationDescription(
        tr("Timeline, partner countries and outcome indicators of INTERPOL's Sharaka project."));
    // --help lists the options in this order: the window's, the exports', the checks'.
    for (const QCommandLineOption *option : {&m_lang, &m_data, &m_firstPaint})
        m_parser.addOption(*option);
    m_export.addTo(m_parser);
    for (const QCommandLineOption *option :
         {&m_check, &m_activity, &m_activityIndex, &m_convert, &m_to})
        m_parser.addOption(*option);
}

QList<const QCommandLineOption *> CommandLineParser::ownOptions() const
{
    return {&m_lang,     &m_data,          &m_firstPaint, &m_check,
            &m_activity, &m_activityIndex, &m_convert,    &m_to};
}

CommandLineResult CommandLineParser::parse(const QStringList &arguments)
{
    CommandLineResult result;
    const auto fail = [&result](const QString &message) {
        result.exitNow = true;
        result.exitCode = ExitCode::Usage;
        result.usageError = message;
        return result;
    };

    const bool parsed = m_parser.parse(arguments);
    // Read even when parsing failed, so that the usage error speaks --lang.
    result.options.language = languageFromCode(languageValue());
    if (!parsed)
        return fail(m_parser.errorText());
    // --help-all is Qt's help with its own options: help all the same, never the window.
    const bool help = m_parser.isSet(m_help) || m_parser.isSet(QStringLiteral("help-all"));
    if (help || m_parser.isSet(m_version)) {
        result.exitNow = true;
        result.output = help ? m_parser.helpText()
                             : QCoreApplication::applicationName() + QLatin1Char(' ') +
                                   QCoreApplication::applicationVersion() + QLatin1Char('\n');
        return result;
    }
    if (!m_parser.positionalArguments().isEmpty()) {
        return fail(tr("Unexpected argument: %1").arg(m_parser.positionalArguments().constFirst()));
    }
    if (const QString error = singleValueError(); !error.isEmpty())
        return fail(error);
    if (const QString error = modeConflict(); !error.isEmpty())
        return fail(error);

    QString exportError;
    result.options.exportCommand = m_export.read(m_parser, &exportError);
    if (!exportError.isEmpty())
        return fail(exportError);
    if (const QString error = applyLanguage(result.options); !error.isEmpty())
        return fail(error);
    result.options.dataFile = m_parser.value(m_data);
    result.options.quitAfterFirstPaint = m_parser.isSet(m_firstPaint);
    result.options.checkFile = m_parser.value(m_check);
    if (const QString error = readActivityIndex(result.options); !error.isEmpty())
        return fail(error);
    result.options.activity.identifier = m_parser.value(m_activity);
    result.options.convertFile = m_parser.value(m_convert);
    result.options.convertTarget = m_parser.value(m_to);
    return result;
}

/// --activity-index N: the N-th activity of the file, from 1.
QString CommandLineParser::readActivityIndex(CommandLineOptions &options) const
{
    if (!m_parser.isSet(m_activityIndex))
        return {};
    bool isNumber = false;
    const qint64 position = m_parser.value(m_activityIndex).trimmed().toLongLong(&isNumber);
    if (!isNumber || position < 1) {
        return tr("--activity-index takes a whole number from 1, not \"%1\".")
            .arg(m_parser.value(m_activityIndex));
    }
    options.activity.position = position;
    return {};
}

QString CommandLineParser::languageValue() const
{
    // Given twice, neither is taken (singleValueError() reports it).
    const QStringList languages = m_parser.values(m_lang);
    return languages.size() == 1 ? languages.constFirst() : QString();
}

/// Options that take one value may be given once, with a value that is not
/// empty: "--export-all ''" would write into the working folder, and a second
/// "--lang" would silently win over the first.
QString CommandLineParser::singleValueError() const
{
    for (const QCommandLineOption *option : ownOptions() + m_export.options()) {
        if (option->valueName().isEmpty())
            continue;
        const QStringList values = m_parser.values(*option);
        const QString name = option->names().constFirst();
        if (values.size() > 1)
            return tr("--%1 is given more than once.").arg(name);
        if (values.size() == 1 && values.constFirst().trimmed().isEmpty())
            return tr("--%1 needs a value; it was given an empty one.").arg(name);
    }
    return {};
}

/// --check only validates and --convert only converts: anything that would
/// show, export or choose data besides them was meant for another run.
QString CommandLineParser::modeConflict() const
{
    if (m_parser.isSet(m_check)) {
        if (const QString error =
                aloneError(m_check, nullptr, tr("--check does not go with --%1."));
            !error.isEmpty())
            return error;
    }
    if (m_parser.isSet(m_convert)) {
        if (const QString error =
                aloneError(m_convert, &m_to, tr("--convert does not go with --%1."));
            !error.isEmpty())
            return error;
    }
    if (m_parser.isSet(m_convert) != m_parser.isSet(m_to))
        return tr("--convert FILE needs --to FILE, and --to goes only with --convert.");
    if ((m_parser.isSet(m_activity) || m_parser.isSet(m_activityIndex)) &&
        !m_parser.isSet(m_data) && !m_parser.isSet(m_check) && !m_parser.isSet(m_convert)) {
        return tr(
            "--activity picks an activity of the file given by --data, --check or --convert.");
    }
    return {};
}

/// @p message names the first option set besides @p mode, @p partner, --lang and --activity.
QString CommandLineParser::aloneError(const QCommandLineOption &mode,
                                      const QCommandLineOption *partner,
                                      const QString &message) const
{
    for (const QCommandLineOption *option : ownOptions() + m_export.options()) {
        if (option != &mode && option != partner && option != &m_lang && option != &m_activity &&
            option != &m_activityIndex && m_parser.isSet(*option))
            return message.arg(option->names().constFirst());
    }
    return {};
}

QString CommandLineParser::applyLanguage(CommandLineOptions &options) const
{
    const QString language = languageValue();
    const bool exportsAll = options.exportCommand &&
                            (options.exportCommand->mode == ExportCommand::Mode::ExportAll ||
                             options.exportCommand->mode == ExportCommand::Mode::ExportFactsheet);
    if (exportsAll && language.trimmed().compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
        options.exportCommand->allLanguages = true;
        return {};
    }
    if (!m_parser.isSet(m_lang) || options.language)
        return {};
    return (exportsAll ? tr("Unknown language \"%1\": use en, fr, ar or all.")
                       : tr("Unknown language \"%1\": use en, fr or ar."))
        .arg(language);
}

} // namespace

Invocation CommandLineResult::invocation() const
{
    if (exitNow)
        return Invocation::Message;
    if (!options.checkFile.isEmpty() || !options.convertFile.isEmpty())
        return Invocation::Check;
    if (options.exportCommand)
        return Invocation::Headless;
    return Invocation::Window;
}

Language CommandLineResult::commandLineLanguage() const
{
    return options.language.value_or(languageForLocale(QLocale::system()));
}

QStringList argumentsOf(int argc, const char *const *argv)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QFile::decodeName(argv[i]));
    return arguments;
}

QString undecodableArgument(int argc, const char *const *argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray bytes(argv[i]);
        if (QFile::encodeName(QFile::decodeName(bytes)) == bytes)
            continue;
        // Shown byte by byte where it does not decode, so the user can find the file.
        QString shown;
        for (const char byte : bytes) {
            const auto value = static_cast<unsigned char>(byte);
            shown += value < 0x80 ? QString(QLatin1Char(byte))
                                  : QStringLiteral("\\x%1").arg(value, 2, 16, QLatin1Char('0'));
        }
        return shown;
    }
    return {};
}

CommandLineResult scanCommandLine(int argc, const char *const *argv)
{
    // Qt decodes every file name as UTF-8 on Unix: a name in another encoding
    // would become U+FFFD, so a run would write or report another file.
    if (const QString argument = undecodableArgument(argc, argv); !argument.isEmpty()) {
        CommandLineResult result;
        result.exitNow = true;
        result.exitCode = ExitCode::Usage;
        result.usageError =
            QCoreApplication::translate(
                "CommandLine", "The argument \"%1\" is not valid in the system's encoding for "
                               "file names (UTF-8); rename the file.")
                .arg(argument);
        return result;
    }
    return parseCommandLine(argumentsOf(argc, argv));
}

CommandLineResult parseCommandLine(const QStringList &arguments)
{
    return CommandLineParser().parse(arguments);
}

} // namespace sharaka
