// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/datasetloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <functional>

namespace sharaka {

namespace {

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        return QStringLiteral("nothing");
    }
    return QStringLiteral("unknown");
}

/// Line and column (both from 1) of a byte offset, counting UTF-8 code points.
std::pair<int, int> lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    int line = 1;
    int column = 1;
    const qsizetype end = std::min(offset, bytes.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto byte = static_cast<unsigned char>(bytes.at(i));
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

/// Offset of the first byte that breaks UTF-8 (RFC 3629), or -1 when the
/// bytes are valid: JSON files must be UTF-8, and the offset lets the message
/// point at the line.
qsizetype firstInvalidUtf8Byte(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        int continuation = 0;
        unsigned minimum = 0;
        unsigned codePoint = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if ((lead & 0xE0) == 0xC0) {
            continuation = 1;
            minimum = 0x80;
            codePoint = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            continuation = 2;
            minimum = 0x800;
            codePoint = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            continuation = 3;
            minimum = 0x10000;
            codePoint = lead & 0x07;
        } else {
            return i;
        }
        if (i + continuation >= size)
            return i;
        for (int k = 1; k <= continuation; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (data[i + k] & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF ||
            (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += continuation + 1;
    }
    return -1;
}

/// Offset of the bracket that opens nesting level @p limit + 1, or -1 when
/// the bytes stay within it; brackets inside strings do not count. Runs
/// before parsing so that a hostile file cannot exhaust the parser.
qsizetype tooDeepOffset(const QByteArray &bytes, int limit)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limit)
                return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return -1;
}

/// Walks the JSON tree, converting it to value types and recording each
/// problem with the JSON path where it was found.
class DatasetReader
{
public:
    explicit DatasetReader(QString displayName)
        : m_file(std::move(displayName))
    {}

    Dataset read(const QJsonObject &root);
    QStringList errors() const
    {
        return withOverflowLine(m_errors, m_errorCount, QStringLiteral("problems"));
    }
    QStringList warnings() const
    {
        return withOverflowLine(m_warnings, m_warningCount, QStringLiteral("warnings"));
    }

private:
    using FieldList = std::initializer_list<const char *>;

    // A hostile file can hold millions of problems; only the first few are
    // kept as text, the rest are counted for the "and N more" line.
    void error(const QString &path, const QString &message)
    {
        if (++m_errorCount <= DatasetLoader::MaxReportedProblems)
            m_errors.append(line(path, message));
    }
    void warning(const QString &path, const QString &message)
    {
        if (++m_warningCount <= DatasetLoader::MaxReportedProblems)
            m_warnings.append(line(path, message));
    }
    /// "FILE: PATH: MESSAGE", cut short when a quoted value or a key runs
    /// long, so that one line never floods a terminal or the dialog.
    QString line(const QString &path, const QString &message) const
    {
        constexpr qsizetype MaxLineLength = 400;
        QString text = QStringLiteral("%1: %2: %3").arg(m_file, path, message);
        if (text.size() > MaxLineLength) {
            text.truncate(MaxLineLength - 1);
            text.append(QChar(0x2026));
        }
        return text;
    }

    static QString child(const QString &path, const QString &key)
    {
        return path + QLatin1Char('.') + key;
    }
    static QString index(const QString &path, qsizetype i)
    {
        return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
    }

    void warnUnknownFields(const QJsonObject &object, const QString &path, FieldList known);
    bool requireObject(const QJsonValue &value, const QString &path, QJsonObject *out);
    /// The field @p key when present and of @p type; otherwise reports it
    /// (missing only when @p required) and returns nothing.
    std::optional<QJsonValue> typedField(const QJsonObject &object, const QString &key,
                                         const QString &path, bool required, QJsonValue::Type type,
                                         const char *typeName);
    QJsonArray requireArray(const QJsonObject &object, const QString &key, const QString &path,
                            bool required = true);
    QString readString(const QJsonObject &object, const QString &key, const QString &path,
                       bool required = true);
    QString readId(const QJsonObject &object, const QString &key, const QString &path);
    LocalizedText readText(const QJsonObject &object, const QString &key, const QString &path,
                           bool required = true);
    std::optional<qint64> readWholeNumber(const QJsonObject &object, const QString &key,
                                          const QString &path, qint64 min, qint64 max,
                                          bool required = true);
    QStringList readIdList(const QJsonObject &object, const QString &key, const QString &path,
                           bool required = true);
    std::optional<PartialDate> readDatedObject(const QJsonObject &object, const QString &path,
                                               const QString &dateKey = QStringLiteral("date"));

    void readProject(const QJsonObject &root, Dataset &data);
    void readSources(const QJsonObject &root, Dataset &data);
    void readPhases(const QJsonObject &root, Dataset &data);
    void readFootnotes(const QJsonObject &root, Dataset &data);
    void readCountries(const QJsonObject &root, Dataset &data);
    void readIndicators(const QJsonObject &root, Dataset &data);
    void readCharts(const QJsonObject &root, Dataset &data);
    void readMilestones(const QJsonObject &root, Dataset &data);
    void readNotes(const QJsonObject &root, Dataset &data);

    /// Reads each element of an array of objects, reporting non-objects and duplicate ids.
    void forEachObject(const QJsonObject &root, const QString &key, bool required,
                       const std::function<void(const QJsonObject &, const QString &)> &read);

    /// Lists are read in dependency order (sources first, indicators before
    /// charts), so every reference is checked where it is read and the message
    /// names its exact place.
    void checkReferences(const QStringList &ids, const QString &listPath,
                         const QSet<QString> &known, const QString &kind);
    /// Reports an id or code already used in the same list.
    void checkUnique(QSet<QString> &seen, const QString &id, const QString &path,
                     const QString &what)
    {
        if (!id.isEmpty() && seen.contains(id))
            error(path, QStringLiteral("duplicate %1 \"%2\"").arg(what, id));
        seen.insert(id);
    }
    QStringList withOverflowLine(QStringList lines, qsizetype count, const QString &noun) const
    {
        if (count > lines.size())
            lines.append(QStringLiteral("%1: and %2 more %3")
                             .arg(m_file)
                             .arg(count - lines.size())
                             .arg(noun));
        return lines;
    }

    QString m_file;
    QStringList m_errors;
    QStringList m_warnings;
    qsizetype m_errorCount = 0;
    qsizetype m_warningCount = 0;
    QSet<QString> m_sourceIds;
    QSet<QString> m_phaseIds;
    QSet<QString> m_footnoteIds;
    QSet<QString> m_indicatorIds;
};

void DatasetReader::warnUnknownFields(const QJsonObject &object, const QString &path,
                                      FieldList known)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        const bool isKnown = std::any_of(known.begin(), known.end(), [&key](const char *name) {
            return key == QLatin1String(name);
        });
        if (!isKnown)
            warning(child(path, key), QStringLiteral("unknown field, ignored"));
    }
}

