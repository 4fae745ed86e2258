#include "core/analysis/AttributionFinder.h"
#include "core/analysis/ClaimSuggester.h"
#include "core/domain/TextOffsets.h"
#include "core/ingest/ArticleParser.h"
#include "core/project/Project.h"
#include "core/project/SuggestionCommands.h"
#include "support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace sift;

/// The rule-based attribution finder: the seed articles' own statements, the rules one by one, offsets in code
/// points; and accepting and rejecting suggestions through the project (one undo step each).
class TestAttributionFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void seedStatements();
    void seedContradiction();
    void denialLinksOnlyWhatItAnswers();
    void possessiveOwnsTheOrganisation();
    void nameInsideRelativeClauseIsNotTheClaimant();
    void seedOffsetsAreCodePoints();
    void rules_data();
    void rules();
    void nearMisses_data();
    void nearMisses();
    void relativePronounStandsForTheName();
    void appositionNameNotSubjectAfterCue();
    void pronounFollowsLastSpeaker();
    void aliasResolvesEntity();
    void multiSentenceQuote();
    void continuationAfterLongApposition();
    void shortContinuationStandsAlone();
    void quotationOverSeveralParagraphs();
    void weakCueInsideAStatement();
    void restatedStatementInsideAnother();
    void nothingInPlainProse();
    void codePointsWithEmoji();
    void acceptCreatesClaimInOneStep();
    void acceptAllLinksContradiction();
    void rejectIsRememberedAndUndoable();
    void crossArticleContradiction();
    void crossArticleByOverlap();
    void crossArticleByAlias();

private:
    qint64 addArticle(const QString &title, const QString &body, const QDate &published);
    qint64 acceptOne(qint64 articleId, const QString &contentPart);
    qint64 article(const QString &titlePrefix) const;
    const Suggestion *find(const QList<Suggestion> &list, const QString &contentPart) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
};

namespace {
const QString kKremlin = QStringLiteral("Kremlin Neither");
const QString kAzerbaijan = QStringLiteral("Azerbaijan Says");
} // namespace

void TestAttributionFinder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_project = Project::open(m_dir->filePath(QStringLiteral("s.sift")), &error, Store::OpenMode::CreateIfMissing);
    QVERIFY2(m_project, qPrintable(error));
    const QString sample = test::sharedPath(QStringLiteral("samples/aawsat-sample.txt"));
    const ParseResult parsed = parseArticles(test::readFile(sample), sample);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.articles.size(), 2);
    for (Article a : parsed.articles) {
        a.uid = articleUid(a.title, a.body);
        QVERIFY(m_project->articles().insert(a) > 0);
    }
}

void TestAttributionFinder::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

qint64 TestAttributionFinder::article(const QString &titlePrefix) const
{
    for (const qint64 id : m_project->articles().ids({}))
        if (m_project->articles().article(id)->title.startsWith(titlePrefix))
            return id;
    return 0;
}

const Suggestion *TestAttributionFinder::find(const QList<Suggestion> &list, const QString &contentPart) const
{
    for (const Suggestion &s : list)
        if (s.content.text.contains(contentPart))
            return &s;
    return nullptr;
}

void TestAttributionFinder::seedStatements()
{
    ClaimSuggester suggester(m_project->db());
    const QList<Suggestion> kremlin = suggester.pendingSuggestions(article(kKremlin));
    const QList<Suggestion> azerbaijan = suggester.pendingSuggestions(article(kAzerbaijan));

    // Peskov, the Kremlin spokesman, neither confirms nor denies the call: Unconfirmed.
    const Suggestion *peskov = find(kremlin, QStringLiteral("I can neither confirm nor deny it"));
    QVERIFY(peskov);
    QCOMPARE(peskov->speaker.text, QStringLiteral("Peskov"));
    QCOMPARE(peskov->entity, QStringLiteral("Dmitry Peskov"));
    QCOMPARE(peskov->stance, Stance::NeitherConfirmsNorDenies);
    QCOMPARE(peskov->status, QStringLiteral("Unconfirmed"));
    QVERIFY(peskov->directQuote);
    // The statement runs over the quotes around the attribution, as the gold marks it; no mark at its edges.
    QVERIFY(peskov->content.text.startsWith(QStringLiteral("I made a statement to that effect yesterday")));
    QVERIFY(peskov->content.text.endsWith(QStringLiteral("I can neither confirm nor deny it")));
    const Suggestion *peskovSaid =
        find(kremlin, QStringLiteral("he was unable to confirm or deny that Putin and Trump"));
    QVERIFY(peskovSaid);
    QCOMPARE(peskovSaid->entity, QStringLiteral("Dmitry Peskov"));
    QCOMPARE(peskovSaid->stance, Stance::NeitherConfirmsNorDenies);
    const Suggestion *kremlinSaid = find(kremlin, QStringLiteral("it could neither confirm nor deny whether"));
    QVERIFY(kremlinSaid);
    QCOMPARE(kremlinSaid->speaker.text, QStringLiteral("The Kremlin"));
    QCOMPARE(kremlinSaid->cue.text, QStringLiteral("said"));
    QCOMPARE(kremlinSaid->status, QStringLiteral("Unconfirmed"));

    // Trump indicated that the two men had been in contact: the surname resolves to the full name.
    const Suggestion *trump = find(kremlin, QStringLiteral("the two men had been in contact"));
    QVERIFY(trump);
    QCOMPARE(trump->content.text, QStringLiteral("the two men had been in contact"));
    QCOMPARE(trump->speaker.text, QStringLiteral("Trump"));
    QCOMPARE(trump->entity, QStringLiteral("Donald Trump"));
    QCOMPARE(trump->cue.text, QStringLiteral("indicated"));
    QCOMPARE(trump->stance, Stance::Asserts);
    QVERIFY(trump->status.isEmpty());

    // "Reuters reported in November that Putin is open to …": reported by Reuters.
    const Suggestion *reported = find(kremlin, QStringLiteral("Putin is open to discussing a Ukraine peace deal"));
    QVERIFY(reported);
    QVERIFY(reported->content.text.startsWith(QStringLiteral("Putin is open to")));
    QCOMPARE(reported->speaker.text, QStringLiteral("Reuters"));
    QCOMPARE(reported->cue.text, QStringLiteral("reported"));
    QCOMPARE(reported->reportedBy, QStringLiteral("Reuters"));
    QCOMPARE(reported->stance, Stance::Reports);

    // Azerbaijan's defense ministry says Armenian forces opened fire from the Goris area.
    const Suggestion *azMod = find(azerbaijan, QStringLiteral("Armenian forces had opened fire"));
    QVERIFY(azMod);
    QCOMPARE(azMod->content.text,
             QStringLiteral("Armenian forces had opened fire with small arms on Sunday morning from the Goris area"));
    QCOMPARE(azMod->speaker.text, QStringLiteral("Azerbaijan's defense ministry"));
    QCOMPARE(azMod->cue.text, QStringLiteral("said"));
    QCOMPARE(azMod->stance, Stance::Asserts);
    QCOMPARE(azMod->status, QStringLiteral("Disputed"));

    // Armenia's defense ministry says that statement was untrue: a denial.
    const Suggestion *amMod = find(azerbaijan, QStringLiteral("the statement from Azerbaijan was untrue"));
    QVERIFY(amMod);
    QCOMPARE(amMod->speaker.text, QStringLiteral("Armenia's defense ministry"));
    QCOMPARE(amMod->stance, Stance::Denies);
    QCOMPARE(amMod->status, QStringLiteral("Disputed"));

    // Reuters was unable to verify: Cannot be verified.
    const Suggestion *verify = find(azerbaijan, QStringLiteral("the situation in the area"));
    QVERIFY(verify);
    QCOMPARE(verify->speaker.text, QStringLiteral("Reuters"));
    QCOMPARE(verify->cue.text, QStringLiteral("was unable to immediately verify"));
    QCOMPARE(verify->status, QStringLiteral("Cannot be verified"));
    QCOMPARE(verify->reportedBy, QStringLiteral("Reuters"));

    for (const auto &list : {kremlin, azerbaijan})
        for (const Suggestion &s : list) {
            QVERIFY2(!s.rule.isEmpty(), qPrintable(s.content.text));
            QVERIFY(s.confidence > 0.0 && s.confidence < 1.0);
            QVERIFY(s.cue.isValid());
        }
}

void TestAttributionFinder::seedContradiction()
{
    const QList<Suggestion> list = ClaimSuggester(m_project->db()).pendingSuggestions(article(kAzerbaijan));
    const Suggestion *amMod = find(list, QStringLiteral("the statement from Azerbaijan was untrue"));
    QVERIFY(amMod);
    QVERIFY(amMod->contradicts >= 0);
    QCOMPARE(list.at(amMod->contradicts).content.text,
             QStringLiteral("Armenian forces had opened fire with small arms on Sunday morning from the Goris area"));
    QCOMPARE(amMod->contradictsContent.start, list.at(amMod->contradicts).content.start);
    // Only the denial contradicts anything.
    int links = 0;
    for (const Suggestion &s : list)
        links += s.contradicts >= 0 ? 1 : 0;
    QCOMPARE(links, 1);
}

void TestAttributionFinder::denialLinksOnlyWhatItAnswers()
{
    // A denial of something else is no answer to the statement before it: no link, neither is Disputed.
    const QList<Suggestion> apart = AttributionFinder().find(
        QStringLiteral("Several officials told reporters the bridge over the Selka was closed.\n\nAll three "
                       "ministries denied that any troops had crossed the border."));
    const Suggestion *bridge = find(apart, QStringLiteral("was closed"));
    const Suggestion *troops = find(apart, QStringLiteral("any troops had crossed"));
    QVERIFY(bridge && troops);
    QCOMPARE(troops->stance, Stance::Denies);
    QCOMPARE(troops->contradicts, -1);
    QVERIFY(troops->status != u"Disputed");
    QVERIFY(bridge->status != u"Disputed");
    // A denial that says the same thing back answers it.
    const QList<Suggestion> answer = AttributionFinder().find(
        QStringLiteral("The army said its troops had crossed the river at Tarsk overnight.\n\nThe ministry denied "
                       "that any troops had crossed the river."));
    const Suggestion *claim = find(answer, QStringLiteral("its troops had crossed"));
    const Suggestion *denial = find(answer, QStringLiteral("any troops had crossed"));
    QVERIFY(claim && denial);
    QVERIFY(denial->contradicts >= 0);
    QCOMPARE(&answer.at(denial->contradicts), claim);
    QCOMPARE(denial->status, QStringLiteral("Disputed"));
    QCOMPARE(claim->status, QStringLiteral("Disputed"));
    // "The statement", "the report": the nearest earlier statement of another speaker, whatever its words.
    const QList<Suggestion> named = AttributionFinder().find(
        QStringLiteral("The port authority said the ferry had sailed without clearance.\n\nThe ferry company said "
                       "the report was untrue."));
    const Suggestion *sailed = find(named, QStringLiteral("ferry had sailed"));
    const Suggestion *untrue = find(named, QStringLiteral("the report was untrue"));
    QVERIFY(sailed && untrue);
    QVERIFY(untrue->contradicts >= 0);
    QCOMPARE(&named.at(untrue->contradicts), sailed);
    // Of the statements before it, the one it repeats words of, not the nearest (its own side's).
    const QList<Suggestion> sides = AttributionFinder().find(
        QStringLiteral("The harbour board said its tugs had rammed the ferry near the north pier on Sunday.\n\nThe "
                       "ferry company said its captain had followed the pilot's orders. \"No tug touched our ferry on "
                       "Sunday. The statement from the board is false,\" spokeswoman Ana Brell said."));
    const Suggestion *rammed = find(sides, QStringLiteral("tugs had rammed"));
    const Suggestion *brell = find(sides, QStringLiteral("No tug touched"));
    const Suggestion *orders = find(sides, QStringLiteral("followed the pilot's orders"));
    QVERIFY(rammed && brell && orders);
    QCOMPARE(brell->stance, Stance::Denies);
    QVERIFY(brell->contradicts >= 0);
    QCOMPARE(&sides.at(brell->contradicts), rammed);
    QVERIFY(orders->status != u"Disputed");
}

void TestAttributionFinder::possessiveOwnsTheOrganisation()
{
    // The sentence's subject speaks the verb after "and": the whole "Ostrel's defence ministry", not "Ostrel's".
    const QList<Suggestion> list = AttributionFinder().find(
        QStringLiteral("Ostrel's defence ministry said on Monday the figures were \"fabricated\" and again denied "
                       "firing on the town."));
    const auto denial = std::find_if(list.cbegin(), list.cend(), [](const Suggestion &s) {
        return s.content.text == QStringLiteral("firing on the town");
    });
    QVERIFY(denial != list.cend());
    QCOMPARE(denial->cue.text, QStringLiteral("denied"));
    QCOMPARE(denial->speaker.text, QStringLiteral("Ostrel's defence ministry"));
    QCOMPARE(denial->stance, Stance::Denies);
}

void TestAttributionFinder::nameInsideRelativeClauseIsNotTheClaimant()
{
    // The whole phrase is the speaker, as annotators mark it; the claimant is its head, not the name the relative
    // clause mentions.
    const QList<Suggestion> list = AttributionFinder().find(
        QStringLiteral("Executives who have worked with Ana Ruiz say she drives a hard bargain."));
    const auto s = std::find_if(list.cbegin(), list.cend(), [](const Suggestion &x) {
        return x.content.text == QStringLiteral("she drives a hard bargain");
    });
    QVERIFY(s != list.cend());
    QCOMPARE(s->speaker.text, QStringLiteral("Executives who have worked with Ana Ruiz"));
    QCOMPARE(s->entity, QStringLiteral("Executives"));
}

void TestAttributionFinder::seedOffsetsAreCodePoints()
{
    const qint64 id = article(kAzerbaijan);
    const QString body = m_project->articles().body(id);
    for (const Suggestion &s : ClaimSuggester(m_project->db()).pendingSuggestions(id)) {
        QCOMPARE(TextOffsets::slice(body, s.content.start, s.content.end), s.content.text);
        QCOMPARE(TextOffsets::slice(body, s.cue.start, s.cue.end), s.cue.text);
        if (s.speaker.isValid())
            QCOMPARE(TextOffsets::slice(body, s.speaker.start, s.speaker.end), s.speaker.text);
    }
}

