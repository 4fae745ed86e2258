#include "core/ingest/Importer.h"

#include "core/domain/Translation.h"
#include "core/ingest/ArticleNormalizer.h"
#include "core/ingest/ClaimReviewImport.h"
#include "core/store/ArticleStore.h"
#include "core/store/SimilarStore.h"
#include "core/store/Store.h"
#include "core/store/WebStore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

namespace sift {

namespace {

class Cancelled
{
};

/// What a format detector gets as the "file name" of a fetched address: the last path segment, or the host.
QString fileNameForUrl(const QString &address)
{
    const QUrl url(address);
    const QString name = url.fileName();
    return name.isEmpty() ? url.host() : name;
}

/// MinHash signatures of the articles' bodies, one per article. A big file is a chunk of its own, and nothing is
/// written while it is read: half of its signatures are computed on another thread, so they take both cores.
QList<TextSignature> signaturesOf(const QList<Article> &articles)
{
    constexpr qsizetype kSplitAbove = 256;
    QList<TextSignature> signatures(articles.size());
    TextSignature *out = signatures.data();
    const auto fill = [&articles, out](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i)
            out[i] = TextSignature::of(articles.at(i).body);
    };
    if (articles.size() < kSplitAbove) {
        fill(0, articles.size());
        return signatures;
    }
    const qsizetype half = articles.size() / 2;
    auto second = std::async(std::launch::async, fill, half, articles.size());
    fill(0, half);
    second.get();
    return signatures;
}

/// A title or outlet longer than this is junk from the scrape (a whole page in the title field), and it would not
/// fit the server's B-tree indexes that sort the library (an index row holds at most 2,704 bytes: 400 + 200
/// characters of four UTF-8 bytes each stay below that).
constexpr qsizetype kMaxTitleChars = 400;
constexpr qsizetype kMaxOutletChars = 200;

/// Cuts text past max characters at a word boundary when there is one nearby, and ends it with an ellipsis.
QString shortened(const QString &text, qsizetype max)
{
    qsizetype cut = max - 1;
    if (text.at(cut).isLowSurrogate())
        --cut; // never split a surrogate pair
    const qsizetype space = text.lastIndexOf(QLatin1Char(' '), cut);
    if (space > max / 2)
        cut = space;
    return text.left(cut).trimmed() + QChar(0x2026);
}

/// Where and when each parsed article came in, and an identity for those whose source gave none. An overlong title
/// or outlet is shortened, with a warning naming the article (numbered from firstIndex + 1).
void stampArticles(QList<Article> &articles, const QString &source, QStringList &warnings, qsizetype firstIndex = 0,
                   const QDateTime &importedAt = {})
{
    const QDateTime now = importedAt.isValid() ? importedAt : QDateTime::currentDateTimeUtc();
    for (qsizetype k = 0; k < articles.size(); ++k) {
        const qsizetype i = firstIndex + k;
        Article &article = articles[k];
        article.sourceFile = source;
        article.importedAt = now;
        if (article.uid.isEmpty())
            article.uid = articleUid(article.title, article.body);
        if (article.title.size() > kMaxTitleChars) {
            warnings << Sift::tr("article %1: its title of %2 characters was shortened to %3")
                            .arg(i + 1)
                            .arg(article.title.size())
                            .arg(kMaxTitleChars);
            article.title = shortened(article.title, kMaxTitleChars);
        }
        if (article.outlet.size() > kMaxOutletChars) {
            warnings << Sift::tr("article %1: its outlet name of %2 characters was shortened to %3")
                            .arg(i + 1)
                            .arg(article.outlet.size())
                            .arg(kMaxOutletChars);
            article.outlet = shortened(article.outlet, kMaxOutletChars);
        }
    }
}

/// A feed file parsed on a thread of its own while the importer stores what it read: chunks of articles, stamped
/// and signed, wait in a queue of at most kQueuedChunks, so memory holds a few chunks whatever the feed's size.
class FeedReadAhead
{
public:
    static constexpr int kChunkEntries = ArticleStore::kBatchRows;
    static constexpr std::size_t kQueuedChunks = 4;

    struct Chunk {
        QList<Article> articles;
        QList<TextSignature> signatures; ///< one per article
        bool restart = false;            ///< the chunks before are void (ArticleChunk::restart)
    };

