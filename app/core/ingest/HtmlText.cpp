#include "core/ingest/HtmlText.h"

#include "core/ingest/ArticleNormalizer.h"

#include <QHash>

namespace sift::HtmlText {

namespace {

const QHash<QString, char32_t> &entityTable()
{
    static const QHash<QString, char32_t> table = [] {
        QHash<QString, char32_t> t;
        const struct {
            const char *name;
            char32_t cp;
        } entries[] = {
            {"amp", U'&'},     {"lt", U'<'},       {"gt", U'>'},       {"quot", U'"'},     {"apos", U'\''},
            {"nbsp", 0xA0},    {"ensp", 0x2002},   {"emsp", 0x2003},   {"thinsp", 0x2009}, {"shy", 0xAD},
            {"ndash", 0x2013}, {"mdash", 0x2014},  {"hellip", 0x2026}, {"lsquo", 0x2018},  {"rsquo", 0x2019},
            {"sbquo", 0x201A}, {"ldquo", 0x201C},  {"rdquo", 0x201D},  {"bdquo", 0x201E},  {"laquo", 0xAB},
            {"raquo", 0xBB},   {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"bull", 0x2022},   {"middot", 0xB7},
            {"copy", 0xA9},    {"reg", 0xAE},      {"trade", 0x2122},  {"deg", 0xB0},      {"plusmn", 0xB1},
            {"times", 0xD7},   {"divide", 0xF7},   {"frac12", 0xBD},   {"frac14", 0xBC},   {"frac34", 0xBE},
            {"euro", 0x20AC},  {"pound", 0xA3},    {"yen", 0xA5},      {"cent", 0xA2},     {"sect", 0xA7},
            {"para", 0xB6},    {"dagger", 0x2020}, {"prime", 0x2032},  {"iexcl", 0xA1},    {"iquest", 0xBF},
            {"szlig", 0xDF},   {"agrave", 0xE0},   {"aacute", 0xE1},   {"acirc", 0xE2},    {"atilde", 0xE3},
            {"auml", 0xE4},    {"aring", 0xE5},    {"aelig", 0xE6},    {"ccedil", 0xE7},   {"egrave", 0xE8},
            {"eacute", 0xE9},  {"ecirc", 0xEA},    {"euml", 0xEB},     {"igrave", 0xEC},   {"iacute", 0xED},
            {"icirc", 0xEE},   {"iuml", 0xEF},     {"ntilde", 0xF1},   {"ograve", 0xF2},   {"oacute", 0xF3},
            {"ocirc", 0xF4},   {"otilde", 0xF5},   {"ouml", 0xF6},     {"oslash", 0xF8},   {"ugrave", 0xF9},
            {"uacute", 0xFA},  {"ucirc", 0xFB},    {"uuml", 0xFC},     {"yacute", 0xFD},   {"yuml", 0xFF},
            {"Agrave", 0xC0},  {"Aacute", 0xC1},   {"Acirc", 0xC2},    {"Atilde", 0xC3},   {"Auml", 0xC4},
            {"Aring", 0xC5},   {"AElig", 0xC6},    {"Ccedil", 0xC7},   {"Egrave", 0xC8},   {"Eacute", 0xC9},
            {"Ecirc", 0xCA},   {"Euml", 0xCB},     {"Igrave", 0xCC},   {"Iacute", 0xCD},   {"Icirc", 0xCE},
            {"Iuml", 0xCF},    {"Ntilde", 0xD1},   {"Ograve", 0xD2},   {"Oacute", 0xD3},   {"Ocirc", 0xD4},
            {"Otilde", 0xD5},  {"Ouml", 0xD6},     {"Oslash", 0xD8},   {"Ugrave", 0xD9},   {"Uacute", 0xDA},
            {"Ucirc", 0xDB},   {"Uuml", 0xDC},     {"Yacute", 0xDD},   {"oelig", 0x153},   {"OElig", 0x152},
            {"scaron", 0x161}, {"Scaron", 0x160},  {"zcaron", 0x17E},  {"Zcaron", 0x17D},  {"alpha", 0x3B1},
            {"beta", 0x3B2},   {"gamma", 0x3B3},   {"delta", 0x3B4},   {"pi", 0x3C0},      {"mu", 0x3BC},
            {"larr", 0x2190},  {"rarr", 0x2192},   {"uarr", 0x2191},   {"darr", 0x2193},   {"zwj", 0x200D},
            {"zwnj", 0x200C},  {"lrm", 0x200E},    {"rlm", 0x200F},
        };
        for (const auto &e : entries)
            t.insert(QString::fromLatin1(e.name), e.cp);
        return t;
    }();
    return table;
}

QString fromCodePoint(char32_t cp)
{
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    return QString::fromUcs4(&cp, 1);
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char(':') || c == QLatin1Char('_');
}

/// Decodes one reference starting at text[i] == '&'; on success appends it and returns the index after it.
qsizetype decodeReference(QStringView text, qsizetype i, QString &out)
{
    const qsizetype end = text.indexOf(QLatin1Char(';'), i + 1);
    if (end < 0 || end - i > 33)
        return -1;
    const QStringView ref = text.sliced(i + 1, end - i - 1);
    if (ref.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const bool hex = ref.size() > 1 && (ref[1] == QLatin1Char('x') || ref[1] == QLatin1Char('X'));
        const uint cp = hex ? ref.sliced(2).toUInt(&ok, 16) : ref.sliced(1).toUInt(&ok, 10);
        if (!ok)
            return -1;
        out += fromCodePoint(char32_t(cp));
        return end + 1;
    }
    const QString named = namedEntity(ref);
    if (named.isEmpty())
        return -1;
    out += named;
    return end + 1;
}

enum class TagEffect { None, Line, Paragraph, SkipContent };

TagEffect effectOf(const QString &name)
{
    static const QStringList paragraphs = {
        QStringLiteral("p"),          QStringLiteral("div"),     QStringLiteral("h1"),      QStringLiteral("h2"),
        QStringLiteral("h3"),         QStringLiteral("h4"),      QStringLiteral("h5"),      QStringLiteral("h6"),
        QStringLiteral("blockquote"), QStringLiteral("ul"),      QStringLiteral("ol"),      QStringLiteral("table"),
        QStringLiteral("section"),    QStringLiteral("article"), QStringLiteral("figure"),  QStringLiteral("pre"),
        QStringLiteral("hr"),         QStringLiteral("header"),  QStringLiteral("footer"),  QStringLiteral("aside"),
        QStringLiteral("figcaption"), QStringLiteral("dl"),      QStringLiteral("address"), QStringLiteral("main")};
    static const QStringList lines = {QStringLiteral("br"), QStringLiteral("li"), QStringLiteral("tr"),
                                      QStringLiteral("dt"), QStringLiteral("dd")};
    static const QStringList skipped = {
        QStringLiteral("script"),   QStringLiteral("style"), QStringLiteral("object"), QStringLiteral("noscript"),
        QStringLiteral("template"), QStringLiteral("svg"),   QStringLiteral("math")};
    if (paragraphs.contains(name))
        return TagEffect::Paragraph;
    if (lines.contains(name))
        return TagEffect::Line;
    if (skipped.contains(name))
        return TagEffect::SkipContent;
    return TagEffect::None;
}

/// Index just past the '>' that closes the tag opened at text[i] == '<', honouring quoted attribute values.
qsizetype tagEnd(QStringView text, qsizetype i)
{
    QChar quote;
    for (qsizetype j = i + 1; j < text.size(); ++j) {
        const QChar c = text[j];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('>')) {
            return j + 1;
        }
    }
    return text.size();
}

} // namespace

