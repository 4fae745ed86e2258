#pragma once

#include "core/domain/Claim.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace sift {

/// The word lists behind AttributionFinder: reporting cues with their stance, and the small closed classes
/// (titles, roles, organisations, stop words) that delimit a speaker's noun phrase. All lower-case.
namespace AttributionLexicon {

enum class CueKind {
    Verb,        ///< a finite reporting verb with a subject: "said", "told", "denied"
    Participle,  ///< ", saying …", ", adding that …": the speaker is the sentence's earlier one
    AccordingTo, ///< "according to X"
    Stance,      ///< a phrase that is itself the stance: "declined to comment", "was unable to verify"
};

struct CueEntry {
    QStringList words;
    CueKind kind = CueKind::Verb;
    Stance stance = Stance::Asserts;
    QString status;               ///< suggested status name, empty = the project's default
    bool takesObject = false;     ///< "told reporters", "told Reuters"
    bool sourceless = false;      ///< may stand without a speaker
    bool weak = false;            ///< verbs of thinking or showing: lower confidence
    bool reportsIfOutlet = false; ///< an outlet as subject makes the stance "reports"
    bool needsComplement = false; ///< only with "that", a quote or a question word after it ("admitted", "found")
    bool infinitive = false;      ///< an intention with "to …" as its content: "wants to", "refused to"
    bool objectTo = false;        ///< only with an object and "to …": "expect the Fed to raise rates"
    bool quoteInClause = false;   ///< only when the clause quotes words: "called both men \u201Ccrazy\u201D"
    bool nameFirst = false;       ///< a judgement only when its object opens with a name: "mocked Rubio for …"
    bool nameObject = false;      ///< the content is the name or pronoun right after it: "endorsed Clinton"
    bool questionOnly = false;    ///< only before "whether/if/how/why/when/who/what": "did not say whether …"
};

/// The cue phrases whose first word is word, or nullptr.
const QList<CueEntry> *cuesStartingWith(const QString &word);
/// A cue for a verb outside the lexicon that takes a "that"-clause ("X conceded that …"): weak, needs "that".
const CueEntry &thatClauseCue();
/// The same for a participle after a comma: ", acknowledging that …".
const CueEntry &thatParticipleCue();
/// A past-tense verb outside the lexicon right after a quote and its speaker: '"…," Trump quipped.'
const CueEntry &quoteVerbCue();
/// A noun or adjective with a "that"-clause: "the claim that …", "allegations that …", "is convinced that …";
/// may stand without a speaker.
const CueEntry &nominalThatCue();
/// "In a Gallup poll released Monday, 52 percent …": "in" opening its sentence before a poll or survey, whose
/// clause after the comma is what the poll found (AttributionFinder checks the phrase).
const CueEntry &pollAdjunctCue();
/// "By the league's count, 40 clubs …": "by" opening its sentence before a count or an estimate, the same way.
const CueEntry &countAdjunctCue();
/// "To Ms. Ortiz, the ferry is a lifeline": "to" opening its sentence before a name or a pronoun whose view the
/// clause after the comma gives (AttributionFinder checks the phrase).
const CueEntry &viewpointCue();
bool isViewpointPronoun(const QString &w); ///< many, others, them, him, … ("To many, …")
bool isNominalCue(const QString &w);       ///< claim, allegations, fears, view, evidence, …
bool isBeliefAdjective(const QString &w);  ///< convinced, confident, worried, aware, …

bool isCueWord(const QString &w);       ///< any word that starts a finite cue
bool isStrongVerbCue(const QString &w); ///< said, says, told, … (for clause boundaries)
bool isParticipleCue(const QString &w); ///< saying, adding, noting, …
bool isAbbreviation(const QString &w);  ///< mr, dr, sen, gov, jan, … (no sentence break after "Mr.")
bool isTitleWord(const QString &w);     ///< president, minister, spokesman, sen, … (stripped from names)
bool isRoleWord(const QString &w);      ///< spokesman, official, aide, … (heads of speaker phrases)
bool isOrgWord(const QString &w);       ///< ministry, government, campaign, … (organisations)
bool isSpeakingNoun(const QString &w);  ///< lower-case heads that can speak: officials, sources, critics
bool isPollNoun(const QString &w);      ///< poll, polls, survey, surveys
bool isCountNoun(const QString &w);     ///< count, tally, estimate(s), measure(s), calculation(s), reckoning
bool isEvidenceNoun(const QString &w);  ///< poll, survey, study, report, data, … (what "shows" or "found")
bool isNameParticle(const QString &w);  ///< de, van, bin, al, …
bool isStopWord(const QString &w);      ///< words a speaker phrase never crosses
bool isDeterminer(const QString &w);    ///< the, a, his, …
bool isPronoun(const QString &w);       ///< he, she, they, it, we, i, you
bool isSkipAdverb(const QString &w);    ///< has, also, repeatedly, … between speaker and verb
bool isInnerAdverb(const QString &w);   ///< immediately, independently (inside stance phrases)
bool isAuxiliary(const QString &w);     ///< could, would, was, … (before a stance phrase)
bool isMonthOrDay(const QString &w);
bool isDayPart(const QString &w);       ///< morning, night, week, …
bool isVenueNoun(const QString &w);     ///< statement, interview, conference, … ("in a statement")
bool isListenerWord(const QString &w);  ///< reporters, journalists, … ("told reporters")
bool isListeningBody(const QString &w); ///< council, panel, court, … ("told the council Tuesday")
bool isViewVerb(const QString &w);      ///< sees, viewed, portrays, casting, … ("sees Clinton as the safer choice")
bool isWire(const QString &w);          ///< reuters, ap, afp, …
bool isOutletName(const QString &name); ///< a known outlet or a name like "… News", "… Times"
bool isNegation(const QString &w);      ///< not, neither, unable, …
bool isFalsityWord(const QString &w);   ///< untrue, false, baseless, …
bool isCopula(const QString &w);        ///< is, was, are, were, …
bool isFiniteVerb(const QString &w);    ///< is, has, could, might, …: a verb that shows a finite clause on its own
bool isTimeMeasure(const QString &w);   ///< years, shortly, moments, …: measures the time before "after/before/since"
bool isClauseBlocker(const QString &w); ///< to, about, in, …: a clause starting so is not what was said
bool isQuantifier(const QString &w);    ///< half, most, majority, … ("half of respondents said")
bool isQuestionWord(const QString &w);  ///< whether, if, how, why, … (a reported question)
bool isImpersonalReportVerb(
    const QString &w); ///< reported, revealed, said, …: "it was reported that …" (an impersonal passive)
bool isHeadConnective(
    const QString &w); ///< however, of course, indeed, …: may stand alone before a parenthetical "as …"
bool isPassiveReportVerb(
    const QString &w);           ///< reported, revealed, …: a passive report with its agent ("was first reported by")
bool isBeForm(const QString &w); ///< is, are, was, 's, be, …: the forms of "be"
bool isProgressiveCue(
    const QString &w); ///< saying, predicting, calling, …: a progressive that reports ("is predicting that")
bool isEvidenceVerb(const QString &w); ///< shows, found, revealed, …: what a poll or study does
bool isSubordinator(const QString &w); ///< when, after, because, although, …: opens a subordinate clause
bool isAsClauseVerb(const QString &w); ///< notes, explained, puts, …: "as X notes" (besides strong verbs)

/// Lower-case content words of four letters or more, minus words every statement and denial share ("said",
/// "statement", "untrue", …); "Azerbaijan's" counts as "azerbaijans" and "azerbaijan". What a denial and the
/// statement it answers have in common.
QSet<QString> contentWords(const QString &text);
/// Six-letter prefixes of the capitalised words (names) in a text: "Azerbaijan's" -> "azerba".
QStringList namePrefixes(const QString &text);
/// Whether a denial's content names what it answers as a statement: "the statement", "the claim", "the report", ….
bool refersToStatement(const QString &content);

} // namespace AttributionLexicon
} // namespace sift