    FeedReadAhead(const QString &path, const std::atomic_bool &cancel)
        : m_path(path)
        , m_cancel(cancel)
        , m_thread([this] { read(); })
    {}

    ~FeedReadAhead()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_abort = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }

    FeedReadAhead(const FeedReadAhead &) = delete;
    FeedReadAhead &operator=(const FeedReadAhead &) = delete;

    /// The next chunk, waiting for it; nothing at the end of the reading.
    std::optional<Chunk> next()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_done || !m_queue.empty(); });
        if (m_queue.empty())
            return std::nullopt;
        Chunk chunk = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        m_changed.notify_all();
        return chunk;
    }

    /// After next() gave nothing: what parseArticles would have said of the file, and the stamping's warnings.
    const ParseResult &result() const { return m_result; }
    const QStringList &stampWarnings() const { return m_stampWarnings; }
    /// The reading stopped before the end of the feed (a Cancel).
    bool stopped() const { return m_stopped; }

private:
    void read()
    {
        QFile file(m_path);
        ParseResult result;
        QStringList warnings;
        bool stopped = false;
        if (!file.open(QIODevice::ReadOnly)) {
            result.error = Sift::tr("cannot read: %1").arg(file.errorString());
        } else {
            const QString source = QFileInfo(m_path).fileName();
            const QDateTime now = QDateTime::currentDateTimeUtc();
            qsizetype stamped = 0;
            const auto take = [&](ArticleChunk &&chunk) {
                if (chunk.restart) {
                    stamped = 0;
                    warnings.clear();
                }
                stampArticles(chunk.articles, source, warnings, stamped, now);
                stamped += chunk.articles.size();
                Chunk out{std::move(chunk.articles), {}, chunk.restart};
                out.signatures = signaturesOf(out.articles);
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_abort || m_queue.size() < kQueuedChunks; });
                if (m_abort || m_cancel) {
                    stopped = true;
                    return false;
                }
                m_queue.push_back(std::move(out));
                lock.unlock();
                m_changed.notify_all();
                return true;
            };
            result = parseFeedArticles(file, take, kChunkEntries);
        }
        {
            const std::lock_guard lock(m_mutex);
            m_result = std::move(result);
            m_stampWarnings = std::move(warnings);
            m_stopped = stopped;
            m_done = true;
        }
        m_changed.notify_all();
    }

    const QString m_path;
    const std::atomic_bool &m_cancel;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_queue;
    bool m_abort = false;
    bool m_done = false;
    ParseResult m_result;
    QStringList m_stampWarnings;
    bool m_stopped = false;
    std::thread m_thread; ///< last, so that it starts with every other member ready
};

} // namespace

/// The files written since the last commit. Their outcomes wait here: they become true only with the commit.
struct Importer::Batch {
    std::optional<Transaction> transaction;
    QList<FileOutcome> outcomes; ///< every file since the last commit, in order, failed ones too
    QList<qint64> ids;
    int files = 0; ///< files written into the transaction
    qint64 bytes = 0;
    int pendingFiles = 0; ///< files announced and waiting in the group, not yet written
    qint64 pendingBytes = 0;
};

int ImportSummary::imported() const
{
    int n = 0;
    for (const FileOutcome &f : files)
        n += f.imported;
    return n;
}

int ImportSummary::duplicates() const
{
    int n = 0;
    for (const FileOutcome &f : files)
        n += f.duplicates;
    return n;
}

int ImportSummary::failed() const
{
    return int(std::count_if(files.cbegin(), files.cend(), [](const FileOutcome &f) { return !f.error.isEmpty(); }));
}

QString ImportSummary::text() const
{
    if (!projectError.isEmpty())
        return projectError;
    QString out = Sift::tr("Imported %1 article(s), skipped %2 duplicate(s), %3 file(s) failed")
                      .arg(imported())
                      .arg(duplicates())
                      .arg(failed());
    if (cancelled)
        out += Sift::tr(" — cancelled before the end");
    out += QLatin1Char('\n');
    for (const FileOutcome &f : files) {
        if (!f.error.isEmpty())
            out += Sift::tr("  failed: %1: %2\n").arg(f.path, f.error);
        for (const QString &w : f.warnings)
            out += Sift::tr("  warning: %1: %2\n").arg(f.path, w);
    }
    return out;
}

