#pragma once

#include "core/domain/TextSignature.h"
#include "core/ingest/ArticleParser.h"

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
};

/// What became of one input file.
struct FileOutcome {
    QString path;
    int imported = 0;
    int duplicates = 0;
    QString error; ///< non-empty: nothing of this file was imported
    QStringList warnings;
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

    Importer(const QString &projectPath, const QStringList &paths, const ImportOptions &options = {},
             QObject *parent = nullptr);

    /// Files to import: the given files, and every regular file below the given folders (sorted, hidden skipped).
    static QStringList expandPaths(const QStringList &paths, QStringList *missing = nullptr);

    ImportSummary run();
    void cancel() { m_cancel = true; }

Q_SIGNALS:
    void progress(int filesDone, int filesTotal, const QString &currentFile);
    void finished(const sift::ImportSummary &summary);

private:
    /// A file read, decoded, parsed and hashed, ready to be written; no database is touched.
    struct PreparedFile {
        FileOutcome outcome;
        QList<Article> articles;
        QList<TextSignature> signatures; ///< one per article
        qint64 bytes = 0;
    };
    struct Batch;
    /// A chunk of files read ahead together: one big file, or small ones up to kChunkFiles / kChunkBytes.
    static constexpr qsizetype kChunkFiles = 256;
    static constexpr qint64 kChunkBytes = 1024 * 1024;
    PreparedFile prepareFile(const QString &path) const;
    QList<PreparedFile> prepareChunk(const QStringList &files, qsizetype first) const;
    /// Writes the files of a group; false when the project cannot be written (summary.projectError says why).
    bool storeGroup(class Database &db, class ArticleStore &store, QList<PreparedFile> group, Batch &batch,
                    ImportSummary &summary);
    /// The group's articles in one savepoint; false (and nothing written) when the database refused them.
    bool storeTogether(Database &db, ArticleStore &store, QList<PreparedFile> &group, Batch &batch);
    void storeFile(Database &db, ArticleStore &store, PreparedFile file, Batch &batch);
    static QString commitBatch(Database &db, Batch &batch, ImportSummary &summary);

    QString m_projectPath;
    QStringList m_paths;
    ImportOptions m_options;
    std::atomic_bool m_cancel = false;
    class SimilarStore *m_similar = nullptr; ///< valid while run() runs
};

} // namespace sift

Q_DECLARE_METATYPE(sift::ImportSummary)
