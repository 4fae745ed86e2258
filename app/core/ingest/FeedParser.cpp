#include "core/ingest/FeedParser.h"

#include "core/analysis/DateParser.h"
#include "core/domain/Translation.h"
#include "core/ingest/ArticleNormalizer.h"
#include "core/ingest/HtmlText.h"
#include "core/ingest/TextDecoder.h"

#include <QBuffer>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <algorithm>
#include <utility>

namespace sift {

namespace {

/// A short name for an element's namespace: "" for the feed's own vocabulary (RSS, RSS 1.0, Atom in an Atom feed).
QString namespaceKey(QStringView uri, QStringView prefix)
{
    if (uri.isEmpty())
        return prefix.toString().toLower();
    static const struct {
        const char *uri;
        const char *key;
    } known[] = {
        {"http://www.w3.org/2005/Atom", "atom"},
        {"http://purl.org/atom/ns#", "atom"},
        {"http://purl.org/rss/1.0/", ""},
        {"http://my.netscape.com/rdf/simple/0.9/", ""},
        {"http://backend.userland.com/rss2", ""},
        {"http://purl.org/dc/elements/1.1/", "dc"},
        {"http://purl.org/dc/terms/", "dcterms"},
        {"http://purl.org/rss/1.0/modules/content/", "content"},
        {"http://search.yahoo.com/mrss/", "media"},
        {"http://search.yahoo.com/mrss", "media"},
        {"http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf"},
        {"http://www.w3.org/1999/xhtml", "xhtml"},
    };
    for (const auto &k : known) {
        if (uri == QLatin1String(k.uri))
            return QString::fromLatin1(k.key);
    }
    return uri.toString();
}

struct Name {
    QString ns;    ///< namespaceKey
    QString local; ///< lower-case local name
};

Name nameOf(const QXmlStreamReader &xml, bool atomFeed)
{
    const QStringView qualified = xml.qualifiedName();
    const qsizetype colon = qualified.indexOf(QLatin1Char(':'));
    const QStringView prefix = colon < 0 ? QStringView() : qualified.first(colon);
    Name n{namespaceKey(xml.namespaceUri(), prefix), qualified.sliced(colon + 1).toString()};
    if (atomFeed && n.ns == QLatin1String("atom"))
        n.ns.clear();
    return n;
}

/// C1 control characters in feed text are almost always Windows-1252 bytes read as Latin-1 ("don\x92t"): they
/// are read as Windows-1252, as browsers do.
QString withWindows1252Controls(QString text)
{
    for (QChar &c : text) {
        if (c.unicode() >= 0x80 && c.unicode() <= 0x9F) {
            const QString mapped = TextDecoder::fromWindows1252(QByteArray(1, char(c.unicode())));
            if (mapped.size() == 1)
                c = mapped.front();
        }
    }
    return text;
}

/// The element's content up to its end tag as markup text: character data as read, child elements as tags, so
/// HtmlText can see the paragraphs of naked XHTML as well as of escaped HTML.
QString readInner(QXmlStreamReader &xml)
{
    QString out;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            out += QLatin1Char('<') + xml.name().toString() + QLatin1Char('>');
            break;
        case QXmlStreamReader::EndElement:
            if (--depth > 0)
                out += QLatin1String("</") + xml.name().toString() + QLatin1Char('>');
            break;
        case QXmlStreamReader::Characters:
        case QXmlStreamReader::EntityReference:
            // Character data arrives unescaped: escaped HTML in an RSS description becomes markup for HtmlText.
            out += xml.text();
            break;
        default:
            break;
        }
    }
    return out;
}

