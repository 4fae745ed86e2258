#include "core/ingest/HtmlSource.h"

#include "core/domain/Translation.h"
#include "core/ingest/TextDecoder.h"

#include <QFileInfo>
#include <QHash>
#include <QList>

#include <cerrno>
#include <iconv.h>
#include <zlib.h>

#include <algorithm>
#include <array>

namespace sift {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool startsWithNoCase(QByteArrayView data, qsizetype at, QByteArrayView prefix)
{
    if (at + prefix.size() > data.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (lower(data[at + i]) != prefix[i])
            return false;
    }
    return true;
}

qsizetype indexOfNoCase(QByteArrayView data, qsizetype from, QByteArrayView needle)
{
    for (qsizetype i = from; i + needle.size() <= data.size(); ++i) {
        if (lower(data[i]) == needle[0] && startsWithNoCase(data, i, needle))
            return i;
    }
    return -1;
}

/// One tag as the byte scanner sees it: the same tokenization rules a browser's prescan uses, enough to find
/// where tags start and end, never to build a tree.
struct ScannedTag {
    QByteArray name; ///< lower case
    bool end = false;
    bool selfClosing = false;
    qsizetype begin = 0;
    qsizetype finish = 0; ///< one past '>'
    QList<std::pair<QByteArray, QByteArray>> attributes;
};

/// Walks the tags of a page in order, skipping comments, doctypes and the text of raw-text elements.
class TagScanner
{
public:
    TagScanner(QByteArrayView data, bool wantAttributes)
        : m_data(data)
        , m_wantAttributes(wantAttributes)
    {}

    bool next(ScannedTag *tag)
    {
        while (m_pos < m_data.size()) {
            const qsizetype lt = m_data.indexOf('<', m_pos);
            if (lt < 0 || lt + 1 >= m_data.size()) {
                m_pos = m_data.size();
                return false;
            }
            const char c = m_data[lt + 1];
            if (c == '!' || c == '?') {
                skipMarkupDeclaration(lt);
                continue;
            }
            const bool end = c == '/';
            const qsizetype nameStart = lt + (end ? 2 : 1);
            if (nameStart >= m_data.size() || !isAsciiAlpha(m_data[nameStart])) {
                m_pos = lt + 1;
                continue;
            }
            readTag(lt, nameStart, end, tag);
            if (!end && !tag->selfClosing)
                skipRawText(tag->name);
            return true;
        }
        return false;
    }

private:
    void skipMarkupDeclaration(qsizetype lt)
    {
        if (m_data.sliced(lt).startsWith("<!--")) {
            const qsizetype close = m_data.indexOf("-->", lt + 4);
            m_pos = close < 0 ? m_data.size() : close + 3;
            return;
        }
        const qsizetype gt = m_data.indexOf('>', lt);
        m_pos = gt < 0 ? m_data.size() : gt + 1;
    }

    void readTag(qsizetype lt, qsizetype nameStart, bool end, ScannedTag *tag)
    {
        tag->begin = lt;
        tag->end = end;
        tag->selfClosing = false;
        tag->attributes.clear();
        qsizetype i = nameStart;
        while (i < m_data.size() && !isSpace(m_data[i]) && m_data[i] != '/' && m_data[i] != '>')
            ++i;
        tag->name = m_data.sliced(nameStart, i - nameStart).toByteArray().toLower();
        while (i < m_data.size()) {
            while (i < m_data.size() && (isSpace(m_data[i]) || m_data[i] == '/')) {
                if (m_data[i] == '/' && i + 1 < m_data.size() && m_data[i + 1] == '>')
                    tag->selfClosing = true;
                ++i;
            }
            if (i >= m_data.size() || m_data[i] == '>')
                break;
            const qsizetype attrStart = i;
            while (i < m_data.size() && !isSpace(m_data[i]) && m_data[i] != '/' && m_data[i] != '>' && m_data[i] != '=')
                ++i;
            const QByteArrayView attrName = m_data.sliced(attrStart, i - attrStart);
            while (i < m_data.size() && isSpace(m_data[i]))
                ++i;
            QByteArrayView value;
            if (i < m_data.size() && m_data[i] == '=') {
                ++i;
                while (i < m_data.size() && isSpace(m_data[i]))
                    ++i;
                if (i < m_data.size() && (m_data[i] == '"' || m_data[i] == '\'')) {
                    const char quote = m_data[i];
                    const qsizetype close = m_data.indexOf(quote, i + 1);
                    const qsizetype valueEnd = close < 0 ? m_data.size() : close;
                    value = m_data.sliced(i + 1, valueEnd - i - 1);
                    i = close < 0 ? m_data.size() : close + 1;
                } else {
                    const qsizetype valueStart = i;
                    while (i < m_data.size() && !isSpace(m_data[i]) && m_data[i] != '>')
                        ++i;
                    value = m_data.sliced(valueStart, i - valueStart);
                }
            }
            if (m_wantAttributes)
                tag->attributes.append({attrName.toByteArray().toLower(), value.toByteArray()});
        }
        m_pos = i < m_data.size() ? i + 1 : m_data.size();
        tag->finish = m_pos;
    }

