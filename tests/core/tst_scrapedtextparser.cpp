#include "core/ingest/ArticleParser.h"
#include "core/ingest/ScrapedTextParser.h"
#include "support/TestSupport.h"

#include <QTest>

using namespace sift;

using CaptionLists = QList<QStringList>;
using Counts = QList<int>;

namespace {

QStringList paragraphsOf(const QString &body)
{
    return body.split(QStringLiteral("\n\n"));
}

QStringList titlesOf(const QList<Article> &articles)
{
    QStringList titles;
    for (const Article &article : articles)
        titles << article.title;
    return titles;
}

const QString kTitle = QStringLiteral("Kremlin Neither Confirms Nor Denies Trump-Putin Phone Call");
const QString kCaption =
    QStringLiteral("FILE - Russian President Vladimir Putin speaks on the phone in St. Petersburg, "
                   "Russia, Dec. 26, 2024. (Alexander Kazakov, Sputnik, Kremlin Pool Photo via "
                   "AP, File)");
const QString kP1 = QStringLiteral("The Kremlin said on Monday it could neither confirm nor deny reports of a call.");
const QString kP2 = QStringLiteral("Speaking to reporters on Sunday, Trump indicated the two men had been in contact.");

} // namespace

class TestScrapedTextParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAawsatSample();
    void readsCrlfBomFile();
    void copesWithVariants_data();
    void copesWithVariants();
    void skipsBlocksWithoutBody();
    void comparesLinesSimplified();
    void forcedOnOtherTextReadsBlocks_data();
    void forcedOnOtherTextReadsBlocks();
    void recognizesSignature_data();
    void recognizesSignature();
    void recognizesCaptionLines_data();
    void recognizesCaptionLines();
};

