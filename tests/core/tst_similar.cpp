#include "core/analysis/ClaimCopies.h"
#include "core/domain/TextSignature.h"
#include "core/ingest/Importer.h"
#include "core/store/ArticleStore.h"
#include "core/store/ClaimStore.h"
#include "core/store/Database.h"
#include "core/store/SimilarStore.h"
#include "core/store/Store.h"
#include "support/PgServer.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sift;
using namespace Qt::StringLiterals;

namespace {

/// Real wire and newspaper text (newspaper3k's expected article texts; see its SOURCE.md).
QString newsDir()
{
    return QStringLiteral(SIFT_SHARED_DIR "/corpora/news/newspaper3k-text");
}

QStringList paragraphsOf(const QString &text)
{
    QStringList out;
    for (const QString &p : text.split(u"\n\n"_s)) {
        if (!p.trimmed().isEmpty())
            out << p.trimmed();
    }
    return out;
}

/// The English articles of the corpus with at least six paragraphs, as paragraphs.
QList<QStringList> corpus()
{
    QList<QStringList> out;
    const QDir dir(newsDir());
    for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        if (name == u"arabic.txt"_s || name == u"spanish.txt"_s)
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QStringList paragraphs = paragraphsOf(QString::fromUtf8(file.readAll()));
        if (paragraphs.size() >= 6)
            out << paragraphs;
    }
    return out;
}

enum class Edit { Reorder, Byline, Trim, Words, All };

/// A copy of an article as another outlet republishes it.
QStringList edited(QStringList paragraphs, Edit edit, quint32 seed)
{
    QRandomGenerator random(seed);
    if (edit == Edit::Reorder || edit == Edit::All) {
        // swap a few paragraph pairs, as an outlet that moves quotes up
        for (int i = 0; i < 3; ++i)
            paragraphs.swapItemsAt(random.bounded(int(paragraphs.size())), random.bounded(int(paragraphs.size())));
    }
    if (edit == Edit::Byline || edit == Edit::All) {
        paragraphs.prepend(u"By Staff Reporter | Updated 10:42 a.m."_s);
        paragraphs.append(u"Additional reporting by the wire desk; editing by the night editor."_s);
    }
    if (edit == Edit::Trim || edit == Edit::All)
        paragraphs = paragraphs.mid(0, paragraphs.size() - std::max<qsizetype>(1, paragraphs.size() / 4));
    if (edit == Edit::Words || edit == Edit::All) {
        // change about one word in forty: house style, typos, a synonym
        for (QString &p : paragraphs) {
            QStringList words = p.split(u' ');
            for (qsizetype i = 0; i < words.size(); ++i) {
                if (random.bounded(40) == 0)
                    words[i] = random.bounded(2) ? u"said"_s : words[i].toUpper();
            }
            p = words.join(u' ');
        }
    }
    return paragraphs;
}

QString body(const QStringList &paragraphs)
{
    return paragraphs.join(u"\n\n"_s);
}

} // namespace

class TestSimilar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void editedCopiesAreSimilar_data();
    void editedCopiesAreSimilar();
    void unrelatedArticlesAreNot();
    void shortAndEmptyBodiesHaveNoSignature();
    void signatureSurvivesTheDatabase();
    void importGroupsCopiesIntoStories();
    void aBridgingArticleMergesTwoStories();
    void aStoryLargerThanTheBandCapKeepsGrowing();
    void findsQuotesLoosely();
    void findsAClaimInItsCopies();
    void filesArticlesWrittenWithoutOne();

private:
    void writeArticle(const QString &name, const QString &title, const QString &text);
    void importFile(const QString &name);

    QList<QStringList> m_corpus;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestSimilar::initTestCase()
{
    m_corpus = corpus();
    QVERIFY2(m_corpus.size() >= 30, qPrintable(u"only %1 usable articles in %2"_s.arg(m_corpus.size()).arg(newsDir())));
}