void TestAttributionFinder::rules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("cue");
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<QString>("stance");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reportedBy");

    QTest::newRow("quote, speaker, cue") << QStringLiteral("\u201CWe will not retreat,\u201D General Ivan Petrov said.")
                                         << QStringLiteral("We will not retreat") << QStringLiteral("said")
                                         << QStringLiteral("General Ivan Petrov") << QStringLiteral("asserts")
                                         << QString() << QString();
    QTest::newRow("quote, cue, speaker") << QStringLiteral("\"The talks are over,\" said Foreign Minister Anna Berg.")
                                         << QStringLiteral("The talks are over") << QStringLiteral("said")
                                         << QStringLiteral("Foreign Minister Anna Berg") << QStringLiteral("asserts")
                                         << QString() << QString();
    QTest::newRow("speaker, cue, colon, quote")
        << QStringLiteral("The mayor told reporters: \"The water is safe to drink.\"")
        << QStringLiteral("The water is safe to drink") << QStringLiteral("told reporters")
        << QStringLiteral("The mayor") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("according to, after") << QStringLiteral(
                                                "Three people were killed in the blast, according to local officials.")
                                         << QStringLiteral("Three people were killed in the blast")
                                         << QStringLiteral("according to") << QStringLiteral("local officials")
                                         << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("according to, before")
        << QStringLiteral("According to the Interior Ministry, the border crossing will reopen on Friday.")
        << QStringLiteral("the border crossing will reopen on Friday") << QStringLiteral("According to")
        << QStringLiteral("the Interior Ministry") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("clause, speaker, cue")
        << QStringLiteral("The convoy was hit by a drone, the army said.")
        << QStringLiteral("The convoy was hit by a drone") << QStringLiteral("said") << QStringLiteral("the army")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("denied") << QStringLiteral("The ministry denied that its troops had crossed the river.")
                            << QStringLiteral("its troops had crossed the river") << QStringLiteral("denied")
                            << QStringLiteral("The ministry") << QStringLiteral("denies") << QString() << QString();
    QTest::newRow("neither confirm nor deny")
        << QStringLiteral("A spokesman could neither confirm nor deny that talks were under way.")
        << QStringLiteral("talks were under way") << QStringLiteral("could neither confirm nor deny")
        << QStringLiteral("A spokesman") << QStringLiteral("neither confirms nor denies")
        << QStringLiteral("Unconfirmed") << QString();
    QTest::newRow("declined to comment") << QStringLiteral("The embassy declined to comment.")
                                         << QStringLiteral("declined to comment")
                                         << QStringLiteral("declined to comment") << QStringLiteral("The embassy")
                                         << QStringLiteral("declines to comment") << QString() << QString();
    QTest::newRow("told Reuters") << QStringLiteral(
                                         "A senior official told Reuters that the deal had collapsed overnight.")
                                  << QStringLiteral("the deal had collapsed overnight")
                                  << QStringLiteral("told Reuters") << QStringLiteral("A senior official")
                                  << QStringLiteral("asserts") << QString() << QStringLiteral("Reuters");
    QTest::newRow("wire dateline")
        << QStringLiteral("KYIV (Reuters) - The governor said on Monday that power had been restored in the city.")
        << QStringLiteral("power had been restored in the city") << QStringLiteral("said")
        << QStringLiteral("The governor") << QStringLiteral("asserts") << QString() << QStringLiteral("Reuters");
    QTest::newRow("unable to verify") << QStringLiteral(
                                             "The Associated Press could not independently verify the footage.")
                                      << QStringLiteral("the footage")
                                      << QStringLiteral("could not independently verify")
                                      << QStringLiteral("The Associated Press") << QStringLiteral("reports")
                                      << QStringLiteral("Cannot be verified") << QStringLiteral("Associated Press");
    // '"Q1," he said, "Q2."': one statement from the first quote's words to the second's.
    QTest::newRow("quote, speaker, cue, quote")
        << QStringLiteral("\u201CThe vote was fair,\u201D Judge Ana Diaz said, \u201Cand the count is final.\u201D")
        << QStringLiteral("The vote was fair,\u201D Judge Ana Diaz said, \u201Cand the count is final")
        << QStringLiteral("said") << QStringLiteral("Judge Ana Diaz") << QStringLiteral("asserts") << QString()
        << QString();
    // '"Q1," he said on NBC's "Meet the Press." "Q2"': a quoted programme inside the attribution does not keep the
    // two quotes apart.
    QTest::newRow("quote, cue with a quoted programme, quote")
        << QStringLiteral("\u201CWe will win this state,\u201D Mayor Lena Ortiz said on CBS\u2019s \u201CFace the "
                          "Nation.\u201D \u201CThe polls have been wrong all year.\u201D")
        << QStringLiteral("We will win this state,\u201D Mayor Lena Ortiz said on CBS\u2019s \u201CFace the "
                          "Nation.\u201D \u201CThe polls have been wrong all year")
        << QStringLiteral("said") << QStringLiteral("Mayor Lena Ortiz") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("quote, cue with a quoted programme mid-sentence, quote")
        << QStringLiteral("\"Nobody has asked me,\" Tom Reyes said on ABC's \"Good Morning\" on Friday. \"I am not "
                          "running for anything.\"")
        << QStringLiteral(
               "Nobody has asked me,\" Tom Reyes said on ABC's \"Good Morning\" on Friday. \"I am not running "
               "for anything")
        << QStringLiteral("said") << QStringLiteral("Tom Reyes") << QStringLiteral("asserts") << QString() << QString();
    // '"Q1," he told X after the debate, "and Q2."': a phrase after the cue, then the quote going on in lower case.
    QTest::newRow("quote, speaker, cue with a listener and a time, quote going on")
        << QStringLiteral("\"The levee held this time,\" the engineer told reporters after the storm, \"but it "
                          "will not hold again.\"")
        << QStringLiteral("The levee held this time,\" the engineer told reporters after the storm, \"but it will "
                          "not hold again")
        << QStringLiteral("told reporters") << QStringLiteral("the engineer") << QStringLiteral("asserts") << QString()
        << QString();
    // '"Q1," said X, a long apposition, "but Q2."': the quote that runs on after the attribution finishes the first.
    QTest::newRow("quote, cue, speaker with a long apposition, quote running on")
        << QStringLiteral("\"The harbor was once the town's lifeline,\" said Mara Quint, head of the maritime history "
                          "society at the county museum in Portsmouth, \"but now it is mostly a parking lot for "
                          "yachts.\"")
        << QStringLiteral("The harbor was once the town's lifeline,\" said Mara Quint, head of the maritime history "
                          "society at the county museum in Portsmouth, \"but now it is mostly a parking lot for yachts")
        << QStringLiteral("said") << QStringLiteral("Mara Quint") << QStringLiteral("asserts") << QString()
        << QString();
    // '"Q1," he said. "Q2" and other issues.': the writer's words that finish the second quote's sentence belong to
    // the statement.
    QTest::newRow("quote, cue, quote finished by the writer")
        << QStringLiteral("\"Voters here do not care about the emails,\" Dana Lutz told reporters. \"What they care "
                          "about is the price of groceries\" and other household bills.")
        << QStringLiteral("Voters here do not care about the emails,\" Dana Lutz told reporters. \"What they care "
                          "about is the price of groceries\" and other household bills")
        << QStringLiteral("told reporters") << QStringLiteral("Dana Lutz") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("quote, cue, a conjunction and a quote going on")
        << QStringLiteral("\"The vote is not the end of the fight,\" Dana Lutz told reporters. But \"the council "
                          "will have to listen to us now.\"")
        << QStringLiteral("The vote is not the end of the fight,\" Dana Lutz told reporters. But \"the council "
                          "will have to listen to us now")
        << QStringLiteral("told reporters") << QStringLiteral("Dana Lutz") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("intention with an infinitive")
        << QStringLiteral("The senator wants to end the filibuster before the summer recess.")
        << QStringLiteral("to end the filibuster before the summer recess") << QStringLiteral("wants")
        << QStringLiteral("The senator") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("vowed with an infinitive")
        << QStringLiteral("The governor vowed to sign the budget bill.") << QStringLiteral("to sign the budget bill")
        << QStringLiteral("vowed") << QStringLiteral("The governor") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("an expectation of someone else's act: object and infinitive")
        << QStringLiteral("Harbor pilots expect the port authority to raise the fees again next spring.")
        << QStringLiteral("the port authority to raise the fees again next spring") << QStringLiteral("expect")
        << QStringLiteral("Harbor pilots") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("an expectation with a that-clause")
        << QStringLiteral("Harbor pilots expect that the port authority will raise the fees.")
        << QStringLiteral("the port authority will raise the fees") << QStringLiteral("expect")
        << QStringLiteral("Harbor pilots") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("an expectation with a pronoun object")
        << QStringLiteral("The coach expected them to win the cup.") << QStringLiteral("them to win the cup")
        << QStringLiteral("expected") << QStringLiteral("The coach") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("a verb of urging with its object and infinitive")
        << QStringLiteral("The fishermen pressed the harbor board to delay the new fees.")
        << QStringLiteral("the harbor board to delay the new fees") << QStringLiteral("pressed")
        << QStringLiteral("The fishermen") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("an intention whose infinitive quotes its verb")
        << QStringLiteral("The mayor vowed to \u201Cfix every pothole\u201D on the east side by June.")
        << QStringLiteral("to \u201Cfix every pothole\u201D on the east side by June") << QStringLiteral("vowed")
        << QStringLiteral("The mayor") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a negated intention") << QStringLiteral("The union vows not to sign the contract before the vote.")
                                         << QStringLiteral("not to sign the contract before the vote")
                                         << QStringLiteral("vows") << QStringLiteral("The union")
                                         << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a pledge in the progressive with its infinitive")
        << QStringLiteral("The governor is pledging to rebuild the harbor wall before winter.")
        << QStringLiteral("to rebuild the harbor wall before winter") << QStringLiteral("is pledging")
        << QStringLiteral("The governor") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("intention ends before and with a clause of its own")
        << QStringLiteral("The bank declined to renew the loan and the bakery could not find another lender.")
        << QStringLiteral("to renew the loan") << QStringLiteral("declined") << QStringLiteral("The bank")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("intention ends before a comma and a participle")
        << QStringLiteral("The council vowed to reopen the ferry terminal, leaving the night buses without a stop.")
        << QStringLiteral("to reopen the ferry terminal") << QStringLiteral("vowed") << QStringLiteral("The council")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("intention ends before a comma and which")
        << QStringLiteral("The union agreed to pay for the new clinic, which is expected to open in spring.")
        << QStringLiteral("to pay for the new clinic") << QStringLiteral("agreed") << QStringLiteral("The union")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("intention keeps a comma before including")
        << QStringLiteral("The board plans to sell three sites, including the old harbour depot.")
        << QStringLiteral("to sell three sites, including the old harbour depot") << QStringLiteral("plans")
        << QStringLiteral("The board") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("party label between name and cue, part of the speaker")
        << QStringLiteral("Sen. Chuck Schumer (D-N.Y.) said the bill would pass.")
        << QStringLiteral("the bill would pass") << QStringLiteral("said")
        << QStringLiteral("Sen. Chuck Schumer (D-N.Y.)") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("coordinated cue, the subject speaks")
        << QStringLiteral("President Barack Obama met survivors on Thursday and said the country must act.")
        << QStringLiteral("the country must act") << QStringLiteral("said") << QStringLiteral("President Barack Obama")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("long relative clause before the cue")
        << QStringLiteral("Rep. Zoe Lofgren (D-Calif.), who introduced a bill this month aimed at improving "
                          "conditions in Central America, said the plans were a first step.")
        << QStringLiteral("the plans were a first step") << QStringLiteral("said")
        << QStringLiteral("Rep. Zoe Lofgren (D-Calif.), who introduced a bill this month aimed at improving "
                          "conditions in Central America")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("base form after a plural subject")
        << QStringLiteral("Many economists agree that the recovery has stalled.")
        << QStringLiteral("the recovery has stalled") << QStringLiteral("agree") << QStringLiteral("Many economists")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("participle outside the lexicon")
        << QStringLiteral("The governor said the budget was balanced, acknowledging that the deficit had grown.")
        << QStringLiteral("the deficit had grown") << QStringLiteral("acknowledging") << QStringLiteral("The governor")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("judgement verb, object as content")
        << QStringLiteral("The mayor urged Congress to pass the bill.") << QStringLiteral("Congress to pass the bill")
        << QStringLiteral("urged") << QStringLiteral("The mayor") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("nominal cue, source-less")
        << QStringLiteral("The report fuelled allegations that the count was rigged.")
        << QStringLiteral("the count was rigged") << QStringLiteral("allegations") << QString()
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("nominal cue, possessive speaker")
        << QStringLiteral("Voters heard Trump's claim that the economy was collapsing.")
        << QStringLiteral("the economy was collapsing") << QStringLiteral("claim") << QStringLiteral("Trump")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("nominal cue, its clause ends at a comma after its verb")
        << QStringLiteral("Despite allegations that the count was rigged, the commission certified the result.")
        << QStringLiteral("the count was rigged") << QStringLiteral("allegations") << QString()
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("nominal cue, its clause ends at a dash after its verb")
        << QStringLiteral("Trump's claim that the mill would reopen soon - the owners had sold it in May - surprised "
                          "nobody.")
        << QStringLiteral("the mill would reopen soon") << QStringLiteral("claim") << QStringLiteral("Trump")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("nominal cue, the commas of a date stay in its clause")
        << QStringLiteral("Despite allegations that the dam had failed before the May 3, 2019, flood season, the "
                          "engineers reopened it.")
        << QStringLiteral("the dam had failed before the May 3, 2019, flood season") << QStringLiteral("allegations")
        << QString() << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("nominal cue, a date's comma may close its clause")
        << QStringLiteral("Despite allegations that the dam had failed on May 3, 2019, the engineers reopened it.")
        << QStringLiteral("the dam had failed on May 3, 2019") << QStringLiteral("allegations") << QString()
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("belief adjective") << QStringLiteral("Senator Ann Cole is convinced that the treaty will pass.")
                                      << QStringLiteral("the treaty will pass") << QStringLiteral("convinced")
                                      << QStringLiteral("Senator Ann Cole") << QStringLiteral("asserts") << QString()
                                      << QString();
    QTest::newRow("hedge, source-less")
        << QStringLiteral("The central bank is expected to raise rates at its next meeting.")
        << QStringLiteral("The central bank is expected to raise rates at its next meeting")
        << QStringLiteral("is expected") << QString() << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a personal passive report, source-less")
        << QStringLiteral("The new coach is said to be unhappy with the league's schedule.")
        << QStringLiteral("The new coach is said to be unhappy with the league's schedule") << QStringLiteral("is said")
        << QString() << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("an impersonal passive report, source-less")
        << QStringLiteral("The mill closed in March, and it was widely reported that the owners had sold the land.")
        << QStringLiteral("the owners had sold the land") << QStringLiteral("it was widely reported") << QString()
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("an impersonal passive inside an opening subordinate clause ends at its comma")
        << QStringLiteral("When it was rumored that the league would fold, the owners quickly found a buyer.")
        << QStringLiteral("the league would fold") << QStringLiteral("it was rumored") << QString()
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a hedge ends at a dash, even one that a second dash closes")
        << QStringLiteral("The ferry line is expected to cut 40 crossings this winter -- the first cuts in a decade -- "
                          "as the port shrinks.")
        << QStringLiteral("The ferry line is expected to cut 40 crossings this winter") << QStringLiteral("is expected")
        << QString() << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a hedge ends before the writer's comment after a comma")
        << QStringLiteral("The ruling appears to favour the port authority, with serious costs for the fishing fleet.")
        << QStringLiteral("The ruling appears to favour the port authority") << QStringLiteral("appears") << QString()
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a hedge's that-clause keeps an apposition inside it")
        << QStringLiteral("The mayor seemed to suggest that the harbour, a landmark since 1850, would be sold.")
        << QStringLiteral("The mayor seemed to suggest that the harbour, a landmark since 1850, would be sold")
        << QStringLiteral("seemed") << QString() << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a hedge in a relative clause starts at its pronoun and ends at its comma")
        << QStringLiteral("The harbour bill, which the council is expected to pass next week, gives the port new "
                          "powers.")
        << QStringLiteral("which the council is expected to pass next week") << QStringLiteral("is expected")
        << QString() << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a hedge in a relative clause after its noun ends before 'and who'")
        << QStringLiteral("Voters in the valley lean towards farmers who are expected to back the levy and who "
                          "distrust the mayor.")
        << QStringLiteral("who are expected to back the levy") << QStringLiteral("are expected") << QString()
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a hedge after 'and' is the second predicate alone")
        << QStringLiteral("The treasurer is unhappy with the budget and is not expected to sign it this month.")
        << QStringLiteral("is not expected to sign it this month") << QStringLiteral("is not expected") << QString()
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a hedge ends before a clause of time")
        << QStringLiteral("The mood in the hall seemed to shift on Friday after the mayor admitted the error.")
        << QStringLiteral("The mood in the hall seemed to shift on Friday") << QStringLiteral("seemed") << QString()
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a hedge keeps a clause of time measured from its predicate")
        << QStringLiteral("The ferry line is expected to close its last route two weeks before the bridge opens.")
        << QStringLiteral("The ferry line is expected to close its last route two weeks before the bridge opens")
        << QStringLiteral("is expected") << QString() << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a view: sees X as Y") << QStringLiteral("Many farmers see the new levy as a threat to their income.")
                                         << QStringLiteral("the new levy as a threat to their income")
                                         << QStringLiteral("see") << QStringLiteral("Many farmers")
                                         << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a view: viewed X as Y")
        << QStringLiteral("Governor Ann Cole viewed the merger as a mistake from the start.")
        << QStringLiteral("the merger as a mistake from the start") << QStringLiteral("viewed")
        << QStringLiteral("Governor Ann Cole") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a view after and: the subject sees")
        << QStringLiteral("The Smiths distrust the mayor and see the new tax as a gimmick.")
        << QStringLiteral("the new tax as a gimmick") << QStringLiteral("see") << QStringLiteral("The Smiths")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a view: a bare pronoun sees")
        << QStringLiteral("Still, some saw the ruling as a setback for the union.")
        << QStringLiteral("the ruling as a setback for the union") << QStringLiteral("saw") << QStringLiteral("some")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a portrayal: portrays X as Y")
        << QStringLiteral("The new ad portrays the senator as a career politician.")
        << QStringLiteral("the senator as a career politician") << QStringLiteral("portrays")
        << QStringLiteral("The new ad") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a portrayal: cast X as Y")
        << QStringLiteral("Mayor Lin Ortiz cast the strike as a fight for fair wages.")
        << QStringLiteral("the strike as a fight for fair wages") << QStringLiteral("cast")
        << QStringLiteral("Mayor Lin Ortiz") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a portrayal in an infinitive: the sentence's subject")
        << QStringLiteral("Senator Ann Cole is now trying to cast the vote as a referendum on the mayor.")
        << QStringLiteral("the vote as a referendum on the mayor") << QStringLiteral("cast")
        << QStringLiteral("Senator Ann Cole") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a portrayal in a participle")
        << QStringLiteral("The senator opened the debate, portraying the governor as a tool of the banks.")
        << QStringLiteral("the governor as a tool of the banks") << QStringLiteral("portraying")
        << QStringLiteral("The senator") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("participle with an object")
        << QStringLiteral("The senator said the plan was reckless, citing the cost of the new bridge.")
        << QStringLiteral("the cost of the new bridge") << QStringLiteral("citing") << QStringLiteral("The senator")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("continued after a quote")
        << QStringLiteral("\u201CWe will rebuild the school,\u201D the mayor continued.")
        << QStringLiteral("We will rebuild the school") << QStringLiteral("continued") << QStringLiteral("the mayor")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("quote, name, apposition, cue")
        << QStringLiteral("\u201CThey are open to new things,\u201D Jenna Golden, the director of political "
                          "advertising, said of the campaign.")
        << QStringLiteral("They are open to new things") << QStringLiteral("said")
        << QStringLiteral("Jenna Golden, the director of political advertising") << QStringLiteral("asserts")
        << QString() << QString();
    QTest::newRow("clause opening a quotation runs to its close")
        << QStringLiteral("Brooks said Rubio \u201Cdid well. It was more uplifting\u201D on Friday.")
        << QStringLiteral("Rubio \u201Cdid well. It was more uplifting") << QStringLiteral("said")
        << QStringLiteral("Brooks") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("listener and time before the that-clause")
        << QStringLiteral("Rubio told a crowd in Miami Tuesday that he knows voters are angry.")
        << QStringLiteral("he knows voters are angry") << QStringLiteral("told a crowd") << QStringLiteral("Rubio")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("venue before a that-clause whose subject is a bare noun")
        << QStringLiteral("Mayor Ortiz said on Fox Business that commuters would pay less next year.")
        << QStringLiteral("commuters would pay less next year") << QStringLiteral("said")
        << QStringLiteral("Mayor Ortiz") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("wrote and a written work with a participle of its own")
        << QStringLiteral("The neighborhood association wrote a letter to the mayor urging her to repair the boilers.")
        << QStringLiteral("a letter to the mayor urging her to repair the boilers") << QStringLiteral("wrote")
        << QStringLiteral("The neighborhood association") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("time before a that-clause opening with an adverbial")
        << QStringLiteral("The ministry wrote in 2019 that for now, farmers could keep their permits.")
        << QStringLiteral("for now, farmers could keep their permits") << QStringLiteral("wrote")
        << QStringLiteral("The ministry") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("and said after an opening time: the determined subject speaks")
        << QStringLiteral("Last week, the senator toured the plant and said workers deserved a raise.")
        << QStringLiteral("workers deserved a raise") << QStringLiteral("said") << QStringLiteral("the senator")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("and said after an opening phrase and a determined name")
        << QStringLiteral("In a speech on Friday, the Ohio Democrat praised the budget and said it would pass.")
        << QStringLiteral("it would pass") << QStringLiteral("said") << QStringLiteral("the Ohio Democrat")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("and said after a name and its apposition")
        << QStringLiteral("Maria Ruiz, a retired nurse from Tucson, joined the march and said she feared for her "
                          "pension.")
        << QStringLiteral("she feared for her pension") << QStringLiteral("said")
        << QStringLiteral("Maria Ruiz, a retired nurse from Tucson") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("and said after a list of verbs: the nearest subject pronoun speaks")
        << QStringLiteral("An hour later they closed the gates, sent the crowd home and said the match would be "
                          "replayed on Sunday.")
        << QStringLiteral("the match would be replayed on Sunday") << QStringLiteral("said") << QStringLiteral("they")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("and said inside a though-clause ends at its comma")
        << QStringLiteral("The harbour master, though she praised the crew and said the rescue had been flawless, "
                          "asked for a review.")
        << QStringLiteral("the rescue had been flawless") << QStringLiteral("said") << QStringLiteral("she")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("but said after a subject the phrase rules cannot delimit: no speaker span")
        << QStringLiteral("At a meeting of the county board, several farmers complained about the drought but said "
                          "the new wells would help.")
        << QStringLiteral("the new wells would help") << QStringLiteral("said") << QString()
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a long which-clause between the opening subject and said")
        << QStringLiteral(
               "The city's water authority, which has faced months of complaints over rusty pipes and missed "
               "repairs, said that the new filters would arrive in June.")
        << QStringLiteral("the new filters would arrive in June") << QStringLiteral("said")
        << QStringLiteral("The city's water authority") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a relative clause between dashes before said and a venue")
        << QStringLiteral("Councilwoman Ada Brooks \u2014 who once voted against every tax rise \u2014 said at a town "
                          "meeting that the levy was now unavoidable.")
        << QStringLiteral("the levy was now unavoidable") << QStringLiteral("said")
        << QStringLiteral("Councilwoman Ada Brooks") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("an interruption after an opening phrase that names no one: no speaker span")
        << QStringLiteral("In a long interview with the local paper on the eve of the vote, flanked by two of her "
                          "aides, said the mayor's plan was dead.")
        << QStringLiteral("the mayor's plan was dead") << QStringLiteral("said") << QString()
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a restrictive relative clause belongs to the speaker")
        << QStringLiteral("Farmers who oppose the mayor said the new levy would ruin them.")
        << QStringLiteral("the new levy would ruin them") << QStringLiteral("said")
        << QStringLiteral("Farmers who oppose the mayor") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a share's figure set off by commas before the cue is skipped")
        << QStringLiteral("About a third, 34 percent, said they would strike again.")
        << QStringLiteral("they would strike again") << QStringLiteral("said") << QStringLiteral("About a third")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a tail after the parenthetical cue that tells how it was said is not the statement")
        << QStringLiteral("The ferry will not run, an official said, on condition of anonymity to discuss the "
                          "schedule with reporters.")
        << QStringLiteral("The ferry will not run") << QStringLiteral("said") << QStringLiteral("an official")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("however without its own comma opens the writer's next clause")
        << QStringLiteral("Last spring most tenants said they would renew their leases, however this year the share "
                          "has fallen to a third.")
        << QStringLiteral("they would renew their leases") << QStringLiteral("said") << QStringLiteral("most tenants")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a share with a percent sign is the antecedent of who")
        << QStringLiteral("Half of the tenants are unhappy, including 18% who say they will move out.")
        << QStringLiteral("they will move out") << QStringLiteral("say") << QStringLiteral("who")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a stray comma after the party label before the cue")
        << QStringLiteral("The senators were vague. Sen. Mark Olsen (D-Ore.), said after a lunch on Tuesday that he "
                          "had not read the plan.")
        << QStringLiteral("he had not read the plan") << QStringLiteral("said")
        << QStringLiteral("Sen. Mark Olsen (D-Ore.)") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a phrase between spaced hyphens after the speaker is skipped")
        << QStringLiteral("The senators were vague. Jane Miller - the mayor's sister and co-host of his radio show - "
                          "told The Daily Star that the council had lied.")
        << QStringLiteral("the council had lied") << QStringLiteral("told The Daily Star")
        << QStringLiteral("Jane Miller") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("and insisted that: any strong verb with that takes the nearest subject pronoun")
        << QStringLiteral("By the evening they had locked the doors, cleared the hall and insisted that nobody had "
                          "been hurt.")
        << QStringLiteral("nobody had been hurt") << QStringLiteral("insisted") << QStringLiteral("they")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("warned that after a long which-clause: the opening subject speaks")
        << QStringLiteral("The port agency, which has run the docks since the war and answers to no city council, "
                          "warned that the cranes were unsafe.")
        << QStringLiteral("the cranes were unsafe") << QStringLiteral("warned") << QStringLiteral("The port agency")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("quote, a name with a long apposition ending in a state abbreviation, said")
        << QStringLiteral("\"The bridge will not open before winter,\" Tomas Ruiz, 58, a retired welder from Lowell, "
                          "Mass., said by telephone.")
        << QStringLiteral("The bridge will not open before winter") << QStringLiteral("said")
        << QStringLiteral("Tomas Ruiz, 58, a retired welder from Lowell, Mass.") << QStringLiteral("asserts")
        << QString() << QString();
    QTest::newRow("a participle after a comma inside the closing quotation mark")
        << QStringLiteral("The mayor gave a spirited defence of the \"old harbour,\" saying the docks would stay open "
                          "all winter.")
        << QStringLiteral("the docks would stay open all winter") << QStringLiteral("saying")
        << QStringLiteral("The mayor") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a participle set off by a dash")
        << QStringLiteral("The senator changed her vote at the last minute \u2014 saying the bill had been rewritten "
                          "overnight.")
        << QStringLiteral("the bill had been rewritten overnight") << QStringLiteral("saying")
        << QStringLiteral("The senator") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("telling, its listener and a time, then that: the clause alone")
        << QStringLiteral("The coach defended the trade, telling reporters on Sunday that the team needed speed.")
        << QStringLiteral("the team needed speed") << QStringLiteral("telling") << QStringLiteral("The coach")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("telling a named listener, then a colon and a quotation: the quotation alone")
        << QStringLiteral("The coach defended the trade, telling The Harbor Gazette: \u201CWe needed speed on the "
                          "wing.\u201D")
        << QStringLiteral("We needed speed on the wing") << QStringLiteral("telling") << QStringLiteral("The coach")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("in and a possessor's view opening the sentence: the clause after the comma")
        << QStringLiteral("In Ortiz's view, the ferry is a lifeline for the island.")
        << QStringLiteral("the ferry is a lifeline for the island") << QStringLiteral("In") << QStringLiteral("Ortiz")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("but in their mind after a connective: the clause after the comma")
        << QStringLiteral("But in the mayor's mind, the council could still lose several districts.")
        << QStringLiteral("the council could still lose several districts") << QStringLiteral("in")
        << QStringLiteral("the mayor") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("clause, speaker, cue, then a two-word venue and its audience")
        << QStringLiteral("Our schools will reopen in the fall, the mayor said in a radio address to the city.")
        << QStringLiteral("Our schools will reopen in the fall") << QStringLiteral("said")
        << QStringLiteral("the mayor") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a comma inside the closing quote ends the clause before a participle cue")
        << QStringLiteral("Ms. Tran said the budget was \"a disgrace,\" adding that she would vote against it.")
        << QStringLiteral("the budget was \"a disgrace") << QStringLiteral("said") << QStringLiteral("Ms. Tran")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a comma inside the closing quote ends the clause before a second participle")
        << QStringLiteral("Most farmers said the rules were \"too strict,\" citing the cost of new fences.")
        << QStringLiteral("the rules were \"too strict") << QStringLiteral("said") << QStringLiteral("Most farmers")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a comma inside the closing quote ends the clause before while")
        << QStringLiteral("Mr. Cole said the plan was \"far too costly,\" while his deputy praised it.")
        << QStringLiteral("the plan was \"far too costly") << QStringLiteral("said") << QStringLiteral("Mr. Cole")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a concession after a comma stays in the statement")
        << QStringLiteral("The ferry captain said the new schedule was an improvement, though the late boats still "
                          "run half empty.")
        << QStringLiteral("the new schedule was an improvement, though the late boats still run half empty")
        << QStringLiteral("said") << QStringLiteral("The ferry captain") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("a concession with a verb of saying of its own ends the statement")
        << QStringLiteral("The ferry captain said the new schedule was an improvement, although he wrote to the board "
                          "that the fares were too high.")
        << QStringLiteral("the new schedule was an improvement") << QStringLiteral("said")
        << QStringLiteral("The ferry captain") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("according to: a long opening source")
        << QStringLiteral("According to an annual report released on Monday by the budget office of the state auditor "
                          "in Springfield and its staff, the agency lost track of 400 laptops.")
        << QStringLiteral("the agency lost track of 400 laptops") << QStringLiteral("According to")
        << QStringLiteral("an annual report released on Monday by the budget office of the state auditor in "
                          "Springfield and its staff")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("according to: an opening source with a quoted name")
        << QStringLiteral("According to the \"Better Roads\" plan, the city will repave 40 miles of streets.")
        << QStringLiteral("the city will repave 40 miles of streets") << QStringLiteral("According to")
        << QStringLiteral("the \"Better Roads\" plan") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a poll opening the sentence with in")
        << QStringLiteral("In a Harbor Institute poll released Monday, 58 percent of ferry riders backed the new "
                          "schedule, while 30 percent opposed it.")
        << QStringLiteral("58 percent of ferry riders backed the new schedule, while 30 percent opposed it")
        << QStringLiteral("In") << QStringLiteral("a Harbor Institute poll released Monday")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a survey after but in, with a participle phrase and however")
        << QStringLiteral("But in the same survey, conducted March 2-4, however, most tenants named the fares as their "
                          "first worry.")
        << QStringLiteral("most tenants named the fares as their first worry") << QStringLiteral("in")
        << QStringLiteral("the same survey, conducted March 2-4") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("a poll's phrase keeps the comma of a number")
        << QStringLiteral("In a survey of 1,000 tenants released Monday, 45 percent backed the new fares.")
        << QStringLiteral("45 percent backed the new fares") << QStringLiteral("In")
        << QStringLiteral("a survey of 1,000 tenants released Monday") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("a count opening the sentence with by")
        << QStringLiteral("By the harbor board's count, 40 ferries cross the bay each day.")
        << QStringLiteral("40 ferries cross the bay each day") << QStringLiteral("By")
        << QStringLiteral("the harbor board's count") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a viewpoint opening the sentence with to and a name")
        << QStringLiteral("To Harbor Board member Lena Ortiz, the new ferry is a lifeline for the island.")
        << QStringLiteral("the new ferry is a lifeline for the island") << QStringLiteral("To")
        << QStringLiteral("Harbor Board member Lena Ortiz") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a viewpoint after but to, with a pronoun and a relative clause")
        << QStringLiteral("But to many, who remember the flood, the new levee is a waste of money.")
        << QStringLiteral("the new levee is a waste of money") << QStringLiteral("to") << QStringLiteral("many")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("according to without a comma before it")
        << QStringLiteral("The city repaved 40 miles of streets last year according to the transport department.")
        << QStringLiteral("The city repaved 40 miles of streets last year") << QStringLiteral("according to")
        << QStringLiteral("the transport department") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("according to after a quote whose comma is inside it")
        << QStringLiteral("\u201CThe audit found no fraud in the program,\u201D according to the mayor's office.")
        << QStringLiteral("The audit found no fraud in the program") << QStringLiteral("according to")
        << QStringLiteral("the mayor's office") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("according to after a closing dash")
        << QStringLiteral("Crime fell by a third \u2014 including burglary and theft \u2014 according to police data.")
        << QStringLiteral("Crime fell by a third \u2014 including burglary and theft") << QStringLiteral("according to")
        << QStringLiteral("police data") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("the clause ends before and + a past-tense cue verb of the same subject")
        << QStringLiteral("Ms. Diaz said the new fee was unfair and urged the council to drop it.")
        << QStringLiteral("the new fee was unfair") << QStringLiteral("said") << QStringLiteral("Ms. Diaz")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a long verbless subject from the sentence's start speaks through a strong cue")
        << QStringLiteral("Majorities of voters in three states heading to the polls Tuesday say they would back "
                          "either candidate.")
        << QStringLiteral("they would back either candidate") << QStringLiteral("say")
        << QStringLiteral("Majorities of voters in three states heading to the polls Tuesday")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a connective set off between the cue and that")
        << QStringLiteral("The mayor said Tuesday, however, that the bridge would reopen in May.")
        << QStringLiteral("the bridge would reopen in May") << QStringLiteral("said") << QStringLiteral("The mayor")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a connective set off between the listener and that")
        << QStringLiteral("Aides told reporters, though, that the senator would run again.")
        << QStringLiteral("the senator would run again") << QStringLiteral("told reporters") << QStringLiteral("Aides")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a phrase of the writer's set off by commas between the cue and that")
        << QStringLiteral("The treasurer said, without giving figures, that the fund had lost money in March.")
        << QStringLiteral("the fund had lost money in March") << QStringLiteral("said")
        << QStringLiteral("The treasurer") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a venue with a comma inside before that")
        << QStringLiteral("The governor said Friday in Helena, Montana, that the state would appeal the ruling.")
        << QStringLiteral("the state would appeal the ruling") << QStringLiteral("said")
        << QStringLiteral("The governor") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a listener with its name in apposition before that")
        << QStringLiteral("A reader wrote the town's weekly, The Valley Courier, that the bus route had been cut.")
        << QStringLiteral("the bus route had been cut") << QStringLiteral("wrote") << QStringLiteral("A reader")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("to and a named listener before a why-clause")
        << QStringLiteral("The director explained to Senator Ruiz why the plant had closed.")
        << QStringLiteral("why the plant had closed") << QStringLiteral("explained") << QStringLiteral("The director")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("to and a listener with a plural possessive before that")
        << QStringLiteral("The union wrote to Commissioner Adams' office that the strike would end on Friday.")
        << QStringLiteral("the strike would end on Friday") << QStringLiteral("wrote") << QStringLiteral("The union")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a plural possessive without to is no listener: the clause keeps its subject")
        << QStringLiteral("Critics said Adams' claims that the plant was safe came too early.")
        << QStringLiteral("Adams' claims that the plant was safe came too early") << QStringLiteral("said")
        << QStringLiteral("Critics") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("did not say before a question word")
        << QStringLiteral("The governor did not say whether the bridge would reopen before winter.")
        << QStringLiteral("whether the bridge would reopen before winter") << QStringLiteral("did not say")
        << QStringLiteral("The governor") << QStringLiteral("declines to comment") << QString() << QString();
    QTest::newRow("wouldn't say before a question word")
        << QStringLiteral("The coach wouldn't say who would start in goal on Sunday.")
        << QStringLiteral("who would start in goal on Sunday") << QStringLiteral("wouldn't say")
        << QStringLiteral("The coach") << QStringLiteral("declines to comment") << QString() << QString();
    QTest::newRow("after an opening phrase, the and one noun speak through a weak cue")
        << QStringLiteral("In March, the duchess called for an inquiry into the museum's finances.")
        << QStringLiteral("an inquiry into the museum's finances") << QStringLiteral("called for")
        << QStringLiteral("the duchess") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("long apposition before the cue")
        << QStringLiteral("Dexter Wakefield, a minister with the Living Church of God in North Carolina, told "
                          "reporters that she was a regular at the church.")
        << QStringLiteral("she was a regular at the church") << QStringLiteral("told reporters")
        << QStringLiteral("Dexter Wakefield, a minister with the Living Church of God in North Carolina")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("verb outside the lexicon, that-clause")
        << QStringLiteral("Senator Paul Ryan conceded that the party had lost the argument.")
        << QStringLiteral("the party had lost the argument") << QStringLiteral("conceded")
        << QStringLiteral("Senator Paul Ryan") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("quote, cue, determined speaker")
        << QStringLiteral("\u201CThe drop is tied to the emails,\u201D said a person close to the campaign.")
        << QStringLiteral("The drop is tied to the emails") << QStringLiteral("said")
        << QStringLiteral("a person close to the campaign") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("quote, cue, a name that spells a stop word")
        << QStringLiteral("\"Costs keep rising,\" said Will Doyle, a professor at Vanderbilt.")
        << QStringLiteral("Costs keep rising") << QStringLiteral("said")
        << QStringLiteral("Will Doyle, a professor at Vanderbilt") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("quote, lower-case modifiers, speaker, cue")
        << QStringLiteral("\"We will win this state,\" former Florida governor Jeb Bush said.")
        << QStringLiteral("We will win this state") << QStringLiteral("said")
        << QStringLiteral("former Florida governor Jeb Bush") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a poll shows its object")
        << QStringLiteral("A Quinnipiac University poll shows Sanders with 47 percent of the vote.")
        << QStringLiteral("Sanders with 47 percent of the vote") << QStringLiteral("shows")
        << QStringLiteral("A Quinnipiac University poll") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("relative pronoun speaks")
        << QStringLiteral(
               "Juanita Broaddrick, who said Clinton lied to her in 1978, recounted the incident on the radio.")
        << QStringLiteral("Clinton lied to her in 1978") << QStringLiteral("said") << QStringLiteral("who")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("belief verb with a clause of its own")
        << QStringLiteral("Many strategists hope the new ads will help the senator.")
        << QStringLiteral("the new ads will help the senator") << QStringLiteral("hope")
        << QStringLiteral("Many strategists") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("paraphrase joined by the quote that follows")
        << QStringLiteral("Corker said he and his partners were careful about the language. \"If we touch it in any "
                          "way, the administration would object.\"")
        << QStringLiteral("he and his partners were careful about the language. \"If we touch it in any way, the "
                          "administration would object")
        << QStringLiteral("said") << QStringLiteral("Corker") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("announced with its object")
        << QStringLiteral("The Obama administration announced plans on Tuesday to expand the refugee program.")
        << QStringLiteral("plans on Tuesday to expand the refugee program") << QStringLiteral("announced")
        << QStringLiteral("The Obama administration") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("asked with its object")
        << QStringLiteral("Two House committees asked the Justice Department to investigate the emails.")
        << QStringLiteral("the Justice Department to investigate the emails") << QStringLiteral("asked")
        << QStringLiteral("Two House committees") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a quote closing the sentence before is not the content")
        << QStringLiteral("The company called the charges \"baseless.\" She added that the school had taught "
                          "thousands of students.")
        << QStringLiteral("the school had taught thousands of students") << QStringLiteral("added")
        << QStringLiteral("She") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("role, then the name in apposition")
        << QStringLiteral("A Twitter spokesman, Christopher Abboud, said on Saturday that there were a million tweets.")
        << QStringLiteral("there were a million tweets") << QStringLiteral("said")
        << QStringLiteral("A Twitter spokesman, Christopher Abboud") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("transcript turn")
        << QStringLiteral("The interview follows.\n\nFALLIN: I think he is trying to campaign as a healer. That has "
                          "been part of his message.\n\nTAPPER: Thank you, governor.")
        << QStringLiteral("I think he is trying to campaign as a healer. That has been part of his message")
        << QStringLiteral(":") << QStringLiteral("FALLIN") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a transcript turn goes on over an unlabelled paragraph before the next speaker's turn")
        << QStringLiteral("The interview follows.\n\nREYES: You back the plan, and many voters doubt it will work.\n\n"
                          "Some of them wrote to us this week. Can it pass the Senate?\n\nMOORE: I think it will pass "
                          "by the summer.")
        << QStringLiteral("You back the plan, and many voters doubt it will work.\n\nSome of them wrote to us this "
                          "week. Can it pass the Senate?")
        << QStringLiteral(":") << QStringLiteral("REYES") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("initials inside the speaker's name")
        << QStringLiteral("\"The plan failed,\" J. Gerald Hebert said.") << QStringLiteral("The plan failed")
        << QStringLiteral("said") << QStringLiteral("J. Gerald Hebert") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("coordinated with but, the subject speaks")
        << QStringLiteral("Jane Smith brought the debt down in five years, but said she could not fulfil her dream.")
        << QStringLiteral("she could not fulfil her dream") << QStringLiteral("said") << QStringLiteral("Jane Smith")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("participle after an opening phrase")
        << QStringLiteral("Here in Columbia, Sanders stepped up his emphasis on justice, saying, \"We have got to "
                          "do better.\"")
        << QStringLiteral("We have got to do better") << QStringLiteral("saying") << QStringLiteral("Sanders")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("by saying") << QStringLiteral(
                                      "Bolton distanced himself from the movement by saying he would serve if asked.")
                               << QStringLiteral("he would serve if asked") << QStringLiteral("saying")
                               << QStringLiteral("Bolton") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a participle of saying after an opening preposition: the main clause's subject speaks")
        << QStringLiteral("In describing the ferry plan as a gamble, the harbour board voted to delay it.")
        << QStringLiteral("the ferry plan as a gamble") << QStringLiteral("describing")
        << QStringLiteral("the harbour board") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a participle of saying after before: the clause's subject speaks")
        << QStringLiteral(
               "Captain Ruth Ellis thanked the crew before explaining why the ferry would stop running in May.")
        << QStringLiteral("why the ferry would stop running in May") << QStringLiteral("explaining")
        << QStringLiteral("Captain Ruth Ellis") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a relative clause, then an auxiliary before an intention: the name and its clause speak")
        << QStringLiteral("Jane Ruiz, who was elected mayor in May, has vowed to keep the ferry running all winter.")
        << QStringLiteral("to keep the ferry running all winter") << QStringLiteral("vowed")
        << QStringLiteral("Jane Ruiz, who was elected mayor in May") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("an apposition, then an auxiliary and an adverb before the cue: the name and its apposition speak")
        << QStringLiteral("Omar Haddad, the harbour board's chairman, has repeatedly promised to repair the pier.")
        << QStringLiteral("to repair the pier") << QStringLiteral("promised")
        << QStringLiteral("Omar Haddad, the harbour board's chairman") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("a progressive intention: its infinitive is the content")
        << QStringLiteral("The harbour workers are vowing to strike until the ferry contract is signed.")
        << QStringLiteral("to strike until the ferry contract is signed") << QStringLiteral("are vowing")
        << QStringLiteral("The harbour workers") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a determined subject, a relative clause, then an auxiliary before an intention")
        << QStringLiteral("The harbour master, who took office in March, has vowed to reopen the old pier.")
        << QStringLiteral("to reopen the old pier") << QStringLiteral("vowed") << QStringLiteral("The harbour master")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("telling with a verb before that keeps its object")
        << QStringLiteral("The coach ended the meeting, telling stories about the old days that nobody in the room "
                          "believed.")
        << QStringLiteral("stories about the old days that nobody in the room believed") << QStringLiteral("telling")
        << QStringLiteral("The coach") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("told and a lone determiner: the cue is the verb")
        << QStringLiteral("The engineer told a reporter after the storm, \"The pier will not survive another "
                          "winter.\"")
        << QStringLiteral("The pier will not survive another winter") << QStringLiteral("told")
        << QStringLiteral("The engineer") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("an inverted speaker named by a trade")
        << QStringLiteral("The old pier is a disaster waiting to happen, said the captain.")
        << QStringLiteral("The old pier is a disaster waiting to happen") << QStringLiteral("said")
        << QStringLiteral("the captain") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("an inverted speaker with a middle initial")
        << QStringLiteral("\"The harbour will never close,\" said Martin J. Kessler, a former port director.")
        << QStringLiteral("The harbour will never close") << QStringLiteral("said")
        << QStringLiteral("Martin J. Kessler, a former port director") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("a share of a poll's respondents, hedged")
        << QStringLiteral("The levy was raised in May, and nearly three in five said they were worse off.")
        << QStringLiteral("they were worse off") << QStringLiteral("said") << QStringLiteral("nearly three in five")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a share of a poll's respondents before a noun")
        << QStringLiteral("Four in 10 islanders see the ferry levy as unfair.")
        << QStringLiteral("the ferry levy as unfair") << QStringLiteral("see") << QStringLiteral("Four in 10 islanders")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a manner adverb in -ly between a name and its verb")
        << QStringLiteral("At the harbour on Monday, Mayor Ortiz pointedly said the old pier would be torn down.")
        << QStringLiteral("the old pier would be torn down") << QStringLiteral("said") << QStringLiteral("Mayor Ortiz")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a subject pronoun and a phrase with its possessive speak together")
        << QStringLiteral("The ferry board met on Monday. She and her aides argue that the old pier is unsafe.")
        << QStringLiteral("the old pier is unsafe") << QStringLiteral("argue") << QStringLiteral("She and her aides")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("an inverted speaker's apposition before a participle")
        << QStringLiteral("\"The pier is finished,\" said Ann Ruiz, a former port director, referring to the storm "
                          "damage.")
        << QStringLiteral("The pier is finished") << QStringLiteral("said")
        << QStringLiteral("Ann Ruiz, a former port director") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("an inverted speaker's apposition before a relative clause")
        << QStringLiteral("\"The pier is finished,\" said Ann Ruiz, a former port director, who led the first "
                          "survey of the harbour in 2009 and has written about it since.")
        << QStringLiteral("The pier is finished") << QStringLiteral("said")
        << QStringLiteral("Ann Ruiz, a former port director") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("an inverted speaker's restrictive relative clause to the sentence's end")
        << QStringLiteral("\"The pier is finished,\" said a diver who surveyed the harbour last spring.")
        << QStringLiteral("The pier is finished") << QStringLiteral("said")
        << QStringLiteral("a diver who surveyed the harbour last spring") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("a bare plural subject, a relative clause, then an auxiliary before an intention")
        << QStringLiteral("Ferry crews, who are close to the dock union, have vowed to strike in May.")
        << QStringLiteral("to strike in May") << QStringLiteral("vowed") << QStringLiteral("Ferry crews")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a bare participle of saying opens the sentence before a that-clause")
        << QStringLiteral("Noting that the ferry had never once run late, Captain Ruth Ellis praised her crew.")
        << QStringLiteral("the ferry had never once run late") << QStringLiteral("Noting")
        << QStringLiteral("Captain Ruth Ellis") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a participle of saying after a comma and while: the clause's subject speaks")
        << QStringLiteral("Captain Ruth Ellis kept the ferry in port, while insisting that the storm would pass by "
                          "noon.")
        << QStringLiteral("the storm would pass by noon") << QStringLiteral("insisting")
        << QStringLiteral("Captain Ruth Ellis") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a subject pronoun after an opening adverb's phrase speaks for a participle")
        << QStringLiteral("Later in the summer, she closed the harbour, saying the storm had damaged the pier.")
        << QStringLiteral("the storm had damaged the pier") << QStringLiteral("saying") << QStringLiteral("she")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a participle of saying after an issued statement: the issuer speaks")
        << QStringLiteral("The harbour board issued a statement describing the storm as the worst in decades.")
        << QStringLiteral("the storm as the worst in decades") << QStringLiteral("describing")
        << QStringLiteral("The harbour board") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("an intention after and goes on with the sentence's subject")
        << QStringLiteral("Captain Ruth Ellis apologised to the passengers and promised to refund every ticket.")
        << QStringLiteral("to refund every ticket") << QStringLiteral("promised")
        << QStringLiteral("Captain Ruth Ellis") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a negated intention keeps its negation")
        << QStringLiteral("Mayor Jane Ruiz vowed not to close the harbour before the storm.")
        << QStringLiteral("not to close the harbour before the storm") << QStringLiteral("vowed")
        << QStringLiteral("Mayor Jane Ruiz") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a promise whose infinitive opens a quotation")
        << QStringLiteral("Mayor Jane Ruiz vowed to \u201Ckeep every ferry running\u201D through the winter.")
        << QStringLiteral("to \u201Ckeep every ferry running\u201D through the winter") << QStringLiteral("vowed")
        << QStringLiteral("Mayor Jane Ruiz") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a decimal point ends no sentence")
        << QStringLiteral("Clinton leads by 45.4 percent to 42 percent, according to the average of recent polls.")
        << QStringLiteral("Clinton leads by 45.4 percent to 42 percent") << QStringLiteral("according to")
        << QStringLiteral("the average of recent polls") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a connective before the subject")
        << QStringLiteral("Then he cut into Bush, calling him a weak and tired candidate.")
        << QStringLiteral("him a weak and tired candidate") << QStringLiteral("calling") << QStringLiteral("he")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("the writer's comment after the statement")
        << QStringLiteral("Farage says such votes are preludes to the referendum, a move that could trigger a crisis.")
        << QStringLiteral("such votes are preludes to the referendum") << QStringLiteral("says")
        << QStringLiteral("Farage") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("an apposition inside the statement stays")
        << QStringLiteral("Farage says the vote was held on a Monday, a day before the deadline.")
        << QStringLiteral("the vote was held on a Monday, a day before the deadline") << QStringLiteral("says")
        << QStringLiteral("Farage") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("relative pronoun as the subject of what was said")
        << QStringLiteral("Students had to use the bathroom, which critics said was discriminatory against them.")
        << QStringLiteral("was discriminatory against them") << QStringLiteral("said") << QStringLiteral("critics")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("relative pronoun as the subject of a past-tense verb, two words")
        << QStringLiteral("The team finished fourth, a result that the coach said surprised everyone.")
        << QStringLiteral("surprised everyone") << QStringLiteral("said") << QStringLiteral("the coach")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("relative pronoun as the subject of a copula, two words")
        << QStringLiteral("The council cut the library budget, which residents said was unfair.")
        << QStringLiteral("was unfair") << QStringLiteral("said") << QStringLiteral("residents")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("after 'what' and the cue, a list's commas do not end the clause")
        << QStringLiteral("The gym chain is chasing what its founder says is rising demand for saunas, yoga rooms, "
                          "climbing walls and juice bars in small towns.")
        << QStringLiteral("is rising demand for saunas, yoga rooms, climbing walls and juice bars in small towns")
        << QStringLiteral("says") << QStringLiteral("its founder") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("a quote closing the sentence before, then a venue")
        << QStringLiteral("\"We need much smarter leadership - and we need it NOW!\" Trump said on Twitter.")
        << QStringLiteral("We need much smarter leadership - and we need it NOW!") << QStringLiteral("said")
        << QStringLiteral("Trump") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a capitalised cue word inside a name")
        << QStringLiteral("\"He will enter a plea,\" campaign spokeswoman Hope Hicks said in the statement.")
        << QStringLiteral("He will enter a plea") << QStringLiteral("said")
        << QStringLiteral("campaign spokeswoman Hope Hicks") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a quoted programme after told is the listener")
        << QStringLiteral("\"He is a former president,\" Fiorina told \"Fox and Friends,\" reminding the hosts.")
        << QStringLiteral("He is a former president") << QStringLiteral("told") << QStringLiteral("Fiorina")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a time and venue between the cue and its quotation")
        << QStringLiteral("The Smithsonian Institution said Thursday on Twitter, \"We have no plans to display it.\"")
        << QStringLiteral("We have no plans to display it") << QStringLiteral("said")
        << QStringLiteral("The Smithsonian Institution") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a short quotation after told, no quote before, is what was said")
        << QStringLiteral("Smith told reporters, \"We will win this.\"") << QStringLiteral("We will win this")
        << QStringLiteral("told reporters") << QStringLiteral("Smith") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("a participial phrase between the name and the cue")
        << QStringLiteral("Sen. Roy Blunt, facing a stiff challenge from Jason Kander, noted that the manager is from "
                          "the state.")
        << QStringLiteral("the manager is from the state") << QStringLiteral("noted")
        << QStringLiteral("Sen. Roy Blunt, facing a stiff challenge from Jason Kander") << QStringLiteral("asserts")
        << QString() << QString();
    QTest::newRow("a that-clause opening with a bare plural")
        << QStringLiteral("The GOP contenders agree that decisions on testing should be left to the states.")
        << QStringLiteral("decisions on testing should be left to the states") << QStringLiteral("agree")
        << QStringLiteral("The GOP contenders") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("but and a weak verb with a that-clause")
        << QStringLiteral("She is a Sanders supporter but concedes that most of her peers love the Clintons.")
        << QStringLiteral("most of her peers love the Clintons") << QStringLiteral("concedes") << QStringLiteral("She")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a poll share speaks") << QStringLiteral(
                                                "Among Trump voters, 74 percent said they are set on voting for him.")
                                         << QStringLiteral("they are set on voting for him") << QStringLiteral("said")
                                         << QStringLiteral("74 percent") << QStringLiteral("asserts") << QString()
                                         << QString();
    QTest::newRow("relative pronoun, weak verb with a that-clause")
        << QStringLiteral("Senator Lee, who believes that taxes are too high, spoke first.")
        << QStringLiteral("taxes are too high") << QStringLiteral("believes") << QStringLiteral("who")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("are widely expected, source-less")
        << QStringLiteral("Both candidates are widely expected to win their home states on Tuesday.")
        << QStringLiteral("Both candidates are widely expected to win their home states on Tuesday")
        << QStringLiteral("are widely expected") << QString() << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a description, then the name in apposition")
        << QStringLiteral("Another Clinton ally, Agriculture Secretary Tom Vilsack, told MSNBC that the timing hurt "
                          "Clinton.")
        << QStringLiteral("the timing hurt Clinton") << QStringLiteral("told MSNBC")
        << QStringLiteral("Another Clinton ally, Agriculture Secretary Tom Vilsack") << QStringLiteral("asserts")
        << QString() << QStringLiteral("MSNBC");
    QTest::newRow("as the speaker noted, the clause after the comma")
        << QStringLiteral("But as Clyburn noted, those voters will give Sanders a second look if he wins.")
        << QStringLiteral("those voters will give Sanders a second look if he wins") << QStringLiteral("noted")
        << QStringLiteral("Clyburn") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("clause, speaker, cue, then a dash")
        << QStringLiteral(
               "Such a move could alienate his backers, Clinton allies believe \u2014 backers she will need.")
        << QStringLiteral("Such a move could alienate his backers") << QStringLiteral("believe")
        << QStringLiteral("Clinton allies") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a name, then a long plain apposition, then said")
        << QStringLiteral("Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said other rabbis "
                          "were alarmed about the rhetoric.")
        << QStringLiteral("other rabbis were alarmed about the rhetoric") << QStringLiteral("said")
        << QStringLiteral("Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a name, an age and a description, then said")
        << QStringLiteral("Roxana Leon, 63, an independent voter raised in Chile, said she wanted major change.")
        << QStringLiteral("she wanted major change") << QStringLiteral("said")
        << QStringLiteral("Roxana Leon, 63, an independent voter raised in Chile") << QStringLiteral("asserts")
        << QString() << QString();
    QTest::newRow("judgement verb blasted, object as content")
        << QStringLiteral("Senator Paul blasted the FBI on Tuesday for its decision not to indict anyone.")
        << QStringLiteral("the FBI on Tuesday for its decision not to indict anyone") << QStringLiteral("blasted")
        << QStringLiteral("Senator Paul") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("judgement phrase pointed to")
        << QStringLiteral("Clinton pointed to attacks on her campaign funded by two billionaires.")
        << QStringLiteral("attacks on her campaign funded by two billionaires") << QStringLiteral("pointed to")
        << QStringLiteral("Clinton") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a judgement's object is a bare name")
        << QStringLiteral("On Monday, Trump praised Christie.") << QStringLiteral("Christie")
        << QStringLiteral("praised") << QStringLiteral("Trump") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a judgement's object ends before a second verb")
        << QStringLiteral("Cruz blasted the Florida senator and defended his own record in an interview.")
        << QStringLiteral("the Florida senator") << QStringLiteral("blasted") << QStringLiteral("Cruz")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a judgement's object ends before a comma and but")
        << QStringLiteral("The union praised the governor's budget on Friday, but also pressed him to raise wages.")
        << QStringLiteral("the governor's budget on Friday") << QStringLiteral("praised") << QStringLiteral("The union")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a judgement's object ends before a comma and like")
        << QStringLiteral("Senator Vale criticized Judge Amos Reed, like Vale a former prosecutor.")
        << QStringLiteral("Judge Amos Reed") << QStringLiteral("criticized") << QStringLiteral("Senator Vale")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("talked about names the topic")
        << QStringLiteral("At the rally, Mayor Ortiz talked about the ferry schedule.")
        << QStringLiteral("the ferry schedule") << QStringLiteral("talked about") << QStringLiteral("Mayor Ortiz")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("made it clear that") << QStringLiteral(
                                               "Governor Hale made it clear that the toll bridge would stay open.")
                                        << QStringLiteral("the toll bridge would stay open")
                                        << QStringLiteral("made it clear") << QStringLiteral("Governor Hale")
                                        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("makes it clear without that")
        << QStringLiteral("The new memo makes it clear the depot will close in June.")
        << QStringLiteral("the depot will close in June") << QStringLiteral("makes it clear")
        << QStringLiteral("The new memo") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("vowing to after a comma")
        << QStringLiteral("Mayor Ortiz opened the new depot on Friday, vowing to extend the tram line by 2030.")
        << QStringLiteral("to extend the tram line by 2030") << QStringLiteral("vowing")
        << QStringLiteral("Mayor Ortiz") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("mocking with its object")
        << QStringLiteral("Senator Vale spoke for an hour, mocking the toll plan as a gift to bankers.")
        << QStringLiteral("the toll plan as a gift to bankers") << QStringLiteral("mocking")
        << QStringLiteral("Senator Vale") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("forecast that")
        << QStringLiteral("Two county economists had already forecast that the ferry traffic would double by spring.")
        << QStringLiteral("the ferry traffic would double by spring") << QStringLiteral("forecast")
        << QStringLiteral("Two county economists") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("implied without that")
        << QStringLiteral("Mayor Ortiz implied the harbor board had hidden the costs.")
        << QStringLiteral("the harbor board had hidden the costs") << QStringLiteral("implied")
        << QStringLiteral("Mayor Ortiz") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("balked at names its object")
        << QStringLiteral("On Tuesday the harbor council balked at the mayor's plan to sell the pier.")
        << QStringLiteral("the mayor's plan to sell the pier") << QStringLiteral("balked at")
        << QStringLiteral("the harbor council") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("pushed back against names its object")
        << QStringLiteral("Mayor Ortiz pushed back against claims of waste at the depot.")
        << QStringLiteral("claims of waste at the depot") << QStringLiteral("pushed back against")
        << QStringLiteral("Mayor Ortiz") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("bemoaned names its object")
        << QStringLiteral("At the hearing Mayor Ortiz bemoaned the slow repairs on the harbor road.")
        << QStringLiteral("the slow repairs on the harbor road") << QStringLiteral("bemoaned")
        << QStringLiteral("Mayor Ortiz") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("lauded names its object")
        << QStringLiteral("Governor Hale lauded the ferry crews for their work during the storm.")
        << QStringLiteral("the ferry crews for their work during the storm") << QStringLiteral("lauded")
        << QStringLiteral("Governor Hale") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("talks about with a how-clause")
        << QStringLiteral("In every speech she talks about how the mill closed in 1998.")
        << QStringLiteral("how the mill closed in 1998") << QStringLiteral("talks about") << QStringLiteral("she")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("warned of names the danger")
        << QStringLiteral("The harbour master warned of rising water in the lower town.")
        << QStringLiteral("rising water in the lower town") << QStringLiteral("warned of")
        << QStringLiteral("The harbour master") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("worried about after a copula names the worry")
        << QStringLiteral("The harbor pilots are worried about the silt building up near the old pier.")
        << QStringLiteral("the silt building up near the old pier") << QStringLiteral("worried about")
        << QStringLiteral("The harbor pilots") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("worried about ends before a subordinate clause")
        << QStringLiteral("The ferry union has long worried about the new toll, because its members live inland.")
        << QStringLiteral("the new toll") << QStringLiteral("worried about") << QStringLiteral("The ferry union")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a view whose object holds an apposition")
        << QStringLiteral("The council saw Ortiz, then a young engineer, as the right person to rebuild the pier.")
        << QStringLiteral("Ortiz, then a young engineer, as the right person to rebuild the pier")
        << QStringLiteral("saw") << QStringLiteral("The council") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("a view with a long object")
        << QStringLiteral(
               "Both unions saw the closing of the old paper mill during the long winter as a sign of decline.")
        << QStringLiteral("the closing of the old paper mill during the long winter as a sign of decline")
        << QStringLiteral("saw") << QStringLiteral("Both unions") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("cast doubt on names the doubted")
        << QStringLiteral("The county auditor cast doubt on the harbor board's budget figures.")
        << QStringLiteral("the harbor board's budget figures") << QStringLiteral("cast doubt on")
        << QStringLiteral("The county auditor") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("left no doubt that") << QStringLiteral(
                                               "Councillor Diaz left no doubt that she would run for mayor again.")
                                        << QStringLiteral("she would run for mayor again")
                                        << QStringLiteral("left no doubt that") << QStringLiteral("Councillor Diaz")
                                        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("that glued to 's after the cue is the clause's subject")
        << QStringLiteral("The mayor said that's what the council had promised the island.")
        << QStringLiteral("that's what the council had promised the island") << QStringLiteral("said")
        << QStringLiteral("The mayor") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("that glued to a curly 's after the cue is the clause's subject")
        << QStringLiteral("The mayor said that\u2019s what the council had promised the island.")
        << QStringLiteral("that\u2019s what the council had promised the island") << QStringLiteral("said")
        << QStringLiteral("The mayor") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a verb outside the lexicon after an adverb, with a that-clause")
        << QStringLiteral("Harbor officials now recognize that the old pier cannot be saved.")
        << QStringLiteral("the old pier cannot be saved") << QStringLiteral("recognize")
        << QStringLiteral("Harbor officials") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("joked about names the topic")
        << QStringLiteral("Mayor Ortiz joked about retiring to a fishing boat.")
        << QStringLiteral("retiring to a fishing boat") << QStringLiteral("joked about")
        << QStringLiteral("Mayor Ortiz") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("argued for names what is argued")
        << QStringLiteral("Councillor Diaz argued for a later closing time at the pier.")
        << QStringLiteral("a later closing time at the pier") << QStringLiteral("argued for")
        << QStringLiteral("Councillor Diaz") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("weighed in on names the topic")
        << QStringLiteral("The bishop weighed in on the school funding dispute.")
        << QStringLiteral("the school funding dispute") << QStringLiteral("weighed in on")
        << QStringLiteral("The bishop") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a second judgement after and has the same subject")
        << QStringLiteral("Governor Hale thanked the nurses and criticized the state board for its slow payments.")
        << QStringLiteral("the state board for its slow payments") << QStringLiteral("criticized")
        << QStringLiteral("Governor Hale") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("an accusation after and has the same subject")
        << QStringLiteral("Governor Hale thanked the nurses and accused the state board of hoarding funds.")
        << QStringLiteral("the state board of hoarding funds") << QStringLiteral("accused")
        << QStringLiteral("Governor Hale") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a judgement after and, the subject with a lower-case modifier")
        << QStringLiteral("The former mayor cut the ribbon and described the bridge as a gift to the valley.")
        << QStringLiteral("the bridge as a gift to the valley") << QStringLiteral("described")
        << QStringLiteral("The former mayor") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a judgement after a long interruption and a time takes the opening phrase")
        << QStringLiteral("Governor Ana Hale, who chairs the regional water board, on Sunday defended the new "
                          "pricing rules.")
        << QStringLiteral("the new pricing rules") << QStringLiteral("defended") << QStringLiteral("Governor Ana Hale")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a weak verb with that after a long interruption takes the opening phrase")
        << QStringLiteral("Dr. Ana Ruiz, who led the county study for a decade, on Monday acknowledged that the "
                          "samples were small.")
        << QStringLiteral("the samples were small") << QStringLiteral("acknowledged") << QStringLiteral("Dr. Ana Ruiz")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a verb of saying with an object after a long interruption takes the opening phrase")
        << QStringLiteral("The Harbor Union, which has organised dock workers since the war, last week stated its "
                          "intention to strike in May.")
        << QStringLiteral("its intention to strike in May") << QStringLiteral("stated")
        << QStringLiteral("The Harbor Union") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a naming whose one word is quoted")
        << QStringLiteral("The mayor toured the flooded docks, calling the delay \"shameful.\"")
        << QStringLiteral("the delay \"shameful") << QStringLiteral("calling") << QStringLiteral("The mayor")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a naming of a pronoun whose one word is quoted")
        << QStringLiteral("The mayor called it \"shameful.\"") << QStringLiteral("it \"shameful")
        << QStringLiteral("called") << QStringLiteral("The mayor") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("a naming without quotation marks, its object followed by a/an")
        << QStringLiteral("The ferry captains called the new timetable an insult to the island's workers.")
        << QStringLiteral("the new timetable an insult to the island's workers") << QStringLiteral("called")
        << QStringLiteral("The ferry captains") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a naming of a pronoun with the, ending before a participle of the writer's")
        << QStringLiteral("Harbor critics call it the end of the fishing town, citing the closed cannery.")
        << QStringLiteral("it the end of the fishing town") << QStringLiteral("call")
        << QStringLiteral("Harbor critics") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a naming of a name with a possessive")
        << QStringLiteral("The old ferry captain calls Port Ellen his true home.")
        << QStringLiteral("Port Ellen his true home") << QStringLiteral("calls")
        << QStringLiteral("The old ferry captain") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a naming without quotation marks in a relative clause")
        << QStringLiteral("The plan was drafted by Mayor Ana Ortiz, who has called the old harbor a national disgrace.")
        << QStringLiteral("the old harbor a national disgrace") << QStringLiteral("called") << QStringLiteral("who")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a second that-clause after a dash is the same statement")
        << QStringLiteral("Still, the harbor poll shows that Ortiz may be vulnerable \u2014 and that Marsh could gain.")
        << QStringLiteral("Ortiz may be vulnerable \u2014 and that Marsh could gain") << QStringLiteral("shows")
        << QStringLiteral("the harbor poll") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("what polls show may open with a quantity")
        << QStringLiteral("Harbor polls show as many as 30 percent of the ferry riders will stay home.")
        << QStringLiteral("as many as 30 percent of the ferry riders will stay home") << QStringLiteral("show")
        << QStringLiteral("Harbor polls") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a judgement's object may be a determined noun of two words")
        << QStringLiteral("Later that night the senator defended the vote.") << QStringLiteral("the vote")
        << QStringLiteral("defended") << QStringLiteral("the senator") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("endorsed, the name as content")
        << QStringLiteral("Mayor Ana Ortiz endorsed Senator Maria Delgado on Tuesday after a long silence.")
        << QStringLiteral("Senator Maria Delgado") << QStringLiteral("endorsed") << QStringLiteral("Mayor Ana Ortiz")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("endorsed, a name with an initial and a role")
        << QStringLiteral("The retired general endorsed Republican presidential candidate John Q. Public.")
        << QStringLiteral("Republican presidential candidate John Q. Public") << QStringLiteral("endorsed")
        << QStringLiteral("The retired general") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("endorsed, a pronoun as content")
        << QStringLiteral("Two days later, Senator Ruiz endorsed her on the radio.") << QStringLiteral("her")
        << QStringLiteral("endorsed") << QStringLiteral("Senator Ruiz") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("calls, a judgement that quotes its words")
        << QStringLiteral("Senator Reyes calls the deal \"a historic mistake\" for the region.")
        << QStringLiteral("the deal \"a historic mistake\" for the region") << QStringLiteral("calls")
        << QStringLiteral("Senator Reyes") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("mocked, a judgement of someone named")
        << QStringLiteral("Governor Lane mocked Senator Price for his long speech.")
        << QStringLiteral("Senator Price for his long speech") << QStringLiteral("mocked")
        << QStringLiteral("Governor Lane") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("reiterated, its object as content")
        << QStringLiteral("The mayor reiterated her support for the new stadium.")
        << QStringLiteral("her support for the new stadium") << QStringLiteral("reiterated")
        << QStringLiteral("The mayor") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("joked, a speech verb with its clause")
        << QStringLiteral("The treasurer joked the new budget would need a miracle.")
        << QStringLiteral("the new budget would need a miracle") << QStringLiteral("joked")
        << QStringLiteral("The treasurer") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("was asked about, the question's topic up to during")
        << QStringLiteral("The governor was asked about the flooded schools during a radio interview on Friday.")
        << QStringLiteral("the flooded schools") << QStringLiteral("was asked about") << QStringLiteral("The governor")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("were asked about, the question's topic up to a comma")
        << QStringLiteral("Both mayors were asked about the transit levy, and neither gave a clear answer.")
        << QStringLiteral("the transit levy") << QStringLiteral("were asked about") << QStringLiteral("Both mayors")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("tweeting, a participle whose object is the content")
        << QStringLiteral("The governor answered within the hour, tweeting a photo of the flooded school.")
        << QStringLiteral("a photo of the flooded school") << QStringLiteral("tweeting")
        << QStringLiteral("The governor") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("declined to comment on something")
        << QStringLiteral("The ministry declined to comment on the report about the border.")
        << QStringLiteral("declined to comment on the report about the border") << QStringLiteral("declined to comment")
        << QStringLiteral("The ministry") << QStringLiteral("declines to comment") << QString() << QString();
    QTest::newRow("declined to comment, then another clause")
        << QStringLiteral("The ministry declined to comment and the talks went on.")
        << QStringLiteral("declined to comment") << QStringLiteral("declined to comment")
        << QStringLiteral("The ministry") << QStringLiteral("declines to comment") << QString() << QString();
    QTest::newRow("declined to comment after a quotation that closed the sentence before")
        << QStringLiteral("The campaign said in a statement that \"Ana Ruiz won't be bullied\" or \"distracted by "
                          "the slings he throws at her.\" A spokesman for Mr. Ruiz declined to comment.")
        << QStringLiteral("declined to comment") << QStringLiteral("declined to comment")
        << QStringLiteral("A spokesman for Mr. Ruiz") << QStringLiteral("declines to comment") << QString()
        << QString();
    QTest::newRow("a connective set off by commas after the speaker stays out of the speaker")
        << QStringLiteral("Mayor Ruiz, however, said the ferry would run again in the spring.")
        << QStringLiteral("the ferry would run again in the spring") << QStringLiteral("said")
        << QStringLiteral("Mayor Ruiz") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a statement saying, its issuer speaks")
        << QStringLiteral("Later, the campaign released a statement Tuesday saying the rally was postponed.")
        << QStringLiteral("the rally was postponed") << QStringLiteral("saying") << QStringLiteral("the campaign")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("quote, name, long apposition, cue")
        << QStringLiteral("\"The decision recognizes that freedom can be preserved,\" Robert McDuff, attorney for one "
                          "of four groups to file suit over the law, said in a statement.")
        << QStringLiteral("The decision recognizes that freedom can be preserved") << QStringLiteral("said")
        << QStringLiteral("Robert McDuff, attorney for one of four groups to file suit over the law")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("participle after a subject the phrase rules cannot delimit")
        << QStringLiteral("The billionaire businessman began by talking about the drug crisis, saying that heroin is "
                          "now cheaper than candy.")
        << QStringLiteral("heroin is now cheaper than candy") << QStringLiteral("saying") << QString()
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("with a poll share saying")
        << QStringLiteral("Many voters shrugged off the choice, with 30 percent saying a running mate would have no "
                          "effect on their vote.")
        << QStringLiteral("a running mate would have no effect on their vote") << QStringLiteral("saying")
        << QStringLiteral("30 percent") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("after saying") << QStringLiteral(
                                         "Sanders drew boos after saying the system is rigged against voters.")
                                  << QStringLiteral("the system is rigged against voters") << QStringLiteral("saying")
                                  << QStringLiteral("Sanders") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a short head and its verb around a parenthetical cue")
        << QStringLiteral("This campaign, he says, is different from the last one.")
        << QStringLiteral("This campaign, he says, is different from the last one") << QStringLiteral("says")
        << QStringLiteral("he") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a connective, a name, a long apposition with a name inside, said")
        << QStringLiteral("But Murshed Zaheed, acting political director of CREDO Action, which organized the letter, "
                          "said the response was undercut by the campaign's ties to Clark.")
        << QStringLiteral("the response was undercut by the campaign's ties to Clark") << QStringLiteral("said")
        << QStringLiteral("Murshed Zaheed, acting political director of CREDO Action, which organized the letter")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a role and a name opening the sentence, then a long apposition")
        << QStringLiteral("Trump's Indiana chairman, Rex Early, a former state party chairman who just signed on to "
                          "the team last weekend, said he hasn't explored the delegate process enough.")
        << QStringLiteral("he hasn't explored the delegate process enough") << QStringLiteral("said")
        << QStringLiteral("Trump's Indiana chairman, Rex Early, a former state party chairman who just signed on to "
                          "the team last weekend")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a demonstrative speaker inside a parenthetical cue")
        << QStringLiteral("Mrs. Clinton, these people said, would be open to other measures against the air force.")
        << QStringLiteral("Mrs. Clinton, these people said, would be open to other measures against the air force")
        << QStringLiteral("said") << QStringLiteral("these people") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("a long head before a tail that opens with its verb, around a parenthetical cue")
        << QStringLiteral("The cost of the new bridge over the river, engineers say, has doubled since the spring.")
        << QStringLiteral("The cost of the new bridge over the river, engineers say, has doubled since the spring")
        << QStringLiteral("say") << QStringLiteral("engineers") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("the head of a parenthetical cue starts after a dash")
        << QStringLiteral("The council approved the budget on Monday - and the new library, the mayor said, will "
                          "open in May.")
        << QStringLiteral("and the new library, the mayor said, will open in May") << QStringLiteral("said")
        << QStringLiteral("the mayor") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a parenthetical cue's speaker is everything between the comma and the cue")
        << QStringLiteral("The new tariff, a wide range of farmers say, hurt their exports.")
        << QStringLiteral("The new tariff, a wide range of farmers say, hurt their exports") << QStringLiteral("say")
        << QStringLiteral("a wide range of farmers") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a parenthetical cue after an opening phrase, with a speaker the phrase rules cannot delimit")
        << QStringLiteral("For years, people close to the governor said, the budget office ignored the warnings.")
        << QStringLiteral("the budget office ignored the warnings") << QStringLiteral("said")
        << QStringLiteral("people close to the governor") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a speaker with a preposition's object: the whole noun phrase speaks")
        << QStringLiteral("A spokeswoman for the harbor authority said the ferry would run all winter.")
        << QStringLiteral("the ferry would run all winter") << QStringLiteral("said")
        << QStringLiteral("A spokeswoman for the harbor authority") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("a speaker with an adjective and its object after the noun")
        << QStringLiteral("Engineers familiar with the bridge said the cables had rusted.")
        << QStringLiteral("the cables had rusted") << QStringLiteral("said")
        << QStringLiteral("Engineers familiar with the bridge") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a speaker with a relative clause")
        << QStringLiteral("Parents who attended the meeting said the school bus was often late.")
        << QStringLiteral("the school bus was often late") << QStringLiteral("said")
        << QStringLiteral("Parents who attended the meeting") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a speaker with a participle after its noun")
        << QStringLiteral("A militia operating near the river denied that it had shelled the village.")
        << QStringLiteral("it had shelled the village") << QStringLiteral("denied")
        << QStringLiteral("A militia operating near the river") << QStringLiteral("denies") << QString() << QString();
    QTest::newRow("a compound speaker with lower-case parts")
        << QStringLiteral("Farmers and grain traders say the harvest will be late.")
        << QStringLiteral("the harvest will be late") << QStringLiteral("say")
        << QStringLiteral("Farmers and grain traders") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a quantified speaker")
        << QStringLiteral("Most of the nurses at the clinic said the new shifts were too long.")
        << QStringLiteral("the new shifts were too long") << QStringLiteral("said")
        << QStringLiteral("Most of the nurses at the clinic") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a capital A before a period is an initial, not the article")
        << QStringLiteral("Port spokeswoman Lena A. Ortiz said the ferry would run all winter.")
        << QStringLiteral("the ferry would run all winter") << QStringLiteral("said")
        << QStringLiteral("Port spokeswoman Lena A. Ortiz") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("quote, cue, speaker with an apposition to the sentence's end")
        << QStringLiteral("\"The pier will be rebuilt,\" said Marta Ruiz, a spokeswoman for the harbor authority.")
        << QStringLiteral("The pier will be rebuilt") << QStringLiteral("said")
        << QStringLiteral("Marta Ruiz, a spokeswoman for the harbor authority") << QStringLiteral("asserts")
        << QString() << QString();
    QTest::newRow("quote, cue, speaker, then a participle: the participle is no apposition")
        << QStringLiteral("\"The pier will be rebuilt,\" said Marta Ruiz, adding that the work would take a year.")
        << QStringLiteral("The pier will be rebuilt") << QStringLiteral("said") << QStringLiteral("Marta Ruiz")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a possessive with a bare apostrophe inside the speaker")
        << QStringLiteral("The Rivers\u2019 lawyer said the deed had been forged.")
        << QStringLiteral("the deed had been forged") << QStringLiteral("said")
        << QStringLiteral("The Rivers\u2019 lawyer") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a participle after a capitalised noun opening the sentence")
        << QStringLiteral("People briefed on the plan said the mill would close.")
        << QStringLiteral("the mill would close") << QStringLiteral("said")
        << QStringLiteral("People briefed on the plan") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("an adverb opening the sentence is no subject for a participle")
        << QStringLiteral("Shortly after the vote, the mayor cut the ribbon, saying the bridge was safe.")
        << QStringLiteral("the bridge was safe") << QStringLiteral("saying") << QStringLiteral("the mayor")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a name, its apposition, an auxiliary and the cue: the apposition is part of the speaker")
        << QStringLiteral("Ana Ruiz, the founder of the river trust, has said that the dam must go.")
        << QStringLiteral("the dam must go") << QStringLiteral("said")
        << QStringLiteral("Ana Ruiz, the founder of the river trust") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("lower-case modifiers before a name with an apposition belong to the speaker")
        << QStringLiteral("The award-winning novelist Ana Ruiz, one of the signers, said the letter was overdue.")
        << QStringLiteral("the letter was overdue") << QStringLiteral("said")
        << QStringLiteral("The award-winning novelist Ana Ruiz, one of the signers") << QStringLiteral("asserts")
        << QString() << QString();
    QTest::newRow("a share's measure opens the speaker")
        << QStringLiteral("Nearly eight in 10 dairy farmers said the price was too low.")
        << QStringLiteral("the price was too low") << QStringLiteral("said")
        << QStringLiteral("Nearly eight in 10 dairy farmers") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("as many as, before a share")
        << QStringLiteral("As many as 40 percent of the growers said the price was too low.")
        << QStringLiteral("the price was too low") << QStringLiteral("said")
        << QStringLiteral("As many as 40 percent of the growers") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("a list of lower-case speakers with a serial comma")
        << QStringLiteral("Dairy farmers, grain traders, and many bankers say the tariff is hurting exports.")
        << QStringLiteral("the tariff is hurting exports") << QStringLiteral("say")
        << QStringLiteral("Dairy farmers, grain traders, and many bankers") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("a list of shares")
        << QStringLiteral("About 45% of growers, 28% of traders and 12% of bankers say the tariff is hurting exports.")
        << QStringLiteral("the tariff is hurting exports") << QStringLiteral("say")
        << QStringLiteral("About 45% of growers, 28% of traders and 12% of bankers") << QStringLiteral("asserts")
        << QString() << QString();
    QTest::newRow("a subject pronoun after the cue opens what was said, not an inverted speaker")
        << QStringLiteral("Six newspapers in the valley, including the Daily Star, said he isn\u2019t fit to serve.")
        << QStringLiteral("he isn\u2019t fit to serve") << QStringLiteral("said")
        << QStringLiteral("Six newspapers in the valley") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a compound subject, an adverb between commas, and a pronoun after the cue")
        << QStringLiteral("Farmers and grain traders, however, said they believed the port would close.")
        << QStringLiteral("they believed the port would close") << QStringLiteral("said")
        << QStringLiteral("Farmers and grain traders") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a noun phrase with a verb of its own after the cue is what was said, not an inverted speaker")
        << QStringLiteral("Several growers, including Ana Ruiz, said the Harbor Board should either lower the fee or "
                          "delay it.")
        << QStringLiteral("the Harbor Board should either lower the fee or delay it") << QStringLiteral("said")
        << QStringLiteral("Several growers") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a time before the speaker is not part of it")
        << QStringLiteral("Last week farmers and grain traders said the harvest would be late.")
        << QStringLiteral("the harvest would be late") << QStringLiteral("said") << QStringLiteral("grain traders")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a relative pronoun before said and a modal: the clause opens at the modal")
        << QStringLiteral("The council passed a new levy, which the mayor said would pay for the school.")
        << QStringLiteral("would pay for the school") << QStringLiteral("said") << QStringLiteral("the mayor")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a belief in a relative clause without its pronoun")
        << QStringLiteral("Talks broke down on Friday, a setback its leaders believe will force a new vote.")
        << QStringLiteral("will force a new vote") << QStringLiteral("believe") << QStringLiteral("its leaders")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a lower-case quotation after a parenthetical cue finishes the head's clause")
        << QStringLiteral("The cost of the repairs, the engineer said, \"was far higher\" than anyone had expected.")
        << QStringLiteral("The cost of the repairs, the engineer said, \"was far higher\" than anyone had expected")
        << QStringLiteral("said") << QStringLiteral("the engineer") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("according to inside a statement")
        << QStringLiteral("Fundraising, according to the campaign, has surged in the same period.")
        << QStringLiteral("Fundraising, according to the campaign, has surged in the same period")
        << QStringLiteral("according to") << QStringLiteral("the campaign") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("asked by the questioner, who speaks")
        << QStringLiteral("Sanders was asked by host John Dickerson whether his aim was similar to that of Kennedy.")
        << QStringLiteral("whether his aim was similar to that of Kennedy") << QStringLiteral("asked")
        << QStringLiteral("host John Dickerson") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("an opening question after a place and time ends at its comma")
        << QStringLiteral("Asked in Iowa recently whether he would support Trump, Rubio gave a roundabout answer.")
        << QStringLiteral("whether he would support Trump") << QStringLiteral("Asked") << QString()
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("asked with a listener keeps the listener in what was asked")
        << QStringLiteral("The moderator asked Trump on Monday how high the wall would be.")
        << QStringLiteral("Trump on Monday how high the wall would be") << QStringLiteral("asked")
        << QStringLiteral("The moderator") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("here between the speaker and the cue")
        << QStringLiteral("Her campaign workers here said they have been working the state since the spring.")
        << QStringLiteral("they have been working the state since the spring") << QStringLiteral("said")
        << QStringLiteral("Her campaign workers") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a past-tense verb outside the lexicon after a quote and its speaker")
        << QStringLiteral("\"If you ask one more mean question, I may have to leave the stage,\" Trump quipped.")
        << QStringLiteral("If you ask one more mean question, I may have to leave the stage")
        << QStringLiteral("quipped") << QStringLiteral("Trump") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("one in five say")
        << QStringLiteral("Most expect to do better than their parents. One in five say they will not vote.")
        << QStringLiteral("they will not vote") << QStringLiteral("say") << QStringLiteral("One in five")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a statement inside an opening subordinate clause ends at its comma")
        << QStringLiteral("When the minister said that the dam was safe, engineers in the valley began to pack.")
        << QStringLiteral("the dam was safe") << QStringLiteral("said") << QStringLiteral("the minister")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("an opening \"even as\" clause ends the statement at its comma")
        << QStringLiteral("Even as the mayor has said that the pier is sound, the council voted to close it.")
        << QStringLiteral("the pier is sound") << QStringLiteral("said") << QStringLiteral("the mayor")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a connective before an opening subordinate clause")
        << QStringLiteral("But if the coach argued that the team was tired, his players showed no sign of it.")
        << QStringLiteral("the team was tired") << QStringLiteral("argued") << QStringLiteral("the coach")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a measure of time before an opening subordinate clause")
        << QStringLiteral("Two days after the minister said that the dam was safe, the valley flooded.")
        << QStringLiteral("the dam was safe") << QStringLiteral("said") << QStringLiteral("the minister")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a time word without a subordinator opens no subordinate clause")
        << QStringLiteral("Years later the minister said that the dam, the oldest in the state, was safe.")
        << QStringLiteral("the dam, the oldest in the state, was safe") << QStringLiteral("said")
        << QStringLiteral("the minister") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a connective before a plain subject keeps the clause past its comma")
        << QStringLiteral("But the coach argued that the team was tired, hungry and far from home.")
        << QStringLiteral("the team was tired, hungry and far from home") << QStringLiteral("argued")
        << QStringLiteral("the coach") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a participle's object ends before a second participle and its object")
        << QStringLiteral("The senator left the hall early, praising the mayor's budget and urging the council to pass "
                          "it.")
        << QStringLiteral("the mayor's budget") << QStringLiteral("praising") << QStringLiteral("The senator")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("an -ing word before a noun stays in the participle's object")
        << QStringLiteral("The senator left the hall early, praising the city's parks and growing tourism trade.")
        << QStringLiteral("the city's parks and growing tourism trade") << QStringLiteral("praising")
        << QStringLiteral("The senator") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a judgement's object ends before an apposition that describes it")
        << QStringLiteral("The senator criticized the new toll plan, a measure the council passed last spring.")
        << QStringLiteral("the new toll plan") << QStringLiteral("criticized") << QStringLiteral("The senator")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a list of objects is no apposition")
        << QStringLiteral("The senator criticized the plan's cost, its timing and its authors.")
        << QStringLiteral("the plan's cost, its timing and its authors") << QStringLiteral("criticized")
        << QStringLiteral("The senator") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("but not goes on with the statement")
        << QStringLiteral("The coach said the team would play in the rain, but not in a thunderstorm.")
        << QStringLiteral("the team would play in the rain, but not in a thunderstorm") << QStringLiteral("said")
        << QStringLiteral("The coach") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("but with no subject of its own goes on with the statement")
        << QStringLiteral("The coach said the team was tired, but would still play on Sunday.")
        << QStringLiteral("the team was tired, but would still play on Sunday") << QStringLiteral("said")
        << QStringLiteral("The coach") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("but with a subject of its own ends the statement")
        << QStringLiteral("The coach said the team was tired, but the owner wanted a game on Sunday.")
        << QStringLiteral("the team was tired") << QStringLiteral("said") << QStringLiteral("The coach")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("but with a second verb of saying ends the statement")
        << QStringLiteral("The coach said the team was tired, but warned that nobody would rest.")
        << QStringLiteral("the team was tired") << QStringLiteral("said") << QStringLiteral("The coach")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a copula before a quoted fragment is no cue: the clause it finishes is the statement")
        << QStringLiteral("The old bridge was \"a danger to everyone who crossed it,\" the engineer said.")
        << QStringLiteral("The old bridge was \"a danger to everyone who crossed it") << QStringLiteral("said")
        << QStringLiteral("the engineer") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a second that-clause after but belongs to the same statement")
        << QStringLiteral("The governor said that the budget was tight, but that schools would be spared.")
        << QStringLiteral("the budget was tight, but that schools would be spared") << QStringLiteral("said")
        << QStringLiteral("The governor") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a long apposition after an inverted speaker is not the statement")
        << QStringLiteral("Rents have doubled in five years, said Maria Lopez, a housing lawyer who has represented "
                          "tenants in the city for two decades.")
        << QStringLiteral("Rents have doubled in five years") << QStringLiteral("said")
        << QStringLiteral("Maria Lopez, a housing lawyer who has represented tenants in the city for two decades")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a parenthetical between two dashes stays in the statement")
        << QStringLiteral("The mayor said the new bridge \u2014 the first in a decade \u2014 would open in May.")
        << QStringLiteral("the new bridge \u2014 the first in a decade \u2014 would open in May")
        << QStringLiteral("said") << QStringLiteral("The mayor") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a subordinate clause after a comma and a conjunction ends at its comma")
        << QStringLiteral("The bill needs the chairman's vote, and while he said he would read it, the odds of "
                          "passage remain slim.")
        << QStringLiteral("he would read it") << QStringLiteral("said") << QStringLiteral("he")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a subordinate clause after a sentence adverb ends at its comma")
        << QStringLiteral("However, while the council says the park will reopen soon, residents remain doubtful "
                          "about the repairs.")
        << QStringLiteral("the park will reopen soon") << QStringLiteral("says") << QStringLiteral("the council")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a cue word used as a noun before of does not end the statement")
        << QStringLiteral("The mayor said the budget is balanced, despite loud claims of waste from the council.")
        << QStringLiteral("the budget is balanced, despite loud claims of waste from the council")
        << QStringLiteral("said") << QStringLiteral("The mayor") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a cue word used as a noun after a determiner does not end the statement")
        << QStringLiteral("The agency said the bridge is safe, whatever the claims about its cables.")
        << QStringLiteral("the bridge is safe, whatever the claims about its cables") << QStringLiteral("said")
        << QStringLiteral("The agency") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("an opening adverbial before according to goes on with the clause after the source")
        << QStringLiteral("Over the next decade, according to the treasury, the national debt will double.")
        << QStringLiteral("Over the next decade, according to the treasury, the national debt will double")
        << QStringLiteral("according to") << QStringLiteral("the treasury") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("the writer's comparison with as and a verb ends the statement")
        << QStringLiteral("The senator said she will vote against the tariff bill, as have several of her colleagues "
                          "from farm states in the Midwest.")
        << QStringLiteral("she will vote against the tariff bill") << QStringLiteral("said")
        << QStringLiteral("The senator") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("the writer's word on what a statement aimed at ends it")
        << QStringLiteral("The governor said the state would never bail out the stadium, a thinly veiled jab at the "
                          "team's owners and their lobbyists in the capital.")
        << QStringLiteral("the state would never bail out the stadium") << QStringLiteral("said")
        << QStringLiteral("The governor") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a relative clause set off inside the statement's subject stays in it")
        << QStringLiteral("The coach said the new striker Maria Lopez, who missed the spring season, is ready to "
                          "play again.")
        << QStringLiteral("the new striker Maria Lopez, who missed the spring season, is ready to play again")
        << QStringLiteral("said") << QStringLiteral("The coach") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a second that-clause after a dash stays in the statement")
        << QStringLiteral("The governor said the budget gap may be closing \u2014 and that the state could cut "
                          "taxes next year.")
        << QStringLiteral("the budget gap may be closing \u2014 and that the state could cut taxes next year")
        << QStringLiteral("said") << QStringLiteral("The governor") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("a qualifier after a dash stays in the statement")
        << QStringLiteral("The union said the strike could spread to other ports \u2014 especially in the south.")
        << QStringLiteral("the strike could spread to other ports \u2014 especially in the south")
        << QStringLiteral("said") << QStringLiteral("The union") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a quotation after a colon, any verb before it")
        << QStringLiteral("Rubio fired back forcefully: \"If they sue us in a court in Miami, they will lose.\"")
        << QStringLiteral("If they sue us in a court in Miami, they will lose")
        << QStringLiteral("fired back forcefully:") << QStringLiteral("Rubio") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("a quotation after a colon and a bare name")
        << QStringLiteral("Pollsters agree \u2014 Carl Bialik: \"Keep on contacting voters as late as possible.\"")
        << QStringLiteral("Keep on contacting voters as late as possible") << QStringLiteral(":")
        << QStringLiteral("Carl Bialik") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a quotation after a comma and a verb, closing the sentence")
        << QStringLiteral("The line outside was long. He jokes, \"It is a never ending line!\"")
        << QStringLiteral("It is a never ending line!") << QStringLiteral("jokes") << QStringLiteral("He")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a determined phrase with lower-case words between a quote and the name")
        << QStringLiteral("\"He had so many projects and ambitions,\" his friend Mahamat Saleh Oumar said.")
        << QStringLiteral("He had so many projects and ambitions") << QStringLiteral("said")
        << QStringLiteral("his friend Mahamat Saleh Oumar") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a hyphenated role between a quote and the name")
        << QStringLiteral(
               "\"You may have material that is authentic,\" CrowdStrike co-founder Dmitri Alperovitch said.")
        << QStringLiteral("You may have material that is authentic") << QStringLiteral("said")
        << QStringLiteral("CrowdStrike co-founder Dmitri Alperovitch") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("a determined description after a quote")
        << QStringLiteral("\"We have to really increase the bombings,\" the presumptive Republican nominee said.")
        << QStringLiteral("We have to really increase the bombings") << QStringLiteral("said")
        << QStringLiteral("the presumptive Republican nominee") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("an initial inside the phrase between a quote and the name")
        << QStringLiteral("\"These are the darkest days for us,\" former George W. Bush speechwriter David Frum wrote.")
        << QStringLiteral("These are the darkest days for us") << QStringLiteral("wrote")
        << QStringLiteral("former George W. Bush speechwriter David Frum") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("a question closing the sentence before the speaker, an object after the cue")
        << QStringLiteral("\"Will the plant close before winter?\" Marta Kowalski asked the plant manager.")
        << QStringLiteral("Will the plant close before winter?") << QStringLiteral("asked")
        << QStringLiteral("Marta Kowalski") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a document that reads a quotation")
        << QStringLiteral("\"The fund will be closed by March,\" the notice on the door read.")
        << QStringLiteral("The fund will be closed by March") << QStringLiteral("read")
        << QStringLiteral("the notice on the door") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a quotation, a verb outside the lexicon, then the speaker")
        << QStringLiteral("\"Cities must share the cost of the new bridge,\" opined the Daily Herald.")
        << QStringLiteral("Cities must share the cost of the new bridge") << QStringLiteral("opined")
        << QStringLiteral("the Daily Herald") << QStringLiteral("asserts") << QString()
        << QStringLiteral("Daily Herald");
    QTest::newRow("a quotation, a pronoun and a present-tense verb outside the lexicon")
        << QStringLiteral("\"The levee was never inspected after the flood,\" they conclude.")
        << QStringLiteral("The levee was never inspected after the flood") << QStringLiteral("conclude")
        << QStringLiteral("they") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a quotation, a name and an irregular past outside the lexicon")
        << QStringLiteral("\"You never came to a single meeting,\" Ostrowski shot back.")
        << QStringLiteral("You never came to a single meeting") << QStringLiteral("shot") << QStringLiteral("Ostrowski")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a quotation, a name and points out")
        << QStringLiteral("\"The bridge has not been painted in forty years,\" Okafor points out.")
        << QStringLiteral("The bridge has not been painted in forty years") << QStringLiteral("points out")
        << QStringLiteral("Okafor") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a quotation, a determined phrase with a relative clause, then the cue")
        << QStringLiteral("\"We will reopen the mill by spring,\" an official, who was not authorized to speak about "
                          "the talks, told reporters.")
        << QStringLiteral("We will reopen the mill by spring") << QStringLiteral("told reporters")
        << QStringLiteral("an official, who was not authorized to speak about the talks") << QStringLiteral("asserts")
        << QString() << QString();
    QTest::newRow("a quotation, a name with a relative clause, then the cue")
        << QStringLiteral("\"The mill will reopen by spring,\" Ana Ruiz, who has run the union local since 2009, told "
                          "reporters.")
        << QStringLiteral("The mill will reopen by spring") << QStringLiteral("told reporters")
        << QStringLiteral("Ana Ruiz, who has run the union local since 2009") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("a quotation, a number as the subject and a base form outside the lexicon")
        << QStringLiteral("\"Nobody at the agency read the inspection reports,\" the two write.")
        << QStringLiteral("Nobody at the agency read the inspection reports") << QStringLiteral("write")
        << QStringLiteral("the two") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a quotation, a verb outside the lexicon and a named listener")
        << QStringLiteral("\"The bridge will be finished by June,\" Ostrowski assured Mayor Klein.")
        << QStringLiteral("The bridge will be finished by June") << QStringLiteral("assured")
        << QStringLiteral("Ostrowski") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a quotation, a verb and a lone 'another' as the speaker")
        << QStringLiteral("\"The ferry is late again and nobody tells us why,\" wrote another.")
        << QStringLiteral("The ferry is late again and nobody tells us why") << QStringLiteral("wrote")
        << QStringLiteral("another") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a quotation, a verb outside the lexicon and a determined listener")
        << QStringLiteral("\"Our town is not for sale, folks,\" Okafor assured the mostly silent crowd.")
        << QStringLiteral("Our town is not for sale, folks") << QStringLiteral("assured") << QStringLiteral("Okafor")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a cue, two phrases set off by commas, then the quotation")
        << QStringLiteral("Last week Ruiz announced on her website, in bold letters, \"The library will stay open on "
                          "Sundays!\"")
        << QStringLiteral("The library will stay open on Sundays!") << QStringLiteral("announced")
        << QStringLiteral("Ruiz") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a raised voice before a quotation")
        << QStringLiteral("The workers chanted \"Keep the mill open!\" as the owners arrived.")
        << QStringLiteral("Keep the mill open!") << QStringLiteral("chanted") << QStringLiteral("The workers")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a chanting participle before a quotation")
        << QStringLiteral("Union members from Local 54 rallied outside the hospital, chanting \"Safe staffing saves "
                          "lives.\"")
        << QStringLiteral("Safe staffing saves lives") << QStringLiteral("chanting") << QStringLiteral("Union members")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a chant of two short quotations ending the sentence")
        << QStringLiteral("At the gates the marchers chanted \"Save the pier\" and \"No more cuts.\"")
        << QStringLiteral("Save the pier\" and \"No more cuts") << QStringLiteral("chanted")
        << QStringLiteral("the marchers") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a question, a determined phrase and a verb outside the lexicon")
        << QStringLiteral("\"Is anyone listening to us?\" a nurse at the clinic wondered.")
        << QStringLiteral("Is anyone listening to us?") << QStringLiteral("wondered")
        << QStringLiteral("a nurse at the clinic") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a subject, a verb outside the lexicon and a quotation that ends the sentence")
        << QStringLiteral("Then a man near the stage yelled, \"Open the gates now!\"")
        << QStringLiteral("Open the gates now!") << QStringLiteral("yelled") << QStringLiteral("a man near the stage")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a one-word answer before its speaker")
        << QStringLiteral("Would the tax rise again next year? \"Never,\" the treasurer said.")
        << QStringLiteral("Never") << QStringLiteral("said") << QStringLiteral("the treasurer")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a determined phrase after a quotation speaks through any verb of saying")
        << QStringLiteral("\"We will appeal the ruling,\" the county treasurer replied.")
        << QStringLiteral("We will appeal the ruling") << QStringLiteral("replied")
        << QStringLiteral("the county treasurer") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("an attribution longer than the quotes around it keeps them apart")
        << QStringLiteral("\"Europe is breaking up,\" said Anna Berg, a Dutch liberal member of the European "
                          "Parliament for the southern provinces. \"It is a risk.\"")
        << QStringLiteral("Europe is breaking up") << QStringLiteral("said")
        << QStringLiteral("Anna Berg, a Dutch liberal member of the European Parliament for the southern provinces")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a long attribution between a short quote and a longer one: the longer one is the statement")
        << QStringLiteral("\"Not now,\" said Anna Berg, a Dutch liberal member of the European Parliament for the "
                          "southern provinces. \"The union will hold together through this crisis.\"")
        << QStringLiteral("The union will hold together through this crisis") << QStringLiteral("said")
        << QStringLiteral("Anna Berg, a Dutch liberal member of the European Parliament for the southern provinces")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a one-word answer after the cue and a comma")
        << QStringLiteral("Would the bridge reopen this year? Governor Ana Ruiz said, \"Absolutely.\"")
        << QStringLiteral("Absolutely") << QStringLiteral("said") << QStringLiteral("Governor Ana Ruiz")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a sentence of only a speaker and a cue, then a sentence of only a quotation")
        << QStringLiteral("The harbour master agreed. \"The old pier cannot take another winter. It must close.\"")
        << QStringLiteral("The old pier cannot take another winter. It must close") << QStringLiteral("agreed")
        << QStringLiteral("The harbour master") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a quoted subject whose verb follows the quotation")
        << QStringLiteral("The minister said \"rising prices\" would dominate the autumn campaign.")
        << QStringLiteral("rising prices\" would dominate the autumn campaign") << QStringLiteral("said")
        << QStringLiteral("The minister") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a quoted subject before a modal")
        << QStringLiteral("The minister said \"rising prices\" must dominate the autumn campaign.")
        << QStringLiteral("rising prices\" must dominate the autumn campaign") << QStringLiteral("said")
        << QStringLiteral("The minister") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a quoted fragment the writer's words go on from")
        << QStringLiteral("The mayor called the new bridge \"a costly mistake\" because so few people live near it.")
        << QStringLiteral("the new bridge \"a costly mistake\" because so few people live near it")
        << QStringLiteral("called") << QStringLiteral("The mayor") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("a quotation right after the cue that the writer's words go on from")
        << QStringLiteral("The coach says \"the wind is at our backs\" despite the loss in the north.")
        << QStringLiteral("the wind is at our backs\" despite the loss in the north") << QStringLiteral("says")
        << QStringLiteral("The coach") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a quoted fragment, then and with a verb of its own")
        << QStringLiteral("The mayor says the tram is \"a joy to ride\" and insists fares will fall.")
        << QStringLiteral("the tram is \"a joy to ride") << QStringLiteral("says") << QStringLiteral("The mayor")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a verb outside the lexicon before a quotation, after one that closed the previous sentence")
        << QStringLiteral("\"We lost the vote tonight.\" A tired Ana Ruiz sighed, \"Next year we will win it.\"")
        << QStringLiteral("Next year we will win it") << QStringLiteral("sighed") << QStringLiteral("A tired Ana Ruiz")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a sentence of the writer's between two quotes keeps them apart")
        << QStringLiteral("\"The dam will hold,\" the engineer said. She then walked back to the gate. \"We checked "
                          "every bolt twice this week.\"")
        << QStringLiteral("The dam will hold") << QStringLiteral("said") << QStringLiteral("the engineer")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a survey heads a long subject before its verb")
        << QStringLiteral("The survey, published on Monday by the Harbor Policy Institute, showed Mayor Ortiz leading "
                          "her rival by nine points.")
        << QStringLiteral("Mayor Ortiz leading her rival by nine points") << QStringLiteral("showed")
        << QStringLiteral("The survey, published on Monday by the Harbor Policy Institute") << QStringLiteral("asserts")
        << QString() << QString();
    QTest::newRow("a study and its author's name before the verb")
        << QStringLiteral("A study by the transit watchdog Fair Fares found the new line carried fewer riders.")
        << QStringLiteral("the new line carried fewer riders") << QStringLiteral("found")
        << QStringLiteral("A study by the transit watchdog Fair Fares") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("a progressive verb of saying")
        << QStringLiteral("The harbor master is predicting that the storm will miss the island.")
        << QStringLiteral("the storm will miss the island") << QStringLiteral("predicting")
        << QStringLiteral("The harbor master") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a progressive call for something")
        << QStringLiteral("The city's largest union is now calling for the district to reopen the two schools.")
        << QStringLiteral("the district to reopen the two schools") << QStringLiteral("calling for")
        << QStringLiteral("The city's largest union") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a reason cited after a subject the phrase rules cannot delimit")
        << QStringLiteral("By Friday evening the two freight companies had called off their merger, citing rising "
                          "fuel costs.")
        << QStringLiteral("rising fuel costs") << QStringLiteral("citing") << QString() << QStringLiteral("asserts")
        << QString() << QString();
    QTest::newRow("a passive report with its agent")
        << QStringLiteral("The mayor's resignation was first reported by the Harbor Gazette.")
        << QStringLiteral("The mayor's resignation") << QStringLiteral("reported")
        << QStringLiteral("the Harbor Gazette") << QStringLiteral("reports") << QString()
        << QStringLiteral("Harbor Gazette");
    QTest::newRow("as reported by an outlet, then the clause")
        << QStringLiteral("As reported by the Harbor Gazette, the council voted to close the pier for the winter.")
        << QStringLiteral("the council voted to close the pier for the winter") << QStringLiteral("reported")
        << QStringLiteral("the Harbor Gazette") << QStringLiteral("reports") << QString()
        << QStringLiteral("Harbor Gazette");
    QTest::newRow("the clause, then as first reported by an outlet")
        << QStringLiteral("The council voted to close the pier for the winter, as first reported by the Harbor "
                          "Gazette on Tuesday.")
        << QStringLiteral("The council voted to close the pier for the winter") << QStringLiteral("reported")
        << QStringLiteral("the Harbor Gazette") << QStringLiteral("reports") << QString()
        << QStringLiteral("Harbor Gazette");
    QTest::newRow("a study after the clause it reports")
        << QStringLiteral("Most commuters spend an hour a day in traffic, a study by the Regional Roads Council found.")
        << QStringLiteral("Most commuters spend an hour a day in traffic") << QStringLiteral("found")
        << QStringLiteral("a study by the Regional Roads Council") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("a proposal's object") << QStringLiteral("Senator Maria Lopez proposed a tax on sugary drinks.")
                                         << QStringLiteral("a tax on sugary drinks") << QStringLiteral("proposed")
                                         << QStringLiteral("Senator Maria Lopez") << QStringLiteral("asserts")
                                         << QString() << QString();
    QTest::newRow("recalled, its object as content")
        << QStringLiteral("The retired judge recalled her first trial in the river town.")
        << QStringLiteral("her first trial in the river town") << QStringLiteral("recalled")
        << QStringLiteral("The retired judge") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a phrase between dashes after the speaker")
        << QStringLiteral("Mayor Ana Ruiz \u2014 back from a week in the capital \u2014 said the pier should close for "
                          "the winter.")
        << QStringLiteral("the pier should close for the winter") << QStringLiteral("said")
        << QStringLiteral("Mayor Ana Ruiz") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a naming that quotes its words ends before the subject's next verb")
        << QStringLiteral("The mayor called the budget \"a shameful mess\" and walked out of the council chamber.")
        << QStringLiteral("the budget \"a shameful mess") << QStringLiteral("called") << QStringLiteral("The mayor")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a quoted naming after calling ends before a second participle")
        << QStringLiteral(
               "Coach Dan Ortiz left the meeting early, calling the new schedule \"a joke,\" waving the printed "
               "copy at reporters.")
        << QStringLiteral("the new schedule \"a joke") << QStringLiteral("calling") << QStringLiteral("Coach Dan Ortiz")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a naming that quotes its words after and takes the sentence's subject")
        << QStringLiteral("Governor Ella Marsh toured the flooded valley on Monday and called the levee plan "
                          "\u201Ca disgrace.\u201D")
        << QStringLiteral("the levee plan \u201Ca disgrace") << QStringLiteral("called")
        << QStringLiteral("Governor Ella Marsh") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a naming that quotes a single word of two")
        << QStringLiteral("The harbor master called it \"robbery.\"") << QStringLiteral("it \"robbery")
        << QStringLiteral("called") << QStringLiteral("The harbor master") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("three apostrophes close a quotation inside a quotation")
        << QStringLiteral("''My father always told me, 'Never sell the farm,''' said Tom Berg, who grows apples.")
        << QStringLiteral("My father always told me, 'Never sell the farm") << QStringLiteral("said")
        << QStringLiteral("Tom Berg, who grows apples") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a name and a relative clause between commas speak for a verb after and")
        << QStringLiteral(
               "Ruiz, who has been in daily contact with the Harbor Board for months, arrived at the hearing "
               "late and conceded that the roof needs repairs.")
        << QStringLiteral("the roof needs repairs") << QStringLiteral("conceded") << QStringLiteral("Ruiz")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a one-word answer after said")
        << QStringLiteral("Asked whether the ferry should run all winter, 64 percent of islanders said yes, while "
                          "22 percent said no.")
        << QStringLiteral("yes") << QStringLiteral("said") << QStringLiteral("64 percent of islanders")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a clause cut short to its subject and auxiliary")
        << QStringLiteral("The council split on whether to keep the pier open. Councilwoman Ada Lim said she would.")
        << QStringLiteral("she would") << QStringLiteral("said") << QStringLiteral("Councilwoman Ada Lim")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a closing mark that opens a paragraph opens the quotation")
        << QStringLiteral("The ferry was late again.\n\n\u201D \u2026 the harbor needs a second boat,\u201D the "
                          "captain said.")
        << QStringLiteral("the harbor needs a second boat") << QStringLiteral("said") << QStringLiteral("the captain")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("an opening mark glued to a word and followed by a space closes the quotation")
        << QStringLiteral("\u201CNot this year, not with this roster,\u201C the coach said.")
        << QStringLiteral("Not this year, not with this roster") << QStringLiteral("said")
        << QStringLiteral("the coach") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a second quoted name for the same thing stays in the naming")
        << QStringLiteral("The mayor called the budget \"shameful\" and \"reckless\" after the vote.")
        << QStringLiteral("the budget \"shameful\" and \"reckless\" after the vote") << QStringLiteral("called")
        << QStringLiteral("The mayor") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("an intention whose verb is also a venue noun")
        << QStringLiteral("Mayor Ana Ruiz sought to rally voters in the harbor district.")
        << QStringLiteral("to rally voters in the harbor district") << QStringLiteral("sought")
        << QStringLiteral("Mayor Ana Ruiz") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("an intention whose infinitive runs on to a venue")
        << QStringLiteral("The union planned to protest at the conference on Friday.")
        << QStringLiteral("to protest at the conference on Friday") << QStringLiteral("planned")
        << QStringLiteral("The union") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("the statement, then an as clause with a venue")
        << QStringLiteral("The ferry service lost money for a third year, as the port authority noted in its annual "
                          "report.")
        << QStringLiteral("The ferry service lost money for a third year") << QStringLiteral("noted")
        << QStringLiteral("the port authority") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a short head and its tail around an as clause")
        << QStringLiteral("The delay, as her lawyer explained, was caused by a missing signature.")
        << QStringLiteral("The delay, as her lawyer explained, was caused by a missing signature")
        << QStringLiteral("explained") << QStringLiteral("her lawyer") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("the tail after and as X noted")
        << QStringLiteral("The bridge reopened in May, and as the engineer noted, its new deck is twice as wide.")
        << QStringLiteral("its new deck is twice as wide") << QStringLiteral("noted") << QStringLiteral("the engineer")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("the tail after a connective and an as clause")
        << QStringLiteral("However, as the mayor has pointed out, the tunnel was finished on time.")
        << QStringLiteral("the tunnel was finished on time") << QStringLiteral("pointed out")
        << QStringLiteral("the mayor") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("as one member puts it")
        << QStringLiteral("The new budget, as one council member puts it, is a gamble on tourism.")
        << QStringLiteral("The new budget, as one council member puts it, is a gamble on tourism")
        << QStringLiteral("puts it") << QStringLiteral("one council member") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("a tail after an as clause runs on into the quotation its colon announces")
        << QStringLiteral("Of course, as Coach Rivera observed, the real winner was the crowd: \"They never stopped "
                          "singing all night.\"")
        << QStringLiteral("the real winner was the crowd: \"They never stopped singing all night")
        << QStringLiteral("observed") << QStringLiteral("Coach Rivera") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("a reported clause before its speaker runs on through the quotation that follows")
        << QStringLiteral("The ferry schedule was never meant for commuters, the captain said in an interview. "
                          "\"Nobody who works downtown can rely on it.\"")
        << QStringLiteral("The ferry schedule was never meant for commuters, the captain said in an interview. "
                          "\"Nobody who works downtown can rely on it")
        << QStringLiteral("said") << QStringLiteral("the captain") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("a reported clause before its speaker runs on through a quotation opening the next paragraph")
        << QStringLiteral("The new bridge will cost twice the estimate, Mayor Ana Ruiz said.\n\n\"We were told a "
                          "number that nobody believed.\"")
        << QStringLiteral("The new bridge will cost twice the estimate, Mayor Ana Ruiz said.\n\n\"We were told a "
                          "number that nobody believed")
        << QStringLiteral("said") << QStringLiteral("Mayor Ana Ruiz") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("a participle of saying after a preposition modifies a noun, no new statement")
        << QStringLiteral("The harbor master said that before the storm, requests were made to the council for added "
                          "patrols.")
        << QStringLiteral("before the storm, requests were made to the council for added patrols")
        << QStringLiteral("said") << QStringLiteral("The harbor master") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("a quotation that stops at its attribution runs on with its verb after it")
        << QStringLiteral("\"Only the ferry captain,\" Ana Ruiz said, would dare to sail in that storm.")
        << QStringLiteral("Only the ferry captain,\" Ana Ruiz said, would dare to sail in that storm")
        << QStringLiteral("said") << QStringLiteral("Ana Ruiz") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a quotation that stops at its attribution runs on with a that-clause after it")
        << QStringLiteral("\"It is our bad luck,\" the harbor master said, that the storm came before the repairs.")
        << QStringLiteral("It is our bad luck,\" the harbor master said, that the storm came before the repairs")
        << QStringLiteral("said") << QStringLiteral("the harbor master") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("a frequency adverb between the speaker and the cue")
        << QStringLiteral("The harbor master has sometimes said that the pier needs a new roof.")
        << QStringLiteral("the pier needs a new roof") << QStringLiteral("said") << QStringLiteral("The harbor master")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a writer's aside in parentheses after a full stop is a sentence of its own")
        << QStringLiteral("The harbour master insisted the pier would reopen in May. (The council has not voted on "
                          "the repairs yet.)")
        << QStringLiteral("the pier would reopen in May") << QStringLiteral("insisted")
        << QStringLiteral("The harbour master") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a quotation after a short aside in parentheses starts its own sentence")
        << QStringLiteral("The ferry runs twice a day. (Locals call it the slow boat.) \"We cannot wait all "
                          "morning,\" a commuter complained.")
        << QStringLiteral("We cannot wait all morning") << QStringLiteral("complained") << QStringLiteral("a commuter")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("whom a remark refers to ends before the writer's apposition")
        << QStringLiteral("Senator Ann Cole mocked the harbour plan on Tuesday, referring to Mayor Tom Hart, who "
                          "drafted it last spring.")
        << QStringLiteral("Mayor Tom Hart") << QStringLiteral("referring to") << QStringLiteral("Senator Ann Cole")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("whom a remark refers to may be a bare name")
        << QStringLiteral("Senator Ann Cole mocked the harbour plan again on Tuesday, referring to Hart.")
        << QStringLiteral("Hart") << QStringLiteral("referring to") << QStringLiteral("Senator Ann Cole")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a participle's statement ends before and then + the subject's next verb of saying")
        << QStringLiteral("The coach praised the referee on Sunday, calling him \"fair to both sides,\" and then "
                          "complained that the league had ignored his team.")
        << QStringLiteral("him \"fair to both sides") << QStringLiteral("calling") << QStringLiteral("The coach")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("and then + a verb that says nothing stays in the statement")
        << QStringLiteral("The coach insisted that the team would train on Monday and then travelled to the final.")
        << QStringLiteral("the team would train on Monday and then travelled to the final")
        << QStringLiteral("insisted") << QStringLiteral("The coach") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("a short answer after a question's turn is a turn")
        << QStringLiteral("The interview follows.\n\nQ: Will you run for the council again next year?\n\nA: Probably "
                          "not this time.")
        << QStringLiteral("Probably not this time") << QStringLiteral(":") << QStringLiteral("A")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a title after a hyphen keeps its full stop")
        << QStringLiteral("The historian argued that the gap between the mayor and then-Gov. Ann Ruiz was narrow.")
        << QStringLiteral("the gap between the mayor and then-Gov. Ann Ruiz was narrow") << QStringLiteral("argued")
        << QStringLiteral("The historian") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("an intention ends before and + the subject's next act in the past tense")
        << QStringLiteral("The governor vowed to keep the harbour clinic open and visited its nurses on Monday.")
        << QStringLiteral("to keep the harbour clinic open") << QStringLiteral("vowed")
        << QStringLiteral("The governor") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("an intention keeps a passive's second participle")
        << QStringLiteral("The coach wants to be respected and admired by every player on the team.")
        << QStringLiteral("to be respected and admired by every player on the team") << QStringLiteral("wants")
        << QStringLiteral("The coach") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a past participle after its subject is still a verb of saying")
        << QStringLiteral("Officials estimated that 200 volunteers cleaned the harbour beach on Sunday morning.")
        << QStringLiteral("200 volunteers cleaned the harbour beach on Sunday morning") << QStringLiteral("estimated")
        << QStringLiteral("Officials") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("that night after the cue is a time, not the that of a clause")
        << QStringLiteral("\"We turned this county blue,\" the governor said in her acceptance speech that night.")
        << QStringLiteral("We turned this county blue") << QStringLiteral("said") << QStringLiteral("the governor")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("that morning between a listener and the that-clause")
        << QStringLiteral("The mayor told reporters that morning that the ferry would run again.")
        << QStringLiteral("the ferry would run again") << QStringLiteral("told reporters")
        << QStringLiteral("The mayor") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("that night + a noun opens the clause")
        << QStringLiteral("The mayor said that night shifts at the harbour would end.")
        << QStringLiteral("night shifts at the harbour would end") << QStringLiteral("said")
        << QStringLiteral("The mayor") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a programme quoted in an opening phrase is not what the speaker after it said")
        << QStringLiteral("In a long interview on \"Harbour Talk,\" host Ann Ruiz criticized the mayor's ferry plan.")
        << QStringLiteral("the mayor's ferry plan") << QStringLiteral("criticized") << QStringLiteral("host Ann Ruiz")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a programme quoted after an opening day and venue is not what the speaker said")
        << QStringLiteral(
               "Sunday on Channel Four\u2019s \u201CHarbour Talk,\u201D Mayor Lena Ortiz said the ferry fares "
               "would stay low.")
        << QStringLiteral("the ferry fares would stay low") << QStringLiteral("said")
        << QStringLiteral("Mayor Lena Ortiz") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a programme quoted at the end of the trailing phrase is not what the speaker said")
        << QStringLiteral("\u201CThe ferry is my lifeline,\u201D Ann Ruiz said in June on the podcast \u201CHarbour "
                          "Talk.\u201D")
        << QStringLiteral("The ferry is my lifeline") << QStringLiteral("said") << QStringLiteral("Ann Ruiz")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a subordinate clause before a mid-sentence attribution goes on after it")
        << QStringLiteral("If the ferry closes, the mayor said, the island will lose its only school.")
        << QStringLiteral("If the ferry closes, the mayor said, the island will lose its only school")
        << QStringLiteral("said") << QStringLiteral("the mayor") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a short phrase with no verb before a mid-sentence attribution goes on after it")
        << QStringLiteral("In the harbour last winter, Ann Ruiz said, the boats froze.")
        << QStringLiteral("In the harbour last winter, Ann Ruiz said, the boats froze") << QStringLiteral("said")
        << QStringLiteral("Ann Ruiz") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a short phrase with no verb before a mid-sentence according to goes on after it")
        << QStringLiteral("Over the long term, according to the council, the ferry fares will rise sharply.")
        << QStringLiteral("Over the long term, according to the council, the ferry fares will rise sharply")
        << QStringLiteral("according to") << QStringLiteral("the council") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("about before a share opens the clause after said")
        << QStringLiteral("The harbour office said about half of the ferry routes were closed last winter.")
        << QStringLiteral("about half of the ferry routes were closed last winter") << QStringLiteral("said")
        << QStringLiteral("The harbour office") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a quotation after the comma of an opening phrase is still what was said")
        << QStringLiteral("After the vote was announced, \"Nobody will pay more,\" the mayor said.")
        << QStringLiteral("Nobody will pay more") << QStringLiteral("said") << QStringLiteral("the mayor")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a listener's long name runs on to its comma in an as clause")
        << QStringLiteral("As the mayor told the North Harbour Daily Gazette, ferry fares will not rise this year.")
        << QStringLiteral("ferry fares will not rise this year")
        << QStringLiteral("told the North Harbour Daily Gazette") << QStringLiteral("the mayor")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a short listener in an as clause leaves the name after the comma to the statement")
        << QStringLiteral("As the mayor told reporters, Harbour Daily Gazette readers will pay less.")
        << QStringLiteral("Harbour Daily Gazette readers will pay less") << QStringLiteral("told reporters")
        << QStringLiteral("the mayor") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a participle after a cue in the present tense goes on with the statement")
        << QStringLiteral("The port is dying, locals say, losing ships to the new terminal every month.")
        << QStringLiteral("The port is dying, locals say, losing ships to the new terminal every month")
        << QStringLiteral("say") << QStringLiteral("locals") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a participle after a trailing cue describes the speaker")
        << QStringLiteral("Fares will stay low next year, he said, wiping the rain off his glasses.")
        << QStringLiteral("Fares will stay low next year") << QStringLiteral("said") << QStringLiteral("he")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("when asked by a questioner whether, the question up to a comma")
        << QStringLiteral("The mayor smiled when asked by Ann Ruiz whether the strike was over, and left the stage.")
        << QStringLiteral("whether the strike was over") << QStringLiteral("asked") << QStringLiteral("Ann Ruiz")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("an opening phrase before a quotation is no part of it")
        << QStringLiteral("After the vote on Tuesday, \"We have won,\" the mayor said.")
        << QStringLiteral("We have won") << QStringLiteral("said") << QStringLiteral("the mayor")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a determiner after the listener opens the clause")
        << QStringLiteral("The mayor told reporters the ferry would run on Sunday.")
        << QStringLiteral("the ferry would run on Sunday") << QStringLiteral("told reporters")
        << QStringLiteral("The mayor") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a determined listener before a clause without that")
        << QStringLiteral("The mayor told the council the ferry would run on Sunday.")
        << QStringLiteral("the ferry would run on Sunday") << QStringLiteral("told the council")
        << QStringLiteral("The mayor") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a present tense after a past cue goes on with the clause's subject")
        << QStringLiteral("The agency reported on Monday that the minister is open to talks but insists the port stay "
                          "closed.")
        << QStringLiteral("the port stay closed") << QStringLiteral("insists") << QStringLiteral("the minister")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("an opening asked phrase, then a quotation and its speaker")
        << QStringLiteral("Asked about the budget, \"We will not cut schools,\" the mayor said.")
        << QStringLiteral("We will not cut schools") << QStringLiteral("said") << QStringLiteral("the mayor")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a trailing phrase of time or place after the cue ends the attribution")
        << QStringLiteral("The old ferry line quietly folded after the 2009 season, the Harbor Gazette reported in "
                          "2012.")
        << QStringLiteral("The old ferry line quietly folded after the 2009 season") << QStringLiteral("reported")
        << QStringLiteral("the Harbor Gazette") << QStringLiteral("reports") << QString()
        << QStringLiteral("Harbor Gazette");
    QTest::newRow("a trailing phrase with a short title closing the sentence")
        << QStringLiteral("The flood of 1998 changed how the town saw its river, Mayor Dana Lutz wrote in her memoir, "
                          "\"High Water.\"")
        << QStringLiteral("The flood of 1998 changed how the town saw its river") << QStringLiteral("wrote")
        << QStringLiteral("Mayor Dana Lutz") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("lower-case words between the statement's comma and a trailing name speak with it")
        << QStringLiteral("The old ferry line will not run this winter, the news site Harbor Daily reported.")
        << QStringLiteral("The old ferry line will not run this winter") << QStringLiteral("reported")
        << QStringLiteral("the news site Harbor Daily") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a role with a preposition before a trailing name speaks with it")
        << QStringLiteral("The talks will resume in the spring, Ostrel's ambassador to Vienna confirmed.")
        << QStringLiteral("The talks will resume in the spring") << QStringLiteral("confirmed")
        << QStringLiteral("Ostrel's ambassador to Vienna") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a listener and a time after told end the attribution of the statement before it")
        << QStringLiteral("The ferry will run all winter, the mayor told a council panel on Tuesday.")
        << QStringLiteral("The ferry will run all winter") << QStringLiteral("told") << QStringLiteral("the mayor")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a venue with a participle of its own after said ends the attribution")
        << QStringLiteral("The ferry will run all winter, the mayor said in a statement released by her office.")
        << QStringLiteral("The ferry will run all winter") << QStringLiteral("said") << QStringLiteral("the mayor")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a trailing speaker with a modifier after its noun")
        << QStringLiteral("The ferry will run all winter, two people familiar with the harbor plan said.")
        << QStringLiteral("The ferry will run all winter") << QStringLiteral("said")
        << QStringLiteral("two people familiar with the harbor plan") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("a trailing source of two joined modifiers before a verb of showing")
        << QStringLiteral("Most of the money came from firms that no longer exist, city and port records show.")
        << QStringLiteral("Most of the money came from firms that no longer exist") << QStringLiteral("show")
        << QStringLiteral("city and port records") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a participle of saying after a parenthetical cue is a statement of its own")
        << QStringLiteral("The ferry will run, Mayor Ilse Varn said, adding that the harbour would reopen on Friday.")
        << QStringLiteral("The ferry will run") << QStringLiteral("said") << QStringLiteral("Mayor Ilse Varn")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("telling a listener with no that: a determiner opens what was told")
        << QStringLiteral("The mayor closed the bridge on Monday, telling reporters the ferry would run until Friday.")
        << QStringLiteral("the ferry would run until Friday") << QStringLiteral("telling")
        << QStringLiteral("The mayor") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a cue word after a determiner is a noun inside the speaker")
        << QStringLiteral("Officials familiar with the talks said the ferry would run until March.")
        << QStringLiteral("the ferry would run until March") << QStringLiteral("said")
        << QStringLiteral("Officials familiar with the talks") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a plural cue word after a determiner is a noun inside the speaker")
        << QStringLiteral("People briefed on the claims said the harbour would reopen in May.")
        << QStringLiteral("the harbour would reopen in May") << QStringLiteral("said")
        << QStringLiteral("People briefed on the claims") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a cue word right before said is a noun in its subject")
        << QStringLiteral("The weather forecast said the storm would pass by Friday.")
        << QStringLiteral("the storm would pass by Friday") << QStringLiteral("said")
        << QStringLiteral("The weather forecast") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("cannot say stays one cue before a quotation's speaker")
        << QStringLiteral("The mayor cannot say that \u201Cfrom her window,\u201D the captain added.")
        << QStringLiteral("from her window") << QStringLiteral("added") << QStringLiteral("the captain")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("calling for after a preposition: the sentence's subject demands it")
        << QStringLiteral("The governor surprised her allies by calling for a new tax on river barges.")
        << QStringLiteral("a new tax on river barges") << QStringLiteral("calling for")
        << QStringLiteral("The governor") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("calling on after a noun phrase: the phrase demands it, up to the sentence's verb")
        << QStringLiteral("A petition calling on the council to close the quarry has drawn 4,000 signatures.")
        << QStringLiteral("the council to close the quarry") << QStringLiteral("calling on")
        << QStringLiteral("A petition") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a quoted naming after an apposition and a time")
        << QStringLiteral("Ana Ruiz, the city's longtime treasurer, on Monday called the new budget \"a fantasy.\"")
        << QStringLiteral("the new budget \"a fantasy") << QStringLiteral("called")
        << QStringLiteral("Ana Ruiz, the city's longtime treasurer") << QStringLiteral("asserts") << QString()
        << QString();
    QTest::newRow("asking a listener to act, after a comma")
        << QStringLiteral(
               "The mayor wrote to the transit board on Friday, asking its members to delay the fare increase.")
        << QStringLiteral("its members to delay the fare increase") << QStringLiteral("asking")
        << QStringLiteral("The mayor") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a progressive request ends before the writer's relative clause")
        << QStringLiteral("The council is asking residents to conserve water until the pipe is fixed, which could "
                          "take a week.")
        << QStringLiteral("residents to conserve water until the pipe is fixed") << QStringLiteral("asking")
        << QStringLiteral("The council") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a demand's object ends before a second clause with a subject and a verb of its own")
        << QStringLiteral("A group of teachers called for a review of the exam, and the union's regional council "
                          "sharply criticized the board.")
        << QStringLiteral("a review of the exam") << QStringLiteral("called for")
        << QStringLiteral("A group of teachers") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a quoted naming after a subject with a phrase of its own")
        << QStringLiteral("The mayor in her annual address called the new stadium \"a gift to the city.\"")
        << QStringLiteral("the new stadium \"a gift to the city") << QStringLiteral("called")
        << QStringLiteral("The mayor in her annual address") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a naming whose object opens with her, up to the writer's next clause")
        << QStringLiteral("The coach called her young nephew her inspiration before leaving the stage.")
        << QStringLiteral("her young nephew her inspiration") << QStringLiteral("called") << QStringLiteral("The coach")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a request to act ends before the writer's relative clause")
        << QStringLiteral("The union urged the board to delay the vote, which had been set for March.")
        << QStringLiteral("the board to delay the vote") << QStringLiteral("urged") << QStringLiteral("The union")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a demand ends before the writer's concession")
        << QStringLiteral("The senators called for a new inquiry into the port, even though the first one had found "
                          "nothing.")
        << QStringLiteral("a new inquiry into the port") << QStringLiteral("called for")
        << QStringLiteral("The senators") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a demand ends before the writer's participle")
        << QStringLiteral("The dock workers called for her ouster, believing she had hidden the losses.")
        << QStringLiteral("her ouster") << QStringLiteral("called for") << QStringLiteral("The dock workers")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("what someone called a quoted name: the quote alone, the speaker after what")
        << QStringLiteral("The vote led to what one aide called \u201Ca new era\u201D in the party.")
        << QStringLiteral("a new era") << QStringLiteral("called") << QStringLiteral("one aide")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a naming in single quotation marks")
        << QStringLiteral("Governor calls stadium deal \u2018a disaster.\u2019")
        << QStringLiteral("stadium deal \u2018a disaster") << QStringLiteral("calls") << QStringLiteral("Governor")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a name with a middle initial before a long apposition")
        << QStringLiteral("Rudolph W. Giuliani, the former mayor who has become a close adviser, has also urged the "
                          "candidate to dig in.")
        << QStringLiteral("the candidate to dig in") << QStringLiteral("urged")
        << QStringLiteral("Rudolph W. Giuliani, the former mayor who has become a close adviser")
        << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("a quoted naming ends before the writer's comment after it")
        << QStringLiteral("Ana B. Ruiz, the city's treasurer, on Monday called the budget \"reckless,\" an unusually "
                          "sharp rebuke of the mayor.")
        << QStringLiteral("the budget \"reckless") << QStringLiteral("called")
        << QStringLiteral("Ana B. Ruiz, the city's treasurer") << QStringLiteral("asserts") << QString() << QString();
    QTest::newRow("telling a body with no that: a pronoun opens what was told")
        << QStringLiteral("The mayor left the hearing early, telling the council it would vote in May.")
        << QStringLiteral("it would vote in May") << QStringLiteral("telling") << QStringLiteral("The mayor")
        << QStringLiteral("asserts") << QString() << QString();
}

