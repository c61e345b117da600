// SPDX-FileCopyrightText: 2026 Sharaka Dashboard developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/io/json/jsondatasetreader.h"

#include "core/io/bytepreflight.h"
#include "core/io/datasetvalidator.h"
#include "core/io/problemlog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <array>
#include <cmath>
#include <functional>

namespace sharaka {

namespace {

const QString Root = QStringLiteral("$");

/// Walks the JSON tree and converts it to value types, in file order,
/// reporting what does not fit the format with the JSON path of the value.
class JsonMapping
{
    Q_DECLARE_TR_FUNCTIONS(sharaka::JsonDatasetReader)

public:
    explicit JsonMapping(ProblemLog &log)
        : m_log(log)
    {}

    std::optional<Dataset> read(const QJsonObject &root);

private:
    using FieldList = std::initializer_list<const char *>;

    static QString jsonTypeName(const QJsonValue &value)
    {
        switch (value.type()) {
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Bool:
            return tr("a boolean");
        case QJsonValue::Double:
            return tr("a number");
        case QJsonValue::String:
            return tr("a string");
        case QJsonValue::Array:
            return tr("an array");
        case QJsonValue::Object:
            return tr("an object");
        case QJsonValue::Undefined:
            return tr("nothing");
        }
        return tr("unknown");
    }

    static QString child(const QString &path, const QString &key)
    {
        return ProblemLog::child(path, key);
    }
    void error(const QString &path, const QString &message) { m_log.error(path, message); }

    void warnUnknownFields(const QJsonObject &object, const QString &path,
                           const QList<const char *> &known);
    bool requireObject(const QJsonValue &value, const QString &path, QJsonObject *out);
    /// The field @p key when present and of @p type; otherwise reports it
    /// (missing only when @p required) and returns nothing. @p typeName
    /// completes "must be …".
    std::optional<QJsonValue> typedField(const QJsonObject &object, const QString &key,
                                         const QString &path, bool required, QJsonValue::Type type,
                                         const QString &typeName);
    /// A string, trimmed; empty when absent. Whether it is required is the
    /// validator's business: a blank one is marked for it.
    QString readString(const QJsonObject &object, const QString &key, const QString &path);
    /// A string the format itself needs to read on (schema, date, precision).
    QString readRequiredString(const QJsonObject &object, const QString &key, const QString &path);
    LocalizedText readText(const QJsonObject &object, const QString &key, const QString &path);
    /// The position of an optional string among @p names; 0, the default,
    /// when absent or wrong (reported with @p rule, which quotes the value).
    std::size_t readChoice(const QJsonObject &object, const QString &key, const QString &path,
                           FieldList names, const QString &rule);
    /// Like readWholeNumber, for a field that may be left out.
    std::optional<qint64> readOptionalWholeNumber(const QJsonObject &object, const QString &key,
                                                  const QString &path, qint64 min, qint64 max)
    {
        if (!object.contains(key))
            return std::nullopt;
        return readWholeNumber(object, key, path, min, max);
    }
    std::optional<qint64> readWholeNumber(const QJsonObject &object, const QString &key,
                                          const QString &path, qint64 min, qint64 max);
    QStringList readIdList(const QJsonObject &object, const QString &key, const QString &path);
    std::optional<PartialDate> readDatedObject(const QJsonObject &object, const QString &path,
                                               const QString &dateKey = QStringLiteral("date"));
    std::optional<PartialDate> readDateField(const QJsonObject &object, const QString &key,
                                             const QString &path);

    /// Reads each element of the array @p key with @p read; an element that
    /// is not an object is reported and kept as a blank placeholder, so that
    /// indices stay those of the file.
    template<typename T, typename Read>
    void readList(const QJsonObject &root, const char *key, bool required, QList<T> &list,
                  Read read, const QString &rootPath = Root)
    {
        const auto value = typedField(root, QLatin1String(key), rootPath, required,
                                      QJsonValue::Array, tr("an array"));
        if (!value)
            return;
        const QJsonArray array = value->toArray();
        const QString arrayPath = child(rootPath, QLatin1String(key));
        list.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = ProblemLog::index(arrayPath, i);
            QJsonObject object;
            list.append(requireObject(array.at(i), path, &object) ? read(object, path) : T());
        }
    }

    /// One field of a record of type T: its key (a money value has three,
    /// read together) and how it is read into the record.
    template<typename T>
    struct Field
    {
        QList<const char *> keys;
        std::function<void(JsonMapping &, const QJsonObject &, const QString &, T &)> read;
    };
    template<typename T>
    using Fields = std::initializer_list<Field<T>>;

