#include "core/analysis/IncidentDraft.h"

#include "core/analysis/DateParser.h"
#include "core/analysis/DateResolver.h"
#include "core/domain/TextOffsets.h"
#include "core/store/ArticleStore.h"
#include "core/store/ClaimStore.h"
#include "core/store/EntityStore.h"
#include "core/store/IncidentStore.h"
#include "core/store/VocabularyStore.h"

#include <QRegularExpression>

#include <algorithm>

namespace sift {

namespace {

/// A stretch of text naming an actor or a place.
struct Span {
    qsizetype start = 0;
    qsizetype end = 0;
    QString name;
    qint64 entityId = 0;
};

/// The stores a draft reads, on the caller's connection.
struct Stores {
    explicit Stores(Database &db)
        : articles(db)
        , claims(db)
        , entities(db)
        , incidents(db)
        , vocabulary(db)
    {}
    ArticleStore articles;
    ClaimStore claims;
    EntityStore entities;
    IncidentStore incidents;
    VocabularyStore vocabulary;
};

/// A claim with the text around it.
struct Context {
    Claim claim;
    Article article;
    QString sentence;
    QString paragraph;
    qsizetype quoteInParagraph = 0; ///< where the quote starts in paragraph
};

const QString kWord = QStringLiteral("[\\p{Lu}][\\w'\u2019-]*");

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

/// Every whole-word, case-insensitive occurrence of needle in text.
QList<qsizetype> wordOccurrences(const QString &text, const QString &needle)
{
    QList<qsizetype> out;
    if (needle.size() < 2)
        return out;
    for (qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(needle, at + 1, Qt::CaseInsensitive)) {
        const qsizetype end = at + needle.size();
        if ((at == 0 || !isWordChar(text.at(at - 1))) && (end == text.size() || !isWordChar(text.at(end))))
            out << at;
    }
    return out;
}

std::optional<Context> contextOf(Stores &stores, qint64 claimId)
{
    const std::optional<Claim> claim = stores.claims.claim(claimId);
    if (!claim)
        return std::nullopt;
    const std::optional<Article> article = stores.articles.article(claim->articleId);
    if (!article)
        return std::nullopt;
    Context c{*claim, *article, {}, {}, 0};
    const QString &body = article->body;
    qsizetype start = TextOffsets::toUtf16(body, claim->anchor.start);
    qsizetype end = TextOffsets::toUtf16(body, claim->anchor.end);
    if (claim->orphaned || body.mid(start, end - start) != claim->anchor.quote) {
        start = body.indexOf(claim->anchor.quote);
        end = start + claim->anchor.quote.size();
    }
    if (start < 0)
        return c;
    const qsizetype breakBefore = body.lastIndexOf(QLatin1String("\n\n"), start);
    const qsizetype paraStart = breakBefore < 0 ? 0 : breakBefore + 2;
    qsizetype paraEnd = body.indexOf(QLatin1String("\n\n"), end);
    if (paraEnd < 0)
        paraEnd = body.size();
    c.paragraph = body.mid(paraStart, paraEnd - paraStart);
    c.quoteInParagraph = start - paraStart;
    // The sentence: from after the last full stop before the quote to the first one after it.
    static const QRegularExpression stop(QStringLiteral("[.!?][\"\u201d']?\\s"));
    qsizetype sentenceStart = 0;
    for (auto it = stop.globalMatch(c.paragraph); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedEnd() > c.quoteInParagraph)
            break;
        sentenceStart = m.capturedEnd();
    }
    const auto after = stop.match(c.paragraph, c.quoteInParagraph + claim->anchor.quote.size());
    const qsizetype sentenceEnd = after.hasMatch() ? after.capturedStart() + 1 : c.paragraph.size();
    c.sentence = c.paragraph.mid(sentenceStart, sentenceEnd - sentenceStart).trimmed();
    return c;
}

/// The valid date mention in text closest to pos (the first one when pos < 0).
std::optional<PartialDate> dateIn(const QString &text, const QDate &reference, qsizetype pos = -1)
{
    std::optional<PartialDate> best;
    qsizetype bestDistance = 0;
    for (const DateMention &m : findDateMentions(text, reference)) {
        if (!m.date.isValid())
            continue;
        const qsizetype distance = pos < 0 ? 0 : std::abs(m.start - pos);
        if (!best || distance < bestDistance) {
            best = m.date;
            bestDistance = distance;
        }
        if (pos < 0)
            break;
    }
    return best;
}

std::optional<PartialDate> dateFor(const Context &c)
{
    const QDate reference = c.article.published.precision == DatePrecision::Day ? c.article.published.date : QDate();
    if (auto d = dateIn(c.claim.anchor.quote, reference))
        return d;
    if (auto d = dateIn(c.sentence, reference))
        return d;
    return dateIn(c.paragraph, reference, c.quoteInParagraph);
}

bool overlaps(const Span &a, const Span &b)
{
    return a.start < b.end && b.start < a.end;
}

/// Keeps the longer of overlapping spans, in text order.
QList<Span> merged(QList<Span> spans)
{
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
        return a.start != b.start ? a.start < b.start : a.end - a.start > b.end - b.start;
    });
    QList<Span> out;
    for (const Span &s : spans) {
        if (!out.isEmpty() && overlaps(out.last(), s)) {
            if (s.end - s.start > out.last().end - out.last().start)
                out.last() = s;
            continue;
        }
        out << s;
    }
    return out;
}

