#include "core/analysis/AttributionFinder.h"

#include "core/analysis/AttributionLexicon.h"

#include <QCryptographicHash>
#include <QSet>

#include <algorithm>

namespace sift {

namespace {

using namespace AttributionLexicon;

enum class TokKind { Word, Punct, OpenQuote, CloseQuote };

struct Tok {
    int s = 0;
    int e = 0;
    TokKind kind = TokKind::Word;
    QString low;
    bool cap = false;
    int para = 0;
    int quote = -1; ///< the quotation region the token is inside (marks excluded)
};

struct QuoteRegion {
    int open = 0;  ///< token index of the opening mark
    int close = 0; ///< token index of the closing mark, or of the paragraph's last token when unclosed
    bool closed = false;
};

struct Sentence {
    int t0 = 0;
    int t1 = 0; ///< end, exclusive
};

/// A name seen in the text with its title, for resolving surnames, roles and pronouns.
struct Mention {
    int tok = 0;
    QString name;  ///< "Dmitry Peskov"
    QString title; ///< "Kremlin spokesman", lower-case
    QString last;  ///< "peskov"
    bool person = true;
};

struct Speaker {
    int a = -1;
    int b = -1; ///< token range [a, b)
    QString entity;
    bool person = false;
    bool org = false;
    QString head; ///< lower-case head noun for short references ("ministry")
    bool resolved = false;
};

/// "worried about": a state of mind and its object (a judgement's object as content).
const CueEntry &worriedAboutCue()
{
    static const CueEntry entry = [] {
        CueEntry e;
        e.words = {QStringLiteral("worried"), QStringLiteral("about")};
        e.kind = CueKind::Verb;
        e.weak = true;
        return e;
    }();
    return entry;
}

/// "cast doubt on", "expressed doubts that": a doubt raised or held (doubtPhraseEnd).
const CueEntry &doubtCue()
{
    static const CueEntry entry = [] {
        CueEntry e;
        e.words = {QStringLiteral("doubt")};
        e.kind = CueKind::Verb;
        e.weak = true;
        return e;
    }();
    return entry;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

class Analysis
{
public:
    Analysis(const QString &body, const QHash<QString, QString> &aliases)
        : m_body(body)
        , m_aliases(aliases)
    {}

    QList<Suggestion> run()
    {
        tokenize();
        splitSentences();
        collectMentions();
        detectDateline();
        for (int i = 0; i < m_sents.size(); ++i)
            analyseSentence(i);
        findTranscriptTurns();
        findColonQuotes();
        addContinuations();
        std::sort(m_out.begin(), m_out.end(),
                  [](const Raw &x, const Raw &y) { return x.c0 != y.c0 ? x.c0 < y.c0 : x.c1 < y.c1; });
        dropRestatedStatements();
        linkDenials();
        return toSuggestions();
    }

private:
    struct Raw {
        int c0 = 0, c1 = 0; ///< content, UTF-16
        int q0 = 0, q1 = 0; ///< cue, UTF-16
        int s0 = -1, s1 = -1;
        QString entity;
        QString reportedBy;
        Stance stance = Stance::Asserts;
        QString status;
        bool direct = false;
        double confidence = 0;
        QString rule;
        int contradicts = -1;
        int sentence = 0;
        int quote = -1;
        int quoteEnd = -1; ///< the last quote merged into this one
        int tokA = 0;      ///< first content token
        bool personSpeaker = false;
    };

    // ---- tokens ------------------------------------------------------------------------------------------
    void tokenize()
    {
        const int n = int(m_body.size());
        int para = 0;
        int openQuote = -1;
        m_toks.reserve(n / 5);
        auto closeOpenQuoteAtParagraphEnd = [&] {
            if (openQuote >= 0) {
                m_quotes[openQuote].close = int(m_toks.size()) - 1;
                m_quotes[openQuote].closed = false;
                openQuote = -1;
            }
        };
        int i = 0;
        while (i < n) {
            const QChar c = m_body.at(i);
            if (c == u'\n') {
                int j = i;
                int newlines = 0;
                while (j < n && m_body.at(j).isSpace()) {
                    if (m_body.at(j) == u'\n')
                        ++newlines;
                    ++j;
                }
                if (newlines >= 2) {
                    closeOpenQuoteAtParagraphEnd();
                    ++para;
                }
                i = j;
                continue;
            }
            if (c.isSpace()) {
                ++i;
                continue;
            }
            Tok t;
            t.s = i;
            t.para = para;
            if (isWordChar(c)) {
                int j = i + 1;
                while (j < n) {
                    const QChar d = m_body.at(j);
                    if (isWordChar(d)) {
                        ++j;
                    } else if (isApostrophe(d) && j + 1 < n && m_body.at(j + 1).isLetter()) {
                        // Possessive 's is its own token: "Armenia's defense ministry".
                        const bool possessive = (m_body.at(j + 1) == u's' || m_body.at(j + 1) == u'S') &&
                                                (j + 2 >= n || !isWordChar(m_body.at(j + 2)));
                        if (possessive)
                            break;
                        j += 2;
                    } else if ((d == u'-' || d == u'.') && j + 1 < n && isWordChar(m_body.at(j + 1)) &&
                               (d == u'-' || j - i == 1 || m_body.at(j - 2) == u'.')) {
                        j += 2; // hyphenated words; U.S. and a.m. stay one token
                    } else if (d == u'.' && j - i == 1 && m_body.at(i).isUpper() && j >= 2 &&
                               m_body.at(j - 2) == u'.') {
                        ++j;
                    } else if (d == u'.' && j >= 2 && m_body.at(j - 2) == u'.' && j - 1 > i) {
                        ++j; // the last dot of "U.S."
                        break;
                    } else {
                        break;
                    }
                }
                t.kind = TokKind::Word;
                t.low = m_body.mid(i, j - i).toLower();
                t.low.replace(u'\u2019', u'\'');
                // "Mrs." and "Sen." keep their dot, so neither a sentence nor a name ends there; nor "then-Sen.".
                const qsizetype hyphen = t.low.lastIndexOf(u'-');
                const bool titleAfterHyphen =
                    hyphen > 0 && m_body.at(i + hyphen + 1).isUpper() && isAbbreviation(t.low.mid(hyphen + 1));
                if (j < n && m_body.at(j) == u'.' && ((c.isUpper() && isAbbreviation(t.low)) || titleAfterHyphen) &&
                    !(j + 1 < n && m_body.at(j + 1) == u'\n'))
                    ++j;
                t.e = j;
                t.cap = c.isUpper();
                i = j;
            } else if (isApostrophe(c) && i + 1 < n && (m_body.at(i + 1) == u's' || m_body.at(i + 1) == u'S') &&
                       i > 0 && isWordChar(m_body.at(i - 1))) {
                t.e = i + 2;
                t.kind = TokKind::Word;
                t.low = QStringLiteral("'s");
                i += 2;
            } else if (c == u'\'' && openQuote >= 0 && i + 2 < n && m_body.at(i + 1) == u'\'' &&
                       m_body.at(i + 2) == u'\'') {
                // ''He told me, 'Go home,''' she said: three apostrophes close a quotation inside a quotation, the
                // first one the inner quote's, the last two the outer one's.
                t.e = i + 1;
                t.kind = TokKind::Punct;
                t.low = QString(c);
                i = t.e;
            } else if (c == u'"' || c == u'\u201C' || c == u'\u201D' || c == u'\u00AB' || c == u'\u00BB' ||
                       (c == u'\'' && i + 1 < n && m_body.at(i + 1) == u'\'')) {
                // '' (two apostrophes) is a straight double quote in some newspapers' text.
                t.e = c == u'\'' ? i + 2 : i + 1;
                bool opening = false;
                // ('“Apparently not,“ he said': a misprinted mark, glued to the word before it and followed by a space
                // while a quotation is open, closes it; '” … the train has left the station,” wrote the paper', 'said
                // he would ”get close”': one that opens a paragraph, or stands before a word after a space, with no
                // quotation open, opens one.)
                const bool gluedBefore = i > 0 && !m_body.at(i - 1).isSpace() && m_body.at(i - 1) != u'(' &&
                                         m_body.at(i - 1) != u'\u2014' && m_body.at(i - 1) != u'-';
                const bool spaceAfter = i + 1 >= n || m_body.at(i + 1).isSpace();
                if (c == u'\u201C' || c == u'\u00AB')
                    opening = !(c == u'\u201C' && openQuote >= 0 && gluedBefore && spaceAfter);
                else if (c == u'\u201D' || c == u'\u00BB')
                    opening =
                        openQuote < 0 && ((m_toks.isEmpty() || m_toks.last().para != para) ||
                                          (c == u'\u201D' && !gluedBefore && i + 1 < n && m_body.at(i + 1).isLetter()));
                else
                    opening = openQuote < 0;
                if (opening && openQuote >= 0) { // a second opening mark: the first quote was never closed
                    m_quotes[openQuote].close = int(m_toks.size()) - 1;
                    openQuote = -1;
                }
                if (!opening && openQuote < 0) { // a stray closing mark
                    t.kind = TokKind::Punct;
                    t.low = QString(c);
                    m_toks.append(t);
                    i = t.e;
                    continue;
                }
                t.kind = opening ? TokKind::OpenQuote : TokKind::CloseQuote;
                t.low = QString(c);
                if (opening) {
                    QuoteRegion q;
                    q.open = int(m_toks.size());
                    m_quotes.append(q);
                    openQuote = int(m_quotes.size()) - 1;
                    m_toks.append(t);
                } else {
                    m_quotes[openQuote].close = int(m_toks.size());
                    m_quotes[openQuote].closed = true;
                    openQuote = -1;
                    m_toks.append(t);
                }
                i = t.e;
                continue;
            } else {
                int j = i + 1;
                while (j < n && m_body.at(j) == c && (c == u'.' || c == u'-'))
                    ++j;
                // (A character outside the Basic Multilingual Plane is one token, never split between its two
                // halves: a span ending between them would not say what its code-point offsets say.)
                if (c.isHighSurrogate() && j < n && m_body.at(j).isLowSurrogate())
                    ++j;
                t.e = j;
                t.kind = TokKind::Punct;
                t.low = m_body.mid(i, j - i);
                i = j;
            }
            if (openQuote >= 0)
                t.quote = openQuote;
            m_toks.append(t);
        }
        closeOpenQuoteAtParagraphEnd();
        for (auto &q : m_quotes)
            if (q.close < q.open)
                q.close = q.open;
    }

    bool isSentenceEndPunct(const Tok &t) const
    {
        return t.kind == TokKind::Punct &&
               (t.low.startsWith(u'.') || t.low == u"!" || t.low == u"?" || t.low == u"\u2026");
    }

    void splitSentences()
    {
        const int n = int(m_toks.size());
        int start = 0;
        int parenOpen = -1; ///< an open "(" in this sentence: "(D-N.Y.)" does not end it
        for (int k = 0; k < n; ++k) {
            bool brk = false;
            int end = k + 1;
            if (m_toks[k].kind == TokKind::Punct && m_toks[k].low == u"(")
                parenOpen = k;
            else if (m_toks[k].kind == TokKind::Punct && m_toks[k].low == u")")
                parenOpen = -1;
            if (k + 1 < n && m_toks[k + 1].para != m_toks[k].para) {
                brk = true;
            } else if (parenOpen > start && k - parenOpen < 8) {
                brk = false;
            } else if (isSentenceEndPunct(m_toks[k])) {
                while (end < n && m_toks[end].para == m_toks[k].para &&
                       (m_toks[end].kind == TokKind::CloseQuote || m_toks[end].low == u")"))
                    ++end;
                if (end >= n || m_toks[end].para != m_toks[k].para) {
                    brk = true;
                } else {
                    const Tok &next = m_toks[end];
                    // ("… on stage. (She says the photo …)": a parenthesis opening with a capital after a full stop
                    // is a sentence of its own, the writer's aside.)
                    const bool asideOpens = next.kind == TokKind::Punct && next.low == u"(" && end + 1 < n &&
                                            m_toks[end + 1].para == next.para &&
                                            (m_toks[end + 1].kind == TokKind::OpenQuote ||
                                             (m_toks[end + 1].kind == TokKind::Word && m_toks[end + 1].cap));
                    const bool startsNew = next.kind == TokKind::OpenQuote || asideOpens ||
                                           (next.kind == TokKind::Word && (next.cap || next.low.at(0).isDigit()));
                    const bool abbreviation =
                        m_toks[k].low == u"." && k > start && m_toks[k - 1].kind == TokKind::Word &&
                        (isAbbreviation(m_toks[k - 1].low) || (m_toks[k - 1].low.size() == 1 && m_toks[k - 1].cap));
                    // "49.2 percent", "Factcheck.org": a period with a word glued to it ends nothing.
                    const bool glued =
                        end == k + 1 && next.kind == TokKind::Word && next.s == m_toks[k].e && m_toks[k].low == u".";
                    brk = startsNew && !abbreviation && !glued;
                }
            }
            if (brk || k + 1 == n) {
                const int stop = std::min(std::max(end, k + 1), n);
                m_sents.append({start, stop});
                for (int t = start; t < stop; ++t)
                    m_sentOf.append(int(m_sents.size()) - 1);
                start = stop;
                k = stop - 1;
                parenOpen = -1;
            }
        }
    }

    // ---- names ------------------------------------------------------------------------------------------
    void collectMentions()
    {
        const int n = int(m_toks.size());
        int k = 0;
        while (k < n) {
            if (m_toks[k].kind != TokKind::Word || !m_toks[k].cap) {
                ++k;
                continue;
            }
            int j = k;
            while (j < n && m_toks[j].kind == TokKind::Word && (m_toks[j].cap || isNameParticle(m_toks[j].low)) &&
                   m_toks[j].para == m_toks[k].para)
                ++j;
            // Title words inside the capitalised run ("US President Donald Trump") end where the name starts.
            int nameStart = k;
            for (int t = k; t < j; ++t)
                if (isTitleWord(m_toks[t].low))
                    nameStart = t + 1;
            // A run at the start of a sentence may begin with an ordinary word ("But Kremlin ...").
            while (nameStart < j && isStopWord(m_toks[nameStart].low))
                ++nameStart;
            int titleStart = k;
            while (titleStart > 0 && m_toks[titleStart - 1].kind == TokKind::Word &&
                   (isRoleWord(m_toks[titleStart - 1].low) || m_toks[titleStart - 1].cap) && k - titleStart < 4 &&
                   m_toks[titleStart - 1].para == m_toks[k].para)
                --titleStart;
            const int nameLen = j - nameStart;
            if (nameLen >= 2 && nameLen <= 4 && !hasOrgWord(nameStart, j) && !isMonthOrDay(m_toks[nameStart].low)) {
                Mention m;
                m.tok = nameStart;
                m.name = text(nameStart, j);
                m.title = titleStart < nameStart ? text(titleStart, nameStart).toLower() : QString();
                m.last = m_toks[j - 1].low;
                m_mentions.append(m);
            }
            k = j;
        }
    }

    bool hasOrgWord(int a, int b) const
    {
        for (int t = a; t < b; ++t)
            if (isOrgWord(m_toks[t].low))
                return true;
        return false;
    }

    void detectDateline()
    {
        // "MOSCOW (Reuters) -" or "WASHINGTON (AP) —" at the start of the body: a wire credit for the article.
        const int limit = std::min<int>(int(m_toks.size()), 12);
        for (int k = 0; k + 2 < limit; ++k) {
            if (m_toks[k].para != 0)
                break;
            if (m_toks[k].low == u"(" && m_toks[k + 2].low == u")" && m_toks[k + 1].kind == TokKind::Word &&
                isWire(m_toks[k + 1].low)) {
                m_wire = text(k + 1, k + 2);
                return;
            }
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------
    QString text(int a, int b) const
    {
        if (a >= b)
            return {};
        return m_body.mid(m_toks[a].s, m_toks[b - 1].e - m_toks[a].s);
    }

    bool isWordAt(int k, const char16_t *w) const
    {
        return k >= 0 && k < int(m_toks.size()) && m_toks[k].kind == TokKind::Word && m_toks[k].low == w;
    }

    bool isPunctAt(int k, const char16_t *p) const
    {
        return k >= 0 && k < int(m_toks.size()) && m_toks[k].kind == TokKind::Punct && m_toks[k].low == p;
    }

    /// "Mr. Bush pointedly rejected …", "Fiorina routinely characterizes …": a lower-case word in -ly right after a
    /// name is a manner adverb before the verb, not part of the speaker (save the few nouns in -ly: "the Rossi
    /// family").
    bool mannerAdverbAfterName(int k, int s0) const
    {
        static const QSet<QString> nouns{
            QStringLiteral("family"), QStringLiteral("assembly"), QStringLiteral("rally"),   QStringLiteral("ally"),
            QStringLiteral("supply"), QStringLiteral("monopoly"), QStringLiteral("anomaly"), QStringLiteral("bully"),
            QStringLiteral("italy"),  QStringLiteral("reply")};
        const Tok &t = m_toks[k];
        return t.kind == TokKind::Word && !t.cap && t.quote < 0 && t.low.size() > 4 && t.low.endsWith(u"ly") &&
               !nouns.contains(t.low) && k - 1 >= s0 && m_toks[k - 1].kind == TokKind::Word && m_toks[k - 1].cap &&
               m_toks[k - 1].quote < 0 && !isStopWord(m_toks[k - 1].low) && !isPronoun(m_toks[k - 1].low);
    }

    /// Temporal and manner words between a speaker and its verb, or after the verb: "on Sunday", "repeatedly".
    int skipAdverbialsLeft(int k, int s0) const
    {
        while (k >= s0 && m_toks[k].kind == TokKind::Word) {
            const QString &w = m_toks[k].low;
            if (isSkipAdverb(w) || mannerAdverbAfterName(k, s0)) {
                --k;
            } else if ((isMonthOrDay(w) || isDayPart(w)) && k - 1 >= s0) {
                int j = k - 1;
                while (j >= s0 && (isMonthOrDay(m_toks[j].low) || isDayPart(m_toks[j].low)))
                    --j;
                if (j >= s0 && (m_toks[j].low == u"on" || m_toks[j].low == u"in" || m_toks[j].low == u"last" ||
                                m_toks[j].low == u"this"))
                    k = j - 1;
                else
                    break;
            } else {
                break;
            }
        }
        return k;
    }

    /// The "that" after a short phrase of plain words closed by a comma, starting at a (", per a translator, that"),
    /// or -1: no quotation, cue word, subject pronoun, copula or auxiliary inside (those would be a clause of their
    /// own: ", he said in an interview, that"), at most ten words, and a clause after "that".
    int setOffPhraseEnd(int a, int s1) const
    {
        for (int t = a; t < s1 && t - a <= 10; ++t) {
            const Tok &w = m_toks[t];
            if (w.kind == TokKind::Punct && w.low == u",") {
                if (t == a || t + 2 >= s1 || !isWordAt(t + 1, u"that"))
                    return -1;
                const Tok &n = m_toks[t + 2];
                if ((n.kind != TokKind::Word && n.kind != TokKind::OpenQuote) ||
                    (n.kind == TokKind::Word && (isCopula(n.low) || isAuxiliary(n.low))))
                    return -1;
                return t + 1;
            }
            if (w.kind != TokKind::Word || w.quote >= 0 || isCueWord(w.low) || isPronoun(w.low) || isCopula(w.low) ||
                isAuxiliary(w.low) || w.low == u"that")
                return -1;
        }
        return -1;
    }

    int skipAdverbialsRight(int k, int s1) const
    {
        for (int guard = 0; guard < 6 && k < s1; ++guard) {
            const QString &w = m_toks[k].low;
            // "said, however, that …", "told POLITICO, though, that …": a connective set off before the clause.
            if (w == u"," && k + 3 < s1 && isPunctAt(k + 2, u",") && isWordAt(k + 3, u"that") &&
                (isWordAt(k + 1, u"however") || isWordAt(k + 1, u"though") || isWordAt(k + 1, u"too") ||
                 isWordAt(k + 1, u"also") || isWordAt(k + 1, u"instead") || isWordAt(k + 1, u"meanwhile"))) {
                k += 3;
                continue;
            }
            // "said, without evidence, that …", "testified, for example, that …", "stated, while testifying
            // before Congress, that …": a longer phrase of the writer's set off by commas before the clause.
            if (w == u",") {
                if (const int t = setOffPhraseEnd(k + 1, s1); t > 0) {
                    k = t;
                    continue;
                }
            }
            if (m_toks[k].kind != TokKind::Word)
                break;
            if (isSkipAdverb(w) && w != u"that") {
                ++k;
                continue;
            }
            if (isMonthOrDay(w) && w != u"may") { // "said Monday", "said Wednesday morning"
                ++k;
                while (k < s1 && (isDayPart(m_toks[k].low) || m_toks[k].low.at(0).isDigit()))
                    ++k;
                continue;
            }
            // '"…," he said in his victory speech that night.', "told reporters that morning that …": "that" + a
            // part of the day is a time, not the "that" of a clause ("said that night shifts would end" goes on
            // with a noun, "said that week was hard" with a verb).
            if (w == u"that") {
                int j = k + 1;
                if (isWordAt(j, u"same"))
                    ++j;
                if (j + 1 < s1 && m_toks[j].kind == TokKind::Word && m_toks[j].quote < 0 && isDayPart(m_toks[j].low) &&
                    !m_toks[j].low.endsWith(u's') && m_toks[j].low != u"ago") {
                    const Tok &n = m_toks[j + 1];
                    if ((n.kind == TokKind::Punct && n.quote < 0) ||
                        (n.kind == TokKind::Word && n.quote < 0 &&
                         (n.low == u"that" || n.low == u"in" || n.low == u"at" || n.low == u"on" || n.low == u"to" ||
                          n.low == u"during" || n.low == u"after" || n.low == u"before"))) {
                        k = j + 1;
                        continue;
                    }
                }
            }
            if ((w == u"on" || w == u"in" || w == u"last" || w == u"this" || w == u"earlier" || w == u"late") &&
                k + 1 < s1 && (isMonthOrDay(m_toks[k + 1].low) || isDayPart(m_toks[k + 1].low))) {
                k += 2;
                while (k < s1 && (isMonthOrDay(m_toks[k].low) || isDayPart(m_toks[k].low) ||
                                  (m_toks[k].kind == TokKind::Word && m_toks[k].low.at(0).isDigit())))
                    ++k;
                continue;
            }
            // "in a statement", "in an interview", "at a news conference", "on a conference call", "to reporters"
            if ((w == u"in" || w == u"at" || w == u"on" || w == u"during" || w == u"to" || w == u"via") && k + 1 < s1) {
                int j = k + 1;
                if (j < s1 && isDeterminer(m_toks[j].low))
                    ++j;
                int span = 0;
                while (j < s1 && span < 3 && m_toks[j].kind == TokKind::Word && !isVenueNoun(m_toks[j].low)) {
                    ++j;
                    ++span;
                }
                if (j < s1 && isVenueNoun(m_toks[j].low)) {
                    // ("in a video message", "on a conference call": a venue noun may qualify another.)
                    while (j + 1 < s1 && m_toks[j + 1].kind == TokKind::Word && m_toks[j + 1].quote < 0 &&
                           isVenueNoun(m_toks[j + 1].low) && !isListenerWord(m_toks[j + 1].low))
                        ++j;
                    k = j + 1;
                    // "in an interview with CNN", "in a statement on Monday"
                    if (k + 1 < s1 && (m_toks[k].low == u"with" || m_toks[k].low == u"from")) {
                        int m = k + 1;
                        while (m < s1 && m_toks[m].kind == TokKind::Word &&
                               (m_toks[m].cap || m_toks[m].low == u"the") && m - k < 5)
                            ++m;
                        if (m > k + 1)
                            k = m;
                    }
                    // ("in a video message to the convention.": its audience, when the sentence ends there.)
                    if (k + 2 < s1 && (m_toks[k].low == u"to" || m_toks[k].low == u"for") &&
                        isDeterminer(m_toks[k + 1].low)) {
                        int m = k + 2;
                        while (m < s1 && m - k < 5 && m_toks[m].kind == TokKind::Word && m_toks[m].quote < 0 &&
                               !isStopWord(m_toks[m].low) && !isCueWord(m_toks[m].low))
                            ++m;
                        if (m > k + 2 && (m == s1 || isSentenceEndPunct(m_toks[m])))
                            k = m;
                    }
                    continue;
                }
            }
            break;
        }
        return k;
    }

    /// The words from s0 to the comma before a trailing speaker read as a statement of their own: no colon or
    /// semicolon, no other verb of saying, and a last stretch after any inner comma of three words or more that
    /// opens no subordinate clause ("Friday morning, as the parade went by, the paper reported on Sunday" sets
    /// the scene; "Besides China, Vietnam, Malaysia, …" lists names).
    bool headIsStatement(int s0, int comma) const
    {
        int last = s0;
        for (int t = s0; t < comma; ++t) {
            const Tok &w = m_toks[t];
            if (w.quote >= 0 || w.kind == TokKind::OpenQuote || w.kind == TokKind::CloseQuote)
                continue;
            if (w.kind == TokKind::Punct && (w.low == u":" || w.low == u";"))
                return false;
            if (w.kind == TokKind::Punct && (w.low == u"," || isDash(w)))
                last = t + 1;
            if (w.kind == TokKind::Word && !w.cap && isStrongVerbCue(w.low))
                return false;
        }
        int words = 0;
        for (int t = last; t < comma; ++t)
            words += m_toks[t].kind == TokKind::Word;
        return words >= 3 &&
               !(m_toks[last].kind == TokKind::Word && (isSubordinator(m_toks[last].low) || m_toks[last].low == u"as"));
    }

    /// "The ferry will run, the council said in its 2019 report.", "…, Politico reported in 2015.", "…, she said
    /// Monday on WNYC's "The Takeaway."": a phrase of time, place or manner trailing the cue (k is the first
    /// token after it and whatever skipAdverbialsRight passed over), after which the sentence ends (or a comma,
    /// semicolon or dash closes the attribution). Not when the phrase holds "that", a verb of its own or a
    /// quotation other than a short title ("said in 2015 the ferry would close" reports what follows).
    bool trailingPhraseEnds(int k, int s1, bool listener = false) const
    {
        if (k >= s1 || m_toks[k].kind != TokKind::Word || m_toks[k].quote >= 0)
            return false;
        // ("…, the mayor told a council panel on Tuesday.", "…, told the council Tuesday.": after "told", its
        // listener, a few words, opens the phrase.)
        if (listener && (isDeterminer(m_toks[k].low) || m_toks[k].cap || isListenerWord(m_toks[k].low)) &&
            !isPronoun(m_toks[k].low)) {
            // (A name, or a word for an audience or a body: "told a joke." has its object.)
            bool named = m_toks[k].cap || (isListenerWord(m_toks[k].low) && !isDeterminer(m_toks[k].low));
            for (int t = k + 1; t < s1 && t - k <= 6; ++t) {
                const Tok &w = m_toks[t];
                if (w.kind == TokKind::Punct && w.quote < 0 && (isSentenceEndPunct(w) || w.low == u","))
                    return named && (w.low != u"," || t + 1 >= s1 ||
                                     (m_toks[t + 1].kind != TokKind::OpenQuote && m_toks[t + 1].quote < 0 &&
                                      !isWordAt(t + 1, u"that")));
                named =
                    named || (w.kind == TokKind::Word && (w.cap || isListenerWord(w.low) || isListeningBody(w.low)));
                if (w.kind != TokKind::Word || w.quote >= 0 || w.low == u"that" || isCopula(w.low) ||
                    isAuxiliary(w.low) || isFiniteVerb(w.low) || isCueWord(w.low) || isDeterminer(w.low) ||
                    isPronoun(w.low))
                    return false;
                if (isMonthOrDay(w.low) || (isStopWord(w.low) && !isDeterminer(w.low)))
                    return named && trailingPhraseEnds(t, s1);
            }
            return false;
        }
        static const QSet<QString> openers{
            QStringLiteral("in"),      QStringLiteral("on"),     QStringLiteral("at"),    QStringLiteral("during"),
            QStringLiteral("from"),    QStringLiteral("with"),   QStringLiteral("via"),   QStringLiteral("for"),
            QStringLiteral("after"),   QStringLiteral("before"), QStringLiteral("while"), QStringLiteral("through"),
            QStringLiteral("since"),   QStringLiteral("over"),   QStringLiteral("near"),  QStringLiteral("outside"),
            QStringLiteral("inside"),  QStringLiteral("amid"),   QStringLiteral("last"),  QStringLiteral("this"),
            QStringLiteral("earlier"), QStringLiteral("late")};
        const QString &first = m_toks[k].low;
        if (!openers.contains(first) && !isMonthOrDay(first) && !isDayPart(first))
            return false;
        for (int t = k; t < s1; ++t) {
            const Tok &w = m_toks[t];
            if (w.kind == TokKind::Punct && w.quote < 0 && (isSentenceEndPunct(w) || w.low == u"," || isDash(w))) {
                // ('said Thursday on Twitter, "We have …"': not before the quotation the phrase leads into, unless
                // that is a short title ending the sentence: "said in his memoir, "A Long Road."")
                if (t == k)
                    return false;
                // (Nor before "that": "It matters, she said in an interview, that the town …".)
                if (w.low != u"," || t + 1 >= s1 ||
                    (m_toks[t + 1].kind != TokKind::OpenQuote && m_toks[t + 1].quote < 0))
                    return !isWordAt(t + 1, u"that");
                const int q = quoteStartingAt(t + 1, s1);
                return q >= 0 && m_quotes[q].closed && m_quotes[q].close - m_quotes[q].open <= 7 &&
                       m_quotes[q].open + 1 < m_quotes[q].close && m_toks[m_quotes[q].open + 1].cap &&
                       (m_quotes[q].close + 1 >= s1 || isSentenceEndPunct(m_toks[m_quotes[q].close + 1]) ||
                        (m_toks[m_quotes[q].close - 1].kind == TokKind::Punct &&
                         isSentenceEndPunct(m_toks[m_quotes[q].close - 1])));
            }
            if (w.kind == TokKind::OpenQuote) {
                const int q = quoteStartingAt(t, s1);
                if (q < 0 || !m_quotes[q].closed || m_quotes[q].close - m_quotes[q].open > 7 ||
                    m_quotes[q].open + 1 >= m_quotes[q].close || !m_toks[m_quotes[q].open + 1].cap)
                    return false;
                t = m_quotes[q].close;
                continue;
            }
            // (Other marks, "; rather, …", "(…)", end no phrase of time or place.)
            if (w.kind == TokKind::Punct && w.low != u"-" && w.low != u"&" && w.low != u"/")
                return false;
            if (w.kind != TokKind::Word)
                continue;
            if (w.quote >= 0 || w.low == u"that" || isCopula(w.low) || isAuxiliary(w.low) || isFiniteVerb(w.low) ||
                isStrongVerbCue(w.low))
                return false;
        }
        return true;
    }

    // ---- speakers ---------------------------------------------------------------------------------------
    /// The noun phrase that ends just before token k (exclusive), within [s0, k).
    Speaker speakerLeft(int end, int s0, bool strongCue = false) const
    {
        Speaker sp;
        int k = end - 1;
        if (k < s0)
            return sp;
        if (m_toks[k].kind == TokKind::Word && isPronoun(m_toks[k].low) && m_toks[k].quote < 0) {
            sp.a = k;
            sp.b = k + 1;
            return sp;
        }
        const int b = k + 1;
        while (k >= s0 && b - k <= 9) {
            const Tok &t = m_toks[k];
            if (t.quote >= 0 && !(m_toks[b - 1].quote == t.quote))
                break;
            if (t.kind != TokKind::Word) {
                // "J. Gerald Hebert", "Robert A. Smith", "Mr. Trump": the period of an initial or a title.
                const bool initial = t.low == u"." && k - 1 >= s0 && k + 1 < b && m_toks[k - 1].kind == TokKind::Word &&
                                     m_toks[k - 1].cap && m_toks[k + 1].cap &&
                                     (m_toks[k - 1].low.size() == 1 || isAbbreviation(m_toks[k - 1].low));
                // ("Sanders' aides", "the Rivers’ lawyer": a bare apostrophe after a plural or a name ending in s.)
                const bool possessive = (t.low == u"'" || t.low == u"\u2019") && k - 1 >= s0 &&
                                        m_toks[k - 1].kind == TokKind::Word && m_toks[k - 1].low.endsWith(u's') &&
                                        m_toks[k].s == m_toks[k - 1].e && k + 1 < b &&
                                        m_toks[k + 1].kind == TokKind::Word;
                // ("18% who say …", "about 9% said": a share's percent sign after its number.)
                const bool percentSign = t.low == u"%" && k == b - 1 && k - 1 >= s0 &&
                                         m_toks[k - 1].kind == TokKind::Word && !m_toks[k - 1].low.isEmpty() &&
                                         m_toks[k - 1].low.at(0).isDigit() && m_toks[k - 1].e == t.s;
                if (percentSign)
                    --k;
                else if (t.kind == TokKind::Punct && (t.low == u"-" || t.low == u"&" || initial || possessive) &&
                         k - 1 >= s0 && k + 1 < b)
                    --k;
                else
                    break;
                continue;
            }
            const QString &w = t.low;
            if (w == u"and" && k - 1 >= s0 && k + 1 < b && m_toks[k - 1].cap && m_toks[k + 1].cap) {
                --k;
                continue;
            }
            if (w == u"of" || w == u"for") {
                if (k + 1 < b && k - 1 >= s0 && m_toks[k - 1].kind == TokKind::Word &&
                    (((m_toks[k + 1].cap || isDeterminer(m_toks[k + 1].low)) &&
                      (isRoleWord(m_toks[k - 1].low) || isOrgWord(m_toks[k - 1].low) || m_toks[k - 1].cap)) ||
                     isQuantifier(m_toks[k - 1].low))) {
                    --k;
                    continue;
                }
                break;
            }
            // ("Officials familiar with the talks said", "People briefed on Iran's claims said": a cue word after a
            // determiner or a possessive is a noun inside the speaker.)
            // (Nor one right before a finite verb of saying: "The weather forecast said …".)
            const bool nounUse =
                (k - 1 >= s0 && m_toks[k - 1].quote < 0 && (isWordAt(k - 1, u"'s") || followsDeterminer(k))) ||
                (k == b - 1 && b < int(m_toks.size()) && m_toks[b].kind == TokKind::Word &&
                 isFiniteSaying(m_toks[b].low, w));
            if ((isStopWord(w) && !isDeterminer(w)) || (isCueWord(w) && !t.cap && !nounUse) || isPronoun(w) ||
                w.endsWith(u"n't"))
                break;
            // ("Roberta A. Kaplan": a capital A before a period is an initial, not the article.)
            if (isDeterminer(w) && !(t.cap && w.size() == 1 && k + 1 < b && isPunctAt(k + 1, u"."))) {
                --k;
                break;
            }
            if (!t.cap && w != u"'s" && !isRoleWord(w) && !isOrgWord(w) && k + 1 < b && m_toks[k + 1].cap &&
                m_toks[k + 1].low != u"'s")
                break; // "a claim Yerevan dismissed": the speaker is the name alone
            --k;
        }
        int a = k + 1;
        while (a < b && (m_toks[a].low == u"of" || m_toks[a].low == u"'s" || m_toks[a].low == u"for" ||
                         m_toks[a].kind != TokKind::Word))
            ++a;
        if (a >= b)
            return sp;
        // A phrase that is only lower-case words must end in a noun that can speak: "officials", "the ministry".
        bool anyCap = false;
        for (int t = a; t < b; ++t)
            anyCap = anyCap || (m_toks[t].cap && !(t == a && isStopWord(m_toks[t].low)));
        const QString &head = m_toks[b - 1].low;
        const bool pluralHead = head.size() > 4 && head.endsWith(u's') && !head.endsWith(u"ss") &&
                                !head.endsWith(u"ous") && !isStopWord(head);
        // "his childhood friend told": a determined phrase before a verb of saying speaks, whatever its noun.
        // ("In December, the prince called for …": after an opening phrase, "the" and one noun, whatever the cue.)
        const bool determined =
            (strongCue && (isDeterminer(m_toks[a].low) || (a > s0 && isDeterminer(m_toks[a - 1].low)))) ||
            (b - a == 2 && m_toks[a].low == u"the" && a - 1 > s0 && isPunctAt(a - 1, u",") &&
             !isMonthOrDay(m_toks[b - 1].low) && !isDayPart(m_toks[b - 1].low));
        // Poll shares speak: "74 percent said", "nearly nine in 10 say", "about 9% said".
        const bool share = head == u"percent" || head == u"%" || (head.size() <= 3 && head.at(0).isDigit()) ||
                           (head == u"10" || head == u"ten");
        // "One in five say", "about two in three said": the share's first number is part of it.
        static const QSet<QString> numberWords{
            QStringLiteral("one"),  QStringLiteral("two"), QStringLiteral("three"), QStringLiteral("four"),
            QStringLiteral("five"), QStringLiteral("six"), QStringLiteral("seven"), QStringLiteral("eight"),
            QStringLiteral("nine"), QStringLiteral("ten")};
        const auto isNumber = [&](int t) {
            return m_toks[t].kind == TokKind::Word &&
                   (numberWords.contains(m_toks[t].low) || m_toks[t].low.at(0).isDigit());
        };
        // ("Four in 10 voters say", "nearly three in five said": the share and a word that hedges it, whatever
        // follows the second number.)
        if (isNumber(a) && a - 2 >= s0 && isWordAt(a - 1, u"in") && isNumber(a - 2) && m_toks[a - 2].quote < 0) {
            static const QSet<QString> hedges{QStringLiteral("nearly"), QStringLiteral("about"),
                                              QStringLiteral("almost"), QStringLiteral("roughly"),
                                              QStringLiteral("only"),   QStringLiteral("just")};
            sp.a = a - 2 - 1 >= s0 && hedges.contains(m_toks[a - 3].low) ? a - 3 : a - 2;
            sp.b = b;
            return sp;
        }
        if (!anyCap && !isRoleWord(head) && !isOrgWord(head) && !isSpeakingNoun(head) && !pluralHead && !determined &&
            !share)
            return sp;
        if (anyCap && b - a == 1 && (isMonthOrDay(m_toks[a].low)))
            return sp;
        sp.a = a;
        sp.b = b;
        extendOverOwnerAndPossessive(sp, s0);
        return sp;
    }

    /// "Sanders and his aides said", "She and her defenders argue": a name or a subject pronoun joined by "and"
    /// to a phrase that opens with its possessive speaks with it.
    void extendOverOwnerAndPossessive(Speaker &sp, int s0) const
    {
        const int a = sp.a;
        const QString &own = m_toks[a].low;
        if (!(own == u"his" || own == u"her" || own == u"their") || a - 2 < s0 || !isWordAt(a - 1, u"and") ||
            m_toks[a - 1].quote >= 0 || m_toks[a - 2].kind != TokKind::Word || m_toks[a - 2].quote >= 0)
            return;
        const QString &owner = m_toks[a - 2].low;
        if (owner == u"he" || owner == u"she" || owner == u"they") {
            if ((owner == u"they") != (own == u"their"))
                return;
            sp.a = a - 2;
            return;
        }
        if (!m_toks[a - 2].cap || isStopWord(owner) || isPronoun(owner) || isMonthOrDay(owner))
            return;
        int k = a - 2;
        while (k - 1 >= s0 && m_toks[k - 1].kind == TokKind::Word && m_toks[k - 1].cap && m_toks[k - 1].quote < 0 &&
               !isStopWord(m_toks[k - 1].low) && a - 2 - k < 3)
            --k;
        sp.a = k;
    }

    /// "That attitude, many argue, could …", "At times, people close to the vice president said, the …": a cue set
    /// off by commas in the middle of its sentence has its whole speaker between the first comma and the cue, even
    /// one the phrase rules cannot delimit. afterCue is the first token after the cue (and its listener); the
    /// sentence must go on after the comma there. None when the phrase holds a verb, a quotation or a connective.
    Speaker parentheticalSpeaker(int left, int afterCue, const Sentence &s) const
    {
        Speaker sp;
        // (", Huckabee agreed, praising …": a participle after the comma goes on with the speaker's sentence; ", the
        // Blue Cross plans, which dominate …": a relative clause after a noun.)
        if (afterCue + 1 >= s.t1 || !isPunctAt(afterCue, u",") || m_toks[afterCue + 1].kind != TokKind::Word ||
            (m_toks[afterCue + 1].low.endsWith(u"ing") && !m_toks[afterCue + 1].cap) ||
            isWordAt(afterCue + 1, u"which") || isWordAt(afterCue + 1, u"who"))
            return sp;
        int comma = left - 1;
        while (comma > s.t0 && left - comma <= 9 && !isPunctAt(comma, u","))
            --comma;
        if (comma <= s.t0 || !isPunctAt(comma, u",") || comma + 1 >= left)
            return sp;
        for (int t = comma + 1; t < left; ++t) {
            const Tok &w = m_toks[t];
            if (w.quote >= 0 || (w.kind != TokKind::Word && w.low != u"." && w.low != u"-"))
                return sp;
            // (", a charge that Colorado leaders denied, noting": a relative clause, not a speaker.)
            if (w.kind == TokKind::Word && !w.cap &&
                (isCopula(w.low) || isAuxiliary(w.low) || isCueWord(w.low) || w.low == u"that" || w.low == u"which" ||
                 w.low == u"who" || w.low == u"whom" || w.low == u"whose"))
                return sp;
        }
        // (", after the interview concluded,", ", and aides said,": a phrase opening with a preposition or a
        // connective is no speaker.)
        const QString &first = m_toks[comma + 1].low;
        if ((isStopWord(first) && !isDeterminer(first)) || first == u"what")
            return sp;
        sp.a = comma + 1;
        sp.b = left;
        return sp;
    }

    /// "Peskov, the Kremlin's spokesman, said", "Ramos, 58, told AFP": the name before the apposition that ends
    /// at the comma before cueA speaks; the apposition is part of the speaker span. A relative clause may be
    /// longer: "Rep. Zoe Lofgren (D-Calif.), who introduced a bill …, said".
    Speaker appositionSpeaker(int cueA, int s0)
    {
        Speaker sp;
        int comma = cueA - 2;
        while (comma > s0 && cueA - comma <= 30 && m_toks[comma].low != u"," &&
               m_toks[comma].kind != TokKind::CloseQuote && m_toks[comma].kind != TokKind::OpenQuote)
            --comma;
        // (", facing a stiff reelection challenge from …, noted": a participial phrase is as long as it likes.)
        const bool participial = comma + 1 < cueA && m_toks[comma + 1].kind == TokKind::Word &&
                                 !m_toks[comma + 1].cap && m_toks[comma + 1].low.size() > 5 &&
                                 m_toks[comma + 1].low.endsWith(u"ing") && !isCueWord(m_toks[comma + 1].low) &&
                                 !isParticipleCue(m_toks[comma + 1].low);
        const bool relative =
            comma + 1 < cueA &&
            (isWordAt(comma + 1, u"who") || isWordAt(comma + 1, u"whose") || isWordAt(comma + 1, u"which") ||
             isWordAt(comma + 1, u"in") || isWordAt(comma + 1, u"after") || isWordAt(comma + 1, u"a") ||
             isWordAt(comma + 1, u"an") || isWordAt(comma + 1, u"the") || participial);
        if (comma > s0 && m_toks[comma].low == u",") {
            int subjEnd = comma;
            if (const int open = parenthesisBefore(comma, s0); open >= 0)
                subjEnd = open;
            Speaker subj = speakerLeft(subjEnd, s0, true);
            // '"…," Robert McDuff, attorney for one of four groups to file suit over the law, said': right after a
            // quote, a name's apposition may be as long as a relative clause.
            const bool afterQuote = subj.a >= 0 && m_toks[subj.b - 1].cap && quoteEndingBefore(subj.a, s0) >= 0;
            if (!(cueA - comma <= 12 || relative || afterQuote))
                return sp;
            const bool named = subj.a >= 0 && (m_toks[subj.b - 1].cap || isPronoun(m_toks[subj.a].low));
            if (named) {
                sp = subj;
                resolve(sp);
                // ("Mr. Ruiz, however, said": a connective set off by commas is the writer's, not the speaker's.)
                const bool connective = comma + 2 == cueA - 1 && m_toks[comma + 1].kind == TokKind::Word &&
                                        isHeadConnective(m_toks[comma + 1].low);
                if (!connective)
                    sp.b = cueA - 1; // through the apposition
                sp.resolved = true;
            } else if (isPunctAt(cueA - 1, u",")) {
                // "The White House spokesman, Josh Earnest, said", "Another Clinton ally, Tom Vilsack, told": a
                // description, then the name in apposition.
                Speaker name;
                name.a = comma + 1;
                name.b = cueA - 1;
                bool allCap = name.b - name.a >= 1 && name.b - name.a <= 5;
                for (int t = name.a; t < name.b && allCap; ++t)
                    allCap = m_toks[t].kind == TokKind::Word && m_toks[t].quote < 0 &&
                             (m_toks[t].cap || isNameParticle(m_toks[t].low));
                if (allCap) {
                    resolve(name);
                    sp = name;
                    if (subj.a >= 0)
                        sp.a = subj.a;
                    sp.resolved = true;
                }
            }
        }
        return sp;
    }

    /// "Roxana M. Leon, 63, an independent voter raised in Chile, said …": a name opening the sentence, then an
    /// apposition too long or too plain for appositionSpeaker, then the comma before a strong cue. The whole
    /// phrase speaks; the name resolves it. None when a cue word or a clause of its own sits in between.
    Speaker openingNameApposition(int s0, int cueA) const
    {
        Speaker sp;
        if (!isPunctAt(cueA - 1, u",") || cueA - s0 > 45)
            return sp;
        // ("But Murshed Zaheed, …, said", "Even Rendell, …, said": a connective before the name.)
        if (s0 + 1 < cueA && m_toks[s0].kind == TokKind::Word && m_toks[s0].quote < 0 &&
            (m_toks[s0].low == u"but" || m_toks[s0].low == u"and" || m_toks[s0].low == u"even" ||
             m_toks[s0].low == u"still" || m_toks[s0].low == u"yet" || m_toks[s0].low == u"so"))
            s0 = isPunctAt(s0 + 1, u",") ? s0 + 2 : s0 + 1;
        // The name may carry its role: "Democratic front-runner Hillary Clinton", "Trump's Indiana chairman".
        int j = s0;
        bool anyCap = false;
        while (j < cueA && j - s0 < 8 &&
               ((m_toks[j].kind == TokKind::Word && m_toks[j].quote < 0 &&
                 (m_toks[j].cap || m_toks[j].low == u"'s" || isNameParticle(m_toks[j].low) ||
                  isRoleWord(m_toks[j].low))) ||
                ((isPunctAt(j, u"-") && j > s0 && j + 1 < cueA && m_toks[j + 1].kind == TokKind::Word)) ||
                (isPunctAt(j, u".") && j > s0 && m_toks[j - 1].cap &&
                 (m_toks[j - 1].low.size() == 1 || isAbbreviation(m_toks[j - 1].low))))) {
            anyCap = anyCap || m_toks[j].cap;
            ++j;
        }
        if (j == s0 || !anyCap || j >= cueA - 2 || !isPunctAt(j, u",") || isStopWord(m_toks[s0].low) ||
            isMonthOrDay(m_toks[s0].low) || isDeterminer(m_toks[s0].low))
            return sp;
        bool relative = false; // "…, who was to travel to Ohio, said": a relative clause may have its own verb
        for (int t = j + 1; t < cueA - 1; ++t) {
            const Tok &w = m_toks[t];
            if (w.quote >= 0)
                continue;
            relative = relative || w.low == u"who" || w.low == u"which" || w.low == u"whose";
            if (w.kind == TokKind::Word && (isStrongVerbCue(w.low) || isPronoun(w.low) || w.low == u"that" ||
                                            (!relative && (isCopula(w.low) || isAuxiliary(w.low)))))
                return sp;
            // ("a Hollywood, Fla., rabbi": the period of an abbreviation ends nothing.)
            const bool abbreviation = w.low == u"." && m_toks[t - 1].cap &&
                                      (m_toks[t - 1].low.size() <= 3 || isAbbreviation(m_toks[t - 1].low));
            if (w.kind == TokKind::Punct &&
                (w.low == u";" || w.low == u":" || (isSentenceEndPunct(w) && !abbreviation)))
                return sp;
        }
        Speaker name;
        name.a = s0;
        name.b = j;
        resolve(name);
        sp = name;
        sp.b = cueA - 1;
        sp.resolved = true;
        return sp;
    }

    /// "Analysts expect the Fed to raise rates", "he expected me to apologize": from k, an object (a pronoun, or a
    /// short noun phrase with no verb or function word in it) and then "to" with a verb in lower case.
    bool objectThenInfinitive(int k, int end) const
    {
        int j = k;
        const QString &first = j < end ? m_toks[j].low : QString();
        if (j < end && m_toks[j].kind == TokKind::Word && m_toks[j].quote < 0 &&
            (first == u"him" || first == u"her" || first == u"them" || first == u"us" || first == u"me" ||
             first == u"you" || first == u"it")) {
            ++j;
        } else {
            if (j < end && isDeterminer(first))
                ++j;
            const int nounA = j;
            while (j < end && j - nounA < 4 && m_toks[j].kind == TokKind::Word && m_toks[j].quote < 0 &&
                   m_toks[j].low != u"to" && !isStopWord(m_toks[j].low) && !isPronoun(m_toks[j].low) &&
                   !isCueWord(m_toks[j].low) && !isCopula(m_toks[j].low) && !isAuxiliary(m_toks[j].low) &&
                   m_toks[j].low != u"'s" && m_toks[j].low != u"\u2019s")
                ++j;
            if (j == nounA)
                return false;
        }
        return j + 1 < end && isWordAt(j, u"to") && m_toks[j + 1].kind == TokKind::Word && m_toks[j + 1].quote < 0 &&
               !isDeterminer(m_toks[j + 1].low) && !m_toks[j + 1].cap;
    }

    /// Whether every cue that starts with w needs an object and an infinitive after it ("expected"): such a word
    /// after "and" goes on with the clause before it rather than starting a statement of its own.
    static bool onlyWithObjectInfinitive(const QString &w)
    {
        const QList<CueEntry> *entries = cuesStartingWith(w);
        return entries && !entries->isEmpty() &&
               std::all_of(entries->cbegin(), entries->cend(), [](const CueEntry &e) { return e.objectTo; });
    }

    /// 'vowed to “take our fight” to …', "vows not to take the calls": an intention's infinitive that opens with a
    /// quotation of its verb, or negated, at k.
    bool quotedOrNegatedInfinitive(int k, int end) const
    {
        if (isWordAt(k, u"to") && k + 2 < end && m_toks[k + 1].kind == TokKind::OpenQuote &&
            m_toks[k + 2].kind == TokKind::Word && !m_toks[k + 2].cap && !isDeterminer(m_toks[k + 2].low))
            return true;
        return isWordAt(k, u"not") && isWordAt(k + 1, u"to") && k + 2 < end && m_toks[k + 2].kind == TokKind::Word &&
               m_toks[k + 2].quote < 0 && !isDeterminer(m_toks[k + 2].low);
    }

    /// The end of an intention's phrase from k (its "to") before b: before "and" or "but" followed by a subject (a
    /// determiner, a pronoun or a name) and a finite verb within a few words, with no relative pronoun between.
    int infinitiveBeforeNewClause(int k, int b) const
    {
        for (int t = k + 2; t + 2 < b; ++t) {
            const Tok &w = m_toks[t];
            const Tok &n = m_toks[t + 1];
            if (w.kind != TokKind::Word || w.quote >= 0 || (w.low != u"and" && w.low != u"but") ||
                n.kind != TokKind::Word || n.quote >= 0 ||
                !(isDeterminer(n.low) || isPronoun(n.low) || (n.cap && !isMonthOrDay(n.low))))
                continue;
            for (int v = t + 2; v < std::min(b, t + 7); ++v) {
                const Tok &x = m_toks[v];
                if (x.kind != TokKind::Word || x.quote >= 0 || x.low == u"that" || x.low == u"which" || x.low == u"who")
                    break;
                if (isAuxiliary(x.low) || isCopula(x.low) || isFiniteVerb(x.low) || x.low.endsWith(u"n't"))
                    return isPunctAt(t - 1, u",") ? t - 1 : t;
            }
        }
        return b;
    }

    /// "Jane Ruiz, who was elected in May, has vowed to …", "Trump, a front-runner in the race, has repeatedly promised
    /// to …": a name that opens the sentence, a relative clause or an apposition set off by commas, then an auxiliary
    /// or an adverb (skipped to left) before the cue. The name and what sets it off speak, as where the cue follows
    /// the comma (appositionSpeaker, openingNameApposition); none after a quotation. (The gold agrees 9 times in 10
    /// where it stands in PolNeAR's text.)
    Speaker appositionBeforeAuxiliary(int left, int cueA, int s0)
    {
        if (left - 1 <= s0 || !isPunctAt(left - 1, u",") || m_toks[left - 1].quote >= 0 ||
            quoteEndingBefore(left, s0) >= 0)
            return Speaker();
        // (Not a passive, "…, has been called the …": its subject is not who spoke. An auxiliary verb among the
        // skipped words: after a bare time, "…, on Sunday defended …", the name alone speaks, as before.)
        bool auxiliary = false;
        for (int t = left; t < cueA; ++t) {
            const QString &w = m_toks[t].low;
            if (m_toks[t].kind != TokKind::Word || m_toks[t].quote >= 0 || w == u"been")
                return Speaker();
            auxiliary = auxiliary || (isAuxiliary(w) && w != u"still" && w != u"also" && w != u"again");
        }
        if (!auxiliary)
            return Speaker();
        const Speaker apposed = appositionSpeaker(left, s0);
        if (apposed.a >= 0 && apposed.a == s0)
            return apposed;
        return openingNameApposition(s0, left);
    }

    /// "The mayor, who was elected in May, has vowed to …", "The former congressman, who led a filibuster in June,
    /// thinks …", "Harbour workers, who …, have vowed to …": a noun phrase opening the sentence, a relative clause set
    /// off by commas (no comma, quotation or verb of saying inside), then the cue, maybe after an auxiliary or adverbs
    /// (skipped to left). The noun phrase speaks, as it does before "said".
    Speaker subjectBeforeRelative(int left, int cueA, int s0) const
    {
        if (left - 1 <= s0 || !isPunctAt(left - 1, u",") || m_toks[left - 1].quote >= 0)
            return Speaker();
        for (int t = left; t < cueA; ++t)
            if (m_toks[t].kind != TokKind::Word || m_toks[t].quote >= 0 || m_toks[t].low == u"been")
                return Speaker();
        int c = left - 2;
        while (c > s0 && left - c <= 25 && !isPunctAt(c, u",")) {
            const Tok &w = m_toks[c];
            if (w.quote >= 0 || w.kind != TokKind::Word || isStrongVerbCue(w.low))
                return Speaker();
            --c;
        }
        if (c <= s0 || !isPunctAt(c, u",") || !(isWordAt(c + 1, u"who") || isWordAt(c + 1, u"which")))
            return Speaker();
        int a = s0;
        if (m_toks[a].kind == TokKind::Word && (m_toks[a].low == u"but" || m_toks[a].low == u"and"))
            ++a;
        const Speaker sp = speakerLeft(c, a, true);
        return sp.a == a ? sp : Speaker();
    }

    /// The comma that opens a share set off by commas and ending with the comma at left - 1 ("Just shy of half,
    /// 49%, say …", "about two-thirds, 64 percent, said …"). -1 if none. (Examples set off the same way, "…, like
    /// their counterparts,", "…, including the Daily Star,", stay in the speaker, as the gold marks them.)
    int commaAsideBefore(int left, int s0) const
    {
        if (left - 3 <= s0 || !isPunctAt(left - 1, u",") || m_toks[left - 1].quote >= 0)
            return -1;
        for (int j = left - 2; j > s0 && j >= left - 12; --j) {
            const Tok &t = m_toks[j];
            if (t.quote >= 0 || t.kind == TokKind::OpenQuote || t.kind == TokKind::CloseQuote)
                return -1;
            if (t.kind == TokKind::Punct && t.low == u",") {
                if (j + 1 >= left - 1 || m_toks[j - 1].kind != TokKind::Word)
                    return -1;
                // (Not an age, "Sarandon, 69, said": the gold keeps it in the speaker.)
                bool figure = true, share = false;
                for (int x = j + 1; x < left - 1 && figure; ++x) {
                    share = share || m_toks[x].low == u"%" || m_toks[x].low == u"percent";
                    figure = m_toks[x].low == u"%" || m_toks[x].low == u"percent" ||
                             (!m_toks[x].low.isEmpty() && m_toks[x].low.at(0).isDigit());
                }
                return figure && share ? j : -1;
            }
            if (t.kind == TokKind::Punct && t.low != u"%" && t.low != u"." && t.low != u"'s")
                return -1;
        }
        return -1;
    }

    /// "Voters who support the mayor said …", "those who back her opponents say …": the phrase found before the
    /// cue is the object of a restrictive relative clause (no comma before "who"); the speaker is the whole phrase,
    /// its antecedent through the clause (as the gold marks it). Returns sp unchanged otherwise.
    Speaker restrictiveRelativeSpeaker(Speaker sp, int s0) const
    {
        for (int w = sp.a - 1; w > s0 && w >= sp.a - 7; --w) {
            const Tok &t = m_toks[w];
            if (t.kind != TokKind::Word || t.quote >= 0)
                return sp;
            if (t.low != u"who")
                continue;
            if (m_toks[w - 1].kind != TokKind::Word || m_toks[w - 1].quote >= 0 || w + 1 >= sp.a)
                return sp;
            const Tok &v = m_toks[w + 1];
            if (v.kind != TokKind::Word || v.cap || isPronoun(v.low))
                return sp;
            const Speaker ante = speakerLeft(w, s0, true);
            if (ante.a < 0 || ante.b != w)
                return sp;
            return Speaker{ante.a, sp.b};
        }
        return sp;
    }

    /// "Pardo, who said he would not vote": the relative pronoun speaks (as annotators mark it) and stands for the
    /// name before it. Fills sp and returns true when the word before the cue (at left) is such a "who".
    bool relativeSpeaker(int left, int s0, Speaker &sp)
    {
        const int who = left - 1;
        if (who <= s0 || !isWordAt(who, u"who") || m_toks[who].quote >= 0)
            return false;
        int end = who;
        if (isPunctAt(end - 1, u","))
            --end;
        if (const int open = parenthesisBefore(end, s0); open >= 0)
            end = open;
        Speaker antecedent = speakerLeft(end, s0, true);
        if (antecedent.a < 0)
            return false;
        resolve(antecedent);
        sp.a = who;
        sp.b = who + 1;
        sp.entity = antecedent.entity;
        sp.person = antecedent.person;
        sp.org = antecedent.org;
        sp.head = antecedent.head;
        sp.resolved = true;
        return true;
    }

    /// "The ferry will not run this winter, the news site Harbor Daily reported.", "…, veteran Democrats said.",
    /// "…, Ostrel's ambassador to Vienna confirmed.": lower-case words and a role before the name where the phrase
    /// rules stop (at "site", "veteran", "to") belong to the speaker when a comma sets the statement off before
    /// them. Returns the speaker's new start, or a when no such phrase stands between a comma and a.
    int modifiersAfterComma(int a, int s0) const
    {
        // (A phrase the rules already opened with its determiner is whole: "…, a charge the election board denied".)
        if (isDeterminer(m_toks[a].low))
            return a;
        int j = a;
        while (j - 1 > s0 && a - j < 6) {
            const Tok &t = m_toks[j - 1];
            if (t.quote >= 0)
                return a;
            if (t.kind != TokKind::Word) {
                if (t.low == u",")
                    break;
                if ((t.low == u"-" || t.low == u"'s" || t.low == u"\u2019s") && m_toks[j - 2].kind == TokKind::Word) {
                    --j;
                    continue;
                }
                return a;
            }
            // (A determiner opens the phrase: "…, a charge the election board denied" is a relative clause.)
            if (isDeterminer(t.low) && !t.cap) {
                --j;
                break;
            }
            // (Only a preposition inside a name or title: "ambassador to Vienna", "Banco de Portugal".)
            const bool inner =
                (t.low == u"of" || t.low == u"to" || t.low == u"for" || t.low == u"in" || t.low == u"de") &&
                m_toks[j].kind == TokKind::Word && m_toks[j].cap;
            if (!inner && ((isStopWord(t.low) && !isDeterminer(t.low)) || isCueWord(t.low) || isPronoun(t.low) ||
                           isCopula(t.low) || isAuxiliary(t.low) || t.low.endsWith(u"n't") ||
                           (!t.cap && (t.low.endsWith(u"ed") || t.low.endsWith(u"ing")))))
                return a;
            --j;
        }
        if (j == a || !isPunctAt(j - 1, u",") || (isStopWord(m_toks[j].low) && !isDeterminer(m_toks[j].low)))
            return a;
        return j;
    }

    /// '"…," former Florida governor Jeb Bush said': up to three lower-case modifiers between a closing quote and
    /// the name belong to the speaker, so the quote is the statement. Returns the speaker's new first token.
    int modifiersAfterQuote(int a, int s0) const
    {
        int j = a;
        while (j - 1 >= s0 && a - j < 3 && m_toks[j - 1].kind == TokKind::Word && !m_toks[j - 1].cap &&
               m_toks[j - 1].quote < 0 && !isStopWord(m_toks[j - 1].low) && !isCueWord(m_toks[j - 1].low) &&
               !isDeterminer(m_toks[j - 1].low) && !isPronoun(m_toks[j - 1].low) &&
               !m_toks[j - 1].low.endsWith(u"ed") && !m_toks[j - 1].low.endsWith(u"ing"))
            --j;
        if (j != a && quoteEndingBefore(j, s0) >= 0 && quoteEndingBefore(a, s0) < 0)
            return j;
        // '"…," his friend Mahamat Saleh told …', '"…," CrowdStrike co-founder Dmitri Alperovitch told …', '"…,"
        // the presumptive Republican presidential nominee said': a longer phrase between the quote and the name,
        // opening with a determiner or a name, with hyphens, and no verb.
        j = a;
        while (j - 1 >= s0 && a - j < 8) {
            const Tok &t = m_toks[j - 1];
            if (t.quote >= 0)
                break;
            if (t.kind != TokKind::Word) {
                // (A hyphen inside a word, or the period of an initial: "former George W. Bush speechwriter".)
                const bool initial = t.low == u"." && j - 2 >= s0 && m_toks[j - 2].cap && m_toks[j - 2].low.size() == 1;
                if ((t.low == u"-" || initial) && j - 2 >= s0 && m_toks[j - 2].kind == TokKind::Word &&
                    m_toks[j - 2].quote < 0) {
                    --j;
                    continue;
                }
                break;
            }
            if (isDeterminer(t.low) && !t.cap) {
                --j;
                break;
            }
            if (isStopWord(t.low) || isCueWord(t.low) || isPronoun(t.low) || isDeterminer(t.low) ||
                (!t.cap && (t.low.endsWith(u"ed") || t.low.endsWith(u"ing"))))
                break;
            --j;
        }
        if (j == a || quoteEndingBefore(j, s0) < 0 || quoteEndingBefore(a, s0) >= 0)
            return a;
        return j;
    }

    /// "Friends, lobbyists and former foes say …", "Democrats — and some Republicans — say …": everything from
    /// the sentence's start (after a connective) to a strong cue, when it has no verb, clause or quote of its own.
    Speaker wholeSubject(int end, int s0) const
    {
        Speaker sp;
        // (Not "Obama met survivors … and said": a second verb of the sentence's subject.)
        if (end - 1 <= s0 || m_toks[end - 1].kind != TokKind::Word || m_toks[end - 1].quote >= 0 ||
            isStopWord(m_toks[end - 1].low) || m_toks[end - 1].low == u"and" || m_toks[end - 1].low == u"but" ||
            m_toks[end - 1].low == u"or")
            return sp;
        int a = s0;
        if (m_toks[a].kind == TokKind::Word &&
            (m_toks[a].low == u"indeed" || m_toks[a].low == u"but" || m_toks[a].low == u"and" ||
             m_toks[a].low == u"even" || m_toks[a].low == u"still" || m_toks[a].low == u"yet"))
            a = isPunctAt(a + 1, u",") ? a + 2 : a + 1;
        if (end - a < 2 || end - a > 14 || m_toks[a].kind != TokKind::Word)
            return sp;
        for (int t = a; t < end; ++t) {
            const Tok &w = m_toks[t];
            if (w.quote >= 0)
                return sp;
            if (w.kind == TokKind::Word) {
                if (isCueWord(w.low) || isCopula(w.low) || isAuxiliary(w.low) || w.low == u"that" || w.low == u"who" ||
                    w.low == u"which" || w.low == u"when" || w.low == u"if" || w.low == u"while" ||
                    w.low == u"because" || w.low == u"as" || looksLikeVerb(t) || (isPronoun(w.low) && t > a) ||
                    w.low == u"him" || w.low == u"them" || w.low == u"must" || (t == end - 1 && w.low.endsWith(u"ly")))
                    return sp;
            } else if (!(w.low == u"," || isDash(w) || w.low == u"%")) {
                return sp;
            }
        }
        sp.a = a;
        sp.b = end;
        return sp;
    }

    /// "The ferry will run all winter, two people familiar with the plan said.", "…, a source close to him said.",
    /// "…, city and port records show.": after the comma that ends a statement, everything up to a strong cue or
    /// a verb of showing that closes the sentence speaks, when it holds no verb, clause or quote of its own.
    Speaker trailingSubject(int end, int s0) const
    {
        Speaker sp;
        int c = end - 1;
        while (c > s0 && end - c <= 12 && m_toks[c].kind == TokKind::Word && m_toks[c].quote < 0)
            --c;
        if (c <= s0 + 2 || !isPunctAt(c, u",") || end - c < 3 || m_toks[c - 1].quote >= 0)
            return sp;
        const QString &first = m_toks[c + 1].low;
        // (Nor a participle's phrase: "…, careening from speeches to the morning news shows.")
        if ((isStopWord(first) && !isDeterminer(first)) || isPronoun(first) ||
            (!m_toks[c + 1].cap && first.endsWith(u"ing")))
            return sp;
        for (int t = c + 1; t < end; ++t) {
            const QString &w = m_toks[t].low;
            // (An object pronoun after a preposition: "close to him".)
            const bool object = (w == u"him" || w == u"her" || w == u"them") && t > c + 1 &&
                                isStopWord(m_toks[t - 1].low) && !isDeterminer(m_toks[t - 1].low);
            // (Two modifiers joined: "campaign and corporate records".)
            const bool joined = w == u"and" && t > c + 1 && t + 2 < end && !m_toks[t + 1].cap &&
                                !isDeterminer(m_toks[t + 1].low) && !isPronoun(m_toks[t + 1].low);
            if (object || joined)
                continue;
            if (isCueWord(w) || isCopula(w) || isAuxiliary(w) || w == u"that" || w == u"who" || w == u"which" ||
                w == u"when" || w == u"if" || w == u"while" || w == u"because" || w == u"as" || w == u"and" ||
                w == u"but" || w == u"or" || looksLikeVerb(t) || isPronoun(w) || w == u"him" || w == u"them" ||
                (t == end - 1 && w.endsWith(u"ly")))
                return sp;
        }
        sp.a = c + 1;
        sp.b = end;
        return sp;
    }

    /// "The poll, released Wednesday by the Public Policy Institute, showed …", "…, a study by the Council of the
    /// Great City Schools found.": a poll, study or document heads the whole subject before a verb of showing, with
    /// only its modifiers (a preposition's object, a participle, commas) between it and the verb. The subject opens
    /// the sentence (after a connective) or follows the last comma.
    Speaker evidenceSubject(int end, int s0) const
    {
        Speaker sp;
        // ("The poll, released Wednesday by …, showed": the apposition's comma before the verb.)
        const int last = isPunctAt(end - 1, u",") ? end - 2 : end - 1;
        if (last <= s0 || m_toks[last].kind != TokKind::Word || m_toks[last].quote >= 0)
            return sp;
        auto tryFrom = [&](int a) {
            if (a < s0 || a >= end || end - a > 25)
                return false;
            if (m_toks[a].kind == TokKind::Word &&
                (m_toks[a].low == u"but" || m_toks[a].low == u"and" || m_toks[a].low == u"yet" ||
                 m_toks[a].low == u"still" || m_toks[a].low == u"indeed"))
                a = isPunctAt(a + 1, u",") ? a + 2 : a + 1;
            // The head: determiners, names and modifiers, then the evidence noun within eight words ("A new batch
            // of State Department emails").
            // ("A USA Today/Suffolk University poll", "A previously undisclosed email"; not "The State Department
            // withheld a key email": a determiner only opens the head or follows "of".)
            int n = a;
            while (n < end && n - a < 8 && m_toks[n].quote < 0 &&
                   (m_toks[n].kind == TokKind::Word || (isPunctAt(n, u"/") && n > a)) &&
                   !isEvidenceNoun(m_toks[n].low)) {
                const QString &w = m_toks[n].low;
                if (m_toks[n].kind == TokKind::Word &&
                    (isCueWord(w) || isCopula(w) || isAuxiliary(w) || isPronoun(w) ||
                     (isStopWord(w) && !isDeterminer(w) && w != u"'s" && w != u"of") ||
                     (isDeterminer(w) && n > a && !isWordAt(n - 1, u"of"))))
                    return false;
                ++n;
            }
            if (n >= end || m_toks[n].kind != TokKind::Word || !isEvidenceNoun(m_toks[n].low))
                return false;
            // ("The polls that Trump cites show …", "Polls show …": no verb, clause or quote of its own after it.)
            for (int t = n + 1; t < end; ++t) {
                const Tok &w = m_toks[t];
                if (w.quote >= 0)
                    return false;
                if (w.kind == TokKind::Word) {
                    if (isCueWord(w.low) || isCopula(w.low) || isAuxiliary(w.low) || isPronoun(w.low) ||
                        w.low == u"that" || w.low == u"who" || w.low == u"which" || w.low == u"when" ||
                        w.low == u"if" || w.low == u"while" || w.low == u"because" || w.low == u"and" ||
                        w.low == u"but" || w.low == u"or")
                        return false;
                } else if (w.low != u",") {
                    return false;
                }
            }
            sp.a = a;
            sp.b = last + 1;
            return true;
        };
        if (tryFrom(s0))
            return sp;
        for (int k = last - 1; k > s0 && k >= end - 25; --k)
            if (isPunctAt(k, u",")) {
                tryFrom(k + 1);
                break;
            }
        return sp;
    }

    /// "Officials familiar with the talks said", "Voters who attended the rally said", "Most of the vulnerable
    /// Senate Republicans said", "Lawyers and legal experts said": the phrase rules stop at a preposition, a
    /// relative clause, a lower-case conjunct or a quantifier, so the speaker found before a cue may be only the
    /// phrase's last part. When everything from the clause's start (the sentence's start after a connective, or
    /// the punctuation before the speaker) to that part is one noun phrase with its modifiers, the whole phrase
    /// speaks. Returns the speaker's new first token, or sp.a.
    int wholeNounPhraseStart(const Speaker &sp, int s0) const { return listStart(nounPhraseStart(sp, s0), sp, s0); }

    /// "Labor unions, farm groups and many lawmakers say", "45% of Republicans, 28% of independents and 12% of
    /// Democrats say": a list before the speaker's last part, its items short noun phrases between commas, with
    /// "and" or "or" before the last. Returns the list's first token, or start.
    int listStart(int start, const Speaker &sp, int s0) const
    {
        bool conj = false;
        for (int t = start; t < sp.b && !conj; ++t)
            conj = isWordAt(t, u"and") || isWordAt(t, u"or");
        int c = start - 1;
        // (The serial comma: "…, environmental groups, and many lawmakers".)
        if (c - 1 > s0 && (isWordAt(c, u"and") || isWordAt(c, u"or")) && isPunctAt(c - 1, u",")) {
            conj = true;
            --c;
        }
        int result = start;
        int items = 0;
        while (conj && c - 1 > s0 && isPunctAt(c, u",") && items < 6) {
            int j = c - 1;
            while (
                j >= s0 && c - j <= 7 &&
                ((m_toks[j].kind == TokKind::Word && m_toks[j].quote < 0) || isPunctAt(j, u"%") || isPunctAt(j, u"-")))
                --j;
            // (An item of up to six tokens, after another comma or at the clause's start.)
            if (j >= s0 && (m_toks[j].kind == TokKind::Word || m_toks[j].quote >= 0 || c - j > 7))
                break;
            const int a = j + 1;
            if (a >= c)
                break;
            // Each item a noun phrase: no verb, pronoun, clause word or time; opening with a determiner, a
            // quantifier, a number, a name or a plain noun.
            const QString &first = m_toks[a].low;
            const bool measure = first == u"about" || first == u"nearly" || first == u"almost";
            if ((isStopWord(first) && !isDeterminer(first) && !isQuantifier(first) && !measure) || isPronoun(first) ||
                (first.endsWith(u"ly") && !measure) || isMonthOrDay(first) || isDayPart(first))
                break;
            bool ok = true;
            for (int t = a; t < c && ok; ++t) {
                const QString &x = m_toks[t].low;
                // (A plural that ends the item is its noun: "Labor unions, …".)
                ok = !(isStopWord(x) && !isDeterminer(x) && !isQuantifier(x) && x != u"of" && !(t == a && measure)) &&
                     !isPronoun(x) && !isCueWord(x) && !isMonthOrDay(x) && !isDayPart(x) &&
                     !(looksLikeVerb(t) && !(t > a && isDeterminer(m_toks[t - 1].low)) && t != c - 1);
            }
            if (!ok)
                break;
            result = a;
            ++items;
            c = a - 1;
        }
        return result;
    }

    int nounPhraseStart(const Speaker &sp, int s0) const
    {
        int j = sp.a - 1;
        while (j >= s0) {
            const Tok &t = m_toks[j];
            if (t.quote >= 0 || t.kind == TokKind::OpenQuote || t.kind == TokKind::CloseQuote)
                break;
            if (t.kind == TokKind::Punct) {
                const bool initial = t.low == u"." && j - 1 >= s0 && m_toks[j - 1].kind == TokKind::Word &&
                                     m_toks[j - 1].cap &&
                                     (m_toks[j - 1].low.size() == 1 || isAbbreviation(m_toks[j - 1].low));
                if (!(t.low == u"-" || t.low == u"%" || initial))
                    break;
            }
            --j;
        }
        int a = j + 1;
        if (a < sp.a && (isWordAt(a, u"but") || isWordAt(a, u"and") || isWordAt(a, u"yet") || isWordAt(a, u"even") ||
                         isWordAt(a, u"still") || isWordAt(a, u"so")))
            ++a;
        // (Not "… and the way they said", "a decision they said", "something many Republicans say": a pronoun or a
        // determined phrase right after a noun opens a clause of its own.)
        const QString &spFirst = m_toks[sp.a].low;
        const QString &beforeSp = m_toks[sp.a - 1 >= 0 ? sp.a - 1 : sp.a].low;
        const bool afterNoun = a < sp.a && m_toks[sp.a - 1].kind == TokKind::Word && !isStopWord(beforeSp) &&
                               !beforeSp.endsWith(u"ed") && !beforeSp.endsWith(u"ing") && beforeSp != u"near" &&
                               beforeSp != u"like" && beforeSp != u"outside" && beforeSp != u"inside" &&
                               beforeSp != u"including" && beforeSp != u"toward" && beforeSp != u"amid";
        if (a >= sp.a || sp.a - a > 14 || m_toks[a].kind != TokKind::Word || isPronoun(spFirst) || spFirst == u"who" ||
            spFirst == u"which" || spFirst == u"that" ||
            ((isDeterminer(spFirst) || isQuantifier(spFirst)) && afterNoun))
            return sp.a;
        // The phrase opens with a determiner or quantifier, a number, a name or a plain noun; never with a
        // preposition, a pronoun, an adverb or a time ("In Iowa voters said", "Last week officials said").
        // ("Nearly eight in 10 voters", "More than 4 in 10", "As many as 40 percent of them": a share's measure
        // opens it.)
        const QString &first = m_toks[a].low;
        const bool measure =
            first == u"nearly" || first == u"roughly" || first == u"only" || first == u"approximately" ||
            first == u"about" || first == u"almost" ||
            ((first == u"more" || first == u"fewer" || first == u"less") && isWordAt(a + 1, u"than")) ||
            (first == u"as" && a + 2 < sp.a && isWordAt(a + 2, u"as"));
        if ((isStopWord(first) && !isDeterminer(first) && !isQuantifier(first) && !measure) || isPronoun(first) ||
            (first.endsWith(u"ly") && !measure) || isMonthOrDay(first) || first == u"last" || first == u"next" ||
            first == u"today" || first == u"yesterday" || first == u"tonight" || first == u"later" ||
            first == u"earlier" || first == u"separately" || first == u"overall" ||
            (isTimeMeasure(first) && !measure) || (!m_toks[a].cap && first.endsWith(u"ing")))
            return sp.a;
        bool relative = false; // inside "who …"
        for (int t = a; t < sp.a; ++t) {
            const Tok &w = m_toks[t];
            if (w.kind != TokKind::Word)
                continue;
            const QString &x = w.low;
            if (isMonthOrDay(x) || isDayPart(x) || isStrongVerbCue(x) || isPronoun(x) || isSubordinator(x) ||
                x == u"that" || x == u"which" || x == u"whom" || x == u"whose" || x == u"when" || x == u"where" ||
                x == u"if" || ((x == u"as" || x == u"than") && !(measure && t <= a + 2)) || x == u"whether" ||
                x == u"but" || x == u"not")
                return sp.a;
            if (x == u"who") {
                // (After a noun: "Voters who attended the rally", "Another voter who … and who …".)
                if (t == a || m_toks[t - 1].kind != TokKind::Word || isStopWord(m_toks[t - 1].low))
                    return sp.a;
                relative = true;
                continue;
            }
            if (relative)
                continue;
            if (isCueWord(x) && !w.cap)
                return sp.a;
            if (((isCopula(x) || isAuxiliary(x)) && x != u"as") || x.endsWith(u"n't"))
                return sp.a;
            // A participle right after a noun is its modifier ("officials briefed on the talks", "activists
            // clamoring to"; after a name only a plural takes one: not "Armstrong huddled with …"), a word after a
            // determiner is no verb ("An armed group", "Several members"), nor an adjective after its noun
            // ("officials familiar with", "aides close to"); any other verb is the clause's own.
            const Tok &prev = m_toks[t > a ? t - 1 : t];
            const bool participle =
                !w.cap && t > a && prev.kind == TokKind::Word && !isStopWord(prev.low) && !isDeterminer(prev.low) &&
                (x.endsWith(u"ing") || x.endsWith(u"ed")) &&
                (!prev.cap || prev.low.endsWith(u's') || isSpeakingNoun(prev.low) || isRoleWord(prev.low));
            const bool determined = t > a && m_toks[t - 1].kind == TokKind::Word &&
                                    (isDeterminer(m_toks[t - 1].low) || isQuantifier(m_toks[t - 1].low));
            const bool postAdjective = x == u"familiar" || x == u"close" || x == u"knowledgeable" || x == u"loyal" ||
                                       x == u"allied" || x == u"sympathetic" || x == u"friendly" || x == u"aware" ||
                                       x == u"opposed";
            if (looksLikeVerb(t) && !participle && !determined && !postAdjective)
                return sp.a;
            // ("Officials and analysts", "Current or former aides": a conjunct before the speaker found.)
            if ((x == u"and" || x == u"or") && (t == a || t + 1 >= sp.b || m_toks[t + 1].kind != TokKind::Word))
                return sp.a;
        }
        return a;
    }

    /// '"…," said Ana Ruiz, a spokeswoman for the port authority.', "…, said Sen. Jim Ortiz, who chairs the
    /// panel.": after an inverted speaker that ends at a comma, an apposition or a relative clause that runs to the
    /// sentence's end is part of the speaker. Returns the token after the speaker's new end, or b.
    int appositionToSentenceEnd(int b, int s1) const
    {
        if (b + 2 >= s1 || !isSentenceEndPunct(m_toks[s1 - 1]))
            return b;
        return appositionRuns(b, s1 - 1) ? s1 - 1 : b;
    }

    /// '"…," said Ann Ruiz, a former port director, referring to the strike.': after an inverted speaker that ends at
    /// a comma, a noun-phrase apposition closed by a comma before a participle ("referring", "noting", "adding") is
    /// part of the speaker. Returns the closing comma, or b.
    int appositionBeforeParticiple(int b, int s1) const
    {
        if (b + 2 >= s1 || !isPunctAt(b, u",") || m_toks[b + 1].kind != TokKind::Word ||
            !(isDeterminer(m_toks[b + 1].low) || m_toks[b + 1].cap || isRoleWord(m_toks[b + 1].low) ||
              isTitleWord(m_toks[b + 1].low)))
            return b;
        for (int c = b + 2; c + 1 < s1 && c - b <= 20; ++c) {
            if (!isPunctAt(c, u","))
                continue;
            const Tok &n = m_toks[c + 1];
            // (Or before a relative clause set off by its own comma: "said Ann Ruiz, a former port director, who …".)
            if (n.kind != TokKind::Word || n.cap || n.quote >= 0 ||
                !((n.low.endsWith(u"ing") && n.low.size() >= 6) || n.low == u"who"))
                return b;
            for (int t = b + 1; t < c; ++t)
                if (isWordAt(t, u"who") || isWordAt(t, u"which") || isWordAt(t, u"whose"))
                    return b;
            return appositionRuns(b, c) ? c : b;
        }
        return b;
    }

    /// '"…," said a former official who oversaw the inquiry.': after an inverted speaker, a relative clause with no
    /// comma before it that runs, without punctuation or quotation, to the sentence's end is part of the speaker.
    /// Returns the token after the speaker's new end, or b.
    int restrictiveRelativeToSentenceEnd(int b, int s1) const
    {
        if (b + 2 >= s1 || !isWordAt(b, u"who") || m_toks[b].quote >= 0 || !isSentenceEndPunct(m_toks[s1 - 1]) ||
            s1 - b > 25)
            return b;
        for (int t = b + 1; t < s1 - 1; ++t) {
            const Tok &w = m_toks[t];
            if (w.quote >= 0 || (w.kind != TokKind::Word && w.low != u"-" && w.low != u"'s") || isStrongVerbCue(w.low))
                return b;
            // ("… who spoke on the condition of anonymity": why a source goes unnamed is left out, as annotators do.)
            if (w.low == u"anonymity" || w.low == u"anonymously" || w.low == u"named" || w.low == u"authorized" ||
                w.low == u"identified")
                return b;
        }
        return s1 - 1;
    }

    /// Whether the tokens after the comma at b, up to end (exclusive), are an apposition or a relative clause: a
    /// noun phrase or "who …", with no quotation, no verb of its own outside the relative clause, and no
    /// participle or second clause after a comma.
    bool appositionRuns(int b, int end) const
    {
        if (b + 1 >= end || !isPunctAt(b, u",") || end - b > 31)
            return false;
        const int s1 = end + 1;
        const Tok &first = m_toks[b + 1];
        if (first.kind != TokKind::Word || first.quote >= 0 ||
            (isStopWord(first.low) && !isDeterminer(first.low) && first.low != u"who") || isPronoun(first.low) ||
            isParticipleCue(first.low) || (!first.cap && first.low.endsWith(u"ing")) || isMonthOrDay(first.low) ||
            isDayPart(first.low))
            return false;
        bool relative = false;
        for (int t = b + 1; t < s1 - 1; ++t) {
            const Tok &w = m_toks[t];
            if (w.quote >= 0 || w.kind == TokKind::OpenQuote || w.kind == TokKind::CloseQuote)
                return false;
            if (w.kind == TokKind::Punct) {
                // ("…, a lawyer in Tucson, Ariz., adding that …": after a comma, no participle or second clause.)
                if (w.low == u"," && t + 1 < s1 - 1 && m_toks[t + 1].kind == TokKind::Word &&
                    (isParticipleCue(m_toks[t + 1].low) || (!m_toks[t + 1].cap && m_toks[t + 1].low.endsWith(u"ing")) ||
                     isWordAt(t + 1, u"and") || isWordAt(t + 1, u"but") || isPronoun(m_toks[t + 1].low)))
                    return false;
                if (w.low == u";" || w.low == u":" || (isSentenceEndPunct(w) && w.low != u"."))
                    return false;
                continue;
            }
            if (w.low == u"who" || w.low == u"which") {
                relative = true;
                continue;
            }
            if (isStrongVerbCue(w.low) || isPronoun(w.low))
                return false;
            if (!relative && (isCopula(w.low) || isAuxiliary(w.low)))
                return false;
        }
        return true;
    }

    /// The opening parenthesis of "( … )" that ends just before token end (a short one, within the sentence), or -1.
    int parenthesisBefore(int end, int s0) const
    {
        if (!isPunctAt(end - 1, u")"))
            return -1;
        for (int k = end - 2; k >= s0 && k >= end - 10; --k) {
            if (isPunctAt(k, u"("))
                return k > s0 ? k : -1;
            if (isPunctAt(k, u")"))
                return -1;
        }
        return -1;
    }

    /// The noun phrase that opens a sentence and is followed by a lower-case word (its verb), or none.
    Speaker leadingSubject(int s0, int limit) const
    {
        Speaker sp;
        int j = s0;
        if (j < limit && m_toks[j].kind == TokKind::Word && isPronoun(m_toks[j].low) && m_toks[j].low != u"it") {
            sp.a = j;
            sp.b = j + 1;
            return sp;
        }
        while (j < limit && j - s0 < 6 && m_toks[j].kind == TokKind::Word &&
               (m_toks[j].cap || m_toks[j].low == u"'s" || isRoleWord(m_toks[j].low) || isOrgWord(m_toks[j].low) ||
                (j == s0 && isDeterminer(m_toks[j].low)))) {
            ++j;
            // ("The former mayor showed restraint and described …", "The nonpartisan Budget Office …": after an
            // opening determiner, a lower-case word or two before the role, organisation or name it determines.)
            if (j == s0 + 1 && isDeterminer(m_toks[s0].low)) {
                int k = j;
                while (k < limit && k - j < 2 && m_toks[k].kind == TokKind::Word && !m_toks[k].cap &&
                       m_toks[k].quote < 0 && !isStopWord(m_toks[k].low) && !isDeterminer(m_toks[k].low) &&
                       !isRoleWord(m_toks[k].low) && !isOrgWord(m_toks[k].low) && !isCueWord(m_toks[k].low) &&
                       !m_toks[k].low.endsWith(u"ing"))
                    ++k;
                if (k > j && k < limit && m_toks[k].kind == TokKind::Word && m_toks[k].quote < 0 &&
                    (isRoleWord(m_toks[k].low) || isOrgWord(m_toks[k].low) || m_toks[k].cap))
                    j = k;
            }
            // ("Ostrel's defence ministry said …": after a possessive, a word or two before the organisation or role
            // it owns.)
            if (m_toks[j - 1].low == u"'s") {
                int k = j;
                while (k < limit && k - j < 2 && m_toks[k].kind == TokKind::Word && !m_toks[k].cap &&
                       !isStopWord(m_toks[k].low) && !isRoleWord(m_toks[k].low) && !isOrgWord(m_toks[k].low) &&
                       !isCueWord(m_toks[k].low))
                    ++k;
                if (k > j && k < limit && m_toks[k].kind == TokKind::Word &&
                    (isRoleWord(m_toks[k].low) || isOrgWord(m_toks[k].low)))
                    j = k;
            }
        }
        int end = j;
        // "Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed …": a party label after the name.
        if (j > s0 && isPunctAt(j, u"(")) {
            int c = j + 1;
            while (c < limit && c - j < 10 && !isPunctAt(c, u")"))
                ++c;
            if (isPunctAt(c, u")"))
                j = c + 1;
        }
        j = skipAdverbialsRight(j, limit);
        if (end == s0 || j >= limit || m_toks[j].kind != TokKind::Word || m_toks[j].cap)
            return sp;
        if (isStopWord(m_toks[s0].low) || (end - s0 == 1 && isDeterminer(m_toks[s0].low)))
            return sp;
        // ("Last week, the senator …": a time that opens the sentence is no subject.)
        if (isMonthOrDay(m_toks[s0].low) || isDayPart(m_toks[j].low) || isMonthOrDay(m_toks[j].low))
            return sp;
        sp.a = s0;
        sp.b = end;
        return sp;
    }

    /// The sentence's subject (leadingSubject), also after an opening phrase that ends in a comma: "Here in
    /// Columbia, Sanders stepped up …".
    Speaker subjectAfterOpening(int s0, int limit) const
    {
        Speaker sp = leadingSubject(s0, limit);
        // ("Beyond the footage, the affidavit cited …", "Shortly after the vote, …", "Early in his campaign, …": a
        // preposition or an adverb that opens the sentence is no name; the subject after the opening phrase's comma
        // speaks, or failing one, the statement keeps it as before.)
        static const QSet<QString> openers{
            QStringLiteral("beyond"),    QStringLiteral("despite"),    QStringLiteral("amid"),
            QStringLiteral("following"), QStringLiteral("throughout"), QStringLiteral("outside"),
            QStringLiteral("inside"),    QStringLiteral("near"),       QStringLiteral("unlike"),
            QStringLiteral("toward"),    QStringLiteral("towards"),    QStringLiteral("early"),
            QStringLiteral("late"),      QStringLiteral("later"),      QStringLiteral("earlier"),
            QStringLiteral("overall"),   QStringLiteral("shortly"),    QStringLiteral("besides"),
            QStringLiteral("asked"),     QStringLiteral("separately"), QStringLiteral("yesterday"),
            QStringLiteral("today"),     QStringLiteral("tonight"),    QStringLiteral("tomorrow")};
        Speaker opener;
        if (sp.a >= 0 && sp.b - sp.a == 1 && openers.contains(m_toks[sp.a].low))
            std::swap(sp, opener);
        // "Then he cut into Bush, calling him …", "But Sanders said …": a connective before the subject.
        if (sp.a < 0 && s0 + 2 < limit && m_toks[s0].kind == TokKind::Word) {
            static const QSet<QString> connectives{
                QStringLiteral("then"),    QStringLiteral("but"),     QStringLiteral("and"),
                QStringLiteral("so"),      QStringLiteral("still"),   QStringLiteral("now"),
                QStringLiteral("yet"),     QStringLiteral("instead"), QStringLiteral("later"),
                QStringLiteral("earlier"), QStringLiteral("however"), QStringLiteral("meanwhile")};
            if (connectives.contains(m_toks[s0].low))
                sp = leadingSubject(isPunctAt(s0 + 1, u",") ? s0 + 2 : s0 + 1, limit);
        }
        for (int c = s0 + 1; sp.a < 0 && c + 2 < limit && c - s0 <= 12; ++c) {
            if (!isPunctAt(c, u",") || m_toks[c + 1].kind != TokKind::Word || m_toks[c + 1].quote >= 0)
                continue;
            const Tok &n = m_toks[c + 1];
            // ("In an interview Thursday, the Wisconsin Republican criticized …": a determined subject too.)
            // ("Later in the summer, she revised …": after an opener, a subject pronoun too.)
            if (n.cap || n.low == u"the" || (isPronoun(n.low) && n.low != u"it" && opener.a >= 0))
                sp = leadingSubject(c + 1, limit);
            // ("Gary Emineth, a former state chairman, became a delegate and said …": a name and its apposition.)
            else if (!isStopWord(n.low) && !isDeterminer(n.low) && !isPronoun(n.low) && !isCueWord(n.low))
                sp = openingNameApposition(s0, c + 1);
        }
        // ("Ann Ruiz, who has run the shelter for years, arrived late and said …": a name, then a relative clause
        // set off by commas, then its verb.)
        if (sp.a < 0 && s0 + 2 < limit && m_toks[s0].kind == TokKind::Word && m_toks[s0].cap &&
            !isStopWord(m_toks[s0].low) && !isMonthOrDay(m_toks[s0].low)) {
            int j = s0;
            while (j < limit && j - s0 < 5 && m_toks[j].kind == TokKind::Word && m_toks[j].quote < 0 &&
                   (m_toks[j].cap || m_toks[j].low == u"'s"))
                ++j;
            if (isPunctAt(j, u",") && isWordAt(j + 1, u"who")) {
                for (int c = j + 2; c + 1 < limit && c - j < 30; ++c) {
                    if (m_toks[c].kind == TokKind::Punct && m_toks[c].quote < 0 && m_toks[c].low != u",")
                        break;
                    if (isPunctAt(c, u",") && m_toks[c].quote < 0) {
                        const Tok &v = m_toks[c + 1];
                        if (v.kind == TokKind::Word && v.quote < 0 && !v.cap && !isStopWord(v.low) &&
                            !isPronoun(v.low)) {
                            sp.a = s0;
                            sp.b = j;
                        }
                        break;
                    }
                }
            }
        }
        if (sp.a < 0)
            sp = opener;
        return sp;
    }

    /// An inverted speaker after the cue: "…," said Kremlin spokesman Dmitry Peskov. After a quote, a determined
    /// phrase speaks whatever its noun, up to the clause's end: "…," said a person close to the Clintons.
    Speaker speakerRight(int k, int s1, bool afterQuote = false) const
    {
        Speaker sp;
        const int a = k;
        while (k < s1 && k - a < 9) {
            const Tok &t = m_toks[k];
            // ("said Paul R. Pillar, a former analyst": the period of a middle initial is part of the name.)
            if (t.kind == TokKind::Punct && t.low == u"." && t.quote < 0 && k > a && k + 1 < s1 &&
                m_toks[k - 1].kind == TokKind::Word && m_toks[k - 1].cap && m_toks[k - 1].low.size() == 1 &&
                m_toks[k + 1].kind == TokKind::Word && m_toks[k + 1].cap && m_toks[k + 1].quote < 0) {
                ++k;
                continue;
            }
            if (t.kind != TokKind::Word)
                break;
            if (t.low == u"of" || t.low == u"for" || t.low == u"'s" || t.low == u"and") {
                ++k;
                continue;
            }
            // "said Will Doyle", "said May Ling": a capitalised word after the verb is a name, even one that spells
            // a stop word.
            if (t.cap && t.quote < 0 && !isDeterminer(t.low) && !isPronoun(t.low) && !isCueWord(t.low) &&
                !isMonthOrDay(t.low) && (k > a || (k + 1 < s1 && m_toks[k + 1].cap))) {
                ++k;
                continue;
            }
            if (isStopWord(t.low) && !isDeterminer(t.low))
                break;
            if (isCueWord(t.low))
                break;
            ++k;
        }
        int b = k;
        while (b > a && (m_toks[b - 1].low == u"of" || m_toks[b - 1].low == u"for" || m_toks[b - 1].low == u"and" ||
                         isDeterminer(m_toks[b - 1].low)))
            --b;
        if (b <= a)
            return afterQuote && b == a && k == a + 1 ? determinedSpeakerRight(a, s1) : sp;
        bool anyCap = false;
        for (int t = a; t < b; ++t)
            anyCap = anyCap || m_toks[t].cap;
        if (!anyCap && !isPronoun(m_toks[a].low) && !isRoleWord(m_toks[b - 1].low) && !isOrgWord(m_toks[b - 1].low) &&
            !isSpeakingNoun(m_toks[b - 1].low))
            return afterQuote ? determinedSpeakerRight(a, s1) : sp;
        sp.a = a;
        sp.b = b;
        return sp;
    }

    /// '"…," said a person close to the Clintons.', '"…," says a narrator.': a phrase opening with a determiner
    /// that runs, without verbs or quotes, to a comma or the sentence's end.
    Speaker determinedSpeakerRight(int a, int s1) const
    {
        Speaker sp;
        if (a >= s1 || !isDeterminer(m_toks[a].low) || m_toks[a].low == u"his" || m_toks[a].low == u"her" ||
            m_toks[a].low == u"its" || m_toks[a].low == u"their")
            return sp;
        int k = a + 1;
        int words = 0;
        while (k < s1 && k - a < 14) {
            const Tok &t = m_toks[k];
            if (t.kind == TokKind::Punct && (t.low == u"-" || t.low == u"'s"))
                ++k;
            else if (t.kind != TokKind::Word || t.quote >= 0)
                break;
            else if (t.low == u"who" && words > 0)
                break; // "said a person who was there"
            else if (isCueWord(t.low) || isCopula(t.low) || isAuxiliary(t.low) || isPronoun(t.low) || t.low == u"who" ||
                     t.low == u"which" || t.low == u"that")
                return sp;
            else {
                ++words;
                ++k;
            }
        }
        const bool clauseEnds =
            k >= s1 || m_toks[k].low == u"," || m_toks[k].low == u"who" || isSentenceEndPunct(m_toks[k]);
        // ('"…," tweeted another.', '"…," said one.': "another" or "one" alone, right before the sentence's end,
        // stands for one more of those just quoted.)
        const bool lone = words == 0 && k == a + 1 && (m_toks[a].low == u"another" || m_toks[a].low == u"one") &&
                          k < s1 && isSentenceEndPunct(m_toks[k]);
        if (!clauseEnds || (words < 1 && !lone))
            return sp;
        sp.a = a;
        sp.b = k;
        return sp;
    }

    /// Puts sp (resolved first) into r as its speaker; false when there is none.
    bool takeSpeaker(Raw &r, Speaker &sp) const
    {
        if (sp.a < 0)
            return false;
        if (!sp.resolved)
            resolve(sp);
        r.s0 = m_toks[sp.a].s;
        r.s1 = m_toks[sp.b - 1].e;
        r.entity = sp.entity;
        r.personSpeaker = sp.person;
        return true;
    }

    /// Resolves a speaker's mention to a name: titles stripped, aliases, surnames, roles and pronouns followed.
    void resolve(Speaker &sp) const
    {
        if (sp.a < 0)
            return;
        const int a = sp.a;
        int b = sp.b;
        // ("Executives who have worked with Ana Ruiz say": a relative clause describes the speaker; a name inside
        // it is not who speaks.)
        for (int t = a + 1; t < b; ++t)
            if (m_toks[t].kind == TokKind::Word && m_toks[t].quote < 0 &&
                (m_toks[t].low == u"who" || m_toks[t].low == u"whose" || m_toks[t].low == u"whom")) {
                b = t;
                break;
            }
        const QString &first = m_toks[a].low;
        if (b - a == 1 && isPronoun(first)) {
            if (first == u"he" || first == u"she" || first == u"him" || first == u"her") {
                for (int i = int(m_recent.size()) - 1; i >= 0; --i)
                    if (m_recent[i].person) {
                        sp.entity = m_recent[i].entity;
                        sp.person = true;
                        return;
                    }
                const Mention *m = lastMention(a, [](const Mention &) { return true; });
                if (m) {
                    sp.entity = m->name;
                    sp.person = true;
                }
            } else if (first == u"it" || first == u"they") {
                for (int i = int(m_recent.size()) - 1; i >= 0; --i)
                    if (m_recent[i].org) {
                        sp.entity = m_recent[i].entity;
                        sp.org = true;
                        return;
                    }
            }
            return; // "I", "we", "you" outside quotes: the writer or an unnamed group
        }
        QString phrase = text(a, b);
        int from = a;
        // ("both sides", "both governments": "both" names the pair, where "the" or "his" only points.)
        // ("Most of the nurses", "some of his aides": before "of" the quantifier is the phrase's head.)
        if (isDeterminer(first) && !(first == u"both" && b - a >= 2) && !(a + 1 < b && isWordAt(a + 1, u"of")))
            ++from;
        const QString bare = text(from, b);
        if (const auto alias = lookupAlias(bare); !alias.isEmpty()) {
            sp.entity = alias;
            sp.org = !isPersonTitleAt(from, b);
            sp.head = m_toks[b - 1].low;
            return;
        }
        // The trailing capitalised run is the name; title and role words before it are stripped.
        int nameStart = b;
        while (nameStart > from && m_toks[nameStart - 1].kind == TokKind::Word &&
               (m_toks[nameStart - 1].cap || isNameParticle(m_toks[nameStart - 1].low)) &&
               !isTitleWord(m_toks[nameStart - 1].low) && m_toks[nameStart - 1].low != u"'s")
            --nameStart;
        const bool hasTitle = nameStart > from;
        const bool titled =
            hasTitle && (isTitleWord(m_toks[nameStart - 1].low) || isRoleWord(m_toks[nameStart - 1].low));
        const int nameLen = b - nameStart;
        if (nameLen >= 1 && !hasOrgWord(nameStart, b) && (titled || nameLen >= 2 || !hasTitle)) {
            const QString name = text(nameStart, b);
            if (const auto alias = lookupAlias(name); !alias.isEmpty()) {
                sp.entity = alias;
                sp.person = titled || nameLen >= 2;
                return;
            }
            if (nameLen == 1) {
                // A surname alone ("Peskov") or a one-word body ("Reuters", "Azerbaijan").
                const QString last = m_toks[b - 1].low;
                const Mention *m = lastMention(b, [&](const Mention &x) { return x.last == last; });
                if (m) {
                    sp.entity = m->name;
                    sp.person = true;
                    return;
                }
                sp.entity = name;
                sp.org = isWire(last) || isOrgWord(last) || !titled;
                sp.person = titled;
                return;
            }
            sp.entity = name;
            sp.person = true;
            return;
        }
        // A role or body without a name: "the ministry", "The US President", "Azerbaijan's defense ministry".
        const QString head = m_toks[b - 1].low;
        sp.head = head;
        const bool shortRef = isDeterminer(first) && b - from <= 3;
        if (shortRef) {
            const QString role = bare.toLower();
            const Mention *m =
                lastMention(a, [&](const Mention &x) { return !x.title.isEmpty() && x.title.endsWith(role); });
            if (m && isTitleWord(head)) {
                sp.entity = m->name;
                sp.person = true;
                return;
            }
            for (int i = int(m_recent.size()) - 1; i >= 0; --i)
                if (!m_recent[i].head.isEmpty() && m_recent[i].head == head) {
                    sp.entity = m_recent[i].entity;
                    sp.org = m_recent[i].org;
                    sp.person = m_recent[i].person;
                    return;
                }
        }
        sp.entity = bare;
        sp.org = isOrgWord(head) || hasOrgWord(from, b);
        sp.person = !sp.org && (isRoleWord(head) || isTitleWord(head));
        Q_UNUSED(phrase);
    }

    bool isPersonTitleAt(int a, int b) const
    {
        for (int t = a; t < b; ++t)
            if (isTitleWord(m_toks[t].low))
                return true;
        return false;
    }

    template <typename Pred> const Mention *lastMention(int beforeTok, Pred pred) const
    {
        const Mention *best = nullptr;
        for (const auto &m : m_mentions) {
            if (m.tok >= beforeTok)
                break;
            if (pred(m))
                best = &m;
        }
        if (!best) // a name given in full only later ("Peskov … Dmitry Peskov") is still the best guess
            for (const auto &m : m_mentions)
                if (pred(m))
                    return &m;
        return best;
    }

    QString lookupAlias(const QString &s) const
    {
        if (m_aliases.isEmpty())
            return {};
        return m_aliases.value(s.toCaseFolded());
    }

    void remember(const Speaker &sp)
    {
        if (sp.entity.isEmpty())
            return;
        Recent r{sp.entity, sp.person, sp.org, sp.head};
        m_recent.append(r);
        if (m_recent.size() > 8)
            m_recent.removeFirst();
    }

    // ---- cues -------------------------------------------------------------------------------------------
    struct CueMatch {
        int a = 0;
        int b = 0; ///< token range of the cue
        const CueEntry *entry = nullptr;
    };

    /// The cue starting at token k, longest first; nullptr entry when none.
    CueMatch matchCue(int k, int s1) const
    {
        CueMatch best;
        // "the reported bomber", "an estimated 200 officers", "the added security": a past participle right after an
        // article or a possessive determiner describes a noun; it is no verb of saying.
        if (k > 0 && m_toks[k].low.endsWith(u"ed") && m_toks[k - 1].kind == TokKind::Word) {
            const QString &before = m_toks[k - 1].low;
            for (const auto *w : {u"the", u"a", u"an", u"his", u"her", u"their", u"its", u"our", u"my", u"your"})
                if (before == QStringView(w))
                    return best;
            // ("475 pledged delegates", "30 invited guests": after a number too, before a plain noun. Not after a
            // year: "Trump in 2011 questioned whether …".)
            bool number = !before.isEmpty();
            for (const QChar c : before)
                number = number && c.isDigit();
            const bool year = before.size() == 4 && (before.startsWith(u"19") || before.startsWith(u"20"));
            if (number && !year && k + 1 < s1 && m_toks[k + 1].kind == TokKind::Word && m_toks[k + 1].quote < 0 &&
                !m_toks[k + 1].cap && !isStopWord(m_toks[k + 1].low) && !isDeterminer(m_toks[k + 1].low) &&
                !isPronoun(m_toks[k + 1].low))
                return best;
        }
        // 'his reality show, "The Apprentice"', "Lopez's show was …": "show" right before a quotation, or after an
        // article or a possessive, is a programme, not a verb.
        if (m_toks[k].low == u"show") {
            const int next = k + 1 < s1 && isPunctAt(k + 1, u",") ? k + 2 : k + 1;
            if (next < s1 && m_toks[next].kind == TokKind::OpenQuote)
                return best;
            if (k > 0 && m_toks[k - 1].kind == TokKind::Word &&
                (m_toks[k - 1].low == u"'s" || m_toks[k - 1].low == u"the" || m_toks[k - 1].low == u"a" ||
                 m_toks[k - 1].low == u"his" || m_toks[k - 1].low == u"her" || m_toks[k - 1].low == u"their" ||
                 m_toks[k - 1].low == u"its"))
                return best;
        }
        // "the talks about a ceasefire", "Monday's talks about trade": after an article or a possessive, "talks" is
        // the noun, not a verb of speaking.
        if (m_toks[k].low == u"talks" && k > 0 && m_toks[k - 1].kind == TokKind::Word &&
            (m_toks[k - 1].low == u"'s" || isDeterminer(m_toks[k - 1].low)))
            return best;
        // "In a Gallup poll released Monday, 52 percent of voters …": the poll is the source (pollAdjunctEnd).
        // "By the league's count, 40 clubs …": a count the same way.
        if ((m_toks[k].low == u"in" || m_toks[k].low == u"by") && pollAdjunctEnd(k, s1) > 0) {
            best.a = k;
            best.b = k + 1;
            best.entry = m_toks[k].low == u"in" ? &pollAdjunctCue() : &countAdjunctCue();
            return best;
        }
        // "To Ms. Ortiz, the ferry is a lifeline": whose view it is (viewpointEnd).
        if (m_toks[k].low == u"to" && viewpointEnd(k, s1) > 0) {
            best.a = k;
            best.b = k + 1;
            best.entry = &viewpointCue();
            return best;
        }
        if (const int end = doubtPhraseEnd(k, s1); end > 0) {
            best.a = k;
            best.b = end;
            best.entry = &doubtCue();
            return best;
        }
        const auto *entries = cuesStartingWith(m_toks[k].low);
        // "Trump's claim that", "the claims that": a noun, even where the word is also a verb.
        if (entries && k > 0 && (isWordAt(k - 1, u"'s") || isDeterminer(m_toks[k - 1].low)) &&
            isNominalCue(m_toks[k].low))
            entries = nullptr;
        if (!entries) {
            // A verb outside the lexicon with a "that"-clause: "Clinton conceded that …", "critics fear that …".
            // The clause needs a subject of its own: "that the …", "that he …", "that Trump …".
            // A bare plural counts too: "agree that decisions … should be left to the states".
            // (Only before "that": the word-list lookups would otherwise run for every word of the text.)
            const bool thatNext = isWordAt(k + 1, u"that");
            const QString &n2 = k + 2 < s1 ? m_toks[k + 2].low : QString();
            const bool barePlural = thatNext && n2.size() > 4 && n2.endsWith(u's') && !n2.endsWith(u"ss") &&
                                    !n2.endsWith(u"'s") && !isStopWord(n2) && !isCopula(n2) && !isAuxiliary(n2) &&
                                    !isCueWord(n2);
            const bool subject = thatNext && k + 2 < s1 && m_toks[k + 2].kind == TokKind::Word &&
                                 m_toks[k + 2].quote < 0 &&
                                 (isDeterminer(m_toks[k + 2].low) || isPronoun(m_toks[k + 2].low) ||
                                  (m_toks[k + 2].cap && !isStopWord(m_toks[k + 2].low)) || barePlural);
            if (isWordAt(k + 1, u"that") && subject && m_toks[k].quote < 0 &&
                (isNominalCue(m_toks[k].low) || isBeliefAdjective(m_toks[k].low))) {
                best.a = k;
                best.b = k + 1;
                best.entry = &nominalThatCue();
            } else if (isWordAt(k + 1, u"about") && m_toks[k].quote < 0 && k + 2 < s1 &&
                       m_toks[k + 2].kind == TokKind::Word && m_toks[k + 2].quote < 0 && isWordAt(k, u"worried")) {
                // "Party leaders are worried about a split", "officials have long worried about the cost": a worry's
                // object is what it concerns.
                best.a = k;
                best.b = k + 2;
                best.entry = &worriedAboutCue();
            } else if (isWordAt(k + 1, u"that") && subject && (looksLikeVerb(k) || verbAfterAdverb(k))) {
                best.a = k;
                best.b = k + 1;
                best.entry = &thatClauseCue();
            } else if (quoteVerb(k, s1)) {
                best.a = k;
                best.b = k + 1;
                best.entry = &quoteVerbCue();
            } else if (isWordAt(k + 1, u"that") && subject && k > 0 && isPunctAt(k - 1, u",") && !m_toks[k].cap &&
                       m_toks[k].quote < 0 && m_toks[k].low.size() > 5 && m_toks[k].low.endsWith(u"ing")) {
                // ", acknowledging that …", ", implying that …": a participle outside the lexicon.
                best.a = k;
                best.b = k + 1;
                best.entry = &thatParticipleCue();
            }
            return best;
        }
        for (const CueEntry &e : *entries) {
            int t = k;
            bool ok = true;
            for (const QString &w : e.words) {
                // Adverbs may sit inside a phrase: "was unable to immediately verify".
                while (ok && t < s1 && m_toks[t].kind == TokKind::Word && m_toks[t].low != w && t > k &&
                       isInnerAdverb(m_toks[t].low))
                    ++t;
                if (t >= s1 || m_toks[t].kind != TokKind::Word || m_toks[t].low != w) {
                    ok = false;
                    break;
                }
                ++t;
            }
            if (ok && t - k > best.b - best.a) {
                best.a = k;
                best.b = t;
                best.entry = &e;
            }
        }
        // ("The weather forecast said …", "The reports say …": a one-word cue right before a finite verb of saying is
        // a noun in that verb's subject; "would not say", "declined to say" are cues of several words.)
        if (best.entry && best.b == k + 1 && k + 1 < s1 && m_toks[k + 1].kind == TokKind::Word &&
            m_toks[k + 1].quote < 0 && !m_toks[k + 1].cap && isFiniteSaying(m_toks[k + 1].low, m_toks[k].low))
            return CueMatch();
        return best;
    }

    /// A finite verb of saying after a word that is neither an auxiliary nor a negation ("cannot say" is one verb).
    static bool isFiniteSaying(const QString &w, const QString &before)
    {
        return (w == u"said" || w == u"says" || w == u"say" || w == u"told" || w == u"tells" || w == u"wrote") &&
               !isAuxiliary(before) && before != u"cannot" && before != u"not" && !before.endsWith(u"n't") &&
               !before.endsWith(u"n\u2019t");
    }

    /// Token k opens its sentence, after at most "but / and / yet", outside quotations: where an adjunct of
    /// evidence or viewpoint stands ("In a Gallup poll …, …", "But to many, …").
    bool opensSentenceAdjunct(int k) const
    {
        const int s0 = m_sents[m_sentOf.value(k, 0)].t0;
        return m_toks[k].quote < 0 &&
               (k == s0 || (k == s0 + 1 && (isWordAt(s0, u"but") || isWordAt(s0, u"and") || isWordAt(s0, u"yet"))));
    }

    /// "In a Gallup poll released Monday, 52 percent of voters backed the plan", "But in the same survey, …": "in"
    /// (or "by" before a count: "By the league's count, …", "By some measures, …", 2 of 2 in PolNeAR's text) opening
    /// its sentence (after at most a connective) before a phrase headed by a poll or survey, then a comma
    /// and the clause that tells what the poll found. The comma before that clause, or -1; a participle phrase
    /// after the first comma still describes the poll (", conducted May 2-4,"). The head comes before anything
    /// but a determiner, a name or a modifier: "In a letter sent as the polls closed, …" and "In two of the
    /// counties where polls were taken, …" are the writer's setting.
    int pollAdjunctEnd(int k, int s1) const
    {
        if (!opensSentenceAdjunct(k))
            return -1;
        int noun = -1;
        for (int n = k + 1; n < s1 && n - k <= 10 && noun < 0; ++n) {
            const Tok &t = m_toks[n];
            if (t.quote >= 0 || t.kind == TokKind::OpenQuote || t.kind == TokKind::CloseQuote)
                return -1;
            if (t.kind == TokKind::Punct) {
                if (t.low == u"/" || t.low == u"-" || t.low == u"&")
                    continue;
                return -1;
            }
            if (m_toks[k].low == u"in" ? isPollNoun(t.low) : isCountNoun(t.low))
                noun = n;
            else if (!t.cap && isStopWord(t.low) && !isDeterminer(t.low) && t.low != u"'s")
                return -1;
        }
        if (noun < 0)
            return -1;
        // What describes the poll up to the comma: "released Monday", "of 800 likely voters", "conducted by …".
        int comma = noun + 1;
        for (; comma < s1 && comma - noun <= 14; ++comma) {
            const Tok &t = m_toks[comma];
            if (t.quote >= 0 || t.kind == TokKind::OpenQuote || t.kind == TokKind::CloseQuote)
                return -1;
            // (The comma inside a number, "of 1,000 adults", goes on.)
            const bool numberComma = t.low == u"," && comma + 1 < s1 && m_toks[comma - 1].e == t.s &&
                                     m_toks[comma + 1].s == t.e && m_toks[comma - 1].low.at(0).isDigit() &&
                                     m_toks[comma + 1].low.at(0).isDigit();
            if (t.kind == TokKind::Punct && t.low != u"/" && t.low != u"-" && t.low != u"&" && !numberComma)
                break;
            if (t.kind == TokKind::Word && (isStrongVerbCue(t.low) || t.low == u"that" || t.low == u"which" ||
                                            t.low == u"who" || t.low == u"where" || t.low == u"when"))
                return -1;
        }
        if (comma >= s1 || !isPunctAt(comma, u","))
            return -1;
        const int next = comma + 1;
        if (next < s1 && m_toks[next].kind == TokKind::Word && !m_toks[next].cap && m_toks[next].quote < 0 &&
            m_toks[next].low.endsWith(u"ed") && !isCueWord(m_toks[next].low)) {
            int c2 = next + 1;
            while (c2 < s1 && c2 - next <= 10 && m_toks[c2].quote < 0 && m_toks[c2].kind == TokKind::Word)
                ++c2;
            if (c2 < s1 && isPunctAt(c2, u","))
                comma = c2;
        }
        return comma;
    }

    /// "To Ms. Ortiz, the ferry is a lifeline", "But to many, the plan is a betrayal": "to" opening its sentence
    /// (after at most a connective) before a name or a pronoun and a comma gives that one's view in the clause
    /// after it. The comma before the clause, or -1; a relative clause after the name goes with it ("To Ortiz, who
    /// has run the ferry for years, …"). A name's first and last words are capitalised ("To Harbor Board member
    /// Lena Ortiz"); a determined phrase is no viewpoint ("To the surprise of many", "To the extent …"; "To her
    /// supporters", "To a lot of readers": the gold marks one in four such people in PolNeAR's text), nor a verb
    /// ("To Win Back Voters, …", "To date, …").
    int viewpointEnd(int k, int s1) const
    {
        if (!opensSentenceAdjunct(k))
            return -1;
        int comma = k + 1;
        while (comma < s1 && comma - k <= 10 && m_toks[comma].kind == TokKind::Word && m_toks[comma].quote < 0)
            ++comma;
        if (comma == k + 1 || comma >= s1 || !isPunctAt(comma, u","))
            return -1;
        const Tok &first = m_toks[k + 1];
        const Tok &last = m_toks[comma - 1];
        if (comma == k + 2 && isViewpointPronoun(first.low) && !first.cap) {
            // a pronoun alone
        } else {
            // A name: capitalised words to the comma, lower-case role words before it allowed, no stop word.
            if (!first.cap || !last.cap || isMonthOrDay(last.low) || isStopWord(first.low))
                return -1;
            for (int t = k + 1; t < comma; ++t)
                if (isStopWord(m_toks[t].low) || m_toks[t].low == u"'s")
                    return -1;
            // (Every word capitalised is a heading's, "To Win Back Voters, …", when the sentence's next word is too,
            // or its next three: "To Win, Candidates Need Money".)
            bool allCap = true;
            for (int t = k + 1; t < comma; ++t)
                allCap = allCap && m_toks[t].cap;
            if (allCap && comma + 1 < s1 && m_toks[comma + 1].cap &&
                (comma - k > 3 || (comma + 3 < s1 && m_toks[comma + 2].cap && m_toks[comma + 3].cap &&
                                   m_toks[comma + 3].kind == TokKind::Word)))
                return -1;
        }
        int end = comma;
        if (isWordAt(end + 1, u"who")) {
            int c2 = end + 2;
            while (c2 < s1 && c2 - end <= 20 && !isPunctAt(c2, u",") && !isSentenceEndPunct(m_toks[c2]))
                ++c2;
            if (c2 >= s1 || !isPunctAt(c2, u","))
                return -1;
            end = c2;
        }
        if (end + 1 >= s1 || m_toks[end + 1].kind != TokKind::Word)
            return -1;
        return end;
    }

    /// A lower-case past or present-tense verb form: "conceded", "fears", "believes" (not "this", "is", "news").
    /// '"If you ask one more mean question, I may leave," Trump quipped.': a past-tense verb outside the lexicon
    /// after a quote that ends on a comma, question or exclamation mark and a short speaker, with nothing but
    /// the sentence's end, a comma or a preposition after it, reports the quote. (A present-tense -s form the same
    /// way, '"…," Bozell answers', was tried twice: 8 more suggestions, 4 right; before, 10 and 8.)
    bool quoteVerb(int k, int s1) const
    {
        const Tok &t = m_toks[k];
        // '"…," the statement read': a document reads what it says.
        const bool reads = t.low == u"read" || t.low == u"reads";
        // (The other forms need a quotation that closes a few words before them; looking for its mark first spares
        // the word-list lookups on every other word of the text.)
        auto closeQuoteNear = [&] {
            for (int j = k - 1; j >= 0 && j >= k - 12; --j)
                if (m_toks[j].kind == TokKind::CloseQuote)
                    return true;
            return false;
        };
        const bool otherForm =
            !reads && (t.low.size() < 5 || !t.low.endsWith(u"ed")) && closeQuoteNear() && quoteVerbOtherForm(k);
        if (t.kind != TokKind::Word || t.cap || t.quote >= 0 ||
            (!reads && !otherForm && (t.low.size() < 5 || !t.low.endsWith(u"ed"))) || isStopWord(t.low) ||
            isCopula(t.low) || isAuxiliary(t.low) || k + 1 > s1)
            return false;
        const int s0 = m_sents[m_sentOf.value(k, 0)].t0;
        auto closesClause = [&](int q) {
            const Tok *p = quoteEndPunct(q);
            return p && (p->low == u"," || p->low == u"?" || p->low == u"!");
        };
        // '"…," opined the Plain Dealer', '"…," read the statement': inverted, the speaker after the verb.
        if (otherForm && (k - 1 < s0 || m_toks[k - 1].kind != TokKind::Word))
            return false;
        if (k - 1 >= s0 && m_toks[k - 1].kind != TokKind::Word && k + 1 < s1) {
            const int q = quoteEndingBefore(k, s0);
            const Tok &n = m_toks[k + 1];
            // (The quote opens its sentence: '… starred in "Parks and Recreation," posted the clip' is no statement.)
            return q >= 0 && closesClause(q) && m_sents[m_sentOf.value(m_quotes[q].open, 0)].t0 == m_quotes[q].open &&
                   n.kind == TokKind::Word && n.quote < 0 && (isDeterminer(n.low) || (n.cap && !isStopWord(n.low)));
        }
        int j = k;
        while (j - 1 >= s0 && k - j < 6 && m_toks[j - 1].kind == TokKind::Word && m_toks[j - 1].quote < 0)
            --j;
        // ('"…?" a staffer in the room wondered': a determined phrase speaks too.)
        const bool subject = j < k && (m_toks[j].cap || isPronoun(m_toks[j].low) || isDeterminer(m_toks[j].low));
        // 'A man in the crowd yelled, "You lie!"': a subject opening its clause, then the verb and a quotation that
        // ends the sentence.
        if (subject && !reads && !otherForm && k + 1 < s1 && (j == s0 || isPunctAt(j - 1, u","))) {
            const int qa = quoteStartingAt(k + 1, s1);
            if (qa >= 0 && m_quotes[qa].closed && endsItsSentence(m_quotes[qa].close))
                return true;
        }
        if (k + 1 < s1) {
            const Tok &n = m_toks[k + 1];
            const bool ends = n.kind == TokKind::Punct && (n.low == u"," || isSentenceEndPunct(n));
            const bool adjunct = n.kind == TokKind::Word && !n.cap &&
                                 ((isStopWord(n.low) && !isPronoun(n.low) && n.low != u"that") ||
                                  n.low.endsWith(u"ly") || n.low == u"back" || (otherForm && n.low == u"out"));
            if (!ends && !adjunct && !(subject && listenerEndsClause(k + 1, s1)))
                return false;
        }
        if (!subject)
            return false;
        const int q = quoteEndingBefore(j, s0);
        // (For the other forms, the quotation opens its sentence and the subject is a plain phrase: in
        // '… of "Twin Peaks," the cult series that went off the air' the verb is a relative clause's.)
        if (otherForm && q >= 0) {
            // (Closed by a comma, in the verb's paragraph; a comma after the verb goes on with a quotation: in
            // '"Family Leave," the booklet states, begins after a year' the verb interrupts a clause.)
            const Tok *end = quoteEndPunct(q);
            if (m_sents[m_sentOf.value(m_quotes[q].open, 0)].t0 != m_quotes[q].open || !end || end->low != u"," ||
                m_toks[m_quotes[q].close].para != t.para || (k + 1 < s1 && isWordAt(k + 1, u"to")) ||
                (k + 1 < s1 && isPunctAt(k + 1, u",") && k + 2 < s1 && m_toks[k + 2].kind != TokKind::OpenQuote))
                return false;
            for (int t = j; t < k; ++t)
                if (isStopWord(m_toks[t].low) || isCueWord(m_toks[t].low))
                    return false;
        }
        return q >= 0 && closesClause(q);
    }

    /// '"…," Trump assured Jones.', '"…," she reminded them.': a listener after a verb outside the lexicon, a name
    /// of capitalised words or an object pronoun, then the end of the sentence or a comma.
    bool listenerEndsClause(int k, int s1) const
    {
        int j = k;
        if (j < s1 && m_toks[j].kind == TokKind::Word && m_toks[j].quote < 0 &&
            (m_toks[j].low == u"him" || m_toks[j].low == u"her" || m_toks[j].low == u"them" || m_toks[j].low == u"me" ||
             m_toks[j].low == u"us"))
            ++j;
        else if (j < s1 && m_toks[j].quote < 0 &&
                 (m_toks[j].low == u"the" || m_toks[j].low == u"his" || m_toks[j].low == u"her" ||
                  m_toks[j].low == u"their")) {
            // ('"…," she assured the anxious crowd.': a determined listener of a few plain words.)
            ++j;
            while (j < s1 && j - k < 5 && m_toks[j].kind == TokKind::Word && m_toks[j].quote < 0 &&
                   !isStopWord(m_toks[j].low) && !isCueWord(m_toks[j].low) && !isMonthOrDay(m_toks[j].low))
                ++j;
            return j > k + 1 && (j >= s1 || isSentenceEndPunct(m_toks[j]));
        } else
            while (j < s1 && j - k < 3 && m_toks[j].kind == TokKind::Word && m_toks[j].quote < 0 && m_toks[j].cap &&
                   !isStopWord(m_toks[j].low) && !isMonthOrDay(m_toks[j].low))
                ++j;
        return j > k && (j >= s1 || isSentenceEndPunct(m_toks[j]) || m_toks[j].low == u",");
    }

    /// A preposition that opens a phrase of manner, time or venue ("in capital letters", "on Twitter").
    bool secondAdjunctAt(int k) const
    {
        if (k >= int(m_toks.size()) || m_toks[k].kind != TokKind::Word || m_toks[k].quote >= 0)
            return false;
        const QString &w = m_toks[k].low;
        return w == u"in" || w == u"on" || w == u"at" || w == u"during" || w == u"with" || w == u"via" ||
               w == u"through" || w == u"before" || w == u"after";
    }

    /// '"Q1," he told a reporter after the debate, "and Q2."': the first quotation closes on a comma inside the
    /// sentence, and the second, after the cue's phrase and a comma, goes on in lower case: one statement.
    bool quoteResumesAfterPhrase(int qb, int qa, const Sentence &s) const
    {
        const Tok *p = quoteEndPunct(qb);
        const int open = m_quotes[qa].open;
        return p && p->low == u"," && m_quotes[qb].open >= s.t0 && m_quotes[qa].closed && isPunctAt(open - 1, u",") &&
               open + 1 < m_quotes[qa].close && m_toks[open + 1].kind == TokKind::Word && !m_toks[open + 1].cap &&
               endsItsSentence(m_quotes[qa].close);
    }

    /// 'chanted "Send them home" and "Build the wall"': a raised voice (chanted, yelled, …) before a list of
    /// quotations; annotators mark the list as one statement, which the quotation rules do not build.
    bool raisedVoiceList(int cueA, int q) const
    {
        const QString &c = m_toks[cueA].low;
        if (!(c.startsWith(u"chant") || c.startsWith(u"yell") || c.startsWith(u"shout") || c.startsWith(u"scream")))
            return false;
        // (Nor before a participle: 'fans chanted, "Build a wall," referring to …' is marked as one clause.)
        if (m_quotes[q].closed && quoteEndPunct(q) && quoteEndPunct(q)->low == u"," &&
            m_quotes[q].close + 1 < int(m_toks.size()) && m_toks[m_quotes[q].close + 1].low.endsWith(u"ing"))
            return true;
        return raisedVoiceListEnd(q) < 0 && nextListedQuote(q) >= 0;
    }

    /// The quotation listed right after quotation q ('"Q" and "R"', '"Q," "R"'), or -1.
    int nextListedQuote(int q) const
    {
        int t = m_quotes[q].close + 1;
        if (isPunctAt(t, u","))
            ++t;
        if (isWordAt(t, u"and") || isWordAt(t, u"or"))
            ++t;
        if (t <= m_quotes[q].close + 1 || t >= int(m_toks.size()) || m_toks[t].kind != TokKind::OpenQuote)
            return -1;
        return quoteStartingAt(t, int(m_toks.size()));
    }

    /// 'chanted "stop the cuts" and "no justice, no peace."': the last quotation of a list of short ones (each of
    /// at most eight tokens, the list ending its sentence), or -1.
    int raisedVoiceListEnd(int q) const
    {
        int last = q;
        for (int n = nextListedQuote(q); n >= 0 && n != last; n = nextListedQuote(last)) {
            if (!m_quotes[n].closed || m_quotes[n].close - m_quotes[n].open > 9)
                return -1;
            last = n;
        }
        return last != q && m_quotes[q].close - m_quotes[q].open <= 9 && endsItsSentence(m_quotes[last].close) ? last
                                                                                                               : -1;
    }

    /// '"…," Ana Ruiz, who ran the clinic for a decade, told reporters': the comma at `comma` closes a relative
    /// clause opened by ", who" or ", which" after a name; the token before that clause's comma, or comma - 1.
    int relativeClauseBefore(int comma, int s0) const
    {
        for (int j = comma - 1; j > s0 + 1 && comma - j <= 20; --j) {
            const Tok &w = m_toks[j];
            if (w.quote >= 0 || w.kind == TokKind::OpenQuote || w.kind == TokKind::CloseQuote ||
                (w.kind == TokKind::Punct && w.low != u"." && w.low != u"'" && w.low != u"\u2019"))
                return comma - 1;
            if ((w.low == u"who" || w.low == u"which") && isPunctAt(j - 1, u",") && j + 1 < comma)
                return j - 2;
        }
        return comma - 1;
    }

    /// '"…," Ruiz points out.': after a quotation, "points out" reports it as well as in an "as" clause.
    static bool quotePointsOut(const CueEntry &e, const QString &rule)
    {
        return e.words.first() == u"points" && (rule == u"quote-speaker-cue" || rule == u"quote-cue-speaker");
    }

    /// '"…," Ruiz points out.', '"…," they conclude.', '"…," the mayor shot back.': after a subject, a verb of the
    /// present tense or a common irregular past (quoteVerb takes the "-ed" forms). A word right after a determiner or
    /// a possessive is a noun ('"…," the mayor's remarks').
    bool quoteVerbOtherForm(int k) const
    {
        const Tok &t = m_toks[k];
        if (t.kind != TokKind::Word || t.cap || t.quote >= 0 || k == 0 || m_toks[k - 1].kind != TokKind::Word ||
            m_toks[k - 1].quote >= 0 || isStopWord(t.low) || isCopula(t.low) || isAuxiliary(t.low) ||
            isDeterminer(t.low) || isPronoun(t.low) || t.low.endsWith(u"ing") || t.low.endsWith(u"ly"))
            return false;
        const QString &w = t.low;
        const QString &p = m_toks[k - 1].low;
        // (A base form after a plural pronoun or a number: "they conclude", "the two write".)
        if (p == u"they" || p == u"we" || p == u"i" || p == u"you" || p == u"two" || p == u"both")
            return w.size() >= 4 && !w.endsWith(u's');
        if (isDeterminer(p) || p == u"'s" || p == u"\u2019s" || p.endsWith(u"'s") || p.endsWith(u"\u2019s") ||
            p == u"my" || p == u"our")
            return false;
        static const QSet<QString> irregular = {
            QStringLiteral("shot"), QStringLiteral("spoke"), QStringLiteral("went"),  QStringLiteral("began"),
            QStringLiteral("sang"), QStringLiteral("swore"), QStringLiteral("struck")};
        if (irregular.contains(w))
            return true;
        return w.size() >= 5 && w.endsWith(u's') && !w.endsWith(u"ss") && !w.endsWith(u"us") && !w.endsWith(u"is") &&
               !w.endsWith(u"'s") && !w.endsWith(u"\u2019s") && p != u"they" && p != u"we";
    }

    /// "what she said is growing demand for pools, gyms and tennis courts": after a restrictive or free relative
    /// pronoun (no comma before it), a comma at t that goes on with a list of short phrases ending in "and" or "or"
    /// is no end of the clause.
    bool listComma(int pronoun, int t, int b) const
    {
        if (pronoun <= 0 || !(isWordAt(pronoun, u"what") || isWordAt(pronoun, u"that")) || isPunctAt(pronoun - 1, u","))
            return false;
        int words = 0;
        int items = 0;
        for (int j = t + 1; j < b && j < t + 12; ++j) {
            const Tok &w = m_toks[j];
            if (w.quote >= 0)
                return false;
            if (w.kind != TokKind::Word) {
                if (w.low != u"," || words == 0 || words > 4)
                    return false;
                words = 0;
                ++items;
                continue;
            }
            // (Not ", and there is …": a new clause after the comma, no item of a list.)
            if (w.low == u"and" || w.low == u"or")
                return (words > 0 || items > 0) && words <= 4 && j + 1 < b && m_toks[j + 1].kind == TokKind::Word &&
                       !isPronoun(m_toks[j + 1].low) && !isWordAt(j + 1, u"there");
            if (isCopula(w.low) || isAuxiliary(w.low) || isPronoun(w.low) || isCueWord(w.low) || isFiniteVerb(w.low) ||
                w.low == u"which" || w.low == u"who")
                return false;
            ++words;
        }
        return false;
    }

    /// "a finish that he said defied expectations": after a relative pronoun and the cue, a past-tense verb (or
    /// a finite one) goes on with the pronoun as its subject.
    bool relativePastVerb(int k) const
    {
        const Tok &t = m_toks[k];
        if (t.kind != TokKind::Word || t.cap || t.quote >= 0)
            return false;
        return isFiniteVerb(t.low) || (t.low.size() > 4 && t.low.endsWith(u"ed") && !isStopWord(t.low));
    }

    bool looksLikeVerb(int k) const
    {
        const Tok &t = m_toks[k];
        if (t.kind != TokKind::Word || t.cap || t.quote >= 0 || t.low.size() < 4 || isStopWord(t.low) ||
            isDeterminer(t.low) || isCopula(t.low) || isAuxiliary(t.low))
            return false;
        const QString &w = t.low;
        if (w.endsWith(u"ed"))
            return true;
        // A base form after a plural subject: "Democrats agree that", "we know that", "many economists argue that".
        if (k > 0 && m_toks[k - 1].kind == TokKind::Word && !w.endsWith(u's') && !w.endsWith(u"ing")) {
            const QString &p = m_toks[k - 1].low;
            const bool pluralSubject = p == u"we" || p == u"they" || p == u"i" || p == u"you" ||
                                       (p.size() > 4 && p.endsWith(u's') && !p.endsWith(u"ss") && !p.endsWith(u"'s") &&
                                        !isStopWord(p) && !isDeterminer(p) && !isCopula(p) && !isAuxiliary(p));
            return pluralSubject;
        }
        return w.endsWith(u's') && !w.endsWith(u"ss") && !w.endsWith(u"us") && !w.endsWith(u"is") &&
               !w.endsWith(u"'s") && k > 0 && m_toks[k - 1].kind == TokKind::Word &&
               (isPronoun(m_toks[k - 1].low) || m_toks[k - 1].cap);
    }

    /// "Local leaders now recognize that …", "the voters finally realize that …": a base form after an adverb
    /// that follows a plural subject or a pronoun.
    bool verbAfterAdverb(int k) const
    {
        if (k < 2 || m_toks[k].kind != TokKind::Word || m_toks[k].cap || m_toks[k].quote >= 0 ||
            m_toks[k].low.size() < 4 || isStopWord(m_toks[k].low) || isCopula(m_toks[k].low) ||
            isAuxiliary(m_toks[k].low) || m_toks[k].low.endsWith(u"ing") || m_toks[k].low.endsWith(u's'))
            return false;
        const Tok &adv = m_toks[k - 1];
        if (adv.kind != TokKind::Word ||
            !(adv.low.endsWith(u"ly") || adv.low == u"now" || adv.low == u"still" || adv.low == u"never" ||
              adv.low == u"also" || adv.low == u"often" || adv.low == u"already"))
            return false;
        const Tok &subj = m_toks[k - 2];
        const QString &p = subj.low;
        return subj.kind == TokKind::Word &&
               (p == u"we" || p == u"they" || p == u"i" || p == u"you" ||
                (p.size() > 4 && p.endsWith(u's') && !p.endsWith(u"ss") && !p.endsWith(u"'s") && !isStopWord(p) &&
                 !isDeterminer(p) && !isCopula(p) && !isAuxiliary(p)));
    }

    void analyseSentence(int si)
    {
        const Sentence s = m_sents[si];
        QList<CueMatch> cues;
        for (int k = s.t0; k < s.t1; ++k) {
            if (m_toks[k].kind != TokKind::Word || m_toks[k].quote >= 0)
                continue;
            // "United States" is no cue: a capitalised cue word must open its sentence.
            if (m_toks[k].cap && k != s.t0 && !(k > s.t0 && m_toks[k - 1].kind != TokKind::Word))
                continue;
            CueMatch m = matchCue(k, s.t1);
            if (!m.entry)
                continue;
            // Auxiliaries before a stance phrase belong to it: "could neither confirm nor deny".
            cues.append(m);
            k = m.b - 1;
        }
        const int before = int(m_out.size());
        for (const CueMatch &m : cues)
            handleCue(si, m, before);
        // "The senator also plans to vote for the bill, his aide said": an intention inside what a later cue of the
        // sentence reports is part of that statement, as one inside an earlier statement is (handleCue).
        for (int i = before; i < m_out.size();) {
            const Raw &x = m_out.at(i);
            bool inside = false;
            if (x.rule.startsWith(u"speaker-cue-infinitive/"))
                for (int j = i + 1; j < m_out.size() && !inside; ++j)
                    inside = m_out.at(j).q0 >= x.q1 && x.q0 >= m_out.at(j).c0 && x.q0 < m_out.at(j).c1;
            if (inside)
                m_out.removeAt(i);
            else
                ++i;
        }
        findSeesAs(si, before);
        findInView(si, before);
        if (m_out.size() == before)
            findHedge(si);
    }

    /// "In Ortiz's view, the ferry is a lifeline", "But in their view, the plan …", "In the mayor's mind, …": "in" and
    /// a possessor's view, mind, opinion, eyes or estimation opening the sentence (after at most a connective) give
    /// that one's view in the clause after the comma. Not "in my view" (the speaker's own words, inside a quotation
    /// or not) nor "in his view of …".
    void findInView(int si, int before)
    {
        const Sentence s = m_sents[si];
        int k = s.t0;
        if (isWordAt(k, u"but") || isWordAt(k, u"and") || isWordAt(k, u"yet"))
            ++k;
        if (!isWordAt(k, u"in") || m_toks[k].quote >= 0)
            return;
        int n = k + 1;
        int owner = n;
        if (isWordAt(n, u"his") || isWordAt(n, u"her") || isWordAt(n, u"their") || isWordAt(n, u"its")) {
            ++n;
        } else {
            while (n < s.t1 && n - k <= 6 && m_toks[n].kind == TokKind::Word && m_toks[n].quote < 0 &&
                   m_toks[n].low != u"'s" &&
                   (m_toks[n].cap || isDeterminer(m_toks[n].low) || isRoleWord(m_toks[n].low)))
                ++n;
            if (n == owner || !isWordAt(n, u"'s") || (!m_toks[n - 1].cap && !isRoleWord(m_toks[n - 1].low)))
                return;
            ++n;
        }
        const int ownerEnd = n;
        if (!(isWordAt(n, u"view") || isWordAt(n, u"mind") || isWordAt(n, u"opinion") || isWordAt(n, u"eyes") ||
              isWordAt(n, u"estimation")))
            return;
        const int comma = n + 1;
        if (comma + 3 >= s.t1 || !isPunctAt(comma, u",") || m_toks[comma + 1].quote >= 0)
            return;
        const int a = comma + 1;
        const int b = clauseEnd(a, s.t1);
        if (wordsIn(a, b) < 3)
            return;
        const int c0 = m_toks[a].s;
        const int c1 = m_toks[b - 1].e;
        for (int o = before; o < m_out.size(); ++o)
            if (m_out[o].c0 < c1 && c0 < m_out[o].c1)
                return;
        Speaker sp;
        sp.a = owner;
        sp.b = ownerEnd;
        if (isWordAt(ownerEnd - 1, u"'s"))
            sp.b = ownerEnd - 1;
        Raw r;
        r.sentence = si;
        r.c0 = c0;
        r.c1 = c1;
        r.q0 = m_toks[k].s;
        r.q1 = m_toks[k].e;
        r.confidence = 0.6;
        takeSpeaker(r, sp);
        r.tokA = a;
        r.rule = QStringLiteral("in-view/in");
        r.reportedBy = m_wire;
        m_out.append(r);
    }

    /// "Many voters see Clinton as the safer choice", "the group views the bill as a threat", "the ad portrays him as
    /// a career politician": a view or portrayal whose content is the object and what it is seen as. Only where no
    /// statement of the sentence covers it. (Tried and dropped: a noun with a preposition, "support for X",
    /// "questions about X", "criticism of X", "opposition to X": the gold's content starts at the object in under
    /// half of their occurrences; "it is unclear whether", "it is clear that": a third or less.)
    void findSeesAs(int si, int before)
    {
        const Sentence s = m_sents[si];
        bool hasAs = false;
        for (int k = s.t0 + 2; k < s.t1 && !hasAs; ++k)
            hasAs = isWordAt(k, u"as");
        if (!hasAs)
            return;
        for (int k = s.t0 + 1; k + 2 < s.t1; ++k) {
            const Tok &t = m_toks[k];
            if (t.kind != TokKind::Word || t.quote >= 0 || t.cap)
                continue;
            const QString &w = t.low;
            if (!isViewVerb(w))
                continue;
            // The object: up to 16 words, commas only around an apposition ("saw Ortiz, then 44, as the perfect
            // choice"), with no verb or relative clause of its own ("… a corner that could threaten their viability as
            // …" is no view), then "as" and not a conjunction's "as he …". An object longer than eight words opens
            // with a determiner, a pronoun, a quantifier or a name ("Such views include a post … as …" is the noun).
            int j = k + 1;
            while (j < s.t1 && j - k <= 16 && (m_toks[j].kind == TokKind::Word || (isPunctAt(j, u",") && j > k + 1)) &&
                   m_toks[j].quote < 0 && m_toks[j].low != u"as" && !isAuxiliary(m_toks[j].low) &&
                   !isCopula(m_toks[j].low) && !isWordAt(j, u"that") && !isWordAt(j, u"which") && !isWordAt(j, u"who"))
                ++j;
            if (j == k + 1 || j + 1 >= s.t1 || !isWordAt(j, u"as") || m_toks[j + 1].kind != TokKind::Word ||
                (j - k > 8 && !isDeterminer(m_toks[k + 1].low) && !isPronoun(m_toks[k + 1].low) && !m_toks[k + 1].cap &&
                 !isQuantifier(m_toks[k + 1].low)))
                continue;
            const QString &first = m_toks[k + 1].low;
            const QString &next = m_toks[j + 1].low;
            if (first == u"by" || first == u"of" || first == u"in" || first == u"on" || first == u"at" ||
                first == u"that" || next == u"well" || next == u"long" || next == u"soon" || next == u"much" ||
                next == u"many" || next == u"if" || next == u"though" || next == u"far" ||
                (isPronoun(next) && next != u"it") || isCueWord(next))
                continue;
            const int a = k + 1;
            const int b = clauseEnd(j + 1, s.t1);
            if (wordsIn(a, b) < 3)
                continue;
            const int c0 = m_toks[a].s;
            const int c1 = m_toks[b - 1].e;
            bool covered = false;
            for (int o = before; o < m_out.size(); ++o)
                covered = covered || (m_out[o].c0 < c1 && c0 < m_out[o].c1);
            if (covered)
                continue;
            const int left = skipAdverbialsLeft(k - 1, s.t0) + 1;
            Speaker sp = speakerLeft(left, s.t0, true);
            if (sp.a < 0)
                relativeSpeaker(left, s.t0, sp);
            if (sp.a < 0 && left - 1 > s.t0 && (isWordAt(left - 1, u"and") || isWordAt(left - 1, u"but")))
                sp = subjectAfterOpening(s.t0, left - 1);
            // "Cruz is now trying to cast …", "Carson and Fiorina have all characterized …": the sentence's subject.
            if (sp.a < 0)
                sp = subjectAfterOpening(s.t0, k);
            Raw r;
            r.sentence = si;
            r.c0 = c0;
            r.c1 = c1;
            r.q0 = t.s;
            r.q1 = t.e;
            r.confidence = 0.55;
            if (!takeSpeaker(r, sp))
                r.confidence -= 0.15;
            r.tokA = a;
            r.rule = QStringLiteral("sees-as/") + w;
            r.reportedBy = m_wire;
            m_out.append(r);
            return;
        }
    }

    /// "Mr. Trump seemed to overstay his welcome", "the Fed is expected to act": an impression or expectation
    /// with no one named; the content is the whole clause around the hedge. (Tried and dropped: "seemed" without
    /// "to", "seemed unperturbed", 37 more suggestions, 18 right; the passive view "is (widely) seen/viewed/regarded
    /// as", 24 more, 10 right.)
    void findHedge(int si)
    {
        const Sentence s = m_sents[si];
        for (int k = s.t0 + 1; k + 1 < s.t1; ++k) {
            const Tok &t = m_toks[k];
            if (t.kind != TokKind::Word || t.quote >= 0 || t.cap)
                continue;
            int cueA = k;
            int cueB = k + 1;
            const QString &w = t.low;
            if (w == u"seemed" || w == u"appears" || w == u"appeared") {
                if (!isWordAt(k + 1, u"to"))
                    continue;
            } else if (k - 2 >= s.t0 && isWordAt(k + 1, u"that") && isImpersonalReportVerb(w)) {
                // "it was widely reported that …", "it has been said that …": an impersonal passive; the content is
                // the that-clause alone.
                int c = k - 1;
                while (c > s.t0 && (isWordAt(c, u"widely") || isWordAt(c, u"also") || isWordAt(c, u"later") ||
                                    isWordAt(c, u"first") || isWordAt(c, u"generally") || isWordAt(c, u"now") ||
                                    isWordAt(c, u"long") || isWordAt(c, u"previously") || isWordAt(c, u"often")))
                    --c;
                if (isWordAt(c, u"been") && c - 1 > s.t0 &&
                    (isWordAt(c - 1, u"has") || isWordAt(c - 1, u"had") || isWordAt(c - 1, u"'s")))
                    --c;
                else if (!(isWordAt(c, u"is") || isWordAt(c, u"was") || isWordAt(c, u"has") || isWordAt(c, u"had")))
                    continue;
                if (c - 1 < s.t0 || !isWordAt(c - 1, u"it") || isWordAt(c, u"has") != isWordAt(c + 1, u"been"))
                    continue;
                const int a = k + 2;
                int b = clauseEnd(a, s.t1);
                // ("At a time when it was said that X, Clinton proved …": inside a subordinate clause the statement
                // ends at its comma.)
                bool subordinate = false;
                for (int t = s.t0; t < c - 1 && !subordinate; ++t)
                    subordinate = m_toks[t].kind == TokKind::Word && isSubordinator(m_toks[t].low);
                for (int t = a; subordinate && t < b; ++t)
                    if (m_toks[t].quote < 0 && isPunctAt(t, u",")) {
                        b = t;
                        break;
                    }
                if (wordsIn(a, b) < 3)
                    continue;
                appendSourceless(si, a, b, c - 1, k + 1, 0.6, QStringLiteral("impersonal-passive/") + w);
                return;
            } else if ((w == u"expected" ||
                        ((w == u"said" || w == u"reported") && (isWordAt(k + 2, u"be") || isWordAt(k + 2, u"have")))) &&
                       isWordAt(k + 1, u"to") && k - 1 > s.t0) {
                // "is expected to", "are widely expected to", "was not expected to"; "was said to be furious", "is
                // reported to have called" (a report without its source; not "was reported to the police").
                int c = k - 1;
                if (isWordAt(c, u"widely") || isWordAt(c, u"not") || isWordAt(c, u"also") || isWordAt(c, u"largely") ||
                    isWordAt(c, u"still") || isWordAt(c, u"generally"))
                    --c;
                if (!(isWordAt(c, u"is") || isWordAt(c, u"was") || isWordAt(c, u"are") || isWordAt(c, u"were")))
                    continue;
                cueA = c;
            } else {
                continue;
            }
            // The clause starts after the last comma or semicolon before the hedge, or at the sentence start.
            int a = cueA - 1;
            while (a > s.t0 &&
                   !(m_toks[a - 1].kind == TokKind::Punct && (m_toks[a - 1].low == u"," || m_toks[a - 1].low == u";")))
                --a;
            while (a < cueA && m_toks[a].kind == TokKind::Word &&
                   (m_toks[a].low == u"but" || m_toks[a].low == u"and" || m_toks[a].low == u"yet" ||
                    m_toks[a].low == u"so"))
                ++a;
            while (a < cueA && m_toks[a].kind != TokKind::Word)
                ++a;
            // "delegates who are expected to back him", "the bill, which the Senate is expected to pass next week,
            // returns …": in a relative clause the statement starts at its pronoun (right before the hedge, or
            // before a short subject of its own) and ends at the clause's comma or before "and who".
            for (int j = cueA - 1; j > a && j >= cueA - 4; --j) {
                if (m_toks[j].quote >= 0 || !(isWordAt(j, u"who") || isWordAt(j, u"which")))
                    continue;
                if (j == cueA - 1 || isDeterminer(m_toks[j + 1].low) || m_toks[j + 1].cap)
                    a = j;
                break;
            }
            // "The senator is wary of the deal and is not expected to sign it soon": after "and/but" the hedge's own
            // predicate is the statement (its subject is the one the first verb already took).
            const bool conjoined = cueA - 1 > s.t0 && (isWordAt(cueA - 1, u"and") || isWordAt(cueA - 1, u"but"));
            if (conjoined)
                a = cueA;
            // ("a tweet which appeared to be aimed at Clinton", "what seemed to be a rout": an impression inside a
            // relative clause is the writer's description of a noun; an expectation there is still reported,
            // "delegates who are expected to back him".)
            if ((w == u"seemed" || w == u"appears" || w == u"appeared") && m_toks[a].quote < 0 &&
                (isWordAt(a, u"who") || isWordAt(a, u"which") || isWordAt(a, u"what") || isWordAt(a, u"where")))
                continue;
            bool relativeClause = isWordAt(a, u"who") || isWordAt(a, u"which");
            for (int j = a; j < cueA && relativeClause; ++j)
                relativeClause = !isPunctAt(j, u",");
            if ((cueA - a < 1 && !conjoined) || cueA - a > 12)
                continue;
            int b = clauseEnd(cueB, s.t1);
            // (Not a comma inside a number, "50,000", nor one between two adjectives, "a forceful, angry speech".)
            for (int j = cueB; relativeClause && j < b; ++j)
                if (m_toks[j].quote < 0 &&
                    ((isPunctAt(j, u",") && j + 1 < b && m_toks[j].e < m_toks[j + 1].s &&
                      !isDeterminer(m_toks[j - 2].low)) ||
                     (isWordAt(j, u"and") && (isWordAt(j + 1, u"who") || isWordAt(j + 1, u"which"))))) {
                    b = j;
                    break;
                }
            // "Nabisco is expected to cut 277 workers this week -- the first wave of …", "The decision is widely
            // expected to be unfavorable, with potentially sharp consequences": what the hedge qualifies ends at a
            // dash or at the writer's comment after a comma (a noun phrase, "which", "with", "despite").
            // (Not an apposition inside a that-clause, "appeared to imply that Trump, a political outsider, could
            // …", nor a list's next item, "into a controversy, a criminal charge and a TV spectacle".)
            bool thatClause = false;
            for (int j = cueB; j < b; ++j) {
                const Tok &d = m_toks[j];
                thatClause = thatClause || (d.quote < 0 && d.low == u"that");
                if (j < cueB + 3 || d.quote >= 0 || d.kind != TokKind::Punct)
                    continue;
                const bool dash = isDash(d) || d.low == u"\u2013" || (d.low == u"-" && m_toks[j - 1].e < d.s);
                const bool apposition = !thatClause && !listGoesOn(j + 2, b) &&
                                        (isWordAt(j + 1, u"a") || isWordAt(j + 1, u"an") || isWordAt(j + 1, u"the"));
                const bool comment = d.low == u"," && j + 1 < b &&
                                     (isWordAt(j + 1, u"which") || isWordAt(j + 1, u"with") ||
                                      isWordAt(j + 1, u"despite") || apposition);
                if (dash || comment) {
                    b = j;
                    break;
                }
            }
            // ("The race appeared to change over the weekend after a debate in which …", "She seemed to be of two
            // minds on Tuesday when she spoke": a clause of time or cause after the hedge's predicate is the
            // writer's, not part of the impression; not after a measure, "two weeks before the bridge opens".)
            bool inThat = false;
            for (int j = cueB + 3; j + 1 < b; ++j) {
                inThat = inThat || (m_toks[j].quote < 0 && m_toks[j].low == u"that");
                const QString &w2 = m_toks[j].low;
                if (inThat || m_toks[j].quote >= 0 || m_toks[j].kind != TokKind::Word)
                    continue;
                const bool measured = isTimeMeasure(m_toks[j - 1].low);
                if ((w2 == u"after" || w2 == u"when" || w2 == u"while" || w2 == u"before" || w2 == u"because" ||
                     w2 == u"until") &&
                    !measured && m_toks[j + 1].kind == TokKind::Word &&
                    (isDeterminer(m_toks[j + 1].low) || isPronoun(m_toks[j + 1].low) || m_toks[j + 1].cap)) {
                    b = j;
                    while (b > cueB && m_toks[b - 1].kind == TokKind::Punct)
                        --b;
                    break;
                }
            }
            int words = 0;
            for (int j = a; j < b; ++j)
                words += m_toks[j].kind == TokKind::Word ? 1 : 0;
            if (words < 4 || words > 60)
                continue;
            appendSourceless(si, a, b, cueA, cueB, 0.45, QStringLiteral("hedge-sourceless/") + w);
            return;
        }
    }

    /// A statement without a speaker: the content is tokens [a, b) of sentence si, the cue [cueA, cueB).
    void appendSourceless(int si, int a, int b, int cueA, int cueB, double confidence, const QString &rule)
    {
        Raw r;
        r.sentence = si;
        r.c0 = m_toks[a].s;
        r.c1 = m_toks[b - 1].e;
        r.q0 = m_toks[cueA].s;
        r.q1 = m_toks[cueB - 1].e;
        r.tokA = a;
        r.confidence = confidence;
        r.rule = rule;
        r.reportedBy = m_wire;
        m_out.append(r);
    }

    bool startsLine(int k) const
    {
        int i = m_toks[k].s - 1;
        while (i >= 0 && m_body.at(i).isSpace() && m_body.at(i) != u'\n')
            --i;
        return i < 0 || m_body.at(i) == u'\n';
    }

    /// The colon after a speaker label opening the line at k ("FALLIN:", "Q:", "Jake Tapper:"), or -1.
    int labelColon(int k) const
    {
        const int n = int(m_toks.size());
        if (k < 0 || k >= n || !startsLine(k) || m_toks[k].kind != TokKind::Word || !m_toks[k].cap ||
            m_toks[k].quote >= 0)
            return -1;
        int j = k;
        while (j < n && j - k < 4 && m_toks[j].kind == TokKind::Word && m_toks[j].cap && (j == k || !startsLine(j)) &&
               !isStopWord(m_toks[j].low) && !isNotSpeakerLabel(m_toks[j].low))
            ++j;
        return j == k || j >= n || !isPunctAt(j, u":") || startsLine(j) ? -1 : j;
    }

    /// Interview transcripts: "FALLIN: I think he is trying …", "Q: How did things go?": a line that opens with a
    /// short capitalised name and a colon is that person's turn, up to the line's end.
    void findTranscriptTurns()
    {
        const int n = int(m_toks.size());
        for (int k = 0; k < n; ++k) {
            const int j = labelColon(k);
            if (j < 0)
                continue;
            const int a = j + 1;
            int b = a;
            int words = 0;
            while (b < n && !startsLine(b)) {
                words += m_toks[b].kind == TokKind::Word ? 1 : 0;
                ++b;
            }
            if (words < 3 || startsLine(a))
                continue;
            // A short line with no closing punctuation is a heading ("Sanders: Win in a walk"), not a turn.
            const Tok &last = m_toks[b - 1];
            if (words < 5 && last.kind == TokKind::Word)
                continue;
            // So is one between paragraphs of prose, even with its full stop ("Cruz: Just hang on."): a short answer
            // has a turn on the line before or after it.
            if (words < 5) {
                int prev = k - 1;
                while (prev > 0 && !startsLine(prev))
                    --prev;
                if (labelColon(prev) < 0 && labelColon(b) < 0)
                    continue;
            }
            if (words >= 5)
                b = turnContinuation(k, j, b);
            while (b - 1 > a && m_toks[b - 1].kind != TokKind::Word && m_toks[b - 1].low != u"?" &&
                   m_toks[b - 1].low != u"!" && m_toks[b - 1].kind != TokKind::CloseQuote)
                --b;
            if (isNameList(a, b) || fusedHeading(a, b) || topicLabel(k, j, a, b))
                continue;
            Speaker sp;
            sp.a = k;
            sp.b = j;
            resolve(sp);
            Raw r;
            r.sentence = m_sentOf.value(a, 0);
            r.c0 = m_toks[a].s;
            r.c1 = m_toks[b - 1].e;
            r.q0 = m_toks[j].s;
            r.q1 = m_toks[j].e;
            r.s0 = m_toks[k].s;
            r.s1 = m_toks[j - 1].e;
            r.entity = sp.entity;
            r.personSpeaker = sp.person;
            r.tokA = a;
            r.confidence = 0.6;
            r.rule = QStringLiteral("transcript-turn/:");
            r.reportedBy = m_wire;
            refineStance(r, a, b);
            m_out.append(r);
            k = b - 1;
        }
    }

    /// "Tariffs: The senator wants higher tariffs on steel …": a one-word label that the line itself uses as a
    /// lower-case word is a common noun heading a section by topic, not a speaker's name.
    bool topicLabel(int k, int j, int a, int b) const
    {
        if (j != k + 1 || m_toks[k].low.size() < 3)
            return false;
        const QString &label = m_toks[k].low;
        for (int t = a; t < b; ++t) {
            const Tok &tok = m_toks[t];
            if (tok.kind == TokKind::Word && !tok.cap &&
                (tok.low == label || tok.low + u's' == label || tok.low == label + u's'))
                return true;
        }
        return false;
    }

    /// "TAPPER: And you back him. …\n\nMany voters doubt it. Can he heal?\n\nFALLIN: …": in a transcript a turn goes
    /// on over a paragraph or two without a label when the next labelled turn, by somebody else, follows them (the
    /// same label next means the lines between are another voice's). Returns the end of the turn's last line (b
    /// itself when nothing continues it).
    int turnContinuation(int k, int j, int b) const
    {
        const int n = int(m_toks.size());
        int end = b;
        for (int lines = 0; lines < 2 && end < n; ++lines) {
            if (labelColon(end) >= 0)
                break;
            int e = end + 1;
            int words = m_toks[end].kind == TokKind::Word ? 1 : 0;
            while (e < n && !startsLine(e)) {
                words += m_toks[e].kind == TokKind::Word ? 1 : 0;
                ++e;
            }
            // Prose that closes its sentence, not a heading, a caption or a credit.
            if (words < 5 || m_toks[e - 1].kind == TokKind::Word || m_toks[end].quote >= 0)
                return b;
            end = e;
        }
        const int colon = end > b && end < n ? labelColon(end) : -1;
        if (colon < 0)
            return b;
        bool same = colon - end == j - k;
        for (int t = 0; same && t < j - k; ++t)
            same = m_toks[end + t].low == m_toks[k + t].low;
        return same ? b : end;
    }

    /// "Ann Park: Bus fares Some cities already ride free …": a section heading (a name and a topic) run into the
    /// paragraph below it, with no stop between them - a lower-case word followed straight away by a capitalised
    /// function word opens a new sentence. The line is an article section, not that person's turn.
    bool fusedHeading(int a, int b) const
    {
        for (int t = a + 1; t < b && t < a + 6; ++t) {
            const Tok &prev = m_toks[t - 1];
            const Tok &tok = m_toks[t];
            if (prev.kind != TokKind::Word || tok.kind != TokKind::Word)
                return false;
            if (tok.cap && tok.low != u"i" && !prev.cap && prev.low.at(0).isLetter() && !isStopWord(prev.low) &&
                !isDeterminer(prev.low) && (isStopWord(tok.low) || isDeterminer(tok.low) || isPronoun(tok.low)))
                return true;
        }
        return false;
    }

    /// "Iris Lee, Tom Vogel and Ann Park", "Jon Diaz, Medill News Service": a line of capitalised names joined by
    /// commas and "and" is a credit line or a roster, not anybody's words.
    bool isNameList(int a, int b) const
    {
        bool comma = false;
        for (int t = a; t < b; ++t) {
            const Tok &tok = m_toks[t];
            if (tok.kind == TokKind::Word) {
                if (!tok.cap && tok.low != u"and" && !isNameParticle(tok.low))
                    return false;
            } else if (tok.low == u",") {
                comma = true;
            } else if (tok.low != u"." && tok.low != u"-") {
                return false;
            }
        }
        return comma;
    }

    /// 'Rubio fired back: "If they sue us, they're going to lose."', 'The letter continues: "…"', '- Carl Bialik:
    /// "…"': a quotation introduced by a colon is what the words before the colon attribute, whatever their verb.
    /// The speaker is the sentence's subject, or a bare name before the colon; a credit line ('"…," by The Times'
    /// Ben Sisario: "…"') quotes an excerpt, not a statement. After a comma the same holds when a verb stands
    /// before the comma and the quotation closes the sentence ('He jokes, "It's a never ending line!"'). Only
    /// quotations no other rule took.
    void findColonQuotes()
    {
        for (int q = 0; q < m_quotes.size(); ++q) {
            const int open = m_quotes[q].open;
            const int colon = open - 1;
            if (colon < 1 || m_toks[colon].quote >= 0 || startsLine(colon))
                continue;
            const bool isColon = isPunctAt(colon, u":");
            if (!isColon && !isPunctAt(colon, u","))
                continue;
            if (!isColon) {
                // After a comma the quotation must close the sentence: 'He jokes, "It's a never ending line!"'.
                const int close = m_quotes[q].close;
                if (m_sentOf.value(close, -1) < 0 || (m_quotes[q].closed && !endsItsSentence(close)))
                    continue;
            }
            auto [a, b] = quoteContent(q);
            if (wordsIn(a, b) < 2)
                continue;
            const int c0 = m_toks[a].s;
            const int c1 = m_toks[b - 1].e;
            bool covered = false;
            for (const Raw &o : std::as_const(m_out))
                covered = covered || (o.c0 < c1 && c0 < o.c1);
            if (covered)
                continue;
            const int si = m_sentOf.value(colon, -1);
            if (si < 0)
                continue;
            const int s0 = m_sents[si].t0;
            // The phrase right before the colon, back to a dash or the sentence's start.
            int h = colon;
            while (h - 1 >= s0 && m_toks[h - 1].kind == TokKind::Word && m_toks[h - 1].quote < 0)
                --h;
            if (h == colon)
                continue;
            // 'Indeed, "…"', 'Then, "…"': a single word before the comma is a connective, not an attribution,
            // and a phrase after another quotation ('"…," the judge exclaimed, "…"') belongs to that one.
            if (!isColon && ((colon - h == 1 && !m_toks[h].low.endsWith(u"ing")) ||
                             (h > s0 && m_toks[h - 1].kind == TokKind::CloseQuote)))
                continue;
            if (!isColon && !introducesQuote(colon - 1))
                continue;
            // A name that is all there is before the mark speaks ('- Carl Bialik:'); one after "by" is the credit
            // of an excerpt ('"…," by The Times' Ben Sisario:').
            int n = colon;
            while (n - 1 >= s0 && colon - n < 8 &&
                   ((m_toks[n - 1].kind == TokKind::Word && m_toks[n - 1].quote < 0 &&
                     (m_toks[n - 1].cap || m_toks[n - 1].low == u"'s" || (m_toks[n - 1].low == u"and" && n < colon))) ||
                    (m_toks[n - 1].kind == TokKind::Punct && m_toks[n - 1].low.size() == 1 &&
                     isApostrophe(m_toks[n - 1].low.at(0)))))
                --n;
            while (n < colon && m_toks[n].kind != TokKind::Word)
                ++n;
            if (n < colon && n > s0 && isWordAt(n - 1, u"by"))
                continue;
            Speaker sp;
            int verb = -1;
            const bool nameOnly = n < colon && (n == s0 || isDash(m_toks[n - 1]) || isPunctAt(n - 1, u"-"));
            if (nameOnly && !(n == s0 && colon - n == 1)) {
                sp.a = n;
                sp.b = colon;
            } else {
                // Otherwise the subject of the first verb: '17-year-old Jared Potts echoed:', 'Rubio fired back
                // forcefully:', 'He jokes,'.
                for (int t = s0; t < colon && verb < 0; ++t)
                    if (m_toks[t].kind == TokKind::Word && m_toks[t].quote < 0 && !m_toks[t].cap &&
                        (isCueWord(m_toks[t].low) || looksLikeVerb(t)))
                        verb = t;
                if (verb > s0)
                    sp = speakerLeft(verb, s0);
                if (sp.a < 0)
                    sp = subjectAfterOpening(s0, colon);
            }
            Raw r;
            r.sentence = m_sentOf.value(a, si);
            r.c0 = c0;
            r.c1 = c1;
            const bool wordBefore = m_toks[colon - 1].kind == TokKind::Word && !m_toks[colon - 1].cap;
            r.q0 = m_toks[verb >= 0 && colon - verb <= 4 ? verb : wordBefore ? colon - 1 : colon].s;
            r.q1 = m_toks[isColon ? colon : colon - 1].e; // annotators mark a colon as part of the cue
            r.confidence = 0.6;
            if (takeSpeaker(r, sp))
                remember(sp);
            else
                r.confidence -= 0.15;
            r.reportedBy = m_wire;
            r.quote = q;
            r.quoteEnd = q;
            r.tokA = a;
            r.direct = true;
            r.rule = isColon ? QStringLiteral("colon-quote/:") : QStringLiteral("comma-quote/,");
            refineStance(r, a, b);
            m_out.append(r);
        }
    }

    /// The word before a comma that introduces a quotation: a verb ('He jokes,', 'Issa said,', 'adding,'), an
    /// infinitive ('as if to say,'), a cue word, or 'put it' ('as Dana Milbank puts it,').
    bool introducesQuote(int k) const
    {
        const Tok &t = m_toks[k];
        if (t.kind != TokKind::Word || t.cap || t.quote >= 0)
            return false;
        if (t.low == u"it")
            return k > 0 && (m_toks[k - 1].low == u"put" || m_toks[k - 1].low == u"puts");
        if (t.low == u"show") // a programme: 'the reality show, "…"'
            return false;
        // Not a base form after a plural ("its politics podcast,"): that is a noun as often as a verb.
        const bool sForm = t.low.endsWith(u's') && looksLikeVerb(k);
        return isCueWord(t.low) || (t.low.size() > 4 && (t.low.endsWith(u"ed") || t.low.endsWith(u"ing"))) || sForm ||
               (k > 0 && isWordAt(k - 1, u"to") && !isStopWord(t.low));
    }

    /// Whether only sentence-ending punctuation follows token tok in its sentence (false outside any sentence).
    bool endsItsSentence(int tok) const
    {
        const int s = m_sentOf.value(tok, -1);
        if (s < 0)
            return false;
        int after = tok + 1;
        while (after < m_sents[s].t1 && isSentenceEndPunct(m_toks[after]))
            ++after;
        return after >= m_sents[s].t1;
    }

    /// The number of words in [a, b) that can start a cue ("said", "according", "told" …).
    int cueWordsIn(int a, int b) const
    {
        int cues = 0;
        for (int t = a; t < b; ++t)
            cues += m_toks[t].kind == TokKind::Word && isCueWord(m_toks[t].low) ? 1 : 0;
        return cues;
    }

    /// The number of word tokens in [a, b).
    int wordsIn(int a, int b) const
    {
        int words = 0;
        for (int t = a; t < b; ++t)
            words += m_toks[t].kind == TokKind::Word ? 1 : 0;
        return words;
    }

    bool insideEarlierContent(int tok, int from) const
    {
        const int pos = m_toks[tok].s;
        for (int i = from; i < m_out.size(); ++i)
            if (pos >= m_out[i].c0 && pos < m_out[i].c1)
                return true;
        return false;
    }

    int quoteEndingBefore(int k, int s0) const
    {
        // '"…," Peskov said' / '"…" he said': a closing mark, maybe a comma, right before.
        int j = k - 1;
        while (j >= s0 && m_toks[j].kind == TokKind::Punct &&
               (m_toks[j].low == u"," || m_toks[j].low == u"\u2014" || m_toks[j].low == u"--" || m_toks[j].low == u"-"))
            --j;
        // The quote may close the previous sentence ('"… right?" Trump said.'), but not another paragraph.
        const bool reachable = j >= s0 || (j == s0 - 1 && j >= 0 && k < int(m_toks.size()) &&
                                           m_toks[j].para == m_toks[std::max(k, s0)].para);
        if (reachable && j >= 0 && m_toks[j].kind == TokKind::CloseQuote) {
            for (int q = 0; q < m_quotes.size(); ++q)
                if (m_quotes[q].close == j)
                    return q;
        }
        return -1;
    }

    /// The punctuation just inside a closed quotation's closing mark ('"No,"' → ","), or nullptr.
    const Tok *quoteEndPunct(int q) const
    {
        const QuoteRegion &region = m_quotes[q];
        if (!region.closed || region.close <= region.open + 1)
            return nullptr;
        const Tok &last = m_toks[region.close - 1];
        return last.kind == TokKind::Punct ? &last : nullptr;
    }

    /// The quotation closes on "?" or "!": '"Did you know?"', '"Mexico!"'.
    bool quoteEndsInQuestion(int q) const
    {
        const Tok *p = quoteEndPunct(q);
        return p && (p->low == u"?" || p->low == u"!");
    }

    /// The quotation closes on its own punctuation: '"No,"', '"Probably."', '"Mexico!"'.
    bool quoteEndsInAnswer(int q) const
    {
        const Tok *p = quoteEndPunct(q);
        return p && (p->low == u"," || isSentenceEndPunct(*p));
    }

    int quoteStartingAt(int k, int s1) const
    {
        int j = k;
        while (j < s1 && m_toks[j].kind == TokKind::Punct && (m_toks[j].low == u"," || m_toks[j].low == u":"))
            ++j;
        if (j < int(m_toks.size()) && m_toks[j].kind == TokKind::OpenQuote) {
            for (int q = 0; q < m_quotes.size(); ++q)
                if (m_quotes[q].open == j)
                    return q;
        }
        return -1;
    }

    /// ', telling The Gazette: "…"', ', writing on Twitter Monday: "…"': a listener, a venue or a time (a few
    /// capitalised words, listener words, articles and prepositions) between a cue and a colon that opens a
    /// quotation. The quotation's index, or -1.
    int quoteAfterListenerColon(int k, int s1) const
    {
        for (int j = k; j < s1 && j - k <= 8; ++j) {
            const Tok &w = m_toks[j];
            if (w.kind == TokKind::Punct && w.low == u":")
                return j > k ? quoteStartingAt(j, s1) : -1;
            if (w.kind != TokKind::Word || w.quote >= 0 ||
                !(w.cap || isListenerWord(w.low) || isListeningBody(w.low) || isDeterminer(w.low) ||
                  isMonthOrDay(w.low) || isDayPart(w.low) || w.low == u"in" || w.low == u"on" || w.low == u"at" ||
                  w.low == u"to" || w.low == u"during" || w.low == u"'s" || w.low == u"him" || w.low == u"her" ||
                  w.low == u"them" || w.low == u"us" || w.low == u"me"))
                return -1;
        }
        return -1;
    }

    /// Content range of a quote: inside the marks, without a trailing comma.
    std::pair<int, int> quoteContent(int q) const
    {
        const QuoteRegion &r = m_quotes[q];
        int a = r.open + 1;
        int b = r.closed ? r.close : r.close + 1;
        while (b > a && m_toks[b - 1].kind == TokKind::Punct &&
               (m_toks[b - 1].low == u"," || m_toks[b - 1].low == u"\u2014" || m_toks[b - 1].low == u"--" ||
                m_toks[b - 1].low == u"."))
            --b;
        return {a, b};
    }

    /// "Asked by host John Dickerson whether …", "Asked in Iowa recently whether …", "Asked Tuesday about
    /// Sullivan": the questioner (who then speaks), a place or a time before what was asked. Returns where the
    /// question starts (k when nothing is skipped).
    int questionStart(int k, int s1, Speaker &sp, bool opening) const
    {
        bool byName = false;
        if (isWordAt(k, u"by")) {
            int j = k + 1;
            while (j < s1 && j - k <= 5 && m_toks[j].kind == TokKind::Word && m_toks[j].quote < 0 &&
                   (m_toks[j].cap || isRoleWord(m_toks[j].low) || (j == k + 1 && isDeterminer(m_toks[j].low)) ||
                    (!isStopWord(m_toks[j].low) && !isCueWord(m_toks[j].low) && j + 1 < s1 && m_toks[j + 1].cap)))
                ++j;
            if (j > k + 1 && m_toks[j - 1].cap) {
                sp = Speaker();
                sp.a = k + 1;
                sp.b = j;
                k = j;
                byName = true;
            }
        }
        // (Only after the questioner or at the sentence's opening: "asked Trump how …" keeps its listener.)
        if (!byName && !opening)
            return k;
        if (byName && isWordAt(k, u"to"))
            return k;
        for (int j = k; j < std::min(s1 - 1, k + 6); ++j) {
            const Tok &w = m_toks[j];
            if (w.kind != TokKind::Word || w.quote >= 0 || isCueWord(w.low) || isPronoun(w.low) || isCopula(w.low))
                break;
            if (w.low == u"whether" || w.low == u"about" || w.low == u"how" || w.low == u"why")
                return j;
        }
        return k;
    }

    /// Where the object of a judgement verb ends, within [k, end): before "and/but" with a second past-tense
    /// verb ("blasted Rubio and defended Cruz") or a comma before a pronoun subject (", this has been …").
    int objectEnd(int k, int end) const
    {
        for (int t = k + 1; t + 1 < end; ++t) {
            const Tok &tok = m_toks[t];
            const Tok &next = m_toks[t + 1];
            if (tok.quote >= 0 || next.kind != TokKind::Word || next.quote >= 0)
                continue;
            if ((tok.low == u"and" || tok.low == u"but") && !next.cap &&
                ((next.low.endsWith(u"ed") && next.low.size() > 4) || isCueWord(next.low)))
                return t;
            if (tok.low == u"," && (isPronoun(next.low) || next.low == u"this"))
                return t;
            // ("called for a boycott of his speech, and the league denounced his rhetoric": a second clause with a
            // subject and a past-tense verb of its own.)
            if (tok.low == u"," && next.low == u"and" && secondClauseFollows(t + 2, end))
                return t;
            // "praised the governor's budget, but also pressed him …", "criticized the mayor, like him a former
            // judge": a clause of its own or a comparison after the object is the writer's.
            if (tok.low == u"," && (next.low == u"but" || next.low == u"like" || next.low == u"while"))
                return t;
            // "criticized Jeffrey Feltman, a State Department official …": an apposition describes the object.
            // (Not a list: "his tactics, his judgment and his decency".)
            if (tok.low == u"," && t > k + 1 && isDeterminer(next.low) && !listGoesOn(t + 2, end))
                return t;
        }
        return end;
    }

    /// True when a clause of its own opens at k: a subject (a determiner or a name first) and, within ten words with
    /// no punctuation, a past-tense verb ("the league strongly denounced …", "Senate Democrats blocked …").
    bool secondClauseFollows(int k, int end) const
    {
        if (k >= end || m_toks[k].kind != TokKind::Word || m_toks[k].quote >= 0 ||
            !(isDeterminer(m_toks[k].low) || m_toks[k].cap) || isPronoun(m_toks[k].low))
            return false;
        for (int t = k + 1; t < std::min(end, k + 14); ++t) {
            const Tok &w = m_toks[t];
            if (w.kind == TokKind::Punct && w.low == u"-")
                continue;
            if (w.kind != TokKind::Word || w.quote >= 0)
                return false;
            if (!w.cap && w.low.size() > 4 && w.low.endsWith(u"ed") && !isDeterminer(m_toks[t - 1].low) &&
                m_toks[t - 1].low != u"'s")
                return true;
        }
        return false;
    }

    /// 'called the deal "a disaster" and ranked …', 'calling him a "nice guy," linking to …': a naming that quotes
    /// its words ends with the first quotation closing in [k, end) when the sentence goes on with "and/but", a
    /// dash or a participle after it. Returns the new end (after the closing mark), or end.
    int quotedNameEnd(int k, int end) const
    {
        for (int t = k; t + 1 < end; ++t) {
            if (m_toks[t].kind != TokKind::CloseQuote)
                continue;
            int n = t + 1;
            const bool comma = isPunctAt(n, u",") || isPunctAt(t - 1, u",");
            if (isPunctAt(n, u","))
                ++n;
            if (n >= end)
                return end;
            const Tok &w = m_toks[n];
            // (Not before a second name for the same thing: '"pathetic" and "dangerous"', 'a "new low" and a …'.)
            const Tok *v = n + 1 < end ? &m_toks[n + 1] : nullptr;
            const bool nextClause = v && v->kind == TokKind::Word && v->quote < 0 && !v->cap &&
                                    (isPronoun(v->low) || v->low == u"then" || v->low == u"later" ||
                                     (v->low.size() > 4 && v->low.endsWith(u"ed")));
            // ('called the remarks "racist," an extraordinary indictment that …': the writer's comment on it.)
            if (comma && w.kind == TokKind::Word && w.quote < 0 && (w.low == u"an" || w.low == u"a") && v &&
                v->kind == TokKind::Word && v->quote < 0 && !v->cap)
                return t + 1;
            if ((w.kind == TokKind::Word && w.quote < 0 && (w.low == u"and" || w.low == u"but") && nextClause) ||
                (w.kind == TokKind::Punct && (isDash(w) || (w.low == u"-" && n == t + 1))) ||
                (comma && w.kind == TokKind::Word && w.quote < 0 && !w.cap && w.low.size() > 5 &&
                 w.low.endsWith(u"ing")))
                return t + 1;
            return end;
        }
        return end;
    }

    /// True when a quotation opens within n tokens from k (before end).
    bool quoteWithin(int k, int end, int n) const
    {
        for (int t = k; t < end && t < k + n; ++t)
            if (m_toks[t].kind == TokKind::OpenQuote || m_toks[t].quote >= 0)
                return true;
        return false;
    }

    /// The end of a second that-clause right after b ("…, and that …", "— but that …"), or b.
    int secondThatClauseEnd(int b, int s1) const
    {
        int t = b;
        if (t < s1 && m_toks[t].kind == TokKind::Punct && (m_toks[t].low == u"," || isDash(m_toks[t])))
            ++t;
        if (t + 2 < s1 && (isWordAt(t, u"and") || isWordAt(t, u"but")) && isWordAt(t + 1, u"that") &&
            m_toks[t].quote < 0 && m_toks[t + 2].kind == TokKind::Word)
            return std::max(b, clauseEnd(t + 2, s1));
        return b;
    }

    /// "calling for" / "calling on" outside quotation marks, with a word before it and the demand after it ("those
    /// calling for …" names no one).
    bool isCallingFor(int cueA, int cueB, const Sentence &s) const
    {
        return m_toks[cueA].low == u"calling" && m_toks[cueA].quote < 0 && cueA - 1 >= s.t0 && cueB + 1 < s.t1 &&
               (isWordAt(cueB, u"for") || isWordAt(cueB, u"on")) && m_toks[cueB + 1].kind != TokKind::Punct &&
               !isWordAt(cueA - 1, u"those");
    }

    /// "a petition calling on him to resign", "the chorus of detractors calling for him to drop out": the noun phrase
    /// right before "calling for/on" makes the demand. Returns it, or no speaker.
    Speaker callingForSpeaker(int cueA, int cueB, const Sentence &s) const
    {
        if (!isCallingFor(cueA, cueB, s))
            return Speaker();
        const Tok &p = m_toks[cueA - 1];
        if (p.kind != TokKind::Word || isStopWord(p.low) || isPronoun(p.low) || p.low.endsWith(u"ing") ||
            p.low.endsWith(u"ly"))
            return Speaker();
        return speakerLeft(cueA, s.t0);
    }

    /// "began calling for the mayor to resign, a decision he has refused": the demand ends at a comma before the
    /// writer's comment on it; after a noun phrase that makes it ("a petition calling on him to resign has drawn
    /// …"), at the sentence's own verb. Returns the new end, or end.
    int callingForEnd(int k, int end, bool nounBefore) const
    {
        for (int t = k + 1; t < end; ++t) {
            const Tok &w = m_toks[t];
            if (w.quote >= 0)
                continue;
            if (isPunctAt(t, u",") && t + 3 < end && (isWordAt(t + 1, u"a") || isWordAt(t + 1, u"an")) &&
                (isWordAt(t + 3, u"which") || isWordAt(t + 3, u"that") || isWordAt(t + 3, u"who")))
                return t;
            if (nounBefore && w.kind == TokKind::Word && m_toks[t - 1].kind == TokKind::Word &&
                !isDeterminer(m_toks[t - 1].low) && // (not "the will of voters")
                (w.low == u"has" || w.low == u"have" || w.low == u"is" || w.low == u"are" || w.low == u"was" ||
                 w.low == u"were" || w.low == u"will" || w.low == u"would"))
                return t;
        }
        return end;
    }

    /// True when a request or a question follows "asking" within a few words: "asking them to …", "asking the
    /// directors whether …", "asking if …".
    bool askingRequest(int k, int s1) const
    {
        for (int t = k; t < std::min(s1, k + 4); ++t) {
            const Tok &w = m_toks[t];
            if (w.kind != TokKind::Word || w.quote >= 0)
                return false;
            if (w.low == u"to" || w.low == u"whether" || w.low == u"if" || w.low == u"why" || w.low == u"how" ||
                w.low == u"that")
                return t > k || w.low != u"to";
            if (isStopWord(w.low) && !isDeterminer(w.low))
                return false;
        }
        return false;
    }

    /// True when token t is a single quotation mark that opens a quoted word or phrase closed before end: a space
    /// before it, the word glued after it, and a closing mark glued to the word before it within eight tokens
    /// ("calls the plan 'stupid'", "‘a disaster,’").
    bool singleQuoteOpens(int t, int end) const
    {
        const Tok &q = m_toks[t];
        if (q.kind != TokKind::Punct || !(q.low == u"'" || q.low == u"‘") || t + 1 >= end ||
            m_toks[t + 1].kind != TokKind::Word || m_toks[t + 1].s != q.e || (t > 0 && m_toks[t - 1].e >= q.s))
            return false;
        for (int u = t + 2; u < std::min(end, t + 10); ++u) {
            const Tok &c = m_toks[u];
            if (c.kind == TokKind::Punct && (c.low == u"'" || c.low == u"’") && m_toks[u - 1].e == c.s)
                return true;
        }
        return false;
    }

    /// A possessive that opens what something is called: "calls the valley her home".
    static bool isNamingPossessive(const QString &w)
    {
        return w == u"his" || w == u"her" || w == u"their" || w == u"my" || w == u"our";
    }

    /// "They called him a political opportunist", "Clinton called his vote an irresponsible one": a naming
    /// without quotation marks is still a judgement when its object (a pronoun, a name, or a short determined
    /// phrase) is followed by "a/an" and what it is called. (Not "called him at home", "called the company".)
    bool plainNaming(int k, int end) const
    {
        if (k >= end || m_toks[k].quote >= 0 || m_toks[k].kind != TokKind::Word)
            return false;
        static const QStringList objects = {
            QStringLiteral("him"),     QStringLiteral("her"),        QStringLiteral("it"),     QStringLiteral("them"),
            QStringLiteral("himself"), QStringLiteral("herself"),    QStringLiteral("itself"), QStringLiteral("this"),
            QStringLiteral("that"),    QStringLiteral("themselves"), QStringLiteral("me"),     QStringLiteral("us")};
        int t = k;
        const QString &w = m_toks[k].low;
        // ("Sanders called her son her hero": "her" may open a determined object too.)
        if (w == u"her" && k + 2 < end && m_toks[k + 1].kind == TokKind::Word && m_toks[k + 1].quote < 0 &&
            !isStopWord(m_toks[k + 1].low) && !isDeterminer(m_toks[k + 1].low)) {
            int u = k + 1;
            for (int n = 0; n < 3 && u < end && m_toks[u].kind == TokKind::Word && m_toks[u].quote < 0 &&
                            m_toks[u].low != u"a" && m_toks[u].low != u"an" && !isNamingPossessive(m_toks[u].low);
                 ++n)
                ++u;
            if (u + 1 < end && m_toks[u].quote < 0 && isNamingPossessive(m_toks[u].low) &&
                m_toks[u + 1].kind == TokKind::Word && m_toks[u + 1].quote < 0 && !isStopWord(m_toks[u + 1].low))
                return true;
        }
        if (objects.contains(w)) {
            // ("Critics call it the enforcement of correctness": after a pronoun, "the" and its noun too.)
            if (isWordAt(k + 1, u"the") && k + 2 < end && m_toks[k + 2].kind == TokKind::Word &&
                m_toks[k + 2].quote < 0 && !isStopWord(m_toks[k + 2].low))
                return true;
            t = k + 1;
        } else if (m_toks[k].cap && !isDeterminer(w)) {
            while (t < end && m_toks[t].kind == TokKind::Word && m_toks[t].cap && m_toks[t].quote < 0)
                ++t;
            if (t < end && (m_toks[t].low == u"'s" || m_toks[t].low == u"\u2019s"))
                return false;
        } else if (isDeterminer(w) && w != u"a" && w != u"an") {
            t = k + 1;
            for (int n = 0; n < 3 && t < end && m_toks[t].kind == TokKind::Word && m_toks[t].quote < 0 &&
                            m_toks[t].low != u"a" && m_toks[t].low != u"an" && !isNamingPossessive(m_toks[t].low);
                 ++n)
                ++t;
        } else {
            return false;
        }
        if (t + 1 < end && t > k && m_toks[t].quote < 0 && isNamingPossessive(m_toks[t].low) &&
            m_toks[t + 1].kind == TokKind::Word && m_toks[t + 1].quote < 0 && !isStopWord(m_toks[t + 1].low))
            return true; // "She called him her hero", "they call it their home"
        return t < end && t > k && m_toks[t].quote < 0 && (m_toks[t].low == u"a" || m_toks[t].low == u"an");
    }

    /// "Such plans, they believe, will fail, since the money has run out": the statement around a parenthetical cue
    /// ends at a comma before a subordinate clause of the writer's (a reason, a concession, an alternative).
    int parentheticalTailEnd(int a, int b) const
    {
        for (int t = a + 1; t + 1 < b; ++t) {
            if (m_toks[t].quote >= 0 || !isPunctAt(t, u","))
                continue;
            const Tok &n = m_toks[t + 1];
            if (n.kind != TokKind::Word || n.quote >= 0)
                continue;
            const QString &w = n.low;
            if (w == u"since" || w == u"because" || w == u"although" || w == u"though" || w == u"whereas" ||
                w == u"whether" || w == u"which")
                return t;
        }
        return b;
    }

    /// "Critics call it the enforcement of correctness, raising the question …": a naming without quotation marks
    /// ends at a comma before a participle with an object of its own, where the writer goes on (not a list of
    /// adjectives, "a kind, loving and admirable man"). Returns the new end, or end.
    int plainNameEnd(int k, int end) const
    {
        for (int t = k + 1; t + 1 < end; ++t) {
            const Tok &w = m_toks[t + 1];
            // ("called her son her hero before explaining why …": the writer's next clause.)
            if (t > k + 2 && m_toks[t].kind == TokKind::Word && m_toks[t].quote < 0 &&
                (m_toks[t].low == u"before" || m_toks[t].low == u"after" || m_toks[t].low == u"while") &&
                w.kind == TokKind::Word && !w.cap && w.low.size() > 4 && w.low.endsWith(u"ing"))
                return t;
            if (m_toks[t].quote < 0 && isPunctAt(t, u",") && w.kind == TokKind::Word && w.quote < 0 && !w.cap &&
                w.low.size() > 5 && w.low.endsWith(u"ing") && t + 2 < end && m_toks[t + 2].kind == TokKind::Word &&
                (isDeterminer(m_toks[t + 2].low) || isPronoun(m_toks[t + 2].low) || m_toks[t + 2].cap))
                return t;
        }
        return end;
    }

    /// True when "and/or" + a determiner follows within [k, end): the phrases before it are a list's items.
    bool listGoesOn(int k, int end) const
    {
        for (int t = k; t + 1 < end; ++t)
            if (m_toks[t].quote < 0 && (m_toks[t].low == u"and" || m_toks[t].low == u"or") &&
                isDeterminer(m_toks[t + 1].low))
                return true;
        return false;
    }

    /// The end of a name ("Sen. Ted Cruz", "Mr. Sanders's campaign") or an object pronoun at k, or -1.
    int nameObjectEnd(int k, int end) const
    {
        const Tok &first = m_toks[k];
        if (first.kind != TokKind::Word || first.quote >= 0)
            return -1;
        if (first.low == u"him" || first.low == u"her" || first.low == u"them")
            return k + 1 < end && m_toks[k + 1].kind == TokKind::Word && !isStopWord(m_toks[k + 1].low) &&
                           !isDayPart(m_toks[k + 1].low) && !isMonthOrDay(m_toks[k + 1].low)
                       ? -1
                       : k + 1;
        if (!first.cap || isMonthOrDay(first.low))
            return -1;
        int t = k + 1;
        while (t < end && m_toks[t].quote < 0) {
            const Tok &tok = m_toks[t];
            // "Donald J. Trump": an initial's period; "Republican presidential candidate Ted Cruz": a role.
            if (tok.kind == TokKind::Punct && tok.low == u"." && m_toks[t - 1].low.size() == 1 && t + 1 < end &&
                m_toks[t + 1].cap)
                ++t;
            else if (tok.kind == TokKind::Word && !isMonthOrDay(tok.low) && (tok.cap || isNameParticle(tok.low)))
                ++t;
            else if (tok.kind == TokKind::Word && isTitleWord(tok.low) && t + 1 < end && m_toks[t + 1].cap)
                ++t;
            else if (tok.kind == TokKind::Word && t + 2 < end && isTitleWord(m_toks[t + 1].low) && m_toks[t + 2].cap &&
                     !isStopWord(tok.low))
                t += 2;
            else
                break;
        }
        return t;
    }

    bool isDash(const Tok &tok) const { return tok.low == u"\u2014" || tok.low == u"--"; }

    /// True when the hyphen at t stands between spaces, as a dash ("Reynolds - his co-host - told …").
    bool spacedHyphen(int t) const
    {
        return t > 0 && t + 1 < int(m_toks.size()) && m_toks[t].low == u"-" && m_toks[t].quote < 0 &&
               m_toks[t - 1].e < m_toks[t].s && m_toks[t].e < m_toks[t + 1].s;
    }

    /// The dash closing a parenthetical opened by the dash at t, when the sentence goes on after it; 0 = none.
    int closingDash(int t, int s1) const
    {
        for (int u = t + 2; u < std::min(s1 - 1, t + 25); ++u) {
            const Tok &tok = m_toks[u];
            if (tok.kind == TokKind::Punct && isDash(tok))
                return m_toks[u + 1].kind == TokKind::Word ? u : 0;
            if (tok.kind == TokKind::Punct && (tok.low == u";" || isSentenceEndPunct(tok)))
                return 0;
        }
        return 0;
    }

    /// True when the token k sits in a subordinate clause opening its sentence ("When the director said that …"),
    /// before that clause's comma.
    bool inOpeningSubordinate(int k) const
    {
        const int s0 = m_sents[m_sentOf.value(k, 0)].t0;
        // ("But if Carson implied that …,", "Even as Mr. Obama has said that …,": a connective or "even" may open
        // the subordinate clause, and "even/just" make "as" one.)
        int w = s0;
        if (w + 1 < k && m_toks[w].kind == TokKind::Word && m_toks[w].quote < 0 &&
            (m_toks[w].low == u"but" || m_toks[w].low == u"and" || m_toks[w].low == u"yet"))
            ++w;
        // ("Years after Bill Clinton claimed that …,", "Two days after …,", "Shortly before …,": a measure of time
        // before the subordinator.)
        for (int u = w; u < std::min(k - 1, w + 3); ++u) {
            const Tok &tok = m_toks[u];
            if (tok.kind != TokKind::Word || tok.quote >= 0 || isStopWord(tok.low))
                break;
            const Tok &sub = m_toks[u + 1];
            if (isTimeMeasure(tok.low) && sub.kind == TokKind::Word &&
                (sub.low == u"after" || sub.low == u"before" || sub.low == u"since" || sub.low == u"when")) {
                w = u + 1;
                break;
            }
        }
        const bool even = w + 1 < k && m_toks[w].kind == TokKind::Word && m_toks[w].quote < 0 &&
                          (m_toks[w].low == u"even" || m_toks[w].low == u"just");
        if (even)
            ++w;
        const Tok &first = m_toks[w];
        if (first.kind != TokKind::Word || first.quote >= 0 ||
            !(isSubordinator(first.low) || (even && first.low == u"as")))
            return false;
        for (int t = w + 1; t < k; ++t)
            if (m_toks[t].quote < 0 && (isPunctAt(t, u",") || isPunctAt(t, u";") || isPunctAt(t, u":")))
                return false;
        return true;
    }

    /// True when the token k sits in a subordinate clause that opens a later clause of its sentence, before that
    /// clause's comma: "…, and while he said he'd hold a hearing, it's unlikely …", "However, though the party says it
    /// is on its way, donors …"; or in one opened by a bare "As" ("As the rivals lamented the tax, Clinton turned
    /// …"). (inOpeningSubordinate covers the sentence's first clause.)
    bool inMidSubordinate(int k) const
    {
        const int s0 = m_sents[m_sentOf.value(k, 0)].t0;
        for (int w = k - 1; w >= s0; --w) {
            const Tok &tok = m_toks[w];
            if (tok.quote >= 0 || tok.kind == TokKind::OpenQuote || tok.kind == TokKind::CloseQuote)
                return false;
            if (tok.kind == TokKind::Punct && (tok.low == u"," || tok.low == u";" || tok.low == u":" || isDash(tok)))
                return false;
            if (tok.kind != TokKind::Word || !(isSubordinator(tok.low) || tok.low == u"as"))
                continue;
            if (w == s0)
                return tok.low == u"as";
            // What opens the subordinate clause: ", and while", "; though", "However, while", "and when".
            int b = w - 1;
            if (b > s0 && m_toks[b].kind == TokKind::Word && m_toks[b].quote < 0 &&
                (m_toks[b].low == u"and" || m_toks[b].low == u"but" || m_toks[b].low == u"yet"))
                --b;
            if (b < s0 || !(isPunctAt(b, u",") || isPunctAt(b, u";")))
                return false;
            // ("However, while …": a sentence adverb and its comma open the sentence.)
            if (b == s0 + 1 && m_toks[s0].kind == TokKind::Word && m_toks[s0].cap && b == w - 1)
                return true;
            // (", and while …", "; though …": a comma and a conjunction, or a semicolon, close the clause before.)
            return b < w - 1 || isPunctAt(b, u";");
        }
        return false;
    }

    /// True when the cue word at m is a noun here, no verb of a clause of its own: after a determiner ("if its
    /// claims are true") or before "of" ("ranging from claims of a youthful temper").
    bool isNounUse(int m) const { return followsDeterminer(m) || isWordAt(m + 1, u"of"); }

    /// True when the token before m is a determiner outside quotations ("the talks", "its claims").
    bool followsDeterminer(int m) const
    {
        const Tok &prev = m_toks[m - 1];
        return prev.kind == TokKind::Word && prev.quote < 0 && isDeterminer(prev.low);
    }

    /// True when the token k opens a prepositional adverbial of time or place ("Over the long term", "About 10 p.m.",
    /// "In the first quarter"), the kind that starts a sentence before its subject.
    bool isAdverbialOpener(int k) const
    {
        static const QSet<QString> preps = {
            QStringLiteral("over"),   QStringLiteral("in"),     QStringLiteral("at"),         QStringLiteral("on"),
            QStringLiteral("by"),     QStringLiteral("after"),  QStringLiteral("before"),     QStringLiteral("about"),
            QStringLiteral("during"), QStringLiteral("since"),  QStringLiteral("within"),     QStringLiteral("under"),
            QStringLiteral("until"),  QStringLiteral("around"), QStringLiteral("throughout"), QStringLiteral("last"),
            QStringLiteral("earlier")};
        return m_toks[k].kind == TokKind::Word && m_toks[k].quote < 0 && preps.contains(m_toks[k].low);
    }

    /// True when "as" at n opens the writer's comparison, "as" and a form of be, have or do before its subject
    /// (", as was the case with …", ", as has the mayor of Miami").
    bool isComparingAs(int n) const
    {
        if (!isWordAt(n, u"as") || m_toks[n].quote >= 0 || n + 1 >= int(m_toks.size()))
            return false;
        static const QSet<QString> verbs = {QStringLiteral("is"),   QStringLiteral("was"),  QStringLiteral("are"),
                                            QStringLiteral("were"), QStringLiteral("has"),  QStringLiteral("have"),
                                            QStringLiteral("had"),  QStringLiteral("does"), QStringLiteral("did"),
                                            QStringLiteral("do")};
        return m_toks[n + 1].kind == TokKind::Word && m_toks[n + 1].quote < 0 && verbs.contains(m_toks[n + 1].low);
    }

    /// True when "a/an" at n opens the writer's comment on what a statement aimed at: "a swipe at", "a veiled jab at",
    /// "a nod to", "a dig at", "an allusion to" (a noun of aim, up to three words in, then "at" or "to").
    bool isAimComment(int n, int s1) const
    {
        if (!(isWordAt(n, u"a") || isWordAt(n, u"an")) || m_toks[n].quote >= 0)
            return false;
        static const QSet<QString> aims = {QStringLiteral("swipe"), QStringLiteral("jab"),      QStringLiteral("dig"),
                                           QStringLiteral("nod"),   QStringLiteral("allusion"), QStringLiteral("shot")};
        for (int t = n + 1; t + 1 < std::min(s1, n + 5); ++t) {
            if (m_toks[t].kind != TokKind::Word || m_toks[t].quote >= 0)
                return false;
            if (aims.contains(m_toks[t].low))
                return isWordAt(t + 1, u"at") || isWordAt(t + 1, u"to");
        }
        return false;
    }

    /// The comma closing a relative clause that opens at n inside a subject, when the subject's verb follows it
    /// (", who died last year, were still …"); -1 otherwise.
    int relativeClose(int n, int s1) const
    {
        for (int t = n + 2; t + 1 < std::min(s1, n + 20); ++t) {
            const Tok &tok = m_toks[t];
            if (tok.quote >= 0 || tok.kind == TokKind::OpenQuote || tok.kind == TokKind::CloseQuote)
                return -1;
            if (tok.kind != TokKind::Punct)
                continue;
            if (tok.low != u",")
                return -1;
            const Tok &v = m_toks[t + 1];
            const bool verb = v.kind == TokKind::Word && v.quote < 0 && !v.cap &&
                              (isAuxiliary(v.low) || isCopula(v.low) || isFiniteVerb(v.low));
            return verb ? t : -1;
        }
        return -1;
    }

    /// True when "but" at n goes on with the same subject's predicate ("the process was fair, but required …",
    /// ", but could not …", ", but also …", ", but rather …"): an auxiliary or adverb, no subject of its own.
    bool butGoesOn(int n, int s1) const
    {
        if (m_toks[n].low != u"but" || n + 1 >= s1)
            return false;
        const Tok &w = m_toks[n + 1];
        if (w.kind != TokKind::Word || w.quote >= 0 || w.cap)
            return false;
        // ("…, but not for cases of …", "…, but couldn't provide …": a negation opens a stance cue, "not confirm or
        // deny", yet here it goes on with the same predicate.)
        const bool negated = w.low == u"not" || w.low.endsWith(u"n't") || w.low.endsWith(u"n\u2019t");
        if (isCueWord(w.low) && !isAuxiliary(w.low) && !negated)
            return false; // "X did this, but said …": a statement of its own
        return (isAuxiliary(w.low) && w.low != u"still" && w.low != u"again") || w.low == u"rather" ||
               w.low == u"not" || w.low == u"must" || w.low == u"may" || w.low == u"might" || w.low.endsWith(u"n't") ||
               w.low.endsWith(u"n\u2019t");
    }

    /// True when the dash at t goes on with the statement rather than the writer's aside: a second that-clause
    /// ("… may be pliable — and that the effort should …") or a qualifier ("— especially in Libya", "— only that …",
    /// "— assuming a two-way race").
    bool dashGoesOn(int t, int s1) const
    {
        if (t + 2 >= s1 || m_toks[t + 1].kind != TokKind::Word || m_toks[t + 1].quote >= 0)
            return false;
        const QString &w = m_toks[t + 1].low;
        if (w == u"and" || w == u"but" || w == u"or")
            return isWordAt(t + 2, u"that");
        return w == u"especially" || w == u"particularly" || w == u"only" || w == u"assuming";
    }

    /// True when the word before m is a preposition: a participle after it modifies a noun, no verb of saying
    /// ("… were made to the mayor for added security", "with reported losses").
    bool afterPreposition(int m) const
    {
        if (m < 1 || m_toks[m - 1].kind != TokKind::Word || m_toks[m - 1].quote >= 0)
            return false;
        static const QSet<QString> preps = {QStringLiteral("for"),  QStringLiteral("with"), QStringLiteral("of"),
                                            QStringLiteral("in"),   QStringLiteral("on"),   QStringLiteral("at"),
                                            QStringLiteral("from"), QStringLiteral("into"), QStringLiteral("without")};
        return preps.contains(m_toks[m - 1].low);
    }

    /// Where a content clause after a cue ends: the sentence end, or before ", according to …", ", saying …",
    /// or a clause with its own cue.
    int clauseEnd(int k, int s1) const
    {
        const bool subordinate = inOpeningSubordinate(k) || inMidSubordinate(k);
        for (int t = k; t < s1; ++t) {
            const Tok &tok = m_toks[t];
            // ('said things "should be wrapped up by Cleveland," referring to …': a comma inside the closing quote
            // ends the clause as one outside it does, the closing mark kept in.)
            const bool quotedComma =
                tok.kind == TokKind::CloseQuote && t > k + 2 && t + 1 < s1 && isPunctAt(t - 1, u",");
            if (tok.quote >= 0 && !quotedComma)
                continue;
            // "… and insisted that …": a second verb of saying starts a statement of its own.
            if (tok.kind == TokKind::Word && (tok.low == u"and" || tok.low == u"but") && t > k + 2 && t + 1 < s1 &&
                isStrongVerbCue(m_toks[t + 1].low) && !isNounUse(t + 1))
                return t;
            // ("… was ignorant of Islam and criticized him for …": a past-tense cue verb of the same subject; "…, and
            // then tweeted that …": its next act.)
            if (tok.kind == TokKind::Word && tok.low == u"and" && t > k + 2 && t + 1 < s1) {
                const int v = isWordAt(t + 1, u"then") && t + 2 < s1 ? t + 2 : t + 1;
                if (m_toks[v].kind == TokKind::Word && m_toks[v].quote < 0 && m_toks[v].low.endsWith(u"ed") &&
                    isCueWord(m_toks[v].low) && !onlyWithObjectInfinitive(m_toks[v].low))
                    return isPunctAt(t - 1, u",") && v > t + 1 ? t - 1 : t;
            }
            if (tok.kind == TokKind::Punct && isDash(tok)) {
                // "X — itself a rebuttal — was …": a parenthetical between two dashes belongs to the statement.
                const int close = closingDash(t, s1);
                if (close > 0) {
                    t = close;
                    continue;
                }
                if (t > k + 3 && !dashGoesOn(t, s1))
                    return t;
            }
            if ((tok.kind == TokKind::Punct && (tok.low == u";" || (tok.low == u"," && t + 1 < s1))) || quotedComma) {
                const int end = quotedComma ? t + 1 : t;
                if (tok.low == u";")
                    return end;
                // "When the director said that X, experts understood …": the main clause follows the comma.
                if (subordinate && t > k + 1 && m_toks[t + 1].kind == TokKind::Word)
                    return end;
                const int n = t + 1;
                // ", but Democrats have pushed …", ", while …": another clause, no longer what was said. (A
                // concession, "…, though the fee is still too high", "…, although she is registered as a Democrat",
                // qualifies the statement and belongs to it: 29 spans changed, 25 right against 21.)
                if (n < s1 && t > k + 3 &&
                    (m_toks[n].low == u"but" || m_toks[n].low == u"while" || m_toks[n].low == u"whereas") &&
                    !isWordAt(n + 1, u"that") && // (", but that …": a second that-clause of the same statement)
                    !butGoesOn(n, s1))
                    return end;
                // ("…, although he tweeted that …": a concession with a verb of saying of its own is a new statement.)
                if (n < s1 && t > k + 3 && (m_toks[n].low == u"although" || m_toks[n].low == u"though"))
                    for (int v = n + 1; v < std::min(s1, n + 4); ++v)
                        if (m_toks[v].kind == TokKind::Word && m_toks[v].quote < 0 && isCueWord(m_toks[v].low) &&
                            !isAuxiliary(m_toks[v].low) && !isCopula(m_toks[v].low))
                            return end;
                if (n < s1 && m_toks[n].kind == TokKind::Word) {
                    if (isParticipleCue(m_toks[n].low) || (m_toks[n].low == u"according" && isWordAt(n + 1, u"to")))
                        return end;
                    // ", as was the case with …", ", as has the mayor": the writer's comparison with the statement.
                    if (t > k + 3 && isComparingAs(n))
                        return end;
                    // (", however this time around that number has …": "however" without its own comma opens the
                    // writer's next clause.)
                    // (Not "…, however messy, was worth it": a concession set off by its own comma.)
                    if (t > k + 3 && m_toks[n].low == u"however" && n + 4 < s1) {
                        bool plain = true;
                        for (int x = n + 1; x <= n + 4 && plain; ++x)
                            plain = m_toks[x].kind == TokKind::Word && m_toks[x].quote < 0;
                        if (plain)
                            return end;
                    }
                    // ", a swipe at the mayor", ", a thinly veiled jab at …", ", a nod to …": the writer's word on
                    // what the statement was aimed at.
                    if (t > k + 3 && isAimComment(n, s1))
                        return end;
                    // ", a move that could …", ", an acknowledgment that …": the writer's comment on the statement.
                    if (t > k + 3 && (m_toks[n].low == u"a" || m_toks[n].low == u"an" || m_toks[n].low == u"one") &&
                        n + 2 < s1 && m_toks[n + 1].kind == TokKind::Word &&
                        (isWordAt(n + 2, u"that") || isWordAt(n + 2, u"which") || isWordAt(n + 2, u"who")))
                        return end;
                    // ", who was his chief of staff …": a relative clause about a name, not part of the statement.
                    if (t > k + 3 && (m_toks[n].low == u"who" || m_toks[n].low == u"which") && m_toks[t - 1].cap) {
                        // ("… said that if his son Beau, who died last year, were still serving, he would …": a
                        // relative clause set off inside the statement's subject, its verb after the second comma.)
                        const int close = relativeClose(n, s1);
                        if (close < 0)
                            return end;
                        t = close - 1;
                        continue;
                    }
                    // ", a claim Yerevan dismissed as untrue", ", officials said"
                    for (int m = n; m < std::min(s1, n + 8); ++m) {
                        if (m_toks[m].kind != TokKind::Word)
                            break;
                        if (isStrongVerbCue(m_toks[m].low) && m_toks[m].quote < 0 && !isNounUse(m) &&
                            !afterPreposition(m))
                            return end;
                    }
                }
            }
        }
        int b = s1;
        while (b > k && (isSentenceEndPunct(m_toks[b - 1]) || m_toks[b - 1].kind == TokKind::CloseQuote ||
                         m_toks[b - 1].low == u")" || m_toks[b - 1].low == u","))
            --b;
        // A clause that opened a quotation keeps its closing mark out, and its opening mark too.
        return b;
    }

    /// "She thanked the crowd before explaining why she would stay in the race", "after telling his aides he would
    /// …": a participle of saying right after a subordinator of time, in the middle of its sentence; its speaker is
    /// the clause's subject (the gold agrees 10 times in 11 where it stands in PolNeAR's text). (Not "for" or "of":
    /// "praised her for calling …", "accused him of suggesting …" name another's words. "by" was 32 of 46, "in" 9 of
    /// 14 and "while" with no comma before it 2 of 5: "would be allowed to deny licenses by asserting …", "a role in
    /// denying …".)
    bool participleAfterPreposition(int cueA, int s0) const
    {
        if (cueA - 1 <= s0 || m_toks[cueA - 1].kind != TokKind::Word || m_toks[cueA - 1].quote >= 0)
            return false;
        const QString &p = m_toks[cueA - 1].low;
        // ("Most senators backed the bill, while insisting that …": "while" after a comma sets the participle off
        // from the main clause, whose subject speaks; 3 of 3 where it stands in PolNeAR's text.)
        if (p == u"while" && cueA - 2 > s0 && isPunctAt(cueA - 2, u","))
            return true;
        return p == u"after" || p == u"before" || p == u"since" || p == u"upon";
    }

    /// "The campaign issued a statement describing the meeting as …", "published a report detailing …": the venue's
    /// noun (at venue) is the object of a verb of issuing a few words before; its issuer speaks through any participle
    /// of saying after it, as through "saying" (venueSaying). (Not "a March speech denouncing …", the subject of a
    /// clause of its own: with any venue the gold agreed 5 times in 8.)
    bool publishedVenueBefore(int venue, int s0) const
    {
        static const QSet<QString> issue{
            QStringLiteral("issued"),    QStringLiteral("released"), QStringLiteral("published"),
            QStringLiteral("posted"),    QStringLiteral("sent"),     QStringLiteral("revised"),
            QStringLiteral("delivered"), QStringLiteral("gave"),     QStringLiteral("put"),
            QStringLiteral("wrote"),     QStringLiteral("issues"),   QStringLiteral("releases")};
        for (int t = venue - 1; t >= s0 && t >= venue - 4; --t) {
            if (m_toks[t].kind != TokKind::Word || m_toks[t].quote >= 0)
                return false;
            if (issue.contains(m_toks[t].low))
                return true;
        }
        return false;
    }

    /// "She said she regretted her remarks and promised to stay out of it", "He announced … and vowed to focus on …":
    /// an intention with its infinitive after "and" (left is the first word after it; adverbs may come between, not
    /// an auxiliary: "…, favors a proposal and has promised to …" lists what the writer reports) goes on with the
    /// sentence's subject, as a verb of saying does. (The gold agrees 8 times in 8 where it stands in PolNeAR's text;
    /// after "but" 1 of 3.)
    bool conjoinedIntention(const CueEntry &e, int left, int cueA, int cueB) const
    {
        if (!e.infinitive || e.kind != CueKind::Verb || !isWordAt(cueB, u"to") || !isWordAt(left - 1, u"and"))
            return false;
        for (int t = left; t < cueA; ++t)
            if (isAuxiliary(m_toks[t].low) && m_toks[t].low != u"also" && m_toks[t].low != u"still" &&
                m_toks[t].low != u"again")
                return false;
        return true;
    }

    /// "In describing the plan as a tax, the senator …", "But after arguing that …, his team …": a participle of
    /// saying right after a preposition or subordinator that opens its sentence (after at most "but / and / yet").
    /// The comma that ends the participle phrase, before the main clause, or -1. (The gold agrees 9 times in 9 where
    /// it stands in PolNeAR's text.)
    int openingParticipleComma(int cueA, int cueB, const Sentence &s) const
    {
        const int p = cueA - 1;
        // ("Noting that both men battled the press, Schlafly …", "Promising he would look closer, Bolton …": a bare
        // participle opening the sentence, before a "that"-clause or a clause opened by a pronoun; the gold agrees 6
        // times in 6 where it stands in PolNeAR's text. With an object, "Citing local outlets, the AP reports …",
        // "Recalling the pitfalls of 2012, the party began …", 7 of 10.)
        const bool bare = opensSentenceAdjunct(cueA) &&
                          (isWordAt(cueB, u"that") ||
                           (cueB < s.t1 && m_toks[cueB].kind == TokKind::Word && isPronoun(m_toks[cueB].low)));
        if (!bare) {
            if (p < s.t0 || !opensSentenceAdjunct(p) || m_toks[p].kind != TokKind::Word)
                return -1;
            const QString &w = m_toks[p].low;
            if (!(w == u"by" || w == u"after" || w == u"before" || w == u"while" || w == u"upon" || w == u"since" ||
                  w == u"in" || w == u"when"))
                return -1;
        }
        for (int t = cueB; t + 1 < s.t1 && t - cueB < 40; ++t) {
            const Tok &tok = m_toks[t];
            if (tok.quote >= 0)
                continue;
            if (tok.kind == TokKind::Punct && (tok.low == u";" || tok.low == u":" || isDash(tok)))
                return -1;
            if (tok.kind == TokKind::Punct && tok.low == u",")
                return t > cueB + 1 ? t : -1;
        }
        return -1;
    }

    void handleCue(int si, const CueMatch &m, int sentenceFirstOut)
    {
        const Sentence s = m_sents[si];
        const CueEntry &e = *m.entry;
        int cueA = m.a;
        int cueB = m.b;
        // ("After saying goodbye to her staff, the mayor left", "… after saying hello to the crew": a formula of
        // greeting, leave-taking or thanks says nothing.)
        static const QSet<QString> formulas{QStringLiteral("goodbye"),  QStringLiteral("hello"),
                                            QStringLiteral("farewell"), QStringLiteral("grace"),
                                            QStringLiteral("thanks"),   QStringLiteral("amen")};
        if (e.kind == CueKind::Participle && cueB < s.t1 && m_toks[cueB].kind == TokKind::Word &&
            formulas.contains(m_toks[cueB].low))
            return;
        // "could neither confirm nor deny", "was unable to verify": the auxiliaries are part of the cue.
        if (e.kind == CueKind::Stance) {
            while (cueA - 1 >= s.t0 && m_toks[cueA - 1].kind == TokKind::Word && isAuxiliary(m_toks[cueA - 1].low))
                --cueA;
            if (insideEarlierContent(cueA, sentenceFirstOut))
                return; // the outer statement carries the stance
        }
        if (e.questionOnly) {
            const int k = skipAdverbialsRight(cueB, s.t1);
            if (k >= s.t1 || !isQuestionWord(m_toks[k].low))
                return;
        }
        // A weak cue inside what another cue reports ("she says she plans to …") is part of that statement.
        if (e.weak && insideEarlierContent(cueA, sentenceFirstOut))
            return;
        Raw r;
        r.sentence = si;
        r.stance = e.stance;
        r.status = e.status;
        Speaker sp;
        int contentA = -1;
        bool relativeClauseContent = false; ///< "which he said defied …": the pronoun is the clause's subject
        int contentB = -1;
        int quote = -1;
        int quoteTail = -1; ///< a second quote the content runs on into
        QString rule;
        Speaker wideOf; ///< the speaker found before a cue, and the first token of its whole noun phrase
        int wideA = -1;
        bool invertedSpeaker = false; ///< the speaker follows the cue
        int appositionComma = -1;     ///< "Rabbi Ana Ruiz, the founder of …, has said": the comma before the cue
        int labelOpen = -1;           ///< "Sen. Chuck Schumer (D-N.Y.) said": the label's "(", and the token after ")"
        int labelEnd = -1;

        // ("…, calling attention to the delays": an idiom that names nothing.)
        if ((m_toks[cueA].low == u"calling" || m_toks[cueA].low == u"called" || m_toks[cueA].low == u"calls") &&
            isWordAt(cueB, u"attention"))
            return;
        // (", asking them to host events", ", asking the board whether …": a request or a question put to a
        // listener; not "asking price", "asking questions".)
        if (m_toks[cueA].low == u"asking" && !askingRequest(cueB, s.t1))
            return;
        // "Clinton is calling for …", "He's warning that …", "Some Germans are questioning whether …": a
        // participle after a form of "be" is the sentence's finite verb, its subject the speaker.
        int progressiveAux = -1;
        // (Not "Alpert's metaphor is telling", "what Trump was saying as …": something of its own follows. "is
        // promising to …", "are vowing to …": an intention's infinitive does.)
        if (e.kind == CueKind::Participle && e.words.size() == 1 && isProgressiveCue(m_toks[cueA].low) && cueB < s.t1 &&
            m_toks[cueB].kind == TokKind::Word && m_toks[cueB].quote < 0 &&
            (!isClauseBlocker(m_toks[cueB].low) || m_toks[cueA].low == u"calling" ||
             (e.infinitive && isWordAt(cueB, u"to")))) {
            int j = cueA - 1;
            while (j > s.t0 && m_toks[j].kind == TokKind::Word &&
                   (isSkipAdverb(m_toks[j].low) || m_toks[j].low == u"not"))
                --j;
            if (j > s.t0 && m_toks[j].kind == TokKind::Word && m_toks[j].quote < 0 && isBeForm(m_toks[j].low))
                progressiveAux = j;
            // ("is calling Rubio a liar" was tried with bare "called" and dropped: only "calling for/on".)
            if (progressiveAux >= 0 && m_toks[cueA].low == u"calling") {
                if (isWordAt(cueB, u"for") || isWordAt(cueB, u"on"))
                    ++cueB;
                else
                    progressiveAux = -1;
            }
        }

        // "Tinder's ban of Ms. Gedrich was first reported by BuzzFeed.", "Her death was confirmed by the Eagle
        // Forum": a passive with its agent; the agent speaks and the subject is what it reported.
        // "As reported by Western Journalism, investigators found …", "…, as first reported by the Times on
        // Tuesday.": like "according to", the agent speaks and the clause on the other side of the comma is what
        // it reported.
        int asReportedBy = -1;
        int openingComma = -1; ///< "In describing the plan, the senator …": the comma that ends the opening phrase
        if (e.kind == CueKind::Verb && isWordAt(cueB, u"by") && isPassiveReportVerb(m_toks[cueA].low)) {
            int j = cueA - 1;
            while (j > s.t0 && m_toks[j].kind == TokKind::Word && isSkipAdverb(m_toks[j].low))
                --j;
            if (j >= s.t0 && isWordAt(j, u"as") && (j == s.t0 || isPunctAt(j - 1, u",")))
                asReportedBy = j;
        }
        Speaker passiveSubject;
        if (e.kind == CueKind::Verb && e.words.size() == 1 && isWordAt(cueB, u"by") &&
            isPassiveReportVerb(m_toks[cueA].low)) {
            int j = cueA - 1;
            while (j > s.t0 && m_toks[j].kind == TokKind::Word && isSkipAdverb(m_toks[j].low))
                --j;
            if (j > s.t0 && (isWordAt(j, u"was") || isWordAt(j, u"were") || isWordAt(j, u"is") || isWordAt(j, u"are") ||
                             isWordAt(j, u"been")))
                passiveSubject = wholeSubject(
                    isWordAt(j, u"been") && j - 1 > s.t0 && isAuxiliary(m_toks[j - 1].low) ? j - 1 : j, s.t0);
        }

        if (&e == &pollAdjunctCue() || &e == &countAdjunctCue()) {
            // "In a Gallup poll released Monday, 52 percent of voters backed the plan": the poll speaks; the rest of
            // the sentence (past a ", however,") is what it found, a second share after ", while" or ";" included
            // (stopping at the clause's end as other cues do matched 9 gold statements fewer).
            const int comma = pollAdjunctEnd(cueA, s.t1);
            if (comma < 0)
                return;
            sp.a = cueB;
            sp.b = comma;
            contentA = comma + 1;
            if (isWordAt(contentA, u"however") && isPunctAt(contentA + 1, u","))
                contentA += 2;
            contentB = s.t1;
            rule = &e == &pollAdjunctCue() ? QStringLiteral("in-poll") : QStringLiteral("by-count");
            r.confidence = 0.65;
        } else if (&e == &viewpointCue()) {
            // "To Ms. Ortiz, the ferry is a lifeline": she speaks; the clause after the comma is her view.
            const int end = viewpointEnd(cueA, s.t1);
            if (end < 0)
                return;
            // (The name before a relative clause is the speaker: up to the first comma.)
            sp.a = cueB;
            sp.b = cueB;
            while (sp.b < end && !isPunctAt(sp.b, u","))
                ++sp.b;
            contentA = end + 1;
            contentB = clauseEnd(contentA, s.t1);
            rule = QStringLiteral("to-viewpoint");
            r.confidence = 0.6;
        } else if (e.kind == CueKind::AccordingTo) {
            // "according to X, Y." / "Y, according to X."
            // Whatever follows names the source, up to the clause's end: "according to a person familiar with …".
            int spEnd = cueB;
            // ("According to early results of the exit poll conducted by … for the Associated Press, Clinton
            // led …", 'According to her "clawback" plan, firms …': an opening source may be long, or quote a name.)
            const int spMax = cueA == s.t0 ? 30 : 16;
            while (spEnd < s.t1 && spEnd - cueB < spMax &&
                   (m_toks[spEnd].kind == TokKind::Word || (cueA == s.t0 && m_toks[spEnd].kind != TokKind::Punct) ||
                    (m_toks[spEnd].kind == TokKind::Punct && m_toks[spEnd].low != u"," &&
                     !isSentenceEndPunct(m_toks[spEnd]) && m_toks[spEnd].low != u";" && m_toks[spEnd].low != u":")))
                ++spEnd;
            if (spEnd == cueB)
                return;
            sp.a = cueB;
            sp.b = spEnd;
            const int afterSp = sp.b;
            // ("… had 115 violent crimes — including murder — according to …", '"…," according to CNN.', "Clinton
            // leads by 271 delegates according to a count …": what comes before, without a comma of its own.)
            const bool headBefore =
                cueA - s.t0 >= 4 && ((m_toks[cueA - 1].kind == TokKind::CloseQuote && isPunctAt(cueA - 2, u",")) ||
                                     (m_toks[cueA - 1].kind == TokKind::Punct && isDash(m_toks[cueA - 1])) ||
                                     (m_toks[cueA - 1].kind == TokKind::Word && m_toks[cueA - 1].quote < 0 &&
                                      !isStopWord(m_toks[cueA - 1].low) && !isClauseBlocker(m_toks[cueA - 1].low) &&
                                      !isCopula(m_toks[cueA - 1].low) && !isAuxiliary(m_toks[cueA - 1].low)));
            if (cueA > s.t0 && (m_toks[cueA - 1].low == u"," || headBefore)) {
                contentA = s.t0;
                contentB = m_toks[cueA - 1].kind == TokKind::Punct ? cueA - 1 : cueA;
                // "Among the precedents at risk, according to Ms. Epstein, are 16 …": a short head goes on after
                // the source with its verb; one statement around the attribution.
                if (afterSp + 2 < s.t1 && m_toks[afterSp].low == u"," && contentB - contentA <= 8 &&
                    m_toks[afterSp + 1].kind == TokKind::Word && !m_toks[afterSp + 1].cap &&
                    m_toks[afterSp + 1].quote < 0 && !isPronoun(m_toks[afterSp + 1].low) &&
                    !isDeterminer(m_toks[afterSp + 1].low) && m_toks[afterSp + 1].low != u"and" &&
                    m_toks[afterSp + 1].low != u"but")
                    contentB = clauseEnd(afterSp + 1, s.t1);
                else if (afterSp + 2 < s.t1 && m_toks[afterSp].low == u"," &&
                         fragmentHeadTail(contentA, contentB, afterSp + 1, clauseEnd(afterSp + 1, s.t1)))
                    contentB = clauseEnd(afterSp + 1, s.t1);
                // "Over the long term, according to the budget office, the deficit will rise": an opening adverbial
                // of time or place is no statement; the clause after the source finishes it.
                else if (afterSp + 2 < s.t1 && m_toks[afterSp].low == u"," && contentB - contentA <= 8 &&
                         isAdverbialOpener(contentA) && m_toks[afterSp + 1].kind == TokKind::Word &&
                         m_toks[afterSp + 1].quote < 0 && m_toks[afterSp + 1].low != u"and" &&
                         m_toks[afterSp + 1].low != u"but")
                    contentB = clauseEnd(afterSp + 1, s.t1);
            } else if (afterSp < s.t1 && m_toks[afterSp].low == u",") {
                contentA = afterSp + 1;
                contentB = clauseEnd(contentA, s.t1);
            } else {
                return;
            }
            rule = QStringLiteral("according-to");
            r.confidence = 0.8;
        } else if (asReportedBy >= 0) {
            int spEnd = cueB + 1;
            while (spEnd < s.t1 && spEnd - cueB <= 12 && m_toks[spEnd].kind == TokKind::Word &&
                   m_toks[spEnd].quote < 0 && !isMonthOrDay(m_toks[spEnd].low) && m_toks[spEnd].low != u"on" &&
                   m_toks[spEnd].low != u"in" && m_toks[spEnd].low != u"last" && m_toks[spEnd].low != u"earlier")
                ++spEnd;
            if (spEnd == cueB + 1 || (!m_toks[cueB + 1].cap && !isDeterminer(m_toks[cueB + 1].low)))
                return;
            sp.a = cueB + 1;
            sp.b = spEnd;
            if (asReportedBy == s.t0) {
                if (spEnd >= s.t1 || !isPunctAt(spEnd, u","))
                    return;
                contentA = spEnd + 1;
                contentB = clauseEnd(contentA, s.t1);
            } else {
                // ('"…," Carson noted in an interview, as reported by BuzzFeed News.': the quotation's speaker is
                // named in it; the outlet only relays it.)
                for (int t = s.t0; t < asReportedBy; ++t)
                    if (m_toks[t].quote >= 0)
                        return;
                contentA = s.t0;
                contentB = asReportedBy - 1;
            }
            rule = QStringLiteral("as-reported-by");
            r.confidence = 0.75;
        } else if (passiveSubject.a >= 0) {
            sp = speakerRight(cueB + 1, s.t1);
            if (sp.a < 0 || (!m_toks[sp.a].cap && !isDeterminer(m_toks[sp.a].low)))
                return;
            contentA = passiveSubject.a;
            contentB = passiveSubject.b;
            rule = QStringLiteral("passive-by");
            r.confidence = 0.7;
        } else if (e.kind == CueKind::Participle && progressiveAux < 0 &&
                   (openingComma = openingParticipleComma(cueA, cueB, s)) > 0) {
            // "In describing the plan as a tax, the senator …", "After arguing that …, his team is …": a participle
            // phrase after a preposition that opens the sentence; the main clause's subject, after its comma, speaks.
            sp = leadingSubject(openingComma + 1, s.t1);
            if (sp.a < 0)
                return;
            const int k = skipAdverbialsRight(cueB, openingComma);
            contentA = isWordAt(k, u"that") ? k + 1 : k;
            contentB = openingComma;
            rule = opensSentenceAdjunct(cueA) ? QStringLiteral("opening-participle")
                                              : QStringLiteral("opening-preposition-participle");
            r.confidence = 0.7;
        } else if (e.kind == CueKind::Participle && progressiveAux < 0) {
            // ", saying …" / ", adding that …": the speaker is the sentence's last one.
            // "… by saying he would …": a participle after "by" has the same speaker.
            // "after saying he …", "upon saying, …": a preposition before "saying" too.
            const bool sayingAfterPreposition =
                cueA - 1 >= s.t0 && m_toks[cueA].low == u"saying" &&
                (isWordAt(cueA - 1, u"by") || isWordAt(cueA - 1, u"after") || isWordAt(cueA - 1, u"upon") ||
                 isWordAt(cueA - 1, u"before") || isWordAt(cueA - 1, u"while"));
            // ("He said the campaign would try to win them over by arguing that …": a participle inside what an
            // earlier cue reports is part of that statement.)
            const bool otherAfterPreposition = !sayingAfterPreposition && participleAfterPreposition(cueA, s.t0);
            if (otherAfterPreposition && insideEarlierContent(cueA, sentenceFirstOut))
                return;
            const bool afterPreposition = sayingAfterPreposition || otherAfterPreposition;
            // "with three in 10 saying …", "with the campaign of the former senator saying …": the phrase after
            // "with" speaks.
            Speaker withSpeaker;
            for (int w = cueA - 2;
                 w > s.t0 && w >= cueA - 9 && m_toks[cueA - 1].kind == TokKind::Word && m_toks[cueA].low == u"saying";
                 --w) {
                if (m_toks[w].kind != TokKind::Word || m_toks[w].quote >= 0)
                    break;
                if (m_toks[w].low == u"with") {
                    withSpeaker = speakerLeft(cueA, w + 1, true);
                    if (withSpeaker.a != w + 1 && !(withSpeaker.a == w + 2 && isDeterminer(m_toks[w + 1].low)))
                        withSpeaker = Speaker();
                    break;
                }
            }
            // "The campaign issued a statement Tuesday saying …": what the statement says; its issuer speaks.
            int venue = cueA - 1;
            if (venue > s.t0 && (isMonthOrDay(m_toks[venue].low) || isDayPart(m_toks[venue].low)))
                --venue;
            const bool venueSaying = (m_toks[cueA].low == u"saying" || publishedVenueBefore(venue, s.t0)) &&
                                     venue > s.t0 && m_toks[venue].kind == TokKind::Word && m_toks[venue].quote < 0 &&
                                     isVenueNoun(m_toks[venue].low) && !isListenerWord(m_toks[venue].low) &&
                                     !isWire(m_toks[venue].low) && cueB < s.t1 && !isClauseBlocker(m_toks[cueB].low);
            // ('… a defense of "New York values," saying …', '… on the spot – saying …': a comma inside the
            // closing quotation mark, or a dash, sets the participle off too.)
            const bool setOff =
                cueA - 1 > s.t0 && ((m_toks[cueA - 1].kind == TokKind::CloseQuote && isPunctAt(cueA - 2, u",")) ||
                                    (m_toks[cueA - 1].kind == TokKind::Punct && isDash(m_toks[cueA - 1])));
            // "… by calling for a no-fly zone", "with Trump calling for a ban", "a petition calling on him to …":
            // a demand made is what was said wherever "calling for/on" stands; a noun phrase right before it
            // makes the demand.
            const Speaker callingSpeaker = callingForSpeaker(cueA, cueB, s);
            const bool callingFor =
                callingSpeaker.a >= 0 || (isCallingFor(cueA, cueB, s) && !isPunctAt(cueA - 1, u",") && !setOff);
            if (callingFor && callingSpeaker.a < 0)
                withSpeaker = Speaker(); // (a preposition or "and" before it: the sentence's speaker)
            if (!(cueA - 1 >= s.t0 && (m_toks[cueA - 1].low == u"," || m_toks[cueA - 1].low == u"and" || setOff ||
                                       afterPreposition || withSpeaker.a >= 0 || venueSaying || callingFor)))
                return;
            if (callingSpeaker.a >= 0)
                withSpeaker = callingSpeaker;
            const Raw *prev = nullptr;
            for (int i = int(m_out.size()) - 1; i >= sentenceFirstOut; --i)
                if (m_out[i].s0 >= 0) {
                    prev = &m_out[i];
                    break;
                }
            if (withSpeaker.a >= 0) {
                sp = withSpeaker;
            } else if (prev) {
                r.s0 = prev->s0;
                r.s1 = prev->s1;
                r.entity = prev->entity;
                r.reportedBy = prev->reportedBy;
                r.personSpeaker = prev->personSpeaker;
            } else {
                // "Podesta reiterated that approach, saying …": the sentence's subject speaks; "Here in Columbia,
                // Sanders stepped up …, saying": after an opening phrase that ends in a comma.
                sp = subjectAfterOpening(s.t0, cueA);
                // "The billionaire businessman began …, saying that …": a subject the phrase rules cannot delimit
                // still said it; the statement stands without a speaker span.
                // ("Salix terminated the merger, citing changes in the political environment": a reason cited
                // is what was said, whoever the subject.)
                const bool clauseAfter =
                    isWordAt(cueB, u"that") ||
                    (m_toks[cueA].low == u"citing" && cueB < s.t1 && m_toks[cueB].kind == TokKind::Word &&
                     !isClauseBlocker(m_toks[cueB].low)) ||
                    (m_toks[cueA].low == u"saying" && cueB < s.t1 && m_toks[cueB].kind == TokKind::Word &&
                     (isPronoun(m_toks[cueB].low) || isDeterminer(m_toks[cueB].low) || m_toks[cueB].cap));
                if (sp.a < 0 && !callingFor &&
                    !((m_toks[cueA - 1].low == u"," || setOff) && cueA - s.t0 >= 4 && clauseAfter))
                    return;
            }
            if (callingFor) {
                // ('She said that his calling for a ban …': a demand inside a statement is that statement's.)
                if (insideEarlierContent(cueA, sentenceFirstOut))
                    return;
                ++cueB; // "calling for" is the cue; what is demanded follows
            }
            int k = skipAdverbialsRight(cueB, s.t1);
            if (quote = quoteStartingAt(k, s.t1); quote < 0)
                quote = quoteAfterListenerColon(k, s.t1);
            if (quote >= 0) {
                std::tie(contentA, contentB) = quoteContent(quote);
                rule = QStringLiteral("participle-quote");
            } else {
                // ", telling Fox News on Sunday that …": the listener, a venue or a time before the that-clause.
                if (m_toks[cueA].low == u"telling" && !isWordAt(k, u"that")) {
                    for (int j = k + 1; j < std::min(s.t1 - 1, k + 9); ++j) {
                        const Tok &w = m_toks[j];
                        if (w.kind == TokKind::Word && w.low == u"that") {
                            k = j;
                            break;
                        }
                        // (Not "telling stories about the old days that nobody believed".)
                        if (w.kind != TokKind::Word || w.quote >= 0 ||
                            !(w.cap || isListenerWord(w.low) || isDeterminer(w.low) || isMonthOrDay(w.low) ||
                              isDayPart(w.low) || w.low == u"him" || w.low == u"her" || w.low == u"them" ||
                              w.low == u"us" || w.low == u"me" || w.low == u"in" || w.low == u"on" || w.low == u"at" ||
                              w.low == u"during" || w.low == u"after" || w.low == u"last" || w.low == u"this" ||
                              w.low == u"'s"))
                            break;
                    }
                    // (", telling reporters the ferry would close", ", telling the council it would …": with no
                    // "that", a listener of a word or a name, and a determiner or pronoun after it that opens what was
                    // told.)
                    if (!isWordAt(k, u"that")) {
                        int j = k < s.t1 && isDeterminer(m_toks[k].low) ? k + 1 : k;
                        const int first = j;
                        while (j < s.t1 && j - first < 3 && m_toks[j].kind == TokKind::Word && m_toks[j].quote < 0 &&
                               !isStopWord(m_toks[j].low) && !isDeterminer(m_toks[j].low) &&
                               (m_toks[j].cap || isListenerWord(m_toks[j].low) || isListeningBody(m_toks[j].low)))
                            ++j;
                        if (j > first && j + 2 < s.t1 && m_toks[j].kind == TokKind::Word && m_toks[j].quote < 0 &&
                            (isDeterminer(m_toks[j].low) || isPronoun(m_toks[j].low)))
                            k = j;
                    }
                }
                // ", adding to her lead in the delegate count": adding to something makes it larger; nothing is
                // said.
                if (m_toks[cueA].low == u"adding" && isWordAt(k, u"to") && k + 1 < s.t1 &&
                    isDeterminer(m_toks[k + 1].low))
                    return;
                if (isWordAt(k, u"that"))
                    ++k;
                contentA = k;
                contentB = clauseEnd(k, s.t1);
                // ", calling him a "stiff" and accusing him of …": a second participle is a second act.
                for (int t = k + 2; t + 1 < contentB; ++t) {
                    const Tok &next = m_toks[t + 1];
                    if (m_toks[t].quote < 0 && m_toks[t].low == u"and" && next.kind == TokKind::Word &&
                        next.quote < 0 && !next.cap && next.low.size() > 5 && next.low.endsWith(u"ing") &&
                        t + 2 < contentB &&
                        (m_toks[t + 2].kind == TokKind::OpenQuote ||
                         (m_toks[t + 2].kind == TokKind::Word &&
                          (m_toks[t + 2].cap || isStopWord(m_toks[t + 2].low) || isPronoun(m_toks[t + 2].low) ||
                           isDeterminer(m_toks[t + 2].low) || m_toks[t + 2].low == u"him" ||
                           m_toks[t + 2].low == u"her" || m_toks[t + 2].low == u"them" ||
                           m_toks[t + 2].low == u"us")))) {
                        contentB = isPunctAt(t - 1, u",") ? t - 1 : t;
                        break;
                    }
                }
                if (m_toks[cueA].low == u"calling")
                    contentB = quotedNameEnd(contentA, contentB);
                if (callingFor)
                    contentB = callingForEnd(contentA, contentB, callingSpeaker.a >= 0);
                // ", referring to Jeffrey Feltman, a State Department official …": whom it refers to is the name; an
                // apposition or relative clause after a comma describes it in the writer's words.
                if (e.words.size() == 2 && e.words.at(0) == u"referring")
                    for (int t = k + 1; t + 1 < contentB; ++t)
                        if (m_toks[t].quote < 0 && m_toks[t].low == u"," &&
                            (isDeterminer(m_toks[t + 1].low) || isWordAt(t + 1, u"who") || isWordAt(t + 1, u"which"))) {
                            contentB = t;
                            break;
                        }
                rule = QStringLiteral("participle-clause");
            }
            r.confidence = 0.7;
        } else {
            // A finite cue: find the speaker on the left (or, after a quote or comma, on the right).
            int left = skipAdverbialsLeft((progressiveAux >= 0 ? progressiveAux : cueA) - 1, s.t0) + 1;
            const bool nominal = &e == &nominalThatCue();
            if (nominal) {
                // "Trump's claim that …" names its speaker; "allegations that …" has none; "X is convinced that"
                // has its subject before the copula.
                if (isBeliefAdjective(m_toks[cueA].low)) {
                    int j = cueA - 1;
                    while (j > s.t0 && m_toks[j].kind == TokKind::Word &&
                           (isCopula(m_toks[j].low) || isAuxiliary(m_toks[j].low) || isSkipAdverb(m_toks[j].low) ||
                            m_toks[j].low == u"very" || m_toks[j].low == u"not"))
                        --j;
                    left = j + 1 < cueA ? j + 1 : s.t0;
                } else {
                    left = isWordAt(cueA - 1, u"'s") ? cueA - 1 : s.t0;
                }
            }
            // "Party leaders are worried about …": a state of mind after a copula has its subject before the copula.
            if (&e == &worriedAboutCue() && left - 1 > s.t0 && m_toks[left - 1].kind == TokKind::Word &&
                m_toks[left - 1].quote < 0 && isCopula(m_toks[left - 1].low))
                left = skipAdverbialsLeft(left - 2, s.t0) + 1;
            // ("Sen. Jack Reed (D-R.I.), said after …": a stray comma after the party label, a name before it.)
            if (left == cueA && isPunctAt(left - 1, u",") && m_toks[left - 1].quote < 0 &&
                isStrongVerbCue(m_toks[cueA].low)) {
                const int open = parenthesisBefore(left - 1, s.t0);
                if (open > s.t0 && m_toks[open - 1].kind == TokKind::Word && m_toks[open - 1].cap &&
                    m_toks[open - 1].quote < 0)
                    left = left - 1;
            }
            // "Sen. Chuck Schumer (D-N.Y.) said": the party label between name and verb is skipped.
            if (const int open = parenthesisBefore(left, s.t0); open >= 0) {
                labelOpen = open;
                labelEnd = left;
                left = skipAdverbialsLeft(open - 1, s.t0) + 1;
            }
            // "Many speakers at the service — including two former mayors — said …": a phrase between dashes
            // after the speaker is skipped too (21 more suggestions, 17 right).
            bool dashSkipped = false;
            if (!nominal && left - 2 > s.t0 && m_toks[left - 1].kind == TokKind::Punct &&
                (isDash(m_toks[left - 1]) ||
                 (spacedHyphen(left - 1) && isStrongVerbCue(m_toks[cueA].low) && left == cueA))) {
                for (int j = left - 3; j > s.t0 && j > left - 30; --j) {
                    const Tok &tok = m_toks[j];
                    if (tok.quote >= 0 || tok.kind == TokKind::OpenQuote || tok.kind == TokKind::CloseQuote ||
                        (tok.kind == TokKind::Punct && (tok.low == u";" || isSentenceEndPunct(tok))))
                        break;
                    if (tok.kind == TokKind::Punct && (isDash(tok) || (spacedHyphen(j) && spacedHyphen(left - 1)))) {
                        if (m_toks[j - 1].kind == TokKind::Word) {
                            left = skipAdverbialsLeft(j - 1, s.t0) + 1;
                            dashSkipped = true;
                        }
                        break;
                    }
                }
            }
            // ("Just shy of half, 49%, say …": a share's figure set off by commas after it is skipped like a phrase
            // between dashes.)
            if (!nominal && !dashSkipped && isStrongVerbCue(m_toks[cueA].low) && left == cueA) {
                const int aside = commaAsideBefore(left, s.t0);
                if (aside > 0)
                    left = skipAdverbialsLeft(aside - 1, s.t0) + 1;
            }
            sp = speakerLeft(left, s.t0, isStrongVerbCue(m_toks[cueA].low) || &e == &quoteVerbCue());
            // ("Advocates in the transgender community called for his dismissal", 'Trump in his speech called them
            // "rapists"': a demand, or a naming that quotes its words, the same way.)
            const bool callCue = (m_toks[cueA].low == u"called" || m_toks[cueA].low == u"calls") &&
                                 e.kind == CueKind::Verb &&
                                 (e.words.size() == 2 || (e.quoteInClause && quoteWithin(cueB, s.t1, 12)));
            if (sp.a < 0 && !nominal && (isStrongVerbCue(m_toks[cueA].low) || callCue))
                sp = wholeSubject(left, s.t0);
            if ((sp.a < 0 || (sp.a - 1 > s.t0 && !isPunctAt(sp.a - 1, u","))) && !nominal && e.kind == CueKind::Verb &&
                (isStrongVerbCue(m_toks[cueA].low) || isEvidenceVerb(m_toks[cueA].low))) {
                const int ac = skipAdverbialsRight(cueB, s.t1);
                if (ac >= s.t1 || isSentenceEndPunct(m_toks[ac]) || trailingPhraseEnds(cueB, s.t1, e.takesObject))
                    if (const Speaker ts = trailingSubject(left, s.t0); ts.a >= 0 && (sp.a < 0 || ts.a < sp.a))
                        sp = ts;
            }
            bool evidenceHeaded = false;
            if (!nominal && e.kind == CueKind::Verb && isEvidenceVerb(m_toks[cueA].low)) {
                // "A study by the watchdog group Media Matters found …": the whole subject, not its last name.
                if (const Speaker ev = evidenceSubject(left, s.t0); ev.a >= 0 && (sp.a < 0 || ev.a < sp.a)) {
                    sp = ev;
                    evidenceHeaded = true;
                }
            }
            if (sp.a < 0 && !nominal && e.kind == CueKind::Verb) {
                // '"…," the treasurer replied': right after a quotation, a determined phrase speaks through any verb.
                const Speaker determined = speakerLeft(left, s.t0, true);
                if (determined.a >= 0 && quoteEndingBefore(determined.a, s.t0) >= 0)
                    sp = determined;
            }
            if (&e == &quoteVerbCue() && left > s.t0 && m_toks[left - 1].kind == TokKind::Word) {
                // '"…?" a nurse at the clinic wondered': everything between the quote and the verb speaks (quoteVerb
                // checked that it is a few words with no punctuation, opening with a name, pronoun or determiner).
                int j = left;
                while (j - 1 >= s.t0 && m_toks[j - 1].kind == TokKind::Word && m_toks[j - 1].quote < 0)
                    --j;
                // ('A man in the crowd yelled, "You lie!"': or the clause's subject before a quotation.)
                const bool opens = j == s.t0 || isPunctAt(j - 1, u",");
                while (opens && j < left && isStopWord(m_toks[j].low) && !isDeterminer(m_toks[j].low) &&
                       !isPronoun(m_toks[j].low))
                    ++j;
                if (j < left && (quoteEndingBefore(j, s.t0) >= 0 || opens)) {
                    sp = Speaker();
                    sp.a = j;
                    sp.b = left;
                }
            }
            // ("Ortiz, who has called the plan a disgrace": a naming without quotation marks speaks for its relative
            // pronoun too; one that quotes its words, 'who calls him a “fraud,” said …', the gold rarely marks.)
            const bool relative = sp.a < 0 && !nominal &&
                                  (!e.weak || isWordAt(cueB, u"that") ||
                                   (e.quoteInClause && plainNaming(cueB, s.t1) && !quoteWithin(cueB, s.t1, 8))) &&
                                  relativeSpeaker(left, s.t0, sp);
            bool inverted = false;
            Speaker pronounAfterCue; ///< a subject pronoun after the cue, the speaker only when no other is found
            int afterCue = cueB;
            const int verbEnd = cueB; ///< the cue's own words, before any listener
            if (e.takesObject && afterCue < s.t1) {
                // "told reporters", "told Reuters": the listener is part of the cue, and may be a relaying outlet.
                int j = afterCue;
                while (j < s.t1 && j - afterCue < 4 && m_toks[j].kind == TokKind::Word && !isStopWord(m_toks[j].low) &&
                       (m_toks[j].cap || isListenerWord(m_toks[j].low) || isDeterminer(m_toks[j].low)))
                    ++j;
                // ("As Clinton told the New York Daily News, tax relief …": a longer name runs on to the comma that
                // closes it.)
                if (j - afterCue == 4) {
                    int m = j;
                    while (m < s.t1 && m - afterCue < 8 && m_toks[m].kind == TokKind::Word && m_toks[m].quote < 0 &&
                           m_toks[m].cap && !isStopWord(m_toks[m].low))
                        ++m;
                    if (m > j && m < s.t1 && isPunctAt(m, u","))
                        j = m;
                }
                // ("told the council the ferry would run", "told his aides that …": a determiner and a noun or two
                // are the listener when "that", a determiner or a pronoun opens the clause after them; never "told
                // the story of …", whose object is what was told.)
                if (j == afterCue + 1 && isDeterminer(m_toks[afterCue].low)) {
                    int m = j;
                    while (m < s.t1 && m - j < 2 && m_toks[m].kind == TokKind::Word && m_toks[m].quote < 0 &&
                           !m_toks[m].cap && !isStopWord(m_toks[m].low) && !isDeterminer(m_toks[m].low) &&
                           !isPronoun(m_toks[m].low) && !isCueWord(m_toks[m].low))
                        ++m;
                    if (m > j && m < s.t1 && m_toks[m].kind == TokKind::Word &&
                        (m_toks[m].low == u"that" || isDeterminer(m_toks[m].low) || isPronoun(m_toks[m].low)))
                        j = m;
                }
                // ("told reporters the bridge was closed": a determiner after the listener opens what was told.)
                while (j > afterCue + 1 && isDeterminer(m_toks[j - 1].low))
                    --j;
                if (j > afterCue) {
                    const QString listener = text(afterCue, j);
                    const int last = j - 1;
                    if (isWire(m_toks[last].low) || isOutletName(listener))
                        r.reportedBy = stripDeterminer(listener);
                    // ('told a reporter after the storm, "…"': a determiner alone names no listener; the cue stays
                    // the verb.)
                    if (!(j == afterCue + 1 && isDeterminer(m_toks[afterCue].low)))
                        cueB = j;
                    afterCue = j;
                }
            }
            if (sp.a < 0 && !nominal && left < cueA)
                sp = appositionBeforeAuxiliary(left, cueA, s.t0);
            if (sp.a < 0 && !nominal) {
                const int qBefore = quoteEndingBefore(cueA, s.t0);
                const bool afterComma = cueA - 1 >= s.t0 && m_toks[cueA - 1].low == u",";
                // '"…," Jenna Golden, Twitter's director of political advertising, said': a name that follows a
                // quote (or opens the sentence) before an apposition speaks, rather than whatever follows the cue.
                const Speaker apposed = afterComma && qBefore < 0 ? appositionSpeaker(cueA, s.t0) : Speaker();
                // ("…, Kelly Schmdit, told POLITICO she …": what follows "told" is its listener, never its speaker.)
                const bool apposedOpens = apposed.a >= 0 && apposed.a == s.t0;
                const Speaker opening = afterComma && qBefore < 0 && !apposedOpens && isStrongVerbCue(m_toks[cueA].low)
                                            ? openingNameApposition(s.t0, cueA)
                                            : Speaker();
                if (opening.a >= 0) {
                    sp = opening;
                } else if (apposed.a >= 0 &&
                           (apposed.a == s.t0 || quoteEndingBefore(apposed.a, s.t0) >= 0 || e.takesObject)) {
                    sp = apposed;
                } else if (qBefore >= 0 || afterComma) {
                    sp = speakerRight(cueB, s.t1, qBefore >= 0);
                    // ("The author of the report, Ari Fleischer, said Trump's nomination will …": a noun phrase
                    // with a verb of its own after the cue is the subject of what was said, not the speaker.)
                    if (sp.a >= 0 && qBefore < 0 && apposed.a >= 0 && sp.b < s.t1 &&
                        m_toks[sp.b].kind == TokKind::Word && m_toks[sp.b].quote < 0 &&
                        (isAuxiliary(m_toks[sp.b].low) || isCopula(m_toks[sp.b].low) || looksLikeVerb(sp.b)))
                        sp = Speaker();
                    // ("Six newspapers in the state, including the Daily Star, said he isn't fit …", "Farmers and
                    // traders, however, said they believed …": with no quotation before, a subject pronoun after the
                    // cue opens what was said; it is no inverted speaker.)
                    // (Kept as before only when no rule below finds the subject before the cue.)
                    if (sp.a >= 0 && qBefore < 0 &&
                        (m_toks[sp.a].low == u"he" || m_toks[sp.a].low == u"she" || m_toks[sp.a].low == u"they" ||
                         m_toks[sp.a].low == u"we" || m_toks[sp.a].low == u"i" || m_toks[sp.a].low == u"it"))
                        std::swap(sp, pronounAfterCue);
                    // ("The mayor, in a statement, said the bridge was safe": a phrase with a verb of its own after
                    // the cue is what was said, the same way.)
                    if (sp.a >= 0 && qBefore < 0 && sp.b < s.t1 && m_toks[sp.b].kind == TokKind::Word &&
                        m_toks[sp.b].quote < 0 &&
                        (isAuxiliary(m_toks[sp.b].low) || isCopula(m_toks[sp.b].low) || looksLikeVerb(sp.b)))
                        std::swap(sp, pronounAfterCue);
                    inverted = sp.a >= 0;
                    if (inverted)
                        afterCue = sp.b;
                }
                if (sp.a < 0 && afterComma)
                    sp = apposed;
            }
            if (!nominal && !inverted && e.kind == CueKind::Verb && (sp.a < 0 || !isPunctAt(sp.a - 1, u","))) {
                const Speaker whole = parentheticalSpeaker(left, skipAdverbialsRight(afterCue, s.t1), s);
                if (whole.a >= 0 && (sp.a < 0 || whole.a < sp.a))
                    sp = whole;
            }
            if (sp.a < 0 && !nominal && !inverted)
                sp = subjectBeforeRelative(left, cueA, s.t0);
            if (sp.a >= 0 && !nominal && !inverted && isStrongVerbCue(m_toks[cueA].low))
                sp = restrictiveRelativeSpeaker(sp, s.t0);
            // "Reid blasted Rubio and defended Cruz": a judgement of the same subject too, and a naming that quotes
            // its words ("The mayor took the podium and called the plan “a fantasy”").
            // ("The mayor cut the ribbon and accused the council of stalling": an accusation likewise; where "and
            // accused" stands in PolNeAR's text the gold marks it 8 times in 9.)
            const bool judgementVerb = (e.kind == CueKind::Verb && e.weak && !e.needsComplement && !e.quoteInClause) ||
                                       m_toks[cueA].low == u"accused" || m_toks[cueA].low == u"accuses";
            if (sp.a < 0 && left - 1 > s.t0 && (isWordAt(left - 1, u"and") || isWordAt(left - 1, u"but")) &&
                (isStrongVerbCue(m_toks[cueA].low) || isWordAt(cueB, u"that") || judgementVerb ||
                 (e.quoteInClause && e.kind == CueKind::Verb) || conjoinedIntention(e, left, cueA, cueB))) {
                // "Obama met survivors … and said …": the sentence's subject speaks.
                sp = subjectAfterOpening(s.t0, left - 1);
                // ("She noted that the mayor has cut the budget and called it “a triumph”": the naming may go on
                // with the that-clause's subject as well as hers.) A present tense after a past verb goes on with
                // the clause's subject whatever the cue ("Reuters reported that the minister is open to talks but
                // insists the port stay closed": the minister insists).
                const QString &cw0 = m_toks[cueA].low;
                const bool presentTense = cw0.endsWith(u's') && !cw0.endsWith(u"ss") && !isFiniteVerb(cw0);
                for (int j = sp.b; (e.quoteInClause || presentTense) && sp.a >= 0 && j < left - 1; ++j) {
                    if (m_toks[j].quote >= 0 || m_toks[j].low != u"that")
                        continue;
                    bool pastBefore = false;
                    for (int k = std::max(sp.b, j - 4); k < j; ++k)
                        pastBefore = pastBefore || (m_toks[k].kind == TokKind::Word && isCueWord(m_toks[k].low) &&
                                                    !m_toks[k].low.endsWith(u's'));
                    if (presentTense && pastBefore)
                        sp = leadingSubject(j + 1, left - 1);
                    else if (e.quoteInClause)
                        sp = Speaker();
                    break;
                }
            }
            // "A few minutes later they reversed themselves, rushed everyone inside and said …", "Clinton, though
            // she praised Garland and said …": when the phrase rules find no subject, the nearest subject pronoun
            // before the conjunction; failing that, a verb of saying after "and/but" still reports what follows,
            // without a speaker span ("The district chairman declined to name them but said …").
            // (Only the plain verbs of saying: "and wrote a book", "and say the wrong thing", "and added his own
            // comment" take an object; "that said will" is no verb.)
            bool conjunctSourceless = false;
            bool conjunctSubordinate = false;
            const QString &cw = m_toks[cueA].low;
            // (Any other strong verb with "that" too, "… and insisted that …", though less surely: 10 of 12.)
            const bool otherThat = !(cw == u"said" || cw == u"says" || cw == u"told" || cw == u"tells" ||
                                     cw == u"argued" || cw == u"argues" || cw == u"added" || cw == u"adds") &&
                                   isStrongVerbCue(cw) && isWordAt(cueB, u"that");
            bool farSpeaker = false; ///< the speaker (or none) found by the two rules below
            const bool plainSaying =
                cw == u"said" || cw == u"says" || cw == u"told" || cw == u"tells" || cw == u"argued" ||
                cw == u"argues" || otherThat ||
                ((cw == u"added" || cw == u"adds") && cueB < s.t1 &&
                 (isWordAt(cueB, u"that") || m_toks[cueB].kind == TokKind::OpenQuote ||
                  (isPunctAt(cueB, u",") && cueB + 1 < s.t1 && m_toks[cueB + 1].kind == TokKind::OpenQuote)));
            if (sp.a < 0 && !nominal && e.kind == CueKind::Verb && left - 1 > s.t0 &&
                (isWordAt(left - 1, u"and") || isWordAt(left - 1, u"but")) && plainSaying &&
                !isWordAt(cueA - 1, u"that") && m_toks[cueA].quote < 0) {
                // "Clinton, though she praised Garland and said …, stopped short …", "Sanders, who endorsed him and
                // said …, did not show up": inside a subordinate or relative clause the statement ends at its comma.
                for (int j = left - 2; j >= s.t0; --j) {
                    const Tok &w = m_toks[j];
                    if (w.quote >= 0)
                        continue;
                    if (w.low == u"," || w.low == u";" || isDash(w))
                        break;
                    if (w.kind == TokKind::Word && (w.low == u"who" || w.low == u"which" || isSubordinator(w.low))) {
                        conjunctSubordinate = true;
                        break;
                    }
                }
                for (int j = left - 2; j >= s.t0 && sp.a < 0; --j) {
                    const Tok &w = m_toks[j];
                    if (w.kind == TokKind::Word && w.quote < 0 &&
                        (w.low == u"he" || w.low == u"she" || w.low == u"they" || w.low == u"we" || w.low == u"i")) {
                        sp.a = j;
                        sp.b = j + 1;
                    }
                }
                // ("…, but said the report it was too late": a determined phrase and then a pronoun after the cue is
                // an inverted speaker, not what was said.)
                bool invertedAfter = false;
                for (int j = cueB + 1; j < std::min(s.t1, cueB + 4) && isDeterminer(m_toks[cueB].low); ++j)
                    if (m_toks[j].kind != TokKind::Word || isPronoun(m_toks[j].low)) {
                        invertedAfter = m_toks[j].kind == TokKind::Word;
                        break;
                    }
                conjunctSourceless = sp.a < 0 && !invertedAfter;
                farSpeaker = sp.a >= 0 || conjunctSourceless;
            }
            // "Mrs. Clinton's campaign, which has been shadowed for months by …, said that …", "Trump - who once
            // said he would … - said at a rally that …": an interruption too long for the phrase rules between the
            // subject and a plain verb of saying. The sentence's opening phrase speaks when it is a short noun
            // phrase ending at the interruption; else the statement stands without a speaker span.
            // ("The governor, who chairs the panel, on Sunday defended the plan", "…, on Monday acknowledged that …",
            // "…, last week stated its intention to …": a judgement, any verb with "that" and the other verbs of
            // saying the same way, but only with that opening phrase as their speaker.)
            bool interruptSourceless = false;
            // ('Paul Ryan, the party's leader, on Tuesday called the remarks "racist"': a naming that quotes its
            // words the same way.)
            const bool quotedNamingAfter =
                e.quoteInClause && e.kind == CueKind::Verb && quoteWithin(afterCue, s.t1, 12);
            if (sp.a < 0 && !conjunctSourceless && !nominal && e.kind == CueKind::Verb &&
                (plainSaying || judgementVerb || isWordAt(cueB, u"that") || !e.weak || quotedNamingAfter) &&
                m_toks[cueA].quote < 0 && left - 1 > s.t0) {
                const Tok &p = m_toks[left - 1];
                const bool closes = p.kind == TokKind::Punct && (p.low == u"," || p.low == u")" || isDash(p));
                const int ac = skipAdverbialsRight(afterCue, s.t1);
                const bool clauseAfter = ac < s.t1 && m_toks[ac].kind == TokKind::Word && m_toks[ac].quote < 0 &&
                                         (isWordAt(ac, u"that") || !isClauseBlocker(m_toks[ac].low));
                if (closes && clauseAfter && quoteEndingBefore(cueA, s.t0) < 0) {
                    int j = s.t0;
                    // ("Rudolph W. Giuliani, …": the period of a middle initial is part of the name.)
                    while (j < left - 1 &&
                           ((m_toks[j].kind == TokKind::Word && m_toks[j].quote < 0 && !isCueWord(m_toks[j].low)) ||
                            (isPunctAt(j, u".") && j > s.t0 && m_toks[j - 1].cap && m_toks[j - 1].low.size() == 1 &&
                             m_toks[j - 1].e == m_toks[j].s && j + 1 < left && m_toks[j + 1].cap)))
                        ++j;
                    // An interruption that quotes someone ('The pier — "a marvel," one visitor wrote — said')
                    // has a speaker of its own: the opening phrase is not this cue's.
                    bool quotes = false;
                    for (int t = j; t < cueA && !quotes; ++t)
                        quotes = m_toks[t].kind == TokKind::OpenQuote || m_toks[t].kind == TokKind::CloseQuote;
                    const Tok &first = m_toks[s.t0];
                    if (!quotes && j > s.t0 && j - s.t0 <= 8 && j < left - 1 && m_toks[j].kind == TokKind::Punct &&
                        (m_toks[j].low == u"," || m_toks[j].low == u"(" || isDash(m_toks[j])) &&
                        (first.cap || isDeterminer(first.low)) && (!isStopWord(first.low) || isDeterminer(first.low)) &&
                        !isMonthOrDay(first.low)) {
                        sp.a = s.t0;
                        sp.b = j;
                    }
                    interruptSourceless = sp.a < 0 && plainSaying;
                    farSpeaker = true;
                }
            }
            // '"…," Ana Ruiz, 67, a retired nurse in Tucson, Ariz., said in a follow-up interview.': after a
            // quotation, a name with an apposition too long for the phrase rules, then a plain verb of saying.
            if ((sp.a < 0 || quoteEndingBefore(sp.a, s.t0) < 0) && !nominal && e.kind == CueKind::Verb && plainSaying &&
                m_toks[cueA].quote < 0 && left - 1 > s.t0 && isPunctAt(left - 1, u",")) {
                const Speaker found = sp;
                sp = Speaker();
                const int relative = relativeClauseBefore(left - 1, s.t0);
                for (int j = relative; j >= s.t0 && left - j <= 30; --j) {
                    const Tok &w = m_toks[j];
                    if (w.kind == TokKind::CloseQuote) {
                        // (After a relative clause, a determined phrase too: '"…," an aide, who asked not to be
                        // named, told reporters'.)
                        if (quoteEndingBefore(j + 1, s.t0) >= 0 && isPunctAt(j - 1, u",") && j + 1 < left - 1 &&
                            m_toks[j + 1].kind == TokKind::Word &&
                            (m_toks[j + 1].cap || (relative != left - 2 && isDeterminer(m_toks[j + 1].low))) &&
                            !isPronoun(m_toks[j + 1].low) &&
                            (!isStopWord(m_toks[j + 1].low) || isDeterminer(m_toks[j + 1].low))) {
                            sp.a = j + 1;
                            sp.b = left - 1;
                        }
                        break;
                    }
                    if (w.quote >= 0 || w.kind == TokKind::OpenQuote ||
                        (w.kind == TokKind::Word && (isCueWord(w.low) || isAuxiliary(w.low))) ||
                        (w.kind == TokKind::Punct && (isSentenceEndPunct(w) && w.low != u"." ? true : w.low == u";")))
                        break;
                }
                farSpeaker = farSpeaker || sp.a >= 0;
                if (sp.a < 0)
                    sp = found;
            }
            if (sp.a < 0 && pronounAfterCue.a >= 0) {
                sp = pronounAfterCue;
                inverted = true;
                afterCue = sp.b;
                conjunctSourceless = false;
                interruptSourceless = false;
                farSpeaker = false;
            }
            if (sp.a < 0 && !e.sourceless && !conjunctSourceless && !interruptSourceless)
                return;
            if (sp.a >= 0 && !inverted)
                sp.a = modifiersAfterQuote(sp.a, s.t0);
            // (The whole phrase replaces the speaker found only once the content is chosen: the content rules
            // read the speaker's first token.)
            invertedSpeaker = inverted;
            if (left - 1 > s.t0 && isPunctAt(left - 1, u","))
                appositionComma = left - 1;
            // ("The Nobel-winning novelist Ana Ruiz, one of the signers, said": a name resolved with its
            // apposition keeps its entity and widens only its span.)
            if (sp.a >= 0 && !inverted && !nominal && e.kind == CueKind::Verb &&
                (sp.b == left || (sp.resolved && sp.b == left - 1 && isPunctAt(left - 1, u",")))) {
                wideA = wholeNounPhraseStart(sp, s.t0);
                wideOf = sp;
            }
            if (sp.a >= 0 && !inverted && !nominal && isStrongVerbCue(m_toks[cueA].low))
                sp.a = modifiersAfterComma(sp.a, s.t0);
            // Content: a quote right before the speaker, a quote right after the cue, a clause before the
            // speaker, or the clause after the cue.
            const int leftEdge = sp.a >= 0 && !inverted ? sp.a : cueA;
            int qb = quoteEndingBefore(leftEdge, s.t0);
            // ('In an appearance on "Morning Joe," co-host Ann Ruiz asked …', 'Speaking on ABC's "This Week," Rubio
            // praised …': a short capitalised quotation inside an opening prepositional phrase, right after one of
            // its words, names a programme or an event; it is no statement of the speaker after it.)
            if (qb >= 0 && m_quotes[qb].open > s.t0 && m_quotes[qb].close < leftEdge &&
                m_quotes[qb].close - m_quotes[qb].open <= 7 && m_toks[m_quotes[qb].open - 1].kind == TokKind::Word &&
                m_quotes[qb].open + 1 < m_quotes[qb].close && m_toks[m_quotes[qb].open + 1].cap) {
                const QString &first = m_toks[s.t0].low;
                bool opening =
                    m_toks[s.t0].kind == TokKind::Word &&
                    (first == u"in" || first == u"on" || first == u"at" || first == u"during" || first == u"after" ||
                     first == u"before" || first == u"speaking" || first == u"appearing" || first == u"writing" ||
                     titleOpensWithDay(s.t0, m_quotes[qb].open));
                for (int t = s.t0 + 1; t < m_quotes[qb].open && opening; ++t)
                    opening = m_toks[t].quote < 0 &&
                              (m_toks[t].kind == TokKind::Word || m_toks[t].low == u"'" || m_toks[t].low == u"\u2019");
                if (opening)
                    qb = -1;
            }
            // ("sought to rally Republicans", "plans to give remarks", "planned to protest at the conference": an
            // intention's "to" opens its infinitive, never a venue like "to reporters" or "to … the conference".)
            if (!(e.infinitive && isWordAt(afterCue, u"to")))
                afterCue = skipAdverbialsRight(afterCue, s.t1);
            int qa = quoteStartingAt(afterCue, s.t1);
            // ("…, Clinton allies believe — backers she will need": a dash ends the attribution too.)
            // ("The ferry will run, the council said in its 2019 report.": a trailing phrase of time or place,
            // after a statement set off by a comma before the speaker, ends it too.)
            const bool headComma = leftEdge - 1 > s.t0 && m_toks[leftEdge - 1].low == u",";
            const bool endsHere =
                afterCue >= s.t1 || isSentenceEndPunct(m_toks[afterCue]) ||
                (m_toks[afterCue].low == u"," && afterCue + 1 < s.t1) ||
                ((m_toks[afterCue].low == u"\u2014" || m_toks[afterCue].low == u"--") && headComma) ||
                (headComma && e.kind == CueKind::Verb && !e.infinitive && isStrongVerbCue(m_toks[cueA].low) &&
                 m_toks[cueA].low != u"dismissed" && m_toks[cueA].low != u"rejected" &&
                 (trailingPhraseEnds(afterCue, s.t1) || trailingPhraseEnds(verbEnd, s.t1, e.takesObject)) &&
                 headIsStatement(s.t0, leftEdge - 1));
            // (When only the listener rule reached the sentence's end, the cue is the verb alone: "told a panel"
            // would have taken just "a".)
            if (endsHere && cueB > verbEnd && headComma && !trailingPhraseEnds(afterCue, s.t1) &&
                trailingPhraseEnds(verbEnd, s.t1, e.takesObject) && afterCue < s.t1 &&
                !isSentenceEndPunct(m_toks[afterCue]) && m_toks[afterCue].low != u",")
                cueB = verbEnd;
            // '… had "no substance." She added that …': a quote that closed the previous sentence is not what a
            // cue with a clause of its own reports.
            // ('"Did you know?" Todd asked the mogul.': a question or exclamation that closed the previous sentence
            // right before the speaker is what was said, whatever follows the cue.)
            const bool askedBefore = qb >= 0 && m_quotes[qb].close < s.t0 && qa < 0 && !isWordAt(afterCue, u"that") &&
                                     quoteEndsInQuestion(qb) && m_quotes[qb].close + 1 == leftEdge;
            if (qb >= 0 && !endsHere && !askedBefore && (m_quotes[qb].close < s.t0 || isWordAt(afterCue, u"that")) &&
                (isWordAt(afterCue, u"that") || !isClauseBlocker(m_toks[afterCue].low)))
                qb = -1;
            // ('… "distracted by the slings he throws." A spokesman for Mr. Ruiz declined to comment.': declining to
            // comment says nothing, least of all a quotation that closed the sentence before.)
            if (qb >= 0 && m_quotes[qb].close < s.t0 && e.kind == CueKind::Stance &&
                e.stance == Stance::DeclinesToComment)
                qb = -1;
            // '"…," Fiorina told "Fox and Friends."': after a quote, a short quoted name after "told" is the listener.
            if (qb >= 0 && qa >= 0 && e.takesObject && m_quotes[qa].closed &&
                m_quotes[qa].close - m_quotes[qa].open <= 6)
                qa = -1;
            // ('"…," she said in May on the podcast "Here's the Thing."': after a quote, a short capitalised quotation
            // that ends the sentence right after a noun of the trailing phrase names a programme or a work.
            if (qb >= 0 && qa >= 0 && titleEndsAttribution(qa, afterCue, cueB, s.t1))
                qa = -1;
            // ('"…." A flabbergasted Noah quipped, "…"': a verb outside the lexicon before a quotation reports that
            // quotation, not one that closed the previous sentence.)
            if (&e == &quoteVerbCue() && qa >= 0 && qb >= 0 && m_quotes[qb].close < s.t0)
                qb = -1;
            // 'said Thursday on Twitter, "We have never …"': a time or venue between the cue and its quotation.
            // ('Asked about the budget, "We will not cut schools," the mayor said': not after an opening "Asked …",
            // whose comma ends the question; the quotation after it answers, in the words of the speaker after it.)
            const bool askedPhrase =
                e.sourceless && (m_toks[cueA].low == u"asked" || m_toks[cueA].low == u"asks") && sp.a < 0;
            if (qa < 0 && !endsHere && !askedPhrase) {
                int limit = afterCue + 10;
                for (int j = afterCue; j < std::min(s.t1, limit); ++j) {
                    const Tok &w = m_toks[j];
                    if (w.kind == TokKind::Punct && (w.low == u"," || w.low == u":")) {
                        if (const int q = quoteStartingAt(j, s.t1); q >= 0 && j > afterCue)
                            qa = q;
                        // ('announced on her website, in capital letters, "…"': a second phrase of manner or
                        // venue, set off by commas, before the quotation.)
                        else if (w.low == u"," && j > afterCue && limit == afterCue + 10 && secondAdjunctAt(j + 1)) {
                            limit = j + 10;
                            continue;
                        }
                        break;
                    }
                    if (w.kind != TokKind::Word || w.quote >= 0 || isCueWord(w.low) || isCopula(w.low) ||
                        isAuxiliary(w.low) || isPronoun(w.low) || w.low == u"that")
                        break;
                }
            }
            if (qb >= 0 && qa >= 0 && qa > qb && afterCue < s.t1 &&
                (m_toks[afterCue].low == u"," || quoteResumesAfterPhrase(qb, qa, s))) {
                // '"Q1," he said, "Q2."': one statement around the attribution, as annotators mark it (the span
                // runs from the first quote's words to the second's, the speaker and cue inside).
                quote = qb;
                quoteTail = qa;
                contentA = quoteContent(qb).first;
                contentB = quoteContent(qa).second;
                rule = inverted ? QStringLiteral("quote-cue-speaker-quote") : QStringLiteral("quote-speaker-cue-quote");
                r.confidence = 0.9;
            } else if (qb >= 0 && (endsHere || qa < 0)) {
                quote = qb;
                std::tie(contentA, contentB) = quoteContent(qb);
                // 'Clinton's comment "was inappropriate," Sanders wrote': a quoted fragment finishes a clause that
                // starts before it; the statement is the whole clause.
                const int open = m_quotes[qb].open;
                const int si0 = m_sentOf.value(open, -1);
                if (si0 >= 0 && open > m_sents[si0].t0 && m_sentOf.value(m_quotes[qb].close, -1) == si0) {
                    int a = m_sents[si0].t0;
                    bool cueBefore = false;
                    for (int t = a; t < open; ++t)
                        // (A cue phrase, not just its first word: "was" opens "was unable to verify" but is
                        // mostly a copula, as in 'The bridge was "a disgrace," she said'.)
                        cueBefore =
                            cueBefore ||
                            (m_toks[t].kind == TokKind::Word && isCueWord(m_toks[t].low) && matchCue(t, open).entry) ||
                            m_toks[t].kind == TokKind::CloseQuote || m_toks[t].low == u":";
                    while (a < open && m_toks[a].kind != TokKind::Word)
                        ++a;
                    // ('After the vote on Tuesday, "We have won," the mayor said': a quotation that opens with a
                    // capital after a comma is a sentence of its own; the phrase before it is the writer's.)
                    const bool ownSentence = isPunctAt(open - 1, u",") && open + 1 < m_quotes[qb].close &&
                                             m_toks[open + 1].kind == TokKind::Word && m_toks[open + 1].cap;
                    if (!cueBefore && !ownSentence && open - a >= 2 && open - a <= 25)
                        contentA = a;
                }
                rule = inverted ? QStringLiteral("quote-cue-speaker") : QStringLiteral("quote-speaker-cue");
                r.confidence = 0.9;
            } else if (qa >= 0) {
                if (raisedVoiceList(cueA, qa))
                    return;
                quote = qa;
                std::tie(contentA, contentB) = quoteContent(qa);
                const int listEnd = m_toks[cueA].low.startsWith(u"chant") ? raisedVoiceListEnd(qa) : -1;
                if (listEnd >= 0)
                    contentB = quoteContent(listEnd).second;
                // ('led to what one aide called "a new era" in the party': the name given to "what" is the quote
                // alone, and its speaker follows "what".)
                int whatAt = -1;
                for (int t = sp.a - 1; e.quoteInClause && !inverted && sp.a >= 0 && t < sp.b; ++t)
                    if (t > s.t0 && isWordAt(t, u"what") && m_toks[t].quote < 0)
                        whatAt = t;
                if (whatAt >= sp.a && whatAt + 1 < sp.b) {
                    sp.a = whatAt + 1;
                    sp.resolved = false;
                }
                if (whatAt >= 0)
                    wideOf = Speaker(); // (the phrase before "what" is the writer's)
                // 'said "local forces" must lead the way': a quoted subject whose verb follows the quote; the
                // statement is the whole clause.
                const int after = m_quotes[qa].close + 1;
                if (whatAt >= 0) {
                    // (the quote alone)
                } else if (m_quotes[qa].closed && after < s.t1 &&
                           m_toks[m_quotes[qa].close - 1].kind == TokKind::Word &&
                           m_toks[after].kind == TokKind::Word && m_toks[after].quote < 0 && !m_toks[after].cap &&
                           (isCopula(m_toks[after].low) || isAuxiliary(m_toks[after].low) || looksLikeVerb(after) ||
                            isFiniteVerb(m_toks[after].low) || m_toks[after].low.endsWith(u"n't") ||
                            m_toks[after].low.endsWith(u"n\u2019t")))
                    contentB = clauseEnd(after, s.t1);
                // 'calls the site "a mistake" because so few people live near it', 'says "the wind is at our backs"
                // despite the loss': a quoted fragment, with no punctuation of its own at its close, that the
                // writer's words go on from; the statement is the whole clause. (Not before a new subject or verb:
                // '"…" and swears …', '"…" the mayor said'.)
                else if (m_quotes[qa].closed && after < s.t1 && m_quotes[qa].open == afterCue &&
                         m_toks[m_quotes[qa].close - 1].kind == TokKind::Word && m_toks[after].kind == TokKind::Word &&
                         m_toks[after].quote < 0 && !m_toks[after].cap && !isPronoun(m_toks[after].low) &&
                         !isDeterminer(m_toks[after].low) && !isCueWord(m_toks[after].low) &&
                         m_toks[after].low != u"and" && m_toks[after].low != u"or" && m_toks[after].low != u"who" &&
                         m_toks[after].low != u"which" && m_toks[after].low != u"that")
                    contentB = clauseEnd(after, s.t1);
                // 'The club's investment, Ms. Tanzer said, "is a perfect example" of adapting': a quotation that
                // opens in lower case after a parenthetical cue finishes the clause its head began.
                if (!inverted && sp.a - 1 > s.t0 && isPunctAt(sp.a - 1, u",") &&
                    m_toks[contentA].kind == TokKind::Word && !m_toks[contentA].cap &&
                    m_quotes[qa].open == afterCue + 1 && isPunctAt(afterCue, u",")) {
                    int headA = s.t0;
                    bool plain = true;
                    for (int t = s.t0; t < sp.a - 1 && plain; ++t) {
                        const QString &w = m_toks[t].low;
                        plain = m_toks[t].quote < 0 && m_toks[t].kind != TokKind::OpenQuote &&
                                m_toks[t].kind != TokKind::CloseQuote && w != u":" &&
                                !(m_toks[t].kind == TokKind::Word && isCueWord(w) && matchCue(t, sp.a).entry);
                        if (m_toks[t].kind == TokKind::Punct && (w == u"\u2014" || w == u"--" || w == u";"))
                            headA = t + 1;
                    }
                    while (headA < sp.a && m_toks[headA].kind != TokKind::Word)
                        ++headA;
                    // ("… Republican critics, including, he said, "politicians who …"": not after a preposition.)
                    const Tok &last = m_toks[sp.a - 2];
                    plain = plain && !(last.kind == TokKind::Word && !last.cap && last.low.endsWith(u"ing")) &&
                            !(last.kind == TokKind::Word && isStopWord(last.low) && !isDeterminer(last.low));
                    if (plain && sp.a - 1 - headA >= 1 && sp.a - 1 - headA <= 15) {
                        contentA = headA;
                        if (m_quotes[qa].closed && after < s.t1 && m_toks[after].kind == TokKind::Word &&
                            m_toks[after].quote < 0 && !m_toks[after].cap)
                            contentB = std::max(contentB, clauseEnd(after, s.t1));
                    }
                }
                rule = QStringLiteral("speaker-cue-quote");
                r.confidence = 0.9;
            } else if (const int next = nextSentenceQuote(si, sp, inverted, afterCue, leftEdge); next >= 0) {
                quote = next;
                std::tie(contentA, contentB) = quoteContent(next);
                rule = QStringLiteral("speaker-cue-next-quote");
                r.confidence = 0.85;
            } else if (endsHere && leftEdge - 1 > s.t0 && m_toks[leftEdge - 1].low == u",") {
                // "Putin is open to talks, officials said." — or the sentence's tail after a parenthetical cue.
                int a = s.t0;
                while (a < leftEdge && m_toks[a].kind != TokKind::Word)
                    ++a;
                contentA = a;
                contentB = leftEdge - 1;
                // (A comma that ends the text leaves no tail to look at.)
                if (afterCue + 1 < s.t1 && m_toks[afterCue].low == u",") {
                    const int tailA = afterCue + 1;
                    const int tailB = clauseEnd(tailA, s.t1);
                    bool headQuoted = false;
                    // ("… scheduled for that night - and the permit, his campaign said, had been hard to get": the
                    // head starts after a dash or semicolon.)
                    int headA = contentA;
                    for (int t = contentA; t < contentB; ++t) {
                        headQuoted = headQuoted || m_toks[t].quote >= 0;
                        const QString &w = m_toks[t].low;
                        // (A hyphen inside a word, "Hewlett-Packard", touches its neighbours.)
                        const bool spaced = t > 0 && m_toks[t - 1].e < m_toks[t].s;
                        if (m_toks[t].kind == TokKind::Punct &&
                            (w == u"\u2014" || w == u"--" || (w == u"-" && spaced) || w == u";"))
                            headA = t + 1;
                    }
                    // ("The source of the attraction to Mr. Trump, union members say, is manifold": before a tail
                    // that opens with its verb, a head of up to 15 tokens is its subject.)
                    const bool verbTail = isCopula(m_toks[tailA].low) || isAuxiliary(m_toks[tailA].low);
                    // ("Sales were great, he said, wiping sweat off his face": a participle after the cue describes
                    // the speaker; it is no part of what was said.)
                    const Tok &tailFirst = m_toks[tailA];
                    // (Not a gerund with a verb of its own: "…, she added, revoking clearances would be …"; and only
                    // after a cue in the past tense, which tells of the moment the speaker spoke: "Russia is meddling,
                    // they say, imposing new tariffs" goes on with the statement's own subject.)
                    const QString &cueWord = m_toks[cueA].low;
                    const bool pastCue =
                        cueWord.endsWith(u"ed") || cueWord == u"said" || cueWord == u"told" || cueWord == u"wrote";
                    // ("The ferry will run, he said, adding that …": a participle of saying after the cue is a
                    // statement of its own, however a clause follows it.)
                    const bool participleTail =
                        pastCue && tailFirst.kind == TokKind::Word && tailFirst.quote < 0 && !tailFirst.cap &&
                        tailFirst.low.size() > 4 && tailFirst.low.endsWith(u"ing") &&
                        (!clauseFollows(tailA, s.t1) || (isCueWord(tailFirst.low) && matchCue(tailA, s.t1).entry));
                    // ("…, he said, on condition of anonymity …", "…, she said, in an interview with …": the tail
                    // tells where or how the words were said; the statement is the head.)
                    if (attributionAdjunctTail(tailA, tailB)) {
                        // (the head alone)
                    } else if (!participleTail && !headQuoted && !inverted &&
                               fragmentHeadTail(headA, contentB, tailA, tailB, tailB - tailA <= contentB - contentA)) {
                        contentA = headA;
                        contentB = tailB;
                    } else if (!participleTail && (contentB - headA <= 6 || (verbTail && contentB - headA <= 15)) &&
                               !headQuoted && tailB - tailA >= 2 && m_toks[tailA].kind == TokKind::Word &&
                               !m_toks[tailA].cap && !isPronoun(m_toks[tailA].low) &&
                               !isDeterminer(m_toks[tailA].low)) {
                        // "This campaign, he says, is different": a short head and a tail that goes on with its
                        // verb are one statement around the attribution.
                        contentA = headA;
                        contentB = parentheticalTailEnd(tailA, tailB);
                    } else if (!participleTail && tailB - tailA > contentB - contentA && !inverted) {
                        // (After an inverted speaker, "…, said Robert Egge, executive director of …", what follows
                        // the comma is the speaker's apposition, however long.)
                        contentA = tailA;
                        contentB = tailB;
                    }
                }
                rule = inverted ? QStringLiteral("clause-cue-speaker") : QStringLiteral("clause-speaker-cue");
                r.confidence = 0.75;
            } else if (const int asEnd = !inverted ? asParentheticalEnd(sp, cueA, afterCue, s) : -1; asEnd >= 0) {
                // "The numbers changed over the summer, as Sanders has acknowledged.", "Just weeks ago, as the Times
                // reported, the two met …": an "as" clause set off after or inside the statement.
                const int asTok = sp.a - 1;
                const bool joined = !isPunctAt(asTok - 1, u","); // "…, and as Comey noted, people …"
                const int comma = joined ? asTok - 2 : asTok - 1;
                int headA = s.t0;
                for (int t = s.t0; t < comma; ++t)
                    if (m_toks[t].kind == TokKind::Punct &&
                        (isDash(m_toks[t]) || m_toks[t].low == u";" || m_toks[t].low == u":" ||
                         (m_toks[t].low == u"-" && t > 0 && m_toks[t - 1].e < m_toks[t].s)))
                        headA = t + 1;
                while (headA < comma && m_toks[headA].kind != TokKind::Word)
                    ++headA;
                const int tailA = asEnd + 1;
                const bool tail = asEnd < s.t1 && isPunctAt(asEnd, u",") && tailA < s.t1 &&
                                  m_toks[tailA].kind == TokKind::Word && m_toks[tailA].quote < 0 &&
                                  !isWordAt(tailA, u"and") && !isWordAt(tailA, u"but") && !isWordAt(tailA, u"or");
                // (Only connectives before the comma: "However, as POLITICO has reported, cases …".)
                bool connectiveHead = true;
                for (int t = headA; t < comma && connectiveHead; ++t)
                    connectiveHead = m_toks[t].kind == TokKind::Punct || isHeadConnective(m_toks[t].low);
                if (tail) {
                    contentA = tailA;
                    contentB = clauseEnd(tailA, s.t1);
                    // "Just a few weeks ago, as …, Thor and Beck were …": a short head is part of the statement.
                    if (!joined && !connectiveHead && comma - headA <= 6)
                        contentA = headA;
                    // "…, as Pollak observed, the winner was the network itself: "…"": a colon goes on into the
                    // quotation it announces.
                    const int colon = isPunctAt(contentB - 1, u":") ? contentB - 1 : contentB;
                    if (colon < int(m_toks.size()) && isPunctAt(colon, u":"))
                        if (const int q = quoteStartingAt(colon, colon + 1);
                            q >= 0 && m_quotes[q].closed && m_quotes[q].close - contentB < 120)
                            contentB = quoteContent(q).second;
                } else if (!connectiveHead && comma - headA >= 3 && comma - headA <= 30) {
                    // (A longer head holds more than the statement, or sentences the splitter joined.)
                    contentA = headA;
                    contentB = comma;
                } else {
                    return;
                }
                for (int t = contentA; t < contentB && !isPunctAt(t, u":"); ++t)
                    if (m_toks[t].quote >= 0 || m_toks[t].kind == TokKind::OpenQuote)
                        return; // a quotation has a speaker and cue of its own
                rule = QStringLiteral("as-parenthetical");
                r.confidence = 0.65; // (0.82 precise on PolNeAR)
            } else if (const int yes = afterCue;
                       !endsHere && !inverted && (cw == u"said" || cw == u"says" || cw == u"say") && yes + 1 < s.t1 &&
                       m_toks[yes].quote < 0 &&
                       (isWordAt(yes, u"yes") || isWordAt(yes, u"no") || isWordAt(yes, u"so")) &&
                       ((m_toks[yes + 1].kind == TokKind::Punct && m_toks[yes + 1].quote < 0) ||
                        isWordAt(yes + 1, u"while") || isWordAt(yes + 1, u"but") || isWordAt(yes + 1, u"in") ||
                        isWordAt(yes + 1, u"and"))) {
                // "Asked whether …, 72 percent said yes while …", "after half said so in the last poll": a one-word
                // answer is what was said.
                contentA = yes;
                contentB = yes + 1;
                rule = QStringLiteral("speaker-cue-answer");
                r.confidence = 0.6;
            } else if (!endsHere) {
                int k = afterCue;
                // "The mayor smiled when asked (by Ann Ruiz) whether …, and …": a question put to the subject in
                // passing, in mid-sentence, like "Asked whether …," opening one; the question, up to a comma.
                // ("when asked about X" the gold marks one time in two where it stands in its text; "when asked to
                // …" asks for an act.)
                const bool whenAsked = e.sourceless && m_toks[cueA].low == u"asked" && cueA - 1 > s.t0 &&
                                       isWordAt(cueA - 1, u"when") && !inverted;
                if (e.sourceless && (m_toks[cueA].low == u"asked" || m_toks[cueA].low == u"asks") &&
                    !(whenAsked && k < s.t1 && isQuestionWord(m_toks[k].low)))
                    k = questionStart(k, s.t1, sp, cueA == s.t0 || whenAsked);
                if (whenAsked && !(k < s.t1 && m_toks[k].kind == TokKind::Word && m_toks[k].quote < 0 &&
                                   (isQuestionWord(m_toks[k].low) || m_toks[k].low == u"whom")))
                    return;
                const bool infinitive = (e.infinitive && isWordAt(k, u"to") && k + 1 < s.t1 &&
                                         m_toks[k + 1].kind == TokKind::Word && !isDeterminer(m_toks[k + 1].low)) ||
                                        (e.infinitive && quotedOrNegatedInfinitive(k, s.t1)) ||
                                        (e.objectTo && k == afterCue && objectThenInfinitive(k, s.t1));
                // ("Analysts expect that rates will rise": a that-clause as for any verb outside the lexicon.)
                if (e.objectTo && !infinitive && !isWordAt(k, u"that"))
                    return;
                // ("said that's what she expected": "that" glued to "'s" is the clause's subject, not its mark.)
                const bool thatSubject = isWordAt(k, u"that") && k + 1 < s.t1 && m_toks[k + 1].low == u"'s" &&
                                         m_toks[k + 1].s == m_toks[k].e;
                if (thatSubject) {
                } else if (isWordAt(k, u"that")) {
                    ++k;
                } else if (!infinitive && !e.quoteInClause && !whenAsked) {
                    // "told a crowd in Miami Tuesday that …", "says on Twitter that …": a listener, a venue or a
                    // time before the that-clause, with no verb or punctuation in between.
                    // ("said Sunday in Madison, Wisconsin, that …", "wrote the local paper, The Perry Chief, that
                    // …", "told friends since the spring, at fundraisers, that …": the phrase may hold commas when
                    // the last one closes it right before "that"; after a venue it may be longer.)
                    bool setOff = false;
                    const bool venueStart =
                        isWordAt(k, u"on") || isWordAt(k, u"in") || isWordAt(k, u"at") || isWordAt(k, u"during");
                    for (int j = k; j < std::min(s.t1 - 1, k + (venueStart ? 18 : 14)); ++j) {
                        const Tok &w = m_toks[j];
                        if (j >= k + 10 && !setOff && !venueStart)
                            break;
                        if (j > k && w.kind == TokKind::Punct && w.low == u",") {
                            setOff = true;
                            continue;
                        }
                        // ("wrote to Sanders' Senate office that …": a plural possessive inside a listener after
                        // "to"; "explained to CBS why …": after "to" and a named listener, the question it heard.)
                        if (j > k && isWordAt(k, u"to") && w.kind == TokKind::Punct &&
                            (w.low == u"'" || w.low == u"\u2019") && m_toks[j - 1].kind == TokKind::Word &&
                            m_toks[j - 1].cap && m_toks[j - 1].low.endsWith(u's') && m_toks[j - 1].e == w.s)
                            continue;
                        if (j > k + 1 && j <= k + 4 && isWordAt(k, u"to") && w.kind == TokKind::Word && w.quote < 0 &&
                            (w.low == u"why" || w.low == u"how" || w.low == u"whether")) {
                            bool listener = true;
                            for (int t = k + 1; t < j && listener; ++t)
                                listener = m_toks[t].kind == TokKind::Word && m_toks[t].quote < 0 &&
                                           (m_toks[t].cap || isListenerWord(m_toks[t].low) || m_toks[t].low == u"me" ||
                                            m_toks[t].low == u"him" || m_toks[t].low == u"her" ||
                                            m_toks[t].low == u"us" || m_toks[t].low == u"them");
                            if (listener)
                                k = j;
                            break;
                        }
                        if (w.kind != TokKind::Word || w.quote >= 0 || isCueWord(w.low) || isCopula(w.low) ||
                            isAuxiliary(w.low) || isPronoun(w.low) || w.low.endsWith(u"ed"))
                            break;
                        if (w.low == u"that" && j > k && setOff && !isPunctAt(j - 1, u","))
                            break;
                        if (w.low == u"that" && j > k) {
                            const Tok &n = m_toks[j + 1];
                            // ("said on MSNBC that for one, there …", "said in an interview last week that
                            // lawmakers …": after a venue or a time, any subject; not "hinted at that …".)
                            const QString &g = m_toks[k].low;
                            const bool venueGap = (g == u"on" || g == u"in" || g == u"at" || g == u"during" ||
                                                   g == u"after" || isMonthOrDay(g) || isDayPart(g)) &&
                                                  !isStopWord(m_toks[j - 1].low) && !isDeterminer(m_toks[j - 1].low);
                            if (n.kind == TokKind::Word && (isDeterminer(n.low) || isPronoun(n.low) || n.cap ||
                                                            (venueGap && n.quote < 0 && !isCopula(n.low) &&
                                                             !isAuxiliary(n.low) && !looksLikeVerb(j + 1)))) {
                                k = j + 1;
                            }
                            break;
                        }
                    }
                }
                if (k < s.t1 && m_toks[k].low == u":")
                    ++k;
                const bool complement =
                    k > afterCue || infinitive ||
                    (k < s.t1 && (m_toks[k].low == u"whether" || m_toks[k].low == u"if" || m_toks[k].low == u"how" ||
                                  m_toks[k].low == u"why" || m_toks[k].low == u"what"));
                // "a bill, which critics said was discriminatory", "what analysts said is a sign": the relative
                // pronoun is the subject of what was said, which goes on with its verb.
                const bool afterRelative = sp.a > s.t0 && !inverted &&
                                           (isWordAt(sp.a - 1, u"which") || isWordAt(sp.a - 1, u"what") ||
                                            isWordAt(sp.a - 1, u"who") || isWordAt(sp.a - 1, u"that"));
                // ("a tactic Democrats hope will dampen …", "a probe the agency said was ongoing": a relative clause
                // without its pronoun, right after the noun.)
                const Tok &before = m_toks[sp.a > s.t0 ? sp.a - 1 : s.t0];
                const bool contact = sp.a > s.t0 && !inverted && before.kind == TokKind::Word && before.quote < 0 &&
                                     !isAuxiliary(m_toks[cueA - 1].low) && !before.cap && !isStopWord(before.low) &&
                                     !isCueWord(before.low) && !isPronoun(before.low) && !isDeterminer(before.low);
                // ("which he said would …": the modal that the adverbial skip passed over opens the clause.)
                int modalA = afterCue;
                while ((afterRelative || contact) && k == afterCue && modalA > cueB &&
                       isAuxiliary(m_toks[modalA - 1].low))
                    --modalA;
                // (Without the pronoun only a finite verb shows the clause: not "the Sanders show as a distraction".)
                const bool relativeSubject =
                    (afterRelative || contact) && k == afterCue && k < s.t1 &&
                    (afterRelative ? modalA < afterCue || isCopula(m_toks[k].low) || isAuxiliary(m_toks[k].low) ||
                                         relativePastVerb(k)
                                   : isFiniteVerb(m_toks[modalA].low) && !isWordAt(cueA, u"plans") &&
                                         !isWordAt(cueA, u"show") && !isWordAt(cueA, u"shows"));
                // ("a step they believe could help": so after a belief or hope, whose clause is that verb's. Not
                // after a pronoun: "which he hoped would spark" added 5 suggestions, 4 right; "that they say has
                // failed" and "what he believes are" the gold rarely marks.)
                const bool contactBelief = relativeSubject && contact;
                if (e.needsComplement && !complement && !contactBelief && !clauseFollows(k, s.t1) &&
                    !evidenceShows(sp, cueA, k, s.t1, evidenceHeaded))
                    return;
                // "Cruz declined to comment on his plans": the refusal with what it concerns.
                const bool declinedOn = k == afterCue && e.kind == CueKind::Stance &&
                                        e.stance == Stance::DeclinesToComment && k < s.t1 &&
                                        isClauseBlocker(m_toks[k].low);
                if (k == afterCue && k < s.t1 && isClauseBlocker(m_toks[k].low) && !infinitive && !relativeSubject &&
                    !declinedOn && !whenAsked && !approximationAt(k, s.t1) &&
                    !(asQuantity(k, s.t1) && evidenceShows(sp, cueA, k, s.t1, evidenceHeaded)))
                    return; // "responded to a question", "said in 2012": not what was said
                contentA = declinedOn ? cueA : relativeSubject ? modalA : k;
                relativeClauseContent = afterRelative && relativeSubject && !isWordAt(contentA, u"as");
                contentB = clauseEnd(k, s.t1);
                // ("Leaders, worried about the party's appeal, have …", "is worried about the cuts, because she
                // thinks …": what a worry concerns ends at a comma before the sentence's verb or a subordinate clause.)
                // ("had no doubts about his best asset: after all, …", "cast doubt on the jobless rate, suggested
                // …": what a doubt is about ends at a colon or a comma, unless a list goes on.)
                if (&e == &doubtCue() && !isWordAt(cueB - 1, u"that"))
                    for (int t = k + 1; t < contentB; ++t)
                        if (m_toks[t].quote < 0 && (isPunctAt(t, u":") || isPunctAt(t, u";") ||
                                                    (isPunctAt(t, u",") && !listGoesOn(t + 1, contentB)))) {
                            contentB = t;
                            break;
                        }
                if (&e == &worriedAboutCue())
                    for (int t = k + 1; t < contentB; ++t)
                        if (m_toks[t].quote < 0 && isPunctAt(t, u",") && t + 1 < contentB &&
                            m_toks[t + 1].kind == TokKind::Word &&
                            (isSubordinator(m_toks[t + 1].low) || isAuxiliary(m_toks[t + 1].low) ||
                             isCopula(m_toks[t + 1].low))) {
                            contentB = t;
                            break;
                        }
                // "Despite his claim that he is a lone crusader, Mr. Sanders has …", "the fear that voters could
                // revolt - the candidate began …": a noun's that-clause with a verb of its own ends at its first comma
                // or dash, where the writer's sentence goes on (22 spans changed, 17 right against 9).
                if (nominal && k == contentA) {
                    bool verb = false;
                    for (int t = k + 1; t + 1 < contentB; ++t) {
                        const Tok &w = m_toks[t];
                        if (w.quote >= 0)
                            continue;
                        if (w.kind == TokKind::Word)
                            verb = verb || isAuxiliary(w.low) || isCopula(w.low) || isFiniteVerb(w.low) ||
                                   looksLikeVerb(t);
                        else if (w.low == u"," || isDash(w) || (w.low == u"-" && m_toks[t - 1].e < w.s)) {
                            // (Not the comma of a date or a place: "Sept. 11, 2001", "Hartford, Conn.")
                            const Tok &p = m_toks[t - 1];
                            const Tok &n = m_toks[t + 1];
                            if (w.low == u"," && p.kind == TokKind::Word && n.kind == TokKind::Word &&
                                ((p.low.at(0).isDigit() && n.low.at(0).isDigit()) || (p.cap && n.cap) ||
                                 (p.low.size() == 4 && p.low.at(0).isDigit() && isPunctAt(t - 2, u",") && !n.cap &&
                                  !isDeterminer(n.low) && !isPronoun(n.low))))
                                continue;
                            if (verb)
                                contentB = t;
                            break;
                        }
                    }
                }
                // ("… declined to comment and aides later said …": a new clause is no part of it.)
                if (declinedOn && (isWordAt(k, u"and") || isWordAt(k, u"but") || isWordAt(k, u"or") ||
                                   isWordAt(k, u"so") || isWordAt(k, u"as")))
                    contentB = cueB;
                // "vowed to keep the clinic open and celebrated the ruling": the infinitive's verbs are base forms, so
                // a past-tense verb after "and" is the subject's next act (not "to be praised and admired").
                if (infinitive)
                    for (int t = k + 3; t + 1 < contentB; ++t) {
                        const Tok &v = m_toks[t + 1];
                        if (m_toks[t].quote < 0 && m_toks[t].low == u"and" && v.kind == TokKind::Word && v.quote < 0 &&
                            !v.cap && v.low.size() > 4 && v.low.endsWith(u"ed") && !v.low.contains(u'-') &&
                            !m_toks[t - 1].low.endsWith(u"ed")) {
                            contentB = isPunctAt(t - 1, u",") ? t - 1 : t;
                            break;
                        }
                    }
                // "vowed to block the nominee, meaning the seat stays empty", "pledged to help pay for the
                // convention, which is expected to draw …": an intention's phrase ends at a comma that opens a
                // relative or subordinate clause or a participle, where the writer goes on (not ", including …").
                if (infinitive)
                    for (int t = k + 2; t + 1 < contentB; ++t) {
                        const Tok &n = m_toks[t + 1];
                        if (m_toks[t].quote < 0 && m_toks[t].low == u"," && n.kind == TokKind::Word && n.quote < 0 &&
                            (n.low == u"which" || n.low == u"who" || isSubordinator(n.low) ||
                             (n.low.endsWith(u"ing") && n.low != u"including" && !n.cap))) {
                            contentB = t;
                            break;
                        }
                    }
                // "declined to renew the deal and the league could not find …": an intention's phrase ends at "and"
                // or "but" that opens a clause of its own, a subject and then its finite verb.
                if (infinitive)
                    contentB = infinitiveBeforeNewClause(k, contentB);
                // "Trump blasted Rubio and defended Cruz": a judgement's object ends where the subject's next verb
                // or a clause of its own begins.
                if (k == afterCue && e.weak && !e.needsComplement && !infinitive && !e.quoteInClause)
                    contentB = objectEnd(k, contentB);
                // "Clinton was asked about the protests during a town hall": the question's topic ends at a comma
                // or at "during"; a bare "it" or "this" names nothing of its own.
                if (e.words.size() == 3 && e.words.at(1) == u"asked" && e.words.at(2) == u"about") {
                    for (int t = contentA; t < contentB; ++t)
                        if (m_toks[t].quote < 0 && (m_toks[t].low == u"," || m_toks[t].low == u"during")) {
                            contentB = t;
                            break;
                        }
                    if (contentB - contentA <= 1 && contentA < s.t1 &&
                        (isWordAt(contentA, u"it") || isWordAt(contentA, u"this") || isWordAt(contentA, u"that")))
                        return;
                }
                // ("Sanders boasts about them constantly: …", "joked about it": a bare pronoun for the topic names
                // nothing of its own.)
                if (e.words.size() == 2 && (e.words.at(1) == u"about" || e.words.at(1) == u"of") && k == afterCue &&
                    (isWordAt(k, u"it") || isWordAt(k, u"them") || isWordAt(k, u"this") || isWordAt(k, u"that")))
                    return;
                if (e.nameFirst && (k != afterCue || inverted || nameObjectEnd(k, contentB) < 0))
                    return;
                if (e.nameObject) {
                    contentB = k == afterCue && !inverted ? nameObjectEnd(k, contentB) : -1;
                    if (contentB < 0)
                        return;
                }
                // "Asked whether he would support Trump, Rubio gave …": the opening question ends at its comma.
                const bool askedOpening =
                    (cueA == s.t0 && e.sourceless && (m_toks[cueA].low == u"asked" || m_toks[cueA].low == u"asks")) ||
                    whenAsked;
                if (relative || afterRelative || askedOpening || conjunctSubordinate) {
                    // "Broaddrick, who said Clinton raped her, recounted …": the relative clause ends at a comma.
                    for (int t = contentA; t < contentB; ++t)
                        if (m_toks[t].quote < 0 && m_toks[t].low == u"," &&
                            !(afterRelative && !relative && !askedOpening && !conjunctSubordinate &&
                              listComma(sp.a - 1, t, contentB))) {
                            contentB = t;
                            break;
                        }
                }
                if (e.quoteInClause) {
                    // ("… railed against what he calls the “Washington cartel”": the name is the writer's
                    // sentence's object, rarely a statement of its own.)
                    if (afterRelative && isWordAt(sp.a - 1, u"what"))
                        return;
                    // ("A new super PAC called Future 45 ran ads …", "a band called Sophistafunk got the crowd …":
                    // after an indefinite noun phrase, "called" and a name that the sentence's verb follows names
                    // the thing; nothing is said.)
                    bool indefinite = false;
                    for (int t = cueA - 1; t >= s.t0 && t >= cueA - 5 && m_toks[t].kind == TokKind::Word &&
                                           m_toks[t].quote < 0 && !indefinite;
                         --t)
                        indefinite = (m_toks[t].low == u"a" || m_toks[t].low == u"an") && t < cueA - 1;
                    if (indefinite && m_toks[contentA].cap && m_toks[contentA].quote < 0 &&
                        !isPronoun(m_toks[contentA].low)) {
                        int t = contentA;
                        while (t < contentB && m_toks[t].kind == TokKind::Word && m_toks[t].quote < 0 &&
                               (m_toks[t].cap || m_toks[t].low.at(0).isDigit()))
                            ++t;
                        if (t < contentB && m_toks[t].kind == TokKind::Word && m_toks[t].quote < 0 && !m_toks[t].cap &&
                            !isDeterminer(m_toks[t].low) && !isNamingPossessive(m_toks[t].low) &&
                            !isStopWord(m_toks[t].low))
                            return;
                    }
                    bool quoted = false;
                    for (int t = contentA; t < contentB && !quoted; ++t)
                        quoted = m_toks[t].quote >= 0;
                    // ("Calderon calls Trump's wall 'stupid'", a headline's single quotation marks.)
                    for (int t = contentA; t < contentB && !quoted; ++t)
                        quoted = singleQuoteOpens(t, contentB);
                    if (!quoted && !plainNaming(contentA, contentB))
                        return;
                    if (quoted)
                        contentB = quotedNameEnd(contentA, contentB);
                    else
                        contentB = plainNameEnd(contentA, contentB);
                }
                // "She wrote a memoir about the war", "wrote the foreword for a new book": a written work named
                // after "wrote" is the writer's object, not what was written; it says something only when a verb
                // of its own follows ("wrote a letter urging the council to …", "wrote the plan had failed").
                // (A participle only where a noun heads it: not "a detailed letter", "the upcoming album",
                // "the department's acting director", nor a description after a comma, "a dissent, rooted in …".)
                // (Nor when "wrote" has no object at all: "wrote under a pen name", "wrote while in college".)
                const QString &cw = m_toks[cueA].low;
                const bool writes = (cw == u"wrote" || cw == u"writes" || cw == u"write") && k == afterCue &&
                                    !infinitive && k < s.t1 && m_toks[k].quote < 0;
                // ("The debate added another twist to the race", "the campaign boasted a staff of 40": so after
                // "added" and "boasted", whose object is what was added or what one has.)
                const bool addsOrBoasts = (cw == u"added" || cw == u"adds" || cw == u"add" || cw == u"boasted" ||
                                           cw == u"boasts" || cw == u"boast") &&
                                          k == afterCue && !infinitive && k < s.t1 && m_toks[k].quote < 0;
                if (writes && (isWordAt(k, u"under") || isWordAt(k, u"while") || isWordAt(k, u"where")))
                    return;
                if ((writes || addsOrBoasts) && isDeterminer(m_toks[k].low)) {
                    bool verb = false;
                    for (int t = k + 1; t < contentB && !verb; ++t) {
                        const Tok &w = m_toks[t];
                        const Tok &p = m_toks[t - 1];
                        if (w.kind != TokKind::Word || w.quote >= 0 || w.cap)
                            continue;
                        // (A base form after a capitalised plural is a name's last word, "a Times opinion piece".)
                        const bool afterNoun = p.kind == TokKind::Word && !isDeterminer(p.low) && p.low != u"'s";
                        const bool baseForm = !w.low.endsWith(u"ed") && !w.low.endsWith(u's');
                        verb = isCopula(w.low) || isAuxiliary(w.low) || isFiniteVerb(w.low) || w.low.endsWith(u"n't") ||
                               (afterNoun && w.low.size() > 4 && w.low.endsWith(u"ing")) ||
                               (afterNoun && looksLikeVerb(t) && !(baseForm && p.cap));
                    }
                    if (!verb)
                        return;
                }
                rule = declinedOn                   ? QStringLiteral("declines-to-comment")
                       : infinitive                 ? QStringLiteral("speaker-cue-infinitive")
                       : &e == &nominalThatCue()    ? QStringLiteral("nominal-that")
                       : e.words.first() == u"that" ? QStringLiteral("speaker-verb-that")
                                                    : QStringLiteral("speaker-cue-clause");
                r.confidence = 0.75;
            } else if (asClause(sp, cueA, afterCue, s)) {
                // "As Clyburn noted, those voters will give Sanders a second look": the clause after the comma.
                contentA = afterCue + 1;
                contentB = clauseEnd(contentA, s.t1);
                rule = QStringLiteral("as-speaker-cue-clause");
                r.confidence = 0.7;
            } else if (e.kind == CueKind::Stance && e.stance == Stance::DeclinesToComment) {
                contentA = cueA;
                contentB = cueB;
                rule = QStringLiteral("declines-to-comment");
                r.confidence = 0.7;
            } else {
                return;
            }
            r.confidence -= e.weak ? 0.2 : 0.0;
            // (A far speaker of a that-verb, or one past a phrase between dashes, is about four in five right: under
            // the 0.7 that --min-confidence keeps.)
            if ((farSpeaker && otherThat) || dashSkipped)
                r.confidence = std::min(r.confidence, 0.65);
        }
        if (contentA < 0 || contentB <= contentA)
            return;
        // "The poll shows that moderates may be pliable — and that efforts should not end there": a second
        // that-clause joined to the first is the same statement's.
        if (rule == u"speaker-cue-clause" && quote < 0 && isWordAt(contentA - 1, u"that"))
            contentB = secondThatClauseEnd(contentB, m_sents[si].t1);
        // A verb outside the lexicon reports only the quote it follows.
        if (&e == &quoteVerbCue() && quote < 0)
            return;
        // A clause that opens a quotation runs on to its close, across sentences: 'said Rubio "did well, because
        // it was a substantive debate. It was more uplifting."'
        if (quote < 0) {
            for (int t = contentA; t < contentB; ++t) {
                if (m_toks[t].kind != TokKind::OpenQuote)
                    continue;
                for (const QuoteRegion &q : std::as_const(m_quotes))
                    if (q.open == t && q.closed && q.close >= contentB && q.close - contentB < 120)
                        contentB = q.close;
                break;
            }
        }
        // Trim punctuation and quote marks at the edges of a clause.
        while (contentA < contentB && m_toks[contentA].kind != TokKind::Word)
            ++contentA;
        while (contentB > contentA && m_toks[contentB - 1].kind != TokKind::Word && m_toks[contentB - 1].low != u"?" &&
               m_toks[contentB - 1].low != u"!" && m_toks[contentB - 1].low != u")")
            --contentB;
        // Nothing left (the text ends at the cue): no statement, and no token at contentA to look at.
        if (contentA >= contentB)
            return;
        if ((e.nameObject || e.nameFirst) && rule != u"speaker-cue-clause")
            return;
        // "put it" and "points out" report only in an "as" clause: "as one aide put it", not "put it on the table".
        if (e.words.size() == 2 &&
            (e.words.at(1) == u"it" || (e.words.first() == u"points" && e.words.at(1) == u"out")) &&
            rule != u"as-parenthetical" && rule != u"as-speaker-cue-clause" && !quotePointsOut(e, rule))
            return;
        const int words = wordsIn(contentA, contentB);
        // A judgement's object may be a bare name: "Trump praised Christie", "she blasted Congress".
        const bool judgement = rule == u"speaker-cue-clause" && e.weak && !e.needsComplement && !e.quoteInClause &&
                               e.kind == CueKind::Verb;
        const bool judgementObject = judgement && (m_toks[contentA].cap || e.nameObject);
        // … or a determined noun: "the senator defended the vote".
        const bool determinedObject = judgement && isDeterminer(m_toks[contentA].low);
        // ", referring to Condoleezza Rice": whom a remark refers to, a name.
        const bool referent = rule == u"participle-clause" && e.words.size() == 2 && e.words.at(0) == u"referring" &&
                              m_toks[contentA].cap;
        // '"Absolutely," Clinton said': a one-word answer before its speaker, with its own punctuation.
        // (It opens its sentence: 'the campaign's "negatives," Manafort said' quotes a word, not an answer.)
        // ('Priebus said, "Probably."': or after the cue and a comma or colon, ending the sentence.)
        const bool oneWordAnswer =
            quote >= 0 && quoteTail < 0 && quoteEndsInAnswer(quote) &&
            ((rule.startsWith(u"quote-") &&
              m_sents[m_sentOf.value(m_quotes[quote].open, 0)].t0 == m_quotes[quote].open) ||
             (rule == u"speaker-cue-quote" && m_quotes[quote].open > 0 &&
              (isPunctAt(m_quotes[quote].open - 1, u",") || isPunctAt(m_quotes[quote].open - 1, u":")) &&
              endsItsSentence(m_quotes[quote].close)));
        // ("Flake said he would.": a clause cut short to its subject and auxiliary, what the question asked.)
        const bool ellipsis = rule == u"speaker-cue-clause" && words == 2 && contentB < int(m_toks.size()) &&
                              isPronoun(m_toks[contentA].low) && isAuxiliary(m_toks[contentA + 1].low) &&
                              m_toks[contentB].kind == TokKind::Punct && m_toks[contentB].quote < 0;
        // ('called her "weak"', ', calling it "absurd."': a naming whose one quoted word is all it says of its
        // object; where such a naming stands in PolNeAR's text the gold marks it 12 times in 12.)
        // ("is asking Comey to turn over the file, which would …": a request ends before a relative clause of the
        // writer's.)
        // ("urged the board to raise the cutoff, which …", "called on the council to act, which …": any request
        // to act the same way.)
        bool requestToAct = false;
        if ((m_toks[cueA].low == u"urged" || m_toks[cueA].low == u"urges" || m_toks[cueA].low == u"asked" ||
             m_toks[cueA].low == u"asks" ||
             (e.words.size() == 2 && e.words.at(1) == u"on" &&
              (m_toks[cueA].low == u"called" || m_toks[cueA].low == u"calls"))) &&
            quote < 0)
            for (int t = contentA; t < std::min(contentB, contentA + 5) && !requestToAct; ++t)
                requestToAct = isWordAt(t, u"to") && m_toks[t].quote < 0;
        // ("called for the overthrow of Assad, even though it was clear …", "called for his ouster because he
        // …": a demand ends before a concession or a reason with its own subject.)
        const bool demand = quote < 0 && (requestToAct || m_toks[cueA].low == u"asking" ||
                                          (e.words.size() == 2 && (e.words.at(1) == u"for" || e.words.at(1) == u"on") &&
                                           e.words.at(0).startsWith(u"call")) ||
                                          (m_toks[cueA].low == u"calling" && isWordAt(cueA + 1, u"for")));
        for (int t = contentA + 3; demand && t + 1 < contentB; ++t) {
            if (m_toks[t].quote >= 0 || m_toks[t].kind != TokKind::Word)
                continue;
            const QString &w = m_toks[t].low;
            const Tok &n = m_toks[t + 1];
            const bool concession = isPunctAt(t - 1, u",") && (w == u"although" || w == u"though" ||
                                                               (w == u"even" && isWordAt(t + 1, u"though")));
            const bool subordinate = (w == u"because" || w == u"since") && n.kind == TokKind::Word && n.quote < 0 &&
                                     (isPronoun(n.low) || isDeterminer(n.low) || n.cap) && !isMonthOrDay(n.low);
            // (", believing she was …": a participle of the writer's, not "including …"; ", something she has
            // asked before" ends it too.)
            const bool participle =
                isPunctAt(t - 1, u",") && !m_toks[t].cap && w.size() > 5 && w.endsWith(u"ing") && w != u"including";
            if (concession || subordinate || participle) {
                contentB = isPunctAt(t - 1, u",") ? t - 1 : t;
                break;
            }
        }
        if ((m_toks[cueA].low == u"asking" || requestToAct) && quote < 0)
            for (int t = contentA + 2; t + 1 < contentB; ++t)
                if (m_toks[t].quote < 0 && isPunctAt(t, u",") && isWordAt(t + 1, u"which")) {
                    contentB = t;
                    break;
                }
        bool quotedNaming = false;
        if (e.quoteInClause || m_toks[cueA].low == u"calling")
            for (int t = contentA; t < contentB && !quotedNaming; ++t)
                quotedNaming = m_toks[t].quote >= 0 || m_toks[t].kind == TokKind::OpenQuote;
        // ('Obama called it "shameful"': a naming that quotes its words may be two words, what and what it is called;
        // a one-word answer, one.)
        if (words <
                (judgementObject || oneWordAnswer || referent || rule == u"passive-by" || rule == u"speaker-cue-answer"
                     ? 1
                 : quote >= 0 || e.kind == CueKind::Stance || determinedObject || e.quoteInClause || quotedNaming ||
                         ellipsis || relativeClauseContent
                     ? 2
                     : 3) &&
            rule != u"declines-to-comment")
            return;
        if (words > 150)
            return;

        if (wideOf.a >= 0 && sp.a == wideOf.a && sp.b == wideOf.b)
            sp.a = wideA;
        // ("Sen. Chuck Schumer (D-N.Y.) said": the party label is part of the speaker; the name is resolved alone.)
        if (!invertedSpeaker && sp.a >= 0 && labelOpen >= 0 && sp.b == labelOpen) {
            if (!sp.resolved)
                resolve(sp);
            sp.resolved = true;
            sp.b = labelEnd;
        }
        // ("Rabbi Ana Ruiz, the founder of the center, has said that …", "…, also questioned …": a speaker that ends
        // at the comma of an apposition, the apposition ending at a comma before the cue, takes the apposition.)
        // (Only a noun phrase: not "The spokesman, angry and tired, said", nor a relative clause - "The official,
        // who spoke on the condition of anonymity, said": the gold leaves it out three times in four.)
        if (!invertedSpeaker && sp.a >= 0 && appositionComma > sp.b && isPunctAt(sp.b, u",") &&
            !isWordAt(sp.b + 1, u"who") &&
            (isDeterminer(m_toks[sp.b + 1].low) || m_toks[sp.b + 1].cap || isRoleWord(m_toks[sp.b + 1].low) ||
             isTitleWord(m_toks[sp.b + 1].low)) &&
            appositionRuns(sp.b, appositionComma)) {
            if (!sp.resolved)
                resolve(sp);
            sp.resolved = true;
            sp.b = appositionComma;
        }
        if (invertedSpeaker && sp.a >= 0 && (rule == u"quote-cue-speaker" || rule == u"clause-cue-speaker")) {
            int end = appositionToSentenceEnd(sp.b, s.t1);
            if (end == sp.b)
                end = appositionBeforeParticiple(sp.b, s.t1);
            if (end == sp.b)
                end = restrictiveRelativeToSentenceEnd(sp.b, s.t1);
            if (end > sp.b) {
                // (The name, resolved on its own, names the speaker; the apposition only describes it.)
                if (!sp.resolved)
                    resolve(sp);
                sp.resolved = true;
                sp.b = end;
            }
        }
        if (takeSpeaker(r, sp)) {
            remember(sp);
            if (isWire(lastWordLower(sp)) || isOutletName(sp.entity)) {
                if (r.reportedBy.isEmpty())
                    r.reportedBy = stripDeterminer(sp.entity);
                if (e.reportsIfOutlet)
                    r.stance = Stance::Reports;
            }
        } else if (r.s0 < 0) {
            r.confidence -= 0.15;
        }
        if (r.reportedBy.isEmpty())
            r.reportedBy = m_wire;
        r.c0 = m_toks[contentA].s;
        r.c1 = m_toks[contentB - 1].e;
        r.q0 = m_toks[cueA].s;
        r.q1 = m_toks[cueB - 1].e;
        r.quote = quote;
        r.quoteEnd = quoteTail >= 0 ? quoteTail : quote;
        r.tokA = contentA;
        r.direct = quote >= 0;
        r.rule = rule + u'/' + (&e == &quoteVerbCue() ? m_toks[cueA].low : e.words.join(u' '));
        refineStance(r, contentA, contentB);
        // One statement per content: a second cue on the same words (",' he said, adding") is not a new claim.
        for (const Raw &o : std::as_const(m_out))
            if (o.c0 == r.c0 && o.c1 == r.c1)
                return;
        m_out.append(r);
    }

    /// 'Dianne Bystrom agreed. "Republicans are running out of time."': a sentence that is only a speaker and a cue,
    /// followed in its paragraph by a sentence that is only a quotation, says that quotation. The quotation's index,
    /// or -1.
    int nextSentenceQuote(int si, const Speaker &sp, bool inverted, int afterCue, int leftEdge) const
    {
        const Sentence &s = m_sents[si];
        if (sp.a < 0 || inverted || afterCue >= s.t1 || !isSentenceEndPunct(m_toks[afterCue]) ||
            si + 1 >= m_sents.size() || (leftEdge > s.t0 && isPunctAt(leftEdge - 1, u",")))
            return -1;
        const Sentence &next = m_sents[si + 1];
        if (next.t0 >= int(m_toks.size()) || m_toks[next.t0].kind != TokKind::OpenQuote ||
            m_toks[next.t0].para != m_toks[afterCue].para)
            return -1;
        const int q = m_toks[next.t0 + 1 < int(m_toks.size()) ? next.t0 + 1 : next.t0].quote;
        if (q < 0 || m_quotes[q].open != next.t0 || !m_quotes[q].closed || !endsItsSentence(m_quotes[q].close))
            return -1;
        return q;
    }

    /// "A Fox News poll shows Sanders with 47 percent": a poll, study or document that shows or finds something
    /// states its object, with no "that" needed.
    /// "as many as 30 percent", "as much as $5 million": a quantity, not an "as" clause.
    bool asQuantity(int k, int s1) const
    {
        return k + 2 < s1 && isWordAt(k, u"as") && isWordAt(k + 2, u"as") &&
               (isWordAt(k + 1, u"many") || isWordAt(k + 1, u"much") || isWordAt(k + 1, u"few") ||
                isWordAt(k + 1, u"little"));
    }

    bool evidenceShows(const Speaker &sp, int cueA, int k, int s1, bool evidenceHeaded) const
    {
        if (sp.a < 0 || k >= s1 || m_toks[k].kind != TokKind::Word ||
            (isClauseBlocker(m_toks[k].low) && !asQuantity(k, s1)))
            return false;
        const QString &verb = m_toks[cueA].low;
        const bool shows = verb == u"shows" || verb == u"show" || verb == u"showed" || verb == u"found" ||
                           verb == u"finds" || verb == u"revealed" || verb == u"reveals";
        return shows && (isEvidenceNoun(m_toks[sp.b - 1].low) || evidenceHeaded);
    }

    /// Headings that end in a colon and are nobody's words: "Update:", "Editor's Note:", "Related:".
    static bool isNotSpeakerLabel(const QString &w)
    {
        static const QSet<QString> words{
            QStringLiteral("update"), QStringLiteral("note"), QStringLiteral("related"), QStringLiteral("photo"),
            QStringLiteral("photos"), QStringLiteral("video"), QStringLiteral("watch"), QStringLiteral("read"),
            QStringLiteral("correction"), QStringLiteral("editor"), QStringLiteral("disclosure"),
            QStringLiteral("source"), QStringLiteral("sources"), QStringLiteral("transcript"),
            QStringLiteral("caption"), QStringLiteral("more"), QStringLiteral("follow"), QStringLiteral("contact"),
            QStringLiteral("email"), QStringLiteral("twitter"), QStringLiteral("facebook"), QStringLiteral("see"),
            QStringLiteral("listen"), QStringLiteral("advertisement"), QStringLiteral("breaking"),
            QStringLiteral("exclusive"), QStringLiteral("analysis"), QStringLiteral("opinion"), QStringLiteral("poll"),
            QStringLiteral("polls"), QStringLiteral("full"), QStringLiteral("abstract"), QStringLiteral("credit"),
            QStringLiteral("credits"), QStringLiteral("tags"), QStringLiteral("topics"), QStringLiteral("contributing"),
            // (A headline's lead-in word, "Wow: Senator Says …", "Revealed: The Memo That …", is the headline
            // writer's, not a speaker's.)
            QStringLiteral("wow"), QStringLiteral("whoa"), QStringLiteral("boom"), QStringLiteral("revealed"),
            QStringLiteral("bombshell"), QStringLiteral("busted"), QStringLiteral("look"), QStringLiteral("shocking"),
            QStringLiteral("ouch"), QStringLiteral("yikes")};
        return words.contains(w);
    }

    /// "If Clinton is the nominee, he said, he would vote for a third party", "Back then, she said, the firm was
    /// small", "Over the long term, according to the office, the debt will rise": the head before an attribution set
    /// off in mid-sentence is a fragment, a subordinate clause or a short phrase with no verb, and the tail after it
    /// is the main clause it belongs to; the statement is both, around the attribution. [headA, headB) and
    /// [tailA, tailB) are the two sides, the commas left out.
    bool fragmentHeadTail(int headA, int headB, int tailA, int tailB, bool phrase = true) const
    {
        while (headA < headB && m_toks[headA].kind == TokKind::Word &&
               (m_toks[headA].low == u"and" || m_toks[headA].low == u"but" || m_toks[headA].low == u"so" ||
                m_toks[headA].low == u"yet"))
            ++headA;
        if (headB - headA < 1 || tailB - tailA < 3 || m_toks[headA].kind != TokKind::Word)
            return false;
        const Tok &first = m_toks[tailA];
        if (first.kind != TokKind::Word || first.quote >= 0 || first.low == u"and" || first.low == u"but" ||
            first.low == u"or" || first.low == u"so" || first.low == u"yet" || first.low == u"then" ||
            first.low == u"that" || first.low == u"to" || first.low == u"who" || first.low == u"which" ||
            (first.low.endsWith(u"ing") && !first.cap) || isCueWord(first.low))
            return false;
        for (int t = tailA; t < tailB; ++t)
            if (m_toks[t].quote >= 0 || m_toks[t].kind == TokKind::OpenQuote)
                return false; // a quotation has its own shape
        bool verb = false;
        for (int t = headA; t < headB; ++t) {
            const Tok &w = m_toks[t];
            if (w.quote >= 0 || w.kind == TokKind::OpenQuote || w.kind == TokKind::CloseQuote)
                return false;
            if (w.kind == TokKind::Punct && (w.low == u"," || w.low == u";" || w.low == u":" || isDash(w)))
                return false;
            verb = verb || (w.kind == TokKind::Word && !w.cap &&
                            (isCopula(w.low) || isAuxiliary(w.low) || isFiniteVerb(w.low) || w.low.endsWith(u"ed") ||
                             isCueWord(w.low)));
        }
        if (isSubordinator(m_toks[headA].low))
            return headB - headA >= 3 && headB - headA <= 20;
        return phrase && !verb && headB - headA >= 2 && headB - headA <= 6;
    }

    /// "said about half of the cuts …", "said over 40 people were hurt": "about", "over" or "under" before a number
    /// or a share rounds the subject of a clause; no topic or venue.
    bool approximationAt(int k, int s1) const
    {
        if (k + 2 >= s1 || !(isWordAt(k, u"about") || isWordAt(k, u"over") || isWordAt(k, u"under")))
            return false;
        const Tok &n = m_toks[k + 1];
        if (n.kind != TokKind::Word || n.quote >= 0)
            return false;
        const bool number = n.low.at(0).isDigit() || isQuantifier(n.low) || n.low == u"a" || n.low == u"one" ||
                            n.low == u"two" || n.low == u"three" || n.low == u"four" || n.low == u"five" ||
                            n.low == u"six" || n.low == u"seven" || n.low == u"eight" || n.low == u"nine" ||
                            n.low == u"ten" || n.low == u"a" || n.low.startsWith(u"two-") ||
                            n.low.startsWith(u"three-");
        if (!number)
            return false;
        // ("about a third of …", "about a dozen …": after "a", a share or a count.)
        if (n.low == u"a")
            return isWordAt(k + 2, u"third") || isWordAt(k + 2, u"quarter") || isWordAt(k + 2, u"dozen") ||
                   isWordAt(k + 2, u"fifth") || isWordAt(k + 2, u"half");
        // (A verb must follow within the clause: "said about 40 people were hurt", not "wrote about 40 novels.")
        for (int t = k + 2; t < std::min(s1, k + 14); ++t) {
            const Tok &w = m_toks[t];
            if (w.kind != TokKind::Word || w.quote >= 0)
                break;
            if (isCopula(w.low) || isAuxiliary(w.low) || isFiniteVerb(w.low) || (!w.cap && w.low.endsWith(u"ed")))
                return true;
        }
        return false;
    }

    /// 'Sunday on Fox News's "Sunday Morning Futures," …': a day or month opens the sentence and a preposition
    /// follows it before the quotation at open, so the phrase is one of time and venue.
    bool titleOpensWithDay(int s0, int open) const
    {
        if (m_toks[s0].kind != TokKind::Word || !isMonthOrDay(m_toks[s0].low))
            return false;
        for (int t = s0 + 1; t < std::min(open, s0 + 3); ++t)
            if (isWordAt(t, u"on") || isWordAt(t, u"in") || isWordAt(t, u"at") || isWordAt(t, u"during"))
                return true;
        return false;
    }

    /// The quotation q, after the cue's trailing phrase (afterCue past cueEnd), right after a word of that phrase
    /// ("the podcast", "the show"), short, capitalised, closed and ending its sentence: a title, no statement.
    bool titleEndsAttribution(int q, int afterCue, int cueEnd, int s1) const
    {
        const QuoteRegion &r = m_quotes[q];
        if (!r.closed || r.open != afterCue || afterCue <= cueEnd || r.close - r.open > 7 || r.open + 1 >= r.close ||
            !m_toks[r.open + 1].cap || m_toks[r.open - 1].kind != TokKind::Word || m_toks[r.open - 1].cap)
            return false;
        bool venue = false;
        for (int t = cueEnd; t < r.open; ++t) {
            if (m_toks[t].kind != TokKind::Word || m_toks[t].quote >= 0 || m_toks[t].low == u"that")
                return false;
            venue = venue || m_toks[t].low == u"on" || m_toks[t].low == u"in" || m_toks[t].low == u"during";
        }
        const bool ends = r.close + 1 >= s1 || isSentenceEndPunct(m_toks[r.close + 1]) ||
                          (m_toks[r.close - 1].kind == TokKind::Punct && isSentenceEndPunct(m_toks[r.close - 1]));
        return venue && ends;
    }

    /// "As X noted, …" / "But as X said, …": the speaker and cue open the sentence after "as", and a comma follows.
    bool asClause(const Speaker &sp, int cueA, int afterCue, const Sentence &s) const
    {
        if (sp.a < 1 || sp.a <= s.t0 || afterCue + 2 >= s.t1 || !isPunctAt(afterCue, u",") ||
            !isWordAt(sp.a - 1, u"as"))
            return false;
        for (int t = s.t0; t < sp.a - 1; ++t)
            if (m_toks[t].kind == TokKind::Word && !(m_toks[t].low == u"but" || m_toks[t].low == u"and" ||
                                                     m_toks[t].low == u"so" || m_toks[t].low == u"yet"))
                return false;
        return cueA > sp.a && m_toks[afterCue + 1].kind == TokKind::Word;
    }

    /// "…, as David Dayen noted in The Intercept." / "…, and as Comey noted, …": the speaker follows "as" after a
    /// comma (or after ", and" / ", but"), and the cue, a venue or time after it ("in The Intercept", "at the
    /// outset", "on Tuesday"), then a comma, a dash or the sentence's end. The token that ends it, or -1.
    int asParentheticalEnd(const Speaker &sp, int cueA, int afterCue, const Sentence &s) const
    {
        if (sp.a < 0 || sp.a - 2 <= s.t0 || !isWordAt(sp.a - 1, u"as"))
            return -1;
        // (A verb of saying or reporting, not "as he hopes", "as the poll showed", "as she proposes".)
        if (!isStrongVerbCue(m_toks[cueA].low) && !isAsClauseVerb(m_toks[cueA].low))
            return -1;
        const int before = sp.a - 2;
        if (!isPunctAt(before, u",") && !((isWordAt(before, u"and") || isWordAt(before, u"but")) && before - 1 > s.t0 &&
                                          isPunctAt(before - 1, u",")))
            return -1;
        int k = afterCue;
        if (k < s.t1 && m_toks[k].kind == TokKind::Word && m_toks[k].quote < 0) {
            const QString &w = m_toks[k].low;
            if (!(w == u"in" || w == u"on" || w == u"at" || w == u"during" || w == u"after" || w == u"before" ||
                  w == u"last" || w == u"earlier" || w == u"this"))
                return -1;
            int j = k + 1;
            while (j < s.t1 && j - k <= 8 && m_toks[j].kind == TokKind::Word && m_toks[j].quote < 0)
                ++j;
            k = j;
        }
        if (k >= s.t1 || isSentenceEndPunct(m_toks[k]) || isPunctAt(k, u",") || isDash(m_toks[k]) ||
            (isPunctAt(k, u"-") && m_toks[k - 1].e < m_toks[k].s))
            return k;
        return -1;
    }

    /// "cast doubt on …", "expressed (similar) doubts that …", "had no doubts about …", ", leaving doubts about …":
    /// a doubt raised or held, up to its preposition or "that"; the end of the phrase, or -1. (Not a gerund after a
    /// preposition or opening the sentence, "as a way of raising doubts about", "Casting doubt on …": a participle
    /// only after a comma.)
    int doubtPhraseEnd(int k, int s1) const
    {
        static const QSet<QString> verbs = {
            QStringLiteral("cast"),       QStringLiteral("casts"),     QStringLiteral("casting"),
            QStringLiteral("raised"),     QStringLiteral("raising"),   QStringLiteral("raise"),
            QStringLiteral("raises"),     QStringLiteral("expressed"), QStringLiteral("expresses"),
            QStringLiteral("expressing"), QStringLiteral("voiced"),    QStringLiteral("voicing"),
            QStringLiteral("left"),       QStringLiteral("leaving"),   QStringLiteral("leaves"),
            QStringLiteral("had"),        QStringLiteral("have"),      QStringLiteral("has")};
        const Tok &v = m_toks[k];
        // (The noun two words on at most, checked first: this runs for every word of the text.)
        auto doubtAt = [&](int t) { return isWordAt(t, u"doubt") || isWordAt(t, u"doubts"); };
        if (!(doubtAt(k + 1) || doubtAt(k + 2)) || v.kind != TokKind::Word || v.quote >= 0 || !verbs.contains(v.low))
            return -1;
        if (v.low.endsWith(u"ing") && !(k > 0 && isPunctAt(k - 1, u",")))
            return -1;
        int t = k + 1;
        if (t < s1 && (isWordAt(t, u"any") || isWordAt(t, u"no") || isWordAt(t, u"similar") || isWordAt(t, u"new") ||
                       isWordAt(t, u"serious") || isWordAt(t, u"fresh") || isWordAt(t, u"some") ||
                       isWordAt(t, u"little") || isWordAt(t, u"further")))
            ++t;
        if (!(isWordAt(t, u"doubt") || isWordAt(t, u"doubts")))
            return -1;
        ++t;
        if (!(isWordAt(t, u"about") || isWordAt(t, u"on") || isWordAt(t, u"over") || isWordAt(t, u"that")))
            return -1;
        return t + 1 < s1 && m_toks[t + 1].kind == TokKind::Word && m_toks[t + 1].quote < 0 ? t + 1 : -1;
    }

    /// True when the tail at [a, b) after a parenthetical cue is the writer's note on how or where the words were
    /// said: "on (the) condition of anonymity …", "in an interview …", "in a statement …", "at a news conference
    /// …", "during a …".
    bool attributionAdjunctTail(int a, int b) const
    {
        if (a + 2 >= b || m_toks[a].kind != TokKind::Word || m_toks[a].quote >= 0)
            return false;
        const QString &p = m_toks[a].low;
        if (p == u"on")
            return isWordAt(a + 1, u"condition") || (isWordAt(a + 1, u"the") && isWordAt(a + 2, u"condition"));
        if (p == u"in" || p == u"at" || p == u"during")
            return (isWordAt(a + 1, u"a") || isWordAt(a + 1, u"an")) && m_toks[a + 2].kind == TokKind::Word &&
                   m_toks[a + 2].quote < 0 && !m_toks[a + 2].cap;
        return false;
    }

    /// A finite clause starts at k: an auxiliary or copula within a few words ("the two men had been …").
    bool clauseFollows(int k, int s1) const
    {
        for (int t = k; t < std::min(s1, k + 7); ++t) {
            if (m_toks[t].kind != TokKind::Word)
                return false;
            if (t > k && (isCopula(m_toks[t].low) || isAuxiliary(m_toks[t].low) || m_toks[t].low.endsWith(u"n't")))
                return m_toks[t].low != u"as";
        }
        return false;
    }

    QString lastWordLower(const Speaker &sp) const { return m_toks[sp.b - 1].low; }

    static QString stripDeterminer(const QString &s)
    {
        for (const auto *d : {u"the ", u"The "})
            if (s.startsWith(QStringView(d)))
                return s.mid(4);
        return s;
    }

    /// Stance words inside the content: "it could neither confirm nor deny", "the statement … was untrue".
    void refineStance(Raw &r, int a, int b) const
    {
        for (int t = a; t < b; ++t) {
            const QString &w = m_toks[t].low;
            if ((w == u"confirm" || w == u"confirmed" || w == u"confirms") && t + 2 < b &&
                (m_toks[t + 1].low == u"nor" || m_toks[t + 1].low == u"or") && m_toks[t + 2].low.startsWith(u"den")) {
                bool negated = false;
                for (int j = std::max(a, t - 4); j < t; ++j)
                    negated = negated || isNegation(m_toks[j].low);
                if (negated) {
                    r.stance = Stance::NeitherConfirmsNorDenies;
                    r.status = QStringLiteral("Unconfirmed");
                    return;
                }
            }
            if (r.stance == Stance::Asserts && isFalsityWord(w) && t - 3 >= a) {
                // "… was untrue", "… is false", "… are baseless"
                for (int j = t - 1; j >= std::max(a, t - 3); --j)
                    if (isCopula(m_toks[j].low)) {
                        r.stance = Stance::Denies;
                        break;
                    }
            }
        }
    }

    /// 'Corker said he and his partners were careful. "If we were to touch it, …"': a paraphrase that ends its
    /// sentence, followed in the same paragraph by a sentence that is only a quote, is one statement with it, as
    /// annotators mark it.
    void joinQuoteAfterClause(Raw &r, QSet<int> &used) const
    {
        if (r.quote >= 0 || r.s0 < 0 || !r.rule.startsWith(u"speaker-cue-clause"))
            return;
        const Sentence &own = m_sents[r.sentence];
        for (int t = own.t0; t < own.t1; ++t)
            if (m_toks[t].s >= r.c1 && !isSentenceEndPunct(m_toks[t]) && m_toks[t].kind != TokKind::CloseQuote)
                return; // the clause does not end the sentence
        if (r.sentence + 1 >= m_sents.size())
            return;
        const Sentence &next = m_sents[r.sentence + 1];
        if (next.t0 >= int(m_toks.size()) || m_toks[next.t0].kind != TokKind::OpenQuote ||
            m_toks[next.t0].para != m_toks[own.t0].para)
            return;
        for (int q = 0; q < m_quotes.size(); ++q) {
            const QuoteRegion &region = m_quotes[q];
            if (region.open != next.t0)
                continue;
            if (!region.closed || used.contains(q))
                return;
            if (!endsItsSentence(region.close))
                return; // more than the quote: '"…," he added, …'
            const auto [a, b] = quoteContent(q);
            if (b - a < 3)
                return;
            r.c1 = m_toks[b - 1].e;
            used.insert(q);
            return;
        }
    }

    /// 'Protesters had every right to be there, he said in an interview. "It's their city, too."': a reported clause
    /// before its speaker and cue, when the attribution ends the sentence and the next sentence of the paragraph is a
    /// quotation alone (in the paragraph or opening the next), runs on through that quotation, one statement in the
    /// speaker's own words.
    void joinQuoteAfterReportedClause(Raw &r, QSet<int> &used) const
    {
        if (r.quote >= 0 || r.s0 < 0 ||
            !(r.rule.startsWith(u"clause-speaker-cue") || r.rule.startsWith(u"clause-cue-speaker")) || r.c1 > r.q0)
            return;
        const Sentence &own = m_sents[r.sentence];
        const int after = std::max(r.q1, r.s1);
        int tail = 0;
        for (int t = own.t0; t < own.t1; ++t) {
            const Tok &tok = m_toks[t];
            if (tok.s < after || isSentenceEndPunct(tok))
                continue;
            if (tok.quote >= 0 || tok.kind == TokKind::OpenQuote || tok.kind == TokKind::CloseQuote ||
                (tok.kind == TokKind::Word && isCueWord(tok.low)) || (tok.kind == TokKind::Punct && tok.low != u","))
                return;
            if (tok.kind == TokKind::Word && ++tail > 6)
                return; // more of the writer's after the attribution
        }
        if (r.sentence + 1 >= m_sents.size())
            return;
        const Sentence &next = m_sents[r.sentence + 1];
        // (Or the next paragraph's, when the attribution ends its own: the gold joins a quotation there too.)
        if (next.t0 >= int(m_toks.size()) || m_toks[next.t0].kind != TokKind::OpenQuote ||
            m_toks[next.t0].para > m_toks[own.t0].para + 1)
            return;
        for (int q = 0; q < m_quotes.size(); ++q) {
            const QuoteRegion &region = m_quotes[q];
            if (region.open != next.t0)
                continue;
            if (!region.closed || used.contains(q) || !endsItsSentence(region.close))
                return;
            const auto [a, b] = quoteContent(q);
            if (b - a < 3)
                return;
            r.c1 = m_toks[b - 1].e;
            used.insert(q);
            return;
        }
    }

    /// '"Only you, Judge Ortiz," she said, would see it that way.', '"It's bad luck," he said, that the storm came
    /// now.': a quotation that opens the sentence and stops at the attribution, when the sentence goes on after it
    /// with the quotation's verb or a that-clause, runs on through the rest of the clause, one statement.
    void joinTailAfterQuote(Raw &r) const
    {
        if (r.quote < 0 || r.s0 < 0 || r.quoteEnd != r.quote || r.c1 > r.q0 ||
            !(r.rule.startsWith(u"quote-speaker-cue") || r.rule.startsWith(u"quote-cue-speaker")))
            return;
        const Sentence &own = m_sents[r.sentence];
        const int after = std::max(r.q1, r.s1);
        int t = own.t0;
        while (t < own.t1 && m_toks[t].s < after)
            ++t;
        if (t + 2 >= own.t1 || !isPunctAt(t, u",") || m_toks[t].quote >= 0)
            return;
        const Tok &w = m_toks[t + 1];
        static const QSet<QString> verbs = {
            QStringLiteral("that"),   QStringLiteral("would"), QStringLiteral("will"),  QStringLiteral("is"),
            QStringLiteral("are"),    QStringLiteral("was"),   QStringLiteral("were"),  QStringLiteral("has"),
            QStringLiteral("have"),   QStringLiteral("had"),   QStringLiteral("could"), QStringLiteral("can"),
            QStringLiteral("should"), QStringLiteral("may"),   QStringLiteral("might"), QStringLiteral("must")};
        if (w.kind != TokKind::Word || w.quote >= 0 || w.cap || !verbs.contains(w.low))
            return;
        int b = clauseEnd(t + 1, own.t1);
        while (b > t + 1 && m_toks[b - 1].kind != TokKind::Word)
            --b;
        if (wordsIn(t + 1, b) < 3)
            return;
        r.c1 = m_toks[b - 1].e;
    }

    /// Quotes that stand alone right after an attributed quote by the same speaker continue it.
    void addContinuations()
    {
        QSet<int> used;
        for (const Raw &r : std::as_const(m_out))
            for (int q = r.quote; q >= 0 && q <= r.quoteEnd; ++q)
                used.insert(q);
        const int count = int(m_out.size());
        for (int i = 0; i < count; ++i)
            joinQuoteAfterClause(m_out[i], used);
        for (int i = 0; i < count; ++i)
            joinQuoteAfterReportedClause(m_out[i], used);
        for (int i = 0; i < count; ++i)
            joinTailAfterQuote(m_out[i]);
        QList<Raw> extra;
        for (int i = 0; i < count; ++i) {
            const Raw &r = m_out[i];
            if (r.quote < 0 || r.s0 < 0)
                continue;
            int q = r.quoteEnd + 1;
            int prev = r.quoteEnd; // the quote the next one would continue
            int lastPara = m_toks[m_quotes[r.quoteEnd].open].para;
            while (q < m_quotes.size()) {
                const QuoteRegion &region = m_quotes[q];
                const int para = m_toks[region.open].para;
                if (para > lastPara + 1)
                    break;
                // '"Q1," he said on NBC's "Meet the Press." "Q2"': a short quoted title inside the attribution is
                // part of it, not a quote of the speaker's.
                if (prev == r.quoteEnd && region.closed && q == prev + 1 &&
                    m_sentOf.value(region.open, -1) == m_sentOf.value(m_quotes[prev].close, -2) &&
                    region.open + 1 < region.close && m_toks[region.open + 1].cap &&
                    wordsIn(region.open + 1, region.close) <= 5) {
                    ++q;
                    continue;
                }
                if (used.contains(q))
                    break;
                // The quote must make up its sentence(s): nothing but the quote outside its marks.
                const int si = m_sentOf.value(region.open, -1);
                // ('"Q1," said X, director of …, "but Q2."': a quote that goes on, after a comma, in the sentence of
                // the attribution finishes the first one.)
                const bool runsOn = prev == r.quoteEnd && si >= 0 && si == m_sentOf.value(m_quotes[prev].close, -2) &&
                                    region.open > 0 && m_toks[region.open - 1].low == u"," &&
                                    region.open + 1 < region.close && m_toks[region.open + 1].kind == TokKind::Word &&
                                    !m_toks[region.open + 1].cap && !quoteEndsInQuestion(prev) &&
                                    cueWordsIn(m_quotes[prev].close, region.open) <= 1;
                // ('"Q1," he said. But "Q2."': a conjunction before the quote opens its sentence and joins it on.)
                const bool conjOpen = si >= 0 && m_sents[si].t0 + 1 == region.open &&
                                      (isWordAt(m_sents[si].t0, u"but") || isWordAt(m_sents[si].t0, u"and"));
                if (si < 0 || (m_sents[si].t0 != region.open && !runsOn && !conjOpen))
                    break;
                // ('"Q1," he said. "Q2" and other pocketbook issues.': the writer's lower-case words that finish the
                // quote's sentence, with no cue of their own, belong to what was said.)
                int tailEnd = -1;
                if (!endsItsSentence(region.close)) {
                    const int after = region.close + 1;
                    if (runsOn || si < 0 || after >= m_sents[si].t1 || m_toks[after].kind != TokKind::Word ||
                        m_toks[after].cap)
                        break;
                    int end = m_sents[si].t1;
                    while (end > after && isSentenceEndPunct(m_toks[end - 1]))
                        --end;
                    bool plain = end > after;
                    for (int t = after; t < end && plain; ++t)
                        plain = m_toks[t].quote < 0 && m_toks[t].kind != TokKind::OpenQuote &&
                                m_toks[t].kind != TokKind::CloseQuote &&
                                !(m_toks[t].kind == TokKind::Word && isCueWord(m_toks[t].low)) &&
                                !isPronoun(m_toks[t].low);
                    if (!plain)
                        break;
                    tailEnd = end;
                }
                auto [a, b] = quoteContent(q);
                if (wordsIn(a, b) < 3)
                    break;
                if (tailEnd > 0)
                    b = tailEnd;
                // '"Q1," he said. "Q2."': one statement around a short attribution, as annotators mark it.
                const int gap = region.open - m_quotes[prev].close;
                // ('"Q1," she added. She then turned to the crowd. "Q2"': a sentence of the writer's between the quotes
                // keeps them apart.)
                const bool between = si > std::max(r.sentence, m_sentOf.value(m_quotes[prev].close, r.sentence)) + 1;
                if (para <= lastPara + 1 && gap <= 30 && m_quotes[prev].close < region.open && !between) {
                    Raw &base = m_out[i];
                    if (base.quote == prev || base.quoteEnd == prev) {
                        // ('"Europe is breaking up," said Anna Berg, a Dutch liberal member of the European
                        // Parliament. "It is a risk."': an attribution longer than the two quotes would bury them.)
                        const auto [pa, pb] = quoteContent(prev);
                        if (wordsIn(m_quotes[prev].close, region.open) > wordsIn(pa, pb) + wordsIn(a, b)) {
                            // (The statement is then its larger piece, as for a paraphrase the gold splits.)
                            if (base.quote == prev && wordsIn(a, b) > wordsIn(pa, pb)) {
                                base.c0 = m_toks[a].s;
                                base.c1 = m_toks[b - 1].e;
                                base.tokA = a;
                                base.quoteEnd = q;
                                refineStance(base, a, b);
                                used.insert(q);
                            }
                            break;
                        }
                        base.c1 = m_toks[b - 1].e;
                        base.quoteEnd = q;
                        refineStance(base, base.tokA, b);
                        used.insert(q);
                        // (A quotation left open at its paragraph's end and reopened at the next one's start is one
                        // quotation running over several paragraphs: it may go on into the paragraph after.)
                        if (!m_quotes[prev].closed)
                            lastPara = para;
                        prev = q;
                        ++q;
                        continue;
                    }
                }
                if (runsOn || (para != lastPara && r.rule.startsWith(u"quote-cue-speaker")))
                    break;
                // ('"…," said Ann Ruiz, a welder. "It was a mess."': a short quotation standing apart from the one
                // before is that statement's last words, which the gold joins to it; on its own it is no statement.)
                // (The quotations after it may still go on with the speaker.)
                if (wordsIn(a, b) < 9) {
                    used.insert(q);
                    lastPara = para;
                    prev = q;
                    ++q;
                    continue;
                }
                Raw c = r;
                c.c0 = m_toks[a].s;
                c.c1 = m_toks[b - 1].e;
                c.quote = q;
                c.quoteEnd = q;
                c.tokA = a;
                c.sentence = si;
                c.confidence = 0.65;
                c.stance = r.stance == Stance::Reports ? Stance::Reports : Stance::Asserts;
                c.status.clear();
                c.rule = QStringLiteral("quote-continuation/") + r.rule.section(u'/', 1);
                refineStance(c, a, b);
                extra.append(c);
                used.insert(q);
                lastPara = para;
                prev = q;
                ++q;
            }
        }
        m_out.append(extra);
    }

    /// 'According to the poll, 51 percent of voters said they would back her': a suggestion whose cue and content sit
    /// inside another suggestion's content, filling at least three-quarters of it, is that statement told again one
    /// level down; the outer one already holds it, so the nested one goes.
    void dropRestatedStatements()
    {
        QList<bool> gone(m_out.size(), false);
        for (int i = 0; i < m_out.size(); ++i) {
            const Raw &r = m_out[i];
            for (int j = 0; j < m_out.size() && !gone[i]; ++j) {
                const Raw &o = m_out[j];
                if (j == i || gone[j] || o.c0 > r.c0 || r.c1 > o.c1 + 2 || r.q0 < o.c0 || r.q1 > o.c1)
                    continue;
                // '"…," the judge said, according to the Post. "…"': an "according to" inside a quotation's span names
                // where the writer read it, not a statement of its own.
                if (4 * (r.c1 - r.c0) >= 3 * (o.c1 - o.c0) ||
                    (r.rule.startsWith(u"according-to") && r.confidence <= o.confidence + 1e-9))
                    gone[i] = true;
            }
        }
        if (!gone.contains(true))
            return;
        QList<Raw> kept;
        kept.reserve(m_out.size());
        for (int i = 0; i < m_out.size(); ++i)
            if (!gone[i])
                kept.append(m_out[i]);
        m_out = kept;
    }

    /// A denial answers an earlier statement by another speaker, within three paragraphs: any one when it names what
    /// it denies as "the statement", "the claim", "the report" or is a bare "denied it", otherwise only one that shares
    /// its words ("denied that any troops had crossed the river" answers "its troops had crossed the river", not "the
    /// bridge was closed"). Of those, one whose speaker it names wins ("the statement from Azerbaijan"), then the one
    /// it repeats most words of, then the nearest.
    void linkDenials()
    {
        for (int i = 0; i < m_out.size(); ++i) {
            Raw &d = m_out[i];
            if (d.stance != Stance::Denies)
                continue;
            const QString content = m_body.mid(d.c0, d.c1 - d.c0);
            const QSet<QString> words = contentWords(content);
            const bool denyVerb =
                d.rule.contains(u"/den") || d.rule.contains(u"/reject") || d.rule.contains(u"/dismiss");
            // "the statement from Azerbaijan was untrue", "denied it": any earlier statement may be the one it answers.
            const bool nearest = refersToStatement(content) || (denyVerb && words.isEmpty());
            const QStringList names = namePrefixes(content);
            // The statement it names wins, then the one it repeats most words of, then the nearest.
            int best = -1;
            bool bestNamed = false;
            qsizetype bestShared = 0;
            const int para = m_toks[m_sents[d.sentence].t0].para;
            for (int j = i - 1; j >= 0; --j) {
                const Raw &c = m_out[j];
                if (c.stance == Stance::Denies || c.c1 > d.c0 || (!c.entity.isEmpty() && c.entity == d.entity))
                    continue;
                if (para - m_toks[m_sents[c.sentence].t0].para > 3)
                    break;
                const QSet<QString> theirs = contentWords(m_body.mid(c.c0, c.c1 - c.c0));
                const qsizetype shared = QSet<QString>(words).intersect(theirs).size();
                if (!nearest && (shared < 2 || shared * 2 < std::min(words.size(), theirs.size())))
                    continue;
                const QString who = c.entity.toLower();
                bool named = false;
                for (const auto &n : std::as_const(names))
                    named = named || who.contains(n);
                if (best < 0 || (named && !bestNamed) || (named == bestNamed && shared > bestShared)) {
                    best = j;
                    bestNamed = named;
                    bestShared = shared;
                }
            }
            if (best < 0)
                continue;
            d.contradicts = best;
            d.status = QStringLiteral("Disputed");
            m_out[best].status = QStringLiteral("Disputed");
        }
    }

    QList<Suggestion> toSuggestions() const
    {
        QList<Suggestion> list;
        list.reserve(m_out.size());
        // Code points: one forward walk over the body converts every offset.
        QList<int> marks;
        for (const Raw &r : m_out)
            marks << r.c0 << r.c1 << r.q0 << r.q1 << std::max(r.s0, 0) << std::max(r.s1, 0);
        QList<int> sorted = marks;
        std::sort(sorted.begin(), sorted.end());
        sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
        QHash<int, qint64> cp;
        qint64 count = 0;
        int pos = 0;
        for (int m : std::as_const(sorted)) {
            for (; pos < m && pos < m_body.size(); ++pos)
                if (!(m_body.at(pos).isLowSurrogate() && pos > 0 && m_body.at(pos - 1).isHighSurrogate()))
                    ++count;
            cp.insert(m, count);
        }
        auto span = [&](int a, int b) {
            AttributionSpan s;
            s.start = cp.value(a);
            s.end = cp.value(b);
            s.text = m_body.mid(a, b - a);
            return s;
        };
        for (const Raw &r : m_out) {
            Suggestion s;
            s.content = span(r.c0, r.c1);
            s.cue = span(r.q0, r.q1);
            if (r.s0 >= 0)
                s.speaker = span(r.s0, r.s1);
            s.entity = r.entity;
            s.reportedBy = r.reportedBy;
            s.stance = r.stance;
            s.status = r.status;
            s.directQuote = r.direct;
            s.confidence = std::clamp(r.confidence, 0.05, 0.99);
            s.rule = r.rule;
            s.contradicts = r.contradicts;
            list.append(s);
        }
        for (Suggestion &s : list)
            if (s.contradicts >= 0 && s.contradicts < list.size())
                s.contradictsContent = list[s.contradicts].content;
        return list;
    }

    struct Recent {
        QString entity;
        bool person = false;
        bool org = false;
        QString head;
    };

    const QString &m_body;
    const QHash<QString, QString> &m_aliases;
    QList<Tok> m_toks;
    QList<QuoteRegion> m_quotes;
    QList<Sentence> m_sents;
    QList<int> m_sentOf;
    QList<Mention> m_mentions;
    QList<Recent> m_recent;
    QList<Raw> m_out;
    QString m_wire;
};

} // namespace

AttributionFinder::AttributionFinder() = default;

void AttributionFinder::addAlias(const QString &alias, const QString &name)
{
    if (!alias.trimmed().isEmpty() && !name.trimmed().isEmpty())
        m_aliases.insert(alias.trimmed().toCaseFolded(), name.trimmed());
}

QList<Suggestion> AttributionFinder::find(const QString &body) const
{
    if (body.isEmpty())
        return {};
    Analysis analysis(body, m_aliases);
    return analysis.run();
}

QString suggestionKey(const Suggestion &suggestion)
{
    QByteArray data = QByteArray::number(suggestion.content.start) + ':' + QByteArray::number(suggestion.content.end) +
                      ':' + suggestion.content.text.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace sift
