#include "core/ingest/ClaimReviewImport.h"

#include "core/domain/TextOffsets.h"
#include "core/domain/Translation.h"
#include "core/store/ClaimStore.h"
#include "core/store/EntityStore.h"
#include "core/store/VocabularyStore.h"

#include <cmath>

namespace sift {

namespace {

std::optional<Status> byName(const QList<Status> &statuses, const QString &name)
{
    for (const Status &s : statuses) {
        if (s.name.compare(name, Qt::CaseInsensitive) == 0 || s.alternateName.compare(name, Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

bool containsAny(const QString &text, std::initializer_list<const char *> words)
{
    for (const char *word : words) {
        if (text.contains(QLatin1String(word)))
            return true;
    }
    return false;
}

/// The seeded status a rating's wording means; the order matters ("mostly false" is not "false").
QString meaningOf(const QString &rating)
{
    const QString r = rating.simplified().toLower();
    if (containsAny(r, {"misleading", "missing context", "out of context", "half", "mixture", "mixed", "partly",
                        "partially", "mostly false", "exaggerat", "distort", "cherry", "spin"}))
        return QStringLiteral("Misleading");
    if (containsAny(r, {"unproven", "unverif", "unsupported", "no evidence", "unsubstantiated", "cannot be verified",
                        "can't be verified", "insufficient", "research in progress"}))
        return QStringLiteral("Cannot be verified");
    if (containsAny(r, {"disputed", "contested", "contradict"}))
        return QStringLiteral("Disputed");
    if (containsAny(r, {"pants on fire", "false", "fake", "incorrect", "wrong", "hoax", "fabricated", "not true",
                        "untrue", "scam", "debunked", "four pinocchios", "bogus"}))
        return QStringLiteral("False");
    if (containsAny(r, {"true", "correct", "accurate", "verified", "confirmed", "legit"}))
        return QStringLiteral("Verified");
    return {};
}

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

} // namespace

std::optional<Status> ClaimReviewImport::statusFor(const ReviewedClaim &review, const QList<Status> &statuses)
{
    if (!review.rating.isEmpty()) {
        if (auto status = byName(statuses, review.rating.simplified()))
            return status;
        const QString meaning = meaningOf(review.rating);
        if (!meaning.isEmpty()) {
            if (auto status = byName(statuses, meaning))
                return status;
        }
    }
    const std::optional<double> value = number(review.ratingValue);
    if (!value)
        return std::nullopt;
    const double best = number(review.bestRating).value_or(5);
    const double worst = number(review.worstRating).value_or(1);
    if (best <= worst || *value < worst || *value > best)
        return std::nullopt;
    const double scaled = 1 + 4 * (*value - worst) / (best - worst);
    std::optional<Status> nearest;
    for (const Status &s : statuses) {
        // Only statuses that take a side: "In progress" and the default say nothing about the rating.
        if (s.isDefault || s.ratingValue == 3)
            continue;
        if (!nearest || std::abs(s.ratingValue - scaled) < std::abs(nearest->ratingValue - scaled))
            nearest = s;
    }
    if (nearest && std::abs(nearest->ratingValue - scaled) <= 0.5)
        return nearest;
    return std::nullopt;
}

QString ClaimReviewImport::rationale(const ReviewedClaim &review)
{
    QString out =
        review.reviewer.isEmpty() ? Sift::tr("ClaimReview") : Sift::tr("ClaimReview by %1").arg(review.reviewer);
    if (!review.datePublished.isEmpty())
        out += QLatin1String(", ") + review.datePublished;
    out += QLatin1String(": ");
    out += review.rating.isEmpty() ? Sift::tr("no rating name") : QStringLiteral("\u201c%1\u201d").arg(review.rating);
    if (!review.ratingValue.isEmpty()) {
        out += QLatin1Char(' ');
        out += review.bestRating.isEmpty() ? Sift::tr("(rating %1)").arg(review.ratingValue)
                                           : Sift::tr("(rating %1 of %2)").arg(review.ratingValue, review.bestRating);
    }
    return out;
}

void ClaimReviewImport::store(Database &db, qint64 articleId, const Article &article)
{
    if (article.reviewedClaims.isEmpty())
        return;
    VocabularyStore vocabulary(db);
    const QList<Status> statuses = vocabulary.statuses();
    EntityStore entities(db);
    ClaimStore claims(db);
    for (const ReviewedClaim &review : article.reviewedClaims) {
        Claim claim;
        claim.articleId = articleId;
        claim.statement = review.claimReviewed;
        if (const auto anchor = TextOffsets::anchorForQuote(article.body, review.claimReviewed)) {
            claim.anchor = *anchor;
        } else {
            // The page words the claim differently from its text: kept, listed with the unanchored claims.
            claim.anchor.quote = review.claimReviewed;
            claim.orphaned = true;
        }
        claim.claimantId = entities.findOrCreate(review.claimant);
        if (const auto status = statusFor(review, statuses))
            claim.statusId = status->id;
        claim.rationale = rationale(review);
        if (!review.reviewUrl.isEmpty())
            claim.evidence << review.reviewUrl;
        claim.createdBy = QStringLiteral("import");
        claim.updatedBy = claim.createdBy;
        claims.insert(claim);
    }
}

} // namespace sift