Importer::Importer(const QString &projectPath, const QStringList &paths, const ImportOptions &options, QObject *parent)
    : QObject(parent)
    , m_projectPath(projectPath)
    , m_paths(paths)
    , m_options(options)
{}

QStringList Importer::expandPaths(const QStringList &paths, QStringList *missing)
{
    QStringList out;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (WebFetcher::isWebAddress(path)) {
            out << path.trimmed();
        } else if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext())
                found << it.next();
            std::sort(found.begin(), found.end());
            out << found;
        } else if (info.exists()) {
            out << path;
        } else if (missing) {
            *missing << path;
        }
    }
    return out;
}

ImportSummary Importer::run()
{
    ImportSummary summary;
    QStringList missing;
    const QStringList files = expandPaths(m_paths, &missing);
    for (const QString &path : missing)
        summary.files << FileOutcome{path, 0, 0, Sift::tr("no such file or folder"), {}};

    Store store;
    if (const QString error = store.open(m_projectPath, Store::OpenMode::ExistingOnly); !error.isEmpty()) {
        summary.projectError = error;
        Q_EMIT finished(summary);
        return summary;
    }
    // Each checkpoint ends in fsyncs. At SQLite's default of one per 4 MB of log, a 100,000-article import made
    // 600 fdatasync calls that took 6.0 s; one per 64 MB makes 84 that take 4.5 s (BENCHMARKS.md).
    store.db().exec("PRAGMA wal_autocheckpoint = 16384");
    // Each file is a savepoint, each insert a statement: SQLite keeps the pages they may have to restore in
    // journals that are temp files by default. For 5,000 small files that was 370 MB of pwrite (BENCHMARKS.md).
    store.db().exec("PRAGMA temp_store = MEMORY");
    ArticleStore articles(store.db());
    SimilarStore similar(store.db());
    m_similar = &similar;
    WebStore web(store.db());
    // Two stages: while one chunk of files is written, the next is read, parsed and hashed on a second thread.
    // That is a third or more of the work and needs no database, so on two cores it costs next to no time. Only
    // one chunk waits ahead, which keeps memory to two chunks' (a chunk is one big file or up to 1 MB of small ones,
    // or one web address or feed subscription). Inputs: the files and addresses, then the subscriptions to refresh.
    const qsizetype total = files.size() + m_feeds.size();
    const auto label = [&](qsizetype i) { return i < files.size() ? files.at(i) : m_feeds.at(i - files.size()).url; };
    const auto prepareAsync = [this, &files](qsizetype first) {
        return std::async(std::launch::async, [this, &files, first] { return prepareChunk(files, first); });
    };
    std::future<QList<PreparedFile>> next;
    if (total > 0)
        next = prepareAsync(0);
    Batch batch;
    // Small files wait here, announced but unwritten, to be written together (storeGroup).
    QList<PreparedFile> group;
    qsizetype announced = 0;
    bool stop = false;
    const auto flush = [&] {
        return storeGroup(store.db(), articles, std::exchange(group, {}), batch, summary) && !summary.cancelled;
    };
    while (announced < total && !stop) {
        // An address is announced while it is fetched (which may take until its timeout), a file once read.
        const bool webNext = announced >= files.size() || WebFetcher::isWebAddress(files.at(announced));
        if (webNext && !m_cancel)
            Q_EMIT progress(int(announced), int(total), label(announced));
        QList<PreparedFile> chunk = next.get();
        if (announced + chunk.size() < total)
            next = prepareAsync(announced + chunk.size());
        for (PreparedFile &file : chunk) {
            if (!m_cancel && !webNext)
                Q_EMIT progress(int(announced), int(total), label(announced));
            ++announced;
            if (m_cancel) { // also when the file was read ahead of the Cancel, or skipped because of it
                summary.cancelled = true;
                stop = true;
                break;
            }
            if (isWeb(file)) {
                // A page or feed goes in alone: what was grouped before it first, then its entries the project does
                // not hold, with the full texts of summary-only entries fetched outside any write transaction.
                if (!flush()) {
                    stop = true;
                    break;
                }
                try {
                    if (file.isFeed && file.outcome.error.isEmpty()) {
                        dropKnownEntries(web, file);
                        if (file.fetchFullText && !file.summaryOnly.isEmpty()) {
                            if (const QString error = commitBatch(store.db(), batch, summary); !error.isEmpty()) {
                                summary.projectError = Sift::tr("The project could not be written: %1").arg(error);
                                stop = true;
                                break;
                            }
                            fetchFullTexts(file);
                        }
                    }
                } catch (const StoreError &e) {
                    batch.outcomes << FileOutcome{
                        file.outcome.path, 0, 0, Sift::tr("could not be stored: %1").arg(e.message()), {}};
                    summary.projectError = Sift::tr("The project could not be written: %1").arg(e.message());
                    stop = true;
                    break;
                }
                if (m_cancel) {
                    summary.cancelled = true;
                    stop = true;
                    break;
                }
                const qint64 bytes = file.outcome.error.isEmpty() ? file.bytes : 0;
                group << std::move(file);
                if (!flush()) {
                    stop = true;
                    break;
                }
                if (batch.files >= m_options.commitEveryFiles || batch.bytes + bytes >= m_options.commitEveryBytes) {
                    if (const QString error = commitBatch(store.db(), batch, summary); !error.isEmpty()) {
                        summary.projectError = Sift::tr("The project could not be written: %1").arg(error);
                        stop = true;
                        break;
                    }
                }
                continue;
            }
            if (file.outcome.error.isEmpty()) {
                ++batch.pendingFiles;
                batch.pendingBytes += file.bytes;
            }
            group << std::move(file);
            if (batch.files + batch.pendingFiles >= m_options.commitEveryFiles ||
                batch.bytes + batch.pendingBytes >= m_options.commitEveryBytes) {
                if (!flush()) {
                    stop = true;
                    break;
                }
                if (const QString error = commitBatch(store.db(), batch, summary); !error.isEmpty()) {
                    summary.projectError = Sift::tr("The project could not be written: %1").arg(error);
                    stop = true;
                    break;
                }
            }
        }
        if (!stop && !flush())
            stop = true;
    }
    // Files announced before a Cancel are written too; after a failure that stops the run, nothing more is.
    if (summary.projectError.isEmpty() && !group.isEmpty())
        flush();
    // What was written stays, in whole files: after the last file, a Cancel, or a failure that stops the run.
    if (const QString error = commitBatch(store.db(), batch, summary);
        !error.isEmpty() && summary.projectError.isEmpty())
        summary.projectError = Sift::tr("The project could not be written: %1").arg(error);
    if (summary.projectError.isEmpty() && !summary.newArticleIds.isEmpty())
        articles.updateStatistics();
    if (next.valid())
        next.wait(); // a chunk read ahead of a cancel or a failure is dropped
    Q_EMIT progress(int(total), int(total), QString());
    Q_EMIT finished(summary);
    return summary;
}

