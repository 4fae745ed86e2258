#include "core/store/ClaimChoices.h"

#include "core/store/Database.h"

#include <QRegularExpression>

namespace sift {

QList<ClaimChoice> findClaimChoices(Database &db, const QString &text, int limit, qint64 excludeId)
{
    QString idText = text.trimmed();
    if (idText.startsWith(QLatin1Char('#')))
        idText.remove(0, 1);
    bool isId = false;
    const qint64 wantedId = idText.toLongLong(&isId);

    // Up to four words, each of which must appear somewhere; LIKE is case-insensitive for ASCII on both engines
    // when both sides are lowered.
    QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    words = words.mid(0, 4);
    QByteArray sql = "SELECT c.id, c.article_id, c.quote, COALESCE(e.name, ''), a.title FROM claim c "
                     "JOIN article a ON a.id = c.article_id LEFT JOIN entity e ON e.id = c.claimant_id "
                     "WHERE c.id <> ? ";
    if (isId) {
        sql += "AND c.id = ? ";
    } else {
        for (qsizetype i = 0; i < words.size(); ++i)
            sql += "AND (lower(c.quote) LIKE ? ESCAPE '\\' OR lower(c.statement) LIKE ? ESCAPE '\\' "
                   "OR lower(COALESCE(e.name, '')) LIKE ? ESCAPE '\\' OR lower(a.title) LIKE ? ESCAPE '\\') ";
    }
    sql += "ORDER BY c.id DESC LIMIT ?";
    Statement st(db, sql.constData());
    int n = 1;
    st.bind(n++, excludeId);
    if (isId) {
        st.bind(n++, wantedId);
    } else {
        static const QRegularExpression special(QStringLiteral("([%_\\\\])"));
        for (const QString &word : std::as_const(words)) {
            QString pattern = word.toLower();
            pattern.replace(special, QStringLiteral("\\\\1"));
            pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
            for (int k = 0; k < 4; ++k)
                st.bind(n++, pattern);
        }
    }
    st.bind(n, qMax(1, limit));
    QList<ClaimChoice> out;
    while (st.step())
        out.append({st.integer(0), st.integer(1), st.text(2), st.text(3), st.text(4)});
    return out;
}

} // namespace sift
