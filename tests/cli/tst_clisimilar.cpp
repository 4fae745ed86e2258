// `sift-cli similar` through the real binary: the copies of a real news article (reordered with a byline, trimmed,
// fetched from a local web server) are listed, most similar first; unrelated and too-short articles have none; a
// claim's quote is found in the copies that hold it.
#include "support/CliRunner.h"
#include "support/TestHttpServer.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using sift::test::TestHttpServer;

namespace {

using sift::test::CliRun;
using sift::test::CliRunner;

QStringList newsParagraphs(const QString &name)
{
    QFile file(QStringLiteral(SIFT_SHARED_DIR "/corpora/news/newspaper3k-text/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    for (const QString &p : QString::fromUtf8(file.readAll()).split(QStringLiteral("\n\n"))) {
        if (!p.trimmed().isEmpty())
            out << p.trimmed();
    }
    return out;
}

QJsonObject record(const QString &title, const QString &outlet, const QStringList &paragraphs)
{
    return {{QStringLiteral("title"), title},
            {QStringLiteral("outlet"), outlet},
            {QStringLiteral("body"), paragraphs.join(QStringLiteral("\n\n"))}};
}

} // namespace

class TestCliSimilar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void copiesAreListedMostSimilarFirst();
    void unrelatedAndShortArticlesHaveNoCopies();
    void aClaimIsFoundInTheCopiesThatHoldIt();
    void aFetchedCopyJoinsTheStory();
    void badArgumentsAreUsageErrors();

private:
    CliRun run(const QStringList &arguments) const;
    QJsonObject similarJson(qint64 id, const QStringList &extra = {}) const;
    static QList<qint64> copyIds(const QJsonObject &similar);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
    QStringList m_original;       ///< the paragraphs of the original article
    QHash<QString, qint64> m_ids; ///< title -> article id
};

void TestCliSimilar::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = m_dir->filePath(QStringLiteral("p.sift"));
    QCOMPARE(run({QStringLiteral("init")}).exitCode, 0);

    m_original = newsParagraphs(QStringLiteral("pewresearch.org1.txt"));
    const QStringList unrelated = newsParagraphs(QStringLiteral("nypost.com1.txt"));
    QVERIFY(m_original.size() >= 12 && unrelated.size() >= 12);
    // Another outlet's copy: paragraphs in reverse order, its own byline and credit line.
    QStringList reordered(m_original.crbegin(), m_original.crend());
    reordered.prepend(QStringLiteral("By Jane Roe, Wire Service"));
    reordered.append(QStringLiteral("Copyright 2024 Wire Service. All rights reserved."));
    // A third outlet keeps the first three quarters only.
    const QStringList trimmed = m_original.mid(0, m_original.size() * 3 / 4);

    QByteArray lines;
    for (const QJsonObject &o :
         {record(QStringLiteral("Original"), QStringLiteral("Pew"), m_original),
          record(QStringLiteral("Unrelated"), QStringLiteral("NY Post"), unrelated),
          record(QStringLiteral("Reordered"), QStringLiteral("Wire"), reordered),
          record(QStringLiteral("Trimmed"), QStringLiteral("Daily"), trimmed),
          record(QStringLiteral("Short"), QStringLiteral("Pew"), {m_original.first().section(QLatin1Char(' '), 0, 9)})})
        lines += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    QFile file(m_dir->filePath(QStringLiteral("articles.jsonl")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(lines);
    file.close();
    const CliRun imported = run({QStringLiteral("import"), file.fileName()});
    QVERIFY2(imported.exitCode == 0 && imported.out.contains(QLatin1String("Imported 5 article(s)")),
             imported.diagnostic().constData());

    m_ids.clear();
    for (qint64 id = 1; id <= 5; ++id) {
        const CliRun shown = run({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
        QVERIFY2(shown.exitCode == 0, shown.diagnostic().constData());
        m_ids.insert(QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QStringLiteral("title")).toString(),
                     id);
    }
    QCOMPARE(m_ids.size(), 5);
}

CliRun TestCliSimilar::run(const QStringList &arguments) const
{
    return CliRunner(QStringLiteral(SIFT_CLI)).run(QStringList{QStringLiteral("-p"), m_project} + arguments);
}

QJsonObject TestCliSimilar::similarJson(qint64 id, const QStringList &extra) const
{
    const CliRun r = run(QStringList{QStringLiteral("similar"), QString::number(id), QStringLiteral("--json")} + extra);
    if (r.crashed || r.exitCode != 0) {
        qWarning("%s", r.diagnostic().constData());
        return {};
    }
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QList<qint64> TestCliSimilar::copyIds(const QJsonObject &similar)
{
    QList<qint64> ids;
    for (const QJsonValue &c : similar.value(QStringLiteral("copies")).toArray())
        ids << c.toObject().value(QStringLiteral("id")).toInteger();
    return ids;
}

void TestCliSimilar::copiesAreListedMostSimilarFirst()
{
    const qint64 original = m_ids.value(QStringLiteral("Original"));
    const qint64 reordered = m_ids.value(QStringLiteral("Reordered"));
    const qint64 trimmed = m_ids.value(QStringLiteral("Trimmed"));
    const QJsonObject json = similarJson(original);
    QCOMPARE(json.value(QStringLiteral("article")).toInteger(), original);
    // The story is named by its first article.
    QCOMPARE(json.value(QStringLiteral("story")).toInteger(), original);
    // Reordering and a byline keep every shingle of the original; a cut ending loses a quarter of them.
    QCOMPARE(copyIds(json), (QList<qint64>{reordered, trimmed}));
    const QJsonArray copies = json.value(QStringLiteral("copies")).toArray();
    const double toReordered = copies.at(0).toObject().value(QStringLiteral("similarity")).toDouble();
    const double toTrimmed = copies.at(1).toObject().value(QStringLiteral("similarity")).toDouble();
    QVERIFY2(toReordered >= 0.85 && toReordered <= 1.0, qPrintable(QString::number(toReordered)));
    QVERIFY2(toTrimmed >= 0.4 && toTrimmed < toReordered, qPrintable(QString::number(toTrimmed)));
    QCOMPARE(copies.at(0).toObject().value(QStringLiteral("outlet")).toString(), QStringLiteral("Wire"));
    QCOMPARE(copies.at(1).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Trimmed"));

    // Every copy is in the same story, and sees the others.
    const QJsonObject fromTrimmed = similarJson(trimmed);
    QCOMPARE(fromTrimmed.value(QStringLiteral("story")).toInteger(), original);
    QList<qint64> seen = copyIds(fromTrimmed);
    std::sort(seen.begin(), seen.end());
    QList<qint64> expected{original, reordered};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(seen, expected);

    // The text form: one line a copy, id, similarity, outlet and title separated by tabs.
    const CliRun text = run({QStringLiteral("similar"), QString::number(original)});
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("%1\t%2\tWire\tReordered").arg(reordered).arg(toReordered, 0, 'f', 2));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("%1\t").arg(trimmed)), qPrintable(lines.at(1)));
}

void TestCliSimilar::unrelatedAndShortArticlesHaveNoCopies()
{
    const qint64 unrelated = m_ids.value(QStringLiteral("Unrelated"));
    const QJsonObject json = similarJson(unrelated);
    QCOMPARE(json.value(QStringLiteral("story")).toInteger(), unrelated); // a story of its own
    QVERIFY(json.value(QStringLiteral("copies")).toArray().isEmpty());
    const CliRun text = run({QStringLiteral("similar"), QString::number(unrelated)});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out.trimmed(), QStringLiteral("No copies of article %1 found.").arg(unrelated));

    // Ten words of the original are too few to call anything a copy: no signature, no story.
    const QJsonObject shortOne = similarJson(m_ids.value(QStringLiteral("Short")));
    QCOMPARE(shortOne.value(QStringLiteral("story")).toInteger(), 0);
    QVERIFY(shortOne.value(QStringLiteral("copies")).toArray().isEmpty());
    QVERIFY(
        !copyIds(similarJson(m_ids.value(QStringLiteral("Original")))).contains(m_ids.value(QStringLiteral("Short"))));
}