QList<Importer::PreparedFile> Importer::prepareChunk(const QStringList &files, qsizetype first) const
{
    if (first >= files.size()) {
        const FeedSubscription *feed = &m_feeds.at(first - files.size());
        return {prepareUrl(feed->url, feed)};
    }
    if (WebFetcher::isWebAddress(files.at(first)))
        return {prepareUrl(files.at(first), nullptr)};
    QList<PreparedFile> chunk;
    qint64 bytes = 0;
    for (qsizetype i = first; i < files.size() && chunk.size() < kChunkFiles && bytes < kChunkBytes; ++i) {
        if (WebFetcher::isWebAddress(files.at(i)))
            break; // an address is a chunk of its own
        chunk << prepareFile(files.at(i));
        bytes += std::max<qint64>(chunk.constLast().bytes, 1);
    }
    return chunk;
}

Importer::PreparedFile Importer::prepareFile(const QString &path) const
{
    PreparedFile prepared;
    FileOutcome &outcome = prepared.outcome;
    outcome.path = path;
    if (m_cancel)
        return prepared;
    QFile file(path);
    if (file.size() > kMaxFileBytes) {
        outcome.error = Sift::tr("file too large (%1 MB; the limit is %2 MB)")
                            .arg(file.size() / (1024 * 1024))
                            .arg(kMaxFileBytes / (1024 * 1024));
        return prepared;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.error = Sift::tr("cannot read: %1").arg(file.errorString());
        return prepared;
    }
    const QString sourceFile = QFileInfo(path).fileName();
    if (m_options.format == InputFormat::Feed ||
        (m_options.format == InputFormat::Auto && looksLikeFeedFile(file.peek(4096), sourceFile))) {
        prepared.streamFeed = true; // read while it is stored
        prepared.isFeed = true;
        prepared.bytes = file.size();
        return prepared;
    }
    ParseResult parsed = parseArticles(file.readAll(), sourceFile, m_options.format, m_options.fieldMap);
    outcome.warnings = parsed.warnings;
    if (!parsed.ok()) {
        outcome.error = parsed.error;
        return prepared;
    }
    stampArticles(parsed.articles, sourceFile, outcome.warnings);
    // Near-duplicate signatures (MinHash) are computed here, on the read-ahead thread, where they cost no wall time.
    prepared.signatures = signaturesOf(parsed.articles);
    prepared.articles = std::move(parsed.articles);
    prepared.bytes = file.size();
    prepared.isFeed = parsed.isFeed;
    return prepared;
}

