#include "CliContext.h"

#include "core/analysis/ClaimCopies.h"
#include "core/domain/Translation.h"
#include "core/store/ArticleStore.h"
#include "core/store/SimilarStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sift::cli {

namespace {

int similarCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("json"), Sift::tr("Print JSON.")));
    const QCommandLineOption claimOption(
        QStringLiteral("claim"), Sift::tr("Also search this claim's quote in each copy."), QStringLiteral("CLAIM"));
    parser.addOption(claimOption);
    parser.addPositionalArgument(QStringLiteral("ID"), Sift::tr("The article's id."));
    if (!ctx.parse(parser, Sift::tr("List the copies of an article's story (near-duplicate articles).")))
        return parser.isSet(QStringLiteral("help")) ? Ok : UsageError;
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (!ok || parser.positionalArguments().size() != 1)
        return ctx.usageError(Sift::tr("give one article id"));
    qint64 claimId = 0;
    if (parser.isSet(claimOption)) {
        claimId = parser.value(claimOption).toLongLong(&ok);
        if (!ok)
            return ctx.usageError(Sift::tr("give a claim id after --claim"));
    }
    Store store;
    if (!ctx.openProject(store, Store::OpenMode::ReadOnly))
        return UsageError;
    if (!ArticleStore(store.db()).exists(id))
        return ctx.usageError(Sift::tr("no article with id %1").arg(id));
    const SimilarStore similar(store.db());
    const QList<StoryCopy> copies = similar.copies(id);
    QList<ClaimInCopy> found;
    if (claimId)
        found = findClaimInCopies(store.db(), claimId);
    const auto foundIn = [&found](qint64 articleId) -> const ClaimInCopy * {
        for (const ClaimInCopy &c : found)
            if (c.articleId == articleId)
                return &c;
        return nullptr;
    };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const StoryCopy &c : copies) {
            QJsonObject o{{QStringLiteral("id"), c.articleId},
                          {QStringLiteral("title"), c.title},
                          {QStringLiteral("outlet"), c.outlet},
                          {QStringLiteral("similarity"), qRound(c.similarity * 1000) / 1000.0}};
            if (claimId) {
                const ClaimInCopy *hit = foundIn(c.articleId);
                o.insert(QStringLiteral("claim_found"), hit && hit->found);
            }
            array.append(o);
        }
        ctx.printJson(QJsonObject{{QStringLiteral("article"), id},
                                  {QStringLiteral("story"), similar.storyOf(id)},
                                  {QStringLiteral("copies"), array}});
        return Ok;
    }
    QTextStream &out = ctx.out();
    if (copies.isEmpty())
        out << Sift::tr("No copies of article %1 found.").arg(id) << '\n';
    for (const StoryCopy &c : copies) {
        out << QStringLiteral("%1\t%2\t%3\t%4").arg(c.articleId).arg(c.similarity, 0, 'f', 2).arg(c.outlet, c.title);
        if (claimId) {
            const ClaimInCopy *hit = foundIn(c.articleId);
            out << '\t' << (hit && hit->found ? Sift::tr("claim found") : Sift::tr("claim not found"));
        }
        out << '\n';
    }
    return Ok;
}

} // namespace

QList<Command> similarCommands()
{
    return {
        {QStringLiteral("similar"), Sift::tr("list the near-duplicate copies of an article"), similarCommand},
    };
}

} // namespace sift::cli
