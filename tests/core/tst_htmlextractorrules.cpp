// The main-text rules of HtmlExtractor, one small hand-written page per rule: which container wins, which
// blocks stay and which go. (The shared readability pages are scored as a whole in tst_htmlextractor.)
#include "core/ingest/ArticleParser.h"

#include <QTest>

using namespace sift;

namespace {

/// Six paragraphs of prose (over 500 characters, so no relaxed retry runs), each with a few commas.
QByteArray prose(const char *topic)
{
    QByteArray out;
    for (int i = 1; i <= 6; ++i)
        out += "<p>Paragraph " + QByteArray::number(i) + " about " + topic +
               ", written as a reporter would, with clauses, details, and a quote from an official.</p>";
    return out;
}

QByteArray page(const QByteArray &body, const QByteArray &title)
{
    return "<!DOCTYPE html><html lang=\"en\"><head><title>" + title + "</title></head><body>" + body + "</body></html>";
}

/// The extracted body of a page, or a failure message as the body when the page does not parse.
Article extracted(const QByteArray &body, const QByteArray &title = "Untitled page")
{
    const ParseResult r = parseArticles(page(body, title), QStringLiteral("page.html"), InputFormat::Html);
    if (!r.ok() || r.articles.isEmpty()) {
        Article failed;
        failed.body = QStringLiteral("<parse failed: %1>").arg(r.error);
        return failed;
    }
    return r.articles.first();
}

} // namespace

class TestHtmlExtractorRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shortParagraphsOutscoreOneCommaRun();
    void divOfTextIsAParagraph();
    void divOfTextJoinsAsSibling();
    void strayInputKeepsItsBlock();
    void placeholderBlocksGo();
    void sectionsScoreTheirContainer();
    void paragraphInWrapperScoresTheContainer();
    void doubleBreaksMakeParagraphs();
    void newsletterSignUpGoesItsProseStays();
    void embedDoesNotCondemnItsBlock();
    void blocksAreJudgedInnermostFirst();
    void shortBlockWithoutLinksStays();
    void headlineWordsMatchTheTitle();
    void inPageLinksWeighLess();
    void adIsNotANegativeWord();
    void leftOutChildStillMakesABlock();
};

/// Every paragraph earns a point for itself and one per comma-separated piece (a paragraph without commas is one
/// piece): four plain paragraphs outscore one paragraph with four commas, so the four are the article.
void TestHtmlExtractorRules::shortParagraphsOutscoreOneCommaRun()
{
    const QByteArray body =
        "<div><div>"
        "<p>The river rose again on Monday night.</p>"
        "<p>Families on the east bank left their homes.</p>"
        "<p>The mayor opened two schools as shelters.</p>"
        "<p>More rain is expected before the weekend.</p>"
        "</div></div>"
        "<div><div><p>Weather, traffic, sport, markets, and more today.</p><p>Staff.</p></div></div>";
    const Article a = extracted(body);
    QVERIFY2(a.body.contains(QStringLiteral("The river rose again on Monday night.")), qPrintable(a.body));
    QVERIFY2(a.body.contains(QStringLiteral("More rain is expected before the weekend.")), qPrintable(a.body));
    QVERIFY2(!a.body.contains(QStringLiteral("Weather, traffic")), qPrintable(a.body));
}