Importer::PreparedFile Importer::prepareUrl(const QString &url, const FeedSubscription *feed) const
{
    PreparedFile prepared;
    FileOutcome &outcome = prepared.outcome;
    outcome.path = url;
    prepared.feed = feed;
    if (m_cancel)
        return prepared;
    FetchOptions options = m_options.fetch;
    if (feed) {
        options.etag = feed->etag;
        options.lastModified = feed->lastModified;
    }
    FetchResult fetched = WebFetcher::fetch(url, options, &m_cancel);
    prepared.etag = fetched.etag;
    prepared.lastModified = fetched.lastModified;
    if (!fetched.ok()) {
        outcome.error = fetched.error;
        return prepared;
    }
    if (fetched.notModified) {
        outcome.notModified = true;
        outcome.warnings << Sift::tr("not modified since the last refresh");
        prepared.isFeed = true;
        return prepared;
    }
    const QString finalUrl = fetched.capture.finalUrl;
    ParseResult parsed =
        parseWebArticles(fetched.capture.raw, fileNameForUrl(finalUrl), feed ? InputFormat::Feed : m_options.format,
                         fetched.charset, m_options.fieldMap, finalUrl);
    outcome.warnings = parsed.warnings;
    if (!parsed.ok()) {
        outcome.error = parsed.error;
        return prepared;
    }
    stampArticles(parsed.articles, url, outcome.warnings);
    if (!parsed.isFeed) {
        for (Article &article : parsed.articles) {
            if (article.url.isEmpty())
                article.url = finalUrl;
        }
    }
    // Signatures on the read-ahead thread, as for files; fetchFullTexts redoes those whose body it replaces.
    prepared.signatures = signaturesOf(parsed.articles);
    prepared.bytes = fetched.capture.raw.size();
    prepared.captures << std::move(fetched.capture);
    prepared.articleCapture = QList<int>(parsed.articles.size(), 0);
    prepared.articles = std::move(parsed.articles);
    prepared.isFeed = parsed.isFeed;
    prepared.summaryOnly = parsed.summaryOnly;
    prepared.fetchFullText = feed ? feed->fullText : m_options.fetchFullText;
    return prepared;
}

void Importer::dropKnownEntries(WebStore &web, PreparedFile &file) const
{
    QList<Article> kept;
    QList<TextSignature> keptSignatures;
    QList<int> keptCapture;
    QList<qsizetype> keptSummaryOnly;
    for (qsizetype i = 0; i < file.articles.size(); ++i) {
        const Article &a = file.articles.at(i);
        if (web.hasEntry(a.guid, a.url)) {
            ++file.knownEntries;
            continue;
        }
        if (file.summaryOnly.contains(i))
            keptSummaryOnly << kept.size();
        keptCapture << file.articleCapture.value(i, -1);
        keptSignatures << file.signatures.value(i);
        kept << a;
    }
    file.articles = std::move(kept);
    file.signatures = std::move(keptSignatures);
    file.articleCapture = std::move(keptCapture);
    file.summaryOnly = std::move(keptSummaryOnly);
}