void TestAttributionFinder::nearMisses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("notContent"); ///< no suggestion's content contains this
    QTest::addColumn<QString>("notSpeaker"); ///< no suggestion has this speaker

    QTest::newRow("an expectation with no object before its infinitive is no attribution")
        << QStringLiteral("The harbor master expected to retire in the spring.") << QStringLiteral("to retire")
        << QString();
    QTest::newRow("an expectation with a plain object is no attribution")
        << QStringLiteral("The mayor expects a long winter on the island.") << QStringLiteral("a long winter")
        << QString();
    QTest::newRow("a verb of urging with no infinitive is no attribution")
        << QStringLiteral("The fishermen pressed the harbor board for answers.") << QStringLiteral("the harbor board")
        << QString();
    QTest::newRow("a raised voice before a list of quotations is left alone")
        << QStringLiteral("The marchers chanted \"Save the pier\" and \"No more cuts\" outside city hall.")
        << QStringLiteral("Save the pier") << QString();
    QTest::newRow("a bare pronoun after complained about names no topic")
        << QStringLiteral("The coach complained about it for days after the final whistle.")
        << QStringLiteral("it for days") << QString();
    QTest::newRow("talks after an article is the noun")
        << QStringLiteral("Iran's talks about the nuclear deal stalled on Monday.")
        << QStringLiteral("the nuclear deal") << QString();
    QTest::newRow("those calling for something name no one")
        << QStringLiteral("Those calling for a recount gathered outside the hall on Sunday.")
        << QStringLiteral("a recount") << QString();
    QTest::newRow("an asking price is no request")
        << QStringLiteral("The house sold for well below the asking price last spring.")
        << QStringLiteral("price last spring") << QString();
    QTest::newRow("asking questions names no request")
        << QStringLiteral("The coach met the players on Monday, asking them questions about the trip.")
        << QStringLiteral("them questions about") << QString();
    QTest::newRow("a telephone call is no naming")
        << QStringLiteral("The harbor master called him at home after a long night on the docks.")
        << QStringLiteral("him at home") << QString();
    QTest::newRow("a reason of the writer's after a parenthetical cue is not what was believed")
        << QStringLiteral("Such repairs, the engineers believe, will keep the old bridge open, since the state has "
                          "no money for a new one.")
        << QStringLiteral("since the state") << QString();
    QTest::newRow("a naming without quotation marks ends before a participle with its own object")
        << QStringLiteral("The ferry captains called the timetable an insult, prompting the board to meet again.")
        << QStringLiteral("prompting the board") << QString();
    QTest::newRow("a quoted title in a sentence of the writer's keeps two quotes apart")
        << QStringLiteral("\u201CWe will win this state,\u201D Mayor Lena Ortiz said. Later she appeared on "
                          "\u201CFace the Nation.\u201D \u201CThe polls have been wrong all year.\u201D")
        << QStringLiteral("win this state,\u201D Mayor") << QString();
    QTest::newRow("a naming after and inside a that-clause is not the sentence subject's")
        << QStringLiteral("The auditor noted that the mayor had cut the library budget and called the cut "
                          "\"overdue.\"")
        << QStringLiteral("the cut \"overdue") << QString();
    QTest::newRow("a trailing phrase after an opening phrase of the writer's reports nothing")
        << QStringLiteral(
               "On a grey morning, as the fog lifted over the bay, the Harbor Gazette reported from the pier.")
        << QStringLiteral("as the fog lifted") << QString();
    QTest::newRow("told with an object of its own reports nothing before its comma")
        << QStringLiteral("On the third morning of his tour, the mayor told a joke.") << QStringLiteral("third morning")
        << QString();
    QTest::newRow("a participle's phrase ending in a plural noun is no trailing source")
        << QStringLiteral("The mayor ran a tireless campaign, hopping from night rallies to the morning news shows.")
        << QStringLiteral("tireless campaign") << QString();
    QTest::newRow("in before a phrase whose head is no poll")
        << QStringLiteral("In a memo released as the polls closed, the campaign manager thanked the volunteers.")
        << QStringLiteral("the campaign manager thanked") << QString();
    QTest::newRow("to before a determined phrase is no viewpoint")
        << QStringLiteral("To the surprise of the crew, the old ferry ran on time all winter.")
        << QStringLiteral("the old ferry ran on time") << QString();
    QTest::newRow("to before one capitalised verb in a heading is no viewpoint")
        << QStringLiteral("To Win, Harbor Candidates Need Money") << QStringLiteral("Candidates Need") << QString();
    QTest::newRow("to before a verb is no viewpoint")
        << QStringLiteral("To Win Back Riders, The Harbor Board Cuts Fares Again")
        << QStringLiteral("Harbor Board Cuts") << QString();
    QTest::newRow("a second cue between two quotes of a sentence keeps them apart")
        << QStringLiteral("\"I regard him as a partner,\" the mayor told the council on Tuesday, noting that the two "
                          "of them \"have spoken every week since the flood in the spring.\"")
        << QStringLiteral("partner,\" the mayor") << QString();
    QTest::newRow("the writer's words after a second quote with a pronoun of their own stay out")
        << QStringLiteral("\"Voters here do not care about the emails,\" Dana Lutz told reporters. \"What they care "
                          "about is groceries\" was how she summed it up later.")
        << QStringLiteral("was how she summed") << QString();
    QTest::newRow("and added with an object of its own is no statement")
        << QStringLiteral("At the town hall the clerk smiled at the visitors and added his own signature to the "
                          "petition.")
        << QStringLiteral("signature") << QString();
    QTest::newRow("an indefinite noun called a name that the sentence's verb follows names the thing")
        << QStringLiteral("The rally drew a big crowd. A warm-up band called Saltwater got the crowd to dance and "
                          "cheer for \"Mayor Ruiz.\"")
        << QStringLiteral("Saltwater got") << QString();
    QTest::newRow("saying goodbye after an opening preposition says nothing")
        << QStringLiteral("After saying goodbye to her staff, the mayor left the building.")
        << QStringLiteral("goodbye") << QString();
    QTest::newRow("saying hello after a preposition in mid-sentence says nothing")
        << QStringLiteral("The mayor left the building after saying hello to her staff.") << QStringLiteral("hello")
        << QString();
    QTest::newRow("calling attention to something names nothing")
        << QStringLiteral("The former mayor toured the docks on Friday, calling attention to the rusting cranes.")
        << QStringLiteral("rusting cranes") << QString();
    QTest::newRow("and wrote with an object of its own is no statement")
        << QStringLiteral("After the harvest of that dry summer, the two brothers sold the farm and wrote a memoir "
                          "about rye.")
        << QStringLiteral("memoir") << QString();
    QTest::newRow("wrote and a written work with no verb of its own is no statement")
        << QStringLiteral("The retired ferry captain wrote a detailed history of the harbor for the county library.")
        << QStringLiteral("history of the harbor") << QString();
    QTest::newRow("a headline's lead-in word is no speaker label")
        << QStringLiteral("Wow: The County Board Just Voted To Close Every Library On Sundays\n\nThe board met on "
                          "Tuesday.")
        << QStringLiteral("County Board Just Voted") << QString();
    QTest::newRow("an impression inside a relative clause is the writer's description")
        << QStringLiteral("The mayor posted a photo of the pier, which appeared to be taken from a fishing boat.")
        << QStringLiteral("taken from a fishing boat") << QString();
    QTest::newRow("added with a determined object and no verb is no statement")
        << QStringLiteral("The late storm added another delay to the bridge project.")
        << QStringLiteral("another delay") << QString();
    QTest::newRow("boasted with a determined object and no verb is no statement")
        << QStringLiteral("By the spring the campaign boasted a staff of forty in the capital.")
        << QStringLiteral("a staff of forty") << QString();
    QTest::newRow("adding to a lead is no statement")
        << QStringLiteral("The mayor won the third ward on Tuesday, adding to her lead over the council president.")
        << QStringLiteral("her lead") << QString();
    QTest::newRow("said to be after an interruption is no verb of saying")
        << QStringLiteral("The storm, which forecasters had tracked for days across the warm gulf waters, said to be "
                          "the worst in decades, flattened the pier.")
        << QStringLiteral("the worst in decades") << QString();
    QTest::newRow("and insisted on, without that, is no statement")
        << QStringLiteral("By the evening they had locked the doors, cleared the hall and insisted on a vote.")
        << QStringLiteral("a vote") << QString();
    QTest::newRow("a name after another cue of the quote does not take the quote")
        << QStringLiteral("\"The bridge will not open before winter,\" the sign read, and Tomas Ruiz, a welder from "
                          "Lowell, Mass., said nothing.")
        << QString() << QStringLiteral("Tomas Ruiz, a welder from Lowell, Mass.");
    QTest::newRow("a participle after a dash with only a short object is no statement")
        << QStringLiteral("He repeated the old proverb \u2014 saying it twice.") << QStringLiteral("it twice")
        << QString();
    QTest::newRow("a clause of its own set off between the cue and that is no phrase to skip")
        << QStringLiteral("The chairman told me, as I was leaving, that the vote would be close.")
        << QStringLiteral("the vote would be close") << QString();
    QTest::newRow("did not say before a that-clause reports no refusal")
        << QStringLiteral("The inspector did not say that the bridge was unsafe.")
        << QStringLiteral("the bridge was unsafe") << QString();
    QTest::newRow("a question about a bare it names no topic")
        << QStringLiteral("The senator was asked about it during the hearing.") << QStringLiteral("it") << QString();
    QTest::newRow("joked with a companion is no statement")
        << QStringLiteral("The pilot joked with his brother at the dinner table.") << QStringLiteral("his brother")
        << QString();
    QTest::newRow("a head of more than fifteen tokens is not joined to the tail of a parenthetical cue")
        << QStringLiteral("In the old town by the river where the mill stood for more than a century before the flood, "
                          "residents say, is a museum of weaving.")
        << QStringLiteral("residents say, is a museum") << QString();
    QTest::newRow("a phrase opening with a preposition between commas is no speaker")
        << QStringLiteral("Later that night, after the long interview concluded, the host thanked her guests.")
        << QString() << QStringLiteral("after the long interview");
    QTest::newRow("a cue followed by a comma and a participle sets off no parenthetical speaker")
        << QStringLiteral("The mayor called the vote rigged, a charge the election board denied, noting its audit.")
        << QString() << QStringLiteral("a charge the election board");
    QTest::newRow("a belief after a relative that is no statement")
        << QStringLiteral("It is a plan that voters believe will fail in the spring.") << QStringLiteral("will fail")
        << QString();
    QTest::newRow("a belief after a modal is no relative clause without its pronoun")
        << QStringLiteral("There was never a candidate we could believe will win the state.")
        << QStringLiteral("will win") << QString();
    QTest::newRow("a head ending in a preposition is not joined to a lower-case quotation")
        << QStringLiteral("The mayor thanked many groups, including, she said, \"the volunteers who never asked for "
                          "pay.\"")
        << QStringLiteral("including") << QString();
    QTest::newRow("an opening name whose long apposition holds a clause of its own")
        << QStringLiteral("Senator Ann Cole, 63, long a critic of the plan since she first read it in the spring, said "
                          "the bill would pass.")
        << QString()
        << QStringLiteral("Senator Ann Cole, 63, long a critic of the plan since she first read it in the spring");
    QTest::newRow("an opening name whose long apposition holds another cue")
        << QStringLiteral("Senator Ann Cole, 63, long a critic of the plan who had said for years it would fail, said "
                          "the bill would pass.")
        << QString()
        << QStringLiteral("Senator Ann Cole, 63, long a critic of the plan who had said for years it would fail");
    QTest::newRow("a credit line of names is no transcript turn")
        << QStringLiteral("The vote is on Friday.\n\nContributing: Maria Gomez, Peter Hall and Jane Roe")
        << QStringLiteral("Peter Hall") << QString();
    QTest::newRow("a roster under a state's name is no transcript turn")
        << QStringLiteral("These insiders took part:\n\nOhio: Anna Bell, Carl Dunn, Eve Frank, Gus Hale.")
        << QStringLiteral("Carl Dunn") << QString();
    QTest::newRow("a short heading with no closing punctuation is no transcript turn")
        << QStringLiteral("The road ahead.\n\nSmith: Hold the line\n\nSmith leads the polls by ten points.")
        << QStringLiteral("Hold the line") << QString();
    QTest::newRow("a short heading with its full stop between paragraphs of prose is no transcript turn")
        << QStringLiteral("The road ahead.\n\nSmith: Hold the line.\n\nSmith leads the polls by ten points.")
        << QStringLiteral("Hold the line") << QString();
    QTest::newRow("a name and a topic run into the paragraph below are a section heading, no transcript turn")
        << QStringLiteral("Three plans deserve a look.\n\nAnn Park: Bus fares Some cities already let riders travel "
                          "free. The cost is small compared with road repairs.\n\nTom Vogel: Parks Nobody plans "
                          "for them.")
        << QStringLiteral("already let riders travel free") << QString();
    QTest::newRow("a one-word topic label that the line uses as a common noun is no transcript turn")
        << QStringLiteral("The plans differ.\n\nTariffs: The senator wants higher tariffs on steel and aluminium "
                          "from abroad.\n\nThe governor disagrees.")
        << QStringLiteral("The senator wants higher tariffs") << QString();
    QTest::newRow("a programme's title after \"show\" is no quotation")
        << QStringLiteral("Ana Ruiz, star of the TLC reality show \"Bake Off,\" stopped by the diner.")
        << QStringLiteral("Bake Off") << QString();
    QTest::newRow("a programme's title after \"show\" and a comma is no quotation")
        << QStringLiteral(
               "He became famous as the host of the reality TV show, \"The Big Deal.\" He later ran for office.")
        << QStringLiteral("The Big Deal") << QString();
    QTest::newRow("\"show\" after a possessive is a noun")
        << QStringLiteral("Ms. Reyes's show the network canceled was the best of its kind.")
        << QStringLiteral("the network canceled") << QString();
    QTest::newRow("saw X as a conjunction is no view")
        << QStringLiteral("The crowd saw the mayor as he left the hall on Friday.")
        << QStringLiteral("the mayor as he left") << QString();
    QTest::newRow("seen by someone as something is no object")
        << QStringLiteral("The reporters saw through the plan as well as the excuses.")
        << QStringLiteral("through the plan") << QString();
    QTest::newRow("a demonstrative that after a preposition opens no clause")
        << QStringLiteral("The governor hinted at that in a speech on Monday.") << QStringLiteral("in a speech")
        << QString();
    QTest::newRow("the second noun of a two-word venue is not what was said")
        << QStringLiteral("The mayor spoke at length. She said in a video message to the council.")
        << QStringLiteral("message to the council") << QString();
    QTest::newRow("an object pronoun before say is no subject")
        << QStringLiteral("But hearing him say it on the radio gives it a new tone.") << QString()
        << QStringLiteral("But hearing him");
    QTest::newRow("a judgement's object in lower case is no bare name")
        << QStringLiteral("The crowd praised loudly.") << QStringLiteral("loudly") << QString();
    QTest::newRow("endorsed with an object that is no name")
        << QStringLiteral("The board endorsed a plan to widen the road.") << QStringLiteral("a plan") << QString();
    QTest::newRow("endorsed in a relative clause")
        << QStringLiteral("The union, which endorsed Delgado in the spring, held a rally.") << QStringLiteral("Delgado")
        << QString();
    QTest::newRow("mocked with an object that is no name")
        << QStringLiteral("The comedian mocked the idea of a tax cut.") << QStringLiteral("the idea") << QString();
    QTest::newRow("a memo saying as much is no statement of its own")
        << QStringLiteral("The union sent a memo saying as much after the vote.") << QStringLiteral("as much")
        << QString();
    QTest::newRow("what someone calls, in the writer's sentence")
        << QStringLiteral("Lopez railed against what she called the \"tax machine\" in the capital.")
        << QStringLiteral("tax machine") << QString();
    QTest::newRow("a judgement's object stops at a comma before a pronoun")
        << QStringLiteral("Though Smith blasted Obama for inaction on the issue, this has been happening for years.")
        << QStringLiteral("this has been happening") << QString();
    QTest::newRow("with, then words before the speaker saying")
        << QStringLiteral("He spoke with unusual candor about the war saying nothing new to the press.") << QString()
        << QStringLiteral("the war");
    QTest::newRow("with and a participle other than saying")
        << QStringLiteral(
               "The union endorsed her, with its president calling the race for her before the polls closed.")
        << QStringLiteral("the race for her") << QString();
    QTest::newRow("a quoted excerpt after a credit line is no statement")
        << QStringLiteral("\"A nightclub will close,\" by The Times' Ben Sisario: \"The Living Room will close at "
                          "the end of December.\"")
        << QStringLiteral("The Living Room will close") << QString();
    QTest::newRow("a quotation after a comma and a noun is no statement")
        << QStringLiteral("She spoke on the latest episode of its politics podcast, \"So, That Happened.\"")
        << QStringLiteral("So, That Happened") << QString();
    QTest::newRow("a quotation after a comma that goes on in the sentence is no statement")
        << QStringLiteral("He jokes, \"a never ending line\" of voters waits outside.")
        << QStringLiteral("a never ending line") << QString();
    QTest::newRow("a parenthetical cue before a new clause keeps the head apart")
        << QStringLiteral("On Monday, officials said, the army crossed the river near the town.")
        << QStringLiteral("On Monday, officials said") << QString();
    QTest::newRow("a coordinated opening phrase is no name run")
        << QStringLiteral("Party chairman and state treasurer, two posts held for a decade by the same family, said "
                          "to be a burden, were merged.")
        << QString()
        << QStringLiteral("Party chairman and state treasurer, two posts held for a decade by the same family");
    QTest::newRow("according to before a second clause with and")
        << QStringLiteral("Trump leads in Indiana, according to the poll, and has a small lead in Ohio.")
        << QStringLiteral("small lead in Ohio") << QString();
    QTest::newRow("a past-tense verb with an object after a quote")
        << QStringLiteral("\"It was a long night,\" she recalled. Then Smith turned the page and opened the file.")
        << QStringLiteral("the page") << QString();
    QTest::newRow("a past-tense verb after a quote that ends its sentence")
        << QStringLiteral("The crowd wore shirts with \"Feel the Bern.\" Police stopped traffic on the bridge.")
        << QStringLiteral("Feel the Bern") << QString();
    QTest::newRow("determined speaker without a quote before the cue")
        << QStringLiteral("After the vote, said a person close to the campaign, the mood changed.") << QString()
        << QStringLiteral("a person close to the campaign");
    QTest::newRow("modifiers not right after the quote")
        << QStringLiteral("\"Hope,\" the crowd chanted before longtime ally Jeb Bush said the race was close.")
        << QString() << QStringLiteral("longtime ally Jeb Bush");
    QTest::newRow("a person shows no evidence") << QStringLiteral("Senator Smith showed reporters around the building.")
                                                << QStringLiteral("reporters around the building") << QString();
    QTest::newRow("a poll that shows up") << QStringLiteral("The new poll showed up late on Monday night.")
                                          << QStringLiteral("late on Monday") << QString();
    QTest::newRow("relative pronoun with a weak verb")
        << QStringLiteral("Senator Lee, who believes in tax cuts, spoke first.") << QStringLiteral("tax cuts")
        << QStringLiteral("who");
    QTest::newRow("asked about") << QStringLiteral("Senator Ray asked about the budget on Monday.")
                                 << QStringLiteral("the budget") << QString();
    QTest::newRow("apposition that is no name")
        << QStringLiteral("The spokesman, angry and tired, said the talks had failed.") << QString()
        << QStringLiteral("The spokesman, angry and tired");
    QTest::newRow("a heading with a colon is no turn")
        << QStringLiteral("The talks went on.\n\nUpdate: The story was changed to add details on Monday.")
        << QStringLiteral("The story was changed") << QString();
    QTest::newRow("a lower-case line opening is no turn")
        << QStringLiteral("The talks went on.\n\nwhat follows: the story was changed to add details on Monday.")
        << QStringLiteral("the story was changed") << QString();
    QTest::newRow("a number's period is no initial")
        << QStringLiteral("The vote was 5 to 4. Smith said the plan had failed badly.") << QString()
        << QStringLiteral("4. Smith");
    QTest::newRow("coordinated with but, no subject opens the sentence")
        << QStringLiteral("In Iowa the debt came down fast, but said the report it was too late for most families.")
        << QStringLiteral("too late") << QStringLiteral("In Iowa");
    QTest::newRow("participle after an opening phrase with no named subject")
        << QStringLiteral("In the end, the results were mixed, saying little about the race in Iowa.")
        << QStringLiteral("little about the race") << QString();
    QTest::newRow("a period before a space still ends the sentence")
        << QStringLiteral("Turnout rose to 45.4 percent. Officials said the count was slow in the north.")
        << QStringLiteral("percent") << QString();
    QTest::newRow("a relative clause ends at its comma")
        << QStringLiteral("The plan, which officials said was approved last year, will not apply to most states.")
        << QStringLiteral("will not apply") << QString();
    QTest::newRow("a relative that after a noun is no cue")
        << QStringLiteral("The bill passed the house that states had hoped for.") << QStringLiteral("had hoped")
        << QString();
    QTest::newRow("and with a weak verb and no that-clause")
        << QStringLiteral("The GOP contenders met on Monday and admitted defeat after a long night.")
        << QStringLiteral("defeat after a long night") << QString();
    QTest::newRow("a year is no poll share")
        << QStringLiteral("In 2016 the party said nothing new about the plan.") << QString() << QStringLiteral("2016");
    QTest::newRow("expected without a copula")
        << QStringLiteral("The long expected rain fell on the dry fields to the north.") << QStringLiteral("rain fell")
        << QString();
    QTest::newRow("the listener after told never speaks")
        << QStringLiteral("One delegate not on the slate, Kelly Schmdit, told POLITICO she was leaning toward Cruz.")
        << QString() << QStringLiteral("POLITICO she");
    QTest::newRow("as the speaker said something, then another clause")
        << QStringLiteral("As Smith said goodbye to his staff, the plan failed.") << QStringLiteral("the plan failed")
        << QString();
    QTest::newRow("belief verb without a clause")
        << QStringLiteral("Many strategists hope for a quick end.") << QStringLiteral("quick end") << QString();
    QTest::newRow("quote in the next paragraph stays apart")
        << QStringLiteral("Corker said the talks were careful and slow.\n\n\"We will see what happens next week.\"")
        << QStringLiteral("careful and slow.") << QString();
    QTest::newRow("a quoted title inside a sentence, then a verb with its object")
        << QStringLiteral("The actor, who starred in \"Harbor Lights,\" posted the clip online.")
        << QStringLiteral("Harbor Lights") << QString();
    QTest::newRow("a quotation after a bare speaker and cue that has a speaker of its own")
        << QStringLiteral("The mayor agreed. \"The pier must close this winter,\" her deputy said.") << QString()
        << QStringLiteral("The mayor");
    QTest::newRow("a participle after a copula that says nothing")
        << QStringLiteral("The council's silence is telling in itself, and the vote is calling attention to it.")
        << QStringLiteral("in itself") << QString();
    QTest::newRow("a progressive verb that is no verb of saying")
        << QStringLiteral("The novelist is writing a memoir about the flood.") << QStringLiteral("a memoir")
        << QString();
    QTest::newRow("a participle other than citing after such a subject")
        << QStringLiteral("By Friday evening the two freight companies had called off their merger, suggesting "
                          "weaker demand.")
        << QStringLiteral("weaker demand") << QString();
    QTest::newRow("a passive report whose by-phrase names no one")
        << QStringLiteral("The new schedule was announced by accident on the city's website.")
        << QStringLiteral("The new schedule") << QString();
    QTest::newRow("a quotation relayed as reported by an outlet keeps its own speaker")
        << QStringLiteral("\"We will rebuild the pier,\" the mayor said in a podcast, as reported by the Harbor "
                          "Gazette.")
        << QString() << QStringLiteral("the Harbor Gazette");
    QTest::newRow("a verb of the sentence before the document that revealed something")
        << QStringLiteral("The agency withheld a key memo in 2019 that would have revealed the cost overruns.")
        << QStringLiteral("the cost overruns") << QString();
    QTest::newRow("a proposal with no speaker of its own")
        << QStringLiteral("Those who proposed the tax on sugary drinks were not re-elected in May.")
        << QStringLiteral("the tax on sugary drinks") << QString();
    QTest::newRow("a phrase between dashes holding a quotation is not skipped")
        << QStringLiteral(
               "The new pier \u2014 \"a marvel,\" one visitor wrote \u2014 said nothing to the old fishermen.")
        << QString() << QStringLiteral("The new pier");
    QTest::newRow("an intention verb before to and a venue is no intention")
        << QStringLiteral("The mayor agreed to an interview with the harbor paper on Tuesday.")
        << QStringLiteral("an interview") << QString();
    QTest::newRow("a theft reported to the police is no report of what was said")
        << QStringLiteral("The theft of the two paintings was reported to the police on Monday.")
        << QStringLiteral("The theft") << QString();
    QTest::newRow("a personal passive of saying is no impersonal report")
        << QStringLiteral("The treaty was announced that evening by both ministers.") << QStringLiteral("evening by")
        << QString();
    QTest::newRow("an as clause whose verb has an object of its own")
        << QStringLiteral("The band played on, as she said goodbye to her friends.")
        << QStringLiteral("The band played on") << QString();
    QTest::newRow("an as clause of hope is no report") << QStringLiteral("The plan will pass this spring, as he hopes.")
                                                       << QStringLiteral("The plan will pass") << QString();
    QTest::newRow("put it outside an as clause") << QStringLiteral("He put it on the table before the meeting began.")
                                                 << QStringLiteral("the table") << QString();
    QTest::newRow("points out outside an as clause")
        << QStringLiteral("The guide points out the old lighthouse to every group.")
        << QStringLiteral("the old lighthouse") << QString();
    QTest::newRow("a frequency adverb before a verb that reports nothing")
        << QStringLiteral("The night ferry sometimes runs an hour late in the winter.") << QStringLiteral("hour late")
        << QString();
    QTest::newRow("an aside in parentheses is no part of the statement before it")
        << QStringLiteral("The engineer stressed the dam was safe. (It failed two years later.)")
        << QStringLiteral("failed") << QString();
    QTest::newRow("a party label in parentheses ends no sentence")
        << QStringLiteral("Sen. Ann Ruiz (D-Ore.) insisted the bill would pass.") << QString()
        << QStringLiteral("Ore.");
    QTest::newRow("a name after referring to with no comma before it")
        << QStringLiteral("The clauses referring to Hart were struck from the harbour plan.") << QStringLiteral("Hart")
        << QString();
    QTest::newRow("a past participle after an article describes a noun")
        << QStringLiteral("The added security at the stadium angered many of the visiting fans.")
        << QStringLiteral("security at the stadium") << QString();
    QTest::newRow("a past participle after a number describes a noun")
        << QStringLiteral("In the valley, 120 pledged delegates are at stake, and the mayor hopes to win most of them.")
        << QStringLiteral("delegates are at stake") << QString();
    QTest::newRow("a programme quoted in an opening phrase")
        << QStringLiteral("Speaking on \"Harbour Talk,\" the mayor praised the ferry crews.")
        << QStringLiteral("Harbour Talk") << QString();
    QTest::newRow("a participle after a trailing cue")
        << QStringLiteral("Fares will stay low, the mayor said, wiping the rain off his glasses.")
        << QStringLiteral("wiping") << QString();
    QTest::newRow("when asked about opening the sentence")
        << QStringLiteral("When asked about the fares, the mayor changed the subject.")
        << QStringLiteral("about the fares") << QString();
    QTest::newRow("when asked to, a request for an act")
        << QStringLiteral("The mayor left the stage when asked to stop speaking.") << QStringLiteral("to stop speaking")
        << QString();
    QTest::newRow("when asked with nothing after it")
        << QStringLiteral("The mayor laughed when asked, and the crowd cheered.") << QStringLiteral("crowd cheered")
        << QString();
    QTest::newRow("an opening phrase stays out of the quotation after it")
        << QStringLiteral("After the vote on Tuesday, \"We have won,\" the mayor said.")
        << QStringLiteral("After the vote") << QString();
    QTest::newRow("an opening asked phrase does not speak the quotation")
        << QStringLiteral("Asked about the budget, \"We will not cut schools,\" the mayor said.") << QString()
        << QStringLiteral("Asked");
}

