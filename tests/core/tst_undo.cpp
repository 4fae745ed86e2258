#include "core/export/DataExport.h"
#include "core/export/ExportData.h"
#include "core/export/JsonCodec.h"
#include "core/project/ArticleCommands.h"
#include "core/project/BulkEdits.h"
#include "core/project/ClaimCommands.h"
#include "core/project/EntityCommands.h"
#include "core/project/IncidentCommands.h"
#include "core/project/Project.h"
#include "core/project/SuggestionCommands.h"
#include "core/project/VocabularyCommands.h"
#include "core/store/Database.h"
#include "support/ExportFixture.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace sift;

namespace {

/// One edit of a test row: pushes exactly one undo step on the project, or returns false.
using Edit = std::function<bool(Project &, const test::ExportFixture &)>;

qint64 entityId(Project &p, const char *name)
{
    return p.entities().findByName(QString::fromUtf8(name));
}

Claim newClaim(Project &p, const test::ExportFixture &f)
{
    Claim c;
    c.articleId = f.articleIds.at(3);
    c.anchor = *TextOffsets::anchorForQuote(p.articles().body(c.articleId), QStringLiteral("no claims marked"));
    c.claimantId = entityId(p, "Reuters");
    c.statusId = p.vocabulary().statusByName(QStringLiteral("Unverified"))->id;
    c.credibility = 2;
    c.note = QStringLiteral("added by the undo test");
    return c;
}

/// Every command class in core/project/*Commands.h, by class name, each driven once.
const QList<std::pair<QString, Edit>> &edits()
{
    static const QList<std::pair<QString, Edit>> rows{
        {QStringLiteral("SetArticleFieldCommand"),
         [](Project &p, const test::ExportFixture &f) {
             return p.push(new SetArticleFieldCommand(p, f.articleIds.at(0), ArticleStore::Field::Title,
                                                      QStringLiteral("A retitled article")));
         }},
        {QStringLiteral("AddClaimCommand"),
         [](Project &p, const test::ExportFixture &f) { return p.push(new AddClaimCommand(p, newClaim(p, f))); }},
        {QStringLiteral("RemoveClaimCommand"),
         // The first claim has a link and two incidents: undo must bring all of them back.
         [](Project &p, const test::ExportFixture &f) { return p.push(new RemoveClaimCommand(p, f.claimIds.at(0))); }},
        {QStringLiteral("SetClaimFieldCommand"),
         [](Project &p, const test::ExportFixture &f) {
             return p.push(
                 new SetClaimFieldCommand(p, f.claimIds.at(1), ClaimStore::Field::Note, QStringLiteral("A new note")));
         }},
        {QStringLiteral("AddClaimLinkCommand"),
         [](Project &p, const test::ExportFixture &f) {
             return p.push(
                 new AddClaimLinkCommand(p, ClaimLink{0, f.claimIds.at(2), f.claimIds.at(0), ClaimRelation::Supports}));
         }},
        {QStringLiteral("RemoveClaimLinkCommand"),
         [](Project &p, const test::ExportFixture &f) {
             const QList<ClaimLink> links = p.claims().links(f.claimIds.at(1));
             return !links.isEmpty() && p.push(new RemoveClaimLinkCommand(p, links.first()));
         }},
        {QStringLiteral("SetClaimsFieldCommand"),
         // Several claims in several articles, as the claims table's bulk review changes them.
         [](Project &p, const test::ExportFixture &f) {
             return BulkEdits::setClaimsField(p, f.claimIds, ClaimStore::Field::Status,
                                              p.vocabulary().statusByName(QStringLiteral("Misleading"))->id);
         }},
        {QStringLiteral("RemoveClaimsCommand"),
         // Both ends of a link and a claim with incidents, deleted together: undo restores each link once.
         [](Project &p, const test::ExportFixture &f) { return BulkEdits::removeClaims(p, f.claimIds.mid(0, 3)); }},
        {QStringLiteral("AddEntityCommand"),
         [](Project &p, const test::ExportFixture &) {
             Entity e;
             e.name = QStringLiteral("Halden council");
             e.kind = QStringLiteral("government");
             e.reliability = QStringLiteral("C");
             e.aliases = {QStringLiteral("Halden town hall")};
             return p.push(new AddEntityCommand(p, e));
         }},
        {QStringLiteral("SetEntityFieldCommand"),
         [](Project &p, const test::ExportFixture &) {
             return p.push(new SetEntityFieldCommand(p, entityId(p, "Reuters"), SetEntityFieldCommand::Field::Aliases,
                                                     QStringList{QStringLiteral("Thomson Reuters")}));
         }},
        {QStringLiteral("MergeEntitiesCommand"),
         // Ostrel army is a claimant and an incident actor: both must follow the merge and come back.
         [](Project &p, const test::ExportFixture &) {
             return p.push(new MergeEntitiesCommand(p, entityId(p, "Ostrel army"), entityId(p, "Border militia")));
         }},
        {QStringLiteral("AddIncidentCommand"),
         [](Project &p, const test::ExportFixture &f) {
             Incident i;
             i.eventDate = PartialDate{QDate(2025, 1, 7)};
             i.eventType = QStringLiteral("Battles");
             i.subEventType = QStringLiteral("Armed clash");
             i.actor1Id = entityId(p, "Ostrel army");
             i.location = QStringLiteral("Halden");
             i.fatalities = 1;
             i.claimIds = {f.claimIds.at(2)};
             i.articleIds = {f.articleIds.at(0)};
             return p.push(new AddIncidentCommand(p, i));
         }},
        {QStringLiteral("UpdateIncidentCommand"),
         [](Project &p, const test::ExportFixture &f) {
             Incident i = *p.incidents().incident(f.incidentIds.at(0));
             i.location = QStringLiteral("Halden East");
             i.fatalities = 3;
             i.latitude.reset();
             i.claimIds = {f.claimIds.at(2)};
             i.notes = QStringLiteral("Revised");
             return p.push(new UpdateIncidentCommand(p, i));
         }},
        {QStringLiteral("RemoveIncidentCommand"),
         [](Project &p, const test::ExportFixture &f) {
             return p.push(new RemoveIncidentCommand(p, f.incidentIds.at(0)));
         }},
        {QStringLiteral("AddEventTypeCommand"),
         [](Project &p, const test::ExportFixture &) {
             return p.push(new AddEventTypeCommand(p, QStringLiteral("Vigil"), QStringLiteral("Protests")));
         }},
        {QStringLiteral("RejectSuggestionCommand"),
         [](Project &p, const test::ExportFixture &f) {
             return p.push(new RejectSuggestionCommand(
                 p, RejectedSuggestion{f.articleIds.at(0), 0, 12, QStringLiteral("a suggestion")}));
         }},
        {QStringLiteral("MacroCommand"),
         // Project::pushMacro makes one: a new claimant entity and the claim that names it, as one step.
         [](Project &p, const test::ExportFixture &f) {
             Claim c = newClaim(p, f);
             c.claimantId = 0;
             c.claimant = QStringLiteral("Halden mayor");
             return p.addClaim(c) != 0;
         }},
    };
    return rows;
}

/// The project as its JSON export shows it, plus what the export leaves out: entities nothing names yet and
/// the event type vocabulary.
QString snapshot(Project &p)
{
    const ReportOptions options = test::ExportFixture::options();
    QJsonObject state = QJsonDocument::fromJson(DataExport::json(ExportData::load(p.db(), options), options)).object();
    QJsonArray entities;
    for (const Entity &e : p.entities().all())
        entities.append(JsonCodec::entity(e));
    state.insert(QStringLiteral("all_entities"), entities);
    QJsonObject types;
    for (const QString &type : p.vocabulary().eventTypes())
        types.insert(type, QJsonArray::fromStringList(p.vocabulary().subEventTypes(type)));
    state.insert(QStringLiteral("event_types"), types);
    QJsonArray rejections;
    for (const qint64 id : p.articles().ids({}))
        for (const RejectedSuggestion &r : SuggestionStore(p.db()).rejections(id))
            rejections.append(QJsonArray{r.articleId, r.start, r.end, r.quote});
    state.insert(QStringLiteral("suggestion_rejections"), rejections);
    return QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Indented));
}

