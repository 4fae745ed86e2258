#include "core/ingest/HtmlMetadata.h"

#include "core/domain/Translation.h"
#include "core/ingest/HtmlNodes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrl>

#include <utility>
#include <vector>

namespace sift {

namespace {

using namespace HtmlNodes;

/// Nested JSON-LD deeper than this is not metadata anyone reads; the walk stops there.
constexpr int kMaxJsonDepth = 32;
constexpr int kMaxJsonObjects = 10000;

QString typeName(QString type)
{
    type = type.trimmed();
    for (const QLatin1String prefix :
         {QLatin1String("http://schema.org/"), QLatin1String("https://schema.org/"), QLatin1String("schema:")}) {
        if (type.startsWith(prefix, Qt::CaseInsensitive))
            return type.mid(prefix.size());
    }
    return type;
}

QStringList types(const QJsonObject &object)
{
    QStringList out;
    const QJsonValue type = object.value(QLatin1String("@type"));
    if (type.isString())
        out << typeName(type.toString());
    for (const QJsonValue &v : type.toArray())
        out << typeName(v.toString());
    return out;
}

bool isArticleType(const QStringList &typeNames)
{
    static const QStringList kArticleTypes = {
        QStringLiteral("NewsArticle"),
        QStringLiteral("Article"),
        QStringLiteral("ReportageNewsArticle"),
        QStringLiteral("AnalysisNewsArticle"),
        QStringLiteral("OpinionNewsArticle"),
        QStringLiteral("BackgroundNewsArticle"),
        QStringLiteral("ReviewNewsArticle"),
        QStringLiteral("AskPublicNewsArticle"),
        QStringLiteral("BlogPosting"),
        QStringLiteral("LiveBlogPosting"),
        QStringLiteral("Report"),
        QStringLiteral("TechArticle"),
        QStringLiteral("ScholarlyArticle"),
        QStringLiteral("SatiricalArticle"),
    };
    for (const QString &t : typeNames) {
        if (kArticleTypes.contains(t, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

/// Numbers as publishers write them, strings or numbers: "1", 1, 1.0 -> "1".
QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().simplified();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isArray() && !value.toArray().isEmpty())
        return scalarText(value.toArray().first());
    return {};
}

/// Every JSON-LD node by @id, so {"@id": "#author"} can be looked up (@graph pages do this a lot).
class JsonLdGraph
{
public:
    void collect(const QJsonValue &root)
    {
        std::vector<std::pair<QJsonValue, int>> stack{{root, 0}};
        while (!stack.empty() && m_objects.size() < kMaxJsonObjects) {
            auto [value, depth] = std::move(stack.back());
            stack.pop_back();
            if (depth > kMaxJsonDepth)
                continue;
            if (value.isArray()) {
                const QJsonArray array = value.toArray();
                for (qsizetype i = array.size() - 1; i >= 0; --i)
                    stack.emplace_back(array.at(i), depth + 1);
                continue;
            }
            if (!value.isObject())
                continue;
            const QJsonObject object = value.toObject();
            m_objects << object;
            const QString id = object.value(QLatin1String("@id")).toString();
            if (!id.isEmpty() && object.size() > 1 && !m_byId.contains(id))
                m_byId.insert(id, object);
            // Children pushed in reverse so objects come out in document order.
            const QStringList keys = object.keys();
            for (qsizetype i = keys.size() - 1; i >= 0; --i) {
                const QJsonValue child = object.value(keys.at(i));
                if (child.isObject() || child.isArray())
                    stack.emplace_back(child, depth + 1);
            }
        }
    }

    const QList<QJsonObject> &objects() const { return m_objects; }

    QJsonObject resolve(const QJsonObject &object) const
    {
        const QString id = object.value(QLatin1String("@id")).toString();
        if (object.size() == 1 && !id.isEmpty())
            return m_byId.value(id, object);
        return object;
    }

    /// The names in a person/organization value: "Jane", {"name": "Jane"}, [..], {"@id": ...}.
    QStringList names(const QJsonValue &value, int depth = 0) const
    {
        QStringList out;
        if (depth > 4)
            return out;
        if (value.isString()) {
            const QString name = value.toString().simplified();
            if (!name.isEmpty() && !name.startsWith(QLatin1String("http")))
                out << name;
        } else if (value.isArray()) {
            for (const QJsonValue &v : value.toArray())
                out << names(v, depth + 1);
        } else if (value.isObject()) {
            const QJsonObject object = resolve(value.toObject());
            const QJsonValue name = object.value(QLatin1String("name"));
            if (name.isString() || name.isArray())
                out << names(name, depth + 1);
            else if (object.contains(QLatin1String("alternateName")))
                out << names(object.value(QLatin1String("alternateName")), depth + 1);
        }
        out.removeDuplicates();
        return out;
    }

    QString text(const QJsonValue &value) const
    {
        if (value.isObject()) {
            const QJsonObject object = resolve(value.toObject());
            for (const QLatin1String key : {QLatin1String("@id"), QLatin1String("url"), QLatin1String("name")}) {
                if (object.value(key).isString())
                    return object.value(key).toString().simplified();
            }
            return {};
        }
        return scalarText(value);
    }

private:
    QList<QJsonObject> m_objects;
    QHash<QString, QJsonObject> m_byId;
};

QJsonObject firstObject(const QJsonValue &value)
{
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray()) {
            if (v.isObject())
                return v.toObject();
        }
        return {};
    }
    return value.toObject();
}

ReviewedClaim reviewFrom(const QJsonObject &object, const JsonLdGraph &graph)
{
    ReviewedClaim review;
    review.claimReviewed = scalarText(object.value(QLatin1String("claimReviewed")));
    const QJsonObject item = graph.resolve(firstObject(object.value(QLatin1String("itemReviewed"))));
    review.claimant = graph.names(item.value(QLatin1String("author"))).join(QLatin1String(", "));
    if (review.claimReviewed.isEmpty()) // some publishers name the claim on the item instead
        review.claimReviewed = scalarText(item.value(QLatin1String("name")));
    const QJsonObject rating = graph.resolve(firstObject(object.value(QLatin1String("reviewRating"))));
    review.rating = scalarText(rating.value(QLatin1String("alternateName")));
    if (review.rating.isEmpty())
        review.rating = scalarText(rating.value(QLatin1String("name")));
    review.ratingValue = scalarText(rating.value(QLatin1String("ratingValue")));
    review.bestRating = scalarText(rating.value(QLatin1String("bestRating")));
    review.worstRating = scalarText(rating.value(QLatin1String("worstRating")));
    review.reviewer = graph.names(object.value(QLatin1String("author"))).join(QLatin1String(", "));
    review.reviewUrl = scalarText(object.value(QLatin1String("url")));
    review.datePublished = scalarText(object.value(QLatin1String("datePublished")));
    return review;
}

/// Real pages wrap JSON-LD in HTML comments or CDATA and leave raw line breaks in strings.
QString cleanJsonLd(QString json)
{
    json = json.trimmed();
    for (const QLatin1String wrapper :
         {QLatin1String("<!--"), QLatin1String("//<![CDATA["), QLatin1String("<![CDATA[")}) {
        if (json.startsWith(wrapper))
            json = json.mid(wrapper.size());
    }
    for (const QLatin1String wrapper : {QLatin1String("-->"), QLatin1String("//]]>"), QLatin1String("]]>")}) {
        if (json.endsWith(wrapper))
            json.chop(wrapper.size());
    }
    for (QChar &c : json) {
        if (c.unicode() < 0x20)
            c = QLatin1Char(' ');
    }
    return json.trimmed();
}

/// What the whole-page walk gathers before anything is decided.
struct PageFacts {
    QString htmlLang;
    QString titleTag;
    QHash<QString, QString> meta; ///< lower-case name/property/itemprop -> first content
    QStringList metaAuthors;      ///< article:author values
    QString canonical;
    QStringList jsonLd;
    QString time;
    QString pubTime;
};

void noteMeta(const GumboNode *node, PageFacts *facts)
{
    const char *content = attribute(node, "content");
    if (!content)
        return;
    const QString value = QString::fromUtf8(content).simplified();
    if (value.isEmpty())
        return;
    for (const char *keyAttr : {"property", "name", "itemprop", "http-equiv"}) {
        const char *key = attribute(node, keyAttr);
        if (!key)
            continue;
        // property="og:title article:author" is legal RDFa: each name counts.
        const QStringList keys = QString::fromUtf8(key).toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &k : keys) {
            if (k == QLatin1String("article:author") || k == QLatin1String("og:article:author"))
                facts->metaAuthors << value;
            if (!facts->meta.contains(k))
                facts->meta.insert(k, value);
        }
    }
}

void noteTime(const GumboNode *node, PageFacts *facts)
{
    const QString datetime = attributeText(node, "datetime").simplified();
    if (datetime.isEmpty())
        return;
    if (facts->time.isEmpty())
        facts->time = datetime;
    const QString itemprop = attributeText(node, "itemprop").toLower();
    if (facts->pubTime.isEmpty() && (attribute(node, "pubdate") || itemprop.contains(QLatin1String("datepublished")) ||
                                     classAndId(node).contains(QLatin1String("publish"))))
        facts->pubTime = datetime;
}

PageFacts gatherFacts(const GumboNode *document)
{
    PageFacts facts;
    std::vector<const GumboNode *> stack{document};
    while (!stack.empty()) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        switch (tag(node)) {
        case GUMBO_TAG_HTML:
            if (facts.htmlLang.isEmpty())
                facts.htmlLang = attributeText(node, "lang").simplified();
            if (facts.htmlLang.isEmpty())
                facts.htmlLang = attributeText(node, "xml:lang").simplified();
            break;
        case GUMBO_TAG_TITLE:
            if (facts.titleTag.isEmpty())
                facts.titleTag = textContent(node);
            continue; // an <svg><title> is not the page's
        case GUMBO_TAG_META:
            noteMeta(node, &facts);
            continue;
        case GUMBO_TAG_LINK:
            if (facts.canonical.isEmpty() &&
                attributeText(node, "rel").toLower().split(QLatin1Char(' ')).contains(QLatin1String("canonical")))
                facts.canonical = attributeText(node, "href").trimmed();
            continue;
        case GUMBO_TAG_SCRIPT:
            if (attributeText(node, "type").trimmed().toLower() == QLatin1String("application/ld+json"))
                facts.jsonLd << textContent(node);
            continue;
        case GUMBO_TAG_TIME:
            noteTime(node, &facts);
            break;
        case GUMBO_TAG_STYLE:
        case GUMBO_TAG_SVG:
            continue;
        default:
            break;
        }
        if (const GumboVector *kids = children(node)) {
            for (unsigned int i = kids->length; i-- > 0;) {
                const GumboNode *kid = child(kids, i);
                if (isElement(kid))
                    stack.push_back(kid);
            }
        }
    }
    return facts;
}

