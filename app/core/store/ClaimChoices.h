#pragma once

#include <QList>
#include <QString>

namespace sift {

class Database;

/// One claim as a picker shows it: enough to recognise it without opening its article.
struct ClaimChoice {
    qint64 id = 0;
    qint64 articleId = 0;
    QString quote;
    QString claimant;
    QString articleTitle;
};

/// The claims a link picker offers: those whose quote, statement, claimant or article title contains every
/// word of text (case-insensitive), or whose id is text ("12" or "#12"); newest first, at most limit.
/// excludeId leaves one claim out (a claim is not linked to itself).
QList<ClaimChoice> findClaimChoices(Database &db, const QString &text, int limit, qint64 excludeId = 0);

} // namespace sift