    void skipRawText(const QByteArray &name)
    {
        static const std::array<QByteArrayView, 9> kRawText = {"script", "style",   "textarea", "title",   "xmp",
                                                               "iframe", "noembed", "noframes", "noscript"};
        if (name == "plaintext") {
            m_pos = m_data.size();
            return;
        }
        for (const QByteArrayView raw : kRawText) {
            if (name == raw) {
                const QByteArray close = "</" + name;
                const qsizetype at = indexOfNoCase(m_data, m_pos, close);
                m_pos = at < 0 ? m_data.size() : at;
                return;
            }
        }
    }

    QByteArrayView m_data;
    bool m_wantAttributes = false;
    qsizetype m_pos = 0;
};

bool isVoidElement(const QByteArray &name)
{
    static const std::array<QByteArrayView, 16> kVoid = {"area",  "base",  "br",     "col",     "embed", "hr",
                                                         "img",   "input", "link",   "meta",    "param", "source",
                                                         "track", "wbr",   "keygen", "basefont"};
    for (const QByteArrayView v : kVoid) {
        if (name == v)
            return true;
    }
    return false;
}

/// Elements whose end tag is implied by their next sibling: they never nest by themselves.
bool hasOptionalEnd(const QByteArray &name)
{
    static const std::array<QByteArrayView, 17> kOptional = {"p",  "li", "dt",  "dd",    "option", "optgroup",
                                                             "tr", "td", "th",  "tbody", "thead",  "tfoot",
                                                             "rb", "rt", "rtc", "rp",    "html"};
    for (const QByteArrayView v : kOptional) {
        if (name == v)
            return true;
    }
    return name == "head" || name == "body";
}

/// WHATWG labels to the names glibc's iconv knows; the labels browsers read as Windows-1252 map to "windows-1252".
QByteArray canonicalCharset(QByteArray label)
{
    label = label.trimmed().toLower();
    if (label.startsWith('"') || label.startsWith('\''))
        label = label.mid(1);
    while (label.endsWith('"') || label.endsWith('\'') || label.endsWith(';'))
        label.chop(1);
    static const QHash<QByteArray, QByteArray> kAliases = {
        {"utf8", "utf-8"},
        {"unicode-1-1-utf-8", "utf-8"},
        {"x-unicode20utf8", "utf-8"},
        // WHATWG: a <meta> that declares UTF-16 means UTF-8 (the bytes would not have been readable otherwise).
        {"utf-16", "utf-8"},
        {"utf-16le", "utf-8"},
        {"utf-16be", "utf-8"},
        {"unicode", "utf-8"},
        {"iso-8859-1", "windows-1252"},
        {"iso8859-1", "windows-1252"},
        {"latin1", "windows-1252"},
        {"l1", "windows-1252"},
        {"us-ascii", "windows-1252"},
        {"ascii", "windows-1252"},
        {"cp1252", "windows-1252"},
        {"x-cp1252", "windows-1252"},
        {"cp819", "windows-1252"},
        {"gb2312", "gb18030"},
        {"gbk", "gb18030"},
        {"x-gbk", "gb18030"},
        {"euc-kr", "cp949"},
        {"ks_c_5601-1987", "cp949"},
        {"shift_jis", "cp932"},
        {"shift-jis", "cp932"},
        {"sjis", "cp932"},
        {"x-sjis", "cp932"},
        {"windows-31j", "cp932"},
        {"iso-8859-9", "windows-1254"},
        {"tis-620", "windows-874"},
        {"iso-8859-11", "windows-874"},
    };
    return kAliases.value(label, label);
}

struct Utf8Check {
    qsizetype multibyte = 0; ///< valid sequences of two or more bytes
    qsizetype invalid = 0;   ///< bytes that start no valid sequence
};

Utf8Check checkUtf8(QByteArrayView bytes)
{
    Utf8Check check;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned int cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        }
        bool ok = len > 0 && i + len <= n;
        for (int k = 1; ok && k < len; ++k) {
            ok = (p[i + k] & 0xC0) == 0x80;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (ok) {
            ok = !(len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) &&
                 !(len == 4 && (cp < 0x10000 || cp > 0x10FFFF));
        }
        if (ok) {
            ++check.multibyte;
            i += len;
        } else {
            ++check.invalid;
            ++i;
        }
    }
    return check;
}