QString firstMeta(const PageFacts &facts, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString value = facts.meta.value(QLatin1String(key));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

QString absoluteUrl(const QString &url, const QString &base)
{
    if (url.isEmpty())
        return {};
    const QUrl parsed(url);
    if (!parsed.isRelative())
        return parsed.scheme().startsWith(QLatin1String("http")) ? url : QString();
    const QUrl baseUrl(base);
    if (base.isEmpty() || baseUrl.isRelative())
        return {};
    return baseUrl.resolved(parsed).toString();
}

QString hostName(const QString &url)
{
    QString host = QUrl(url).host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    return host;
}

/// og:locale "en_US" -> "en-US".
QString languageTag(QString value)
{
    value = value.simplified();
    value.replace(QLatin1Char('_'), QLatin1Char('-'));
    return value;
}

QString alnumLower(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

} // namespace

QString HtmlMetadata::stripByPrefix(const QString &byline)
{
    QString text = byline.simplified();
    for (const QLatin1String prefix :
         {QLatin1String("by "), QLatin1String("par "), QLatin1String("por "), QLatin1String("von "),
          QLatin1String("door "), QLatin1String("di "), QLatin1String("av ")}) {
        if (text.startsWith(prefix, Qt::CaseInsensitive))
            return text.mid(prefix.size()).trimmed();
    }
    if (text.startsWith(QLatin1String("by:"), Qt::CaseInsensitive))
        return text.mid(3).trimmed();
    return text;
}

QString HtmlMetadata::stripSiteName(const QString &title, const QStringList &siteNames)
{
    const QString text = title.simplified();
    static const QStringList kSeparators = {
        QStringLiteral(" | "),      QStringLiteral(" - "),  QStringLiteral(" \u2013 "),
        QStringLiteral(" \u2014 "), QStringLiteral(" :: "), QStringLiteral(" \u00bb "),
        QStringLiteral(" \u00ab "), QStringLiteral(" / "),  QStringLiteral(" · ")};
    QStringList sites;
    for (const QString &site : siteNames) {
        const QString key = alnumLower(site);
        if (key.size() >= 2)
            sites << key;
    }
    auto namesSite = [&sites](const QString &part) {
        const QString key = alnumLower(part);
        if (key.isEmpty())
            return false;
        for (const QString &site : sites) {
            if (key == site || (key.size() >= 3 && site.contains(key)) || (site.size() >= 3 && key.contains(site)))
                return true;
        }
        return false;
    };
    for (const QString &separator : kSeparators) {
        const qsizetype last = text.lastIndexOf(separator);
        if (last > 0 && namesSite(text.mid(last + separator.size())))
            return text.left(last).trimmed();
        const qsizetype first = text.indexOf(separator);
        if (first > 0 && namesSite(text.left(first)))
            return text.mid(first + separator.size()).trimmed();
    }
    return text;
}

bool HtmlMetadata::readJsonLd(const QString &json, QList<QJsonObject> *articles, QList<ReviewedClaim> *reviews)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(cleanJsonLd(json).toUtf8(), &error);
    if (doc.isNull())
        return false;
    JsonLdGraph graph;
    graph.collect(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    for (const QJsonObject &object : graph.objects()) {
        const QStringList typeNames = types(object);
        if (typeNames.contains(QLatin1String("ClaimReview"), Qt::CaseInsensitive)) {
            ReviewedClaim review = reviewFrom(object, graph);
            if (!review.claimReviewed.isEmpty())
                reviews->append(review);
        } else if (isArticleType(typeNames)) {
            // Names resolved here, while the graph is at hand: the caller sees plain values.
            QJsonObject resolved = object;
            resolved.insert(QStringLiteral("@authors"),
                            QJsonArray::fromStringList(graph.names(object.value(QLatin1String("author")))));
            resolved.insert(QStringLiteral("@publisher"),
                            graph.names(object.value(QLatin1String("publisher"))).value(0));
            resolved.insert(QStringLiteral("@url"), graph.text(object.value(QLatin1String("url"))).isEmpty()
                                                        ? graph.text(object.value(QLatin1String("mainEntityOfPage")))
                                                        : graph.text(object.value(QLatin1String("url"))));
            const QJsonValue language = object.value(QLatin1String("inLanguage"));
            resolved.insert(QStringLiteral("@language"),
                            language.isObject()
                                ? scalarText(graph.resolve(language.toObject()).value(QLatin1String("alternateName")))
                                : scalarText(language));
            articles->append(resolved);
        }
    }
    return true;
}

HtmlMetadata HtmlMetadata::read(const GumboInternalNode *document, const QString &baseUrl, QStringList *warnings)
{
    HtmlMetadata meta;
    const PageFacts facts = gatherFacts(document);
    meta.titleTag = facts.titleTag;
    meta.timeDatetime = facts.pubTime.isEmpty() ? facts.time : facts.pubTime;

    QList<QJsonObject> articles;
    int unreadable = 0;
    for (const QString &json : facts.jsonLd) {
        if (!readJsonLd(json, &articles, &meta.reviews))
            ++unreadable;
    }
    if (unreadable > 0)
        *warnings << Sift::tr("%n JSON-LD block(s) on the page could not be read and were ignored", nullptr,
                              unreadable);
    const QJsonObject ld = articles.value(0);
    auto ldText = [&ld](const char *key) { return scalarText(ld.value(QLatin1String(key))); };

    meta.url = absoluteUrl(facts.canonical, baseUrl);
    if (meta.url.isEmpty())
        meta.url = absoluteUrl(firstMeta(facts, {"og:url"}), baseUrl);
    if (meta.url.isEmpty())
        meta.url = absoluteUrl(ldText("@url"), baseUrl);
    if (meta.url.isEmpty())
        meta.url = absoluteUrl(baseUrl, QString());

    meta.outlet = ldText("@publisher");
    if (meta.outlet.isEmpty())
        meta.outlet = firstMeta(facts, {"og:site_name", "application-name", "al:android:app_name"});
    const QString host = hostName(meta.url);
    if (meta.outlet.isEmpty())
        meta.outlet = host;

    QStringList siteNames{meta.outlet, firstMeta(facts, {"og:site_name"}), host};
    if (host.contains(QLatin1Char('.')))
        siteNames << host.section(QLatin1Char('.'), -2, -2);
    QString title = ldText("headline");
    if (title.isEmpty())
        title = firstMeta(facts, {"og:title", "twitter:title", "dc:title", "dc.title", "dcterms.title", "title",
                                  "sailthru.title", "parsely-title"});
    if (title.isEmpty())
        title = facts.titleTag;
    if (title.isEmpty())
        title = ldText("name");
    meta.title = stripSiteName(title, siteNames);

    QStringList authors;
    for (const QJsonValue &v : ld.value(QLatin1String("@authors")).toArray())
        authors << v.toString();
    if (authors.isEmpty()) {
        for (const QString &a : facts.metaAuthors) {
            if (!a.startsWith(QLatin1String("http")) && !a.contains(QLatin1String("://")))
                authors << a;
        }
    }
    if (authors.isEmpty()) {
        // Dublin Core first: a formal vocabulary, where name="author" is often a CMS default.
        const QString a = firstMeta(facts, {"dc:creator", "dc.creator", "dcterms.creator", "author", "byl",
                                            "sailthru.author", "parsely-author"});
        if (!a.isEmpty())
            authors << a;
    }
    authors.removeDuplicates();
    meta.author = stripByPrefix(authors.join(QLatin1String(", ")));

    meta.published = ldText("datePublished");
    if (meta.published.isEmpty())
        meta.published = firstMeta(facts, {"article:published_time",
                                           "og:published_time",
                                           "article:published",
                                           "datepublished",
                                           "date",
                                           "pubdate",
                                           "publishdate",
                                           "publish-date",
                                           "publish_date",
                                           "dc.date.issued",
                                           "dc.date",
                                           "dc:date",
                                           "dcterms.issued",
                                           "dcterms.created",
                                           "dcterms.date",
                                           "sailthru.date",
                                           "parsely-pub-date",
                                           "article.published",
                                           "originalpublicationdate",
                                           "displaydate"});
    meta.modified = ldText("dateModified");
    if (meta.modified.isEmpty())
        meta.modified = firstMeta(facts, {"article:modified_time", "og:updated_time", "datemodified"});

    // <html lang> is what the browser renders the text with; JSON-LD inLanguage is often a site-wide default.
    meta.language = languageTag(facts.htmlLang);
    if (meta.language.isEmpty())
        meta.language = languageTag(ldText("@language"));
    if (meta.language.isEmpty())
        meta.language = languageTag(firstMeta(facts, {"content-language", "dc.language", "dc:language", "og:locale"}));
    return meta;
}

namespace HtmlNodes {

QString textContent(const GumboNode *node)
{
    QString out;
    std::vector<const GumboNode *> stack{node};
    while (!stack.empty()) {
        const GumboNode *n = stack.back();
        stack.pop_back();
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
            out += QString::fromUtf8(n->v.text.text);
            continue;
        }
        if (const GumboVector *kids = children(n)) {
            for (unsigned int i = kids->length; i-- > 0;)
                stack.push_back(child(kids, i));
        }
    }
    return out.simplified();
}

QString classAndId(const GumboNode *node)
{
    const char *cls = attribute(node, "class");
    const char *id = attribute(node, "id");
    if (!cls && !id)
        return {};
    QString out = QString::fromUtf8(cls ? cls : "");
    if (id)
        out += QLatin1Char(' ') + QString::fromUtf8(id);
    return out.toLower();
}

} // namespace HtmlNodes

} // namespace sift
