#include "core/ingest/CsvArticleParser.h"

#include "core/domain/Translation.h"
#include "core/ingest/ArticleFields.h"
#include "core/ingest/CsvReader.h"

#include <QCoreApplication>

namespace sift {

namespace {

// Header cells are names; a longer cell means the first row is data or prose.
constexpr qsizetype kMaxHeaderCell = 64;

QStringList trimmedCells(const QStringList &cells)
{
    QStringList result;
    for (const QString &cell : cells)
        result << cell.trimmed();
    return result;
}

QString columnList(const QStringList &header)
{
    QStringList quoted;
    for (const QString &name : header)
        quoted << (name.isEmpty() ? Sift::tr("(unnamed)") : QStringLiteral("\u201c%1\u201d").arg(name));
    return quoted.join(QLatin1String(", "));
}

// Field -> header indexes that may fill it, best first; nullopt + *error when a mapped column is missing.
std::optional<QHash<QString, QList<qsizetype>>> resolveColumns(const QStringList &header, const FieldMap &map,
                                                               QString *error)
{
    QHash<QString, QList<qsizetype>> columns;
    const QHash<QString, QStringList> candidates = ArticleFields::candidateKeys(header, map);
    for (auto it = candidates.begin(); it != candidates.end(); ++it) {
        for (const QString &key : it.value()) {
            const QString column = ArticleFields::matchKey(header, key);
            if (column.isEmpty()) {
                *error = Sift::tr("the field map names the column \u201c%1\u201d for %2, but the header has no such "
                                  "column (columns: %3)")
                             .arg(key, it.key(), columnList(header));
                return std::nullopt;
            }
            columns[it.key()] << header.indexOf(column);
        }
    }
    if (!columns.contains(QStringLiteral("title")) && !columns.contains(QStringLiteral("body"))) {
        *error = Sift::tr("the header has neither a title nor a body column (columns: %1); name them with a field map "
                          "such as title=headline,body=text")
                     .arg(columnList(header));
        return std::nullopt;
    }
    return columns;
}

QHash<QString, QStringList> rowValues(const QStringList &row, const QHash<QString, QList<qsizetype>> &columns)
{
    QHash<QString, QStringList> values;
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        for (const qsizetype index : it.value()) {
            const QString cell = row.value(index);
            if (!cell.trimmed().isEmpty()) {
                values.insert(it.key(), {cell});
                break;
            }
        }
    }
    return values;
}

} // namespace

ParseResult CsvArticleParser::parse(const QString &text, const FieldMap &map)
{
    ParseResult result;
    CsvReader reader(CsvReader::guessDelimiter(text));
    reader.setMaxRows(kMaxArticlesPerFile + 1); // the header and the most articles a file may hold
    const CsvReader::Result csv = reader.read(text);
    if (!csv.ok()) {
        result.error = Sift::tr("malformed CSV: %1").arg(csv.error);
        return result;
    }
    if (csv.truncated) {
        result.error = tooManyArticlesError();
        return result;
    }
    if (csv.rows.isEmpty()) {
        result.error = Sift::tr("the file is empty");
        return result;
    }
    const QStringList header = trimmedCells(csv.rows.first());
    const auto columns = resolveColumns(header, map, &result.error);
    if (!columns)
        return result;

    if (!columns->contains(QStringLiteral("body"))) {
        result.warnings << Sift::tr("the header has no body column (columns: %1); the articles have titles only")
                               .arg(columnList(header));
    } else if (!columns->contains(QStringLiteral("title"))) {
        result.warnings << Sift::tr("the header has no title column (columns: %1); the articles have no titles")
                               .arg(columnList(header));
    }

    int ragged = 0;
    for (qsizetype i = 1; i < csv.rows.size(); ++i) {
        const QStringList &row = csv.rows[i];
        ragged += row.size() != header.size();
        const QString where = Sift::tr("the row on line %1").arg(csv.rowLines[i]);
        if (std::optional<Article> article = ArticleFields::build(rowValues(row, *columns), where, &result.warnings))
            result.articles << *article;
    }
    if (ragged > 0) {
        result.warnings << Sift::tr("%1 row(s) have a different number of fields than the header's %2")
                               .arg(QString::number(ragged), QString::number(header.size()));
    }
    if (csv.rows.size() == 1)
        result.error = Sift::tr("the CSV has a header but no rows");
    else if (result.articles.isEmpty())
        result.error = Sift::tr("no row in the CSV has a title or a body");
    return result;
}

bool CsvArticleParser::looksLikeCsv(const QString &text, const FieldMap &map)
{
    CsvReader reader(CsvReader::guessDelimiter(text));
    reader.setMaxRows(2); // the header and one record tell
    const CsvReader::Result csv = reader.read(text);
    if (!csv.ok() || csv.rows.isEmpty() || csv.rows.first().size() < 2)
        return false;
    const QStringList header = trimmedCells(csv.rows.first());
    // Prose with a comma in its first line has no second record of the same width.
    if (csv.rows.size() > 1 && csv.rows[1].size() != header.size())
        return false;
    for (const QString &cell : header) {
        if (cell.size() > kMaxHeaderCell)
            return false;
    }
    const QHash<QString, QStringList> candidates = ArticleFields::candidateKeys(header, map);
    for (const QLatin1String field : {QLatin1String("title"), QLatin1String("body")}) {
        for (const QString &key : candidates.value(field)) {
            if (!ArticleFields::matchKey(header, key).isEmpty())
                return true;
        }
    }
    return false;
}

} // namespace sift