/// Empty when equal, else the first line that differs, for a readable failure.
QString difference(const QString &expected, const QString &actual)
{
    const QStringList e = expected.split(QLatin1Char('\n'));
    const QStringList a = actual.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < qMax(e.size(), a.size()); ++i) {
        const QString le = e.value(i), la = a.value(i);
        if (le != la)
            return QStringLiteral("line %1: expected `%2`, got `%3`").arg(i + 1).arg(le.trimmed(), la.trimmed());
    }
    return {};
}

} // namespace

/// Undo is exact: every command returns the project to the state before it, redo to the state after it,
/// and a failing store never leaves the undo stack and the database telling different stories.
class TestUndo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyCommandUndoesAndRedoesExactly_data();
    void everyCommandUndoesAndRedoesExactly();
    void everyCommandClassHasARow();
    void newEventTypeIsPartOfTheIncidentEdit();
    void editMergedBackToTheOriginalLeavesNoStep_data();
    void editMergedBackToTheOriginalLeavesNoStep();
    void failedUndoKeepsStackAndDatabaseInStep();
    void failedRedoKeepsTheRedoSide();
    void failedMacroUndoTakesBackNothing();
    void failedMacroLeavesNothingBehind();
    void failureInTheMiddleOfASweepStopsThere();

private:
    /// Makes every statement of kind ("INSERT", "UPDATE", "DELETE") on table fail, as a full disk or a
    /// broken file would; returns the trigger's name for lift().
    QString inject(const char *kind, const char *table);
    void lift(const QString &trigger);

    std::unique_ptr<test::ExportFixture> m_fixture;
    std::unique_ptr<Project> m_project;
};