/// Converts with glibc's iconv; bytes the charset cannot read become U+FFFD. False when iconv does not know it.
bool convertWithIconv(QByteArrayView bytes, const QByteArray &charset, QByteArray *out)
{
    iconv_t cd = iconv_open("UTF-8", charset.constData());
    if (cd == iconv_t(-1))
        return false;
    out->clear();
    out->reserve(bytes.size() + bytes.size() / 2);
    char *in = const_cast<char *>(bytes.data());
    size_t inLeft = size_t(bytes.size());
    std::array<char, 16384> buffer;
    while (inLeft > 0) {
        char *dst = buffer.data();
        size_t dstLeft = buffer.size();
        const size_t rc = iconv(cd, &in, &inLeft, &dst, &dstLeft);
        out->append(buffer.data(), qsizetype(buffer.size() - dstLeft));
        if (rc == size_t(-1)) {
            if (errno == E2BIG)
                continue;
            // EILSEQ or EINVAL (truncated at the end): one unreadable byte.
            out->append("\xEF\xBF\xBD");
            ++in;
            --inLeft;
            iconv(cd, nullptr, nullptr, nullptr, nullptr);
        }
    }
    iconv_close(cd);
    return true;
}

QByteArray windows1252ToUtf8(QByteArrayView bytes)
{
    return TextDecoder::fromWindows1252(bytes).toUtf8();
}

bool isSingleByteLegacy(const QByteArray &charset)
{
    return charset.startsWith("windows-125") || charset.startsWith("iso-8859-") || charset.startsWith("koi8") ||
           charset == "macintosh" || charset == "windows-874";
}

QByteArray charsetFromContentType(QByteArrayView value)
{
    const QByteArray lowered = value.toByteArray().toLower();
    const qsizetype at = lowered.indexOf("charset");
    if (at < 0)
        return {};
    qsizetype i = at + 7;
    while (i < lowered.size() && isSpace(lowered[i]))
        ++i;
    if (i >= lowered.size() || lowered[i] != '=')
        return {};
    ++i;
    while (i < lowered.size() && (isSpace(lowered[i]) || lowered[i] == '"' || lowered[i] == '\''))
        ++i;
    const qsizetype start = i;
    while (i < lowered.size() && !isSpace(lowered[i]) && lowered[i] != ';' && lowered[i] != '"' && lowered[i] != '\'')
        ++i;
    return lowered.mid(start, i - start);
}

QByteArray decodeQuotedPrintable(QByteArrayView in)
{
    QByteArray out;
    out.reserve(in.size());
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        c = lower(c);
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1;
    };
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c != '=') {
            out.append(c);
            continue;
        }
        if (i + 1 < in.size() && in[i + 1] == '\n') { // soft line break
            ++i;
            continue;
        }
        if (i + 2 < in.size() && in[i + 1] == '\r' && in[i + 2] == '\n') {
            i += 2;
            continue;
        }
        if (i + 2 < in.size() && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
            out.append(char(hex(in[i + 1]) * 16 + hex(in[i + 2])));
            i += 2;
            continue;
        }
        out.append(c);
    }
    return out;
}

struct MimeHeaders {
    QHash<QByteArray, QByteArray> fields; ///< lower-case name -> value, folded lines joined
};