/// A <div> with no block inside reads as a paragraph: a caption written that way is not cleaned away for its
/// "media" class, and it counts as the paragraph that keeps its image block from reading as an image strip. A div of
/// nothing but a link is still navigation.
void TestHtmlExtractorRules::divOfTextIsAParagraph()
{
    const QByteArray body =
        "<article><div class=\"story\">"
        "<p>The ferry service to the islands resumed on Tuesday, after three days of storms, high seas, and gusts.</p>"
        "<p>Operators said the first crossing, at six in the morning, carried mostly freight, mail, and medicine.</p>"
        "<div class=\"component\"><div><img src=\"a.jpg\"><img src=\"b.jpg\"></div>"
        "<div class=\"media-caption\">The harbour at dawn, photographed from the first ferry</div></div>"
        "<p>Passenger crossings resume on Thursday, the company said, if the forecast holds, as it expects.</p>"
        "<p>Island shops, which had run short of bread, milk, and fuel, expect deliveries by the weekend.</p>"
        "<p>The harbour master, speaking on local radio, said the breakwater had held, though barely.</p>"
        "<p>Schools on the two largest islands, closed since Friday, will open again on Monday morning.</p>"
        "<div class=\"more\"><a href=\"/ferries\">More on the ferries</a></div>"
        "</div></article>";
    const Article a = extracted(body);
    QVERIFY2(a.body.contains(QStringLiteral("Passenger crossings resume")), qPrintable(a.body));
    QCOMPARE(a.captions, QStringList{QStringLiteral("The harbour at dawn, photographed from the first ferry")});
    QVERIFY2(!a.body.contains(QStringLiteral("More on the ferries")), qPrintable(a.body));
}

/// Beside the article's container, a short <div> of plain sentences joins the article as a paragraph would.
void TestHtmlExtractorRules::divOfTextJoinsAsSibling()
{
    const QByteArray body =
        "<div id=\"story\">"
        "<p>Polling stations closed at eight, and counting began at once in all of the forty districts.</p>"
        "<p>Turnout was the highest in two decades, officials said, with queues, delays, and long waits.</p>"
        "<p>The first results, from the rural north, are expected before midnight, the commission said.</p>"
        "</div>"
        "<div>Figures are provisional. Counting continues.</div>"
        "<div><a href=\"/live\">Live results</a></div>";
    const Article a = extracted(body);
    QVERIFY2(a.body.contains(QStringLiteral("Polling stations closed")), qPrintable(a.body));
    QVERIFY2(a.body.endsWith(QStringLiteral("Figures are provisional. Counting continues.")), qPrintable(a.body));
    QVERIFY2(!a.body.contains(QStringLiteral("Live results")), qPrintable(a.body));
}

/// An input inside a block of paragraphs (a CSS "read more" toggle) does not make the block a form to drop.
void TestHtmlExtractorRules::strayInputKeepsItsBlock()
{
    const QByteArray body =
        "<article><div class=\"story\">" + prose("the harvest") +
        "<div class=\"more\"><input type=\"checkbox\" id=\"more\">"
        "<p>The second part opens with the farmers' union, which asked for help, loans, and time.</p>"
        "<p>The ministry, in a statement, said that it would answer the union by Friday.</p>"
        "</div></div></article>";
    const Article a = extracted(body);
    QVERIFY2(a.body.contains(QStringLiteral("Paragraph 6 about the harvest")), qPrintable(a.body));
    QVERIFY2(a.body.contains(QStringLiteral("The ministry, in a statement")), qPrintable(a.body));
}

/// A block that only says "Advertisement" or "Loading…" goes, even written as a paragraph-like div.
void TestHtmlExtractorRules::placeholderBlocksGo()
{
    const QByteArray body = "<article>" + prose("the strike") + "<div class=\"slot\">Advertisement</div>" +
                            "<div class=\"slot\">Loading\xE2\x80\xA6</div>" + prose("the talks") + "</article>";
    const Article a = extracted(body);
    QVERIFY2(a.body.contains(QStringLiteral("Paragraph 6 about the talks")), qPrintable(a.body));
    QVERIFY2(!a.body.contains(QStringLiteral("Advertisement")), qPrintable(a.body));
    QVERIFY2(!a.body.contains(QStringLiteral("Loading")), qPrintable(a.body));
}