/// Words that start a sentence or a noun phrase but never name a side.
bool isFunctionWord(const QString &word)
{
    static const QStringList words{
        QStringLiteral("the"),   QStringLiteral("a"),      QStringLiteral("an"),    QStringLiteral("its"),
        QStringLiteral("their"), QStringLiteral("his"),    QStringLiteral("her"),   QStringLiteral("our"),
        QStringLiteral("these"), QStringLiteral("those"),  QStringLiteral("some"),  QStringLiteral("both"),
        QStringLiteral("all"),   QStringLiteral("many"),   QStringLiteral("other"), QStringLiteral("enemy"),
        QStringLiteral("but"),   QStringLiteral("and"),    QStringLiteral("when"),  QStringLiteral("while"),
        QStringLiteral("after"), QStringLiteral("before"), QStringLiteral("that"),  QStringLiteral("this")};
    return words.contains(word.toLower());
}

/// Drops leading function words ("The Armenian forces" -> "Armenian forces"); empty when nothing is left.
QString trimLeadingFunctionWords(QString phrase, qsizetype *start)
{
    while (true) {
        const qsizetype space = phrase.indexOf(QLatin1Char(' '));
        const QString first = space < 0 ? phrase : phrase.left(space);
        if (!isFunctionWord(first))
            return phrase;
        if (space < 0)
            return {};
        phrase = phrase.mid(space + 1);
        *start += space + 1;
    }
}

QList<Span> patternActors(const QString &text)
{
    static const QString forces = QStringLiteral(
        "(?:(?:armed|security|special|government|border|regular|allied|paramilitary)\\s+)?"
        "(?:forces|troops|army|military|soldiers|militia|militias|militants|rebels|fighters|police|navy|guards|units)");
    // "Armenian forces", "Azeri armed forces", "Russia's army".
    static const QRegularExpression named(
        QStringLiteral("(?<![\\w'\u2019-])((?:%1\\s+){0,3}%1)\\s+%2\\b").arg(kWord, forces),
        QRegularExpression::UseUnicodePropertiesOption);
    // "forces of Armenia", "troops loyal to the Northern Council".
    static const QRegularExpression of(
        QStringLiteral("\\b%1\\s+(?:of|loyal\\s+to)\\s+(?:the\\s+)?%2(?:\\s+%2){0,3}").arg(forces, kWord),
        QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption);
    QList<Span> out;
    for (auto it = named.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        qsizetype start = m.capturedStart();
        if (trimLeadingFunctionWords(m.captured(1), &start).isEmpty())
            continue;
        out << Span{start, m.capturedEnd(), text.mid(start, m.capturedEnd() - start), 0};
    }
    for (auto it = of.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        // The case-insensitive match must still end on a capitalised name, not "forces of the area".
        if (!m.captured().back().isLetterOrNumber() || !m.captured().section(QLatin1Char(' '), -1).front().isUpper())
            continue;
        out << Span{m.capturedStart(), m.capturedEnd(), m.captured(), 0};
    }
    return out;
}