bool DatasetReader::requireObject(const QJsonValue &value, const QString &path, QJsonObject *out)
{
    if (!value.isObject()) {
        error(path, QStringLiteral("must be an object, got %1").arg(jsonTypeName(value)));
        return false;
    }
    *out = value.toObject();
    return true;
}

std::optional<QJsonValue> DatasetReader::typedField(const QJsonObject &object, const QString &key,
                                                    const QString &path, bool required,
                                                    QJsonValue::Type type, const char *typeName)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            error(child(path, key), QStringLiteral("required field is missing"));
        return std::nullopt;
    }
    if (value.type() != type) {
        error(
            child(path, key),
            QStringLiteral("must be %1, got %2").arg(QLatin1String(typeName), jsonTypeName(value)));
        return std::nullopt;
    }
    return value;
}

QJsonArray DatasetReader::requireArray(const QJsonObject &object, const QString &key,
                                       const QString &path, bool required)
{
    const auto value = typedField(object, key, path, required, QJsonValue::Array, "an array");
    return value ? value->toArray() : QJsonArray();
}

QString DatasetReader::readString(const QJsonObject &object, const QString &key,
                                  const QString &path, bool required)
{
    const auto value = typedField(object, key, path, required, QJsonValue::String, "a string");
    if (!value)
        return {};
    const QString text = value->toString().trimmed();
    if (required && text.isEmpty())
        error(child(path, key), QStringLiteral("must not be empty"));
    return text;
}