/// An Atom text construct or RSS field: plain text when type="text", else HTML or XHTML made plain.
QString readTextConstruct(QXmlStreamReader &xml)
{
    const QString type = xml.attributes().value(QLatin1String("type")).toString().toLower();
    const bool base64 = xml.attributes().value(QLatin1String("mode")).compare(QLatin1String("base64")) == 0;
    QString inner = readInner(xml);
    if (base64)
        inner = QString::fromUtf8(QByteArray::fromBase64(inner.trimmed().toLatin1()));
    // Atom: a content type that is neither text nor XML carries base64 (RFC 4287, 4.1.3.3).
    const bool binaryType = type.contains(QLatin1Char('/')) && !type.startsWith(QLatin1String("text/")) &&
                            !type.endsWith(QLatin1String("xml"));
    if (!base64 && binaryType)
        inner = QString::fromUtf8(QByteArray::fromBase64(inner.trimmed().toLatin1()));
    inner = withWindows1252Controls(inner);
    if (type == QLatin1String("text") || type == QLatin1String("text/plain"))
        return ArticleNormalizer::body(inner);
    return HtmlText::toPlainText(inner);
}

QString readPlain(QXmlStreamReader &xml)
{
    QString text = withWindows1252Controls(readInner(xml));
    if (HtmlText::looksLikeMarkup(text))
        text = HtmlText::toPlainText(text);
    return text.simplified();
}

/// The name of an Atom person construct (author, contributor); the text of anything else.
QString readPerson(QXmlStreamReader &xml)
{
    QString name;
    QString email;
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString local = xml.name().toString().toLower();
            if (local == QLatin1String("name")) {
                name = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
            } else if (local == QLatin1String("email")) {
                email = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
            } else {
                ++depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        } else if (token == QXmlStreamReader::Characters) {
            text += xml.text();
        }
    }
    if (!name.isEmpty())
        return name;
    if (!email.isEmpty())
        return email;
    return text.simplified();
}

/// "editor@example.com (Jane Doe)" -> "Jane Doe", as RSS 2.0's author element has it.
QString rssAuthor(const QString &text)
{
    const qsizetype open = text.indexOf(QLatin1Char('('));
    const qsizetype close = text.lastIndexOf(QLatin1Char(')'));
    if (open > 0 && close > open && text.left(open).contains(QLatin1Char('@')))
        return text.mid(open + 1, close - open - 1).simplified();
    return text;
}

void appendOnce(QStringList &list, const QString &value)
{
    const QString v = value.simplified();
    if (!v.isEmpty() && !list.contains(v))
        list << v;
}

/// Where one reading's entries go: counted, and handed on in chunks when there is a sink. A last, partial chunk
/// waits for flush(), so that a reading judged worse than its repaired one hands on nothing more.
class EntryOut
{
public:
    EntryOut(const FeedSink *sink, int chunkEntries, bool restart)
        : m_sink(sink)
        , m_chunkEntries(chunkEntries)
        , m_restart(restart)
    {}

    /// False when the sink asks to stop.
    bool add(FeedEntry &&entry, const FeedHead &head)
    {
        ++m_count;
        if (!m_sink)
            return true;
        m_chunk << std::move(entry);
        return m_chunk.size() < m_chunkEntries || deliver(head);
    }

    bool flush(const FeedHead &head) { return (m_chunk.isEmpty() && !m_restart) || !m_sink || deliver(head); }
    qsizetype count() const { return m_count; }
    bool delivered() const { return m_delivered; }

private:
    bool deliver(const FeedHead &head)
    {
        m_delivered = true;
        return (*m_sink)(FeedChunk{std::exchange(m_chunk, {}), std::exchange(m_restart, false), head});
    }

    const FeedSink *m_sink;
    int m_chunkEntries;
    bool m_restart;
    bool m_delivered = false;
    qsizetype m_count = 0;
    QList<FeedEntry> m_chunk;
};

class Reader
{
public:
    Reader(QXmlStreamReader &xml, FeedHead &head, EntryOut &out)
        : m_xml(xml)
        , m_head(head)
        , m_out(out)
    {}