void TestSimilar::initTestCase_data()
{
    // Every test on both engines: a file, and a fresh database on a real PostgreSQL (signatures as bytea).
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

void TestSimilar::init()
{
    QFETCH_GLOBAL(QString, engine);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    if (engine == u"postgresql") {
        test::PgServer &server = test::PgServer::shared();
        QVERIFY2(server.isRunning(), qPrintable(server.error()));
        m_project = server.createDatabase();
        QVERIFY(!m_project.isEmpty());
    } else {
        m_project = m_dir->filePath(u"p.sift"_s);
    }
    Store store;
    QCOMPARE(store.open(m_project, Store::OpenMode::CreateIfMissing), QString());
    QVERIFY(QDir(m_dir->path()).mkpath(u"in"_s));
}

void TestSimilar::writeArticle(const QString &name, const QString &title, const QString &text)
{
    QFile file(m_dir->filePath(u"in/"_s + name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write((title + u"\n\n"_s + text + u'\n').toUtf8());
}

void TestSimilar::importFile(const QString &name)
{
    Importer importer(m_project, {m_dir->filePath(u"in/"_s + name)});
    QCOMPARE(importer.run().imported(), 1);
}

void TestSimilar::editedCopiesAreSimilar_data()
{
    QTest::addColumn<int>("edit");
    QTest::newRow("reordered paragraphs") << int(Edit::Reorder);
    QTest::newRow("byline and credit line added") << int(Edit::Byline);
    QTest::newRow("ending trimmed by a quarter") << int(Edit::Trim);
    QTest::newRow("one word in forty changed") << int(Edit::Words);
    QTest::newRow("all of these at once") << int(Edit::All);
}

void TestSimilar::editedCopiesAreSimilar()
{
    QFETCH(int, edit);
    for (qsizetype i = 0; i < m_corpus.size(); ++i) {
        const TextSignature original = TextSignature::of(body(m_corpus.at(i)));
        const TextSignature copy = TextSignature::of(body(edited(m_corpus.at(i), Edit(edit), quint32(i + 1))));
        QVERIFY(original.isValid());
        const double similarity = original.similarity(copy);
        QVERIFY2(similarity >= TextSignature::kThreshold,
                 qPrintable(u"article %1: similarity %2"_s.arg(i).arg(similarity)));
        // ... and the LSH buckets find it: at least one band agrees.
        const QList<qint64> a = original.bandKeys();
        const QList<qint64> b = copy.bandKeys();
        bool shared = false;
        for (int band = 0; band < TextSignature::kBands; ++band)
            shared = shared || a.at(band) == b.at(band);
        QVERIFY2(shared, qPrintable(u"article %1 (similarity %2) shares no bucket"_s.arg(i).arg(similarity)));
    }
}

void TestSimilar::unrelatedArticlesAreNot()
{
    // Different articles, several on the same topic from the same site (reuters, foxnews, cleveland ...).
    QList<TextSignature> signatures;
    for (const QStringList &article : std::as_const(m_corpus))
        signatures << TextSignature::of(body(article));
    double highest = 0; // 0.25, two Reuters reports of the AirAsia search that share photo captions
    for (qsizetype i = 0; i < signatures.size(); ++i) {
        for (qsizetype j = i + 1; j < signatures.size(); ++j)
            highest = std::max(highest, signatures.at(i).similarity(signatures.at(j)));
    }
    QVERIFY2(highest < TextSignature::kThreshold - 0.1, qPrintable(u"two different articles reach %1"_s.arg(highest)));
}

void TestSimilar::shortAndEmptyBodiesHaveNoSignature()
{
    QVERIFY(!TextSignature::of(QString()).isValid());
    QVERIFY(!TextSignature::of(u"No comment."_s).isValid());
    QVERIFY(TextSignature::of(body(m_corpus.first())).isValid());
    QCOMPARE(TextSignature::of(QString()).similarity(TextSignature::of(QString())), 0.0);
}

void TestSimilar::signatureSurvivesTheDatabase()
{
    const TextSignature sig = TextSignature::of(body(m_corpus.first()));
    QCOMPARE(TextSignature::fromBytes(sig.toBytes()).minHashes, sig.minHashes);
    QVERIFY(!TextSignature::fromBytes(QByteArray("short")).isValid());
}

void TestSimilar::importGroupsCopiesIntoStories()
{
    // Ten stories, each as the original and four edited copies from other "outlets", and ten unrelated articles.
    constexpr int stories = 10;
    for (int s = 0; s < stories; ++s) {
        const QStringList &original = m_corpus.at(s);
        writeArticle(u"s%1-0.txt"_s.arg(s), u"Story %1"_s.arg(s), body(original));
        const Edit edits[] = {Edit::Reorder, Edit::Byline, Edit::Trim, Edit::All};
        for (int e = 0; e < 4; ++e)
            writeArticle(u"s%1-%2.txt"_s.arg(s).arg(e + 1), u"Story %1 copy %2"_s.arg(s).arg(e + 1),
                         body(edited(original, edits[e], quint32(100 * s + e))));
    }
    for (int u = stories; u < 2 * stories; ++u)
        writeArticle(u"u%1.txt"_s.arg(u), u"Unrelated %1"_s.arg(u), body(m_corpus.at(u)));

    Importer importer(m_project, {m_dir->filePath(u"in"_s)});
    const ImportSummary summary = importer.run();
    QCOMPARE(summary.imported(), 6 * stories);

    Store store;
    QCOMPARE(store.open(m_project, Store::OpenMode::ReadOnly), QString());
    QHash<QString, qint64> idOf;
    Statement st(store.db(), "SELECT id, title FROM article");
    while (st.step())
        idOf.insert(st.text(1), st.integer(0));
    const SimilarStore similar(store.db());
    QSet<qint64> storyIds;
    for (int s = 0; s < stories; ++s) {
        const qint64 original = idOf.value(u"Story %1"_s.arg(s));
        const QList<StoryCopy> copies = similar.copies(original);
        QStringList titles;
        for (const StoryCopy &c : copies)
            titles << c.title;
        titles.sort();
        QCOMPARE(titles, (QStringList{u"Story %1 copy 1"_s.arg(s), u"Story %1 copy 2"_s.arg(s),
                                      u"Story %1 copy 3"_s.arg(s), u"Story %1 copy 4"_s.arg(s)}));
        QCOMPARE(similar.storyArticles(original).size(), 5);
        storyIds.insert(similar.storyOf(original));
        QCOMPARE(similar.storyOf(original), original); // a story is named by its first article
    }
    QCOMPARE(storyIds.size(), stories);
    for (int u = stories; u < 2 * stories; ++u) {
        const qint64 id = idOf.value(u"Unrelated %1"_s.arg(u));
        QVERIFY(similar.copies(id).isEmpty());
        QCOMPARE(similar.storyOf(id), id);
    }
}

void TestSimilar::aBridgingArticleMergesTwoStories()
{
    // A roundup that runs two wire stories one after the other is a copy of both: two articles of the corpus whose
    // joined text reaches the threshold with each (they are of about the same length).
    qsizetype a = -1;
    qsizetype b = -1;
    for (qsizetype i = 0; i < m_corpus.size() && a < 0; ++i) {
        for (qsizetype j = i + 1; j < m_corpus.size() && a < 0; ++j) {
            const TextSignature joined = TextSignature::of(body(m_corpus.at(i) + m_corpus.at(j)));
            if (joined.similarity(TextSignature::of(body(m_corpus.at(i)))) >= TextSignature::kThreshold + 0.05 &&
                joined.similarity(TextSignature::of(body(m_corpus.at(j)))) >= TextSignature::kThreshold + 0.05) {
                a = i;
                b = j;
            }
        }
    }
    QVERIFY2(a >= 0, "no two articles of the corpus of about the same length");
    writeArticle(u"a.txt"_s, u"Story A"_s, body(m_corpus.at(a)));
    writeArticle(u"a-copy.txt"_s, u"Story A copy"_s, body(edited(m_corpus.at(a), Edit::Byline, 7)));
    writeArticle(u"b.txt"_s, u"Story B"_s, body(m_corpus.at(b)));
    writeArticle(u"b-copy.txt"_s, u"Story B copy"_s, body(edited(m_corpus.at(b), Edit::Reorder, 8)));
    writeArticle(u"c.txt"_s, u"Roundup A and B"_s, body(m_corpus.at(a) + m_corpus.at(b)));
    for (const QString &name : {u"a.txt"_s, u"a-copy.txt"_s, u"b.txt"_s, u"b-copy.txt"_s})
        importFile(name);

    const auto idOf = [this](const QString &title) {
        Store store;
        if (!store.open(m_project, Store::OpenMode::ReadOnly).isEmpty())
            return qint64(0);
        Statement st(store.db(), "SELECT id FROM article WHERE title = ?");
        st.bind(1, title);
        return st.step() ? st.integer(0) : qint64(0);
    };
    const auto titlesOfStory = [this](qint64 id) {
        Store store;
        QStringList titles;
        if (!store.open(m_project, Store::OpenMode::ReadOnly).isEmpty())
            return titles;
        Statement st(store.db(), "SELECT title FROM article WHERE id = ?");
        for (const qint64 member : SimilarStore(store.db()).storyArticles(id)) {
            st.bind(1, member);
            if (st.step())
                titles << st.text(0);
            st.reset();
        }
        titles.sort();
        return titles;
    };
    const qint64 storyA = idOf(u"Story A"_s);
    const qint64 storyB = idOf(u"Story B"_s);
    QVERIFY(storyA > 0 && storyB > storyA);
    // Before the roundup: two stories of two, each named by its first article.
    QCOMPARE(titlesOfStory(storyA), (QStringList{u"Story A"_s, u"Story A copy"_s}));
    QCOMPARE(titlesOfStory(storyB), (QStringList{u"Story B"_s, u"Story B copy"_s}));
    {
        Store store;
        QCOMPARE(store.open(m_project, Store::OpenMode::ReadOnly), QString());
        QCOMPARE(SimilarStore(store.db()).storyOf(idOf(u"Story B copy"_s)), storyB);
    }

    importFile(u"c.txt"_s);
    const QStringList all{u"Roundup A and B"_s, u"Story A"_s, u"Story A copy"_s, u"Story B"_s, u"Story B copy"_s};
    QCOMPARE(titlesOfStory(storyA), all);
    QCOMPARE(titlesOfStory(storyB), all);
    Store store;
    QCOMPARE(store.open(m_project, Store::OpenMode::ReadOnly), QString());
    const SimilarStore similar(store.db());
    // The merged story keeps the id of its first article, A; B's copies now list A's side too.
    for (const QString &title : all)
        QCOMPARE(similar.storyOf(idOf(title)), storyA);
    QCOMPARE(similar.copies(storyB).size(), 4);
    QCOMPARE(ArticleStore(store.db()).summary(storyB).copyCount, 4);
}

void TestSimilar::aStoryLargerThanTheBandCapKeepsGrowing()
{
    // More copies of one story than a band lookup reads (SimilarStore::kBucketCandidates): each new copy still
    // finds the story through its newest copies, and an unrelated article filed among them stays apart.
    Store store;
    QCOMPARE(store.open(m_project, Store::OpenMode::ExistingOnly), QString());
    const int copies = SimilarStore::kBucketCandidates + 30;
    QList<qint64> ids;
    ArticleStore articles(store.db());
    for (int i = 0; i <= copies; ++i) {
        Article a;
        a.uid = u"uid-%1"_s.arg(i);
        a.title = u"Copy %1"_s.arg(i);
        a.body = i == copies / 2 ? body(m_corpus.at(1)) : body(edited(m_corpus.at(0), Edit::Words, quint32(1000 + i)));
        a.importedAt = QDateTime::currentDateTimeUtc();
        ids << articles.insert(a);
        QVERIFY(ids.last() > 0);
    }
    SimilarStore similar(store.db());
    for (const qint64 id : std::as_const(ids))
        QVERIFY(similar.add(id, TextSignature::of(articles.body(id))) != 0);
    const qint64 unrelated = ids.at(copies / 2);
    QCOMPARE(similar.storyOf(unrelated), unrelated);
    QCOMPARE(similar.storyArticles(ids.first()).size(), qsizetype(copies));
    for (const qint64 id : std::as_const(ids)) {
        if (id != unrelated)
            QCOMPARE(similar.storyOf(id), ids.first());
    }
}

void TestSimilar::findsQuotesLoosely()
{
    const QString text = u"The minister said:  \u201Cwe will not\n retreat\u201D \u2014 and left."_s;
    const auto hit = findQuoteLoosely(text, u"\"We will not retreat\" - and"_s);
    QVERIFY(hit.has_value());
    QCOMPARE(text.mid(hit->first, hit->second - hit->first), u"\u201Cwe will not\n retreat\u201D \u2014 and"_s);
    QVERIFY(!findQuoteLoosely(text, u"we will retreat"_s).has_value());
    QVERIFY(!findQuoteLoosely(text, u"   "_s).has_value());
}

void TestSimilar::findsAClaimInItsCopies()
{
    const QStringList original = m_corpus.at(0);
    const QString last = original.last();
    writeArticle(u"a.txt"_s, u"Original"_s, body(original));
    QStringList retyped = original;
    retyped.last() = QString(last).replace(u' ', u"  "_s); // other whitespace, same words
    writeArticle(u"b.txt"_s, u"Retyped"_s, body(retyped));
    writeArticle(u"c.txt"_s, u"Trimmed"_s, body(original.mid(0, original.size() - 1))); // the quote's paragraph cut
    Importer importer(m_project, {m_dir->filePath(u"in"_s)});
    QCOMPARE(importer.run().imported(), 3);

    Store store;
    QCOMPARE(store.open(m_project, Store::OpenMode::ExistingOnly), QString());
    Claim claim;
    claim.articleId = 1;
    claim.anchor.quote = last.left(60);
    const qint64 claimId = ClaimStore(store.db()).insert(claim);
    const QList<ClaimInCopy> found = findClaimInCopies(store.db(), claimId);
    QCOMPARE(found.size(), 2);
    QHash<QString, bool> byTitle;
    for (const ClaimInCopy &c : found)
        byTitle.insert(c.title, c.found);
    QCOMPARE(byTitle.value(u"Retyped"_s), true);
    QCOMPARE(byTitle.value(u"Trimmed"_s, true), false);
    for (const ClaimInCopy &c : found) {
        if (c.found) {
            const QString copyBody = ArticleStore(store.db()).body(c.articleId);
            QCOMPARE(copyBody.mid(c.start, c.end - c.start).simplified(), claim.anchor.quote.simplified());
        }
    }
}

void TestSimilar::filesArticlesWrittenWithoutOne()
{
    // Articles stored by other paths than an import (the sample project, projects from before) are filed later.
    Store store;
    QCOMPARE(store.open(m_project, Store::OpenMode::ExistingOnly), QString());
    ArticleStore articles(store.db());
    Article a;
    a.title = u"One"_s;
    a.body = body(m_corpus.at(1));
    const qint64 first = articles.insert(a);
    a.title = u"Two"_s;
    a.body = body(edited(m_corpus.at(1), Edit::Byline, 7));
    const qint64 second = articles.insert(a);
    SimilarStore similar(store.db());
    QCOMPARE(similar.storyOf(first), 0);
    QCOMPARE(similar.addMissing(), 2);
    QCOMPARE(similar.storyOf(second), first);
    QCOMPARE(similar.addMissing(), 0);
}

QTEST_GUILESS_MAIN(TestSimilar)
#include "tst_similar.moc"
