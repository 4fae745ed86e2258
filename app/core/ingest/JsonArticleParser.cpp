#include "core/ingest/JsonArticleParser.h"

#include "core/domain/Translation.h"
#include "core/ingest/ArticleFields.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace sift {

namespace {

struct Record {
    QString where; ///< "item 3", "line 7", for warnings
    QJsonObject object;
};

QChar firstSignificant(const QString &text, qsizetype *at = nullptr)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text[i].isSpace()) {
            if (at)
                *at = i;
            return text[i];
        }
    }
    return {};
}

QString describeError(const QJsonParseError &error, const QByteArray &utf8)
{
    const QByteArray before = utf8.left(error.offset);
    const int line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
    return Sift::tr("malformed JSON at line %1, column %2 (offset %3): %4")
        .arg(QString::number(line), QString::number(column), QString::number(error.offset), error.errorString());
}

// Publication times sometimes arrive as Unix timestamps, in seconds or milliseconds.
QString epochToIso(double value)
{
    const double ms = value > 1e11 ? value : value * 1000.0;
    return QDateTime::fromMSecsSinceEpoch(qint64(ms), QTimeZone::utc()).toString(Qt::ISODate);
}

QStringList valuesOf(const QJsonValue &value, const QString &field)
{
    switch (value.type()) {
    case QJsonValue::String:
        return {value.toString()};
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (field == QLatin1String("published") && d > 1e8)
            return {epochToIso(d)};
        return {d == std::floor(d) && std::abs(d) < 1e15 ? QString::number(qint64(d)) : QString::number(d)};
    }
    case QJsonValue::Array: {
        QStringList result;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            result << valuesOf(item, field);
        return result;
    }
    case QJsonValue::Object: {
        // schema.org and NewsAPI nest people and outlets: {"@type": "Person", "name": "…"}.
        const QJsonObject object = value.toObject();
        for (const QLatin1String key : {QLatin1String("name"), QLatin1String("text"), QLatin1String("value")}) {
            if (object.contains(key))
                return valuesOf(object.value(key), field);
        }
        return {};
    }
    default:
        return {};
    }
}

// A mapped key may be spelled in another case, or be a dotted path into nested objects ("meta.date").
QJsonValue lookup(const QJsonObject &object, const QString &key)
{
    if (const QString found = ArticleFields::matchKey(object.keys(), key); !found.isEmpty())
        return object.value(found);
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    if (dot <= 0)
        return QJsonValue(QJsonValue::Undefined);
    const QString head = ArticleFields::matchKey(object.keys(), key.left(dot));
    if (head.isEmpty() || !object.value(head).isObject())
        return QJsonValue(QJsonValue::Undefined);
    return lookup(object.value(head).toObject(), key.mid(dot + 1));
}

bool hasText(const QStringList &values)
{
    return std::any_of(values.begin(), values.end(), [](const QString &v) { return !v.trimmed().isEmpty(); });
}

std::optional<QJsonArray> recordArray(const QJsonObject &object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = ArticleFields::normalizedKey(it.key());
        if ((key == QLatin1String("articles") || key == QLatin1String("items")) && it.value().isArray())
            return it.value().toArray();
    }
    return std::nullopt;
}

QList<Record> recordsOf(const QJsonDocument &document, QStringList *warnings)
{
    QJsonArray array = document.array();
    if (document.isObject()) {
        const std::optional<QJsonArray> nested = recordArray(document.object());
        if (!nested)
            return {Record{Sift::tr("the object"), document.object()}};
        array = *nested;
    }
    QList<Record> records;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = Sift::tr("item %1").arg(i + 1);
        if (array[i].isObject())
            records << Record{where, array[i].toObject()};
        else
            *warnings << Sift::tr("%1 is not an object; skipped").arg(where);
    }
    return records;
}

/// Objects standing directly in an array near the top ("[{…}, {…}]", {"articles": [{…}]}): at least as many
/// as the records, counted on the raw text, so a file of millions of tiny records is refused before
/// QJsonDocument spends hundreds of megabytes on it.
qsizetype recordObjectsIn(QStringView text)
{
    qsizetype count = 0;
    int depth = 0;
    std::array<char16_t, 2> outer = {}; // the brackets open at depth 1 and 2
    bool inString = false;
    bool escaped = false;
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == u'\\')
                escaped = true;
            else if (c == u'"')
                inString = false;
        } else if (c == u'"') {
            inString = true;
        } else if (c == u'[' || c == u'{') {
            if (c == u'{' && (depth == 1 || depth == 2) && outer[depth - 1] == u'[')
                ++count;
            if (depth < 2)
                outer[depth] = c;
            ++depth;
        } else if ((c == u']' || c == u'}') && depth > 0) {
            --depth;
        }
    }
    return count;
}

