#include "core/export/ExportData.h"

#include "core/domain/TextOffsets.h"
#include "core/store/ArticleStore.h"
#include "core/store/ClaimStore.h"
#include "core/store/EntityStore.h"
#include "core/store/IncidentStore.h"
#include "core/store/VocabularyStore.h"

#include <QSet>

#include <algorithm>

namespace sift {

namespace {

QList<Article> loadArticles(Database &db, const ReportOptions &options)
{
    ArticleStore store(db);
    ArticleQuery query;
    query.from = options.from;
    query.to = options.to;
    query.sort = ArticleQuery::Sort::Published;
    const QSet<qint64> wanted(options.articleIds.cbegin(), options.articleIds.cend());
    QList<Article> out;
    for (qint64 id : store.ids(query)) {
        if (!wanted.isEmpty() && !wanted.contains(id))
            continue;
        if (std::optional<Article> a = store.article(id))
            out << std::move(*a);
    }
    return out;
}

/// Keeps claims whose anchor no longer lands on the quote usable: re-anchored when the quote is still in the text,
/// marked orphaned when it is not.
void checkAnchors(QList<Claim> &claims, const ExportData &data)
{
    for (Claim &c : claims) {
        const Article *a = data.article(c.articleId);
        if (!a || c.orphaned || ExportData::anchorHolds(c, a->body))
            continue;
        if (const std::optional<TextAnchor> moved = TextOffsets::reanchor(a->body, c.anchor))
            c.anchor = *moved;
        else
            c.orphaned = true;
    }
}

QList<Incident> loadIncidents(Database &db, const ReportOptions &options, const QList<Article> &articles,
                              const QList<Claim> &claims)
{
    IncidentStore store(db);
    const bool wholeProject = options.articleIds.isEmpty() && options.statuses.isEmpty() && options.claimIds.isEmpty();
    if (wholeProject) {
        IncidentFilter filter;
        filter.from = options.from;
        filter.to = options.to;
        filter.includeUndated = !options.from.isValid() && !options.to.isValid();
        return store.incidents(filter);
    }
    // A narrower scope keeps the incidents its claims or articles report.
    QSet<qint64> claimIds;
    for (const Claim &c : claims)
        claimIds.insert(c.id);
    QSet<qint64> articleIds;
    for (const Article &a : articles)
        articleIds.insert(a.id);
    QList<Incident> out;
    for (Incident &i : store.incidents()) {
        const bool viaClaim =
            std::any_of(i.claimIds.cbegin(), i.claimIds.cend(), [&](qint64 id) { return claimIds.contains(id); });
        const bool viaArticle =
            options.statuses.isEmpty() && options.claimIds.isEmpty() &&
            std::any_of(i.articleIds.cbegin(), i.articleIds.cend(), [&](qint64 id) { return articleIds.contains(id); });
        if (viaClaim || viaArticle)
            out << std::move(i);
    }
    return out;
}

QList<Entity> referencedEntities(Database &db, const QList<Article> &articles, const QList<Claim> &claims,
                                 const QList<Incident> &incidents)
{
    QSet<qint64> ids;
    for (const Claim &c : claims)
        ids << c.claimantId << c.reportedById;
    for (const Incident &i : incidents)
        ids << i.actor1Id << i.actor2Id;
    QSet<QString> outlets;
    for (const Article &a : articles) {
        if (!a.outlet.isEmpty())
            outlets.insert(a.outlet.toLower());
    }
    QList<Entity> out;
    for (Entity &e : EntityStore(db).all()) {
        bool named = outlets.contains(e.name.toLower());
        for (const QString &alias : e.aliases)
            named = named || outlets.contains(alias.toLower());
        if (ids.contains(e.id) || named)
            out << std::move(e);
    }
    return out;
}

} // namespace

ExportData ExportData::load(Database &db, const ReportOptions &options)
{
    ExportData data;
    data.statuses = VocabularyStore(db).statuses();
    ReportOptions scope = options;
    if (!options.claimIds.isEmpty() && options.articleIds.isEmpty()) {
        // A list of claims covers the articles that hold them, not every article with its text.
        ClaimFilter byId;
        byId.claimIds = options.claimIds;
        QSet<qint64> holding;
        for (const Claim &c : ClaimStore(db).claims(byId))
            holding.insert(c.articleId);
        scope.articleIds = holding.isEmpty() ? QList<qint64>{0} : QList<qint64>(holding.cbegin(), holding.cend());
    }
    data.articles = loadArticles(db, scope);

    ClaimFilter filter;
    filter.statuses = options.statuses;
    filter.claimIds = options.claimIds;
    for (const Article &a : data.articles)
        filter.articleIds << a.id;
    if (!data.articles.isEmpty())
        data.claims = ClaimStore(db).claims(filter);
    if (!options.statuses.isEmpty() || !options.claimIds.isEmpty()) {
        // A status filter (or a list of claims) asks for the articles that carry such claims.
        QSet<qint64> withClaims;
        for (const Claim &c : data.claims)
            withClaims.insert(c.articleId);
        data.articles.removeIf([&](const Article &a) { return !withClaims.contains(a.id); });
    }
    data.index();
    // Claims come ordered by article id; the report reads them in article order.
    std::stable_sort(data.claims.begin(), data.claims.end(), [&](const Claim &a, const Claim &b) {
        return data.m_articleIndex.value(a.articleId) < data.m_articleIndex.value(b.articleId);
    });
    checkAnchors(data.claims, data);

    data.incidents = loadIncidents(db, options, data.articles, data.claims);
    data.entities = referencedEntities(db, data.articles, data.claims, data.incidents);
    QSet<qint64> claimIds;
    for (const Claim &c : data.claims)
        claimIds.insert(c.id);
    for (const ClaimLink &l : ClaimStore(db).allLinks()) {
        if (claimIds.contains(l.fromClaim) && claimIds.contains(l.toClaim))
            data.links << l;
    }
    data.index();
    return data;
}

ExportData ExportData::fromParts(QList<Article> articles, QList<Claim> claims, QList<Entity> entities,
                                 QList<Incident> incidents, QList<ClaimLink> links, QList<Status> statuses)
{
    ExportData data;
    data.articles = std::move(articles);
    data.claims = std::move(claims);
    data.entities = std::move(entities);
    data.incidents = std::move(incidents);
    data.links = std::move(links);
    data.statuses = std::move(statuses);
    data.index();
    return data;
}

void ExportData::index()
{
    m_articleIndex.clear();
    for (int i = 0; i < articles.size(); ++i)
        m_articleIndex.insert(articles.at(i).id, i);
    m_entityIndex.clear();
    m_entityByName.clear();
    for (int i = 0; i < entities.size(); ++i) {
        const Entity &e = entities.at(i);
        m_entityIndex.insert(e.id, i);
        m_entityByName.insert(e.name.toLower(), i);
        for (const QString &alias : e.aliases)
            m_entityByName.insert(alias.toLower(), i);
    }
    m_claimsByArticle.clear();
    m_claimNumber.clear();
    for (int i = 0; i < claims.size(); ++i) {
        m_claimsByArticle[claims.at(i).articleId] << i;
        m_claimNumber.insert(claims.at(i).id, int(claims.at(i).id));
    }
}

const Article *ExportData::article(qint64 id) const
{
    const auto it = m_articleIndex.constFind(id);
    return it == m_articleIndex.cend() ? nullptr : &articles.at(*it);
}

const Entity *ExportData::entity(qint64 id) const
{
    const auto it = m_entityIndex.constFind(id);
    return it == m_entityIndex.cend() ? nullptr : &entities.at(*it);
}

const Entity *ExportData::entityNamed(const QString &nameOrAlias) const
{
    const auto it = m_entityByName.constFind(nameOrAlias.toLower());
    return it == m_entityByName.cend() ? nullptr : &entities.at(*it);
}

std::optional<Status> ExportData::status(const QString &name) const
{
    for (const Status &s : statuses) {
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QColor ExportData::statusColor(const QString &name) const
{
    const std::optional<Status> s = status(name);
    return s && s->color.isValid() ? s->color : QColor(0x8c, 0x8c, 0x8c);
}

TimelineData ExportData::timeline() const
{
    QList<IncidentStore::DatedRow> rows;
    int undated = 0;
    QDate first;
    QDate last;
    for (const Incident &i : incidents) {
        if (!i.eventDate.isValid()) {
            ++undated;
            continue;
        }
        rows << IncidentStore::DatedRow{i.eventDate.date, i.eventType, i.status};
        first = first.isValid() ? std::min(first, i.eventDate.date) : i.eventDate.date;
        last = last.isValid() ? std::max(last, i.eventDate.date) : i.eventDate.date;
    }
    return aggregate(rows, autoBin(first, last), StackBy::Type, {}, {}, undated);
}

bool ExportData::anchorHolds(const Claim &claim, const QString &body)
{
    return claim.anchor.end > claim.anchor.start &&
           TextOffsets::slice(body, claim.anchor.start, claim.anchor.end) == claim.anchor.quote;
}

} // namespace sift
