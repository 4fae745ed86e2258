#include "core/ingest/Importer.h"

#include "core/domain/Translation.h"
#include "core/ingest/ClaimReviewImport.h"
#include "core/store/ArticleStore.h"
#include "core/store/SimilarStore.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <future>
#include <optional>
#include <utility>

namespace sift {

namespace {

class Cancelled
{
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
        if (info.isDir()) {
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
    // Two stages: while one chunk of files is written, the next is read, parsed and hashed on a second thread.
    // That is a third or more of the work and needs no database, so on two cores it costs next to no time. Only
    // one chunk waits ahead, which keeps memory to two chunks' (a chunk is one big file or up to 1 MB of small ones).
    const auto prepareAsync = [this, &files](qsizetype first) {
        return std::async(std::launch::async, [this, &files, first] { return prepareChunk(files, first); });
    };
    std::future<QList<PreparedFile>> next;
    if (!files.isEmpty())
        next = prepareAsync(0);
    Batch batch;
    // Small files wait here, announced but unwritten, to be written together (storeGroup).
    QList<PreparedFile> group;
    qsizetype announced = 0;
    bool stop = false;
    const auto flush = [&] {
        return storeGroup(store.db(), articles, std::exchange(group, {}), batch, summary) && !summary.cancelled;
    };
    while (announced < files.size() && !stop) {
        QList<PreparedFile> chunk = next.get();
        if (announced + chunk.size() < files.size())
            next = prepareAsync(announced + chunk.size());
        for (PreparedFile &file : chunk) {
            if (!m_cancel)
                Q_EMIT progress(int(announced), int(files.size()), files.at(announced));
            ++announced;
            if (m_cancel) { // also when the file was read ahead of the Cancel, or skipped because of it
                summary.cancelled = true;
                stop = true;
                break;
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
    if (next.valid())
        next.wait(); // a chunk read ahead of a cancel or a failure is dropped
    Q_EMIT progress(int(files.size()), int(files.size()), QString());
    Q_EMIT finished(summary);
    return summary;
}

QList<Importer::PreparedFile> Importer::prepareChunk(const QStringList &files, qsizetype first) const
{
    QList<PreparedFile> chunk;
    qint64 bytes = 0;
    for (qsizetype i = first; i < files.size() && chunk.size() < kChunkFiles && bytes < kChunkBytes; ++i) {
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
    ParseResult parsed = parseArticles(file.readAll(), sourceFile, m_options.format, m_options.fieldMap);
    outcome.warnings = parsed.warnings;
    if (!parsed.ok()) {
        outcome.error = parsed.error;
        return prepared;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Article &article : parsed.articles) {
        article.sourceFile = sourceFile;
        article.importedAt = now;
        if (article.uid.isEmpty())
            article.uid = articleUid(article.title, article.body);
    }
    // Near-duplicate signatures (MinHash) are computed here, on the read-ahead thread, where they cost no wall time.
    prepared.signatures.reserve(parsed.articles.size());
    for (const Article &article : parsed.articles)
        prepared.signatures << TextSignature::of(article.body);
    prepared.articles = std::move(parsed.articles);
    prepared.bytes = file.size();
    return prepared;
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
            ++batch.files;
            batch.bytes += file.bytes;
        }
        batch.outcomes << outcome;
    }
    return true;
}

void Importer::storeFile(Database &db, ArticleStore &store, PreparedFile file, Batch &batch)
{
    FileOutcome outcome = std::move(file.outcome);
    if (outcome.error.isEmpty()) {
        if (!batch.transaction)
            batch.transaction.emplace(db);
        const QList<Article> &articles = file.articles;
        QList<qint64> ids;
        Savepoint savepoint(db);
        // Many rows to a statement (see ArticleStore::insertAll), still checking for Cancel between them.
        for (qsizetype first = 0; first < articles.size(); first += ArticleStore::kBatchRows) {
            if (first > 0 && m_cancel)
                throw Cancelled();
            const QList<qint64> chunk = store.insertEach(articles.mid(first, ArticleStore::kBatchRows));
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
        savepoint.release();
        outcome.imported = int(ids.size());
        outcome.duplicates = int(articles.size() - ids.size());
        batch.ids << ids;
        ++batch.files;
        batch.bytes += file.bytes;
    }
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