    void run()
    {
        int depth = 0;
        int entryDepth = -1;
        QStringList parents;
        while (!m_xml.atEnd() && !m_stop) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                ++depth;
                const Name name = nameOf(m_xml, m_head.kind == FeedHead::Kind::Atom);
                if (m_head.kind == FeedHead::Kind::None) {
                    if (!detectRoot(name))
                        return;
                    parents << name.local;
                    continue;
                }
                if (entryDepth < 0 && name.ns.isEmpty() &&
                    (name.local == QLatin1String("item") || name.local == QLatin1String("entry"))) {
                    entryDepth = depth;
                    m_entry = FeedEntry();
                    m_inEntry = true;
                    const QString about = rdfAbout();
                    if (!about.isEmpty())
                        m_entry.guid = about;
                    m_entry.language = m_xml.attributes().value(QLatin1String("xml:lang")).toString();
                    parents << name.local;
                    continue;
                }
                bool consumed = false;
                if (m_inEntry)
                    consumed = readEntryField(name);
                else if (!parents.isEmpty() && (parents.last() == QLatin1String("channel") ||
                                                (parents.size() == 1 && m_head.kind == FeedHead::Kind::Atom)))
                    consumed = readFeedField(name);
                if (consumed)
                    --depth;
                else
                    parents << name.local;
            } else if (token == QXmlStreamReader::EndElement) {
                if (depth == entryDepth)
                    finishEntry(), entryDepth = -1;
                --depth;
                if (!parents.isEmpty())
                    parents.removeLast();
            }
        }
        // A feed cut off inside an entry still gives that entry, when it got as far as a title or a link.
        if (m_inEntry && (!m_entry.title.isEmpty() || !m_entry.link.isEmpty()))
            finishEntry();
    }

    bool tooMany() const { return m_tooMany; }
    bool stopped() const { return m_stopped; }

