#include "core/ingest/ArticleNormalizer.h"

#include <QTest>

using namespace sift;

class TestArticleNormalizer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizesBody_data();
    void normalizesBody();
    void normalizesTitle_data();
    void normalizesTitle();
    void dedupesCaptions();
    void normalizesWholeArticle();
};

void TestArticleNormalizer::normalizesBody_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("body");

    QTest::newRow("already normal") << QStringLiteral("One.\n\nTwo.") << QStringLiteral("One.\n\nTwo.");
    QTest::newRow("many blank lines collapse") << QStringLiteral("One.\n\n\n\nTwo.") << QStringLiteral("One.\n\nTwo.");
    QTest::newRow("leading and trailing blank lines")
        << QStringLiteral("\n\n  \nOne.\n\nTwo.\n\n \n") << QStringLiteral("One.\n\nTwo.");
    QTest::newRow("line breaks inside a paragraph join")
        << QStringLiteral("The Kremlin said\non Monday it could\nneither confirm")
        << QStringLiteral("The Kremlin said on Monday it could neither confirm");
    QTest::newRow("paragraphs trimmed") << QStringLiteral("   One.  \n\n\tTwo.\t") << QStringLiteral("One.\n\nTwo.");
    QTest::newRow("whitespace-only lines separate")
        << QStringLiteral("One.\n \t \nTwo.") << QStringLiteral("One.\n\nTwo.");
    QTest::newRow("inner spacing kept") << QStringLiteral("A  B") << QStringLiteral("A  B");
    QTest::newRow("empty") << QStringLiteral("\n \n") << QString();
    QTest::newRow("Arabic")
        << QStringLiteral("\u062F\u0645\u0634\u0642\n\u0633\u0648\u0631\u064A\u0627\n\n\u0642\u0627\u0644")
        << QStringLiteral("\u062F\u0645\u0634\u0642 \u0633\u0648\u0631\u064A\u0627\n\n\u0642\u0627\u0644");
}

void TestArticleNormalizer::normalizesBody()
{
    QFETCH(QString, text);
    QFETCH(QString, body);
    QCOMPARE(ArticleNormalizer::body(text), body);
}

void TestArticleNormalizer::normalizesTitle_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");

    QTest::newRow("trim") << QStringLiteral("  Kremlin Neither Confirms  ")
                          << QStringLiteral("Kremlin Neither Confirms");
    QTest::newRow("inner runs") << QStringLiteral("Azerbaijan\t Says\nArmenia")
                                << QStringLiteral("Azerbaijan Says Armenia");
    QTest::newRow("empty") << QStringLiteral(" \n ") << QString();
}

void TestArticleNormalizer::normalizesTitle()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    QCOMPARE(ArticleNormalizer::title(text), title);
}

void TestArticleNormalizer::dedupesCaptions()
{
    const QStringList captions =
        ArticleNormalizer::captions({QStringLiteral("A photo. (Reuters)"), QStringLiteral(" A  photo. (Reuters) "),
                                     QString(), QStringLiteral("Another (AP)"), QStringLiteral("A photo. (Reuters)")});
    QCOMPARE(captions, (QStringList{QStringLiteral("A photo. (Reuters)"), QStringLiteral("Another (AP)")}));
}

void TestArticleNormalizer::normalizesWholeArticle()
{
    Article article;
    article.title = QStringLiteral(" Title\n here ");
    article.body = QStringLiteral("\nP1 line\nP1 more\n\n\nP2\n");
    article.captions = {QStringLiteral("c"), QStringLiteral("c ")};
    article.outlet = QStringLiteral(" Example  Wire ");
    article.url = QStringLiteral(" https://example.org/x ");
    ArticleNormalizer::normalize(article);
    QCOMPARE(article.title, QStringLiteral("Title here"));
    QCOMPARE(article.body, QStringLiteral("P1 line P1 more\n\nP2"));
    QCOMPARE(article.captions, QStringList{QStringLiteral("c")});
    QCOMPARE(article.outlet, QStringLiteral("Example Wire"));
    QCOMPARE(article.url, QStringLiteral("https://example.org/x"));
}

QTEST_GUILESS_MAIN(TestArticleNormalizer)
#include "tst_articlenormalizer.moc"
