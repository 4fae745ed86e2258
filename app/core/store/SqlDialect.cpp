#include "core/store/SqlDialect.h"

#include "core/store/Database.h"

#include <QRegularExpression>

namespace sift::SqlDialect {

namespace {

using RE = QRegularExpression;

const RE &re(const char *pattern, RE::PatternOptions options = RE::CaseInsensitiveOption)
{
    // One compiled expression per pattern literal, shared by every thread (QRegularExpression is reentrant and
    // its const functions thread-safe).
    static thread_local QHash<const char *, RE> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, RE(QString::fromLatin1(pattern), options));
    return *it;
}

/// Replaces every quoted string and quoted identifier with \x01N\x01 so that no rewrite touches their text.
QString mask(const QString &sql, QStringList &quoted)
{
    QString out;
    out.reserve(sql.size());
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (c != u'\'' && c != u'"') {
            out += c;
            continue;
        }
        qsizetype j = i + 1;
        while (j < sql.size()) {
            if (sql.at(j) == c) {
                if (j + 1 < sql.size() && sql.at(j + 1) == c) { // a doubled quote inside
                    j += 2;
                    continue;
                }
                break;
            }
            ++j;
        }
        quoted << sql.mid(i, j - i + 1);
        out += QChar(1) + QString::number(quoted.size() - 1) + QChar(1);
        i = j;
    }
    return out;
}

QString unmask(QString sql, const QStringList &quoted)
{
    static const RE token(QStringLiteral("\\x01(\\d+)\\x01"));
    QString out;
    qsizetype last = 0;
    for (auto it = token.globalMatch(sql); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(sql).mid(last, m.capturedStart() - last);
        out += quoted.value(m.captured(1).toInt());
        last = m.capturedEnd();
    }
    out += QStringView(sql).mid(last);
    return out;
}

QString translateStatement(QString s, const QStringList &idTables, int &parameters, bool &returnsIdAdded)
{
    const QString trimmed = s.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (const auto m = re("^PRAGMA\\s+(\\w+)\\s*(?:=\\s*(-?\\w+))?\\s*$").match(trimmed); m.hasMatch()) {
        const QString name = m.captured(1).toLower();
        if (name == u"user_version" || name == u"application_id") {
            if (m.hasCaptured(2))
                return QStringLiteral("UPDATE meta SET value = '%1' WHERE key = '%2'").arg(m.captured(2), name);
            return QStringLiteral("SELECT CAST(value AS BIGINT) FROM meta WHERE key = '%1'").arg(name);
        }
        if (name == u"foreign_keys" && !m.hasCaptured(2))
            return QStringLiteral("SELECT 1"); // always on
        return {};                             // journal, cache and checkpoint settings have no meaning here
    }
    s.replace(re("\\bBEGIN\\s+(IMMEDIATE|DEFERRED|EXCLUSIVE)\\b"), QStringLiteral("BEGIN"));

    const bool ddl = re("^\\s*(CREATE|ALTER)\\s+TABLE\\b").match(s).hasMatch();
    if (ddl) {
        s.replace(re("\\bINTEGER\\s+PRIMARY\\s+KEY\\b"), QStringLiteral("BIGSERIAL PRIMARY KEY"));
        s.replace(re("\\bINTEGER\\b"), QStringLiteral("BIGINT"));
        s.replace(re("\\bREAL\\b"), QStringLiteral("DOUBLE PRECISION"));
        s.replace(re("\\bBLOB\\b"), QStringLiteral("BYTEA"));
        s.replace(re("\\)\\s*WITHOUT\\s+ROWID"), QStringLiteral(")"));
        s.replace(re("\\b(TEXT)\\b([^,\\n]*?)\\s+COLLATE\\s+NOCASE\\b"), QStringLiteral("\\1 COLLATE nocase\\2"));
    }

    bool orIgnore = false;
    if (re("^\\s*INSERT\\s+OR\\s+IGNORE\\s+INTO\\b").match(s).hasMatch()) {
        s.replace(re("^\\s*INSERT\\s+OR\\s+IGNORE\\s+INTO\\b"), QStringLiteral("INSERT INTO"));
        orIgnore = true;
    }
    if (!ddl) {
        s.replace(re("\\bgroup_concat\\s*\\("), QStringLiteral("string_agg("));
        s.replace(re("\\bchar\\s*\\("), QStringLiteral("chr("));
        s.replace(re("\\bifnull\\s*\\("), QStringLiteral("coalesce("));
    }
    s.replace(re("\\bjson_each\\s*\\(\\s*(\\?\\d*)\\s*\\)"),
              QStringLiteral("json_array_elements_text(CAST(\\1 AS json))"));
    s.replace(re("\\bIS\\s+NOT\\s+(\\?\\d*)"), QStringLiteral("IS DISTINCT FROM \\1"));
    s.replace(re("\\bIS\\s+(\\?\\d*)"), QStringLiteral("IS NOT DISTINCT FROM \\1"));
    s.replace(re("\\bWHERE\\s+1\\b(?!\\s*[=<>!])"), QStringLiteral("WHERE TRUE"));
    s.replace(re("\\(\\s*1\\s+AND\\b"), QStringLiteral("(TRUE AND"));
    // SQLite's LIKE ignores ASCII case and any collation; ILIKE under the C collation does the same (ASCII only),
    // and works on a nocase column too (PostgreSQL refuses LIKE under a nondeterministic collation).
    if (!ddl)
        s.replace(re("\\b(NOT\\s+)?LIKE\\b"), QStringLiteral("COLLATE \"C\" \\1ILIKE"));
    s.replace(re("\\bINDEXED\\s+BY\\s+\\w+"), QString());
    s.replace(re("\\bNOT\\s+INDEXED\\b"), QString());
    s.replace(re("(?<![\\w.\"])user\\b", RE::NoPatternOption), QStringLiteral("\"user\""));
    s.replace(re("\\.user\\b", RE::NoPatternOption), QStringLiteral(".\"user\""));

    // Placeholders: ?NNN is $NNN, a bare ? the next after the highest so far (as in SQLite).
    QString out;
    out.reserve(s.size() + 16);
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) != u'?') {
            out += s.at(i);
            continue;
        }
        qsizetype j = i + 1;
        while (j < s.size() && s.at(j).isDigit())
            ++j;
        int n = 0;
        if (j > i + 1) {
            n = QStringView(s).mid(i + 1, j - i - 1).toInt();
        } else {
            n = parameters + 1;
        }
        parameters = std::max(parameters, n);
        out += u'$' + QString::number(n);
        i = j - 1;
    }
    s = out;

    const auto returning = re("\\bRETURNING\\b").match(s);
    if (orIgnore) {
        if (returning.hasMatch())
            s.insert(returning.capturedStart(), QStringLiteral("ON CONFLICT DO NOTHING "));
        else
            s = s.trimmed() + QStringLiteral(" ON CONFLICT DO NOTHING");
    }
    if (!returning.hasMatch() && !idTables.isEmpty()) {
        if (const auto m = re("^\\s*INSERT\\s+INTO\\s+(\\w+)").match(s);
            m.hasMatch() && idTables.contains(m.captured(1).toLower())) {
            s = s.trimmed() + QStringLiteral(" RETURNING id");
            returnsIdAdded = true;
        }
    }
    return s;
}

} // namespace