void Importer::fetchFullTexts(PreparedFile &file) const
{
    for (const qsizetype i : std::as_const(file.summaryOnly)) {
        if (m_cancel)
            return;
        Article &article = file.articles[i];
        FetchResult fetched = WebFetcher::fetch(article.url, m_options.fetch, &m_cancel);
        if (!fetched.ok()) {
            file.outcome.warnings
                << Sift::tr("the full text of %1 was not fetched: %2").arg(article.url, fetched.error);
            continue;
        }
        const ParseResult page = parseWebArticles(fetched.capture.raw, fileNameForUrl(fetched.capture.finalUrl),
                                                  InputFormat::Auto, fetched.charset, {}, fetched.capture.finalUrl);
        if (!page.ok() || page.articles.isEmpty() || page.articles.first().body.size() <= article.body.size()) {
            file.outcome.warnings << Sift::tr("the page %1 held no more text than the feed's summary").arg(article.url);
            continue;
        }
        const Article &full = page.articles.first();
        article.body = full.body;
        if (article.author.isEmpty())
            article.author = full.author;
        article.captions = ArticleNormalizer::captions(article.captions + full.captions);
        article.uid = articleUid(article.title, article.body);
        file.signatures[i] = TextSignature::of(article.body); // the signature of the text that is stored
        file.captures << std::move(fetched.capture);
        file.articleCapture[i] = int(file.captures.size() - 1);
    }
}

void Importer::storeWebData(WebStore &web, const PreparedFile &file, qsizetype first, const QList<qint64> &ids,
                            const QList<qint64> &captureIds)
{
    const qint64 feedId = file.feed ? file.feed->id : 0;
    for (qsizetype k = 0; k < ids.size(); ++k) {
        const qint64 id = ids.at(k);
        if (id == 0)
            continue; // a duplicate
        const Article &a = file.articles.at(first + k);
        const int capture = file.articleCapture.value(first + k, -1);
        const qint64 captureId = capture >= 0 ? captureIds.value(capture) : 0;
        if (captureId != 0 || feedId != 0 || !a.guid.isEmpty())
            web.linkArticle(id, captureId, feedId, a.guid);
        if (!a.categories.isEmpty())
            web.addArticleTags(id, a.categories);
    }
}

bool Importer::storeGroup(Database &db, ArticleStore &store, QList<PreparedFile> group, Batch &batch,
                          ImportSummary &summary)
{
    batch.pendingFiles = 0;
    batch.pendingBytes = 0;
    qsizetype withArticles = 0;
    for (const PreparedFile &file : group)
        withArticles += file.outcome.error.isEmpty() && !file.articles.isEmpty() ? 1 : 0;
    // A file a statement and a savepoint cost a folder of small files about twice what the same articles cost
    // in one file (FTS5 flushes a segment at every statement). So the group goes in as one savepoint and
    // statements of kBatchRows rows; when the database refuses it, each file is tried again on its own, so
    // a failing file is still the only one missing.
    try {
        if (withArticles > 1 && storeTogether(db, store, group, batch))
            return true;
    } catch (const StoreError &e) {
        for (const PreparedFile &file : group) {
            FileOutcome outcome = file.outcome;
            if (outcome.error.isEmpty())
                outcome.error = Sift::tr("could not be stored: %1").arg(e.message());
            batch.outcomes << outcome;
        }
        summary.projectError = Sift::tr("The project could not be written: %1").arg(e.message());
        return false;
    }
    for (PreparedFile &file : group) {
        const QString path = file.outcome.path;
        try {
            storeFile(db, store, std::move(file), batch);
        } catch (const Cancelled &) {
            summary.cancelled = true;
            return true;
        } catch (const StoreError &e) {
            // The file's savepoint rolled back; a project that cannot be written stops the whole run.
            batch.outcomes << FileOutcome{path, 0, 0, Sift::tr("could not be stored: %1").arg(e.message()), {}};
            if (!e.isConstraint()) {
                summary.projectError = Sift::tr("The project could not be written: %1").arg(e.message());
                return false;
            }
        }
    }
    return true;
}

