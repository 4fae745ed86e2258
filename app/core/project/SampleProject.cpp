#include "core/project/SampleProject.h"

#include "core/domain/TextOffsets.h"
#include "core/domain/Translation.h"
#include "core/ingest/ArticleParser.h"
#include "core/store/ArticleStore.h"
#include "core/store/ClaimStore.h"
#include "core/store/EntityStore.h"
#include "core/store/IncidentStore.h"
#include "core/store/SimilarStore.h"
#include "core/store/Store.h"
#include "core/store/VocabularyStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sift::SampleProject {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

/// Everything the annotations refer to by name or key, resolved to ids as it is written.
struct Annotator {
    Database &db;
    ArticleStore articles = ArticleStore(db);
    ClaimStore claims = ClaimStore(db);
    EntityStore entities = EntityStore(db);
    IncidentStore incidents = IncidentStore(db);
    VocabularyStore vocabulary = VocabularyStore(db);
    QHash<QString, qint64> articleByTitle;
    QHash<QString, qint64> claimByKey;

    qint64 statusId(const QString &name)
    {
        if (name.isEmpty())
            return 0;
        const auto status = vocabulary.statusByName(name);
        if (!status)
            throw StoreError(Sift::tr("unknown status '%1'").arg(name));
        return status->id;
    }

    void applyArticles(const QJsonArray &list)
    {
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            const qint64 id = articleByTitle.value(o.value(QStringLiteral("title")).toString());
            if (!id)
                throw StoreError(Sift::tr("no article titled '%1'").arg(o.value(QStringLiteral("title")).toString()));
            using F = ArticleStore::Field;
            const QList<QPair<QString, F>> fields{{QStringLiteral("published"), F::Published},
                                                  {QStringLiteral("outlet"), F::Outlet},
                                                  {QStringLiteral("url"), F::Url},
                                                  {QStringLiteral("author"), F::Author},
                                                  {QStringLiteral("state"), F::ReviewState},
                                                  {QStringLiteral("notes"), F::Notes}};
            for (const auto &[key, field] : fields) {
                if (o.contains(key))
                    articles.setField(id, field, o.value(key).toString());
            }
        }
    }

    void applyEntities(const QJsonArray &list)
    {
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            Entity e;
            e.name = o.value(QStringLiteral("name")).toString();
            e.kind = o.value(QStringLiteral("kind")).toString();
            e.reliability = o.value(QStringLiteral("reliability")).toString();
            e.aliases = strings(o.value(QStringLiteral("aliases")));
            entities.insert(e);
        }
    }

    void applyClaims(const QJsonArray &list)
    {
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            const QString title = o.value(QStringLiteral("article")).toString();
            const qint64 articleId = articleByTitle.value(title);
            const QString quote = o.value(QStringLiteral("quote")).toString();
            const auto anchor = TextOffsets::anchorForQuote(articles.body(articleId), quote,
                                                            o.value(QStringLiteral("occurrence")).toInt(1));
            if (!articleId || !anchor)
                throw StoreError(Sift::tr("claim %1: quote not found in '%2'")
                                     .arg(o.value(QStringLiteral("key")).toString(), title));
            Claim c;
            c.articleId = articleId;
            c.anchor = *anchor;
            c.statement = o.value(QStringLiteral("statement")).toString();
            c.claimantId = entities.findOrCreate(o.value(QStringLiteral("claimant")).toString());
            c.reportedById = entities.findOrCreate(o.value(QStringLiteral("reported_by")).toString());
            c.stance = stanceFromKey(o.value(QStringLiteral("stance")).toString()).value_or(Stance::Asserts);
            c.statusId = statusId(o.value(QStringLiteral("status")).toString());
            c.credibility = o.value(QStringLiteral("credibility")).toInt();
            c.rationale = o.value(QStringLiteral("rationale")).toString();
            c.evidence = strings(o.value(QStringLiteral("evidence")));
            c.tags = strings(o.value(QStringLiteral("tags")));
            c.createdBy = QStringLiteral("sample");
            claimByKey.insert(o.value(QStringLiteral("key")).toString(), claims.insert(c));
        }
    }

    void applyLinks(const QJsonArray &list)
    {
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            const auto relation = claimRelationFromKey(o.value(QStringLiteral("relation")).toString());
            const qint64 from = claimByKey.value(o.value(QStringLiteral("from")).toString());
            const qint64 to = claimByKey.value(o.value(QStringLiteral("to")).toString());
            if (!relation || !from || !to)
                throw StoreError(Sift::tr("a claim link names an unknown claim or relation"));
            claims.addLink(ClaimLink{0, from, to, *relation});
        }
    }

    void applyIncidents(const QJsonArray &list)
    {
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            Incident i;
            i.eventDate.precision =
                datePrecisionFromKey(o.value(QStringLiteral("precision")).toString()).value_or(DatePrecision::Day);
            QDate date = QDate::fromString(o.value(QStringLiteral("event_date")).toString(), Qt::ISODate);
            // A period is stored as its first day, so it bins with its own month or week.
            if (i.eventDate.precision == DatePrecision::Month)
                date = QDate(date.year(), date.month(), 1);
            else if (i.eventDate.precision == DatePrecision::Week)
                date = date.addDays(1 - date.dayOfWeek());
            i.eventDate.date = date;
            i.eventType = o.value(QStringLiteral("event_type")).toString();
            i.subEventType = o.value(QStringLiteral("sub_event_type")).toString();
            i.actor1Id = entities.findOrCreate(o.value(QStringLiteral("actor1")).toString());
            i.actor2Id = entities.findOrCreate(o.value(QStringLiteral("actor2")).toString());
            i.country = o.value(QStringLiteral("country")).toString();
            i.admin1 = o.value(QStringLiteral("admin1")).toString();
            i.admin2 = o.value(QStringLiteral("admin2")).toString();
            i.location = o.value(QStringLiteral("location")).toString();
            if (o.contains(QStringLiteral("latitude")))
                i.latitude = o.value(QStringLiteral("latitude")).toDouble();
            if (o.contains(QStringLiteral("longitude")))
                i.longitude = o.value(QStringLiteral("longitude")).toDouble();
            i.geoPrecision = o.value(QStringLiteral("geo_precision")).toInt();
            if (o.contains(QStringLiteral("fatalities")))
                i.fatalities = o.value(QStringLiteral("fatalities")).toInt();
            i.notes = o.value(QStringLiteral("notes")).toString();
            i.statusId = statusId(o.value(QStringLiteral("status")).toString());
            for (const QString &key : strings(o.value(QStringLiteral("claims")))) {
                const qint64 claimId = claimByKey.value(key);
                if (!claimId)
                    throw StoreError(Sift::tr("an incident names an unknown claim '%1'").arg(key));
                i.claimIds << claimId;
                if (const auto c = claims.claim(claimId); c && !i.articleIds.contains(c->articleId))
                    i.articleIds << c->articleId;
            }
            incidents.insert(i);
        }
    }
};

} // namespace

