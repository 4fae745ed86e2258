#include "core/store/WebStore.h"

#include "core/domain/Translation.h"
#include "core/store/Database.h"

#include <QCryptographicHash>

#include <limits>

namespace sift {

namespace {

constexpr const char *kCaptureColumns =
    "c.id, c.requested_url, c.final_url, c.fetched_at, c.http_status, c.content_type, c.sha256, c.size";

WebCapture readCapture(const Statement &st, bool withRaw)
{
    WebCapture c;
    c.id = st.integer(0);
    c.requestedUrl = st.text(1);
    c.finalUrl = st.text(2);
    c.fetchedAt = QDateTime::fromString(st.text(3), Qt::ISODateWithMs);
    c.httpStatus = int(st.integer(4));
    c.contentType = st.text(5);
    c.sha256 = st.text(6);
    c.size = st.integer(7);
    if (withRaw) {
        c.raw = qUncompress(st.blob(8));
        // The saved original is evidence: bytes that no longer hash to the recorded SHA-256 are
        // refused, never handed out as if they were the page.
        if (QString::fromLatin1(QCryptographicHash::hash(c.raw, QCryptographicHash::Sha256).toHex()) != c.sha256)
            throw StoreError(Sift::tr("the stored original of this article is damaged: its bytes no longer match "
                                      "the SHA-256 recorded when it was fetched (%1)")
                                 .arg(c.sha256));
    }
    return c;
}

QByteArray captureQuery(const char *where, bool withRaw)
{
    return QByteArray("SELECT ") + kCaptureColumns + (withRaw ? ", c.raw" : "") + " FROM web_capture c " + where;
}

FeedSubscription readFeed(const Statement &st)
{
    FeedSubscription f;
    f.id = st.integer(0);
    f.url = st.text(1);
    f.title = st.text(2);
    f.intervalMinutes = int(st.integer(3));
    f.fullText = st.integer(4) != 0;
    f.etag = st.text(5);
    f.lastModified = st.text(6);
    if (!st.isNull(7))
        f.lastFetched = QDateTime::fromString(st.text(7), Qt::ISODateWithMs);
    f.lastError = st.text(8);
    return f;
}

constexpr const char *kFeedSelect = "SELECT id, url, title, interval_minutes, full_text, etag, last_modified, "
                                    "last_fetched, last_error FROM feed ";

} // namespace

WebStore::WebStore(Database &db)
    : m_db(db)
{}

qint64 WebStore::insertCapture(const WebCapture &capture)
{
    Statement st(m_db, "INSERT INTO web_capture (requested_url, final_url, fetched_at, http_status, content_type, "
                       "size, sha256, raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    st.bind(1, capture.requestedUrl)
        .bind(2, capture.finalUrl)
        .bind(3, capture.fetchedAt.toUTC().toString(Qt::ISODateWithMs))
        .bind(4, capture.httpStatus)
        .bind(5, capture.contentType)
        .bind(6, qint64(capture.raw.size()))
        .bind(7, capture.sha256)
        .bindBlob(8, qCompress(capture.raw, 6));
    st.step();
    return st.integer(0);
}

std::optional<WebCapture> WebStore::capture(qint64 id, bool withRaw) const
{
    const QByteArray sql = captureQuery("WHERE c.id = ?", withRaw);
    Statement st(m_db, sql.constData());
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readCapture(st, withRaw);
}

std::optional<WebCapture> WebStore::captureForArticle(qint64 articleId, bool withRaw) const
{
    const QByteArray sql = captureQuery("JOIN article_web w ON w.capture_id = c.id WHERE w.article_id = ?", withRaw);
    Statement st(m_db, sql.constData());
    st.bind(1, articleId);
    if (!st.step())
        return std::nullopt;
    return readCapture(st, withRaw);
}

void WebStore::deleteCaptureIfUnused(qint64 id)
{
    Statement st(m_db, "DELETE FROM web_capture WHERE id = ? AND NOT EXISTS "
                       "(SELECT 1 FROM article_web w WHERE w.capture_id = web_capture.id)");
    st.bind(1, id);
    st.exec();
}

void WebStore::linkArticle(qint64 articleId, qint64 captureId, qint64 feedId, const QString &guid)
{
    Statement st(m_db, "INSERT INTO article_web (article_id, capture_id, feed_id, guid) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (article_id) DO UPDATE SET capture_id = excluded.capture_id, "
                       "feed_id = excluded.feed_id, guid = excluded.guid");
    st.bind(1, articleId).bindId(2, captureId).bindId(3, feedId).bind(4, guid);
    st.exec();
}

QString WebStore::articleUid(qint64 articleId) const
{
    Statement st(m_db, "SELECT uid FROM article WHERE id = ?");
    st.bind(1, articleId);
    return st.step() ? st.text(0) : QString();
}

bool WebStore::hasEntry(const QString &guid, const QString &link, std::optional<qint64> maxArticleId) const
{
    const qint64 bound = maxArticleId.value_or(std::numeric_limits<qint64>::max());
    if (!guid.isEmpty()) {
        Statement st(m_db, "SELECT 1 FROM article_web WHERE guid = ? AND article_id <= ? LIMIT 1");
        st.bind(1, guid);
        st.bind(2, bound);
        return st.step();
    }
    if (link.isEmpty())
        return false;
    Statement st(m_db, "SELECT 1 FROM article WHERE url = ? AND id <= ? LIMIT 1");
    st.bind(1, link);
    st.bind(2, bound);
    return st.step();
}

qint64 WebStore::lastArticleId() const
{
    Statement st(m_db, "SELECT coalesce(max(id), 0) FROM article");
    return st.step() ? st.integer(0) : 0;
}

void WebStore::addArticleTags(qint64 articleId, const QStringList &names)
{
    for (const QString &raw : names) {
        const QString name = raw.simplified();
        if (name.isEmpty())
            continue;
        // UNIQUE (parent_id, name) does not hold for a NULL parent in SQL, so a top-level tag is looked up first.
        qint64 tagId = 0;
        {
            Statement find(m_db, "SELECT id FROM tag WHERE parent_id IS NULL AND name = ? ORDER BY id LIMIT 1");
            find.bind(1, name);
            if (find.step())
                tagId = find.integer(0);
        }
        if (tagId == 0) {
            Statement insert(m_db, "INSERT INTO tag (parent_id, name) VALUES (NULL, ?) RETURNING id");
            insert.bind(1, name);
            insert.step();
            tagId = insert.integer(0);
        }
        Statement link(m_db, "INSERT INTO article_tag (article_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING");
        link.bind(1, articleId).bind(2, tagId);
        link.exec();
    }
}

QStringList WebStore::articleTags(qint64 articleId) const
{
    Statement st(m_db, "SELECT t.name FROM article_tag a JOIN tag t ON t.id = a.tag_id WHERE a.article_id = ? "
                       "ORDER BY t.name");
    st.bind(1, articleId);
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

QList<FeedSubscription> WebStore::feeds() const
{
    const QByteArray sql = QByteArray(kFeedSelect) + "ORDER BY id";
    Statement st(m_db, sql.constData());
    QList<FeedSubscription> out;
    while (st.step())
        out << readFeed(st);
    return out;
}

std::optional<FeedSubscription> WebStore::feed(qint64 id) const
{
    const QByteArray sql = QByteArray(kFeedSelect) + "WHERE id = ?";
    Statement st(m_db, sql.constData());
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readFeed(st);
}

std::optional<FeedSubscription> WebStore::feedByUrl(const QString &url) const
{
    const QByteArray sql = QByteArray(kFeedSelect) + "WHERE url = ?";
    Statement st(m_db, sql.constData());
    st.bind(1, url);
    if (!st.step())
        return std::nullopt;
    return readFeed(st);
}

qint64 WebStore::addFeed(const FeedSubscription &feed)
{
    Statement st(m_db, "INSERT INTO feed (id, url, title, interval_minutes, full_text, etag, last_modified, "
                       "last_fetched, last_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    st.bindId(1, feed.id)
        .bind(2, feed.url)
        .bind(3, feed.title)
        .bind(4, qMax(1, feed.intervalMinutes))
        .bind(5, feed.fullText ? 1 : 0)
        .bind(6, feed.etag)
        .bind(7, feed.lastModified)
        .bindOptional(8, feed.lastFetched.isValid() ? feed.lastFetched.toUTC().toString(Qt::ISODateWithMs) : QString())
        .bind(9, feed.lastError);
    st.step();
    return st.integer(0);
}

void WebStore::removeFeed(qint64 id)
{
    Statement st(m_db, "DELETE FROM feed WHERE id = ?");
    st.bind(1, id);
    st.exec();
}

void WebStore::updateFeed(const FeedSubscription &feed)
{
    Statement st(m_db, "UPDATE feed SET title = ?, interval_minutes = ?, full_text = ? WHERE id = ?");
    st.bind(1, feed.title).bind(2, qMax(1, feed.intervalMinutes)).bind(3, feed.fullText ? 1 : 0).bind(4, feed.id);
    st.exec();
}

void WebStore::recordFetch(qint64 id, const QString &etag, const QString &lastModified, const QDateTime &at,
                           const QString &error)
{
    Statement st(m_db, "UPDATE feed SET etag = ?, last_modified = ?, last_fetched = ?, last_error = ? WHERE id = ?");
    st.bind(1, etag).bind(2, lastModified).bind(3, at.toUTC().toString(Qt::ISODateWithMs)).bind(4, error).bind(5, id);
    st.exec();
}

} // namespace sift