void TestScrapedTextParser::readsAawsatSample()
{
    const QByteArray bytes = test::readFile(test::sharedPath(QStringLiteral("samples/aawsat-sample.txt")));
    QVERIFY(!bytes.isEmpty());
    const ParseResult result = parseArticles(bytes, QStringLiteral("aawsat-sample.txt"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
    QCOMPARE(result.articles.size(), 2);

    const QStringList titles = {kTitle,
                                QStringLiteral("Azerbaijan Says Armenia Fired on It, Yerevan Denies the Claim")};
    const QStringList starts = {QStringLiteral("The Kremlin said on Monday"),
                                QStringLiteral("Azerbaijan on Sunday accused")};
    const Counts paragraphCounts = {6, 5};
    for (int i = 0; i < 2; ++i) {
        const Article &article = result.articles[i];
        QCOMPARE(article.title, titles[i]);
        QCOMPARE(article.captions.size(), 1);
        QVERIFY(article.captions.first().endsWith(QLatin1Char(')')));
        const QStringList paragraphs = paragraphsOf(article.body);
        QCOMPARE(paragraphs.size(), paragraphCounts[i]);
        QVERIFY2(paragraphs.first().startsWith(starts[i]), qPrintable(paragraphs.first()));
        for (const QString &paragraph : paragraphs) {
            QVERIFY(paragraph != QLatin1String("TT") && paragraph != QLatin1String("20"));
            QVERIFY(paragraph != article.title);
            QVERIFY(!article.captions.contains(paragraph));
            QVERIFY(!paragraph.isEmpty() && paragraph == paragraph.trimmed());
        }
        QVERIFY(!article.body.contains(article.captions.first()));
        QVERIFY(!article.body.contains(article.title));
        QVERIFY(!article.published.isValid());
        QVERIFY(article.outlet.isEmpty());
        QVERIFY(article.uid.isEmpty());
        QVERIFY(article.sourceFile.isEmpty());
        QVERIFY(!article.importedAt.isValid());
    }
    QVERIFY(result.articles[0].captions.first().startsWith(QLatin1String("FILE - Russian President Vladimir Putin")));
    QVERIFY(result.articles[1].body.endsWith(QLatin1String("bitter peace process.")));
}

void TestScrapedTextParser::readsCrlfBomFile()
{
    const QByteArray bytes = test::readFile(test::dataPath(QStringLiteral("ingest/scraped-crlf-bom.txt")));
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF") && bytes.contains("\r\n"));
    const ParseResult result = parseArticles(bytes, QStringLiteral("scraped-crlf-bom.txt"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(titlesOf(result.articles),
             (QStringList{QStringLiteral("Sudan's Army Says It Retook Key Bridge in Khartoum"),
                          QStringLiteral("Niger Junta Denies Reports of Troop Withdrawal From Border Town")}));
    QCOMPARE(result.articles[0].captions.size(), 1);
    QVERIFY(result.articles[0].captions.first().endsWith(QLatin1String("(AFP)")));
    QCOMPARE(result.articles[1].captions.size(), 1);
    QVERIFY(result.articles[1].captions.first().endsWith(QLatin1String("via Getty Images)")));
    QCOMPARE(paragraphsOf(result.articles[0].body).size(), 3);
    QCOMPARE(paragraphsOf(result.articles[1].body).size(), 2);
    QVERIFY(result.articles[0].body.startsWith(QLatin1String("Sudan's army said on Saturday")));
    QVERIFY(result.articles[0].body.endsWith(QLatin1String("controlled the crossing.")));
    QVERIFY(result.articles[1].body.startsWith(QLatin1String("Niger's military government on Sunday")));
    for (const Article &article : result.articles) {
        QVERIFY(!article.body.contains(QLatin1Char('\r')));
        QVERIFY(!article.title.contains(QChar(0xFEFF)));
    }
}

void TestScrapedTextParser::copesWithVariants_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<CaptionLists>("captions");
    QTest::addColumn<Counts>("paragraphs");

    const QString full = kTitle + QLatin1String("\n\n") + kCaption + u'\n' + kCaption + QLatin1String("\nTT\n20\n\n") +
                         kTitle + QLatin1String("\n\n") + kCaption + u'\n' + kCaption + QLatin1String("\n\n") + kP1 +
                         QLatin1String("\n\n") + kP2;
    const QString second = QStringLiteral("Second Story Headline\n\nA man walks past rubble in Gaza City. (Reuters)\n"
                                          "TT\n20\n\nSecond Story Headline\n\nFirst paragraph of the second story.");

    QTest::newRow("single full article") << full << QStringList{kTitle} << CaptionLists{{kCaption}} << Counts{2};
    QTest::newRow("single article, trailing blank lines and spaces")
        << full + QLatin1String("  \n\n \n\t\n") << QStringList{kTitle} << CaptionLists{{kCaption}} << Counts{2};
    QTest::newRow("trailing spaces on every line") << QString(full).replace(QLatin1String("\n"), QLatin1String("   \n"))
                                                   << QStringList{kTitle} << CaptionLists{{kCaption}} << Counts{2};
    QTest::newRow("missing duplicates") << kTitle + QLatin1String("\n\n") + kCaption + QLatin1String("\nTT\n20\n\n") +
                                               kP1 + QLatin1String("\n\n") + kP2
                                        << QStringList{kTitle} << CaptionLists{{kCaption}} << Counts{2};
    QTest::newRow("missing TT and 20") << kTitle + QLatin1String("\n\n") + kCaption + u'\n' + kCaption +
                                              QLatin1String("\n\n") + kTitle + QLatin1String("\n\n") + kCaption +
                                              u'\n' + kCaption + QLatin1String("\n\n") + kP1 + QLatin1String("\n\n") +
                                              kP2
                                       << QStringList{kTitle} << CaptionLists{{kCaption}} << Counts{2};
    QTest::newRow("caption once, no residue, no repeat")
        << kTitle + QLatin1String("\n\n") + kCaption + QLatin1String("\n\n") + kP1 << QStringList{kTitle}
        << CaptionLists{{kCaption}} << Counts{1};
    QTest::newRow("caption without credit above TT")
        << QStringLiteral("Headline\n\nA crowd gathers in the square\nTT\n20\n\nHeadline\n\nBody text here.")
        << QStringList{QStringLiteral("Headline")} << CaptionLists{{QStringLiteral("A crowd gathers in the square")}}
        << Counts{1};
    QTest::newRow("no caption at all") << kTitle + QLatin1String("\nTT\n20\n\n") + kTitle + QLatin1String("\n\n") + kP1
                                       << QStringList{kTitle} << CaptionLists{{}} << Counts{1};
    QTest::newRow("two captions kept in order")
        << QStringLiteral("Headline\n\nFirst photo. (AP)\nFirst photo. (AP)\nSecond photo. (AFP)\nSecond photo. "
                          "(AFP)\nTT\n20\n\nHeadline\n\nFirst photo. (AP)\nSecond photo. (AFP)\n\nBody.")
        << QStringList{QStringLiteral("Headline")}
        << CaptionLists{{QStringLiteral("First photo. (AP)"), QStringLiteral("Second photo. (AFP)")}} << Counts{1};
    QTest::newRow("two articles, three blank lines")
        << full + QLatin1String("\n\n\n\n") + second << QStringList{kTitle, QStringLiteral("Second Story Headline")}
        << CaptionLists{{kCaption}, {QStringLiteral("A man walks past rubble in Gaza City. (Reuters)")}}
        << Counts{2, 1};
    QTest::newRow("two articles, only one blank line between")
        << full + QLatin1String("\n\n") + second << QStringList{kTitle, QStringLiteral("Second Story Headline")}
        << CaptionLists{{kCaption}, {QStringLiteral("A man walks past rubble in Gaza City. (Reuters)")}}
        << Counts{2, 1};
    QTest::newRow("paragraph lines wrapped")
        << kTitle + QLatin1String("\nTT\n20\n\n") + kTitle + QLatin1String("\n\nwrapped\nline\n\nnext")
        << QStringList{kTitle} << CaptionLists{{}} << Counts{2};
}

void TestScrapedTextParser::copesWithVariants()
{
    QFETCH(QString, text);
    QFETCH(QStringList, titles);
    QFETCH(CaptionLists, captions);
    QFETCH(Counts, paragraphs);

    const ParseResult result = ScrapedTextParser::parse(text);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
    QCOMPARE(titlesOf(result.articles), titles);
    for (qsizetype i = 0; i < result.articles.size(); ++i) {
        const Article &article = result.articles[i];
        QCOMPARE(article.captions, captions[i]);
        QCOMPARE(paragraphsOf(article.body).size(), paragraphs[i]);
        for (const QString &paragraph : paragraphsOf(article.body)) {
            QVERIFY2(paragraph != article.title && !article.captions.contains(paragraph) &&
                         paragraph != QLatin1String("TT") && paragraph != QLatin1String("20"),
                     qPrintable(paragraph));
        }
    }
}

void TestScrapedTextParser::comparesLinesSimplified()
{
    // Tabs, no-break spaces, doubled and trailing spaces: a repeat matches its original once simplified, and
    // body lines are trimmed but keep their inner spacing.
    const QString text = QStringLiteral("  Ceasefire\u00a0talks  resume\t\n"
                                        "\n"
                                        "Delegates arrive in Doha. (Reuters)\n"
                                        "\tDelegates arrive in  Doha. (Reuters) \n"
                                        "TT\n"
                                        " 20\n"
                                        "\n"
                                        "Ceasefire talks resume\n"
                                        "\n"
                                        "Delegates\u00a0arrive in Doha. (Reuters)\n"
                                        "\n"
                                        "\tTalks  resumed on Monday,\n"
                                        "officials said. \n"
                                        " \t\n"
                                        "A second paragraph.\u00a0\n");
    const ParseResult result = ScrapedTextParser::parse(text);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.articles.size(), 1);
    const Article &article = result.articles.first();
    QCOMPARE(article.title, QStringLiteral("Ceasefire talks resume"));
    QCOMPARE(article.captions, QStringList{QStringLiteral("Delegates arrive in Doha. (Reuters)")});
    QCOMPARE(article.body, QStringLiteral("Talks  resumed on Monday, officials said.\n\nA second paragraph."));
}

void TestScrapedTextParser::skipsBlocksWithoutBody()
{
    const QString text = kTitle + QLatin1String("\nTT\n20\n\n") + kTitle + QLatin1String("\n\n") + kP1 +
                         QLatin1String("\n\n\nAdvertisement\n\n\n");
    const ParseResult result = ScrapedTextParser::parse(text);
    QVERIFY(result.ok());
    QCOMPARE(titlesOf(result.articles), QStringList{kTitle});
    QCOMPARE(result.warnings,
             QStringList{QStringLiteral("line 10: \u201cAdvertisement\u201d has no body text; skipped")});
}

void TestScrapedTextParser::forcedOnOtherTextReadsBlocks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<Counts>("paragraphs");

    QTest::newRow("one plain article") << QStringLiteral("A Plain Headline\n\nFirst paragraph.\n\nSecond paragraph.")
                                       << QStringList{QStringLiteral("A Plain Headline")} << Counts{2};
    QTest::newRow("blocks split on two blank lines")
        << QStringLiteral("Headline One\n\nBody one.\n\n\nHeadline Two\nBody two.\n\nMore two.")
        << QStringList{QStringLiteral("Headline One"), QStringLiteral("Headline Two")} << Counts{1, 2};
}

void TestScrapedTextParser::forcedOnOtherTextReadsBlocks()
{
    QFETCH(QString, text);
    QFETCH(QStringList, titles);
    QFETCH(Counts, paragraphs);

    const ParseResult result = parseArticles(text.toUtf8(), QStringLiteral("notes.txt"), InputFormat::Scraped);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(titlesOf(result.articles), titles);
    for (qsizetype i = 0; i < result.articles.size(); ++i)
        QCOMPARE(paragraphsOf(result.articles[i].body).size(), paragraphs[i]);
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY2(result.warnings.first().startsWith(QLatin1String("no scraped-format markers")),
             qPrintable(result.warnings.first()));
}

void TestScrapedTextParser::recognizesSignature_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("scraped");

    QTest::newRow("TT/20 residue") << QStringLiteral("Headline\nCaption\nTT\n20\n\nBody.") << true;
    QTest::newRow("repeated title") << QStringLiteral("Headline\n\nHeadline\n\nBody.") << true;
    QTest::newRow("doubled caption with credit")
        << kTitle + QLatin1String("\n\n") + kCaption + u'\n' + kCaption + QLatin1String("\n\n") + kP1 << true;
    QTest::newRow("residue in the second article only")
        << QStringLiteral("Plain\n\nText.\n\n\nHeadline\nTT\n20\n\nHeadline\n\nBody.") << true;
    QTest::newRow("plain article") << QStringLiteral("A Headline\n\nBody paragraph.\n\nAnother one.") << false;
    QTest::newRow("single caption is not enough")
        << kTitle + QLatin1String("\n\n") + kCaption + QLatin1String("\n\n") + kP1 << false;
    QTest::newRow("TT deep in the body is not residue")
        << QStringLiteral("Headline\n\nP1.\n\nP2.\n\nP3.\n\nP4.\n\nP5.\n\nP6.\n\nP7.\n\nTT\n\nP8.") << false;
}