void TestAttributionFinder::nearMisses()
{
    QFETCH(QString, text);
    QFETCH(QString, notContent);
    QFETCH(QString, notSpeaker);
    const QList<Suggestion> list = AttributionFinder().find(text);
    for (const Suggestion &s : list) {
        QVERIFY2(notContent.isEmpty() || !s.content.text.contains(notContent), qPrintable(s.content.text));
        QVERIFY2(notSpeaker.isEmpty() || s.speaker.text != notSpeaker, qPrintable(s.speaker.text));
    }
}

void TestAttributionFinder::appositionNameNotSubjectAfterCue()
{
    // A description too long for the phrase rules, then the name in apposition: the name speaks, and the noun
    // phrase after the cue, which has a verb of its own, is the subject of what was said.
    const QList<Suggestion> list = AttributionFinder().find(
        QStringLiteral("The head of the tenants' union, Maria Lopez, said Mayor Smith's plan will fail."));
    const Suggestion *s = find(list, QStringLiteral("Mayor Smith's plan will fail"));
    QVERIFY(s);
    QCOMPARE(s->content.text, QStringLiteral("Mayor Smith's plan will fail"));
    QCOMPARE(s->cue.text, QStringLiteral("said"));
    QVERIFY2(s->speaker.text.endsWith(QStringLiteral("Maria Lopez")), qPrintable(s->speaker.text));
}