bool Importer::storeTogether(Database &db, ArticleStore &store, QList<PreparedFile> &group, Batch &batch)
{
    if (!batch.transaction)
        batch.transaction.emplace(db);
    QList<Article> all;
    for (const PreparedFile &file : group)
        all << file.articles;
    QList<TextSignature> signatures;
    for (const PreparedFile &file : group)
        signatures << file.signatures;
    QList<qint64> ids;
    try {
        Savepoint savepoint(db);
        ids = store.insertEach(all);
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (ids.at(i)) {
                m_similar->add(ids.at(i), signatures.at(i));
                if (!all.at(i).reviewedClaims.isEmpty())
                    ClaimReviewImport::store(db, ids.at(i), all.at(i));
            }
        }
        // A feed read from a file (the run stores addresses alone, through storeFile): guids and categories.
        qsizetype offset = 0;
        for (const PreparedFile &file : group) {
            if (isWeb(file) && file.outcome.error.isEmpty()) {
                WebStore web(db);
                QList<qint64> captureIds;
                for (const WebCapture &capture : file.captures)
                    captureIds << web.insertCapture(capture);
                storeWebData(web, file, 0, ids.mid(offset, file.articles.size()), captureIds);
                for (const qint64 id : std::as_const(captureIds))
                    web.deleteCaptureIfUnused(id);
            }
            if (file.outcome.error.isEmpty())
                offset += file.articles.size();
        }
        savepoint.release();
    } catch (const StoreError &) {
        if (!db.inTransaction())
            throw; // the database gave up the whole transaction: nothing to retry
        return false;
    }
    qsizetype next = 0;
    for (PreparedFile &file : group) {
        FileOutcome outcome = std::move(file.outcome);
        if (outcome.error.isEmpty()) {
            for (qsizetype i = 0; i < file.articles.size(); ++i) {
                if (const qint64 id = ids.at(next + i)) {
                    batch.ids << id;
                    ++outcome.imported;
                } else {
                    ++outcome.duplicates;
                }
            }
            next += file.articles.size();
            outcome.duplicates += file.knownEntries;
            ++batch.files;
            batch.bytes += file.bytes;
        }
        batch.outcomes << outcome;
    }
    return true;
}

void Importer::storeFile(Database &db, ArticleStore &store, PreparedFile file, Batch &batch)
{
    if (file.streamFeed && file.outcome.error.isEmpty()) {
        storeStreamedFeed(db, store, std::move(file), batch);
        return;
    }
    FileOutcome outcome = std::move(file.outcome);
    WebStore web(db);
    if (outcome.error.isEmpty()) {
        if (!batch.transaction)
            batch.transaction.emplace(db);
        const QList<Article> &articles = file.articles;
        const bool fromWeb = isWeb(file);
        QList<qint64> ids;
        Savepoint savepoint(db);
        QList<qint64> captureIds;
        for (const WebCapture &capture : std::as_const(file.captures))
            captureIds << web.insertCapture(capture);
        // Many rows to a statement (see ArticleStore::insertAll), still checking for Cancel between them.
        for (qsizetype first = 0; first < articles.size(); first += ArticleStore::kBatchRows) {
            if (first > 0 && m_cancel)
                throw Cancelled();
            const QList<qint64> chunk = store.insertEach(articles.mid(first, ArticleStore::kBatchRows));
            if (fromWeb)
                storeWebData(web, file, first, chunk, captureIds);
            for (qsizetype i = 0; i < chunk.size(); ++i) {
                if (chunk.at(i)) {
                    m_similar->add(chunk.at(i), file.signatures.at(first + i));
                    // A fact-check page: its reviewed claims go in with the article, in the same savepoint.
                    if (const Article &article = articles.at(first + i); !article.reviewedClaims.isEmpty())
                        ClaimReviewImport::store(db, chunk.at(i), article);
                    ids << chunk.at(i);
                }
            }
        }
        for (const qint64 id : std::as_const(captureIds))
            web.deleteCaptureIfUnused(id); // every article it holds was a duplicate
        if (file.feed)
            web.recordFetch(file.feed->id, file.etag, file.lastModified, QDateTime::currentDateTimeUtc(), {});
        savepoint.release();
        outcome.imported = int(ids.size());
        outcome.duplicates = int(articles.size() - ids.size()) + file.knownEntries;
        batch.ids << ids;
        ++batch.files;
        batch.bytes += file.bytes;
    } else if (file.feed && !m_cancel) {
        // A subscription remembers why its last refresh failed; its validators stay as they were.
        if (!batch.transaction)
            batch.transaction.emplace(db);
        web.recordFetch(file.feed->id, file.feed->etag, file.feed->lastModified, QDateTime::currentDateTimeUtc(),
                        outcome.error);
    }
    batch.outcomes << outcome;
}

