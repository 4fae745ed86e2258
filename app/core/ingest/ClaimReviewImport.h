#pragma once

#include "core/domain/Article.h"
#include "core/domain/Claim.h"
#include "core/domain/Status.h"

#include <QList>

#include <optional>

namespace sift {

class Database;

/// Turns the schema.org ClaimReviews a web page published into claims on the imported article: the reviewed
/// words (anchored in the body when they appear there), the claimant, and the publisher's rating mapped onto
/// the project's status vocabulary, with the rating as published kept in the claim's rationale.
class ClaimReviewImport final
{
public:
    /// The status a published rating stands for: the status whose name or ClaimReview alternateName it is,
    /// else the one its wording means ("Pants on Fire" -> False, "Half True" -> Misleading), else the one
    /// nearest its ratingValue on the 1–5 scale; nullopt when nothing says (the project default applies).
    static std::optional<Status> statusFor(const ReviewedClaim &review, const QList<Status> &statuses);
    /// "ClaimReview by PolitiFact, 2016-06-22: “Pants on Fire” (rating 1 of 6)".
    static QString rationale(const ReviewedClaim &review);
    /// Writes one claim per review on article `articleId`; call inside the import's transaction.
    static void store(Database &db, qint64 articleId, const Article &article);
};

} // namespace sift