void TestAttributionFinder::rules()
{
    QFETCH(QString, text);
    QFETCH(QString, content);
    QFETCH(QString, cue);
    QFETCH(QString, speaker);
    QFETCH(QString, stance);
    QFETCH(QString, status);
    QFETCH(QString, reportedBy);
    const QList<Suggestion> list = AttributionFinder().find(text);
    const Suggestion *s = find(list, content);
    QVERIFY2(s, qPrintable(QStringLiteral("%1 suggestion(s), none with content \"%2\"").arg(list.size()).arg(content)));
    QCOMPARE(s->content.text, content);
    QCOMPARE(s->cue.text, cue);
    QCOMPARE(s->speaker.text, speaker);
    QCOMPARE(stanceKey(s->stance), stance);
    QCOMPARE(s->status, status);
    QCOMPARE(s->reportedBy, reportedBy);
}

void TestAttributionFinder::relativePronounStandsForTheName()
{
    const QList<Suggestion> list = AttributionFinder().find(
        QStringLiteral("Sen. Christian Pardo, who said he would not vote for either man, left early."));
    const Suggestion *s = find(list, QStringLiteral("he would not vote"));
    QVERIFY(s);
    QCOMPARE(s->speaker.text, QStringLiteral("who"));
    QCOMPARE(s->entity, QStringLiteral("Christian Pardo"));
    QCOMPARE(s->content.text, QStringLiteral("he would not vote for either man"));
}