void Importer::storeStreamedFeed(Database &db, ArticleStore &store, PreparedFile file, Batch &batch)
{
    FileOutcome outcome = std::move(file.outcome);
    if (!batch.transaction)
        batch.transaction.emplace(db);
    WebStore web(db);
    // An entry is known when the project held it before this file: one stored from an earlier chunk is not, as
    // when the whole file was checked before any of it was stored.
    const qint64 lastBefore = web.lastArticleId();
    FeedReadAhead reader(outcome.path, m_cancel);
    std::optional<Savepoint> savepoint(std::in_place, db);
    QList<qint64> ids;
    int duplicates = 0;
    int entries = 0;
    while (std::optional<FeedReadAhead::Chunk> chunk = reader.next()) {
        if (m_cancel)
            throw Cancelled();
        if (chunk->restart) {
            // A repaired reading of an ill-formed feed replaces what the first reading gave.
            savepoint.reset();
            savepoint.emplace(db);
            ids.clear();
            duplicates = 0;
            entries = 0;
        }
        QList<Article> fresh;
        QList<TextSignature> signatures;
        for (qsizetype i = 0; i < chunk->articles.size(); ++i) {
            const Article &a = chunk->articles.at(i);
            if (web.hasEntry(a.guid, a.url, lastBefore)) {
                ++duplicates;
                continue;
            }
            fresh << a;
            signatures << chunk->signatures.at(i);
        }
        const QList<qint64> chunkIds = store.insertEach(fresh);
        for (qsizetype i = 0; i < chunkIds.size(); ++i) {
            const qint64 id = chunkIds.at(i);
            if (id == 0) {
                ++duplicates;
                continue;
            }
            const Article &a = fresh.at(i);
            if (!a.guid.isEmpty())
                web.linkArticle(id, 0, 0, a.guid);
            if (!a.categories.isEmpty())
                web.addArticleTags(id, a.categories);
            m_similar->add(id, signatures.at(i));
            ids << id;
        }
        entries += int(chunk->articles.size());
        Q_EMIT feedProgress(entries, outcome.path);
    }
    if (reader.stopped())
        throw Cancelled();
    outcome.warnings = reader.result().warnings + reader.stampWarnings();
    if (!reader.result().ok()) {
        outcome.error = reader.result().error;
        savepoint.reset(); // rolls back what the chunks stored
        batch.outcomes << outcome;
        return;
    }
    savepoint->release();
    outcome.imported = int(ids.size());
    outcome.duplicates = duplicates;
    batch.ids << ids;
    ++batch.files;
    batch.bytes += file.bytes;
    batch.outcomes << outcome;
}

QString Importer::commitBatch(Database &db, Batch &batch, ImportSummary &summary)
{
    QString error;
    if (batch.transaction) {
        try {
            if (!db.inTransaction())
                throw StoreError(Sift::tr("the database gave up the transaction"));
            batch.transaction->commit();
        } catch (const StoreError &e) {
            error = e.message();
        }
        batch.transaction.reset(); // rolls back what a failed commit left
    }
    if (!error.isEmpty()) {
        // Nothing of the batch was stored: the files it wrote failed after all.
        batch.ids.clear();
        for (FileOutcome &outcome : batch.outcomes) {
            if (outcome.error.isEmpty()) {
                outcome.error = Sift::tr("could not be stored: %1").arg(error);
                outcome.imported = 0;
                outcome.duplicates = 0;
            }
        }
    }
    summary.files << std::exchange(batch.outcomes, {});
    summary.newArticleIds << std::exchange(batch.ids, {});
    batch.files = 0;
    batch.bytes = 0;
    return error;
}

} // namespace sift