/// A <section> scores for its container as a paragraph of its whole text, so an article written as sections is
/// taken whole, down to a short last section that would not pass as a sibling on its own.
void TestHtmlExtractorRules::sectionsScoreTheirContainer()
{
    QByteArray first;
    for (int i = 1; i <= 4; ++i)
        first += "<p>In the " + QByteArray::number(i) +
                 "th week of the drought, the reservoir fell again, and the water board, meeting in the town hall "
                 "late into the evening, weighed cuts for farms and for gardens.</p>";
    const QByteArray body =
        "<div><section>" + first + "</section><section><p>Rain is forecast, at last, for Sunday.</p></section></div>";
    const Article a = extracted(body);
    QVERIFY2(a.body.startsWith(QStringLiteral("In the 1th week")), qPrintable(a.body));
    QVERIFY2(a.body.endsWith(QStringLiteral("Rain is forecast, at last, for Sunday.")), qPrintable(a.body));
}

/// Each paragraph in its own wrapper <div> (as some sites write them) scores for the container of the wrappers, so
/// the container is the article and no short paragraph is left behind.
void TestHtmlExtractorRules::paragraphInWrapperScoresTheContainer()
{
    const QByteArray body =
        "<div>"
        "<div><p>The council, after a long night, voted to close the bridge, reroute buses, and fund repairs, "
        "which engineers, residents, and shopkeepers had demanded for years.</p></div>"
        "<div><p>Repairs, the mayor said, will start in spring, weather permitting.</p></div>"
        "<div><p>The bridge carries nine thousand cars each day.</p></div>"
        "</div>";
    const Article a = extracted(body);
    QVERIFY2(a.body.startsWith(QStringLiteral("The council, after a long night")), qPrintable(a.body));
    QVERIFY2(a.body.endsWith(QStringLiteral("The bridge carries nine thousand cars each day.")), qPrintable(a.body));
}

/// Text cut by two or more <br>s in a row is paragraphs: eight such pieces outscore one block of two comma-rich
/// paragraphs, where as one long paragraph they would not.
void TestHtmlExtractorRules::doubleBreaksMakeParagraphs()
{
    QByteArray pieces;
    for (int i = 1; i <= 8; ++i)
        pieces += (i > 1 ? "<br>\n<br>" : "") + QByteArray("Piece ") + QByteArray::number(i) +
                  " of the minister's statement on the budget and the new taxes";
    const QByteArray body = "<div><p class=\"text\">" + pieces +
                            "</p></div>"
                            "<div><div><p>Markets, sport, weather today.</p><p>Traffic, trains, and ferries.</p>"
                            "</div></div>";
    const Article a = extracted(body);
    const QStringList paragraphs = a.body.split(QStringLiteral("\n\n"));
    QVERIFY2(paragraphs.size() == 8, qPrintable(a.body));
    QVERIFY2(paragraphs.first().startsWith(QStringLiteral("Piece 1 of")), qPrintable(a.body));
    QVERIFY2(paragraphs.last().startsWith(QStringLiteral("Piece 8 of")), qPrintable(a.body));
}

/// A newsletter box goes when it is the sign-up itself (an email field) or a one-line pitch; a newsletter-named box of
/// prose with no field in it (a paid newsletter's plans, written as paragraphs) is read like any other block.
void TestHtmlExtractorRules::newsletterSignUpGoesItsProseStays()
{
    const QByteArray body =
        "<article><div class=\"story\">" + prose("the merger") +
        "<div class=\"newsletter-signup\"><p>Get the morning briefing, every weekday, in your inbox.</p>"
        "<form><input type=\"email\" name=\"email\"><button>Sign up</button></form></div>"
        "<div class=\"newsletter-promo\"><p>The briefing: our newsletter, free.</p></div>"
        "<div class=\"newsletter-box\"><p>Our paid weekly letter on the industry, written by the desk's editor, "
        "reads the filings, the earnings calls, and the rumours so that you do not have to.</p>"
        "<div><div><h3>Monthly</h3><p>Seven dollars a month, a plan you can cancel at any time.</p></div>"
        "<div><h3>Annual</h3><p>Seventy dollars a year, a discounted plan for the whole year.</p></div></div>"
        "</div>" +
        prose("the regulators") + "</div></article>";
    const Article a = extracted(body);
    QVERIFY2(a.body.contains(QStringLiteral("Paragraph 6 about the regulators")), qPrintable(a.body));
    QVERIFY2(a.body.contains(QStringLiteral("Our paid weekly letter on the industry")), qPrintable(a.body));
    QVERIFY2(a.body.contains(QStringLiteral("Seventy dollars a year")), qPrintable(a.body));
    QVERIFY2(!a.body.contains(QStringLiteral("morning briefing")), qPrintable(a.body));
    QVERIFY2(!a.body.contains(QStringLiteral("our newsletter, free")), qPrintable(a.body));
}