QString applyAnnotations(Database &db, const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return Sift::tr("annotations are not valid JSON: %1").arg(parseError.errorString());
    try {
        Transaction tx(db);
        Annotator a{db};
        Statement titles(db, "SELECT id, title FROM article");
        while (titles.step())
            a.articleByTitle.insert(titles.text(1), titles.integer(0));
        a.applyArticles(root.value(QStringLiteral("articles")).toArray());
        a.applyEntities(root.value(QStringLiteral("entities")).toArray());
        a.applyClaims(root.value(QStringLiteral("claims")).toArray());
        a.applyLinks(root.value(QStringLiteral("links")).toArray());
        a.applyIncidents(root.value(QStringLiteral("incidents")).toArray());
        tx.commit();
    } catch (const StoreError &e) {
        return e.message();
    }
    return {};
}

namespace {

QString build(Store &store)
{
    const QDir corpus(QStringLiteral(":/sample"));
    try {
        Transaction tx(store.db());
        ArticleStore articles(store.db());
        for (const QString &name : corpus.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
            QFile file(corpus.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                return Sift::tr("the embedded sample corpus is missing %1").arg(name);
            ParseResult parsed = parseArticles(file.readAll(), name, InputFormat::Scraped);
            if (!parsed.ok())
                return Sift::tr("sample %1: %2").arg(name, parsed.error);
            for (Article &article : parsed.articles) {
                article.sourceFile = name;
                articles.insert(article);
            }
        }
        SimilarStore(store.db()).addMissing(); // its near-duplicate stories, as an import would file them
        tx.commit();
    } catch (const StoreError &e) {
        return e.message();
    }
    QFile annotations(corpus.filePath(QStringLiteral("annotations.json")));
    if (!annotations.open(QIODevice::ReadOnly))
        return Sift::tr("the embedded sample corpus has no annotations");
    return applyAnnotations(store.db(), annotations.readAll());
}

} // namespace

QString create(const QString &path)
{
    if (QFileInfo::exists(path))
        return Sift::tr("%1 already exists; the sample project is only created in a new file.").arg(path);
    Store store;
    if (const QString error = store.open(path, Store::OpenMode::CreateIfMissing); !error.isEmpty())
        return error;
    const QString error = build(store);
    if (!error.isEmpty()) {
        // Half a sample is worse than none: leave no file behind.
        store.close();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    return error;
}

} // namespace sift::SampleProject
