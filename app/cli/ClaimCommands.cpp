#include "CliContext.h"

#include "core/analysis/DateParser.h"
#include "core/domain/TextOffsets.h"
#include "core/domain/Translation.h"
#include "core/export/JsonCodec.h"
#include "core/project/Project.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace sift::cli {

namespace {

int helpOrUsage(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("help")) ? Ok : UsageError;
}

/// A project opened for editing: a refused edit prints the project's sentence and marks the run as failed.
class EditSession
{
public:
    explicit EditSession(CliContext &ctx)
        : m_ctx(ctx)
    {}

    bool open()
    {
        if (m_ctx.projectPath().isEmpty()) {
            m_ctx.usageError(Sift::tr("no project given (use -p FILE.sift)"));
            return false;
        }
        QString error;
        m_project = Project::open(m_ctx.projectPath(), &error);
        if (!m_project) {
            m_ctx.projectError(error);
            return false;
        }
        QObject::connect(m_project.get(), &Project::errorOccurred, m_project.get(), [this](const QString &message) {
            m_refused = true;
            m_ctx.projectError(message);
        });
        return true;
    }

    Project &project() { return *m_project; }
    int exitCode() const { return m_refused ? UsageError : Ok; }

private:
    CliContext &m_ctx;
    std::unique_ptr<Project> m_project;
    bool m_refused = false;
};

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

QString stanceKeys()
{
    QStringList keys;
    for (Stance s : allStances())
        keys << QLatin1Char('"') + stanceKey(s) + QLatin1Char('"');
    return keys.join(QStringLiteral(", "));
}

std::optional<Stance> parseStance(CliContext &ctx, const QString &text)
{
    const auto stance = stanceFromKey(text);
    if (!stance)
        ctx.usageError(Sift::tr("'%1' is not a stance; use one of %2").arg(text, stanceKeys()));
    return stance;
}

std::optional<Status> parseStatus(CliContext &ctx, Project &project, const QString &name)
{
    const auto status = project.vocabulary().statusByName(name.trimmed());
    if (!status) {
        QStringList names;
        for (const Status &s : project.vocabulary().statuses())
            names << s.name;
        ctx.usageError(Sift::tr("'%1' is not a status of this project; use one of: %2")
                           .arg(name, names.join(QStringLiteral(", "))));
    }
    return status;
}

/// 1–6 on the Admiralty scale; 0 or empty clears the rating.
std::optional<int> parseCredibility(CliContext &ctx, const QString &text)
{
    if (text.trimmed().isEmpty())
        return 0;
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 0 || value > 6) {
        ctx.usageError(Sift::tr("credibility is a number from 1 (confirmed) to 6 (cannot be judged), or 0 for none"));
        return std::nullopt;
    }
    return value;
}

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(QLatin1Char(','))) {
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    }
    return items;
}

QCommandLineOption valueOption(const char *name, const QString &description, const char *valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), description, QString::fromLatin1(valueName));
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), Sift::tr("Print JSON."));
}

QJsonObject claimJson(Project &project, const Claim &claim)
{
    QJsonObject o = JsonCodec::claim(claim);
    QJsonArray links;
    for (const ClaimLink &link : project.claims().links(claim.id))
        links.append(JsonCodec::claimLink(link));
    o.insert(QStringLiteral("links"), links);
    return o;
}

/// Finds the quote in the article body and explains why when it cannot.
std::optional<TextAnchor> anchorQuote(CliContext &ctx, const QString &body, qint64 articleId, const QString &quote,
                                      int occurrence)
{
    if (const auto anchor = TextOffsets::anchorForQuote(body, quote, occurrence))
        return anchor;
    const qsizetype found = quote.isEmpty() ? 0 : body.count(quote);
    if (found == 0)
        ctx.usageError(Sift::tr("quote not found in article %1").arg(articleId));
    else
        ctx.usageError(Sift::tr("occurrence %1 of the quote does not exist: it occurs %2 time(s) in article %3")
                           .arg(occurrence)
                           .arg(found)
                           .arg(articleId));
    return std::nullopt;
}

int claimAddCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    const auto article = valueOption("article", Sift::tr("The article the quote is in."), "ID");
    const auto quote = valueOption("quote", Sift::tr("The exact text of the claim in the article body."), "TEXT");
    const QCommandLineOption occurrence(QStringLiteral("occurrence"),
                                        Sift::tr("Which occurrence of the quote, when it appears more than once."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const auto claimant = valueOption("claimant", Sift::tr("Who makes the claim (created if new)."), "NAME");
    const auto reportedBy =
        valueOption("reported-by", Sift::tr("Who relays it, e.g. Reuters (created if new)."), "NAME");
    const auto stance = valueOption("stance",
                                    Sift::tr("asserts, denies, neither-confirms-nor-denies, declines-to-comment, "
                                             "reports."),
                                    "S");
    const auto status = valueOption("status", Sift::tr("A status of the project's vocabulary."), "S");
    const auto credibility = valueOption("credibility", Sift::tr("1 (confirmed) to 6 (cannot be judged)."), "N");
    const auto statement = valueOption("statement", Sift::tr("The analyst's paraphrase."), "TEXT");
    const auto note = valueOption("note", Sift::tr("A note on the claim."), "TEXT");
    parser.addOptions(
        {article, quote, occurrence, claimant, reportedBy, stance, status, credibility, statement, note, jsonOption()});
    if (!ctx.parse(parser, Sift::tr("Mark a claim in an article by quoting it.")))
        return helpOrUsage(parser);
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(Sift::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    const auto articleId = parseId(parser.value(article));
    if (!articleId)
        return ctx.usageError(Sift::tr("give the article with --article ID"));
    if (parser.value(quote).isEmpty())
        return ctx.usageError(Sift::tr("give the claim's text with --quote TEXT"));
    bool ok = false;
    const int nth = parser.value(occurrence).toInt(&ok);
    if (!ok || nth < 1)
        return ctx.usageError(Sift::tr("--occurrence takes a number from 1"));

    Claim claim;
    claim.articleId = *articleId;
    claim.claimant = parser.value(claimant).simplified();
    claim.reportedBy = parser.value(reportedBy).simplified();
    claim.statement = parser.value(statement);
    claim.note = parser.value(note);
    if (parser.isSet(stance)) {
        const auto s = parseStance(ctx, parser.value(stance));
        if (!s)
            return UsageError;
        claim.stance = *s;
    }
    if (parser.isSet(credibility)) {
        const auto c = parseCredibility(ctx, parser.value(credibility));
        if (!c)
            return UsageError;
        claim.credibility = *c;
    }

    EditSession session(ctx);
    if (!session.open())
        return UsageError;
    Project &project = session.project();
    if (parser.isSet(status)) {
        const auto s = parseStatus(ctx, project, parser.value(status));
        if (!s)
            return UsageError;
        claim.statusId = s->id;
    }
    if (!project.articles().exists(claim.articleId))
        return ctx.usageError(Sift::tr("no article with id %1").arg(claim.articleId));
    const auto anchor =
        anchorQuote(ctx, project.articles().body(claim.articleId), claim.articleId, parser.value(quote), nth);
    if (!anchor)
        return UsageError;
    claim.anchor = *anchor;

    const qint64 id = project.addClaim(claim);
    if (id == 0)
        return UsageError;
    if (parser.isSet(QStringLiteral("json"))) {
        if (const auto added = project.claims().claim(id))
            ctx.printJson(claimJson(project, *added));
    } else {
        ctx.out() << id << '\n';
    }
    return session.exitCode();
}

int claimListCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    const auto article = valueOption("article", Sift::tr("Only the claims of this article."), "ID");
    parser.addOptions({article, jsonOption()});
    if (!ctx.parse(parser, Sift::tr("List claims, by article and position.")))
        return helpOrUsage(parser);
    ClaimFilter filter;
    if (parser.isSet(article)) {
        const auto id = parseId(parser.value(article));
        if (!id)
            return ctx.usageError(Sift::tr("--article takes an article id"));
        filter.articleIds << *id;
    }
    if (ctx.projectPath().isEmpty())
        return ctx.usageError(Sift::tr("no project given (use -p FILE.sift)"));
    QString error;
    const auto project = Project::open(ctx.projectPath(), &error, Store::OpenMode::ReadOnly);
    if (!project)
        return ctx.projectError(error);
    if (!filter.articleIds.isEmpty() && !project->articles().exists(filter.articleIds.first()))
        return ctx.usageError(Sift::tr("no article with id %1").arg(filter.articleIds.first()));
    const QList<Claim> claims = project->claims().claims(filter);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Claim &c : claims)
            array.append(claimJson(*project, c));
        ctx.printJson(array);
        return Ok;
    }
    for (const Claim &c : claims) {
        ctx.out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\t\"%6\"\n")
                         .arg(c.id)
                         .arg(c.articleId)
                         .arg(c.status, stanceKey(c.stance), c.claimant.isEmpty() ? QStringLiteral("-") : c.claimant,
                              c.anchor.quote);
    }
    return Ok;
}

int claimSetCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    const auto statement = valueOption("statement", Sift::tr("The analyst's paraphrase."), "TEXT");
    const auto claimant = valueOption("claimant", Sift::tr("Who makes the claim; empty clears it."), "NAME");
    const auto reportedBy = valueOption("reported-by", Sift::tr("Who relays it; empty clears it."), "NAME");
    const auto stance = valueOption("stance",
                                    Sift::tr("asserts, denies, neither-confirms-nor-denies, declines-to-comment, "
                                             "reports."),
                                    "S");
    const auto status = valueOption("status", Sift::tr("A status of the project's vocabulary."), "S");
    const auto credibility =
        valueOption("credibility", Sift::tr("1 (confirmed) to 6 (cannot be judged); 0 clears it."), "N");
    const auto note = valueOption("note", Sift::tr("A note on the claim."), "TEXT");
    const auto rationale = valueOption("rationale", Sift::tr("Why the claim has its status."), "TEXT");
    const auto tags = valueOption("tags", Sift::tr("Comma-separated tags; replaces the claim's tags."), "a,b");
    const auto evidence =
        valueOption("evidence", Sift::tr("Comma-separated URLs; replaces the claim's evidence."), "url1,url2");
    parser.addOptions({statement, claimant, reportedBy, stance, status, credibility, note, rationale, tags, evidence});
    parser.addPositionalArgument(QStringLiteral("ID"), Sift::tr("The claim's id."));
    if (!ctx.parse(parser, Sift::tr("Change fields of a claim.")))
        return helpOrUsage(parser);
    const auto claimId = parseId(parser.positionalArguments().value(0));
    if (!claimId || parser.positionalArguments().size() != 1)
        return ctx.usageError(Sift::tr("give one claim id"));
    if (parser.optionNames().isEmpty())
        return ctx.usageError(Sift::tr("give at least one field to change, e.g. --status Verified"));

    // Check every value before the first write, so a bad option changes nothing.
    std::optional<Stance> newStance;
    if (parser.isSet(stance) && !(newStance = parseStance(ctx, parser.value(stance))))
        return UsageError;
    std::optional<int> newCredibility;
    if (parser.isSet(credibility) && !(newCredibility = parseCredibility(ctx, parser.value(credibility))))
        return UsageError;
    EditSession session(ctx);
    if (!session.open())
        return UsageError;
    Project &project = session.project();
    if (!project.claims().claim(*claimId))
        return ctx.usageError(Sift::tr("no claim with id %1").arg(*claimId));
    std::optional<Status> newStatus;
    if (parser.isSet(status) && !(newStatus = parseStatus(ctx, project, parser.value(status))))
        return UsageError;

    const qint64 id = *claimId;
    QList<std::function<bool()>> edits;
    auto text = [&](const QCommandLineOption &option, ClaimStore::Field field) {
        if (parser.isSet(option))
            edits << [&, field, value = parser.value(option)] { return project.setClaimField(id, field, value); };
    };
    auto entity = [&](const QCommandLineOption &option, ClaimStore::Field field) {
        if (parser.isSet(option))
            edits << [&, field, name = parser.value(option)] { return project.setClaimEntity(id, field, name); };
    };
    auto list = [&](const QCommandLineOption &option, ClaimStore::Field field) {
        if (parser.isSet(option))
            edits <<
                [&, field, items = splitList(parser.value(option))] { return project.setClaimField(id, field, items); };
    };
    text(statement, ClaimStore::Field::Statement);
    entity(claimant, ClaimStore::Field::Claimant);
    entity(reportedBy, ClaimStore::Field::ReportedBy);
    if (newStance)
        edits << [&] { return project.setClaimField(id, ClaimStore::Field::Stance, stanceKey(*newStance)); };
    if (newStatus)
        edits << [&] { return project.setClaimField(id, ClaimStore::Field::Status, newStatus->id); };
    if (newCredibility)
        edits << [&] { return project.setClaimField(id, ClaimStore::Field::Credibility, *newCredibility); };
    text(note, ClaimStore::Field::Note);
    text(rationale, ClaimStore::Field::Rationale);
    list(tags, ClaimStore::Field::Tags);
    list(evidence, ClaimStore::Field::Evidence);
    for (const auto &edit : edits) {
        if (!edit())
            return UsageError;
    }
    return session.exitCode();
}

int claimLinkCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    const auto relation = valueOption("relation", Sift::tr("contradicts, supports or repeats."), "R");
    parser.addOption(relation);
    parser.addPositionalArgument(QStringLiteral("FROM"), Sift::tr("The claim that contradicts, supports or repeats."));
    parser.addPositionalArgument(QStringLiteral("TO"), Sift::tr("The claim it relates to."));
    if (!ctx.parse(parser, Sift::tr("Link two claims; prints the link's id.")))
        return helpOrUsage(parser);
    const QStringList args = parser.positionalArguments();
    const auto from = parseId(args.value(0));
    const auto to = parseId(args.value(1));
    if (!from || !to || args.size() != 2)
        return ctx.usageError(Sift::tr("give two claim ids"));
    if (!parser.isSet(relation))
        return ctx.usageError(Sift::tr("give the relation with --relation contradicts|supports|repeats"));
    const auto rel = claimRelationFromKey(parser.value(relation));
    if (!rel)
        return ctx.usageError(
            Sift::tr("'%1' is not a relation; use contradicts, supports or repeats").arg(parser.value(relation)));
    EditSession session(ctx);
    if (!session.open())
        return UsageError;
    const qint64 linkId = session.project().addClaimLink(*from, *to, *rel);
    if (linkId == 0)
        return UsageError;
    ctx.out() << linkId << '\n';
    return session.exitCode();
}

/// The shared shape of "claim unlink ID" and "claim delete ID": one id, one removal, the id echoed.
int removeCommand(CliContext &ctx, const QString &synopsis, const QString &idHelp,
                  const std::function<bool(Project &, qint64)> &remove)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), idHelp);
    if (!ctx.parse(parser, synopsis))
        return helpOrUsage(parser);
    const auto id = parseId(parser.positionalArguments().value(0));
    if (!id || parser.positionalArguments().size() != 1)
        return ctx.usageError(Sift::tr("give one id"));
    EditSession session(ctx);
    if (!session.open())
        return UsageError;
    if (!remove(session.project(), *id))
        return UsageError;
    ctx.out() << *id << '\n';
    return session.exitCode();
}

int claimUnlinkCommand(CliContext &ctx)
{
    return removeCommand(ctx, Sift::tr("Remove a link between two claims."), Sift::tr("The link's id."),
                         [](Project &project, qint64 id) { return project.removeClaimLink(id); });
}

int claimDeleteCommand(CliContext &ctx)
{
    return removeCommand(ctx, Sift::tr("Delete a claim with its links."), Sift::tr("The claim's id."),
                         [](Project &project, qint64 id) { return project.removeClaim(id); });
}