QString stripPossessive(QString name)
{
    if (name.endsWith(QLatin1String("'s")) || name.endsWith(QStringLiteral("\u2019s")))
        name.chop(2);
    while (!name.isEmpty() && (name.back() == QLatin1Char('.') || name.back() == QLatin1Char('-')))
        name.chop(1);
    return name;
}

bool isActorKind(const QString &kind)
{
    return kind != QLatin1String("outlet") && kind != QLatin1String("wire agency") && kind != QLatin1String("place");
}

QList<Span> entitySpans(const QString &text, const QList<Entity> &entities, bool places)
{
    QList<Span> out;
    for (const Entity &e : entities) {
        if ((e.kind == QLatin1String("place")) != places || (!places && !isActorKind(e.kind)))
            continue;
        for (const QString &name : QStringList{e.name} + e.aliases) {
            for (const qsizetype at : wordOccurrences(text, name))
                out << Span{at, at + name.size(), e.name, e.id};
        }
    }
    return out;
}

QList<Span> actorsIn(Stores &stores, const QString &text, const QList<Entity> &entities)
{
    QList<Span> spans = entitySpans(text, entities, false) + patternActors(text);
    spans = merged(spans);
    for (Span &s : spans) {
        if (s.entityId)
            continue;
        s.name = s.name.simplified();
        if (const qint64 id = stores.entities.findByName(s.name)) {
            s.entityId = id;
            if (const auto e = stores.entities.entity(id))
                s.name = e->name;
        }
    }
    return spans;
}

bool isCalendarWord(const QString &word)
{
    return monthFromName(word) != 0 || weekdayFromName(word) != 0;
}

struct Place {
    QString location;
    QString admin1;
    QString country;
};

/// "the statement from Azerbaijan", "officials in Moscow": who speaks, not where it happened.
bool isSourceFrom(const QString &text, qsizetype prepositionAt)
{
    static const QRegularExpression before(
        QStringLiteral("\\b(?:statement|statements|report|reports|official|officials|source|sources|delegation|"
                       "envoy|minister|ministry|spokesman|spokeswoman|spokesperson|letter|message|call|response|"
                       "reporters|correspondent|journalists?|news|media|outlet|agency)\\s+$"),
        QRegularExpression::CaseInsensitiveOption);
    return before.match(text.left(prepositionAt)).hasMatch();
}

/// A capitalised name after a preposition of place, when what follows cannot make it an adjective
/// ("at Azerbaijani positions" is not a place; "in Goris on Sunday" and "from the Goris area" are).
std::optional<Place> patternPlace(const QString &text, const QList<Span> &actors, qsizetype *at)
{
    static const QString nouns =
        QStringLiteral("area|region|district|province|village|town|city|border|crossing|municipality|county|"
                       "governorate|oblast|valley|neighbourhood|neighborhood|outskirts|settlement|highway|road");
    static const QRegularExpression re(
        QStringLiteral("\\b(?:from|in|near|at|outside|around|into|inside|across|towards?|over)\\s+(?:the\\s+)?"
                       "(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
                       "(?:ern)?\\s+)?(%1(?:\\s+%1){0,3})(?:\\s+(%2))?\\b(?:\\s+of\\s+(?:the\\s+)?(%1))?")
            .arg(kWord, nouns),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QStringList allowedNext{
        QStringLiteral("on"),     QStringLiteral("in"),        QStringLiteral("at"),      QStringLiteral("near"),
        QStringLiteral("and"),    QStringLiteral("or"),        QStringLiteral("after"),   QStringLiteral("before"),
        QStringLiteral("during"), QStringLiteral("where"),     QStringLiteral("when"),    QStringLiteral("while"),
        QStringLiteral("with"),   QStringLiteral("late"),      QStringLiteral("early"),   QStringLiteral("last"),
        QStringLiteral("this"),   QStringLiteral("that"),      QStringLiteral("which"),   QStringLiteral("as"),
        QStringLiteral("to"),     QStringLiteral("from"),      QStringLiteral("by"),      QStringLiteral("since"),
        QStringLiteral("said"),   QStringLiteral("overnight"), QStringLiteral("earlier"), QStringLiteral("the"),
        QStringLiteral("of"),     QStringLiteral("was"),       QStringLiteral("were"),    QStringLiteral("had"),
        QStringLiteral("has"),    QStringLiteral("is"),        QStringLiteral("are")};
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        QStringList words = m.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        while (!words.isEmpty() && isFunctionWord(words.first()))
            words.removeFirst();
        if (words.isEmpty() || isCalendarWord(stripPossessive(words.first())))
            continue;
        if (isSourceFrom(text, m.capturedStart()))
            continue;
        const Span span{m.capturedStart(1), m.capturedEnd(1), {}, 0};
        if (std::any_of(actors.begin(), actors.end(), [&](const Span &a) { return overlaps(a, span); }))
            continue;
        if (m.captured(2).isEmpty()) {
            static const QRegularExpression next(QStringLiteral("^\\s+([a-z]+)"));
            const auto n = next.match(text.mid(m.capturedEnd()));
            if (n.hasMatch() && !allowedNext.contains(n.captured(1)))
                continue;
        }
        Place place;
        place.location = stripPossessive(words.join(QLatin1Char(' ')));
        static const QStringList regions{QStringLiteral("province"), QStringLiteral("region"),
                                         QStringLiteral("governorate"), QStringLiteral("oblast")};
        if (regions.contains(m.captured(2)))
            place.admin1 = place.location;
        place.country = stripPossessive(m.captured(3));
        *at = m.capturedStart(1);
        return place;
    }
    return std::nullopt;
}