    /// A record of the fields in @p fields, read in their order (the order
    /// of its messages), after a warning for each field not among them.
    template<typename T>
    T readRecord(const QJsonObject &object, const QString &path, Fields<T> fields)
    {
        QList<const char *> known;
        for (const Field<T> &field : fields)
            known += field.keys;
        warnUnknownFields(object, path, known);
        T record;
        for (const Field<T> &field : fields)
            field.read(*this, object, path, record);
        return record;
    }

    /// The field @p key, read by @p reader (readString, readText, …) into @p member.
    template<typename T, typename Value, typename Reader>
    static Field<T> field(const char *key, Value T::*member, Reader reader)
    {
        return {{key},
                [key, member, reader](JsonMapping &in, const QJsonObject &object,
                                      const QString &path, T &record) {
                    record.*member = (in.*reader)(object, QLatin1String(key), path);
                }};
    }
    template<typename T>
    static Field<T> moneyField(MoneyValue T::*member)
    {
        return {
            {"value", "currency", "valueDate"},
            [member](JsonMapping &in, const QJsonObject &object, const QString &path, T &record) {
                record.*member = in.readMoney(object, path);
            }};
    }

    void readProject(const QJsonObject &root, Dataset &data);
    Source readSource(const QJsonObject &object, const QString &path);
    Phase readPhase(const QJsonObject &object, const QString &path);
    Footnote readFootnote(const QJsonObject &object, const QString &path);
    Country readCountry(const QJsonObject &object, const QString &path);
    Indicator readIndicator(const QJsonObject &object, const QString &path);
    std::optional<double> readNumber(const QJsonObject &object, const QString &key,
                                     const QString &path);
    /// baseline, target, periods, unit and ascending: all optional.
    void readResultsFramework(const QJsonObject &object, const QString &path, Indicator &indicator);
    ChartSpec readChart(const QJsonObject &object, const QString &path);
    Milestone readMilestone(const QJsonObject &object, const QString &path);
    DataNote readNote(const QJsonObject &object, const QString &path);

    // An aid activity's own sections (docs/dataset-format.md, "Activity details").
    void readActivityDetails(const QJsonObject &root, Dataset &data);
    /// A day "YYYY-MM-DD"; invalid when absent, reported when malformed.
    QDate readDay(const QJsonObject &object, const QString &key, const QString &path);
    MoneyValue readMoney(const QJsonObject &object, const QString &path);
    Budget readBudget(const QJsonObject &object, const QString &path);
    Transaction readTransaction(const QJsonObject &object, const QString &path);
    PlannedDisbursement readPlannedDisbursement(const QJsonObject &object, const QString &path);
    Sector readSector(const QJsonObject &object, const QString &path);
    PolicyMarker readPolicyMarker(const QJsonObject &object, const QString &path);
    Location readLocation(const QJsonObject &object, const QString &path);
    RelatedActivity readRelatedActivity(const QJsonObject &object, const QString &path);
    ParticipatingOrganisation readOrganisation(const QJsonObject &object, const QString &path);

    ProblemLog &m_log;
};

void JsonMapping::warnUnknownFields(const QJsonObject &object, const QString &path,
                                    const QList<const char *> &known)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        const bool isKnown = std::any_of(known.begin(), known.end(), [&key](const char *name) {
            return key == QLatin1String(name);
        });
        if (!isKnown)
            m_log.warning(child(path, key), tr("unknown field, ignored"));
    }
}

bool JsonMapping::requireObject(const QJsonValue &value, const QString &path, QJsonObject *out)
{
    if (!value.isObject()) {
        error(path, tr("must be an object, got %1").arg(jsonTypeName(value)));
        return false;
    }
    *out = value.toObject();
    return true;
}

std::optional<QJsonValue> JsonMapping::typedField(const QJsonObject &object, const QString &key,
                                                  const QString &path, bool required,
                                                  QJsonValue::Type type, const QString &typeName)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            error(child(path, key), DatasetValidator::missingMessage());
        return std::nullopt;
    }
    if (value.type() != type) {
        error(child(path, key), tr("must be %1, got %2").arg(typeName, jsonTypeName(value)));
        return std::nullopt;
    }
    return value;
}