void TestCliSimilar::aClaimIsFoundInTheCopiesThatHoldIt()
{
    const qint64 original = m_ids.value(QStringLiteral("Original"));
    // A sentence of the last paragraph: the reordered copy has it, the trimmed one was cut before it.
    const QString quote = m_original.last().section(QLatin1Char(' '), 0, 11);
    const CliRun added = run({QStringLiteral("claim"), QStringLiteral("add"), QStringLiteral("--article"),
                              QString::number(original), QStringLiteral("--quote"), quote});
    QVERIFY2(added.exitCode == 0, added.diagnostic().constData());
    const QString claimId = added.out.trimmed();

    const QJsonObject json = similarJson(original, {QStringLiteral("--claim"), claimId});
    QHash<qint64, bool> found;
    for (const QJsonValue &c : json.value(QStringLiteral("copies")).toArray())
        found.insert(c.toObject().value(QStringLiteral("id")).toInteger(),
                     c.toObject().value(QStringLiteral("claim_found")).toBool());
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.value(m_ids.value(QStringLiteral("Reordered"))), true);
    QCOMPARE(found.value(m_ids.value(QStringLiteral("Trimmed")), true), false);

    const CliRun text = run({QStringLiteral("similar"), QString::number(original), QStringLiteral("--claim"), claimId});
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).endsWith(QLatin1String("\tclaim found")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).endsWith(QLatin1String("\tclaim not found")), qPrintable(lines.at(1)));
}

void TestCliSimilar::aFetchedCopyJoinsTheStory()
{
    // A page fetched from the web is filed like any imported article.
    TestHttpServer server;
    QStringList copy = m_original;
    copy.prepend(QStringLiteral("Wire copy of the day"));
    server.setText(QStringLiteral("/wire.txt"), copy.join(QStringLiteral("\n\n")).toUtf8());
    const CliRun imported = run({QStringLiteral("import"), server.url(QStringLiteral("/wire.txt"))});
    QVERIFY2(imported.exitCode == 0 && imported.out.contains(QLatin1String("Imported 1 article(s)")),
             imported.diagnostic().constData());
    const QList<qint64> copies = copyIds(similarJson(m_ids.value(QStringLiteral("Original"))));
    QCOMPARE(copies.size(), 3);
    qint64 fetched = 0;
    for (const qint64 id : copies) {
        if (!m_ids.values().contains(id))
            fetched = id;
    }
    QVERIFY(fetched != 0);
    const QJsonObject json = similarJson(fetched);
    QCOMPARE(json.value(QStringLiteral("story")).toInteger(), m_ids.value(QStringLiteral("Original")));
    QCOMPARE(copyIds(json).size(), 3);
}

void TestCliSimilar::badArgumentsAreUsageErrors()
{
    CliRun r = run({QStringLiteral("similar"), QStringLiteral("999")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("no article with id 999")), r.diagnostic().constData());
    r = run({QStringLiteral("similar")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("give one article id")), r.diagnostic().constData());
    r = run({QStringLiteral("similar"), QStringLiteral("1"), QStringLiteral("--claim"), QStringLiteral("x")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("give a claim id after --claim")), r.diagnostic().constData());
}

QTEST_GUILESS_MAIN(TestCliSimilar)
#include "tst_clisimilar.moc"