QString namedEntity(QStringView name)
{
    const auto &table = entityTable();
    auto it = table.constFind(name.toString());
    if (it == table.constEnd())
        it = table.constFind(name.toString().toLower());
    return it == table.constEnd() ? QString() : fromCodePoint(*it);
}

QString decodeEntities(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (text[i] == QLatin1Char('&')) {
            const qsizetype next = decodeReference(text, i, out);
            if (next > 0) {
                i = next;
                continue;
            }
        }
        out += text[i++];
    }
    return out;
}

bool looksLikeMarkup(QStringView text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const QChar next = text[i + 1];
        if (text[i] == QLatin1Char('<') && (next.isLetter() || next == QLatin1Char('/') || next == QLatin1Char('!')))
            return true;
        if (text[i] == QLatin1Char('&') && (next.isLetter() || next == QLatin1Char('#')) &&
            text.indexOf(QLatin1Char(';'), i) > i)
            return true;
    }
    return false;
}

QString toPlainText(QStringView html)
{
    QString out;
    out.reserve(html.size());
    auto breakWith = [&out](const char *separator) { out += QLatin1String(separator); };
    for (qsizetype i = 0; i < html.size();) {
        const QChar c = html[i];
        if (c == QLatin1Char('&')) {
            const qsizetype next = decodeReference(html, i, out);
            if (next > 0) {
                i = next;
                continue;
            }
            out += c;
            ++i;
            continue;
        }
        const QChar next = i + 1 < html.size() ? html[i + 1] : QChar();
        if (c != QLatin1Char('<') ||
            !(next.isLetter() || next == QLatin1Char('/') || next == QLatin1Char('!') || next == QLatin1Char('?'))) {
            if (!c.isSpace())
                out += c;
            else if (!out.isEmpty() && out.back() != QLatin1Char(' ') && out.back() != QLatin1Char('\n'))
                out += QLatin1Char(' ');
            ++i;
            continue;
        }
        if (html.sliced(i).startsWith(QLatin1String("<!--"))) {
            const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
            i = end < 0 ? html.size() : end + 3;
            continue;
        }
        const qsizetype end = tagEnd(html, i);
        const bool closing = next == QLatin1Char('/');
        qsizetype nameStart = i + (closing ? 2 : 1);
        qsizetype nameEnd = nameStart;
        while (nameEnd < end && isNameChar(html[nameEnd]))
            ++nameEnd;
        const QString name = html.sliced(nameStart, nameEnd - nameStart).toString().toLower();
        i = end;
        switch (effectOf(name)) {
        case TagEffect::Paragraph:
            breakWith("\n\n");
            break;
        case TagEffect::Line:
            breakWith("\n\n");
            break;
        case TagEffect::SkipContent:
            if (!closing && !html.sliced(nameStart, end - nameStart).endsWith(QLatin1String("/>"))) {
                const QString closer = QLatin1String("</") + name;
                const qsizetype close = html.indexOf(closer, i, Qt::CaseInsensitive);
                i = close < 0 ? html.size() : tagEnd(html, close);
            }
            break;
        case TagEffect::None:
            break;
        }
    }
    return ArticleNormalizer::body(out);
}

} // namespace sift::HtmlText
