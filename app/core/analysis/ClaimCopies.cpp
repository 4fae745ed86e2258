#include "core/analysis/ClaimCopies.h"

#include "core/domain/TextSignature.h"
#include "core/store/ArticleStore.h"
#include "core/store/ClaimStore.h"
#include "core/store/SimilarStore.h"

namespace sift {

QList<ClaimInCopy> findClaimInCopies(Database &db, qint64 claimId)
{
    QList<ClaimInCopy> out;
    const std::optional<Claim> claim = ClaimStore(db).claim(claimId);
    if (!claim)
        return out;
    const ArticleStore articles(db);
    for (const StoryCopy &copy : SimilarStore(db).copies(claim->articleId)) {
        ClaimInCopy result{copy.articleId, copy.title, copy.outlet, copy.similarity};
        if (const auto range = findQuoteLoosely(articles.body(copy.articleId), claim->anchor.quote)) {
            result.found = true;
            result.start = range->first;
            result.end = range->second;
        }
        out << result;
    }
    return out;
}

} // namespace sift