std::optional<Place> placeIn(const QString &text, const QList<Span> &actors, const QList<Entity> &entities)
{
    qsizetype patternAt = -1;
    std::optional<Place> place = patternPlace(text, actors, &patternAt);
    const QList<Span> known = merged(entitySpans(text, entities, true));
    if (!known.isEmpty() && (!place || known.first().start <= patternAt))
        return Place{known.first().name, {}, {}};
    return place;
}

void guessEventType(Stores &stores, const QString &text, Incident &incident)
{
    struct Cue {
        const char *pattern;
        const char *type;
        const char *subType;
    };
    static const Cue cues[] = {
        {"drone strike|air ?strike|drone attack|air raid|bombed from the air|drones? (?:struck|hit|attacked)",
         "Explosions/Remote violence", "Air/drone strike"},
        {"shell(?:ed|ing)|artillery|mortar|rocket|missile", "Explosions/Remote violence",
         "Shelling/artillery/missile attack"},
        {"landmine|roadside bomb|\\bIEDs?\\b|explosive device", "Explosions/Remote violence",
         "Remote explosive/landmine/IED"},
        {"opened fire|exchange(?:d)? (?:of )?fire|clash(?:ed|es)?|fighting|gunfire|firefight|skirmish|shooting at|"
         "fired (?:on|at)",
         "Battles", "Armed clash"},
        {"abduct|kidnap", "Violence against civilians", "Abduction/forced disappearance"},
        {"\\briot", "Riots", "Violent demonstration"},
        {"protest|rall(?:y|ied)|demonstrat|march(?:ed)? (?:through|on)", "Protests", "Peaceful protest"},
        {"arrest|detain", "Strategic developments", "Arrests"},
    };
    const QStringList types = stores.vocabulary.eventTypes();
    for (const Cue &cue : cues) {
        const QRegularExpression re(QString::fromLatin1(cue.pattern), QRegularExpression::CaseInsensitiveOption);
        if (!re.match(text).hasMatch())
            continue;
        const QString type = QString::fromLatin1(cue.type);
        if (!types.contains(type))
            continue;
        incident.eventType = type;
        if (stores.vocabulary.subEventTypes(type).contains(QString::fromLatin1(cue.subType)))
            incident.subEventType = QString::fromLatin1(cue.subType);
        return;
    }
}

std::optional<int> fatalitiesIn(const QString &text)
{
    static const QStringList numbers{QStringLiteral("no"),    QStringLiteral("one"),   QStringLiteral("two"),
                                     QStringLiteral("three"), QStringLiteral("four"),  QStringLiteral("five"),
                                     QStringLiteral("six"),   QStringLiteral("seven"), QStringLiteral("eight"),
                                     QStringLiteral("nine"),  QStringLiteral("ten"),   QStringLiteral("eleven"),
                                     QStringLiteral("twelve")};
    static const QRegularExpression re(
        QStringLiteral("\\b(\\d{1,5}|%1)\\s+(?:\\w+\\s+){0,2}?(?:(?:were|was|have been|had been)\\s+)?"
                       "(?:killed|dead|died)\\b|\\bkill(?:ed|ing)\\s+(?:at least\\s+)?(\\d{1,5}|%1)\\b")
            .arg(numbers.join(QLatin1Char('|'))),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QString n = (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)).toLower();
    bool ok = false;
    const int value = n.toInt(&ok);
    return ok ? value : int(numbers.indexOf(n));
}