void TestAttributionFinder::pronounFollowsLastSpeaker()
{
    const QString text = QStringLiteral(
        "Defence Minister Olga Marsh said the base would close next year.\n\nShe said the staff would move to the "
        "capital.\n\nThe ministry said the decision was final. It added that no jobs would be lost.");
    const QList<Suggestion> list = AttributionFinder().find(text);
    const Suggestion *she = find(list, QStringLiteral("the staff would move"));
    QVERIFY(she);
    QCOMPARE(she->speaker.text, QStringLiteral("She"));
    QCOMPARE(she->entity, QStringLiteral("Olga Marsh"));
    const Suggestion *it = find(list, QStringLiteral("no jobs would be lost"));
    QVERIFY(it);
    QCOMPARE(it->speaker.text, QStringLiteral("It"));
    QCOMPARE(it->entity, QStringLiteral("ministry"));
    // "both" names the pair; "the" only points.
    const QList<Suggestion> pair = AttributionFinder().find(
        QStringLiteral("The talks stalled after both sides reported drone strikes on their territory overnight."));
    const Suggestion *both = find(pair, QStringLiteral("drone strikes"));
    QVERIFY(both);
    QCOMPARE(both->speaker.text, QStringLiteral("both sides"));
    QCOMPARE(both->entity, QStringLiteral("both sides"));
    // Before "of" a quantifier is the phrase's head: the entity keeps it.
    const QList<Suggestion> most =
        AttributionFinder().find(QStringLiteral("Most of the nurses at the clinic said the new shifts were too long."));
    const Suggestion *nurses = find(most, QStringLiteral("shifts were too long"));
    QVERIFY(nurses);
    QCOMPARE(nurses->entity, QStringLiteral("Most of the nurses at the clinic"));
}