void TestUndo::init()
{
    m_fixture = std::make_unique<test::ExportFixture>();
    QVERIFY(m_fixture->build());
    m_fixture->store.close();
    QString error;
    m_project = Project::open(m_fixture->path(), &error);
    QVERIFY2(m_project, qPrintable(error));
}

void TestUndo::cleanup()
{
    m_project.reset();
    m_fixture.reset();
}

void TestUndo::everyCommandUndoesAndRedoesExactly_data()
{
    QTest::addColumn<int>("row");
    for (qsizetype i = 0; i < edits().size(); ++i)
        QTest::newRow(qPrintable(edits().at(i).first)) << int(i);
}

void TestUndo::everyCommandUndoesAndRedoesExactly()
{
    QFETCH(int, row);
    Project &p = *m_project;
    QSignalSpy errors(&p, &Project::errorOccurred);
    const QString before = snapshot(p);
    QVERIFY(edits().at(row).second(p, *m_fixture));
    QCOMPARE(errors.size(), 0);
    QCOMPARE(p.undoStack()->count(), 1);
    const QString after = snapshot(p);
    QVERIFY2(after != before, "the edit changed nothing the test can see");

    p.undoStack()->undo();
    QVERIFY2(difference(before, snapshot(p)).isEmpty(), qPrintable(difference(before, snapshot(p))));
    p.undoStack()->redo();
    QVERIFY2(difference(after, snapshot(p)).isEmpty(), qPrintable(difference(after, snapshot(p))));
    p.undoStack()->undo();
    QVERIFY2(difference(before, snapshot(p)).isEmpty(), qPrintable(difference(before, snapshot(p))));
    QCOMPARE(errors.size(), 0);
}

