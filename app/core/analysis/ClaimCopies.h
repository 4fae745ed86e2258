#pragma once

#include <QList>
#include <QString>

namespace sift {

class Database;

/// Where a claim's quote stands in one copy of the claim's story.
struct ClaimInCopy {
    qint64 articleId = 0;
    QString title;
    QString outlet;
    double similarity = 0;
    bool found = false;
    qsizetype start = 0; ///< UTF-16 offsets into the copy's body, when found
    qsizetype end = 0;
};

/// Searches the quote of a claim in every other copy of its article's story (SimilarStore), ignoring
/// differences of case, whitespace and quote marks (findQuoteLoosely). Most similar copies first.
QList<ClaimInCopy> findClaimInCopies(Database &db, qint64 claimId);

} // namespace sift
