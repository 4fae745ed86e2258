#include "core/domain/TextOffsets.h"
#include "widgets/ArticleReader.h"
#include "widgets/HighlightColors.h"

#include <QSignalSpy>
#include <QTest>

using namespace sift;

class TestArticleReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void highlightsLandOnQuote_data();
    void highlightsLandOnQuote();
    void selectionMapsToBody();
    void overlappingClaimsBothPainted();
    void clickFindsInnermostClaim();
    void neverLoadsResources();
    void markupIsShownAsText();
    void suggestionUnderlineShowsOnPalette_data();
    void suggestionUnderlineShowsOnPalette();

private:
    static Article article(const QString &body);
};

Article TestArticleReader::article(const QString &body)
{
    Article a;
    a.id = 7;
    a.title = QStringLiteral("Title");
    a.body = body;
    a.captions = {QStringLiteral("A caption (Reuters)")};
    return a;
}

void TestArticleReader::highlightsLandOnQuote_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("quote");
    QTest::newRow("plain second paragraph")
        << QStringLiteral("First paragraph.\n\nThe Kremlin could neither confirm nor deny it.")
        << QStringLiteral("could neither confirm nor deny");
    QTest::newRow("emoji before quote")
        << QStringLiteral("Governor posted 🔥🚒🙏 overnight.\n\nShe said 😀 the depot fire is out now.")
        << QStringLiteral("the depot fire is out");
    QTest::newRow("arabic quote after emoji")
        << QStringLiteral("Statement 🔥 read:\n\n«لم نطلق النار على القرية» said the militia.")
        << QStringLiteral("لم نطلق النار على القرية");
    QTest::newRow("quote spanning emoji")
        << QStringLiteral("One.\n\nTwo 👍🏽 three four.") << QStringLiteral("👍🏽 three");
}

void TestArticleReader::highlightsLandOnQuote()
{
    QFETCH(QString, body);
    QFETCH(QString, quote);
    ArticleReader reader;
    Claim claim;
    claim.id = 1;
    claim.status = QStringLiteral("Disputed");
    const auto anchor = TextOffsets::anchorForQuote(body, quote);
    QVERIFY(anchor);
    claim.anchor = *anchor;
    reader.showArticle(article(body), {claim});
    const auto range = reader.documentRangeOfClaim(1);
    QVERIFY(range);
    QCOMPARE(reader.documentText(range->first, range->second), quote);
    QCOMPARE(reader.extraSelections().size(), 1);
    QCOMPARE(reader.extraSelections().first().cursor.selectedText(), quote);
}

void TestArticleReader::selectionMapsToBody()
{
    const QString body = QStringLiteral("Intro 😀 line.\n\nSecond paragraph has the words we want.");
    ArticleReader reader;
    reader.showArticle(article(body), {});
    const qsizetype start = body.indexOf(QStringLiteral("the words"));
    reader.selectBodyRange(start, start + 9);
    const auto range = reader.selectedBodyRange();
    QVERIFY(range);
    QCOMPARE(body.mid(range->first, range->second - range->first), QStringLiteral("the words"));
    // A selection that starts in the title is clipped to the body.
    QTextCursor c(reader.document());
    c.setPosition(0);
    c.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    reader.setTextCursor(c);
    const auto all = reader.selectedBodyRange();
    QVERIFY(all);
    QCOMPARE(all->first, qsizetype(0));
}

void TestArticleReader::overlappingClaimsBothPainted()
{
    const QString body = QStringLiteral("Ministry said forces opened fire on Sunday morning from Goris.");
    Claim outer;
    outer.id = 1;
    outer.anchor = *TextOffsets::anchorForQuote(body, QStringLiteral("forces opened fire on Sunday morning"));
    Claim inner;
    inner.id = 2;
    inner.anchor = *TextOffsets::anchorForQuote(body, QStringLiteral("on Sunday"));
    ArticleReader reader;
    reader.showArticle(article(body), {outer, inner});
    QCOMPARE(reader.extraSelections().size(), 2);
    const qsizetype inSunday = body.indexOf(QStringLiteral("Sunday")) + 1;
    QCOMPARE(reader.claimAtBodyPosition(inSunday), qint64(2));
    QCOMPARE(reader.claimAtBodyPosition(body.indexOf(QStringLiteral("opened"))), qint64(1));
    QCOMPARE(reader.claimAtBodyPosition(0), qint64(0));
}

