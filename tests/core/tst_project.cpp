#include "core/domain/TextOffsets.h"
#include "core/project/Project.h"
#include "core/project/SampleProject.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sift;

/// Edits through the core API alone: every one undoable, recorded in history, nothing half-done.
class TestProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void articleFieldUndoRedoAndHistory();
    void badDateIsRefusedAndChangesNothing();
    void addClaimCreatesEntitiesInOneStep();
    void removeClaimUndoRestoresLinks();
    void mergeEntitiesAndUndo();
    void failedCommandLeavesNoUndoStep();
    void sampleProjectHasEveryFeature();

private:
    qint64 addArticle(const QString &title, const QString &body);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
};

void TestProject::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_project = Project::open(m_dir->filePath(QStringLiteral("p.sift")), &error, Store::OpenMode::CreateIfMissing);
    QVERIFY2(m_project, qPrintable(error));
}

qint64 TestProject::addArticle(const QString &title, const QString &body)
{
    Article a;
    a.title = title;
    a.body = body;
    return m_project->articles().insert(a);
}

void TestProject::articleFieldUndoRedoAndHistory()
{
    const qint64 id = addArticle(QStringLiteral("A"), QStringLiteral("Body"));
    QSignalSpy changed(m_project.get(), &Project::articleChanged);
    QVERIFY(m_project->setArticleField(id, ArticleStore::Field::Published, QStringLiteral("2025-03-16")));
    QCOMPARE(m_project->articles().article(id)->published.toIso(), QStringLiteral("2025-03-16"));
    QCOMPARE(changed.size(), 1);
    m_project->undoStack()->undo();
    QVERIFY(!m_project->articles().article(id)->published.isValid());
    m_project->undoStack()->redo();
    QCOMPARE(m_project->articles().article(id)->published.toIso(), QStringLiteral("2025-03-16"));
    const QList<HistoryEntry> history = m_project->history().entries(QStringLiteral("article"), id);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).field, QStringLiteral("published"));
    QCOMPARE(history.at(0).oldValue, QString());
    QCOMPARE(history.at(0).newValue, QStringLiteral("2025-03-16"));
    QCOMPARE(history.at(1).oldValue, QStringLiteral("2025-03-16")); // the undo, recorded too
    QCOMPARE(history.at(1).newValue, QString());
}

void TestProject::badDateIsRefusedAndChangesNothing()
{
    const qint64 id = addArticle(QStringLiteral("A"), QStringLiteral("Body"));
    QSignalSpy errors(m_project.get(), &Project::errorOccurred);
    QVERIFY(!m_project->setArticleField(id, ArticleStore::Field::Published, QStringLiteral("16/03/2025x")));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(m_project->undoStack()->count(), 0);
    QVERIFY(!m_project->articles().article(id)->published.isValid());
}

void TestProject::addClaimCreatesEntitiesInOneStep()
{
    const QString body = QStringLiteral("Kremlin spokesman Dmitry Peskov said he could neither confirm nor deny it.");
    const qint64 article = addArticle(QStringLiteral("Kremlin"), body);
    Claim claim;
    claim.articleId = article;
    claim.anchor = *TextOffsets::anchorForQuote(body, QStringLiteral("could neither confirm nor deny"));
    claim.claimant = QStringLiteral("Dmitry Peskov");
    claim.reportedBy = QStringLiteral("Reuters");
    claim.stance = Stance::NeitherConfirmsNorDenies;
    claim.status = QStringLiteral("unconfirmed");
    const qint64 id = m_project->addClaim(claim);
    QVERIFY(id > 0);
    QCOMPARE(m_project->undoStack()->count(), 1);
    const Claim stored = *m_project->claims().claim(id);
    QCOMPARE(stored.claimant, QStringLiteral("Dmitry Peskov"));
    QCOMPARE(stored.status, QStringLiteral("Unconfirmed"));
    QCOMPARE(m_project->entities().all().size(), 2);
    m_project->undoStack()->undo();
    QVERIFY(!m_project->claims().claim(id));
    QCOMPARE(m_project->entities().all().size(), 0);
    m_project->undoStack()->redo();
    QCOMPARE(m_project->claims().claim(id)->reportedBy, QStringLiteral("Reuters"));
}

