#pragma once

#include "core/domain/TextSignature.h"
#include "core/ingest/ArticleParser.h"
#include "core/ingest/WebFetcher.h"
#include "core/store/WebStore.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>

namespace sift {

struct ImportOptions {
    InputFormat format = InputFormat::Auto;
    FieldMap fieldMap;
    /// Files are written in batches, one transaction each, committed once a batch holds this many files or
    /// bytes of input (and at the end, on Cancel, before a failure stops the run). A crash loses at most the batch
    /// in progress; each file is a savepoint inside it, so it is stored whole or not at all.
    int commitEveryFiles = 256;
    qint64 commitEveryBytes = 16 * 1024 * 1024;
    /// For inputs that are http(s) addresses, and feed subscriptions.
    FetchOptions fetch;
    /// A feed fetched from the web whose entries carry only a summary: fetch each new entry's linked page and
    /// keep its text (with its own capture) instead. Subscriptions use their own setting.
    bool fetchFullText = true;
};

/// What became of one input file.
struct FileOutcome {
    QString path;
    int imported = 0;
    int duplicates = 0;
    QString error; ///< non-empty: nothing of this file was imported
    QStringList warnings;
    bool notModified = false; ///< a feed answered 304: nothing new since the last refresh
};

struct ImportSummary {
    QList<FileOutcome> files;
    bool cancelled = false;
    QString projectError; ///< the project itself could not be opened or written

    int imported() const;
    int duplicates() const;
    int failed() const;
    QList<qint64> newArticleIds;
    /// "Imported 2 articles, 0 duplicates, 1 file failed" plus one line per failed file.
    QString text() const;
};

/// Imports files into a project through its own database connection, so it can run on a worker
/// thread. Each file is stored whole or not at all, committed with a batch of files (ImportOptions);
/// duplicates are skipped and counted.
class Importer final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

    /// paths: files, folders and http(s) addresses (a page or a feed, fetched with provenance).
    Importer(const QString &projectPath, const QStringList &paths, const ImportOptions &options = {},
             QObject *parent = nullptr);
    /// Refreshes feed subscriptions instead: a conditional GET each, then only their new entries.
    void setFeeds(const QList<FeedSubscription> &feeds) { m_feeds = feeds; }

    /// Files to import: the given files and web addresses, and every regular file below the given folders (sorted,
    /// hidden skipped).
    static QStringList expandPaths(const QStringList &paths, QStringList *missing = nullptr);

    ImportSummary run();
    void cancel() { m_cancel = true; }

Q_SIGNALS:
    void progress(int filesDone, int filesTotal, const QString &currentFile);
    /// A feed file is stored as it is read: entries read and stored (or skipped as duplicates) so far, per chunk.
    void feedProgress(int entriesDone, const QString &currentFile);
    void finished(const sift::ImportSummary &summary);

private:
    /// A file read, decoded, parsed and hashed, ready to be written; no database is touched.
    struct PreparedFile {
        FileOutcome outcome;
        QList<Article> articles;
        QList<TextSignature> signatures; ///< one per article
        qint64 bytes = 0;
        /// From the web: the captures (the fetched page or feed first, then linked pages) and, per article, the
        /// index of its capture (-1: none). A feed's entries are checked against the project before storing.
        QList<WebCapture> captures;
        QList<int> articleCapture;
        bool isFeed = false;
        bool fetchFullText = false;
        QList<qsizetype> summaryOnly;
        int knownEntries = 0; ///< feed entries already in the project, counted as duplicates
        const FeedSubscription *feed = nullptr;
        QString etag;
        QString lastModified;
        /// A feed file, not read yet: storeStreamedFeed reads it while it stores it, a chunk of entries at a time.
        bool streamFeed = false;
    };
    struct Batch;
    /// A chunk of files read ahead together: one big file, or small ones up to kChunkFiles / kChunkBytes.
    static constexpr qsizetype kChunkFiles = 256;
    static constexpr qint64 kChunkBytes = 1024 * 1024;
    PreparedFile prepareFile(const QString &path) const;
    /// Reads ahead from input `first` on: one web address or feed subscription alone (never grouped with files),
    /// else files up to kChunkFiles / kChunkBytes, stopping before the next address.
    QList<PreparedFile> prepareChunk(const QStringList &files, qsizetype first) const;
    PreparedFile prepareUrl(const QString &url, const FeedSubscription *feed) const;
    void dropKnownEntries(WebStore &web, PreparedFile &file) const;
    void fetchFullTexts(PreparedFile &file) const;
    /// A web input's captures, links (capture, feed, guid) and tags for the articles stored from file.articles
    /// starting at `first` (ids in order, 0 for a duplicate); called by both store paths.
    static void storeWebData(WebStore &web, const PreparedFile &file, qsizetype first, const QList<qint64> &ids,
                             const QList<qint64> &captureIds);
    static bool isWeb(const PreparedFile &file) { return file.isFeed || file.feed || !file.captures.isEmpty(); }
    /// Writes the files of a group; false when the project cannot be written (summary.projectError says why).
    bool storeGroup(class Database &db, class ArticleStore &store, QList<PreparedFile> group, Batch &batch,
                    ImportSummary &summary);
    /// The group's articles in one savepoint; false (and nothing written) when the database refused them.
    bool storeTogether(Database &db, ArticleStore &store, QList<PreparedFile> &group, Batch &batch);
    void storeFile(Database &db, ArticleStore &store, PreparedFile file, Batch &batch);
    /// A feed file in one savepoint, a chunk at a time while a thread reads ahead; memory holds a few chunks.
    void storeStreamedFeed(Database &db, ArticleStore &store, PreparedFile file, Batch &batch);
    static QString commitBatch(Database &db, Batch &batch, ImportSummary &summary);

    QString m_projectPath;
    QStringList m_paths;
    QList<FeedSubscription> m_feeds;
    ImportOptions m_options;
    std::atomic_bool m_cancel = false;
    class SimilarStore *m_similar = nullptr; ///< valid while run() runs
};

} // namespace sift

Q_DECLARE_METATYPE(sift::ImportSummary)