void TestUndo::everyCommandClassHasARow()
{
    // A new command class without a row above fails here, so the table stays complete.
    const QDir dir(QStringLiteral(SIFT_SOURCE_DIR "/app/core/project"));
    static const QRegularExpression declared(QStringLiteral(R"(^class (\w+Command) final\b)"),
                                             QRegularExpression::MultilineOption);
    QStringList classes;
    for (const QString &name : dir.entryList({QStringLiteral("*.h")})) {
        QFile header(dir.filePath(name));
        QVERIFY2(header.open(QIODevice::ReadOnly), qPrintable(header.fileName()));
        for (const auto &match : declared.globalMatch(QString::fromUtf8(header.readAll())))
            classes << match.captured(1);
    }
    QVERIFY(classes.size() >= 12);
    QStringList rows;
    for (const auto &[name, edit] : edits())
        rows << name;
    classes.sort();
    rows.sort();
    QCOMPARE(rows, classes);
}

QString TestUndo::inject(const char *kind, const char *table)
{
    const QString name = QStringLiteral("fail_%1_%2").arg(QString::fromLatin1(kind).toLower(), QLatin1String(table));
    // Through a second connection, as another writer would: the project's own connection is not special.
    Database other;
    if (const QString error = other.open(m_fixture->path()); !error.isEmpty())
        qFatal("%s", qPrintable(error));
    other.exec(QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 BEGIN SELECT RAISE(ABORT, 'injected failure'); END")
                   .arg(name, QLatin1String(kind), QLatin1String(table))
                   .toUtf8()
                   .constData());
    return name;
}

void TestUndo::lift(const QString &trigger)
{
    Database other;
    QCOMPARE(other.open(m_fixture->path()), QString());
    other.exec(QStringLiteral("DROP TRIGGER %1").arg(trigger).toUtf8().constData());
}

void TestUndo::newEventTypeIsPartOfTheIncidentEdit()
{
    Project &p = *m_project;
    const QString type = QStringLiteral("Cyber operation");
    const QString subType = QStringLiteral("Data leak");
    QVERIFY(!p.vocabulary().eventTypes().contains(type));
    const QString before = snapshot(p);
    Incident i;
    i.eventType = type;
    i.subEventType = subType;
    i.location = QStringLiteral("Halden");
    const qint64 id = p.addIncident(i);
    QVERIFY(id);
    QCOMPARE(p.undoStack()->count(), 1);
    QVERIFY(p.vocabulary().eventTypes().contains(type));
    QCOMPARE(p.vocabulary().subEventTypes(type), QStringList{subType});
    const QString after = snapshot(p);

    p.undoStack()->undo();
    QVERIFY(!p.incidents().incident(id));
    QVERIFY(!p.vocabulary().eventTypes().contains(type));
    QVERIFY2(difference(before, snapshot(p)).isEmpty(), qPrintable(difference(before, snapshot(p))));
    p.undoStack()->redo();
    QVERIFY(p.vocabulary().eventTypes().contains(type));
    QVERIFY2(difference(after, snapshot(p)).isEmpty(), qPrintable(difference(after, snapshot(p))));

    // Editing an incident into a new sub-type of a known type is one step as well.
    Incident edited = *p.incidents().incident(m_fixture->incidentIds.at(1));
    edited.subEventType = QStringLiteral("Abduction at night");
    QVERIFY(p.updateIncident(edited));
    QCOMPARE(p.undoStack()->count(), 2);
    QVERIFY(p.vocabulary().subEventTypes(edited.eventType).contains(edited.subEventType));
    p.undoStack()->undo();
    QVERIFY(!p.vocabulary().subEventTypes(edited.eventType).contains(edited.subEventType));
    QVERIFY2(difference(after, snapshot(p)).isEmpty(), qPrintable(difference(after, snapshot(p))));
}

void TestUndo::editMergedBackToTheOriginalLeavesNoStep_data()
{
    QTest::addColumn<bool>("claim");
    QTest::newRow("article title") << false;
    QTest::newRow("claim note") << true;
}