void TestScrapedTextParser::recognizesSignature()
{
    QFETCH(QString, text);
    QFETCH(bool, scraped);
    QCOMPARE(ScrapedTextParser::looksLikeScraped(text), scraped);
}

void TestScrapedTextParser::recognizesCaptionLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("caption");

    QTest::newRow("Reuters") << QStringLiteral("Smoke rises over the city. (Reuters)") << true;
    QTest::newRow("via AP, File") << kCaption << true;
    QTest::newRow("photographer/agency") << QStringLiteral("Rescuers search the rubble (Khaled Abdullah/Reuters)")
                                         << true;
    QTest::newRow("Getty with trailing period") << QStringLiteral("A rally in Paris (AFP via Getty Images).") << true;
    QTest::newRow("FILE prefix without credit") << QStringLiteral("FILE - Soldiers patrol a street in Goma.") << true;
    QTest::newRow("own photographer") << QStringLiteral("The summit venue in Riyadh (Asharq Al-Awsat)") << true;
    QTest::newRow("dateline paragraph") << QStringLiteral("GAZA (Reuters) - Israeli strikes killed at least 12 people.")
                                        << false;
    QTest::newRow("abbreviation in parentheses") << QStringLiteral("The Rapid Support Forces (RSF)") << false;
    QTest::newRow("no parentheses") << QStringLiteral("Armenia's defense ministry said the statement was untrue.")
                                    << false;
}

void TestScrapedTextParser::recognizesCaptionLines()
{
    QFETCH(QString, line);
    QFETCH(bool, caption);
    QCOMPARE(ScrapedTextParser::isCaptionLine(line), caption);
}

QTEST_GUILESS_MAIN(TestScrapedTextParser)
#include "tst_scrapedtextparser.moc"