Translated toPostgres(const QByteArray &sql, const QStringList &idTables)
{
    QStringList quoted;
    const QString masked = mask(QString::fromUtf8(sql), quoted);
    Translated result;
    QStringList statements;
    const QStringList parts = masked.split(u';');
    for (const QString &part : parts) {
        bool added = false;
        const QString t = translateStatement(part, idTables, result.parameters, added);
        if (!t.trimmed().isEmpty())
            statements << t;
        result.returnsIdAdded = result.returnsIdAdded || added;
    }
    if (statements.size() > 1)
        result.returnsIdAdded = false; // only a single statement reports an id
    result.sql = unmask(statements.join(QStringLiteral(";\n")), quoted).toUtf8();
    return result;
}

// ---- full-text queries ----------------------------------------------------------------------------------------

namespace {

struct Token {
    enum Kind { Word, Phrase, And, Or, Not, Open, Close, End } kind = End;
    QString text;
    bool prefix = false;
};

[[noreturn]] void syntaxError(const QString &near)
{
    throw StoreError(QStringLiteral("fts5: syntax error near \"%1\"").arg(near), 1);
}

bool isBareword(QChar c)
{
    return c.unicode() >= 0x80 || c.isLetterOrNumber() || c == u'_';
}

QList<Token> lex(const QString &q)
{
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < q.size()) {
        const QChar c = q.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == u'(') {
            tokens << Token{Token::Open, {}, false};
            ++i;
        } else if (c == u')') {
            tokens << Token{Token::Close, {}, false};
            ++i;
        } else if (c == u'"') {
            QString text;
            qsizetype j = i + 1;
            for (;; ++j) {
                if (j >= q.size())
                    syntaxError(q.mid(i));
                if (q.at(j) == u'"') {
                    if (j + 1 < q.size() && q.at(j + 1) == u'"') {
                        text += u'"';
                        ++j;
                        continue;
                    }
                    break;
                }
                text += q.at(j);
            }
            i = j + 1;
            Token t{Token::Phrase, text, false};
            if (i < q.size() && q.at(i) == u'*') {
                t.prefix = true;
                ++i;
            }
            tokens << t;
        } else if (isBareword(c)) {
            qsizetype j = i;
            while (j < q.size() && isBareword(q.at(j)))
                ++j;
            const QString word = q.mid(i, j - i);
            i = j;
            Token t{Token::Word, word, false};
            if (i < q.size() && q.at(i) == u'*') {
                t.prefix = true;
                ++i;
            } else if (word == u"AND") {
                t.kind = Token::And;
            } else if (word == u"OR") {
                t.kind = Token::Or;
            } else if (word == u"NOT") {
                t.kind = Token::Not;
            }
            tokens << t;
        } else {
            syntaxError(q.mid(i, 1));
        }
    }
    tokens << Token{};
    return tokens;
}