void TestUndo::editMergedBackToTheOriginalLeavesNoStep()
{
    QFETCH(bool, claim);
    Project &p = *m_project;
    const QString before = snapshot(p);
    const qint64 articleId = m_fixture->articleIds.at(0);
    const qint64 claimId = m_fixture->claimIds.at(1);
    auto set = [&](const QString &value) {
        return claim ? p.setClaimField(claimId, ClaimStore::Field::Note, value)
                     : p.setArticleField(articleId, ArticleStore::Field::Title, value);
    };
    const QString original = claim ? p.claims().claim(claimId)->note : p.articles().article(articleId)->title;
    // Typing one character and deleting it again.
    QVERIFY(set(original + QLatin1Char('x')));
    QCOMPARE(p.undoStack()->count(), 1);
    QVERIFY(set(original));
    QCOMPARE(p.undoStack()->count(), 0);
    QVERIFY(!p.undoStack()->canUndo());
    QVERIFY2(difference(before, snapshot(p)).isEmpty(), qPrintable(difference(before, snapshot(p))));
    // A merge that does not come back to the start still is one step.
    QVERIFY(set(original + QLatin1Char('y')));
    QVERIFY(set(original + QStringLiteral("yz")));
    QCOMPARE(p.undoStack()->count(), 1);
    p.undoStack()->undo();
    QVERIFY2(difference(before, snapshot(p)).isEmpty(), qPrintable(difference(before, snapshot(p))));
}

void TestUndo::failedUndoKeepsStackAndDatabaseInStep()
{
    Project &p = *m_project;
    const QString before = snapshot(p);
    const qint64 articleId = m_fixture->articleIds.at(0);
    QVERIFY(p.setArticleField(articleId, ArticleStore::Field::Outlet, QStringLiteral("Other Wire")));
    const QString after = snapshot(p);
    QSignalSpy errors(&p, &Project::errorOccurred);
    const QString trigger = inject("UPDATE", "article");

    p.undoStack()->undo();
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().first().toString().contains(QLatin1String("injected failure")),
             qPrintable(errors.first().first().toString()));
    // The edit is still in the database, so it is still on the undo side, ready to try again.
    QCOMPARE(p.articles().article(articleId)->outlet, QStringLiteral("Other Wire"));
    QCOMPARE(p.undoStack()->index(), 1);
    QVERIFY(p.undoStack()->canUndo());
    QVERIFY(!p.undoStack()->canRedo());
    QVERIFY2(difference(after, snapshot(p)).isEmpty(), qPrintable(difference(after, snapshot(p))));

    lift(trigger);
    p.undoStack()->undo();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(p.undoStack()->index(), 0);
    QVERIFY2(difference(before, snapshot(p)).isEmpty(), qPrintable(difference(before, snapshot(p))));
}

void TestUndo::failedRedoKeepsTheRedoSide()
{
    Project &p = *m_project;
    const QString before = snapshot(p);
    Claim c = newClaim(p, *m_fixture);
    auto *add = new AddClaimCommand(p, c);
    QVERIFY(p.push(add));
    const qint64 claimId = add->claimId();
    QVERIFY(p.setClaimField(claimId, ClaimStore::Field::Credibility, 5));
    const QString after = snapshot(p);
    p.undoStack()->undo();
    p.undoStack()->undo();
    QCOMPARE(p.undoStack()->index(), 0);
    QSignalSpy errors(&p, &Project::errorOccurred);
    const QString trigger = inject("INSERT", "claim");

    p.undoStack()->redo();
    QCOMPARE(errors.size(), 1);
    // Nothing was redone: both edits wait on the redo side, in order.
    QVERIFY(!p.claims().claim(claimId));
    QCOMPARE(p.undoStack()->index(), 0);
    QCOMPARE(p.undoStack()->count(), 2);
    QVERIFY2(difference(before, snapshot(p)).isEmpty(), qPrintable(difference(before, snapshot(p))));

    lift(trigger);
    p.undoStack()->redo();
    p.undoStack()->redo();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(p.undoStack()->index(), 2);
    QVERIFY2(difference(after, snapshot(p)).isEmpty(), qPrintable(difference(after, snapshot(p))));
}