void TestProject::removeClaimUndoRestoresLinks()
{
    const QString body = QStringLiteral("Baku said Armenia fired. Yerevan said that was untrue.");
    const qint64 article = addArticle(QStringLiteral("A"), body);
    Claim a;
    a.articleId = article;
    a.anchor = *TextOffsets::anchorForQuote(body, QStringLiteral("Armenia fired"));
    Claim b = a;
    b.anchor = *TextOffsets::anchorForQuote(body, QStringLiteral("that was untrue"));
    const qint64 ida = m_project->addClaim(a);
    const qint64 idb = m_project->addClaim(b);
    const qint64 link = m_project->addClaimLink(idb, ida, ClaimRelation::Contradicts);
    QVERIFY(link > 0);
    QVERIFY(m_project->removeClaim(ida));
    QVERIFY(m_project->claims().links(idb).isEmpty());
    m_project->undoStack()->undo();
    QCOMPARE(m_project->claims().links(idb).size(), 1);
    QCOMPARE(m_project->claims().links(idb).first().relation, ClaimRelation::Contradicts);
    QCOMPARE(m_project->claims().claim(ida)->anchor.quote, QStringLiteral("Armenia fired"));
}

void TestProject::mergeEntitiesAndUndo()
{
    const QString body = QStringLiteral("Yerevan said it was untrue.");
    const qint64 article = addArticle(QStringLiteral("A"), body);
    Claim c;
    c.articleId = article;
    c.anchor = *TextOffsets::anchorForQuote(body, QStringLiteral("it was untrue"));
    c.claimant = QStringLiteral("Yerevan");
    const qint64 claim = m_project->addClaim(c);
    const qint64 yerevan = m_project->entities().findByName(QStringLiteral("Yerevan"));
    Entity gov;
    gov.name = QStringLiteral("Government of Armenia");
    const qint64 government = m_project->addEntity(gov);
    QVERIFY(m_project->mergeEntities(yerevan, government));
    QCOMPARE(m_project->claims().claim(claim)->claimant, QStringLiteral("Government of Armenia"));
    QCOMPARE(m_project->entities().findByName(QStringLiteral("yerevan")), government); // now an alias
    m_project->undoStack()->undo();
    QCOMPARE(m_project->claims().claim(claim)->claimant, QStringLiteral("Yerevan"));
    QVERIFY(m_project->entities().entity(government)->aliases.isEmpty());
}

void TestProject::failedCommandLeavesNoUndoStep()
{
    const qint64 article = addArticle(QStringLiteral("A"), QStringLiteral("Some text here."));
    Claim c;
    c.articleId = article;
    c.anchor = *TextOffsets::anchorForQuote(QStringLiteral("Some text here."), QStringLiteral("text"));
    const qint64 claim = m_project->addClaim(c);
    const int steps = m_project->undoStack()->count();
    QSignalSpy errors(m_project.get(), &Project::errorOccurred);
    QVERIFY(!m_project->addClaimLink(claim, claim, ClaimRelation::Supports));
    QVERIFY(!m_project->setClaimField(claim, ClaimStore::Field::Credibility, 9));
    QVERIFY(!m_project->setEntityReliability(999, QStringLiteral("B")));
    QCOMPARE(errors.size(), 3);
    QCOMPARE(m_project->undoStack()->count(), steps);
}

void TestProject::sampleProjectHasEveryFeature()
{
    const QString path = m_dir->filePath(QStringLiteral("sample.sift"));
    QCOMPARE(SampleProject::create(path), QString());
    QString error;
    auto sample = Project::open(path, &error);
    QVERIFY2(sample, qPrintable(error));
    const Store::Counts counts = sample->store().counts();
    QVERIFY(counts.articles >= 20);
    QVERIFY(counts.claims >= 40);
    QVERIFY(counts.incidents >= 30);
    QVERIFY(!sample->claims().allLinks().isEmpty());
    // Every claim anchors on exactly its quote, and the statuses cover the vocabulary.
    QSet<QString> statuses;
    QSet<Stance> stances;
    for (const Claim &c : sample->claims().claims()) {
        QCOMPARE(TextOffsets::slice(sample->articles().body(c.articleId), c.anchor.start, c.anchor.end),
                 c.anchor.quote);
        statuses.insert(c.status);
        stances.insert(c.stance);
    }
    QCOMPARE(statuses.size(), sample->vocabulary().statuses().size());
    QCOMPARE(stances.size(), allStances().size());
    QVERIFY(sample->store().check().problems.isEmpty());
    QVERIFY(!SampleProject::create(path).isEmpty()); // never overwrites
}

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
