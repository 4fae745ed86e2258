#pragma once

#include "core/domain/Article.h"
#include "core/ingest/ArticleParser.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace sift {

/// The names record formats (JSON objects, CSV rows) use for each Article field, and how a record's
/// values become an Article. Key matching ignores case, spaces, '_' and '-'.
class ArticleFields final
{
public:
    /// title, body, url, published, outlet, author, language, captions
    static const QStringList &names();
    static bool isField(const QString &name);
    /// The usual input names of a field, normalized, best first.
    static QStringList aliases(const QString &field);
    /// "Date_Published" -> "datepublished".
    static QString normalizedKey(const QString &key);

    /// For each field, the keys of `available` that may fill it, best first; a field named in `map`
    /// gets its mapped key only, whether or not `available` has it.
    static QHash<QString, QStringList> candidateKeys(const QStringList &available, const FieldMap &map);
    /// The key of `available` that matches `wanted` exactly, else ignoring case; empty when none does.
    static QString matchKey(const QStringList &available, const QString &wanted);

    /// A normalized article from the values found per field; nullopt (and a warning) when it has neither
    /// title nor body. `where` names the record in warnings ("item 3", "line 7").
    static std::optional<Article> build(const QHash<QString, QStringList> &values, const QString &where,
                                        QStringList *warnings);
};

} // namespace sift