/// Embeds are never read, so an iframe does not make its block a "suspicious embed": the short credit line written
/// beside a calculator widget stays (Readability removes embeds before it judges blocks).
void TestHtmlExtractorRules::embedDoesNotCondemnItsBlock()
{
    const QByteArray body = "<article><div class=\"story\">" + prose("pensions") +
                            "<div class=\"calculator\"><div><div class=\"credit\">Calculator by Example Finance</div>"
                            "<iframe src=\"https://calc.example.com/embed\"></iframe></div></div>" +
                            prose("savings") + "</div></article>";
    const Article a = extracted(body);
    QVERIFY2(a.body.contains(QStringLiteral("Paragraph 6 about savings")), qPrintable(a.body));
    QVERIFY2(a.body.contains(QStringLiteral("Calculator by Example Finance")), qPrintable(a.body));
}

/// Blocks are judged innermost first, each without what was already cleaned away inside it: a strip of links goes,
/// and the credit line beside it is not condemned by the strip's links.
void TestHtmlExtractorRules::blocksAreJudgedInnermostFirst()
{
    const QByteArray body = "<article><div class=\"story\">" + prose("rents") +
                            "<div><div><div>Data supplied by the city housing office</div>"
                            "<div><a href=\"/terms\">Terms and disclosures</a> "
                            "<a href=\"https://housing.example.org\">housing.example.org</a></div></div></div>" +
                            prose("tenants") + "</div></article>";
    const Article a = extracted(body);
    QVERIFY2(a.body.contains(QStringLiteral("Paragraph 6 about tenants")), qPrintable(a.body));
    QVERIFY2(a.body.contains(QStringLiteral("Data supplied by the city housing office")), qPrintable(a.body));
    QVERIFY2(!a.body.contains(QStringLiteral("Terms and disclosures")), qPrintable(a.body));
}

/// A short block counts as suspicious only when it holds a link (as Readability judges it): a dateline wrapped in a
/// block stays, a short block of one link goes.
void TestHtmlExtractorRules::shortBlockWithoutLinksStays()
{
    const QByteArray body = "<article><div class=\"story\">" + prose("the vote") +
                            "<div><p>Updated 1:39 PM ET</p></div>"
                            "<div><p><a href=\"/live\">Live coverage</a></p></div>" +
                            prose("the count") + "</div></article>";
    const Article a = extracted(body);
    QVERIFY2(a.body.contains(QStringLiteral("Paragraph 6 about the count")), qPrintable(a.body));
    QVERIFY2(a.body.contains(QStringLiteral("Updated 1:39 PM ET")), qPrintable(a.body));
    QVERIFY2(!a.body.contains(QStringLiteral("Live coverage")), qPrintable(a.body));
}

