#include "core/ingest/HtmlExtractor.h"

#include "core/ingest/HtmlNodes.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace sift {

namespace {

using namespace HtmlNodes;

/// Below this many characters a page's article is retried with the boilerplate rules relaxed, one at a time.
constexpr int kRetryLength = 500;
constexpr int kMinParagraphLength = 25;
constexpr int kMaxBylineLength = 100;
constexpr int kShareElementThreshold = 500;
/// A newsletter box with less text than this is a sign-up pitch ("Get our briefing in your inbox every morning").
constexpr int kSignUpPitchLength = 200;

enum Flag { StripUnlikely = 1, WeightClasses = 2, CleanConditionally = 4 };

bool containsAny(const QString &text, std::initializer_list<const char *> words)
{
    for (const char *word : words) {
        if (text.contains(QLatin1String(word)))
            return true;
    }
    return false;
}

bool isNegativeHint(const QString &s)
{
    if (containsAny(s, {"-ad-",     "hidden", "banner",   "combx",    "comment", "com-",       "contact",
                        "foot",     "gdpr",   "masthead", "media",    "meta",    "outbrain",   "promo",
                        "related",  "scroll", "share",    "shoutbox", "sidebar", "skyscraper", "sponsor",
                        "shopping", "tags",   "tool",     "widget",   "cookie",  "taboola"}))
        return true;
    const QStringList tokens = s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return tokens.contains(QLatin1String("hid"));
}

bool isPositiveHint(const QString &s)
{
    return containsAny(s, {"article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination",
                           "post", "text", "blog", "story"});
}

bool isUnlikelyHint(const QString &s)
{
    if (!containsAny(s, {"-ad-",       "ai2html", "banner",     "breadcrumbs",  "combx",    "comment",  "community",
                         "cover-wrap", "disqus",  "extra",      "footer",       "gdpr",     "header",   "legends",
                         "menu",       "related", "remark",     "replies",      "rss",      "shoutbox", "sidebar",
                         "skyscraper", "social",  "sponsor",    "supplemental", "ad-break", "agegate",  "pagination",
                         "pager",      "popup",   "yom-remote", "cookie",       "consent",  "outbrain", "taboola"}))
        return false;
    return !containsAny(s, {"and", "article", "body", "column", "content", "main", "mathjax", "shadow"});
}

int classWeight(const GumboNode *node)
{
    int weight = 0;
    for (const char *name : {"class", "id"}) {
        const char *value = attribute(node, name);
        if (!value || !*value)
            continue;
        const QString s = QString::fromUtf8(value).toLower();
        if (isNegativeHint(s))
            weight -= 25;
        if (isPositiveHint(s))
            weight += 25;
    }
    return weight;
}

/// Subtrees that never hold article text.
bool isAlwaysDropped(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_META:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_APPLET:
        return true;
    default:
        return false;
    }
}

/// What Readability removes before it walks the page. Everything else it leaves out (hidden, unlikely, a byline)
/// it removes on reaching it, after it has looked at the parent: a <div> whose only block is such a child is not
/// read as a paragraph.
bool isRemovedBeforeReading(GumboTag tag)
{
    return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT || tag == GUMBO_TAG_TEMPLATE;
}

/// Elements that end the running paragraph.
bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_CAPTION:
        return true;
    default:
        return false;
    }
}

/// What makes a <div> more than a paragraph (Readability's DIV_TO_P_ELEMS).
bool isParagraphBreaker(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
        return true;
    default:
        return false;
    }
}

/// Blocks that keep a <div> from reading as one paragraph when they sit anywhere inside it (Readability's
/// DIV_TO_P_ELEMS, searched through all descendants).
bool isParagraphBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_UL:
        return true;
    default:
        return false;
    }
}

/// Whether node is, or holds, a block that ends a paragraph (isParagraphBlock). Iterative: the subtree may be deep.
bool holdsParagraphBlock(const GumboNode *node)
{
    std::vector<const GumboNode *> stack{node};
    while (!stack.empty()) {
        const GumboNode *n = stack.back();
        stack.pop_back();
        if (!isElement(n))
            continue;
        if (isParagraphBlock(tag(n)))
            return true;
        if (const GumboVector *kids = children(n)) {
            for (unsigned int k = 0; k < kids->length; ++k)
                stack.push_back(child(kids, k));
        }
    }
    return false;
}

bool isHeading(GumboTag tag)
{
    return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6;
}

int baseScore(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_DIV:
        return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
        return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
        return -3;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH:
        return -5;
    default:
        return 0;
    }
}

/// A link to a place in the same page ("#story-continues"): its text weighs 0.3 in link density, as Readability
/// counts it, since "skip to" and footnote links are part of the article, not a way out of it.
bool isInPageLink(const GumboNode *node)
{
    const char *href = attribute(node, "href");
    return href && href[0] == '#' && href[1] != '\0';
}