private:
    QString rdfAbout() const
    {
        const QXmlStreamAttributes attributes = m_xml.attributes();
        for (const QXmlStreamAttribute &a : attributes) {
            if (a.name() == QLatin1String("about") || a.qualifiedName() == QLatin1String("rdf:about"))
                return a.value().toString();
        }
        return {};
    }

    bool detectRoot(const Name &name)
    {
        if (name.local == QLatin1String("rss")) {
            m_head.kind = FeedHead::Kind::Rss;
            m_head.version = m_xml.attributes().value(QLatin1String("version")).toString();
        } else if (name.local.compare(QLatin1String("rdf"), Qt::CaseInsensitive) == 0) {
            m_head.kind = FeedHead::Kind::Rdf;
            m_head.version = QStringLiteral("1.0");
        } else if (name.local == QLatin1String("feed")) {
            m_head.kind = FeedHead::Kind::Atom;
            m_head.version = m_xml.namespaceUri() == QLatin1String("http://purl.org/atom/ns#")
                                 ? QStringLiteral("atom03")
                                 : QStringLiteral("atom10");
            m_head.language = m_xml.attributes().value(QLatin1String("xml:lang")).toString();
        } else {
            m_head.error = Sift::tr("not an RSS, RDF or Atom feed (the document starts with <%1>)").arg(name.local);
            return false;
        }
        return true;
    }

    bool readFeedField(const Name &name)
    {
        if (!name.ns.isEmpty() && name.ns != QLatin1String("dc"))
            return false;
        if (name.local == QLatin1String("title") && m_head.title.isEmpty()) {
            m_head.title =
                m_head.kind == FeedHead::Kind::Atom ? readTextConstruct(m_xml).simplified() : readPlain(m_xml);
            return true;
        }
        if (name.local == QLatin1String("link") && m_head.link.isEmpty()) {
            const QString href = m_xml.attributes().value(QLatin1String("href")).toString();
            const QString rel = m_xml.attributes().value(QLatin1String("rel")).toString();
            if (!href.isEmpty()) {
                if (rel.isEmpty() || rel == QLatin1String("alternate"))
                    m_head.link = href;
                return false;
            }
            m_head.link = readPlain(m_xml);
            return true;
        }
        if (name.local == QLatin1String("language") && m_head.language.isEmpty()) {
            m_head.language = readPlain(m_xml);
            return true;
        }
        return false;
    }

    /// Reads one field of the current entry; true when it consumed the element up to its end tag.
    bool readEntryField(const Name &name)
    {
        const QString &ns = name.ns;
        const QString &local = name.local;
        const bool own = ns.isEmpty() || ns == QLatin1String("atom");
        if (own && local == QLatin1String("title")) {
            const QString title =
                m_head.kind == FeedHead::Kind::Atom ? readTextConstruct(m_xml).simplified() : readPlain(m_xml);
            if (m_entry.title.isEmpty())
                m_entry.title = title;
            return true;
        }
        if (own && local == QLatin1String("link")) {
            const QXmlStreamAttributes attributes = m_xml.attributes();
            const QStringView href = attributes.value(QLatin1String("href"));
            if (!href.isEmpty() || attributes.hasAttribute(QLatin1String("rel"))) {
                const QStringView rel = attributes.value(QLatin1String("rel"));
                if ((rel.isEmpty() || rel == QLatin1String("alternate")) && m_linkFromGuid | m_entry.link.isEmpty()) {
                    m_entry.link = href.toString().trimmed();
                    m_linkFromGuid = false;
                }
                return false;
            }
            const QString link = readPlain(m_xml);
            if (!link.isEmpty() && (m_entry.link.isEmpty() || m_linkFromGuid)) {
                m_entry.link = link;
                m_linkFromGuid = false;
            }
            return true;
        }
        if (own && local == QLatin1String("guid")) {
            const bool permaLink =
                m_xml.attributes().value(QLatin1String("isPermaLink")).compare(QLatin1String("false")) != 0;
            m_entry.guid = readPlain(m_xml);
            if (permaLink && m_entry.link.isEmpty() && m_entry.guid.contains(QLatin1String("://"))) {
                m_entry.link = m_entry.guid;
                m_linkFromGuid = true;
            }
            return true;
        }
        if (own && local == QLatin1String("id")) {
            m_entry.guid = readPlain(m_xml);
            return true;
        }
        if (const int rank = dateRank(ns, local); rank > 0) {
            const QString date = readPlain(m_xml);
            if (!date.isEmpty() && rank > m_dateRank) {
                m_entry.published = date;
                m_dateRank = rank;
            }
            return true;
        }
        if ((own && local == QLatin1String("author")) ||
            (ns == QLatin1String("dc") && local == QLatin1String("creator"))) {
            QString author =
                own && m_head.kind != FeedHead::Kind::Atom ? rssAuthor(readPlain(m_xml)) : readPerson(m_xml);
            appendOnce(m_authors, author);
            m_entry.author = m_authors.join(QLatin1String(", "));
            return true;
        }
        if ((own && local == QLatin1String("category")) ||
            (ns == QLatin1String("dc") && local == QLatin1String("subject"))) {
            const QString term = m_xml.attributes().value(QLatin1String("term")).toString();
            const QString text = readPlain(m_xml);
            appendOnce(m_entry.categories, term.isEmpty() ? text : term);
            return true;
        }
        if ((own && (local == QLatin1String("description") || local == QLatin1String("summary"))) ||
            (ns == QLatin1String("dcterms") && local == QLatin1String("abstract"))) {
            const QString summary = readTextConstruct(m_xml);
            if (m_entry.summary.isEmpty())
                m_entry.summary = summary;
            return true;
        }
        if ((ns == QLatin1String("content") && local == QLatin1String("encoded")) ||
            (own && m_head.kind == FeedHead::Kind::Atom && local == QLatin1String("content"))) {
            const QString content = readTextConstruct(m_xml);
            if (content.size() > m_entry.content.size())
                m_entry.content = content;
            return true;
        }
        if (ns == QLatin1String("media") && (local == QLatin1String("description") || local == QLatin1String("title") ||
                                             local == QLatin1String("text"))) {
            appendOnce(m_mediaCaptions, readTextConstruct(m_xml));
            return true;
        }
        if (ns == QLatin1String("media") && local == QLatin1String("credit")) {
            const QString credit = readPlain(m_xml);
            if (!credit.isEmpty())
                m_mediaCredit = credit;
            return true;
        }
        if (own && local == QLatin1String("enclosure")) {
            appendOnce(m_enclosures, m_xml.attributes().value(QLatin1String("url")).toString());
            return false;
        }
        if (ns == QLatin1String("dc") && local == QLatin1String("language")) {
            m_entry.language = readPlain(m_xml);
            return true;
        }
        return false;
    }

    static int dateRank(const QString &ns, const QString &local)
    {
        const bool own = ns.isEmpty() || ns == QLatin1String("atom");
        if ((own && (local == QLatin1String("pubdate") || local == QLatin1String("published") ||
                     local == QLatin1String("pubDate") || local == QLatin1String("issued"))) ||
            (ns == QLatin1String("dc") && local == QLatin1String("date")) ||
            (ns == QLatin1String("dcterms") && (local == QLatin1String("issued") || local == QLatin1String("created"))))
            return 3;
        if (own && (local == QLatin1String("updated") || local == QLatin1String("modified")))
            return 2;
        if (ns == QLatin1String("dcterms") && local == QLatin1String("modified"))
            return 1;
        return 0;
    }

    void finishEntry()
    {
        FeedEntry entry = std::move(m_entry);
        for (const QString &caption : std::as_const(m_mediaCaptions))
            appendOnce(entry.captions, m_mediaCredit.isEmpty() || caption.contains(m_mediaCredit)
                                           ? caption
                                           : caption + QLatin1String(" (") + m_mediaCredit + QLatin1Char(')'));
        if (entry.captions.isEmpty()) {
            for (const QString &url : std::as_const(m_enclosures))
                appendOnce(entry.captions, url);
        }
        if (entry.language.isEmpty())
            entry.language = m_head.language;
        if (m_out.count() >= kMaxArticlesPerFile)
            m_tooMany = m_stop = true;
        else if (!m_out.add(std::move(entry), m_head))
            m_stopped = m_stop = true;
        m_entry = FeedEntry();
        m_inEntry = false;
        m_linkFromGuid = false;
        m_dateRank = 0;
        m_authors.clear();
        m_mediaCaptions.clear();
        m_mediaCredit.clear();
        m_enclosures.clear();
    }

    QXmlStreamReader &m_xml;
    FeedHead &m_head;
    EntryOut &m_out;
    FeedEntry m_entry;
    bool m_inEntry = false;
    bool m_linkFromGuid = false;
    bool m_stop = false;
    bool m_tooMany = false;
    bool m_stopped = false;
    int m_dateRank = 0;
    QStringList m_authors;
    QStringList m_mediaCaptions;
    QString m_mediaCredit;
    QStringList m_enclosures;
};