/// Reads RFC 822 headers from `pos` up to the blank line; moves `pos` past it.
MimeHeaders readHeaders(QByteArrayView data, qsizetype *pos)
{
    MimeHeaders headers;
    QByteArray lastName;
    while (*pos < data.size()) {
        qsizetype eol = data.indexOf('\n', *pos);
        if (eol < 0)
            eol = data.size();
        QByteArrayView line = data.sliced(*pos, eol - *pos);
        if (line.endsWith('\r'))
            line.chop(1);
        *pos = std::min(eol + 1, data.size()); // a last line without a newline ends at the end, not past it
        if (line.isEmpty())
            break;
        if ((line[0] == ' ' || line[0] == '\t') && !lastName.isEmpty()) {
            headers.fields[lastName] += ' ' + line.trimmed().toByteArray();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        lastName = line.first(colon).trimmed().toByteArray().toLower();
        if (!headers.fields.contains(lastName))
            headers.fields.insert(lastName, line.sliced(colon + 1).trimmed().toByteArray());
    }
    return headers;
}

QByteArray headerParameter(const QByteArray &value, QByteArrayView name)
{
    const QByteArray lowered = value.toLower();
    qsizetype at = 0;
    while ((at = lowered.indexOf(name, at)) >= 0) {
        const bool boundaryBefore = at == 0 || lowered[at - 1] == ';' || isSpace(lowered[at - 1]);
        qsizetype i = at + name.size();
        while (i < lowered.size() && isSpace(lowered[i]))
            ++i;
        if (boundaryBefore && i < lowered.size() && lowered[i] == '=') {
            ++i;
            while (i < lowered.size() && isSpace(lowered[i]))
                ++i;
            if (i < value.size() && value[i] == '"') {
                const qsizetype close = value.indexOf('"', i + 1);
                return value.mid(i + 1, (close < 0 ? value.size() : close) - i - 1);
            }
            const qsizetype start = i;
            while (i < value.size() && value[i] != ';' && !isSpace(value[i]))
                ++i;
            return value.mid(start, i - start);
        }
        at += name.size();
    }
    return {};
}

bool looksLikeMhtml(QByteArrayView bytes)
{
    const QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), 4096));
    return indexOfNoCase(head, 0, "mime-version:") >= 0 && indexOfNoCase(head, 0, "multipart/related") >= 0;
}

bool isGzip(QByteArrayView bytes)
{
    return bytes.size() >= 2 && uchar(bytes[0]) == 0x1F && uchar(bytes[1]) == 0x8B;
}

} // namespace

bool HtmlSource::hasHtmlName(const QString &fileName)
{
    QString name = fileName.toLower();
    if (name.endsWith(QLatin1String(".gz")))
        name.chop(3);
    const QString suffix = QFileInfo(name).suffix();
    static const QStringList kSuffixes = {QStringLiteral("html"),  QStringLiteral("htm"),   QStringLiteral("xhtml"),
                                          QStringLiteral("shtml"), QStringLiteral("mhtml"), QStringLiteral("mht")};
    return kSuffixes.contains(suffix);
}

bool HtmlSource::looksLikeHtml(QByteArrayView bytes, const QString &fileName)
{
    if (hasHtmlName(fileName))
        return true;
    if (isGzip(bytes)) {
        QString error;
        const QByteArray head = gunzip(bytes, 4096, &error);
        return !head.isEmpty() && looksLikeHtml(head, QString());
    }
    if (looksLikeMhtml(bytes))
        return true;
    QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), 4096));
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    qsizetype i = 0;
    while (i < head.size() && isSpace(head[i]))
        ++i;
    if (i >= head.size() || head[i] != '<')
        return false;
    for (const QByteArrayView marker :
         {QByteArrayView("<!doctype html"), QByteArrayView("<html"), QByteArrayView("<head"), QByteArrayView("<body"),
          QByteArrayView("<meta "), QByteArrayView("<title")}) {
        if (indexOfNoCase(head, i, marker) >= 0)
            return true;
    }
    return false;
}

QByteArray HtmlSource::gunzip(QByteArrayView bytes, qsizetype maxBytes, QString *error)
{
    z_stream stream{};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) {
        *error = Sift::tr("the gzip stream could not be opened");
        return {};
    }
    QByteArray out;
    std::array<char, 65536> buffer;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.data()));
    stream.avail_in = uInt(bytes.size());
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer.data());
        stream.avail_out = uInt(buffer.size());
        rc = inflate(&stream, Z_NO_FLUSH);
        const qsizetype produced = qsizetype(buffer.size() - stream.avail_out);
        out.append(buffer.data(), std::min(produced, maxBytes - out.size()));
        if (out.size() >= maxBytes)
            break;
        if (rc == Z_STREAM_END)
            break;
        if (rc != Z_OK || (produced == 0 && stream.avail_in == 0)) {
            inflateEnd(&stream);
            *error = Sift::tr("the gzip data is damaged or cut short");
            return {};
        }
    }
    inflateEnd(&stream);
    return out;
}