/// Splits text into the index's words: runs of letters and digits, lowercased and without accents (the tokenizer of
/// both engines: FTS5's remove_diacritics, on a server ftsPart's NFD less the combining diacritical marks).
QStringList words(const QString &text)
{
    QStringList out;
    QString current;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.unicode() >= 0x0300 && c.unicode() <= 0x036f)
            continue; // a combining accent: "Zürich" is the word "zurich", as in the document
        if (c.isLetterOrNumber() || c.isMark()) {
            current += c;
        } else if (!current.isEmpty()) {
            out << current.toLower();
            current.clear();
        }
    }
    if (!current.isEmpty())
        out << current.toLower();
    return out;
}

class Parser
{
public:
    explicit Parser(QList<Token> tokens)
        : m_tokens(std::move(tokens))
    {}

    QString parse()
    {
        QString e = orExpr();
        if (peek().kind != Token::End)
            syntaxError(describe(peek()));
        return e;
    }

private:
    const Token &peek() const { return m_tokens.at(m_pos); }
    Token take() { return m_tokens.at(m_pos++); }
    static QString describe(const Token &t)
    {
        switch (t.kind) {
        case Token::And:
            return QStringLiteral("AND");
        case Token::Or:
            return QStringLiteral("OR");
        case Token::Not:
            return QStringLiteral("NOT");
        case Token::Open:
            return QStringLiteral("(");
        case Token::Close:
            return QStringLiteral(")");
        case Token::End:
            return QString();
        default:
            return t.text;
        }
    }
    bool startsPrimary() const
    {
        const auto k = peek().kind;
        return k == Token::Word || k == Token::Phrase || k == Token::Open;
    }

    QString orExpr()
    {
        QString left = andExpr();
        while (peek().kind == Token::Or) {
            take();
            left = QStringLiteral("(%1 | %2)").arg(left, andExpr());
        }
        return left;
    }
    QString andExpr()
    {
        QString left = notExpr();
        for (;;) {
            if (peek().kind == Token::And) {
                take();
            } else if (!startsPrimary()) {
                break;
            }
            left = QStringLiteral("(%1 & %2)").arg(left, notExpr());
        }
        return left;
    }
    QString notExpr()
    {
        QString left = primary();
        while (peek().kind == Token::Not) {
            take();
            left = QStringLiteral("(%1 & !%2)").arg(left, primary());
        }
        return left;
    }
    QString primary()
    {
        const Token t = take();
        if (t.kind == Token::Open) {
            QString e = orExpr();
            if (take().kind != Token::Close)
                syntaxError(describe(m_tokens.at(m_pos - 1)));
            return QStringLiteral("(%1)").arg(e);
        }
        if (t.kind != Token::Word && t.kind != Token::Phrase)
            syntaxError(describe(t));
        const QStringList lexemes = words(t.text);
        if (lexemes.isEmpty())
            return QStringLiteral("''"); // matches nothing, as an empty phrase in FTS5
        QStringList quoted;
        for (const QString &w : lexemes)
            quoted << u'\'' + w + u'\'';
        if (t.prefix)
            quoted.last() += QStringLiteral(":*");
        return quoted.size() == 1 ? quoted.first() : u'(' + quoted.join(QStringLiteral(" <-> ")) + u')';
    }

    QList<Token> m_tokens;
    qsizetype m_pos = 0;
};

} // namespace

QString ftsToTsquery(const QString &query)
{
    if (query.trimmed().isEmpty())
        syntaxError(QString());
    return Parser(lex(query)).parse();
}

namespace {

/// One column's words as a tsvector, with a weight. tsvector || tsvector puts the right one's words right after
/// the left one's, so a phrase could match across two columns, which FTS5 never does: a lexeme no query can hold
/// ("0.0": a query splits words at the dot) keeps one position between them. Accents are dropped, as FTS5's
/// remove_diacritics does in a file: the text in canonical decomposition (NFD) less the combining diacritical marks
/// (U+0300-U+036F), so "Zurich" finds "Zürich" (the query's words are folded the same way, words()).
QByteArray ftsPart(const QByteArray &column, char weight)
{
    return "setweight(to_tsvector('simple', regexp_replace(regexp_replace(normalize(" + column +
           ", NFD), '[\\u0300-\\u036f]', '', 'g'), '[[:space:][:punct:]]+', ' ', 'g') || ' 0.0'), '" + weight + "')";
}

} // namespace

QByteArray ftsDocumentSql(const QByteArray &title, const QByteArray &body, const QByteArray &captions)
{
    return ftsPart(title, 'A') + " || " + ftsPart(captions, 'C') + " || " + ftsPart(body, 'D');
}

QByteArray ftsColumnsSql(const QByteArrayList &columns)
{
    QByteArrayList parts;
    for (const QByteArray &column : columns)
        parts << ftsPart(column, 'D');
    return parts.join(" || ");
}

} // namespace sift::SqlDialect