qsizetype nonBlankLines(const QString &text)
{
    qsizetype lines = 0;
    for (const QStringView line : QStringView(text).tokenize(QLatin1Char('\n')))
        lines += line.trimmed().isEmpty() ? 0 : 1;
    return lines;
}

// JSON Lines: one object per line. Returns nullopt when no line at all is an object.
std::optional<QList<Record>> lineRecords(const QString &text, QStringList *warnings)
{
    QList<Record> records;
    QStringList lineWarnings;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        const QString where = Sift::tr("line %1").arg(i + 1);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(lines[i].toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            lineWarnings << Sift::tr("%1 is not valid JSON (%2); skipped").arg(where, error.errorString());
        else if (!document.isObject())
            lineWarnings << Sift::tr("%1 is not an object; skipped").arg(where);
        else
            records << Record{where, document.object()};
    }
    if (records.isEmpty())
        return std::nullopt;
    *warnings << lineWarnings;
    return records;
}

QHash<QString, QStringList> fieldValues(const QJsonObject &object, const FieldMap &map, QSet<QString> *mappedFound)
{
    QHash<QString, QStringList> values;
    const QHash<QString, QStringList> candidates = ArticleFields::candidateKeys(object.keys(), map);
    for (auto it = candidates.begin(); it != candidates.end(); ++it) {
        for (const QString &key : it.value()) {
            const QJsonValue value = lookup(object, key);
            if (map.contains(it.key()) && !value.isUndefined())
                mappedFound->insert(it.key());
            const QStringList found = valuesOf(value, it.key());
            if (hasText(found)) {
                values.insert(it.key(), found);
                break;
            }
        }
    }
    return values;
}

ParseResult articlesOf(const QList<Record> &records, const FieldMap &map, QStringList warnings)
{
    ParseResult result;
    QSet<QString> mappedFound;
    for (const Record &record : records) {
        if (std::optional<Article> article =
                ArticleFields::build(fieldValues(record.object, map, &mappedFound), record.where, &warnings))
            result.articles << *article;
    }
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!records.isEmpty() && !mappedFound.contains(it.key()))
            warnings << Sift::tr("no record has the key \u201c%1\u201d mapped to %2").arg(it.value(), it.key());
    }
    result.warnings = warnings;
    if (result.articles.isEmpty())
        result.error = records.isEmpty() ? Sift::tr("the JSON holds no article records")
                                         : Sift::tr("no record in the JSON has a title or a body");
    return result;
}

} // namespace

ParseResult JsonArticleParser::parse(const QString &text, const FieldMap &map)
{
    ParseResult result;
    if (recordObjectsIn(text) > kMaxArticlesPerFile) {
        result.error = tooManyArticlesError();
        return result;
    }
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    const QChar first = firstSignificant(text);
    QStringList warnings;
    if (error.error == QJsonParseError::NoError) {
        const QList<Record> records = recordsOf(document, &warnings);
        return articlesOf(records, map, warnings);
    }
    if (first == QLatin1Char('{')) {
        if (nonBlankLines(text) > kMaxArticlesPerFile) {
            result.error = tooManyArticlesError();
            return result;
        }
        if (std::optional<QList<Record>> records = lineRecords(text, &warnings))
            return articlesOf(*records, map, warnings);
    }
    if (first != QLatin1Char('{') && first != QLatin1Char('['))
        result.error = Sift::tr("the JSON holds neither an object nor an array of objects");
    else
        result.error = describeError(error, utf8);
    return result;
}

bool JsonArticleParser::looksLikeJson(const QString &text)
{
    qsizetype at = 0;
    const QChar first = firstSignificant(text, &at);
    if (first != QLatin1Char('{') && first != QLatin1Char('['))
        return false;
    const QChar next = firstSignificant(text.mid(at + 1, 256));
    if (first == QLatin1Char('{'))
        return next == QLatin1Char('"') || next == QLatin1Char('}');
    return next == QLatin1Char('{') || next == QLatin1Char(']');
}

} // namespace sift