QString JsonMapping::readString(const QJsonObject &object, const QString &key, const QString &path)
{
    const auto value = typedField(object, key, path, false, QJsonValue::String, tr("a string"));
    if (!value)
        return {};
    const QString text = value->toString().trimmed();
    if (text.isEmpty())
        m_log.markBlank(child(path, key));
    return text;
}

QString JsonMapping::readRequiredString(const QJsonObject &object, const QString &key,
                                        const QString &path)
{
    const auto value = typedField(object, key, path, true, QJsonValue::String, tr("a string"));
    if (!value)
        return {};
    const QString text = value->toString().trimmed();
    if (text.isEmpty())
        error(child(path, key), DatasetValidator::emptyMessage());
    return text;
}

LocalizedText JsonMapping::readText(const QJsonObject &object, const QString &key,
                                    const QString &path)
{
    // BCP 47 shapes ("en", "pt-BR", "zh-Hant") are kept for later versions.
    static const QRegularExpression languageShape(
        QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    const QString here = child(path, key);
    const auto value = typedField(object, key, path, false, QJsonValue::Object,
                                  tr("an object of texts by language code"));
    if (!value)
        return {};
    QMap<QString, QString> texts;
    const QJsonObject byLanguage = value->toObject();
    for (auto it = byLanguage.constBegin(); it != byLanguage.constEnd(); ++it) {
        if (!languageShape.match(it.key()).hasMatch()) {
            // Like an unknown field: a warning, so that a later format can add
            // something beside the texts without breaking this version.
            m_log.warning(child(here, it.key()), tr("is not a language code like \"en\", ignored"));
            continue;
        }
        if (!it.value().isString()) {
            error(child(here, it.key()),
                  tr("must be a string, got %1").arg(jsonTypeName(it.value())));
            continue;
        }
        texts.insert(it.key(), it.value().toString().trimmed());
    }
    if (texts.value(QStringLiteral("en")).isEmpty())
        m_log.markBlank(here);
    return LocalizedText(texts);
}

std::size_t JsonMapping::readChoice(const QJsonObject &object, const QString &key,
                                    const QString &path, FieldList names, const QString &rule)
{
    const auto value = typedField(object, key, path, false, QJsonValue::String, tr("a string"));
    if (!value)
        return 0;
    const QString name = value->toString().trimmed();
    const auto it = std::find_if(names.begin(), names.end(), [&name](const char *choice) {
        return name == QLatin1String(choice);
    });
    if (it != names.end())
        return std::size_t(it - names.begin());
    error(child(path, key), rule.arg(name));
    return 0;
}

std::optional<qint64> JsonMapping::readWholeNumber(const QJsonObject &object, const QString &key,
                                                   const QString &path, qint64 min, qint64 max)
{
    const QString rule =
        tr("a whole number from %1 to %2").arg(QString::number(min), QString::number(max));
    const auto value = typedField(object, key, path, true, QJsonValue::Double, rule);
    if (!value)
        return std::nullopt;
    const double number = value->toDouble();
    if (number != std::floor(number) || number < double(min) || number > double(max)) {
        error(child(path, key),
              tr("must be %1, got %2").arg(rule, QString::number(number, 'g', 17)));
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

QStringList JsonMapping::readIdList(const QJsonObject &object, const QString &key,
                                    const QString &path)
{
    const auto value = typedField(object, key, path, false, QJsonValue::Array, tr("an array"));
    if (!value)
        return {};
    const QJsonArray array = value->toArray();
    const QString here = child(path, key);
    QStringList ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue element = array.at(i);
        if (!element.isString()) {
            error(ProblemLog::index(here, i),
                  tr("must be an id string, got %1").arg(jsonTypeName(element)));
            continue;
        }
        if (element.toString().isEmpty()) {
            error(ProblemLog::index(here, i), DatasetValidator::emptyMessage());
            continue;
        }
        ids.append(element.toString());
    }
    if (array.isEmpty())
        m_log.markBlank(here);
    return ids;
}

std::optional<PartialDate> JsonMapping::readDatedObject(const QJsonObject &object,
                                                        const QString &path, const QString &dateKey)
{
    const QString text = readRequiredString(object, dateKey, path);
    const QString precisionText = readRequiredString(object, QStringLiteral("precision"), path);
    if (text.isEmpty() || precisionText.isEmpty())
        return std::nullopt;
    const auto precision = PartialDate::precisionFromName(precisionText);
    if (!precision) {
        error(child(path, QStringLiteral("precision")),
              tr("must be \"year\", \"month\" or \"day\", got \"%1\"").arg(precisionText));
        return std::nullopt;
    }
    const auto date = PartialDate::parse(text, *precision);
    if (!date) {
        static const char *const shapes[] = {"YYYY", "YYYY-MM", "YYYY-MM-DD"};
        error(child(path, dateKey),
              tr("must be a real date of the form %1 (precision %2), got \"%3\"")
                  .arg(QLatin1String(shapes[int(*precision)]), precisionText, text));
    }
    return date;
}

std::optional<PartialDate> JsonMapping::readDateField(const QJsonObject &object, const QString &key,
                                                      const QString &path)
{
    const QString here = child(path, key);
    QJsonObject dated;
    if (!requireObject(object.value(key), here, &dated))
        return std::nullopt;
    warnUnknownFields(dated, here, {"date", "precision"});
    return readDatedObject(dated, here);
}

std::optional<Dataset> JsonMapping::read(const QJsonObject &root)
{
    Dataset data;
    warnUnknownFields(root, Root,
                      {"schema", "version", "project", "sources", "phases", "footnotes",
                       "countries", "indicators", "charts", "milestones", "notes", "activityStatus",
                       "lastUpdated", "finance", "sectors", "policyMarkers", "locations",
                       "relatedActivities", "participatingOrganisations"});

    data.schema = readRequiredString(root, QStringLiteral("schema"), Root);
    if (!data.schema.isEmpty() && data.schema != QLatin1String(JsonDatasetReader::SchemaName)) {
        error(QStringLiteral("$.schema"),
              tr("must be \"%1\", got \"%2\"")
                  .arg(QLatin1String(JsonDatasetReader::SchemaName), data.schema));
        return std::nullopt;
    }
    const auto version = readWholeNumber(root, QStringLiteral("version"), Root, 1, 1000000);
    if (!version)
        return std::nullopt;
    data.version = int(*version);
    if (data.version != JsonDatasetReader::SupportedVersion) {
        error(QStringLiteral("$.version"),
              tr("version %1 is not supported; this program reads version %2")
                  .arg(QString::number(data.version),
                       QString::number(JsonDatasetReader::SupportedVersion)));
        return std::nullopt;
    }

    const auto in = [this](auto member) {
        return [this, member](const QJsonObject &object, const QString &path) {
            return (this->*member)(object, path);
        };
    };
    readList(root, "sources", true, data.sources, in(&JsonMapping::readSource));
    readProject(root, data);
    readList(root, "phases", false, data.phases, in(&JsonMapping::readPhase));
    readList(root, "footnotes", false, data.footnotes, in(&JsonMapping::readFootnote));
    readList(root, "countries", true, data.countries, in(&JsonMapping::readCountry));
    readList(root, "indicators", true, data.indicators, in(&JsonMapping::readIndicator));
    readList(root, "charts", true, data.charts, in(&JsonMapping::readChart));
    readList(root, "milestones", true, data.milestones, in(&JsonMapping::readMilestone));
    readList(root, "notes", false, data.notes, in(&JsonMapping::readNote));
    readActivityDetails(root, data);
    return data;
}

void JsonMapping::readProject(const QJsonObject &root, Dataset &data)
{
    const QString path = QStringLiteral("$.project");
    const auto value = typedField(root, QStringLiteral("project"), Root, true, QJsonValue::Object,
                                  tr("an object"));
    if (!value)
        return;
    const QJsonObject object = value->toObject();
    warnUnknownFields(object, path,
                      {"id", "name", "nameMeaning", "summary", "implementer", "funder", "purpose",
                       "start", "end", "sources", "headings"});
    ProjectInfo &project = data.project;
    project.id = readString(object, QStringLiteral("id"), path);
    project.name = readText(object, QStringLiteral("name"), path);
    project.nameMeaning = readText(object, QStringLiteral("nameMeaning"), path);
    project.summary = readText(object, QStringLiteral("summary"), path);
    project.implementer = readText(object, QStringLiteral("implementer"), path);
    project.funder = readText(object, QStringLiteral("funder"), path);
    project.purpose = readText(object, QStringLiteral("purpose"), path);
    project.sourceIds = readIdList(object, QStringLiteral("sources"), path);
    if (const auto headings = typedField(object, QStringLiteral("headings"), path, false,
                                         QJsonValue::Object, tr("an object"))) {
        const QJsonObject names = headings->toObject();
        const QString here = child(path, QStringLiteral("headings"));
        warnUnknownFields(names, here, {"countries", "map", "indicators", "timeline"});
        SectionHeadings &read = project.headings;
        read.countries = readText(names, QStringLiteral("countries"), here);
        read.map = readText(names, QStringLiteral("map"), here);
        read.indicators = readText(names, QStringLiteral("indicators"), here);
        read.timeline = readText(names, QStringLiteral("timeline"), here);
    }
    for (const char *key : {"start", "end"}) {
        const QString name = QLatin1String(key);
        if (!object.contains(name)) {
            error(child(path, name), DatasetValidator::missingMessage());
            continue;
        }
        if (const auto date = readDateField(object, name, path))
            (name == QLatin1String("start") ? project.start : project.end) = *date;
    }
}

Source JsonMapping::readSource(const QJsonObject &object, const QString &path)
{
    warnUnknownFields(
        object, path,
        {"id", "publisher", "title", "language", "published", "url", "categories", "languages"});
    Source source;
    source.id = readString(object, QStringLiteral("id"), path);
    source.publisher = readText(object, QStringLiteral("publisher"), path);
    source.title = readText(object, QStringLiteral("title"), path);
    source.language = readString(object, QStringLiteral("language"), path);
    source.url = readString(object, QStringLiteral("url"), path);
    if (!source.url.isEmpty() && !DatasetValidator::isWebAddress(source.url) &&
        DatasetValidator::characterCount(source.url) <= DatasetValidator::MaxUrlLength) {
        // A loose address never refuses the file (docs/dataset-format.md).
        const QString strict = DatasetValidator::strictWebAddress(source.url);
        m_log.warning(child(path, QStringLiteral("url")),
                      strict.isEmpty()
                          ? tr("\"%1\" is not an http or https address; the source is listed "
                               "without a link")
                                .arg(source.url)
                          : tr("\"%1\" is not a strict web address; linked as \"%2\"")
                                .arg(source.url, strict));
        source.url = strict;
    }
    if (object.contains(QStringLiteral("published")))
        source.published = readDateField(object, QStringLiteral("published"), path);
    source.categories = readIdList(object, QStringLiteral("categories"), path);
    source.languages = readIdList(object, QStringLiteral("languages"), path);
    return source;
}

Phase JsonMapping::readPhase(const QJsonObject &object, const QString &path)
{
    return readRecord<Phase>(
        object, path,
        {field("id", &Phase::id, &JsonMapping::readString),
         {{"order"},
          [](JsonMapping &in, const QJsonObject &item, const QString &here, Phase &phase) {
              phase.order = int(in.readWholeNumber(item, QStringLiteral("order"), here, 1,
                                                   DatasetValidator::MaxPhaseOrder)
                                    .value_or(0));
          }},
         field("label", &Phase::label, &JsonMapping::readText),
         field("description", &Phase::description, &JsonMapping::readText),
         field("sources", &Phase::sourceIds, &JsonMapping::readIdList)});
}

Footnote JsonMapping::readFootnote(const QJsonObject &object, const QString &path)
{
    return readRecord<Footnote>(object, path,
                                {field("id", &Footnote::id, &JsonMapping::readString),
                                 field("marker", &Footnote::marker, &JsonMapping::readString),
                                 field("text", &Footnote::text, &JsonMapping::readText)});
}

Country JsonMapping::readCountry(const QJsonObject &object, const QString &path)
{
    return readRecord<Country>(object, path,
                               {field("code", &Country::code, &JsonMapping::readString),
                                field("name", &Country::name, &JsonMapping::readText),
                                field("phase", &Country::phaseId, &JsonMapping::readString),
                                field("footnote", &Country::footnoteId, &JsonMapping::readString)});
}

Indicator JsonMapping::readIndicator(const QJsonObject &object, const QString &path)
{
    warnUnknownFields(object, path,
                      {"id", "label", "description", "value", "qualifier", "headline", "sources",
                       "baseline", "baselineYear", "baselineComment", "target", "periods",
                       "valuePeriod", "cumulative", "unit", "ascending"});
    Indicator indicator;
    indicator.id = readString(object, QStringLiteral("id"), path);
    indicator.label = readText(object, QStringLiteral("label"), path);
    indicator.description = readText(object, QStringLiteral("description"), path);
    indicator.value =
        readWholeNumber(object, QStringLiteral("value"), path, 0, DatasetValidator::MaxValue)
            .value_or(0);
    const std::array qualifiers = {Qualifier::Exact, Qualifier::AtLeast};
    indicator.qualifier =
        qualifiers[readChoice(object, QStringLiteral("qualifier"), path, {"exact", "atLeast"},
                              tr("must be \"exact\" or \"atLeast\", got \"%1\""))];
    const auto headline = typedField(object, QStringLiteral("headline"), path, false,
                                     QJsonValue::Bool, tr("true or false"));
    indicator.headline = headline && headline->toBool();
    indicator.sourceIds = readIdList(object, QStringLiteral("sources"), path);
    readResultsFramework(object, path, indicator);
    return indicator;
}

std::optional<double> JsonMapping::readNumber(const QJsonObject &object, const QString &key,
                                              const QString &path)
{
    const auto value = typedField(object, key, path, false, QJsonValue::Double, tr("a number"));
    return value ? std::optional<double>(value->toDouble()) : std::nullopt;
}

void JsonMapping::readResultsFramework(const QJsonObject &object, const QString &path,
                                       Indicator &indicator)
{
    indicator.baseline = readNumber(object, QStringLiteral("baseline"), path);
    indicator.baselineYear = int(
        readOptionalWholeNumber(object, QStringLiteral("baselineYear"), path, 1, 9999).value_or(0));
    indicator.baselineComment = readText(object, QStringLiteral("baselineComment"), path);
    indicator.target = readNumber(object, QStringLiteral("target"), path);
    // The period index is checked against the periods by the validator.
    indicator.valuePeriod = readOptionalWholeNumber(object, QStringLiteral("valuePeriod"), path, 0,
                                                    DatasetValidator::MaxValue);
    const auto cumulative = typedField(object, QStringLiteral("cumulative"), path, false,
                                       QJsonValue::Bool, tr("true or false"));
    indicator.cumulative = cumulative && cumulative->toBool();
    indicator.unit = readString(object, QStringLiteral("unit"), path);
    const auto ascending = typedField(object, QStringLiteral("ascending"), path, false,
                                      QJsonValue::Bool, tr("true or false"));
    indicator.ascending = !ascending || ascending->toBool();
    const auto periods = typedField(object, QStringLiteral("periods"), path, false,
                                    QJsonValue::Array, tr("an array"));
    if (!periods)
        return;
    const QJsonArray array = periods->toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString here = ProblemLog::index(child(path, QStringLiteral("periods")), i);
        QJsonObject item;
        IndicatorPeriod period;
        if (requireObject(array.at(i), here, &item)) {
            warnUnknownFields(
                item, here, {"start", "end", "target", "actual", "targetComment", "actualComment"});
            for (const auto &[key, date] : {std::pair{QStringLiteral("start"), &period.start},
                                            std::pair{QStringLiteral("end"), &period.end}}) {
                const QString text = readRequiredString(item, key, here);
                *date = QDate::fromString(text, Qt::ISODate);
                if (!text.isEmpty() && (!date->isValid() || text.size() != 10))
                    error(child(here, key),
                          tr("must be a real date of the form YYYY-MM-DD, got \"%1\"").arg(text));
            }
            period.target = readNumber(item, QStringLiteral("target"), here);
            period.actual = readNumber(item, QStringLiteral("actual"), here);
            period.targetComment = readText(item, QStringLiteral("targetComment"), here);
            period.actualComment = readText(item, QStringLiteral("actualComment"), here);
        }
        indicator.periods.append(period);
    }
}

ChartSpec JsonMapping::readChart(const QJsonObject &object, const QString &path)
{
    return readRecord<ChartSpec>(
        object, path,
        {field("id", &ChartSpec::id, &JsonMapping::readString),
         {{"kind"},
          [](JsonMapping &in, const QJsonObject &item, const QString &here, ChartSpec &chart) {
              const std::array kinds = {ChartKind::Bar, ChartKind::Map, ChartKind::Finance,
                                        ChartKind::Sectors, ChartKind::PolicyMarkers};
              chart.kind = kinds[in.readChoice(
                  item, QStringLiteral("kind"), here,
                  {"bar", "map", "finance", "sectors", "policyMarkers"},
                  tr("must be \"bar\", \"map\", \"finance\", \"sectors\" or \"policyMarkers\", "
                     "got \"%1\""))];
          }},
         field("title", &ChartSpec::title, &JsonMapping::readText),
         field("indicators", &ChartSpec::indicatorIds, &JsonMapping::readIdList),
         field("currency", &ChartSpec::currency, &JsonMapping::readString)});
}

Milestone JsonMapping::readMilestone(const QJsonObject &object, const QString &path)
{
    warnUnknownFields(
        object, path,
        {"id", "date", "endDate", "precision", "bound", "title", "description", "sources"});
    Milestone milestone;
    milestone.id = readString(object, QStringLiteral("id"), path);
    milestone.date = readDatedObject(object, path).value_or(PartialDate());
    if (object.contains(QStringLiteral("endDate")) && milestone.date.isValid())
        milestone.endDate = readDatedObject(object, path, QStringLiteral("endDate"));
    const std::array bounds = {DateBound::On, DateBound::NotAfter, DateBound::NotBefore};
    milestone.bound =
        bounds[readChoice(object, QStringLiteral("bound"), path, {"on", "notAfter", "notBefore"},
                          tr("must be \"on\", \"notAfter\" or \"notBefore\", got \"%1\""))];
    milestone.title = readText(object, QStringLiteral("title"), path);
    milestone.description = readText(object, QStringLiteral("description"), path);
    milestone.sourceIds = readIdList(object, QStringLiteral("sources"), path);
    return milestone;
}

DataNote JsonMapping::readNote(const QJsonObject &object, const QString &path)
{
    return readRecord<DataNote>(object, path,
                                {field("id", &DataNote::id, &JsonMapping::readString),
                                 field("text", &DataNote::text, &JsonMapping::readText),
                                 field("sources", &DataNote::sourceIds, &JsonMapping::readIdList)});
}

void JsonMapping::readActivityDetails(const QJsonObject &root, Dataset &data)
{
    const auto in = [this](auto member) {
        return [this, member](const QJsonObject &object, const QString &path) {
            return (this->*member)(object, path);
        };
    };
    data.activityStatus = readString(root, QStringLiteral("activityStatus"), Root);
    data.lastUpdated = readDay(root, QStringLiteral("lastUpdated"), Root);
    if (const auto finance = typedField(root, QStringLiteral("finance"), Root, false,
                                        QJsonValue::Object, tr("an object"))) {
        const QString path = child(Root, QStringLiteral("finance"));
        const QJsonObject object = finance->toObject();
        warnUnknownFields(object, path,
                          {"defaultCurrency", "budgets", "transactions", "plannedDisbursements"});
        ActivityFinance &money = data.finance;
        money.defaultCurrency = readString(object, QStringLiteral("defaultCurrency"), path);
        readList(object, "budgets", false, money.budgets, in(&JsonMapping::readBudget), path);
        readList(object, "transactions", false, money.transactions,
                 in(&JsonMapping::readTransaction), path);
        readList(object, "plannedDisbursements", false, money.plannedDisbursements,
                 in(&JsonMapping::readPlannedDisbursement), path);
    }
    readList(root, "sectors", false, data.sectors, in(&JsonMapping::readSector));
    readList(root, "policyMarkers", false, data.policyMarkers, in(&JsonMapping::readPolicyMarker));
    readList(root, "locations", false, data.locations, in(&JsonMapping::readLocation));
    readList(root, "relatedActivities", false, data.relatedActivities,
             in(&JsonMapping::readRelatedActivity));
    readList(root, "participatingOrganisations", false, data.participatingOrganisations,
             in(&JsonMapping::readOrganisation));
}

QDate JsonMapping::readDay(const QJsonObject &object, const QString &key, const QString &path)
{
    const QString text = readString(object, key, path);
    if (text.isEmpty())
        return {};
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        error(child(path, key),
              tr("must be a real date of the form YYYY-MM-DD, got \"%1\"").arg(text));
    return date;
}

MoneyValue JsonMapping::readMoney(const QJsonObject &object, const QString &path)
{
    MoneyValue money;
    const auto amount =
        typedField(object, QStringLiteral("value"), path, true, QJsonValue::Double, tr("a number"));
    money.amount = amount ? amount->toDouble() : 0;
    money.currency = readRequiredString(object, QStringLiteral("currency"), path);
    money.valueDate = readDay(object, QStringLiteral("valueDate"), path);
    return money;
}

Budget JsonMapping::readBudget(const QJsonObject &object, const QString &path)
{
    return readRecord<Budget>(object, path,
                              {field("type", &Budget::type, &JsonMapping::readString),
                               field("status", &Budget::status, &JsonMapping::readString),
                               field("periodStart", &Budget::periodStart, &JsonMapping::readDay),
                               field("periodEnd", &Budget::periodEnd, &JsonMapping::readDay),
                               moneyField(&Budget::value)});
}

PlannedDisbursement JsonMapping::readPlannedDisbursement(const QJsonObject &object,
                                                         const QString &path)
{
    return readRecord<PlannedDisbursement>(
        object, path,
        {field("type", &PlannedDisbursement::type, &JsonMapping::readString),
         field("periodStart", &PlannedDisbursement::periodStart, &JsonMapping::readDay),
         field("periodEnd", &PlannedDisbursement::periodEnd, &JsonMapping::readDay),
         moneyField(&PlannedDisbursement::value)});
}

Transaction JsonMapping::readTransaction(const QJsonObject &object, const QString &path)
{
    return readRecord<Transaction>(
        object, path,
        {field("type", &Transaction::type, &JsonMapping::readRequiredString),
         field("date", &Transaction::date, &JsonMapping::readDay), moneyField(&Transaction::value),
         field("provider", &Transaction::provider, &JsonMapping::readString),
         field("receiver", &Transaction::receiver, &JsonMapping::readString),
         field("description", &Transaction::description, &JsonMapping::readText)});
}

Sector JsonMapping::readSector(const QJsonObject &object, const QString &path)
{
    return readRecord<Sector>(
        object, path,
        {field("vocabulary", &Sector::vocabulary, &JsonMapping::readRequiredString),
         field("code", &Sector::code, &JsonMapping::readRequiredString),
         field("percentage", &Sector::percentage, &JsonMapping::readNumber),
         field("name", &Sector::narrative, &JsonMapping::readText)});
}

PolicyMarker JsonMapping::readPolicyMarker(const QJsonObject &object, const QString &path)
{
    return readRecord<PolicyMarker>(
        object, path,
        {field("vocabulary", &PolicyMarker::vocabulary, &JsonMapping::readRequiredString),
         field("code", &PolicyMarker::code, &JsonMapping::readRequiredString),
         {{"significance"},
          [](JsonMapping &in, const QJsonObject &item, const QString &here, PolicyMarker &marker) {
              if (item.contains(QStringLiteral("significance")))
                  marker.significance =
                      in.readWholeNumber(item, QStringLiteral("significance"), here, 0, 4);
          }},
         field("name", &PolicyMarker::narrative, &JsonMapping::readText)});
}

Location JsonMapping::readLocation(const QJsonObject &object, const QString &path)
{
    return readRecord<Location>(
        object, path,
        {field("ref", &Location::ref, &JsonMapping::readString),
         field("name", &Location::name, &JsonMapping::readText),
         field("latitude", &Location::latitude, &JsonMapping::readNumber),
         field("longitude", &Location::longitude, &JsonMapping::readNumber),
         field("adminVocabulary", &Location::adminVocabulary, &JsonMapping::readString),
         field("adminLevel", &Location::adminLevel, &JsonMapping::readString),
         field("adminCode", &Location::adminCode, &JsonMapping::readString)});
}

RelatedActivity JsonMapping::readRelatedActivity(const QJsonObject &object, const QString &path)
{
    return readRecord<RelatedActivity>(
        object, path,
        {field("type", &RelatedActivity::type, &JsonMapping::readRequiredString),
         field("identifier", &RelatedActivity::identifier, &JsonMapping::readRequiredString)});
}

ParticipatingOrganisation JsonMapping::readOrganisation(const QJsonObject &object,
                                                        const QString &path)
{
    using Organisation = ParticipatingOrganisation;
    return readRecord<Organisation>(
        object, path,
        {field("role", &Organisation::role, &JsonMapping::readRequiredString),
         field("type", &Organisation::type, &JsonMapping::readString),
         field("ref", &Organisation::ref, &JsonMapping::readString),
         field("name", &Organisation::name, &JsonMapping::readText),
         field("activityId", &Organisation::activityId, &JsonMapping::readString)});
}

} // namespace

std::optional<Dataset> JsonDatasetReader::read(const QByteArray &text, ProblemLog &log) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports the offset just after the character it stumbled on;
        // point at that character, as an editor's cursor would.
        const auto [line, column] =
            BytePreflight::lineAndColumn(text, std::max(0, parseError.offset - 1));
        log.textError(line, column, parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        log.error(
            Root,
            QCoreApplication::translate("sharaka::JsonDatasetReader", "must be an object, got %1")
                .arg(document.isArray()
                         ? QCoreApplication::translate("sharaka::JsonDatasetReader", "an array")
                         : QCoreApplication::translate("sharaka::JsonDatasetReader", "a scalar")));
        return std::nullopt;
    }
    return JsonMapping(log).read(document.object());
}

} // namespace sharaka