QString DatasetReader::readId(const QJsonObject &object, const QString &key, const QString &path)
{
    static const QRegularExpression idShape(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    const QString id = readString(object, key, path);
    if (!id.isEmpty() && !idShape.match(id).hasMatch()) {
        error(child(path, key),
              QStringLiteral(
                  "must be lower-case letters, digits and hyphens (at most 64), got \"%1\"")
                  .arg(id));
    }
    return id;
}

LocalizedText DatasetReader::readText(const QJsonObject &object, const QString &key,
                                      const QString &path, bool required)
{
    // BCP 47 shapes ("en", "pt-BR", "zh-Hant") are kept for later versions.
    static const QRegularExpression languageShape(
        QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    const QString here = child(path, key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            error(here, QStringLiteral("required field is missing"));
        return {};
    }
    if (!value.isObject()) {
        error(here, QStringLiteral("must be an object of texts by language code, got %1")
                        .arg(jsonTypeName(value)));
        return {};
    }
    QMap<QString, QString> texts;
    const QJsonObject byLanguage = value.toObject();
    for (auto it = byLanguage.constBegin(); it != byLanguage.constEnd(); ++it) {
        if (!languageShape.match(it.key()).hasMatch()) {
            // Like an unknown field: a warning, so that a later format can add
            // something beside the texts without breaking this version.
            warning(child(here, it.key()),
                    QStringLiteral("is not a language code like \"en\", ignored"));
            continue;
        }
        if (!it.value().isString()) {
            error(child(here, it.key()),
                  QStringLiteral("must be a string, got %1").arg(jsonTypeName(it.value())));
            continue;
        }
        texts.insert(it.key(), it.value().toString().trimmed());
    }
    if (texts.value(QStringLiteral("en")).isEmpty())
        error(here, QStringLiteral(
                        "must have an English text (\"en\"), the fallback for every language"));
    return LocalizedText(texts);
}

std::optional<qint64> DatasetReader::readWholeNumber(const QJsonObject &object, const QString &key,
                                                     const QString &path, qint64 min, qint64 max,
                                                     bool required)
{
    const QString here = child(path, key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            error(here, QStringLiteral("required field is missing"));
        return std::nullopt;
    }
    const QString rule = QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max);
    if (!value.isDouble()) {
        error(here, QStringLiteral("%1, got %2").arg(rule, jsonTypeName(value)));
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (number != std::floor(number) || number < double(min) || number > double(max)) {
        error(here, QStringLiteral("%1, got %2").arg(rule, QString::number(number, 'g', 17)));
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

QStringList DatasetReader::readIdList(const QJsonObject &object, const QString &key,
                                      const QString &path, bool required)
{
    const QJsonArray array = requireArray(object, key, path, required);
    QStringList ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue value = array.at(i);
        if (!value.isString()) {
            error(index(child(path, key), i),
                  QStringLiteral("must be an id string, got %1").arg(jsonTypeName(value)));
            continue;
        }
        if (value.toString().isEmpty()) {
            error(index(child(path, key), i), QStringLiteral("must not be empty"));
            continue;
        }
        ids.append(value.toString());
    }
    // An empty list is an error only when the field is an array at all;
    // other types were reported above.
    if (required && object.value(key).isArray() && array.isEmpty())
        error(child(path, key), QStringLiteral("must list at least one id"));
    return ids;
}

std::optional<PartialDate> DatasetReader::readDatedObject(const QJsonObject &object,
                                                          const QString &path,
                                                          const QString &dateKey)
{
    const QString text = readString(object, dateKey, path);
    const QString precisionText = readString(object, QStringLiteral("precision"), path);
    if (text.isEmpty() || precisionText.isEmpty())
        return std::nullopt;
    const auto precision = PartialDate::precisionFromName(precisionText);
    if (!precision) {
        error(child(path, QStringLiteral("precision")),
              QStringLiteral("must be \"year\", \"month\" or \"day\", got \"%1\"")
                  .arg(precisionText));
        return std::nullopt;
    }
    const auto date = PartialDate::parse(text, *precision);
    if (!date) {
        static const char *const shapes[] = {"YYYY", "YYYY-MM", "YYYY-MM-DD"};
        error(child(path, dateKey),
              QStringLiteral("must be a real date of the form %1 (precision %2), got \"%3\"")
                  .arg(QLatin1String(shapes[int(*precision)]), precisionText, text));
    }
    return date;
}

void DatasetReader::forEachObject(
    const QJsonObject &root, const QString &key, bool required,
    const std::function<void(const QJsonObject &, const QString &)> &read)
{
    const QJsonArray array = requireArray(root, key, QStringLiteral("$"), required);
    const QString arrayPath = child(QStringLiteral("$"), key);
    for (qsizetype i = 0; i < array.size(); ++i) {
        QJsonObject object;
        if (requireObject(array.at(i), index(arrayPath, i), &object))
            read(object, index(arrayPath, i));
    }
}

Dataset DatasetReader::read(const QJsonObject &root)
{
    Dataset data;
    warnUnknownFields(root, QStringLiteral("$"),
                      {"schema", "version", "project", "sources", "phases", "footnotes",
                       "countries", "indicators", "charts", "milestones", "notes"});

    data.schema = readString(root, QStringLiteral("schema"), QStringLiteral("$"));
    if (!data.schema.isEmpty() && data.schema != QLatin1String(DatasetLoader::SchemaName)) {
        error(QStringLiteral("$.schema"),
              QStringLiteral("must be \"%1\", got \"%2\"")
                  .arg(QLatin1String(DatasetLoader::SchemaName), data.schema));
        return data;
    }
    const auto version =
        readWholeNumber(root, QStringLiteral("version"), QStringLiteral("$"), 1, 1000000);
    if (!version)
        return data;
    data.version = int(*version);
    if (data.version != DatasetLoader::SupportedVersion) {
        error(QStringLiteral("$.version"),
              QStringLiteral("version %1 is not supported; this program reads version %2")
                  .arg(data.version)
                  .arg(DatasetLoader::SupportedVersion));
        return data;
    }

    readSources(root, data);
    readProject(root, data);
    readPhases(root, data);
    readFootnotes(root, data);
    readCountries(root, data);
    readIndicators(root, data);
    readCharts(root, data);
    readMilestones(root, data);
    readNotes(root, data);
    return data;
}

void DatasetReader::readProject(const QJsonObject &root, Dataset &data)
{
    const QString path = QStringLiteral("$.project");
    if (!root.contains(QStringLiteral("project"))) {
        error(path, QStringLiteral("required field is missing"));
        return;
    }
    QJsonObject object;
    if (!requireObject(root.value(QStringLiteral("project")), path, &object))
        return;
    warnUnknownFields(object, path,
                      {"id", "name", "nameMeaning", "summary", "implementer", "funder", "purpose",
                       "start", "end", "sources"});
    ProjectInfo &project = data.project;
    project.id = readId(object, QStringLiteral("id"), path);
    project.name = readText(object, QStringLiteral("name"), path);
    project.nameMeaning = readText(object, QStringLiteral("nameMeaning"), path, false);
    project.summary = readText(object, QStringLiteral("summary"), path);
    project.implementer = readText(object, QStringLiteral("implementer"), path);
    project.funder = readText(object, QStringLiteral("funder"), path, false);
    project.purpose = readText(object, QStringLiteral("purpose"), path, false);
    project.sourceIds = readIdList(object, QStringLiteral("sources"), path, false);
    checkReferences(project.sourceIds, child(path, QStringLiteral("sources")), m_sourceIds,
                    QStringLiteral("source"));

    for (const char *key : {"start", "end"}) {
        const QString name = QLatin1String(key);
        QJsonObject dated;
        if (!object.contains(name)) {
            error(child(path, name), QStringLiteral("required field is missing"));
        } else if (requireObject(object.value(name), child(path, name), &dated)) {
            warnUnknownFields(dated, child(path, name), {"date", "precision"});
            if (const auto date = readDatedObject(dated, child(path, name)))
                (name == QLatin1String("start") ? project.start : project.end) = *date;
        }
    }
    if (project.start.isValid() && project.end.isValid() &&
        project.end.lastDay() < project.start.firstDay()) {
        error(child(path, QStringLiteral("end")),
              QStringLiteral("ends (%1) before the project starts (%2)")
                  .arg(project.end.toIsoString(), project.start.toIsoString()));
    }
}

void DatasetReader::readSources(const QJsonObject &root, Dataset &data)
{
    QSet<QString> seen;
    forEachObject(
        root, QStringLiteral("sources"), true, [&](const QJsonObject &object, const QString &path) {
            warnUnknownFields(object, path,
                              {"id", "publisher", "title", "language", "published", "url"});
            Source source;
            source.id = readId(object, QStringLiteral("id"), path);
            source.publisher = readText(object, QStringLiteral("publisher"), path);
            source.title = readText(object, QStringLiteral("title"), path);
            source.language = readString(object, QStringLiteral("language"), path, false);
            source.url = readString(object, QStringLiteral("url"), path, false);
            if (object.contains(QStringLiteral("published"))) {
                QJsonObject dated;
                const QString here = child(path, QStringLiteral("published"));
                if (requireObject(object.value(QStringLiteral("published")), here, &dated)) {
                    warnUnknownFields(dated, here, {"date", "precision"});
                    source.published = readDatedObject(dated, here);
                }
            }
            if (!source.url.isEmpty() && !source.url.startsWith(QLatin1String("https://")) &&
                !source.url.startsWith(QLatin1String("http://"))) {
                error(
                    child(path, QStringLiteral("url")),
                    QStringLiteral("must be an http or https address, got \"%1\"").arg(source.url));
            }
            checkUnique(seen, source.id, child(path, QStringLiteral("id")),
                        QStringLiteral("source id"));
            m_sourceIds.insert(source.id);
            data.sources.append(source);
        });
    if (root.value(QStringLiteral("sources")).isArray() && data.sources.isEmpty())
        error(QStringLiteral("$.sources"), QStringLiteral("must list at least one source"));
}

void DatasetReader::readPhases(const QJsonObject &root, Dataset &data)
{
    QSet<QString> seen;
    forEachObject(
        root, QStringLiteral("phases"), false, [&](const QJsonObject &object, const QString &path) {
            warnUnknownFields(object, path, {"id", "order", "label", "description", "sources"});
            Phase phase;
            phase.id = readId(object, QStringLiteral("id"), path);
            phase.order =
                int(readWholeNumber(object, QStringLiteral("order"), path, 1, 1000).value_or(0));
            phase.label = readText(object, QStringLiteral("label"), path);
            phase.description = readText(object, QStringLiteral("description"), path, false);
            phase.sourceIds = readIdList(object, QStringLiteral("sources"), path);
            checkUnique(seen, phase.id, child(path, QStringLiteral("id")),
                        QStringLiteral("phase id"));
            checkReferences(phase.sourceIds, child(path, QStringLiteral("sources")), m_sourceIds,
                            QStringLiteral("source"));
            m_phaseIds.insert(phase.id);
            data.phases.append(phase);
        });
    std::stable_sort(data.phases.begin(), data.phases.end(),
                     [](const Phase &a, const Phase &b) { return a.order < b.order; });
}

void DatasetReader::readFootnotes(const QJsonObject &root, Dataset &data)
{
    QSet<QString> seen;
    forEachObject(root, QStringLiteral("footnotes"), false,
                  [&](const QJsonObject &object, const QString &path) {
                      warnUnknownFields(object, path, {"id", "marker", "text"});
                      Footnote footnote;
                      footnote.id = readId(object, QStringLiteral("id"), path);
                      footnote.marker = readString(object, QStringLiteral("marker"), path);
                      if (footnote.marker.size() > 3)
                          error(child(path, QStringLiteral("marker")),
                                QStringLiteral("must be at most 3 characters, got \"%1\"")
                                    .arg(footnote.marker));
                      footnote.text = readText(object, QStringLiteral("text"), path);
                      checkUnique(seen, footnote.id, child(path, QStringLiteral("id")),
                                  QStringLiteral("footnote id"));
                      m_footnoteIds.insert(footnote.id);
                      data.footnotes.append(footnote);
                  });
}

void DatasetReader::readCountries(const QJsonObject &root, Dataset &data)
{
    static const QRegularExpression alpha2(QStringLiteral("^[A-Z]{2}$"));
    QSet<QString> seen;
    forEachObject(
        root, QStringLiteral("countries"), true,
        [&](const QJsonObject &object, const QString &path) {
            warnUnknownFields(object, path, {"code", "name", "phase", "footnote"});
            Country country;
            country.code = readString(object, QStringLiteral("code"), path);
            if (!country.code.isEmpty() && !alpha2.match(country.code).hasMatch()) {
                error(child(path, QStringLiteral("code")),
                      QStringLiteral(
                          "must be an ISO 3166-1 alpha-2 code (two capital letters), got \"%1\"")
                          .arg(country.code));
            } else {
                checkUnique(seen, country.code, child(path, QStringLiteral("code")),
                            QStringLiteral("country code"));
            }
            country.name = readText(object, QStringLiteral("name"), path);
            country.phaseId = readString(object, QStringLiteral("phase"), path, false);
            country.footnoteId = readString(object, QStringLiteral("footnote"), path, false);
            if (!country.phaseId.isEmpty() && !m_phaseIds.contains(country.phaseId))
                error(child(path, QStringLiteral("phase")),
                      QStringLiteral("refers to unknown phase id \"%1\"").arg(country.phaseId));
            if (!country.footnoteId.isEmpty() && !m_footnoteIds.contains(country.footnoteId))
                error(
                    child(path, QStringLiteral("footnote")),
                    QStringLiteral("refers to unknown footnote id \"%1\"").arg(country.footnoteId));
            data.countries.append(country);
        });
}

void DatasetReader::readIndicators(const QJsonObject &root, Dataset &data)
{
    QSet<QString> seen;
    forEachObject(
        root, QStringLiteral("indicators"), true,
        [&](const QJsonObject &object, const QString &path) {
            warnUnknownFields(object, path,
                              {"id", "label", "description", "value", "qualifier", "sources"});
            Indicator indicator;
            indicator.id = readId(object, QStringLiteral("id"), path);
            indicator.label = readText(object, QStringLiteral("label"), path);
            indicator.description = readText(object, QStringLiteral("description"), path, false);
            indicator.value =
                readWholeNumber(object, QStringLiteral("value"), path, 0, DatasetLoader::MaxValue)
                    .value_or(0);
            const QString qualifier = readString(object, QStringLiteral("qualifier"), path, false);
            const bool qualifierGiven = object.value(QStringLiteral("qualifier")).isString();
            if ((!qualifierGiven && qualifier.isEmpty()) || qualifier == QLatin1String("exact")) {
                indicator.qualifier = Qualifier::Exact;
            } else if (qualifier == QLatin1String("atLeast")) {
                indicator.qualifier = Qualifier::AtLeast;
            } else {
                error(
                    child(path, QStringLiteral("qualifier")),
                    QStringLiteral("must be \"exact\" or \"atLeast\", got \"%1\"").arg(qualifier));
            }
            indicator.sourceIds = readIdList(object, QStringLiteral("sources"), path);
            checkUnique(seen, indicator.id, child(path, QStringLiteral("id")),
                        QStringLiteral("indicator id"));
            checkReferences(indicator.sourceIds, child(path, QStringLiteral("sources")),
                            m_sourceIds, QStringLiteral("source"));
            m_indicatorIds.insert(indicator.id);
            data.indicators.append(indicator);
        });
}

void DatasetReader::readCharts(const QJsonObject &root, Dataset &data)
{
    QSet<QString> seen;
    forEachObject(root, QStringLiteral("charts"), true,
                  [&](const QJsonObject &object, const QString &path) {
                      warnUnknownFields(object, path, {"id", "title", "indicators"});
                      ChartSpec chart;
                      chart.id = readId(object, QStringLiteral("id"), path);
                      chart.title = readText(object, QStringLiteral("title"), path);
                      chart.indicatorIds = readIdList(object, QStringLiteral("indicators"), path);
                      checkUnique(seen, chart.id, child(path, QStringLiteral("id")),
                                  QStringLiteral("chart id"));
                      checkReferences(chart.indicatorIds, child(path, QStringLiteral("indicators")),
                                      m_indicatorIds, QStringLiteral("indicator"));
                      data.charts.append(chart);
                  });
}

void DatasetReader::readMilestones(const QJsonObject &root, Dataset &data)
{
    QSet<QString> seen;
    forEachObject(root, QStringLiteral("milestones"), true,
                  [&](const QJsonObject &object, const QString &path) {
                      warnUnknownFields(object, path,
                                        {"id", "date", "endDate", "precision", "title",
                                         "description", "sources"});
                      Milestone milestone;
                      milestone.id = readId(object, QStringLiteral("id"), path);
                      milestone.date = readDatedObject(object, path).value_or(PartialDate());
                      if (object.contains(QStringLiteral("endDate")) && milestone.date.isValid()) {
                          const auto end = readDatedObject(object, path, QStringLiteral("endDate"));
                          if (end && end->lastDay() < milestone.date.firstDay()) {
                              error(child(path, QStringLiteral("endDate")),
                                    QStringLiteral("ends (%1) before it starts (%2)")
                                        .arg(end->toIsoString(), milestone.date.toIsoString()));
                          } else {
                              milestone.endDate = end;
                          }
                      }
                      milestone.title = readText(object, QStringLiteral("title"), path);
                      milestone.description =
                          readText(object, QStringLiteral("description"), path, false);
                      milestone.sourceIds = readIdList(object, QStringLiteral("sources"), path);
                      checkUnique(seen, milestone.id, child(path, QStringLiteral("id")),
                                  QStringLiteral("milestone id"));
                      checkReferences(milestone.sourceIds, child(path, QStringLiteral("sources")),
                                      m_sourceIds, QStringLiteral("source"));
                      data.milestones.append(milestone);
                  });
    // The timeline reads in date order whatever order the file uses.
    std::stable_sort(data.milestones.begin(), data.milestones.end(),
                     [](const Milestone &a, const Milestone &b) {
                         return a.date.firstDay() < b.date.firstDay();
                     });
}

void DatasetReader::readNotes(const QJsonObject &root, Dataset &data)
{
    QSet<QString> seen;
    forEachObject(root, QStringLiteral("notes"), false,
                  [&](const QJsonObject &object, const QString &path) {
                      warnUnknownFields(object, path, {"id", "text", "sources"});
                      DataNote note;
                      note.id = readId(object, QStringLiteral("id"), path);
                      note.text = readText(object, QStringLiteral("text"), path);
                      note.sourceIds = readIdList(object, QStringLiteral("sources"), path, false);
                      checkUnique(seen, note.id, child(path, QStringLiteral("id")),
                                  QStringLiteral("note id"));
                      checkReferences(note.sourceIds, child(path, QStringLiteral("sources")),
                                      m_sourceIds, QStringLiteral("source"));
                      data.notes.append(note);
                  });
}

void DatasetReader::checkReferences(const QStringList &ids, const QString &listPath,
                                    const QSet<QString> &known, const QString &kind)
{
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (!known.contains(ids.at(i)))
            error(index(listPath, i),
                  QStringLiteral("refers to unknown %1 id \"%2\"").arg(kind, ids.at(i)));
    }
}

LoadResult failure(const QString &message)
{
    LoadResult result;
    result.errors.append(message);
    return result;
}

} // namespace

LoadResult DatasetLoader::loadEmbedded()
{
    return loadFile(embeddedPath(), QStringLiteral("sharaka.json"));
}

LoadResult DatasetLoader::loadFile(const QString &path, const QString &displayName)
{
    const QString name = displayName.isEmpty() ? path : displayName;
    QFile file(path);
    if (!file.exists())
        return failure(QStringLiteral("%1: file does not exist").arg(name));
    if (QFileInfo(path).isDir())
        return failure(QStringLiteral("%1: is a folder, not a dataset file").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("%1: cannot be read: %2").arg(name, file.errorString()));
    return loadDevice(file, name);
}

LoadResult DatasetLoader::loadDevice(QIODevice &device, const QString &displayName)
{
    // Refuse oversized input before reading it whole.
    if (!device.isSequential() && device.size() > MaxFileBytes) {
        return failure(
            QStringLiteral("%1: file is %2 bytes; datasets are limited to %3 bytes (16 MiB)")
                .arg(displayName)
                .arg(device.size())
                .arg(MaxFileBytes));
    }
    const QByteArray bytes = device.read(MaxFileBytes + 1);
    if (bytes.size() > MaxFileBytes) {
        return failure(QStringLiteral("%1: file is larger than %2 bytes (16 MiB)")
                           .arg(displayName)
                           .arg(MaxFileBytes));
    }
    return loadBytes(bytes, displayName);
}

LoadResult DatasetLoader::loadBytes(const QByteArray &bytes, const QString &displayName)
{
    if (bytes.size() > MaxFileBytes) {
        return failure(QStringLiteral("%1: file is larger than %2 bytes (16 MiB)")
                           .arg(displayName)
                           .arg(MaxFileBytes));
    }
    // Editors on Windows often start UTF-8 files with a byte order mark; it
    // carries no data, and line and column count as the user sees them without it.
    const QByteArray bom("\xEF\xBB\xBF");
    if (bytes.startsWith(bom))
        return loadBytes(bytes.mid(bom.size()), displayName);
    if (bytes.trimmed().isEmpty())
        return failure(QStringLiteral("%1: file is empty").arg(displayName));

    const qsizetype badByte = firstInvalidUtf8Byte(bytes);
    if (badByte >= 0) {
        const auto [line, column] = lineAndColumn(bytes, badByte);
        return failure(QStringLiteral("%1:%2:%3: file is not valid UTF-8 text")
                           .arg(displayName)
                           .arg(line)
                           .arg(column));
    }

    const qsizetype tooDeep = tooDeepOffset(bytes, MaxNestingDepth);
    if (tooDeep >= 0) {
        const auto [line, column] = lineAndColumn(bytes, tooDeep);
        return failure(QStringLiteral("%1:%2:%3: JSON is nested more than %4 levels deep")
                           .arg(displayName)
                           .arg(line)
                           .arg(column)
                           .arg(MaxNestingDepth));
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports the offset just after the character it stumbled on;
        // point at that character, as an editor's cursor would.
        const auto [line, column] = lineAndColumn(bytes, std::max(0, parseError.offset - 1));
        return failure(QStringLiteral("%1:%2:%3: %4")
                           .arg(displayName)
                           .arg(line)
                           .arg(column)
                           .arg(parseError.errorString()));
    }
    if (!document.isObject()) {
        return failure(QStringLiteral("%1: $: must be an object, got %2")
                           .arg(displayName, document.isArray() ? QStringLiteral("an array")
                                                                : QStringLiteral("a scalar")));
    }

    DatasetReader reader(displayName);
    Dataset data = reader.read(document.object());
    LoadResult result;
    result.warnings = reader.warnings();
    result.errors = reader.errors();
    if (result.errors.isEmpty())
        result.dataset = std::move(data);
    return result;
}

} // namespace sharaka