struct Attempt {
    FeedHead head;
    qsizetype entries = 0;
    QString xmlError;
    bool stopped = false; ///< the sink asked to stop
};

Attempt readWith(QXmlStreamReader &xml, EntryOut &out)
{
    Attempt attempt;
    Reader reader(xml, attempt.head, out);
    reader.run();
    attempt.stopped = reader.stopped();
    if (reader.tooMany()) {
        attempt.head.error = tooManyArticlesError();
        return attempt;
    }
    attempt.entries = out.count();
    if (xml.hasError())
        attempt.xmlError = Sift::tr("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    if (attempt.head.kind == FeedHead::Kind::None && attempt.head.error.isEmpty())
        attempt.head.error = Sift::tr("not an RSS, RDF or Atom feed");
    return attempt;
}

/// Bytes decoded with an HTTP header's charset, which overrides the XML declaration (RFC 7303); empty when the
/// header is not to be believed. A header that names another charset for bytes that are valid UTF-8 is wrong far
/// more often than not.
QString decodedWithHttpCharset(const QByteArray &bytes, const QString &httpCharset)
{
    const QString charset = httpCharset.toLower();
    if (charset.isEmpty() || (!charset.startsWith(QLatin1String("utf-16")) && bytes.isValidUtf8()))
        return {};
    QStringDecoder decoder(httpCharset.toLatin1().constData());
    if (!decoder.isValid())
        return {};
    QString text = decoder.decode(bytes);
    return decoder.hasError() ? QString() : text;
}

/// Drops the encoding from the XML declaration of text that is already decoded.
QString withoutEncodingDeclaration(const QString &text)
{
    if (!text.startsWith(QLatin1String("<?xml")))
        return text;
    const qsizetype end = text.indexOf(QLatin1String("?>"));
    return end < 0 ? text : QLatin1String("<?xml version=\"1.0\"?>") + text.mid(end + 2);
}

/// Makes common breakage well-formed: a bare '&' becomes "&amp;", an HTML named reference a numeric one; CDATA
/// sections are left alone.
QString repairAmpersands(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 16);
    static const QStringList xmlNames = {QStringLiteral("amp"), QStringLiteral("lt"), QStringLiteral("gt"),
                                         QStringLiteral("quot"), QStringLiteral("apos")};
    for (qsizetype i = 0; i < text.size();) {
        if (text.at(i) == QLatin1Char('<') && QStringView(text).sliced(i).startsWith(QLatin1String("<![CDATA["))) {
            const qsizetype end = text.indexOf(QLatin1String("]]>"), i);
            const qsizetype stop = end < 0 ? text.size() : end + 3;
            out += QStringView(text).sliced(i, stop - i);
            i = stop;
            continue;
        }
        if (text.at(i) != QLatin1Char('&')) {
            out += text.at(i++);
            continue;
        }
        qsizetype j = i + 1;
        while (j < text.size() && j - i < 33 && (text.at(j).isLetterOrNumber() || text.at(j) == QLatin1Char('#')))
            ++j;
        const QString name = text.mid(i + 1, j - i - 1);
        const bool terminated = j < text.size() && text.at(j) == QLatin1Char(';');
        if (terminated && !name.isEmpty() && (name.startsWith(QLatin1Char('#')) || xmlNames.contains(name))) {
            out += QStringView(text).sliced(i, j + 1 - i);
        } else if (terminated && !HtmlText::namedEntity(name).isEmpty()) {
            out +=
                QLatin1String("&#") + QString::number(HtmlText::namedEntity(name).toUcs4().value(0)) + QLatin1Char(';');
        } else {
            out += QLatin1String("&amp;");
            ++i;
            continue;
        }
        i = j + 1;
    }
    return out;
}