void TestArticleReader::clickFindsInnermostClaim()
{
    const QString body = QStringLiteral("Alpha beta gamma delta.");
    Claim claim;
    claim.id = 5;
    claim.anchor = *TextOffsets::anchorForQuote(body, QStringLiteral("gamma"));
    ArticleReader reader;
    reader.resize(600, 400);
    reader.showArticle(article(body), {claim});
    reader.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reader));
    QSignalSpy clicked(&reader, &ArticleReader::claimClicked);
    const auto range = reader.documentRangeOfClaim(5);
    QTextCursor c(reader.document());
    c.setPosition(range->first + 2);
    const QPoint point = reader.cursorRect(c).center();
    QTest::mouseClick(reader.viewport(), Qt::LeftButton, {}, point);
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().first().toLongLong(), qint64(5));
}

void TestArticleReader::neverLoadsResources()
{
    ArticleReader reader;
    QVERIFY(!reader.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("https://example.org/x.png")))
                 .isValid());
    QVERIFY(
        !reader.loadResource(QTextDocument::StyleSheetResource, QUrl(QStringLiteral("file:///etc/passwd"))).isValid());
}

void TestArticleReader::markupIsShownAsText()
{
    const QString body = QStringLiteral("<script>alert(1)</script><img src=\"https://example.org/x.png\"> plain");
    ArticleReader reader;
    reader.showArticle(article(body), {});
    QVERIFY(reader.toPlainText().contains(QStringLiteral("<script>alert(1)</script>")));
    QVERIFY(!reader.toHtml().contains(QStringLiteral("<img")));
}

void TestArticleReader::suggestionUnderlineShowsOnPalette_data()
{
    QTest::addColumn<QColor>("base");
    QTest::addColumn<QColor>("text");
    QTest::addColumn<QColor>("link");
    QTest::newRow("light") << QColor(0xff, 0xff, 0xff) << QColor(0x1a, 0x1a, 0x1a) << QColor(0x00, 0x4a, 0xad);
    // A dark palette: a fixed dark grey underline (the old one) vanished on it.
    QTest::newRow("dark") << QColor(0x1e, 0x1e, 0x1e) << QColor(0xe6, 0xe6, 0xe6) << QColor(0x6c, 0xb4, 0xff);
    // A link colour too dark for the base: the current suggestion falls back to the text colour.
    QTest::newRow("dark, dark link") << QColor(0x1e, 0x1e, 0x1e) << QColor(0xe6, 0xe6, 0xe6)
                                     << QColor(0x00, 0x00, 0x80);
}

void TestArticleReader::suggestionUnderlineShowsOnPalette()
{
    QFETCH(QColor, base);
    QFETCH(QColor, text);
    QFETCH(QColor, link);
    ArticleReader reader;
    QPalette palette = reader.palette();
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Link, link);
    reader.setPalette(palette);
    const QString body = QStringLiteral("The ministry said the convoy was hit.\n\nThe army said it was not.");
    reader.showArticle(article(body), {});
    reader.setSuggestions({{qint64(18), qint64(37)}, {qint64(48), qint64(62)}}, 1);

    QList<QColor> underlines;
    for (const QTextEdit::ExtraSelection &s : reader.extraSelections()) {
        if (s.format.underlineStyle() == QTextCharFormat::DotLine)
            underlines << s.format.underlineColor();
    }
    QCOMPARE(underlines.size(), 2);
    for (const QColor &c : underlines) {
        const double ratio = HighlightColors::contrastRatio(c, base);
        QVERIFY2(ratio >= HighlightColors::kNonText,
                 qPrintable(QStringLiteral("%1 on %2: %3:1").arg(c.name(), base.name()).arg(ratio, 0, 'f', 2)));
    }
    QVERIFY(underlines[0] != underlines[1]); // the current one stands out
}

QTEST_MAIN(TestArticleReader)
#include "tst_articlereader.moc"