bool isHidden(const GumboNode *node)
{
    if (attribute(node, "hidden"))
        return true;
    const char *aria = attribute(node, "aria-hidden");
    if (aria && QByteArrayView(aria) == "true" && !classAndId(node).contains(QLatin1String("fallback-image")))
        return true;
    const char *style = attribute(node, "style");
    if (!style)
        return false;
    QString s = QString::fromUtf8(style).toLower();
    s.remove(QLatin1Char(' '));
    return s.contains(QLatin1String("display:none")) || s.contains(QLatin1String("visibility:hidden"));
}

bool hasDroppedRole(const GumboNode *node)
{
    const char *role = attribute(node, "role");
    if (!role)
        return false;
    static const QSet<QByteArray> kRoles = {"menu",  "menubar",     "complementary", "navigation",
                                            "alert", "alertdialog", "dialog"};
    return kRoles.contains(QByteArray(role).toLower());
}

struct TextStats {
    int length = 0;
    int commas = 0;
};

/// Length after collapsing white space, in code points, and the commas of any script.
TextStats measure(const char *utf8)
{
    TextStats stats;
    bool inSpace = true;
    for (const auto *p = reinterpret_cast<const unsigned char *>(utf8); *p; ++p) {
        const unsigned char c = *p;
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
            if (!inSpace)
                ++stats.length;
            inSpace = true;
            continue;
        }
        inSpace = false;
        if ((c & 0xC0) != 0x80)
            ++stats.length;
        if (c == ',')
            ++stats.commas;
        else if ((c == 0xD8 && p[1] == 0x8C) || (c == 0xEF && p[1] == 0xBC && p[2] == 0x8C))
            ++stats.commas; // Arabic comma, fullwidth comma
    }
    return stats;
}

/// What an element holds, itself and below it: the figures Readability's scoring and conditional cleaning read.
struct BlockCounts {
    int textLength = 0;
    double linkLength = 0; ///< text inside links, an in-page "#" link counting 0.3 of its length
    int commas = 0;
    int paragraphs = 0;
    int images = 0;
    int listItems = 0;
    int inputs = 0;
    int headingLength = 0;
    int listLength = 0;

    BlockCounts &operator+=(const BlockCounts &o)
    {
        textLength += o.textLength;
        linkLength += o.linkLength;
        commas += o.commas;
        paragraphs += o.paragraphs;
        images += o.images;
        listItems += o.listItems;
        inputs += o.inputs;
        headingLength += o.headingLength;
        listLength += o.listLength;
        return *this;
    }
    BlockCounts &operator-=(const BlockCounts &o)
    {
        textLength -= o.textLength;
        linkLength -= o.linkLength;
        commas -= o.commas;
        paragraphs -= o.paragraphs;
        images -= o.images;
        listItems -= o.listItems;
        inputs -= o.inputs;
        headingLength -= o.headingLength;
        listLength -= o.listLength;
        return *this;
    }
};

/// One element of the page, in document (pre-)order; its descendants are the entries up to `end`.
struct Entry : BlockCounts {
    const GumboNode *node = nullptr;
    int parent = -1;
    int end = 0;
    GumboTag tag = GUMBO_TAG_UNKNOWN;
    bool dropped = false;         ///< never read: boilerplate, hidden, script; its children are not entries
    bool breaksParagraph = false; ///< has a child that makes it more than a paragraph
    bool blockInside = false;     ///< has a block (isParagraphBlock) anywhere below it
    bool splitByBreaks = false;   ///< its text is paragraphs divided by runs of <br> (it scores as a <div> of <p>s)
    int breakChildren = 0;
    bool scored = false;
    int weight = 0;
    int inlineLength = 0; ///< text of its own, outside child blocks
    int inlineCommas = 0;
    int elementChildren = 0;
    bool dataTableHint = false;
    bool nestedTable = false;
    double score = 0;
};

class Extraction
{
public:
    Extraction(const GumboNode *document, const QString &title, int flags)
        : m_title(title.simplified().toCaseFolded())
        , m_flags(flags)
    {
        index(document);
        accumulate();
        splitAtDoubleBreaks();
    }

    HtmlExtractor::Result run()
    {
        scoreParagraphs();
        const int top = topCandidate();
        HtmlExtractor::Result result;
        result.byline = m_byline;
        if (top < 0)
            return result;
        const QList<int> roots = selectSiblings(top);
        m_skipped.assign(m_entries.size(), false);
        for (const int root : roots)
            judgeBlocks(root);
        for (const int root : roots)
            emitSubtree(root, &result);
        flush(&result);
        result.body = std::move(m_body);
        return result;
    }

private:
    bool has(Flag flag) const { return (m_flags & flag) != 0; }

    bool dropsWhenEntered(const GumboNode *node, GumboTag tag, bool inTable)
    {
        if (isAlwaysDropped(tag) || isHidden(node))
            return true;
        if (!has(StripUnlikely))
            return false;
        if (hasDroppedRole(node))
            return true;
        if (tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_A || tag == GUMBO_TAG_ARTICLE ||
            tag == GUMBO_TAG_MAIN || inTable)
            return false;
        const QString hints = classAndId(node);
        return !hints.isEmpty() && isUnlikelyHint(hints);
    }