QByteArray HtmlSource::mhtmlHtmlPart(QByteArrayView bytes, QByteArray *charset, QString *location, QString *error)
{
    qsizetype pos = 0;
    const MimeHeaders top = readHeaders(bytes, &pos);
    const QByteArray boundary = headerParameter(top.fields.value("content-type"), "boundary");
    if (boundary.isEmpty()) {
        *error = Sift::tr("the MHTML file names no part boundary");
        return {};
    }
    const QByteArray delimiter = "--" + boundary;
    qsizetype at = bytes.indexOf(delimiter, pos);
    while (at >= 0) {
        qsizetype partStart = at + delimiter.size();
        if (bytes.sliced(partStart).startsWith("--"))
            break; // the closing delimiter
        const qsizetype eol = bytes.indexOf('\n', partStart);
        if (eol < 0)
            break;
        partStart = eol + 1;
        qsizetype bodyStart = partStart;
        const MimeHeaders headers = readHeaders(bytes, &bodyStart);
        const qsizetype next = bytes.indexOf(delimiter, bodyStart);
        const qsizetype bodyEnd = next < 0 ? bytes.size() : next;
        const QByteArray type = headers.fields.value("content-type").toLower();
        if (type.startsWith("text/html") || type.startsWith("application/xhtml")) {
            const QByteArrayView raw = bytes.sliced(bodyStart, bodyEnd - bodyStart);
            const QByteArray encoding = headers.fields.value("content-transfer-encoding").trimmed().toLower();
            *charset = charsetFromContentType(headers.fields.value("content-type"));
            *location = QString::fromUtf8(headers.fields.value("content-location"));
            if (encoding == "base64")
                return QByteArray::fromBase64(raw.toByteArray());
            if (encoding == "quoted-printable")
                return decodeQuotedPrintable(raw);
            return raw.toByteArray();
        }
        at = next;
    }
    *error = Sift::tr("the MHTML file holds no HTML page");
    return {};
}

QByteArray HtmlSource::metaCharset(QByteArrayView bytes)
{
    // Browsers look at the first 1,024 bytes; pages with long heads declare it later, so look a little further.
    TagScanner scanner(bytes.first(std::min<qsizetype>(bytes.size(), 16384)), true);
    ScannedTag tag;
    while (scanner.next(&tag)) {
        if (tag.end)
            continue;
        if (tag.name == "body")
            break;
        if (tag.name != "meta")
            continue;
        QByteArray httpEquiv;
        QByteArray content;
        for (const auto &[name, value] : tag.attributes) {
            if (name == "charset")
                return value.trimmed().toLower();
            if (name == "http-equiv")
                httpEquiv = value.trimmed().toLower();
            else if (name == "content")
                content = value;
        }
        if (httpEquiv == "content-type") {
            const QByteArray charset = charsetFromContentType(content);
            if (!charset.isEmpty())
                return charset;
        }
    }
    return {};
}

QByteArray HtmlSource::boundMarkup(const QByteArray &utf8, QStringList *warnings)
{
    TagScanner scanner(utf8, false);
    ScannedTag tag;
    QList<QByteArray> open;
    QHash<QByteArray, int> droppedOpen;
    QList<std::pair<qsizetype, qsizetype>> drops;
    qsizetype elements = 0;
    qsizetype cutAt = -1;
    while (scanner.next(&tag)) {
        if (tag.end) {
            if (droppedOpen.value(tag.name) > 0) {
                --droppedOpen[tag.name];
                drops.append({tag.begin, tag.finish});
                continue;
            }
            for (qsizetype i = open.size() - 1; i >= 0; --i) {
                if (open[i] == tag.name) {
                    open.resize(i);
                    break;
                }
            }
            continue;
        }
        if (++elements > kMaxElements) {
            cutAt = tag.begin;
            break;
        }
        if (tag.selfClosing || isVoidElement(tag.name) || hasOptionalEnd(tag.name))
            continue;
        if (open.size() >= kMaxDepth) {
            ++droppedOpen[tag.name];
            drops.append({tag.begin, tag.finish});
            continue;
        }
        open.append(tag.name);
    }
    if (drops.isEmpty() && cutAt < 0)
        return utf8;
    if (!drops.isEmpty())
        *warnings << Sift::tr("the page nests elements more than %1 deep; the deeper tags were ignored").arg(kMaxDepth);
    if (cutAt >= 0)
        *warnings << Sift::tr("the page has more than %1 elements; it was read up to there").arg(kMaxElements);
    const qsizetype limit = cutAt < 0 ? utf8.size() : cutAt;
    QByteArray out;
    out.reserve(limit);
    qsizetype from = 0;
    for (const auto &[begin, finish] : drops) {
        if (begin >= limit)
            break;
        out.append(utf8.constData() + from, begin - from);
        from = finish;
    }
    if (from < limit)
        out.append(utf8.constData() + from, limit - from);
    return out;
}