/// The rest of a device, however little each read gives.
QByteArray readRest(QIODevice &device)
{
    QByteArray bytes;
    for (QByteArray part = device.read(1 << 20); !part.isEmpty(); part = device.read(1 << 20))
        bytes += part;
    return bytes;
}

bool better(const Attempt &a, const Attempt &b)
{
    if (a.head.ok() != b.head.ok())
        return a.head.ok();
    if (a.xmlError.isEmpty() != b.xmlError.isEmpty())
        return a.xmlError.isEmpty();
    return a.entries > b.entries;
}

} // namespace

FeedDocument FeedParser::parse(const QByteArray &bytes, const QString &httpCharset)
{
    FeedDocument doc;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const auto collect = [&doc](FeedChunk &&chunk) {
        if (chunk.restart)
            doc.entries.clear();
        doc.entries << std::move(chunk.entries);
        return true;
    };
    static_cast<FeedHead &>(doc) = parse(buffer, collect, 1000, httpCharset);
    if (!doc.ok())
        doc.entries.clear();
    return doc;
}

FeedHead FeedParser::parse(QIODevice &device, const FeedSink &sink, int chunkEntries, const QString &httpCharset)
{
    chunkEntries = std::max(chunkEntries, 1);
    const qint64 start = device.pos();
    // Judging an HTTP charset takes all the bytes, and a device that cannot seek cannot be read twice: both are
    // read whole. Anything else is read as a stream, and again from the start only when it is ill-formed.
    QByteArray bytes;
    QString fromHttp;
    const bool whole = !httpCharset.isEmpty() || device.isSequential();
    if (whole) {
        bytes = readRest(device);
        fromHttp = decodedWithHttpCharset(bytes, httpCharset);
    }

    EntryOut firstOut(&sink, chunkEntries, false);
    Attempt first;
    {
        QXmlStreamReader xml;
        if (!fromHttp.isEmpty())
            xml.addData(withoutEncodingDeclaration(fromHttp));
        else if (whole)
            xml.addData(bytes);
        else
            xml.setDevice(&device);
        first = readWith(xml, firstOut);
    }
    if (first.stopped)
        return first.head;
    if (first.head.ok() && first.xmlError.isEmpty()) {
        firstOut.flush(first.head);
        return first.head;
    }

    // Read again after repairs: decoded by Sift's own rules, no encoding declaration, ampersands and HTML entities
    // fixed, and namespace prefixes taken as written (an undeclared prefix stops a namespace-aware reader).
    QString text = fromHttp;
    if (text.isEmpty()) {
        if (!whole) {
            device.seek(start);
            bytes = readRest(device);
        }
        TextDecoder::Result decoded = TextDecoder::decode(bytes);
        bytes = QByteArray();
        if (!decoded.ok()) {
            first.head.error = decoded.error;
            return first.head;
        }
        text = std::move(decoded.text);
    }
    const QString repairedText = repairAmpersands(withoutEncodingDeclaration(text));
    text = QString();
    const auto readRepaired = [&repairedText](EntryOut &out) {
        QXmlStreamReader repaired;
        repaired.setNamespaceProcessing(false);
        repaired.addData(repairedText);
        return readWith(repaired, out);
    };
    // The repaired reading is judged first, counting its entries only, so that it hands on entries only when it
    // is the better one; then it is read again for them, voiding those the first reading handed on.
    EntryOut counter(nullptr, chunkEntries, false);
    Attempt second = readRepaired(counter);
    const QString originalError = first.xmlError.isEmpty() ? second.xmlError : first.xmlError;
    Attempt best;
    if (better(second, first)) {
        if (second.head.ok()) {
            EntryOut out(&sink, chunkEntries, firstOut.delivered());
            second = readRepaired(out);
            if (second.stopped)
                return second.head;
            out.flush(second.head);
        }
        best = std::move(second);
    } else {
        best = std::move(first);
        if (best.head.ok())
            firstOut.flush(best.head);
    }
    if (!best.head.ok())
        return best.head;
    best.head.wellFormed = false;
    best.head.warnings << Sift::tr("the feed is not well-formed XML (%1); %2 entries could be read")
                              .arg(originalError)
                              .arg(best.entries);
    return best.head;
}

