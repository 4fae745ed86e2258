#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sift {

class Database;

/// What one fetch of a URL brought back: the evidence an article imported from the web keeps.
struct WebCapture {
    qint64 id = 0;
    QString requestedUrl;
    QString finalUrl; ///< after redirects
    QDateTime fetchedAt;
    int httpStatus = 0;
    QString contentType;
    QByteArray raw;  ///< the bytes as received (stored compressed)
    QString sha256;  ///< hex SHA-256 of raw
    qint64 size = 0; ///< raw.size(), also known without loading raw
};

/// A feed the project follows; refreshed by hand or every intervalMinutes while the project is open.
struct FeedSubscription {
    qint64 id = 0;
    QString url;
    QString title;
    int intervalMinutes = 60;
    bool fullText = true; ///< fetch the linked page of an entry that carries only a summary
    QString etag;
    QString lastModified;
    QDateTime lastFetched;
    QString lastError;
};

/// Web provenance (captures and which article came from which), feed subscriptions and article tags.
class WebStore
{
public:
    explicit WebStore(Database &db);

    /// Stores a capture, its bytes compressed; returns the new id.
    qint64 insertCapture(const WebCapture &capture);
    /// The capture with its bytes (withRaw) decompressed; nullopt when there is none.
    std::optional<WebCapture> capture(qint64 id, bool withRaw = true) const;
    std::optional<WebCapture> captureForArticle(qint64 articleId, bool withRaw = true) const;
    void deleteCaptureIfUnused(qint64 id);

    /// Records where an article came from: its capture (0 = none), feed (0 = none) and entry guid.
    void linkArticle(qint64 articleId, qint64 captureId, qint64 feedId, const QString &guid);
    QString articleUid(qint64 articleId) const;
    /// A feed entry is already in the project: by its guid when it has one, else by its link; among the articles
    /// with an id up to maxArticleId only, when one is given.
    bool hasEntry(const QString &guid, const QString &link, std::optional<qint64> maxArticleId = std::nullopt) const;
    /// The highest article id so far (0: none); articles stored later have higher ones.
    qint64 lastArticleId() const;

    /// Adds top-level tags of these names (created when missing) to the article.
    void addArticleTags(qint64 articleId, const QStringList &names);
    QStringList articleTags(qint64 articleId) const;

    QList<FeedSubscription> feeds() const;
    std::optional<FeedSubscription> feed(qint64 id) const;
    std::optional<FeedSubscription> feedByUrl(const QString &url) const;
    /// Adds a subscription (with feed.id when set: an undone removal comes back as it was, validators too);
    /// throws StoreError (a constraint) when the URL is already followed.
    qint64 addFeed(const FeedSubscription &feed);
    void removeFeed(qint64 id);
    /// Writes title, interval and fullText.
    void updateFeed(const FeedSubscription &feed);
    /// After a refresh: the validators for the next conditional GET, the time, and the error (empty = fine).
    void recordFetch(qint64 id, const QString &etag, const QString &lastModified, const QDateTime &at,
                     const QString &error);

private:
    Database &m_db;
};

} // namespace sift