void TestAttributionFinder::aliasResolvesEntity()
{
    AttributionFinder finder;
    finder.addAlias(QStringLiteral("Yerevan"), QStringLiteral("Government of Armenia"));
    const QList<Suggestion> list =
        finder.find(QStringLiteral("Yerevan said the shooting had been started by the other side."));
    const Suggestion *s = find(list, QStringLiteral("the shooting had been started"));
    QVERIFY(s);
    QCOMPARE(s->speaker.text, QStringLiteral("Yerevan"));
    QCOMPARE(s->entity, QStringLiteral("Government of Armenia"));
    // Without the alias the name stands for itself.
    QCOMPARE(find(AttributionFinder().find(QStringLiteral("Yerevan said the shooting had been started by the other "
                                                          "side.")),
                  QStringLiteral("shooting"))
                 ->entity,
             QStringLiteral("Yerevan"));
}

void TestAttributionFinder::multiSentenceQuote()
{
    const QString text = QStringLiteral(
        "\u201CWe were there. We saw it all,\u201D said the witness, Sara Lund. \u201CNobody came to help.\u201D");
    const QList<Suggestion> list = AttributionFinder().find(text);
    QCOMPARE(list.size(), 1);
    // One statement around a short attribution, as annotators mark it.
    QVERIFY(list[0].content.text.startsWith(QStringLiteral("We were there. We saw it all")));
    QVERIFY(list[0].content.text.endsWith(QStringLiteral("Nobody came to help")));
    QCOMPARE(list[0].rule.section(u'/', 0, 0), QStringLiteral("quote-cue-speaker"));
}