void fillPlace(Stores &stores, const Place &place, Incident &incident)
{
    if (place.location.isEmpty())
        return;
    incident.location = place.location;
    incident.admin1 = place.admin1;
    incident.country = place.country;
    // What the analyst already recorded for this place is better than anything read off one sentence.
    if (const auto known = stores.incidents.latestAt(place.location)) {
        incident.location = known->location;
        incident.country = known->country;
        incident.admin1 = known->admin1;
        incident.admin2 = known->admin2;
        incident.latitude = known->latitude;
        incident.longitude = known->longitude;
        incident.geoPrecision = known->geoPrecision;
    }
}

} // namespace

Incident draftIncident(Database &db, const QList<qint64> &claimIds)
{
    Stores stores(db);
    Incident incident;
    QList<Context> contexts;
    for (const qint64 id : claimIds) {
        if (incident.claimIds.contains(id))
            continue;
        if (auto c = contextOf(stores, id)) {
            contexts << *c;
            incident.claimIds << id;
            if (!incident.articleIds.contains(c->article.id))
                incident.articleIds << c->article.id;
        }
    }
    if (contexts.isEmpty())
        return incident;

    for (const Context &c : std::as_const(contexts)) {
        if (const auto date = dateFor(c)) {
            incident.eventDate = *date;
            break;
        }
    }
    if (!incident.eventDate.isValid())
        incident.eventDate = contexts.first().article.published;

    const QList<Entity> entities = stores.entities.all();
    // A claimant named in its own claim is most often the side that was hit ("Azerbaijan accused Armenian forces
    // of shooting at it"), so it comes after the others.
    QList<Span> actors;
    QList<Span> claimants;
    for (const Context &c : std::as_const(contexts)) {
        for (const Span &s : actorsIn(stores, c.claim.anchor.quote, entities)) {
            const auto same = [&](const Span &a) {
                return (s.entityId && a.entityId == s.entityId) || a.name.compare(s.name, Qt::CaseInsensitive) == 0;
            };
            if (std::any_of(actors.begin(), actors.end(), same) ||
                std::any_of(claimants.begin(), claimants.end(), same))
                continue;
            (s.entityId && s.entityId == c.claim.claimantId ? claimants : actors) << s;
        }
    }
    actors += claimants;
    if (actors.isEmpty() && !contexts.first().claim.claimant.isEmpty())
        actors << Span{0, 0, contexts.first().claim.claimant, contexts.first().claim.claimantId};
    if (!actors.isEmpty()) {
        incident.actor1 = actors.at(0).name;
        incident.actor1Id = actors.at(0).entityId;
    }
    if (actors.size() > 1) {
        incident.actor2 = actors.at(1).name;
        incident.actor2Id = actors.at(1).entityId;
    }

    for (const Context &c : std::as_const(contexts)) {
        const QString &quote = c.claim.anchor.quote;
        auto place = placeIn(quote, actorsIn(stores, quote, entities), entities);
        if (!place)
            place = placeIn(c.sentence, actorsIn(stores, c.sentence, entities), entities);
        if (place) {
            fillPlace(stores, *place, incident);
            break;
        }
    }

    for (const Context &c : std::as_const(contexts)) {
        if (incident.eventType.isEmpty())
            guessEventType(stores, c.claim.anchor.quote, incident);
        if (!incident.fatalities)
            incident.fatalities = fatalitiesIn(c.claim.anchor.quote);
    }

    const Claim &first = contexts.first().claim;
    const std::optional<Status> status = first.statusId ? stores.vocabulary.statusById(first.statusId)
                                                        : std::optional<Status>(stores.vocabulary.defaultStatus());
    if (status) {
        incident.statusId = status->id;
        incident.status = status->name;
    }
    return incident;
}

} // namespace sift
