#include "core/ingest/ScrapedTextParser.h"

#include "core/ingest/ArticleNormalizer.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace sift {

namespace {

// How far below the title the TT/20 residue may sit for the lines above it to count as captions.
constexpr int kMarkerWindow = 6;
// How far above a later TT line the repeated title of the next article may sit.
constexpr int kTitleLookBack = 12;

/// A line as a view into the text being read. Most lines are already simplified, so their key is the line
/// itself; the others' keys live in Lines::simplified.
struct Line {
    QStringView raw;
    QStringView key; ///< simplified, for comparisons; empty for a blank line
    int number = 0;
};
using Block = QList<Line>;

struct Lines {
    QStringList simplified; ///< owns the keys that are not views into the text
    QList<Block> blocks;
};

struct Header {
    QStringView title;
    QList<QStringView> captions;
    qsizetype bodyStart = 0;
    bool sawResidue = false; ///< a "TT" line
    bool sawRepeatedTitle = false;
    bool sawDoubledCaption = false;

    bool hasSignature() const { return sawResidue || sawRepeatedTitle || sawDoubledCaption; }
};

bool isResidue(QStringView key)
{
    return key == QLatin1String("TT") || key == QLatin1String("20");
}

qsizetype nextContent(const Block &block, qsizetype from)
{
    while (from < block.size() && block[from].key.isEmpty())
        ++from;
    return from;
}

Block trimmedBlock(const Block &block)
{
    qsizetype first = 0;
    qsizetype last = block.size();
    while (first < last && block[first].key.isEmpty())
        ++first;
    while (last > first && block[last - 1].key.isEmpty())
        --last;
    return block.mid(first, last - first);
}

/// What QString::simplified() would return unchanged: no whitespace at either end, and inside only single spaces.
bool isSimplified(QStringView line)
{
    bool previousSpace = true; // so that a leading space fails
    for (const QChar c : line) {
        if (char16_t(c.unicode() - 0x21) < 0x5E) { // printable ASCII but space, the common case
            previousSpace = false;
            continue;
        }
        const bool space = c.isSpace();
        if (space && (previousSpace || c != QLatin1Char(' ')))
            return false;
        previousSpace = space;
    }
    return !previousSpace || line.isEmpty();
}

QStringView keyOf(QStringView line, QStringList &simplified)
{
    if (isSimplified(line))
        return line;
    QString key = line.toString().simplified();
    if (key.isEmpty())
        return {};
    simplified << std::move(key);
    return simplified.constLast(); // the string's data does not move when the list grows
}

// Articles are separated by two or more blank lines; inside one, single blank lines separate paragraphs.
Lines splitOnBlankRuns(QStringView text)
{
    Lines lines;
    Block current;
    int blankRun = 0;
    int number = 0;
    for (const QStringView raw : text.tokenize(QLatin1Char('\n'))) {
        ++number;
        const QStringView key = keyOf(raw, lines.simplified);
        if (key.isEmpty()) {
            ++blankRun;
            current << Line{raw, QStringView(), number};
            continue;
        }
        if (blankRun >= 2) {
            if (Block block = trimmedBlock(current); !block.isEmpty())
                lines.blocks << std::move(block);
            current.clear();
        }
        blankRun = 0;
        current << Line{raw, key, number};
    }
    if (Block block = trimmedBlock(current); !block.isEmpty())
        lines.blocks << std::move(block);
    return lines;
}

// Some exports put only one blank line between articles; a second TT whose following title also
// stands a few lines above it (after a blank line) marks where the next article begins.
QList<Block> splitOnRepeatedHeaders(const Block &block)
{
    QList<Block> parts;
    qsizetype start = 0;
    bool residueInCurrent = false;
    for (qsizetype m = 0; m < block.size(); ++m) {
        if (block[m].key != QLatin1String("TT"))
            continue;
        if (!residueInCurrent) {
            residueInCurrent = true;
            continue;
        }
        qsizetype after = nextContent(block, m + 1);
        while (after < block.size() && isResidue(block[after].key))
            after = nextContent(block, after + 1);
        if (after >= block.size())
            continue;
        const QStringView title = block[after].key;
        for (qsizetype s = m - 1; s > start && s >= m - kTitleLookBack; --s) {
            if (block[s].key == title && block[s - 1].key.isEmpty()) {
                parts << trimmedBlock(block.mid(start, s - start));
                start = s;
                break;
            }
        }
    }
    parts << trimmedBlock(block.mid(start));
    return parts;
}

qsizetype findResidue(const Block &block)
{
    int content = 0;
    for (qsizetype i = 1; i < block.size() && content < kMarkerWindow; ++i) {
        if (block[i].key.isEmpty())
            continue;
        if (isResidue(block[i].key))
            return i;
        ++content;
    }
    return -1;
}

Header readHeader(const Block &block)
{
    Header header;
    header.title = block.first().key;
    const qsizetype residueAt = findResidue(block);
    qsizetype i = 1;
    while (i < block.size()) {
        const QStringView key = block[i].key;
        if (key.isEmpty()) {
            ++i;
        } else if (key == header.title) {
            header.sawRepeatedTitle = true;
            ++i;
        } else if (isResidue(key)) {
            header.sawResidue = header.sawResidue || key == QLatin1String("TT");
            ++i;
        } else if (header.captions.contains(key)) {
            header.sawDoubledCaption = true;
            ++i;
        } else {
            const qsizetype next = nextContent(block, i + 1);
            const bool doubled = next < block.size() && block[next].key == key;
            if (!(i < residueAt || doubled || ScrapedTextParser::isCaptionLine(key.toString())))
                break;
            header.captions << key;
            ++i;
        }
    }
    header.bodyStart = i;
    return header;
}

/// Runs of two or more blank lines between text: a file holds at least one article more than it has of
/// them. Counted without splitting the text, so a file of a million tiny articles is turned away before
/// its lines and blocks take a gigabyte.
qsizetype blankRunsIn(QStringView text)
{
    qsizetype runs = 0;
    int blanks = 0;
    bool seenText = false;
    for (const QStringView line : text.tokenize(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty()) {
            ++blanks;
            continue;
        }
        runs += seenText && blanks >= 2 ? 1 : 0;
        seenText = true;
        blanks = 0;
    }
    return runs;
}

bool tooManyArticles(const QString &text)
{
    return blankRunsIn(text) + 1 > kMaxArticlesPerFile;
}

/// The articles' blocks, as views into \a text, which must outlive them.
Lines articleBlocks(QStringView text)
{
    Lines lines = splitOnBlankRuns(text);
    QList<Block> blocks;
    blocks.reserve(lines.blocks.size());
    for (const Block &block : std::as_const(lines.blocks))
        blocks << splitOnRepeatedHeaders(block);
    lines.blocks = std::move(blocks);
    return lines;
}

/// The body by the rule of ArticleNormalizer::body, without the repeats of the title and captions.
QString bodyText(const Block &block, const Header &header)
{
    qsizetype size = 0;
    for (qsizetype i = header.bodyStart; i < block.size(); ++i)
        size += block[i].raw.size() + 2;
    BodyBuilder body(size);
    for (qsizetype i = header.bodyStart; i < block.size(); ++i) {
        const Line &line = block[i];
        if (line.key == header.title || header.captions.contains(line.key))
            continue;
        body.addLine(line.raw);
    }
    return body.take();
}

QStringList toStringList(const QList<QStringView> &views)
{
    QStringList strings;
    strings.reserve(views.size());
    for (const QStringView view : views)
        strings << view.toString();
    return strings;
}

} // namespace