void TestAttributionFinder::continuationAfterLongApposition()
{
    // '"Q1," said X, a long apposition. "Q2."': the second quote joins the statement, even in the next paragraph
    // (when the quotes are longer than the attribution between them).
    const QString text = QStringLiteral(
        "\u201CThat is a problem for the party,\u201D said Rep. Jim Clyburn, a member of the House Democratic "
        "leadership who has served in Congress since 1993.\n\n\u201CI would love to see him endorse the nominee "
        "before the convention opens.\u201D");
    const QList<Suggestion> list = AttributionFinder().find(text);
    QCOMPARE(list.size(), 1);
    QVERIFY(list[0].content.text.startsWith(QStringLiteral("That is a problem for the party")));
    QVERIFY(list[0].content.text.endsWith(QStringLiteral("I would love to see him endorse the nominee before the "
                                                         "convention opens")));
    QCOMPARE(list[0].cue.text, QStringLiteral("said"));
}

void TestAttributionFinder::shortContinuationStandsAlone()
{
    // A quotation set apart from the speaker's last one (here by a sentence of the writer's) goes on with that
    // speaker as a statement of its own; a short one is that statement's last words, no statement by itself.
    const QString head = QStringLiteral("\u201CThe ferry was late again this morning,\u201D Ana Ruiz said. She had "
                                        "waited on the dock for an hour.\n\n");
    const QList<Suggestion> shortList = AttributionFinder().find(head + QStringLiteral("\u201CIt was a mess.\u201D"));
    QVERIFY(!find(shortList, QStringLiteral("It was a mess")));
    const QList<Suggestion> longList = AttributionFinder().find(
        head + QStringLiteral("\u201CIt was a mess from the first boat of the morning to the last one.\u201D"));
    const Suggestion *s = find(longList, QStringLiteral("It was a mess from the first boat"));
    QVERIFY(s);
    QCOMPARE(s->speaker.text, QStringLiteral("Ana Ruiz"));
}

void TestAttributionFinder::quotationOverSeveralParagraphs()
{
    // A quotation left open at the end of its paragraph and reopened at the start of the next goes on there, over
    // as many paragraphs as it runs.
    const QString text =
        QStringLiteral("The mayor told the council: \u201CThe harbour has lost three ferries since the spring.\n\n"
                       "\u201CThe pier is older than any of us, and the tide does not wait for a budget.\n\n"
                       "\u201CWe will rebuild it before the winter storms arrive.\u201D");
    const QList<Suggestion> list = AttributionFinder().find(text);
    QCOMPARE(list.size(), 1);
    QVERIFY(list[0].content.text.startsWith(QStringLiteral("The harbour has lost three ferries")));
    QVERIFY(list[0].content.text.endsWith(QStringLiteral("before the winter storms arrive")));
    QCOMPARE(list[0].speaker.text, QStringLiteral("The mayor"));
}

void TestAttributionFinder::weakCueInsideAStatement()
{
    // "plans to" inside what "says" reports is part of that statement, not a second one.
    const QList<Suggestion> list =
        AttributionFinder().find(QStringLiteral("Carly Fiorina says she plans to root for Iowa on Monday."));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].content.text, QStringLiteral("she plans to root for Iowa on Monday"));
    QCOMPARE(list[0].cue.text, QStringLiteral("says"));
    // So inside what a later cue of the sentence reports: one statement, the spokesman's.
    const QList<Suggestion> later = AttributionFinder().find(
        QStringLiteral("The senator also plans to vote against the harbour bill next week, her spokesman insisted."));
    QCOMPARE(later.size(), 1);
    QCOMPARE(later[0].content.text,
             QStringLiteral("The senator also plans to vote against the harbour bill next week"));
    QCOMPARE(later[0].cue.text, QStringLiteral("insisted"));
    // An intention outside that statement stays one of its own.
    const QList<Suggestion> apart = AttributionFinder().find(
        QStringLiteral("The senator plans to vote against the harbour bill, and her spokesman insisted the vote "
                       "would be close."));
    QVERIFY(find(apart, QStringLiteral("to vote against the harbour bill")));
    // A "that" that starts no clause of its own is no cue: "the news that broke".
    QVERIFY(AttributionFinder().find(QStringLiteral("Voters followed the news that broke overnight.")).isEmpty());
}

void TestAttributionFinder::restatedStatementInsideAnother()
{
    // What the survey's respondents said is what "according to" reports: one statement, the outer one.
    const QList<Suggestion> poll = AttributionFinder().find(
        QStringLiteral("According to the harbour survey, tenants said the ferry fares should be cut before the "
                       "winter timetable starts."));
    QCOMPARE(poll.size(), 1);
    QCOMPARE(poll[0].cue.text, QStringLiteral("According to"));
    QCOMPARE(poll[0].content.text,
             QStringLiteral("tenants said the ferry fares should be cut before the winter timetable starts"));
    // So a statement a later cue of the sentence reports whole.
    const QList<Suggestion> later = AttributionFinder().find(
        QStringLiteral("Rangers warned that the northern trail along the river would stay closed through the whole "
                       "of the spring, the park office said."));
    QCOMPARE(later.size(), 1);
    QCOMPARE(later[0].cue.text, QStringLiteral("said"));
    // A nested statement that is only a small part of the outer one stays one of its own.
    const QList<Suggestion> part = AttributionFinder().find(
        QStringLiteral("According to the harbour survey, most of the tenants who live near the docks and use the "
                       "ferry every day said that fares were too high."));
    QCOMPARE(part.size(), 2);
    QVERIFY(std::any_of(part.cbegin(), part.cend(),
                        [](const Suggestion &s) { return s.content.text == QStringLiteral("fares were too high"); }));
    // "According to" inside a quotation's span names where the writer read it: the quotation stays, alone.
    const QList<Suggestion> read = AttributionFinder().find(QStringLiteral(
        "\u201CWe will keep the harbour open all winter,\u201D the mayor said, according to the Gazette. "
        "\u201CNobody should worry about the ferries.\u201D"));
    QCOMPARE(read.size(), 1);
    QCOMPARE(read[0].cue.text, QStringLiteral("said"));
    // Outside any other statement it is a statement of its own, as is what the mayor said.
    const QList<Suggestion> apart = AttributionFinder().find(
        QStringLiteral("The mayor said the harbour would stay open all winter, according to the Gazette."));
    QCOMPARE(apart.size(), 2);
    QVERIFY(find(apart, QStringLiteral("The mayor said the harbour")));
}

void TestAttributionFinder::nothingInPlainProse()
{
    QVERIFY(AttributionFinder()
                .find(QStringLiteral("The river rose overnight and the bridge was closed. Traffic "
                                     "moved slowly through the United States and Canada."))
                .isEmpty());
    QVERIFY(AttributionFinder().find(QString()).isEmpty());
    QVERIFY(AttributionFinder().find(QStringLiteral("\"\"\" said said , , \u201D\u201C")).size() <= 1);
}

void TestAttributionFinder::codePointsWithEmoji()
{
    const QString text = QStringLiteral("\U0001F4A5\U0001F4A5 The army said the strike hit a depot.");
    const QList<Suggestion> list = AttributionFinder().find(text);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].content.text, QStringLiteral("the strike hit a depot"));
    QCOMPARE(list[0].content.start, qint64(text.indexOf(QStringLiteral("the strike")) - 2));
    QCOMPARE(TextOffsets::slice(text, list[0].content.start, list[0].content.end), list[0].content.text);
}

void TestAttributionFinder::acceptCreatesClaimInOneStep()
{
    const qint64 id = article(kKremlin);
    ClaimSuggester suggester(m_project->db());
    const QList<Suggestion> list = suggester.pendingSuggestions(id);
    const Suggestion *trump = find(list, QStringLiteral("the two men had been in contact"));
    QVERIFY(trump);
    const int steps = m_project->undoStack()->count();
    const QList<qint64> ids = SuggestionActions::accept(*m_project, id, {*trump});
    QCOMPARE(ids.size(), 1);
    QCOMPARE(m_project->undoStack()->count(), steps + 1);
    const auto claim = m_project->claims().claim(ids[0]);
    QVERIFY(claim);
    QCOMPARE(claim->anchor.quote, QStringLiteral("the two men had been in contact"));
    QCOMPARE(claim->anchor.start, trump->content.start);
    QCOMPARE(claim->anchor.end, trump->content.end);
    QCOMPARE(claim->claimant, QStringLiteral("Donald Trump"));
    QCOMPARE(claim->stance, Stance::Asserts);
    // Accepted: no longer pending.
    QVERIFY(!find(suggester.pendingSuggestions(id), QStringLiteral("the two men had been in contact")));
    m_project->undoStack()->undo();
    QVERIFY(!m_project->claims().claim(ids[0]));
    QVERIFY(find(suggester.pendingSuggestions(id), QStringLiteral("the two men had been in contact")));
}

void TestAttributionFinder::acceptAllLinksContradiction()
{
    const qint64 id = article(kAzerbaijan);
    ClaimSuggester suggester(m_project->db());
    const QList<Suggestion> list = suggester.pendingSuggestions(id);
    QVERIFY(list.size() >= 4);
    const int steps = m_project->undoStack()->count();
    const QList<qint64> ids = SuggestionActions::accept(*m_project, id, list);
    QCOMPARE(ids.size(), list.size());
    QCOMPARE(m_project->undoStack()->count(), steps + 1);
    QVERIFY(suggester.pendingSuggestions(id).isEmpty());

    qint64 denial = 0;
    qint64 statement = 0;
    for (const Claim &c : m_project->claims().claimsForArticle(id)) {
        if (c.anchor.quote == u"the statement from Azerbaijan was untrue")
            denial = c.id;
        if (c.anchor.quote.startsWith(u"Armenian forces had opened fire"))
            statement = c.id;
    }
    QVERIFY(denial && statement);
    const QList<ClaimLink> links = m_project->claims().links(denial);
    QCOMPARE(links.size(), 1);
    QCOMPARE(links[0].relation, ClaimRelation::Contradicts);
    QCOMPARE(links[0].fromClaim, denial);
    QCOMPARE(links[0].toClaim, statement);
    QCOMPARE(m_project->claims().claim(denial)->status, QStringLiteral("Disputed"));
    QCOMPARE(m_project->claims().claim(statement)->status, QStringLiteral("Disputed"));
    QCOMPARE(m_project->claims().claim(denial)->claimant, QStringLiteral("Armenia's defense ministry"));
    QCOMPARE(m_project->claims().claim(denial)->stance, Stance::Denies);

    m_project->undoStack()->undo();
    QVERIFY(m_project->claims().claimsForArticle(id).isEmpty());
    QCOMPARE(suggester.pendingSuggestions(id).size(), list.size());
    m_project->undoStack()->redo();
    QCOMPARE(m_project->claims().claimsForArticle(id).size(), list.size());
}

void TestAttributionFinder::rejectIsRememberedAndUndoable()
{
    const qint64 id = article(kAzerbaijan);
    ClaimSuggester suggester(m_project->db());
    const QList<Suggestion> before = suggester.pendingSuggestions(id);
    const Suggestion *verify = find(before, QStringLiteral("the situation in the area"));
    QVERIFY(verify);
    QVERIFY(SuggestionActions::reject(*m_project, *verify));
    QCOMPARE(suggester.pendingSuggestions(id).size(), before.size() - 1);
    QVERIFY(!find(suggester.pendingSuggestions(id), QStringLiteral("the situation in the area")));
    QCOMPARE(suggester.refreshCount(id), int(before.size()) - 1);
    QCOMPARE(SuggestionStore(m_project->db()).pendingCount(id), std::optional<int>(int(before.size()) - 1));

    // Remembered in the file: a fresh project object still leaves it out.
    const QString path = m_project->path();
    m_project.reset();
    QString error;
    m_project = Project::open(path, &error);
    QVERIFY2(m_project, qPrintable(error));
    QVERIFY(!find(ClaimSuggester(m_project->db()).pendingSuggestions(id), QStringLiteral("the situation in the area")));
    QCOMPARE(SuggestionStore(m_project->db()).rejections(id).size(), 1);

    // Undo (in a session that made it) brings it back.
    const QList<Suggestion> now = ClaimSuggester(m_project->db()).pendingSuggestions(id);
    QVERIFY(SuggestionActions::reject(*m_project, now.first()));
    QCOMPARE(SuggestionStore(m_project->db()).rejections(id).size(), 2);
    m_project->undoStack()->undo();
    QCOMPARE(SuggestionStore(m_project->db()).rejections(id).size(), 1);
    QVERIFY(find(ClaimSuggester(m_project->db()).pendingSuggestions(id), now.first().content.text));
}

qint64 TestAttributionFinder::addArticle(const QString &title, const QString &body, const QDate &published)
{
    Article a;
    a.title = title;
    a.body = body;
    a.published.date = published;
    a.uid = articleUid(a.title, a.body);
    return m_project->articles().insert(a);
}

qint64 TestAttributionFinder::acceptOne(qint64 articleId, const QString &contentPart)
{
    const QList<Suggestion> list = ClaimSuggester(m_project->db()).pendingSuggestions(articleId);
    const Suggestion *s = find(list, contentPart);
    if (!s)
        return 0;
    const QList<qint64> ids = SuggestionActions::accept(*m_project, articleId, {*s});
    return ids.size() == 1 ? ids[0] : 0;
}

void TestAttributionFinder::crossArticleContradiction()
{
    const QDate day(2024, 11, 20);
    // A: Baku's statement, recorded as a claim. D: a later Azerbaijani claim (after the denial: never its target).
    const qint64 a = addArticle(QStringLiteral("Baku accuses Yerevan"),
                                QStringLiteral("Azerbaijan's defense ministry said Armenian forces had opened fire on "
                                               "its positions from the Goris area."),
                                day.addDays(-3));
    const qint64 d = addArticle(QStringLiteral("Baku again"),
                                QStringLiteral("Azerbaijan's defense ministry said Armenian units had shelled "
                                               "villages near Goris overnight."),
                                day.addDays(5));
    // B: Yerevan's denial three days after A, and a denial about something else.
    const qint64 b = addArticle(QStringLiteral("Yerevan answers"),
                                QStringLiteral("Armenia's defense ministry said the statement from Azerbaijan was "
                                               "untrue.\n\nThe mayor's office denied that the bridge would close "
                                               "in March."),
                                day);
    // F: the same denial two months later: A is outside its window.
    const qint64 f = addArticle(QStringLiteral("Yerevan much later"),
                                QStringLiteral("Armenia's defense ministry said the statement from Azerbaijan was "
                                               "untrue."),
                                day.addDays(60));
    QVERIFY(a && b && d && f);
    const qint64 statement = acceptOne(a, QStringLiteral("Armenian forces had opened fire"));
    const qint64 later = acceptOne(d, QStringLiteral("Armenian units had shelled"));
    QVERIFY(statement && later);
    const QString statusBefore = m_project->claims().claim(statement)->status;
    QVERIFY(statusBefore != u"Disputed");

    ClaimSuggester suggester(m_project->db());
    const QList<Suggestion> list = suggester.pendingSuggestions(b);
    const Suggestion *denial = find(list, QStringLiteral("the statement from Azerbaijan was untrue"));
    QVERIFY(denial);
    QCOMPARE(denial->stance, Stance::Denies);
    QCOMPARE(denial->contradictsClaimId, statement);
    QCOMPARE(denial->contradictsArticleId, a);
    QCOMPARE(denial->contradictsContent.text, m_project->claims().claim(statement)->anchor.quote);
    QCOMPARE(denial->status, QStringLiteral("Disputed"));
    QCOMPARE(denial->contradictsScore, 0.6); // named, no shared content words
    // The unrelated denial gets no cross-article link.
    const Suggestion *bridge = find(list, QStringLiteral("the bridge would close"));
    QVERIFY(bridge);
    QCOMPARE(bridge->stance, Stance::Denies);
    QCOMPARE(bridge->contradictsClaimId, 0);
    QVERIFY(!bridge->contradictsContent.isValid());
    // Much later: nothing in its window.
    const QList<Suggestion> lateList = suggester.pendingSuggestions(f);
    const Suggestion *lateDenial = find(lateList, QStringLiteral("the statement from Azerbaijan was untrue"));
    QVERIFY(lateDenial);
    QCOMPARE(lateDenial->contradictsClaimId, 0);

    // Accept: the link to A's claim and Disputed on both, in one step.
    const int steps = m_project->undoStack()->count();
    const QList<qint64> ids = SuggestionActions::accept(*m_project, b, {*denial});
    QCOMPARE(ids.size(), 1);
    QCOMPARE(m_project->undoStack()->count(), steps + 1);
    const QList<ClaimLink> links = m_project->claims().links(ids[0]);
    QCOMPARE(links.size(), 1);
    QCOMPARE(links[0].relation, ClaimRelation::Contradicts);
    QCOMPARE(links[0].fromClaim, ids[0]);
    QCOMPARE(links[0].toClaim, statement);
    QCOMPARE(m_project->claims().claim(ids[0])->status, QStringLiteral("Disputed"));
    QCOMPARE(m_project->claims().claim(statement)->status, QStringLiteral("Disputed"));
    QCOMPARE(m_project->claims().claim(later)->status, statusBefore);
    QVERIFY(m_project->claims().links(later).isEmpty());

    // Undo: the denial, its link and A's status are as they were.
    m_project->undoStack()->undo();
    QVERIFY(!m_project->claims().claim(ids[0]));
    QVERIFY(m_project->claims().links(statement).isEmpty());
    QCOMPARE(m_project->claims().claim(statement)->status, statusBefore);
    // Redo puts all of it back.
    m_project->undoStack()->redo();
    QCOMPARE(m_project->claims().links(statement).size(), 1);
    QCOMPARE(m_project->claims().claim(statement)->status, QStringLiteral("Disputed"));
}

void TestAttributionFinder::crossArticleByOverlap()
{
    // No "statement"/"claim" in the denial: the shared words pick the claim; a claim on another topic loses.
    const QDate day(2024, 11, 20);
    const qint64 a = addArticle(QStringLiteral("Baku accuses Yerevan"),
                                QStringLiteral("Azerbaijan's defense ministry said Armenian forces had opened fire on "
                                               "its positions from the Goris area."),
                                day.addDays(-2));
    const qint64 other = addArticle(QStringLiteral("Baku on gas"),
                                    QStringLiteral("Azerbaijan's energy minister said gas exports to Europe would "
                                                   "rise next year."),
                                    day.addDays(-1));
    const qint64 h = addArticle(QStringLiteral("Yerevan denies"),
                                QStringLiteral("Armenia's defense ministry denied that Armenian forces had opened "
                                               "fire from the Goris area."),
                                day);
    QVERIFY(a && other && h);
    const qint64 statement = acceptOne(a, QStringLiteral("Armenian forces had opened fire"));
    QVERIFY(statement);
    QVERIFY(acceptOne(other, QStringLiteral("gas exports to Europe")));
    const QList<Suggestion> list = ClaimSuggester(m_project->db()).pendingSuggestions(h);
    const Suggestion *denial = find(list, QStringLiteral("Armenian forces had opened fire from the Goris area"));
    QVERIFY(denial);
    QCOMPARE(denial->stance, Stance::Denies);
    QCOMPARE(denial->contradictsClaimId, statement);
    QCOMPARE(denial->contradictsArticleId, a);
}

void TestAttributionFinder::crossArticleByAlias()
{
    // "the claim from Baku": Baku is an alias of the claimant entity, whose name and quote never say it.
    Entity baku;
    baku.name = QStringLiteral("Government of Azerbaijan");
    baku.aliases = {QStringLiteral("Baku")};
    QVERIFY(m_project->addEntity(baku) > 0);
    const QDate day(2024, 11, 20);
    const qint64 a = addArticle(QStringLiteral("Baku accuses Yerevan"),
                                QStringLiteral("Baku said Armenian units had shelled villages near Goris overnight."),
                                day.addDays(-1));
    const qint64 b = addArticle(QStringLiteral("Yerevan answers"),
                                QStringLiteral("Armenia's defense ministry said the claim from Baku was untrue."), day);
    QVERIFY(a && b);
    const qint64 statement = acceptOne(a, QStringLiteral("Armenian units had shelled"));
    QVERIFY(statement);
    QCOMPARE(m_project->claims().claim(statement)->claimant, QStringLiteral("Government of Azerbaijan"));
    const QList<Suggestion> list = ClaimSuggester(m_project->db()).pendingSuggestions(b);
    const Suggestion *denial = find(list, QStringLiteral("the claim from Baku was untrue"));
    QVERIFY(denial);
    QCOMPARE(denial->contradictsClaimId, statement);
    QCOMPARE(denial->contradictsScore, 0.6);
}

QTEST_GUILESS_MAIN(TestAttributionFinder)
#include "tst_attributionfinder.moc"