/// The ISO form of a publication date: what the store takes as it is, else anything parseDate() reads.
std::optional<QString> publishedValue(const QString &text)
{
    if (partialDateFromUserText(text))
        return text.trimmed();
    if (const auto date = parseDate(text))
        return date->toIso();
    return std::nullopt;
}

int articleSetCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    const auto published = valueOption("published",
                                       Sift::tr("YYYY-MM-DD, YYYY-MM, YYYY, a date such as \"Dec. 26, 2024\", "
                                                "or \"unknown\"."),
                                       "DATE");
    const auto outlet = valueOption("outlet", Sift::tr("The outlet that published it."), "NAME");
    const auto url = valueOption("url", Sift::tr("The article's address."), "URL");
    const auto author = valueOption("author", Sift::tr("The byline."), "A");
    const auto title = valueOption("title", Sift::tr("The headline."), "T");
    const auto state = valueOption("state", Sift::tr("Review state: new, \"in review\" or done."), "S");
    const auto notes = valueOption("notes", Sift::tr("The analyst's notes."), "T");
    parser.addOptions({published, outlet, url, author, title, state, notes});
    parser.addPositionalArgument(QStringLiteral("ID"), Sift::tr("The article's id."));
    if (!ctx.parse(parser, Sift::tr("Change what is known about an article.")))
        return helpOrUsage(parser);
    const auto articleId = parseId(parser.positionalArguments().value(0));
    if (!articleId || parser.positionalArguments().size() != 1)
        return ctx.usageError(Sift::tr("give one article id"));
    if (parser.optionNames().isEmpty())
        return ctx.usageError(Sift::tr("give at least one field to change, e.g. --published 2025-03-16"));

    QList<QPair<ArticleStore::Field, QString>> edits;
    auto add = [&](const QCommandLineOption &option, ArticleStore::Field field) {
        if (parser.isSet(option))
            edits.append({field, parser.value(option)});
    };
    if (parser.isSet(published)) {
        const auto iso = publishedValue(parser.value(published));
        if (!iso)
            return ctx.usageError(
                Sift::tr("'%1' is not a date: use YYYY-MM-DD, YYYY-MM, YYYY, a date such as \"Dec. 26, 2024\", or "
                         "\"unknown\"")
                    .arg(parser.value(published)));
        edits.append({ArticleStore::Field::Published, *iso});
    }
    if (parser.isSet(state) && !reviewStateFromKey(parser.value(state)))
        return ctx.usageError(
            Sift::tr("'%1' is not a review state: new, \"in review\" or done").arg(parser.value(state)));
    add(outlet, ArticleStore::Field::Outlet);
    add(url, ArticleStore::Field::Url);
    add(author, ArticleStore::Field::Author);
    add(title, ArticleStore::Field::Title);
    add(state, ArticleStore::Field::ReviewState);
    add(notes, ArticleStore::Field::Notes);

    EditSession session(ctx);
    if (!session.open())
        return UsageError;
    Project &project = session.project();
    if (!project.articles().exists(*articleId))
        return ctx.usageError(Sift::tr("no article with id %1").arg(*articleId));
    for (const auto &[field, value] : edits) {
        if (!project.setArticleField(*articleId, field, value))
            return UsageError;
    }
    return session.exitCode();
}

} // namespace

QList<Command> claimCommands()
{
    return {
        {QStringLiteral("claim add"), Sift::tr("mark a claim in an article by its quote"), claimAddCommand},
        {QStringLiteral("claim list"), Sift::tr("list claims"), claimListCommand},
        {QStringLiteral("claim set"), Sift::tr("change fields of a claim"), claimSetCommand},
        {QStringLiteral("claim link"), Sift::tr("link two claims"), claimLinkCommand},
        {QStringLiteral("claim unlink"), Sift::tr("remove a link between claims"), claimUnlinkCommand},
        {QStringLiteral("claim delete"), Sift::tr("delete a claim"), claimDeleteCommand},
        {QStringLiteral("article set"), Sift::tr("change an article's date, outlet, state, …"), articleSetCommand},
    };
}

} // namespace sift::cli