HtmlSource::Result HtmlSource::read(const QByteArray &input, const QByteArray &charsetHint)
{
    Result result;
    QByteArray bytes = input;
    if (isGzip(bytes)) {
        bytes = gunzip(input, kMaxInflatedBytes, &result.error);
        if (!result.ok())
            return result;
        if (bytes.size() >= kMaxInflatedBytes) {
            result.error = Sift::tr("the compressed page unpacks to more than %1 MB").arg(kMaxInflatedBytes >> 20);
            return result;
        }
    }
    QByteArray hint = charsetHint;
    if (looksLikeMhtml(bytes)) {
        QByteArray partCharset;
        bytes = mhtmlHtmlPart(bytes, &partCharset, &result.location, &result.error);
        if (!result.ok())
            return result;
        if (hint.isEmpty())
            hint = partCharset;
    }
    if (bytes.trimmed().isEmpty()) {
        result.error = Sift::tr("the page is empty");
        return result;
    }
    // Binary data (an image or archive saved under an .html name) is refused before any charset guess.
    const QByteArrayView head = QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 65536));
    const bool utf16Bom = head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF");
    if (!utf16Bom && TextDecoder::looksBinary(TextDecoder::fromWindows1252(head))) {
        result.error = Sift::tr("binary data, not a web page");
        return result;
    }

    if (head.startsWith("\xEF\xBB\xBF")) {
        result.encoding = QStringLiteral("UTF-8");
        bytes.remove(0, 3);
    } else if (utf16Bom) {
        const TextDecoder::Result decoded = TextDecoder::decode(bytes);
        if (!decoded.ok()) {
            result.error = decoded.error;
            return result;
        }
        result.encoding = decoded.encoding;
        bytes = decoded.text.toUtf8();
    } else {
        QByteArray label = hint.trimmed().toLower();
        if (label.isEmpty())
            label = metaCharset(bytes);
        const QByteArray declared = canonicalCharset(label);
        const Utf8Check utf8 = checkUtf8(bytes);
        if (declared.isEmpty() || declared == "utf-8") {
            if (utf8.invalid > 0 && utf8.multibyte == 0) {
                if (!declared.isEmpty())
                    result.warnings << Sift::tr("the page declares UTF-8 but is not; it was read as Windows-1252");
                result.encoding = QStringLiteral("Windows-1252");
                bytes = windows1252ToUtf8(bytes);
            } else {
                if (utf8.invalid > 0)
                    result.warnings << Sift::tr("the page holds %1 bytes that are not UTF-8; they show as \ufffd")
                                           .arg(utf8.invalid);
                result.encoding = QStringLiteral("UTF-8");
            }
        } else if (isSingleByteLegacy(declared) && utf8.invalid == 0 && utf8.multibyte > 0) {
            result.warnings
                << Sift::tr("the page declares %1 but is UTF-8; it was read as UTF-8").arg(QString::fromLatin1(label));
            result.encoding = QStringLiteral("UTF-8");
        } else if (declared == "windows-1252") {
            result.encoding = QStringLiteral("Windows-1252");
            bytes = windows1252ToUtf8(bytes);
        } else {
            QByteArray converted;
            if (convertWithIconv(bytes, declared, &converted)) {
                result.encoding = QString::fromLatin1(declared);
                bytes = std::move(converted);
            } else {
                result.warnings << Sift::tr("the page declares an unknown charset, %1; it was read as %2")
                                       .arg(QString::fromLatin1(label), utf8.invalid > 0
                                                                            ? QStringLiteral("Windows-1252")
                                                                            : QStringLiteral("UTF-8"));
                result.encoding = utf8.invalid > 0 ? QStringLiteral("Windows-1252") : QStringLiteral("UTF-8");
                if (utf8.invalid > 0)
                    bytes = windows1252ToUtf8(bytes);
            }
        }
    }
    result.utf8 = boundMarkup(bytes, &result.warnings);
    return result;
}

} // namespace sift
