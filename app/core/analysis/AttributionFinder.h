#pragma once

#include "core/domain/Claim.h"

#include <QHash>
#include <QList>
#include <QString>

namespace sift {

/// A span of an article body in Unicode code points, like a claim anchor; start < 0 = none.
struct AttributionSpan {
    qint64 start = -1;
    qint64 end = -1;
    QString text;
    bool isValid() const { return start >= 0 && end > start; }
};

/// One attributed statement found in an article: what was said, the reporting cue, who said it (and who relays
/// it), how firmly, and why the finder thinks so.
struct Suggestion {
    qint64 articleId = 0;
    AttributionSpan content; ///< what was said, without speaker and cue
    AttributionSpan cue;     ///< the reporting verb or phrase
    AttributionSpan speaker; ///< the mention in the text (a name, a role, a pronoun); invalid when source-less
    QString entity;          ///< the speaker resolved to a name (titles stripped, aliases and pronouns followed)
    QString reportedBy;      ///< the relaying outlet or wire, where the text says so
    Stance stance = Stance::Asserts;
    QString status; ///< suggested status name ("Unconfirmed", "Cannot be verified", "Disputed"); empty = default
    bool directQuote = false;
    double confidence = 0.0;
    QString rule;                       ///< the rule that fired, for the analyst and for debugging
    int contradicts = -1;               ///< index (into the same article's list) of the statement this one denies
    AttributionSpan contradictsContent; ///< that statement's content span, which outlives filtering
};

/// Finds attributed statements in plain text by rules: a sentence splitter, quotation regions, a lexicon of
/// reporting cues with their stance, speaker noun phrases on either side of the cue, and a short memory of
/// recent speakers for pronouns and surnames. No model; deterministic; thread-safe once built.
class AttributionFinder
{
public:
    AttributionFinder();
    /// Known entities: each alias (and each name) maps to its entity's name, matched case-insensitively.
    void addAlias(const QString &alias, const QString &name);

    QList<Suggestion> find(const QString &body) const;

private:
    QHash<QString, QString> m_aliases; ///< case-folded alias -> entity name
};

/// A stable key for a suggestion in its article (content position and text), used to remember rejections.
QString suggestionKey(const Suggestion &suggestion);

} // namespace sift