/// A headline (h1, h2) whose words are the title's words, compared word by word as Readability splits them (at
/// apostrophes too), is the title again and goes; a smaller heading echoing the title is the page's own deck and
/// stays.
void TestHtmlExtractorRules::headlineWordsMatchTheTitle()
{
    const QByteArray body = "<article><div class=\"story\"><h2>Jean D'Arcy</h2><h4>Pearl Dress Stolen From Hotel</h4>" +
                            prose("the theft") + "</div></article>";
    const Article a = extracted(body, "Jean D'Arcy's Pearl Dress Stolen From Hotel");
    QVERIFY2(a.body.contains(QStringLiteral("Paragraph 6 about the theft")), qPrintable(a.body));
    QVERIFY2(!a.body.contains(QStringLiteral("Jean D'Arcy")), qPrintable(a.body));
    QVERIFY2(a.body.startsWith(QStringLiteral("Pearl Dress Stolen From Hotel")), qPrintable(a.body));
}

/// Text in a link to a place in the same page ("#note-3") counts 0.3 of its length in link density, as Readability
/// counts it: a footnote block whose back-link is a third of its text stays; the same block linking away goes.
void TestHtmlExtractorRules::inPageLinksWeighLess()
{
    const auto block = [](const char *href) {
        return QByteArray("<div><p>Note 3: the figures are the ministry's, published on Friday.</p>"
                          "<a href=\"") +
               href + "\">Back to the paragraph on the figures</a></div>";
    };
    const Article inPage =
        extracted("<article><div class=\"story\">" + prose("the census") + block("#note-3") + "</div></article>");
    QVERIFY2(inPage.body.contains(QStringLiteral("Note 3: the figures")), qPrintable(inPage.body));
    QVERIFY2(inPage.body.contains(QStringLiteral("Back to the paragraph")), qPrintable(inPage.body));
    const Article away = extracted("<article><div class=\"story\">" + prose("the census") +
                                   block("https://example.org/figures") + "</div></article>");
    QVERIFY2(away.body.contains(QStringLiteral("Paragraph 6 about the census")), qPrintable(away.body));
    QVERIFY2(!away.body.contains(QStringLiteral("Note 3: the figures")), qPrintable(away.body));
}

/// "ad" as a class word is not negative (Readability's negative words have "-ad-", not "ad"): a block of the article
/// classed "content ad-slot ad" keeps the weight of its "content" and is judged as content.
void TestHtmlExtractorRules::adIsNotANegativeWord()
{
    const QByteArray body = "<article><div class=\"story\">" + prose("the bridge") +
                            "<div class=\"content ad\"><p>The bridge reopens on Monday, the council said in a "
                            "statement.</p><a href=\"/bridge\">Read the council's statement</a></div></div></article>";
    const Article a = extracted(body);
    QVERIFY2(a.body.contains(QStringLiteral("The bridge reopens on Monday")), qPrintable(a.body));
}

/// A <div> reads as a paragraph only when no block is inside it as the page was written: a child left out because
/// it is unlikely content (here an "ad-header") still makes its parent a block, and a block a third of whose text is
/// a link goes. The same text in a <div> with no block inside reads as a paragraph and stays.
void TestHtmlExtractorRules::leftOutChildStillMakesABlock()
{
    const QByteArray body = "<article><div class=\"story\">" + prose("the harbour") +
                            "<div class=\"slot\"><div class=\"ad-header\"><p>Advertisement</p></div>"
                            "The story continues after this. <a href=\"/harbour\">Harbour coverage</a></div>" +
                            prose("the fleet") +
                            "<div class=\"slot\">The fleet returns on Sunday. <a href=\"/fleet\">Fleet coverage</a>"
                            "</div></div></article>";
    const Article a = extracted(body);
    QVERIFY2(a.body.contains(QStringLiteral("Paragraph 6 about the fleet")), qPrintable(a.body));
    QVERIFY2(!a.body.contains(QStringLiteral("The story continues after this")), qPrintable(a.body));
    QVERIFY2(a.body.contains(QStringLiteral("The fleet returns on Sunday")), qPrintable(a.body));
}

QTEST_GUILESS_MAIN(TestHtmlExtractorRules)
#include "tst_htmlextractorrules.moc"