bool FeedParser::looksLikeFeed(QStringView text)
{
    const QStringView head = text.first(qMin<qsizetype>(text.size(), 4096));
    qsizetype i = 0;
    while (i < head.size()) {
        const qsizetype lt = head.indexOf(QLatin1Char('<'), i);
        if (lt < 0)
            return false;
        if (!head.sliced(i, lt - i).trimmed().isEmpty() && i > 0)
            return false;
        const QStringView rest = head.sliced(lt);
        if (rest.startsWith(QLatin1String("<?"))) {
            i = head.indexOf(QLatin1String("?>"), lt);
        } else if (rest.startsWith(QLatin1String("<!--"))) {
            i = head.indexOf(QLatin1String("-->"), lt);
        } else if (rest.startsWith(QLatin1String("<!"))) {
            i = head.indexOf(QLatin1Char('>'), lt);
        } else {
            return rest.startsWith(QLatin1String("<rss")) || rest.startsWith(QLatin1String("<feed")) ||
                   rest.startsWith(QLatin1String("<rdf:RDF")) || rest.startsWith(QLatin1String("<RDF")) ||
                   rest.startsWith(QLatin1String("<atom:feed"));
        }
        if (i < 0)
            return false;
        i += rest.startsWith(QLatin1String("<?")) ? 2 : rest.startsWith(QLatin1String("<!--")) ? 3 : 1;
    }
    return false;
}

