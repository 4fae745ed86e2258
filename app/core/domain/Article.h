#pragma once

#include "core/domain/PartialDate.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sift {

enum class ReviewState { New, InReview, Done };

QString reviewStateKey(ReviewState state); ///< "new", "in review", "done" — as stored
std::optional<ReviewState> reviewStateFromKey(const QString &key);
QString reviewStateLabel(ReviewState state); ///< translated, for display

/// A schema.org ClaimReview a web page published about a claim; the importer records it as a claim on the article.
struct ReviewedClaim {
    QString claimReviewed; ///< the claim's words
    QString claimant;      ///< itemReviewed.author name
    QString rating;        ///< reviewRating.alternateName as published ("Pants on Fire")
    QString ratingValue;   ///< as published; numbers may come as strings
    QString bestRating;
    QString worstRating;
    QString reviewer; ///< the fact-checker (ClaimReview author)
    QString reviewUrl;
    QString datePublished;
};

/// One news article as the analyst reads it: normalized plain text plus what is known about it.
struct Article {
    qint64 id = 0;
    QString uid;
    QString title;
    QString outlet;
    QString url;
    QString author;
    PartialDate published;
    QString language;
    QString body; ///< paragraphs separated by one blank line
    QStringList captions;
    QString sourceFile;
    QDateTime importedAt;
    ReviewState reviewState = ReviewState::New;
    QString notes;
    /// Fact-check reviews found in the source (not stored on the article row: they become claims on import).
    QList<ReviewedClaim> reviewedClaims;
};

/// The identity used to skip duplicates: the SHA-1 of the title and the body, each simplified, case-folded and
/// UTF-8 encoded (QString::simplified().toCaseFolded().toUtf8()), joined by U+001F. Stored in every project,
/// so this definition must never change.
QString articleUid(const QString &title, const QString &body);

} // namespace sift