    bool takeByline(const GumboNode *node)
    {
        if (!m_byline.isEmpty())
            return false;
        const QString rel = attributeText(node, "rel").toLower();
        const QString itemprop = attributeText(node, "itemprop").toLower();
        const QString hints = classAndId(node);
        if (rel != QLatin1String("author") && !itemprop.contains(QLatin1String("author")) &&
            !containsAny(hints, {"byline", "author", "writtenby", "p-author"}))
            return false;
        const QString text = textContent(node);
        if (text.isEmpty() || text.size() >= kMaxBylineLength)
            return false;
        m_byline = text;
        return true;
    }

    /// Pre-order, iterative: the page may nest as deep as HtmlSource lets it.
    void index(const GumboNode *document)
    {
        struct Item {
            const GumboNode *node;
            int parent;
            double linkWeight; ///< 0 outside links, 1 in a link, 0.3 in an in-page "#" link
            bool inTable;
        };
        std::vector<Item> stack{{document, -1, 0.0, false}};
        while (!stack.empty()) {
            const Item item = stack.back();
            stack.pop_back();
            const GumboNode *node = item.node;
            if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
                node->type == GUMBO_NODE_WHITESPACE) {
                if (item.parent >= 0) {
                    const TextStats stats = measure(node->v.text.text);
                    Entry &parent = m_entries[std::size_t(item.parent)];
                    parent.textLength += stats.length;
                    parent.commas += stats.commas;
                    parent.inlineLength += stats.length;
                    parent.inlineCommas += stats.commas;
                    parent.linkLength += item.linkWeight * stats.length;
                }
                continue;
            }
            if (node->type != GUMBO_NODE_DOCUMENT && !isElement(node))
                continue;
            const int i = int(m_entries.size());
            Entry entry;
            entry.node = node;
            entry.parent = item.parent;
            entry.tag = tag(node);
            if (isElement(node)) {
                entry.dropped = dropsWhenEntered(node, entry.tag, item.inTable) || takeByline(node);
                entry.weight = has(WeightClasses) ? classWeight(node) : 0;
            }
            if (item.parent >= 0) {
                Entry &parent = m_entries[std::size_t(item.parent)];
                if (!entry.dropped)
                    ++parent.elementChildren;
                if (entry.tag == GUMBO_TAG_BR)
                    ++parent.breakChildren;
                if (isParagraphBreaker(entry.tag))
                    parent.breaksParagraph = true;
            }
            countKind(entry);
            m_entries.push_back(entry);
            if (entry.dropped)
                continue;
            if (const GumboVector *kids = children(node)) {
                const double linkWeight = item.linkWeight > 0 || entry.tag != GUMBO_TAG_A ? item.linkWeight
                                          : isInPageLink(node)                            ? 0.3
                                                                                          : 1.0;
                const bool inTable = item.inTable || entry.tag == GUMBO_TAG_TABLE;
                for (unsigned int k = kids->length; k-- > 0;)
                    stack.push_back({child(kids, k), i, linkWeight, inTable});
            }
        }
    }

    static void countKind(Entry &entry)
    {
        switch (entry.tag) {
        case GUMBO_TAG_P:
            entry.paragraphs = 1;
            break;
        case GUMBO_TAG_IMG:
            entry.images = 1;
            break;
        case GUMBO_TAG_LI:
            entry.listItems = 1;
            break;
        case GUMBO_TAG_INPUT:
        case GUMBO_TAG_SELECT:
        case GUMBO_TAG_TEXTAREA:
            entry.inputs = 1;
            break;
        case GUMBO_TAG_TH:
        case GUMBO_TAG_THEAD:
        case GUMBO_TAG_CAPTION:
            entry.dataTableHint = true;
            break;
        default:
            break;
        }
    }

    /// Children come after their parent in pre-order, so one backward sweep sums every subtree.
    void accumulate()
    {
        const int n = int(m_entries.size());
        std::vector<int> last(std::size_t(n), 0);
        for (int i = n - 1; i >= 0; --i) {
            Entry &e = m_entries[std::size_t(i)];
            e.end = std::max(i + 1, last[std::size_t(i)]);
            if (isHeading(e.tag))
                e.headingLength = e.textLength;
            if (e.tag == GUMBO_TAG_UL || e.tag == GUMBO_TAG_OL)
                e.listLength = e.textLength;
            if (e.tag == GUMBO_TAG_DIV && !e.blockInside && !e.dropped)
                e.paragraphs = 1; // it reads as a paragraph
            if (e.parent < 0)
                continue;
            Entry &p = m_entries[std::size_t(e.parent)];
            last[std::size_t(e.parent)] = std::max(last[std::size_t(e.parent)], e.end);
            static_cast<BlockCounts &>(p) += e;
            if (!isBlock(e.tag) && e.tag != GUMBO_TAG_TD && e.tag != GUMBO_TAG_TH) {
                p.inlineLength += e.textLength;
                p.inlineCommas += e.commas;
            }
            p.dataTableHint = p.dataTableHint || (e.dataTableHint && e.tag != GUMBO_TAG_TABLE);
            p.nestedTable = p.nestedTable || e.tag == GUMBO_TAG_TABLE || e.nestedTable;
            if (!e.dropped)
                p.blockInside = p.blockInside || e.blockInside || isParagraphBlock(e.tag);
            else if (!p.blockInside && !isRemovedBeforeReading(e.tag))
                p.blockInside = holdsParagraphBlock(e.node);
        }
    }

    double linkDensity(const Entry &e) const { return e.textLength > 0 ? double(e.linkLength) / e.textLength : 0.0; }

    void initialize(Entry &e)
    {
        if (e.scored)
            return;
        e.scored = true;
        e.score = baseScore(e.splitByBreaks ? GUMBO_TAG_DIV : e.tag) + e.weight;
    }

    struct Piece {
        int length = 0;
        int commas = 0;
    };

    /// Text divided by two or more <br>s in a row is paragraphs (Readability's replaceBrs): each piece between such
    /// runs scores as a paragraph of the element, and the element counts as a block of paragraphs.
    void splitAtDoubleBreaks()
    {
        for (int i = 0; i < int(m_entries.size()); ++i) {
            Entry &e = m_entries[std::size_t(i)];
            if (e.breakChildren < 2 || e.dropped)
                continue;
            QList<Piece> pieces = piecesBetweenBreaks(i);
            if (pieces.size() < 2)
                continue;
            e.splitByBreaks = true;
            for (const Piece &piece : std::as_const(pieces)) {
                if (piece.length >= kMinParagraphLength)
                    m_breakParagraphs.push_back({i, piece});
            }
            for (int a = i; a >= 0; a = m_entries[std::size_t(a)].parent) {
                m_entries[std::size_t(a)].paragraphs += int(pieces.size());
                if (a != i)
                    m_entries[std::size_t(a)].blockInside = true;
            }
        }
    }

    /// The runs of inline content of entry i, cut at runs of two or more <br>s and at child blocks.
    QList<Piece> piecesBetweenBreaks(int i) const
    {
        QList<Piece> pieces;
        Piece current;
        int breaks = 0;
        bool split = false;
        auto close = [&] {
            if (current.length > 0)
                pieces << current;
            current = {};
        };
        const GumboVector *kids = children(m_entries[std::size_t(i)].node);
        int child = i + 1;
        for (unsigned int k = 0; kids && k < kids->length; ++k) {
            const GumboNode *node = HtmlNodes::child(kids, k);
            if (node->type == GUMBO_NODE_WHITESPACE)
                continue;
            if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
                if (breaks >= 2) {
                    close();
                    split = true;
                }
                breaks = 0;
                const TextStats stats = measure(node->v.text.text);
                current.length += stats.length;
                current.commas += stats.commas;
                continue;
            }
            if (!isElement(node))
                continue;
            const Entry &c = m_entries[std::size_t(child)];
            child = c.end;
            if (c.tag == GUMBO_TAG_BR) {
                ++breaks;
                continue;
            }
            if (breaks >= 2) {
                close();
                split = true;
            }
            breaks = 0;
            if (c.dropped)
                continue;
            if (isBlock(c.tag)) {
                close();
                continue;
            }
            current.length += c.textLength;
            current.commas += c.commas;
        }
        close();
        return split ? pieces : QList<Piece>{};
    }

    void addScore(int paragraphParent, double score)
    {
        int ancestor = paragraphParent;
        for (int level = 0; ancestor >= 0 && level < 5; ++level) {
            Entry &a = m_entries[std::size_t(ancestor)];
            if (a.node->type == GUMBO_NODE_DOCUMENT || a.tag == GUMBO_TAG_HTML)
                break;
            initialize(a);
            a.score += score / (level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0);
            ancestor = a.parent;
        }
    }

    /// A point for the paragraph, one for each comma-separated piece (commas + 1), one per 100 characters up to 3.
    static double paragraphScore(int length, int commas) { return 2.0 + commas + std::min(length / 100, 3); }

    /// A <div> holding one <p> and nothing else is that paragraph (Readability puts the <p> in its place).
    bool isParagraphWrapper(const Entry &e) const
    {
        return e.tag == GUMBO_TAG_DIV && e.elementChildren == 1 && e.inlineLength == 0 && linkDensity(e) < 0.25 &&
               m_entries[std::size_t(&e - m_entries.data()) + 1].tag == GUMBO_TAG_P &&
               !m_entries[std::size_t(&e - m_entries.data()) + 1].splitByBreaks;
    }

    /// What Readability scores as paragraphs: <p>, <pre>, <td>, <section> and <h2>-<h6> with their whole text, a
    /// <div> with no block inside, and the loose text of any other <div>. The score goes to the paragraph's
    /// ancestors; a paragraph alone in a wrapper <div> stands in the wrapper's place.
    void scoreParagraphs()
    {
        for (Entry &e : m_entries) {
            if (e.dropped || e.node->type == GUMBO_NODE_DOCUMENT)
                continue;
            const bool paragraphTag = e.tag == GUMBO_TAG_P || e.tag == GUMBO_TAG_PRE || e.tag == GUMBO_TAG_TD ||
                                      e.tag == GUMBO_TAG_SECTION || (isHeading(e.tag) && e.tag != GUMBO_TAG_H1);
            if (e.splitByBreaks)
                continue; // scored by its pieces, below
            if (paragraphTag) {
                if (e.textLength < kMinParagraphLength)
                    continue;
                int start = e.parent;
                if (e.tag == GUMBO_TAG_P && start >= 0 && isParagraphWrapper(m_entries[std::size_t(start)]))
                    start = m_entries[std::size_t(start)].parent;
                addScore(start, paragraphScore(e.textLength, e.commas));
            } else if (e.tag == GUMBO_TAG_DIV && !isParagraphWrapper(e)) {
                if (!e.blockInside) {
                    if (e.textLength >= kMinParagraphLength)
                        addScore(e.parent, paragraphScore(e.textLength, e.commas));
                } else if (e.inlineLength >= kMinParagraphLength) {
                    // Loose text beside child blocks: a paragraph of this div (Readability wraps it in a <p>).
                    addScore(int(&e - m_entries.data()), paragraphScore(e.inlineLength, e.inlineCommas));
                }
            }
        }
        for (const auto &[owner, piece] : m_breakParagraphs)
            addScore(owner, paragraphScore(piece.length, piece.commas));
        for (Entry &e : m_entries) {
            if (e.scored)
                e.score *= 1.0 - linkDensity(e);
        }
    }

    int bodyIndex() const
    {
        for (int i = 0; i < int(m_entries.size()); ++i) {
            if (m_entries[std::size_t(i)].tag == GUMBO_TAG_BODY)
                return i;
        }
        return -1;
    }

    bool isAncestorOf(int ancestor, int node) const
    {
        const Entry &a = m_entries[std::size_t(ancestor)];
        return node > ancestor && node < a.end;
    }

    int topCandidate()
    {
        std::vector<int> top;
        for (int i = 0; i < int(m_entries.size()); ++i) {
            if (m_entries[std::size_t(i)].scored)
                top.push_back(i);
        }
        const int body = bodyIndex();
        if (top.empty())
            return body;
        const std::size_t keep = std::min<std::size_t>(5, top.size());
        std::partial_sort(top.begin(), top.begin() + std::ptrdiff_t(keep), top.end(), [this](int a, int b) {
            return m_entries[std::size_t(a)].score > m_entries[std::size_t(b)].score;
        });
        top.resize(keep);
        int best = top.front();
        if (best == body)
            return body;

        // Several near-best candidates inside one ancestor: the article is split into sections, take the ancestor.
        std::vector<int> alternatives;
        for (std::size_t k = 1; k < top.size(); ++k) {
            if (m_entries[std::size_t(top[k])].score / m_entries[std::size_t(best)].score >= 0.75)
                alternatives.push_back(top[k]);
        }
        if (alternatives.size() >= 3) {
            for (int parent = m_entries[std::size_t(best)].parent; parent >= 0 && parent != body;
                 parent = m_entries[std::size_t(parent)].parent) {
                int containing = 0;
                for (const int alt : alternatives)
                    containing += isAncestorOf(parent, alt) ? 1 : 0;
                if (containing >= 3) {
                    best = parent;
                    break;
                }
            }
        }
        initialize(m_entries[std::size_t(best)]);

        // Climb while the parent scores higher: the candidate was one part of the article.
        double lastScore = m_entries[std::size_t(best)].score;
        const double threshold = lastScore / 3;
        for (int parent = m_entries[std::size_t(best)].parent; parent >= 0 && parent != body;
             parent = m_entries[std::size_t(parent)].parent) {
            const Entry &p = m_entries[std::size_t(parent)];
            if (!p.scored)
                continue;
            if (p.score < threshold)
                break;
            if (p.score > lastScore) {
                best = parent;
                break;
            }
            lastScore = p.score;
        }
        for (int parent = m_entries[std::size_t(best)].parent;
             parent >= 0 && parent != body && m_entries[std::size_t(parent)].elementChildren == 1;
             parent = m_entries[std::size_t(parent)].parent)
            best = parent;
        return best;
    }

    QList<int> selectSiblings(int top)
    {
        const Entry &t = m_entries[std::size_t(top)];
        if (t.parent < 0 || t.tag == GUMBO_TAG_BODY)
            return {top};
        const double threshold = std::max(10.0, t.score * 0.2);
        const QString topClass = attributeText(t.node, "class");
        QList<int> selected;
        const Entry &parent = m_entries[std::size_t(t.parent)];
        for (int i = t.parent + 1; i < parent.end; i = m_entries[std::size_t(i)].end) {
            const Entry &s = m_entries[std::size_t(i)];
            if (i == top) {
                selected << i;
                continue;
            }
            if (s.dropped)
                continue;
            double bonus = 0;
            if (!topClass.isEmpty() && attributeText(s.node, "class") == topClass)
                bonus = t.score * 0.2;
            if (s.scored && s.score + bonus >= threshold) {
                selected << i;
            } else if (readsAsParagraph(s)) {
                const double density = linkDensity(s);
                const QString text = textContent(s.node);
                if ((s.textLength > 80 && density < 0.25) ||
                    (s.textLength < 80 && s.textLength > 0 && density == 0 &&
                     (text.contains(QLatin1String(". ")) || text.endsWith(QLatin1Char('.')))))
                    selected << i;
            }
        }
        return selected;
    }

    /// A <div> with no block anywhere inside is a paragraph (Readability turns it into a <p>): it is not judged
    /// as a container, so a caption or a short note written that way stays.
    static bool readsAsParagraph(const Entry &e)
    {
        return !e.splitByBreaks && (e.tag == GUMBO_TAG_P || (e.tag == GUMBO_TAG_DIV && !e.blockInside));
    }

    bool isDataTable(const Entry &e) const
    {
        if (attributeText(e.node, "role") == QLatin1String("presentation"))
            return false;
        return (e.dataTableHint || attribute(e.node, "summary")) && !e.nestedTable;
    }

    bool insideTag(int i, GumboTag tag) const
    {
        for (int p = m_entries[std::size_t(i)].parent; p >= 0; p = m_entries[std::size_t(p)].parent) {
            if (m_entries[std::size_t(p)].tag == tag)
                return true;
        }
        return false;
    }

    /// Readability's conditional cleaning: a block that looks like a link farm, a form or an image strip goes.
    /// Decides which elements below root are left out, innermost first as Readability removes them: a block is
    /// judged without the text, links and paragraphs of the blocks already cleaned away inside it, so a credit line
    /// beside a removed link strip is not condemned by that strip's links.
    void judgeBlocks(int root)
    {
        const int end = m_entries[std::size_t(root)].end;
        std::vector<BlockCounts> removed(std::size_t(end - root)); // per entry: what its left-out descendants held
        for (int i = end - 1; i >= root; --i) {
            const Entry &e = m_entries[std::size_t(i)];
            const BlockCounts &gone = removed[std::size_t(i - root)];
            Entry judged = e;
            judged -= gone;
            const bool skip = i != root && !e.dropped && skipsInOutput(i, judged);
            m_skipped[std::size_t(i)] = skip;
            if (i == root || e.parent < root)
                continue;
            removed[std::size_t(e.parent - root)] += skip ? static_cast<const BlockCounts &>(e) : gone;
        }
    }

    /// e: the element's entry less what is already cleaned away inside it.
    bool cleanedAway(int i, const Entry &e) const
    {
        switch (e.tag) {
        case GUMBO_TAG_DIV:
        case GUMBO_TAG_SECTION:
        case GUMBO_TAG_UL:
        case GUMBO_TAG_OL:
        case GUMBO_TAG_TABLE:
        case GUMBO_TAG_FORM:
        case GUMBO_TAG_FIELDSET:
            break;
        default:
            return false;
        }
        if (!has(CleanConditionally))
            return false;
        if (isPlaceholder(e))
            return true;
        if (readsAsParagraph(e) && linkDensity(e) < 0.5)
            return false;
        if (e.tag == GUMBO_TAG_TABLE && isDataTable(e))
            return false;
        if (insideTag(i, GUMBO_TAG_CODE) || insideTag(i, GUMBO_TAG_PRE))
            return false;
        const int weight = has(WeightClasses) ? classWeight(e.node) : 0;
        if (weight < 0)
            return true;
        if (e.commas >= 10)
            return false;
        bool isList = e.tag == GUMBO_TAG_UL || e.tag == GUMBO_TAG_OL;
        if (!isList && e.textLength > 0)
            isList = double(e.listLength) / e.textLength > 0.9;
        const int paragraphs = e.paragraphs;
        const int images = e.images;
        const int listItems = e.listItems - 100;
        const double headingDensity = e.textLength > 0 ? double(e.headingLength) / e.textLength : 0;
        const double density = linkDensity(e);
        const bool inFigure = insideTag(i, GUMBO_TAG_FIGURE);
        // An input condemns a form, not the block around a stray one (Readability drops inputs before it judges
        // blocks).
        const bool form = e.tag == GUMBO_TAG_FORM || e.tag == GUMBO_TAG_FIELDSET;
        const bool remove = (images > 1 && double(paragraphs) / images < 0.5 && !inFigure) ||
                            (!isList && listItems > paragraphs) || (form && e.inputs > paragraphs / 3) ||
                            (!isList && headingDensity < 0.9 && e.textLength < 25 && (images == 0 || images > 2) &&
                             !inFigure && density > 0) ||
                            (!isList && weight < 25 && density > 0.2) || (weight >= 25 && density > 0.5);
        if (remove && isList && images > 0 && images == e.listItems)
            return false; // a simple list of images
        return remove;
    }

    /// A block that only says "Advertisement" or "Loading…".
    static bool isPlaceholder(const Entry &e)
    {
        if (e.textLength == 0 || e.textLength > 20)
            return false;
        static const QSet<QString> kWords = {
            QStringLiteral("ad"),       QStringLiteral("advertising"), QStringLiteral("advertisement"),
            QStringLiteral("pub"),      QStringLiteral("publicité"),   QStringLiteral("werbung"),
            QStringLiteral("anuncio"),  QStringLiteral("реклама"),     QStringLiteral("广告"),
            QStringLiteral("loading"),  QStringLiteral("chargement"),  QStringLiteral("cargando"),
            QStringLiteral("загрузка"), QStringLiteral("正在加载")};
        QString text = textContent(e.node).toLower();
        if (text.endsWith(QStringLiteral("...")))
            text.chop(3);
        else if (text.endsWith(QChar(0x2026)))
            text.chop(1);
        return kWords.contains(text.trimmed());
    }

    /// Words as Readability's title comparison splits them: at every character that is not a letter, digit or '_', so
    /// "Nyong'o" in a heading matches "Nyong'o's" in the title.
    static QStringList words(const QString &text)
    {
        QStringList out;
        qsizetype start = -1;
        for (qsizetype k = 0; k <= text.size(); ++k) {
            const bool wordChar = k < text.size() && (text[k].isLetterOrNumber() || text[k] == QLatin1Char('_'));
            if (wordChar && start < 0)
                start = k;
            else if (!wordChar && start >= 0) {
                out << text.mid(start, k - start);
                start = -1;
            }
        }
        return out;
    }

    static double similarity(const QString &a, const QString &b)
    {
        const QStringList ta = words(a);
        const QStringList tb = words(b);
        if (ta.isEmpty() || tb.isEmpty())
            return 0;
        const QSet<QString> sa(ta.cbegin(), ta.cend());
        int unique = 0;
        int uniqueLength = 0;
        for (const QString &t : tb) {
            if (!sa.contains(t)) {
                ++unique;
                uniqueLength += int(t.size()) + 1;
            }
        }
        Q_UNUSED(unique);
        return 1.0 - double(uniqueLength) / double(tb.join(QLatin1Char(' ')).size() + 1);
    }

    bool skipsInOutput(int i, const Entry &e) const
    {
        if (e.dropped)
            return true;
        if (!isElement(e.node))
            return false;
        const QString hints = classAndId(e.node);
        if (has(StripUnlikely) && hints.contains(QLatin1String("share")) && e.textLength < kShareElementThreshold)
            return true;
        if (has(StripUnlikely) && isSignUpBox(e, hints))
            return true;
        if (isHeading(e.tag)) {
            if (has(WeightClasses) && classWeight(e.node) < 0)
                return true;
            const QString text = textContent(e.node).toCaseFolded();
            const bool headline = e.tag == GUMBO_TAG_H1 || e.tag == GUMBO_TAG_H2; // a sub-heading may echo the title
            if (!m_title.isEmpty() && (text == m_title || (headline && similarity(m_title, text) > 0.75)))
                return true;
        }
        return cleanedAway(i, e);
    }

    /// A newsletter box is boilerplate when it is the sign-up itself (a form field), a line or two of pitch, or mostly
    /// links; a newsletter-named block of prose (a paid newsletter's plans, an issue's text) is judged like any other.
    bool isSignUpBox(const Entry &e, const QString &hints) const
    {
        if (!hints.contains(QLatin1String("newsletter")) || e.tag == GUMBO_TAG_HTML || e.tag == GUMBO_TAG_BODY ||
            e.tag == GUMBO_TAG_ARTICLE || e.tag == GUMBO_TAG_MAIN)
            return false;
        return e.inputs > 0 || e.textLength < kSignUpPitchLength || linkDensity(e) > 0.5;
    }

    bool isCaption(const Entry &e) const
    {
        if (e.tag == GUMBO_TAG_FIGCAPTION || e.tag == GUMBO_TAG_FIGURE)
            return true;
        const char *cls = attribute(e.node, "class");
        return cls && QByteArrayView(cls).contains("caption") && e.textLength < 600;
    }

    void appendText(const char *utf8)
    {
        QString &target = m_captionDepth > 0 ? m_caption : m_current;
        const QString text = QString::fromUtf8(utf8);
        for (const QChar c : text) {
            if (c.isSpace()) {
                m_pendingSpace = true;
                continue;
            }
            if (m_pendingSpace && !target.isEmpty())
                target += QLatin1Char(' ');
            m_pendingSpace = false;
            target += c;
        }
    }

    void flush(HtmlExtractor::Result *result)
    {
        Q_UNUSED(result);
        const QString paragraph = m_current.trimmed();
        if (!paragraph.isEmpty()) {
            const QString text = m_listPrefix.isEmpty() ? paragraph : m_listPrefix + paragraph;
            // The headline again, as the first line of the body, is left out.
            if (!(m_body.isEmpty() && text.toCaseFolded() == m_title)) {
                if (!m_body.isEmpty())
                    m_body += QLatin1String("\n\n");
                m_body += text;
            }
        }
        m_current.clear();
        m_listPrefix.clear();
        m_pendingSpace = false;
    }

    void enter(int i, HtmlExtractor::Result *result)
    {
        const Entry &e = m_entries[std::size_t(i)];
        if (m_captionDepth == 0 && isCaption(e)) {
            flush(result);
            ++m_captionDepth;
            m_caption.clear();
            return;
        }
        if (m_captionDepth > 0) {
            if (m_captionDepth++ > 0 && isBlock(e.tag) && !m_caption.isEmpty())
                m_pendingSpace = true;
            return;
        }
        if (isBlock(e.tag))
            flush(result);
        if (e.tag == GUMBO_TAG_LI) {
            int &counter = m_listCounters.isEmpty() ? m_looseCounter : m_listCounters.last();
            ++counter;
            const bool ordered = e.parent >= 0 && m_entries[std::size_t(e.parent)].tag == GUMBO_TAG_OL;
            m_listPrefix = ordered ? QString::number(counter) + QLatin1String(". ") : QStringLiteral("\u2022 ");
        } else if (e.tag == GUMBO_TAG_OL || e.tag == GUMBO_TAG_UL) {
            m_listCounters << 0;
        } else if (e.tag == GUMBO_TAG_TD || e.tag == GUMBO_TAG_TH) {
            m_pendingSpace = true;
        }
    }

    void exit(int i, HtmlExtractor::Result *result)
    {
        const Entry &e = m_entries[std::size_t(i)];
        if (m_captionDepth > 0) {
            if (--m_captionDepth == 0) {
                const QString caption = m_caption.trimmed();
                if (caption.size() > 600) { // a "figure" holding prose: it is body text
                    m_current = caption;
                    flush(result);
                } else if (!caption.isEmpty() && !result->captions.contains(caption)) {
                    result->captions << caption;
                }
                m_caption.clear();
                m_pendingSpace = false;
            }
            return;
        }
        if (e.tag == GUMBO_TAG_OL || e.tag == GUMBO_TAG_UL) {
            if (!m_listCounters.isEmpty())
                m_listCounters.removeLast();
        }
        if (isBlock(e.tag))
            flush(result);
    }

    /// Writes one selected subtree, walking libgumbo's nodes in step with the entry index.
    void emitSubtree(int root, HtmlExtractor::Result *result)
    {
        struct Frame {
            const GumboNode *node;
            int exitOf; ///< >= 0: leave this entry
        };
        std::vector<Frame> stack{{m_entries[std::size_t(root)].node, -1}};
        int next = root;
        while (!stack.empty()) {
            const Frame frame = stack.back();
            stack.pop_back();
            if (frame.exitOf >= 0) {
                exit(frame.exitOf, result);
                continue;
            }
            const GumboNode *node = frame.node;
            if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
                node->type == GUMBO_NODE_WHITESPACE) {
                appendText(node->v.text.text);
                continue;
            }
            if (!isElement(node))
                continue;
            const int i = next;
            const Entry &e = m_entries[std::size_t(i)];
            Q_ASSERT(e.node == node);
            next = e.end;
            if (i != root && m_skipped[std::size_t(i)])
                continue;
            if (e.dropped)
                continue;
            next = i + 1;
            enter(i, result);
            stack.push_back({nullptr, i});
            if (const GumboVector *kids = children(node)) {
                for (unsigned int k = kids->length; k-- > 0;)
                    stack.push_back({child(kids, k), -1});
            }
        }
    }

    std::vector<Entry> m_entries;
    std::vector<bool> m_skipped;                          ///< left out of the output, by judgeBlocks
    std::vector<std::pair<int, Piece>> m_breakParagraphs; ///< (owner entry, piece) from splitAtDoubleBreaks
    QString m_title;
    int m_flags = 0;
    QString m_byline;
    QString m_body; ///< paragraphs so far, separated by a blank line
    QString m_current;
    QString m_caption;
    QString m_listPrefix;
    QList<int> m_listCounters;
    int m_looseCounter = 0;
    int m_captionDepth = 0;
    bool m_pendingSpace = false;
};

} // namespace

HtmlExtractor::Result HtmlExtractor::extract(const GumboInternalNode *document, const QString &title)
{
    HtmlExtractor::Result best;
    QString byline;
    // Each retry relaxes one rule: pages whose whole text sits in a "sidebar"-named wrapper still yield it.
    for (const int flags : {int(StripUnlikely | WeightClasses | CleanConditionally),
                            int(WeightClasses | CleanConditionally), int(CleanConditionally), 0}) {
        Result result = Extraction(document, title, flags).run();
        if (byline.isEmpty())
            byline = result.byline;
        if (result.body.size() > best.body.size())
            best = std::move(result);
        if (best.body.size() >= kRetryLength)
            break;
    }
    best.byline = byline;
    return best;
}

} // namespace sift