QDateTime FeedParser::parseDateTime(const QString &text)
{
    QString t = text.simplified();
    // RFC 822 zone names, which Qt's RFC 2822 reader does not take.
    static const struct {
        const char *name;
        const char *offset;
    } zones[] = {{"GMT", "+0000"}, {"UTC", "+0000"}, {"UT", "+0000"},  {"Z", "+0000"},
                 {"EST", "-0500"}, {"EDT", "-0400"}, {"CST", "-0600"}, {"CDT", "-0500"},
                 {"MST", "-0700"}, {"MDT", "-0600"}, {"PST", "-0800"}, {"PDT", "-0700"}};
    const qsizetype space = t.lastIndexOf(QLatin1Char(' '));
    if (space > 0) {
        const QStringView zone = QStringView(t).sliced(space + 1);
        for (const auto &z : zones) {
            if (zone.compare(QLatin1String(z.name), Qt::CaseInsensitive) == 0) {
                t = t.left(space + 1) + QLatin1String(z.offset);
                break;
            }
        }
    }
    QDateTime dt = QDateTime::fromString(t, Qt::RFC2822Date);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

bool FeedParser::toArticle(const FeedEntry &entry, const QString &outlet, Article *article)
{
    Article &a = *article;
    a = Article();
    a.title = ArticleNormalizer::title(entry.title);
    a.url = entry.link;
    a.guid = entry.guid;
    a.author = entry.author;
    a.outlet = outlet;
    a.language = entry.language;
    a.categories = entry.categories;
    a.captions = ArticleNormalizer::captions(entry.captions);
    a.body = entry.hasContent() ? entry.content : entry.summary;
    if (!entry.published.isEmpty()) {
        if (const std::optional<PartialDate> date = parseDate(entry.published))
            a.published = *date;
        else if (const QDateTime dt = parseDateTime(entry.published); dt.isValid())
            a.published = PartialDate{dt.date(), DatePrecision::Day};
    }
    if (a.title.isEmpty()) {
        a.title = ArticleNormalizer::title(a.body.left(120));
        if (a.title.isEmpty())
            a.title = entry.link;
    }
    return !a.title.isEmpty();
}

ParseResult FeedParser::toArticles(const FeedDocument &feed, QList<qsizetype> *summaryOnly)
{
    ParseResult result;
    result.warnings = feed.warnings;
    if (!feed.ok()) {
        result.error = feed.error;
        return result;
    }
    int untitled = 0;
    for (const FeedEntry &entry : feed.entries) {
        Article a;
        if (!toArticle(entry, feed.title, &a)) {
            ++untitled;
            continue;
        }
        if (summaryOnly && !entry.hasContent() && !entry.link.isEmpty() && entry.summary.size() <= kSummaryOnlyMaxChars)
            *summaryOnly << result.articles.size();
        result.articles << a;
    }
    if (untitled > 0)
        result.warnings << Sift::tr("%1 entries without a title, link or text were skipped").arg(untitled);
    return result;
}

} // namespace sift
