#include "core/ingest/Importer.h"

#include "core/store/ArticleStore.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace sift {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sift", text);
}

class Cancelled
{
};

} // namespace

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
    QString out = tr("Imported %1 article(s), skipped %2 duplicate(s), %3 file(s) failed")
                      .arg(imported())
                      .arg(duplicates())
                      .arg(failed());
    if (cancelled)
        out += tr(" — cancelled before the end");
    out += QLatin1Char('\n');
    for (const FileOutcome &f : files) {
        if (!f.error.isEmpty())
            out += tr("  failed: %1: %2\n").arg(f.path, f.error);
        for (const QString &w : f.warnings)
            out += tr("  warning: %1: %2\n").arg(f.path, w);
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
        summary.files << FileOutcome{path, 0, 0, tr("no such file or folder"), {}};

    Store store;
    if (const QString error = store.open(m_projectPath, Store::OpenMode::ExistingOnly); !error.isEmpty()) {
        summary.projectError = error;
        Q_EMIT finished(summary);
        return summary;
    }
    ArticleStore articles(store.db());
    for (int i = 0; i < files.size(); ++i) {
        if (m_cancel) {
            summary.cancelled = true;
            break;
        }
        Q_EMIT progress(i, int(files.size()), files.at(i));
        try {
            summary.files << importFile(store.db(), articles, files.at(i), summary.newArticleIds);
        } catch (const Cancelled &) {
            summary.cancelled = true;
            break;
        } catch (const StoreError &e) {
            // The file's transaction rolled back; a project that cannot be written stops the whole run.
            summary.files << FileOutcome{files.at(i), 0, 0, tr("could not be stored: %1").arg(e.message()), {}};
            if (e.code() != 19 /* SQLITE_CONSTRAINT */) {
                summary.projectError = tr("The project could not be written: %1").arg(e.message());
                break;
            }
        }
    }
    Q_EMIT progress(int(files.size()), int(files.size()), QString());
    Q_EMIT finished(summary);
    return summary;
}

FileOutcome Importer::importFile(Database &db, ArticleStore &store, const QString &path, QList<qint64> &newIds)
{
    FileOutcome outcome;
    outcome.path = path;
    QFile file(path);
    if (file.size() > kMaxFileBytes) {
        outcome.error = tr("file too large (%1 MB; the limit is %2 MB)")
                            .arg(file.size() / (1024 * 1024))
                            .arg(kMaxFileBytes / (1024 * 1024));
        return outcome;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.error = tr("cannot read: %1").arg(file.errorString());
        return outcome;
    }
    ParseResult parsed =
        parseArticles(file.readAll(), QFileInfo(path).fileName(), m_options.format, m_options.fieldMap);
    outcome.warnings = parsed.warnings;
    if (!parsed.ok()) {
        outcome.error = parsed.error;
        return outcome;
    }
    const QString sourceFile = QFileInfo(path).fileName();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Article &article : parsed.articles) {
        article.sourceFile = sourceFile;
        article.importedAt = now;
    }
    QList<qint64> ids;
    Transaction tx(db);
    // Many rows to a statement (see ArticleStore::insertAll), still checking for Cancel between them.
    for (qsizetype first = 0; first < parsed.articles.size(); first += ArticleStore::kBatchRows) {
        if (m_cancel)
            throw Cancelled();
        ids << store.insertAll(parsed.articles.mid(first, ArticleStore::kBatchRows));
    }
    outcome.imported = int(ids.size());
    outcome.duplicates = int(parsed.articles.size() - ids.size());
    tx.commit();
    newIds << ids;
    return outcome;
}

} // namespace sift
