#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sift {

enum class Stance { Asserts, Denies, NeitherConfirmsNorDenies, DeclinesToComment, Reports };
QString stanceKey(Stance stance);                        ///< as stored: "asserts", "neither confirms nor denies", …
std::optional<Stance> stanceFromKey(const QString &key); ///< also accepts "neither-confirms-nor-denies", "ncnd"
QString stanceLabel(Stance stance);
QList<Stance> allStances();

enum class ClaimRelation { Contradicts, Supports, Repeats };
QString claimRelationKey(ClaimRelation relation);
std::optional<ClaimRelation> claimRelationFromKey(const QString &key);
QString claimRelationLabel(ClaimRelation relation);

/// Where a claim sits in its article: code-point offsets into the body plus a W3C TextQuoteSelector.
struct TextAnchor {
    qint64 start = 0; ///< Unicode code points into Article::body
    qint64 end = 0;
    QString quote;
    QString prefix; ///< up to 32 code points before the quote
    QString suffix; ///< up to 32 code points after the quote
};

/// A statement inside an article: who says it, who relays it, how firmly, and whether it holds up.
struct Claim {
    qint64 id = 0;
    qint64 articleId = 0;
    TextAnchor anchor;
    bool orphaned = false;
    QString statement;
    qint64 claimantId = 0;
    QString claimant; ///< entity name, filled on read
    qint64 reportedById = 0;
    QString reportedBy;
    Stance stance = Stance::Asserts;
    qint64 statusId = 0;
    QString status;      ///< status name, filled on read
    int credibility = 0; ///< 1–6 (Admiralty), 0 = not rated
    QString rationale;
    QStringList evidence;
    QString note;
    QStringList tags;
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QString updatedBy;
};

struct ClaimLink {
    qint64 id = 0;
    qint64 fromClaim = 0;
    qint64 toClaim = 0;
    ClaimRelation relation = ClaimRelation::Contradicts;
};

} // namespace sift