ParseResult ScrapedTextParser::parse(const QString &text)
{
    ParseResult result;
    bool recognized = false;
    if (tooManyArticles(text)) {
        result.error = tooManyArticlesError();
        return result;
    }
    const Lines lines = articleBlocks(text);
    const QList<Block> &blocks = lines.blocks;
    if (blocks.size() > kMaxArticlesPerFile) {
        result.error = tooManyArticlesError();
        return result;
    }
    for (const Block &block : blocks) {
        const Header header = readHeader(block);
        recognized = recognized || header.hasSignature() || !header.captions.isEmpty();
        Article article;
        article.title = header.title.toString(); // a key, so already simplified
        article.captions = ArticleNormalizer::captions(toStringList(header.captions));
        article.body = bodyText(block, header);
        if (article.body.isEmpty()) {
            result.warnings << QCoreApplication::translate("sift", "line %1: \u201c%2\u201d has no body text; skipped")
                                   .arg(QString::number(block.first().number), article.title);
            continue;
        }
        result.articles << article;
    }
    if (!recognized && !result.articles.isEmpty()) {
        result.warnings << QCoreApplication::translate(
            "sift", "no scraped-format markers (TT/20 lines, repeated titles or photo captions) were found; each "
                    "block of text between two blank lines was read as one article");
    }
    if (result.articles.isEmpty())
        result.error = QCoreApplication::translate("sift", "no article with body text was found");
    return result;
}

bool ScrapedTextParser::looksLikeScraped(const QString &text)
{
    // Too many blocks to read as articles: claim the file, so parse() refuses it with the reason.
    if (tooManyArticles(text))
        return true;
    const auto anySignature = [](QStringView part) {
        const Lines lines = articleBlocks(part);
        const QList<Block> &blocks = lines.blocks;
        return std::any_of(blocks.begin(), blocks.end(),
                           [](const Block &block) { return readHeader(block).hasSignature(); });
    };
    // The first articles nearly always tell, and reading them is a fraction of reading a large file. A prefix
    // cut at a blank-line run splits no article; the whole text decides only when the prefix did not.
    constexpr qsizetype kPrefix = 64 * 1024;
    if (text.size() > 2 * kPrefix) {
        const qsizetype cut = text.indexOf(QLatin1String("\n\n\n"), kPrefix);
        if (cut > 0 && cut < text.size() / 2 && anySignature(QStringView(text).left(cut)))
            return true;
    }
    return anySignature(text);
}

bool ScrapedTextParser::isCaptionLine(const QString &line)
{
    static const QRegularExpression credit(QStringLiteral(R"(\(([^()]{2,160})\)[\s.]*$)"));
    static const QRegularExpression creditWord(QStringLiteral(
        R"(\b(Reuters|AP|AFP|EPA|UPI|DPA|SPA|WAM|IRNA|TASS|Xinhua|Anadolu|Sputnik|Bloomberg|Getty|Images|)"
        R"(Shutterstock|NurPhoto|ZUMA|SOPA|Asharq Al-Awsat|[Vv]ia|VIA|[Ff]ile|FILE|[Pp]hoto|PHOTO|[Pp]ool|)"
        R"([Hh]andout|HANDOUT|[Cc]ourtesy|[Aa]rchive)\b)"));
    static const QRegularExpression filePrefix(QStringLiteral(R"(^(FILE|File)( PHOTO)?\s*[-:\x{2013}\x{2014}])"));
    const QString text = line.simplified();
    if (filePrefix.match(text).hasMatch())
        return true;
    const QRegularExpressionMatch match = credit.match(text);
    return match.hasMatch() && creditWord.match(match.captured(1)).hasMatch();
}

} // namespace sift