void TestUndo::failedMacroUndoTakesBackNothing()
{
    Project &p = *m_project;
    const QString before = snapshot(p);
    Claim c = newClaim(p, *m_fixture);
    c.claimantId = 0;
    c.claimant = QStringLiteral("Halden mayor"); // a new entity: the claim is a macro of two commands
    const qint64 claimId = p.addClaim(c);
    QVERIFY(claimId);
    QCOMPARE(p.undoStack()->count(), 1);
    const QString after = snapshot(p);
    QSignalSpy errors(&p, &Project::errorOccurred);
    const QString trigger = inject("DELETE", "entity");

    p.undoStack()->undo(); // removes the claim, then fails to remove the entity
    QCOMPARE(errors.size(), 1);
    QVERIFY(p.claims().claim(claimId));
    QCOMPARE(p.undoStack()->index(), 1);
    QVERIFY2(difference(after, snapshot(p)).isEmpty(), qPrintable(difference(after, snapshot(p))));

    lift(trigger);
    p.undoStack()->undo();
    QCOMPARE(p.undoStack()->index(), 0);
    QVERIFY2(difference(before, snapshot(p)).isEmpty(), qPrintable(difference(before, snapshot(p))));
    p.undoStack()->redo();
    QVERIFY2(difference(after, snapshot(p)).isEmpty(), qPrintable(difference(after, snapshot(p))));
}

void TestUndo::failedMacroLeavesNothingBehind()
{
    Project &p = *m_project;
    const QString before = snapshot(p);
    QSignalSpy errors(&p, &Project::errorOccurred);
    const QString trigger = inject("INSERT", "claim");
    Claim c = newClaim(p, *m_fixture);
    c.claimantId = 0;
    c.claimant = QStringLiteral("Halden mayor"); // created first, then the claim fails
    QCOMPARE(p.addClaim(c), qint64(0));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(p.undoStack()->count(), 0);
    QVERIFY(!p.undoStack()->canRedo());
    QCOMPARE(p.entities().findByName(QStringLiteral("Halden mayor")), qint64(0));
    QVERIFY2(difference(before, snapshot(p)).isEmpty(), qPrintable(difference(before, snapshot(p))));
    lift(trigger);
}

void TestUndo::failureInTheMiddleOfASweepStopsThere()
{
    // QUndoStack::setIndex (an undo view's click) runs several commands; the one that fails stops the rest.
    Project &p = *m_project;
    const QString start = snapshot(p);
    QVERIFY(p.setArticleField(m_fixture->articleIds.at(1), ArticleStore::Field::Author, QStringLiteral("Desk")));
    QVERIFY(p.setClaimField(m_fixture->claimIds.at(2), ClaimStore::Field::Credibility, 2));
    const QString middle = snapshot(p);
    QVERIFY(p.setEntityKind(entityId(p, "Interfax"), QStringLiteral("news agency")));
    const QString end = snapshot(p);
    QCOMPARE(p.undoStack()->count(), 3);
    QSignalSpy errors(&p, &Project::errorOccurred);
    const QString trigger = inject("UPDATE", "claim");

    p.undoStack()->setIndex(0);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(p.undoStack()->index(), 2);
    QVERIFY2(difference(middle, snapshot(p)).isEmpty(), qPrintable(difference(middle, snapshot(p))));

    lift(trigger);
    p.undoStack()->setIndex(0);
    QVERIFY2(difference(start, snapshot(p)).isEmpty(), qPrintable(difference(start, snapshot(p))));
    p.undoStack()->setIndex(3);
    QVERIFY2(difference(end, snapshot(p)).isEmpty(), qPrintable(difference(end, snapshot(p))));
    QCOMPARE(errors.size(), 1);
}

QTEST_GUILESS_MAIN(TestUndo)
#include "tst_undo.moc"
