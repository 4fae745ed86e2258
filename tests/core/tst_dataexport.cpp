#include "core/domain/TextOffsets.h"
#include "core/export/DataExport.h"
#include "core/export/ExportData.h"
#include "core/ingest/CsvReader.h"
#include "core/ingest/IncidentImporter.h"
#include "core/store/ArticleStore.h"
#include "core/store/IncidentStore.h"
#include "support/ExportFixture.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sift;

namespace {

QJsonArray parseArray(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("%s", qPrintable(error.errorString()));
    return doc.array();
}

/// The columns of a CSV export by header name, row by row.
QList<QHash<QString, QString>> csvRecords(const QByteArray &csv)
{
    const CsvReader::Result read = CsvReader().read(QString::fromUtf8(csv));
    QList<QHash<QString, QString>> out;
    if (!read.ok() || read.rows.isEmpty())
        return out;
    const QStringList header = read.rows.first();
    for (qsizetype r = 1; r < read.rows.size(); ++r) {
        QHash<QString, QString> record;
        for (qsizetype c = 0; c < header.size(); ++c)
            record.insert(header.at(c), read.rows.at(r).value(c));
        out << record;
    }
    return out;
}

/// The first JSON-LD block of a schema.org examples file (the format SOURCE.md describes).
QJsonObject firstJsonExample(const QString &path)
{
    const QString text = QString::fromUtf8(test::readFile(path));
    const QString open = QStringLiteral("<script type=\"application/ld+json\">");
    const qsizetype start = text.indexOf(open);
    const qsizetype end = text.indexOf(QStringLiteral("</script>"), start);
    if (start < 0 || end < 0)
        return {};
    return QJsonDocument::fromJson(text.mid(start + open.size(), end - start - open.size()).toUtf8()).object();
}

} // namespace

/// The data exports: golden CSV and JSON, CSV that survives a round trip, ClaimReview and Web Annotation
/// JSON-LD that neighbouring tools can read.
class TestDataExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void claimsCsvMatchesGolden();
    void incidentsCsvMatchesGolden();
    void jsonMatchesGolden();
    void claimsCsvRoundTrips();
    void incidentsCsvRoundTrips();
    void incidentsCsvReimports();
    void jsonHoldsScope();
    void claimReviewCarriesFields();
    void claimReviewHasSchemaOrgShape();
    void webAnnotationPositionsYieldQuotes();
    void webAnnotationCarriesBodiesAndCreator();
    void orphanedClaimHasNoPosition();

private:
    ExportData data(const ReportOptions &options = test::ExportFixture::options()) const
    {
        return ExportData::load(m_fixture->store.db(), options);
    }

    std::unique_ptr<test::ExportFixture> m_fixture;
};

void TestDataExport::init()
{
    m_fixture = std::make_unique<test::ExportFixture>();
    QVERIFY(m_fixture->build());
}

void TestDataExport::cleanup()
{
    m_fixture.reset();
}

void TestDataExport::claimsCsvMatchesGolden()
{
    QString message;
    QVERIFY2(test::matchesGolden(QStringLiteral("claims.csv"),
                                 test::ExportFixture::normalized(QString::fromUtf8(DataExport::claimsCsv(data()))),
                                 &message),
             qPrintable(message));
}

void TestDataExport::incidentsCsvMatchesGolden()
{
    QString message;
    QVERIFY2(test::matchesGolden(QStringLiteral("incidents.csv"),
                                 test::ExportFixture::normalized(QString::fromUtf8(DataExport::incidentsCsv(data()))),
                                 &message),
             qPrintable(message));
}

void TestDataExport::jsonMatchesGolden()
{
    QString message;
    const QByteArray json = DataExport::json(data(), test::ExportFixture::options());
    QVERIFY2(test::matchesGolden(QStringLiteral("export.json"),
                                 test::ExportFixture::normalized(QString::fromUtf8(json)), &message),
             qPrintable(message));
}

void TestDataExport::claimsCsvRoundTrips()
{
    const ExportData d = data();
    const QByteArray csv = DataExport::claimsCsv(d);
    QVERIFY(csv.startsWith("id,article_id,article_title,"));
    QVERIFY(csv.contains("\r\n"));
    const QList<QHash<QString, QString>> records = csvRecords(csv);
    QCOMPARE(records.size(), d.claims.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        const Claim &c = d.claims.at(i);
        const QHash<QString, QString> &r = records.at(i);
        QCOMPARE(r.value(QStringLiteral("id")).toLongLong(), c.id);
        QCOMPARE(r.value(QStringLiteral("quote")), c.anchor.quote);
        QCOMPARE(r.value(QStringLiteral("note")), c.note);
        QCOMPARE(r.value(QStringLiteral("rationale")), c.rationale);
        QCOMPARE(r.value(QStringLiteral("claimant")), c.claimant);
        QCOMPARE(r.value(QStringLiteral("status")), c.status);
        QCOMPARE(r.value(QStringLiteral("start")).toLongLong(), c.anchor.start);
        QCOMPARE(r.value(QStringLiteral("evidence")).split(QLatin1Char('\n'), Qt::SkipEmptyParts), c.evidence);
    }
    QCOMPARE(records.at(1).value(QStringLiteral("note")), QStringLiteral("Commas, \"quotes\",\nand a second line"));
    QCOMPARE(records.at(0).value(QStringLiteral("note")), test::kXssNote);
    QCOMPARE(records.at(0).value(QStringLiteral("incidents")), QString::number(m_fixture->incidentIds.at(0)));
}

void TestDataExport::incidentsCsvRoundTrips()
{
    const ExportData d = data();
    const QList<QHash<QString, QString>> records = csvRecords(DataExport::incidentsCsv(d));
    QCOMPARE(records.size(), 3);
    const QHash<QString, QString> &first = records.at(0);
    QCOMPARE(first.value(QStringLiteral("event_id_cnty")), QStringLiteral("VAR1001"));
    QCOMPARE(first.value(QStringLiteral("event_date")), QStringLiteral("2025-01-05"));
    QCOMPARE(first.value(QStringLiteral("time_precision")), QStringLiteral("1"));
    QCOMPARE(first.value(QStringLiteral("latitude")), QStringLiteral("45.1234"));
    QCOMPARE(first.value(QStringLiteral("fatalities")), QStringLiteral("2"));
    QCOMPARE(first.value(QStringLiteral("notes")),
             QStringLiteral("Two killed, says Varenia; Ostrel denies \"any\" firing,\nsecond line"));
    QCOMPARE(records.at(1).value(QStringLiteral("time_precision")), QStringLiteral("2"));
    QCOMPARE(records.at(1).value(QStringLiteral("event_id_cnty")),
             QStringLiteral("SIFT%1").arg(m_fixture->incidentIds.at(1)));
    QCOMPARE(records.at(1).value(QStringLiteral("notes")), QStringLiteral("قرية حدودية"));
    QCOMPARE(records.at(2).value(QStringLiteral("event_date")), QString());
    QCOMPARE(records.at(2).value(QStringLiteral("fatalities")), QString());
    // ACLED's names come first, in the codebook's order.
    QCOMPARE(DataExport::incidentsCsvHeader().mid(0, 16),
             (QStringList{QStringLiteral("event_id_cnty"), QStringLiteral("event_date"),
                          QStringLiteral("time_precision"), QStringLiteral("event_type"),
                          QStringLiteral("sub_event_type"), QStringLiteral("actor1"), QStringLiteral("actor2"),
                          QStringLiteral("country"), QStringLiteral("admin1"), QStringLiteral("admin2"),
                          QStringLiteral("location"), QStringLiteral("latitude"), QStringLiteral("longitude"),
                          QStringLiteral("geo_precision"), QStringLiteral("fatalities"), QStringLiteral("notes")}));
}

void TestDataExport::incidentsCsvReimports()
{
    // What Sift writes, Sift's own ACLED importer reads back.
    const QByteArray csv = DataExport::incidentsCsv(data());
    QTemporaryDir dir;
    Store other;
    QCOMPARE(other.open(dir.filePath(QStringLiteral("other.sift")), Store::OpenMode::CreateIfMissing), QString());
    const IncidentImportSummary summary = IncidentImporter(other.db()).importText(QString::fromUtf8(csv));
    QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
    QCOMPARE(summary.imported, 3);
    const QList<Incident> back = IncidentStore(other.db()).incidents();
    const QList<Incident> original = data().incidents;
    QCOMPARE(back.size(), original.size());
    for (qsizetype i = 0; i < back.size(); ++i) {
        QCOMPARE(back.at(i).eventDate, original.at(i).eventDate);
        QCOMPARE(back.at(i).eventType, original.at(i).eventType);
        QCOMPARE(back.at(i).subEventType, original.at(i).subEventType);
        QCOMPARE(back.at(i).location, original.at(i).location);
        QCOMPARE(back.at(i).notes, original.at(i).notes);
        QCOMPARE(back.at(i).fatalities, original.at(i).fatalities);
        QCOMPARE(back.at(i).latitude, original.at(i).latitude);
        QCOMPARE(back.at(i).status, original.at(i).status);
        QCOMPARE(back.at(i).actor1, original.at(i).actor1);
    }
}

void TestDataExport::jsonHoldsScope()
{
    ReportOptions options = test::ExportFixture::options();
    options.articleIds = {m_fixture->articleIds.at(0)};
    const QJsonObject root = QJsonDocument::fromJson(DataExport::json(data(options), options)).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("sift-export"));
    QCOMPARE(root.value(QStringLiteral("articles")).toArray().size(), 1);
    QCOMPARE(root.value(QStringLiteral("claims")).toArray().size(), 3);
    QCOMPARE(root.value(QStringLiteral("links")).toArray().size(), 1);
    QCOMPARE(root.value(QStringLiteral("incidents")).toArray().size(), 1);
    QCOMPARE(root.value(QStringLiteral("statuses")).toArray().size(), 8);
    QStringList entities;
    for (const QJsonValue &e : root.value(QStringLiteral("entities")).toArray())
        entities << e.toObject().value(QStringLiteral("name")).toString();
    QCOMPARE(entities, (QStringList{QStringLiteral("Meridian Wire"), QStringLiteral("Ostrel army"),
                                    QStringLiteral("Reuters"), QStringLiteral("Varenia defence ministry")}));
    const QJsonObject article = root.value(QStringLiteral("articles")).toArray().first().toObject();
    QCOMPARE(article.value(QStringLiteral("body")).toString(), test::ExportFixture::body1());
}

void TestDataExport::claimReviewCarriesFields()
{
    const ExportData d = data();
    const QJsonArray reviews = parseArray(DataExport::claimReview(d, test::ExportFixture::options()));
    QCOMPARE(reviews.size(), d.claims.size());
    for (qsizetype i = 0; i < reviews.size(); ++i) {
        const Claim &c = d.claims.at(i);
        const QJsonObject r = reviews.at(i).toObject();
        QCOMPARE(r.value(QStringLiteral("@context")).toString(), QStringLiteral("https://schema.org"));
        QCOMPARE(r.value(QStringLiteral("@type")).toString(), QStringLiteral("ClaimReview"));
        QCOMPARE(r.value(QStringLiteral("claimReviewed")).toString(),
                 c.statement.isEmpty() ? c.anchor.quote : c.statement);
        QCOMPARE(r.value(QStringLiteral("datePublished")).toString(), QStringLiteral("2025-03-01"));
        const QJsonObject author = r.value(QStringLiteral("author")).toObject();
        QCOMPARE(author.value(QStringLiteral("@type")).toString(), QStringLiteral("Organization"));
        QCOMPARE(author.value(QStringLiteral("name")).toString(), QStringLiteral("Desk <Ostrel & Varenia>"));

        const Status status = *d.status(c.status);
        const QJsonObject rating = r.value(QStringLiteral("reviewRating")).toObject();
        QCOMPARE(rating.value(QStringLiteral("@type")).toString(), QStringLiteral("Rating"));
        QCOMPARE(rating.value(QStringLiteral("alternateName")).toString(), status.alternateName);
        QCOMPARE(rating.value(QStringLiteral("ratingValue")).toInt(), status.ratingValue);
        QCOMPARE(rating.value(QStringLiteral("bestRating")).toInt(), 5);
        QCOMPARE(rating.value(QStringLiteral("worstRating")).toInt(), 1);

        const QJsonObject item = r.value(QStringLiteral("itemReviewed")).toObject();
        QCOMPARE(item.value(QStringLiteral("@type")).toString(), QStringLiteral("Claim"));
        const QJsonObject claimant = item.value(QStringLiteral("author")).toObject();
        QCOMPARE(claimant.value(QStringLiteral("name")).toString(), c.claimant);
        QCOMPARE(claimant.value(QStringLiteral("@type")).toString(), c.claimant == QLatin1String("Dmitry Peskov")
                                                                         ? QStringLiteral("Person")
                                                                         : QStringLiteral("Organization"));
        const Article *a = d.article(c.articleId);
        const QJsonObject appearance = item.value(QStringLiteral("appearance")).toObject();
        QCOMPARE(appearance.value(QStringLiteral("@type")).toString(), QStringLiteral("CreativeWork"));
        QCOMPARE(appearance.value(QStringLiteral("url")).toString(),
                 a->url.isEmpty() ? DataExport::articleUrn(a->id) : a->url);
        QCOMPARE(item.value(QStringLiteral("datePublished")).toString(), a->published.toIso());
    }
    // The status mapping reaches the rating: "Cannot be verified" is published as "Unverifiable".
    QCOMPARE(reviews.at(2)
                 .toObject()
                 .value(QStringLiteral("reviewRating"))
                 .toObject()
                 .value(QStringLiteral("alternateName")),
             QJsonValue(QStringLiteral("Unverifiable")));
}

void TestDataExport::claimReviewHasSchemaOrgShape()
{
    // schema.org's own example (eg-0324), read from ../shared; never copied into the repository.
    const QJsonObject example = firstJsonExample(test::sharedPath(
        QStringLiteral("corpora/claimreview/schemaorg-examples/sdo-ClaimReview-issue-1061-examples.txt")));
    if (example.isEmpty())
        QSKIP("the schema.org ClaimReview examples are not in ../shared");
    const QJsonObject ours =
        parseArray(DataExport::claimReview(data(), test::ExportFixture::options())).first().toObject();
    QCOMPARE(ours.value(QStringLiteral("@context")), example.value(QStringLiteral("@context")));
    QCOMPARE(ours.value(QStringLiteral("@type")), example.value(QStringLiteral("@type")));
    for (const char *key : {"datePublished", "author", "claimReviewed", "reviewRating", "itemReviewed"}) {
        QVERIFY2(example.contains(QLatin1String(key)), key);
        QVERIFY2(ours.contains(QLatin1String(key)), key);
        QCOMPARE(ours.value(QLatin1String(key)).type(), example.value(QLatin1String(key)).type());
    }
    const QJsonObject theirRating = example.value(QStringLiteral("reviewRating")).toObject();
    const QJsonObject ourRating = ours.value(QStringLiteral("reviewRating")).toObject();
    for (const QString &key : theirRating.keys()) {
        if (key != QLatin1String("image"))
            QVERIFY2(ourRating.contains(key), qPrintable(key));
    }
    QCOMPARE(ourRating.value(QStringLiteral("ratingValue")).type(),
             theirRating.value(QStringLiteral("ratingValue")).type());
    const QJsonObject theirAuthor =
        example.value(QStringLiteral("itemReviewed")).toObject().value(QStringLiteral("author")).toObject();
    const QJsonObject ourAuthor =
        ours.value(QStringLiteral("itemReviewed")).toObject().value(QStringLiteral("author")).toObject();
    QVERIFY(theirAuthor.contains(QStringLiteral("@type")) && ourAuthor.contains(QStringLiteral("@type")));
    QVERIFY(theirAuthor.contains(QStringLiteral("name")) && ourAuthor.contains(QStringLiteral("name")));
}

void TestDataExport::webAnnotationPositionsYieldQuotes()
{
    const ExportData d = data();
    const QJsonArray annotations = parseArray(DataExport::webAnnotations(d, test::ExportFixture::options()));
    QCOMPARE(annotations.size(), d.claims.size());
    ArticleStore articles(m_fixture->store.db());
    bool sawAstralOffset = false;
    for (const QJsonValue &value : annotations) {
        const QJsonObject target = value.toObject().value(QStringLiteral("target")).toObject();
        const QString source = target.value(QStringLiteral("source")).toString();
        const Article *article = nullptr;
        for (const Article &a : d.articles) {
            if (source == (a.url.isEmpty() ? DataExport::articleUrn(a.id) : a.url))
                article = &a;
        }
        QVERIFY2(article, qPrintable(source));
        const QString body = articles.body(article->id);
        QJsonObject quote;
        QJsonObject position;
        for (const QJsonValue &s : target.value(QStringLiteral("selector")).toArray()) {
            const QString type = s.toObject().value(QStringLiteral("type")).toString();
            (type == QLatin1String("TextQuoteSelector") ? quote : position) = s.toObject();
        }
        QCOMPARE(position.value(QStringLiteral("type")).toString(), QStringLiteral("TextPositionSelector"));
        const qint64 start = position.value(QStringLiteral("start")).toInteger();
        const qint64 end = position.value(QStringLiteral("end")).toInteger();
        const QString exact = quote.value(QStringLiteral("exact")).toString();
        // Code points, not UTF-16 units: the slice in code points is the quote.
        QCOMPARE(TextOffsets::slice(body, start, end), exact);
        QCOMPARE(end - start, TextOffsets::codePointLength(exact));
        QVERIFY(body.contains(quote.value(QStringLiteral("prefix")).toString() + exact));
        QVERIFY(body.contains(exact + quote.value(QStringLiteral("suffix")).toString()));
        // After an emoji the UTF-16 index runs ahead of the code-point offset.
        if (body.indexOf(exact) != start)
            sawAstralOffset = true;
    }
    QVERIFY(sawAstralOffset);
}

void TestDataExport::webAnnotationCarriesBodiesAndCreator()
{
    const ExportData d = data();
    const QJsonArray annotations = parseArray(DataExport::webAnnotations(d, test::ExportFixture::options()));
    const QJsonObject first = annotations.first().toObject();
    QCOMPARE(first.value(QStringLiteral("@context")).toString(), QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
    QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("Annotation"));
    QCOMPARE(first.value(QStringLiteral("id")).toString(),
             QStringLiteral("urn:sift:claim:%1").arg(d.claims.first().id));
    QCOMPARE(first.value(QStringLiteral("created")).toString(), QStringLiteral("2025-02-02T10:30:00Z"));
    QCOMPARE(first.value(QStringLiteral("creator")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("analyst"));
    QMultiHash<QString, QString> bodies;
    for (const QJsonValue &b : first.value(QStringLiteral("body")).toArray()) {
        QCOMPARE(b.toObject().value(QStringLiteral("type")).toString(), QStringLiteral("TextualBody"));
        bodies.insert(b.toObject().value(QStringLiteral("purpose")).toString(),
                      b.toObject().value(QStringLiteral("value")).toString());
    }
    QCOMPARE(bodies.value(QStringLiteral("assessing")), QStringLiteral("Disputed"));
    QCOMPARE(bodies.value(QStringLiteral("classifying")), QStringLiteral("asserts"));
    QStringList tags = bodies.values(QStringLiteral("tagging"));
    tags.sort();
    QCOMPARE(tags, (QStringList{QStringLiteral("border"), QStringLiteral("shelling")}));
    QCOMPARE(first.value(QStringLiteral("target")).toObject().value(QStringLiteral("source")).toString(),
             QStringLiteral("https://example.org/meridian/2025/01/06/halden"));
    // The Arabic article has no address: its target is named by Sift's URN.
    QCOMPARE(annotations.at(3).toObject().value(QStringLiteral("target")).toObject().value(QStringLiteral("source")),
             QJsonValue(DataExport::articleUrn(m_fixture->articleIds.at(1))));
}

void TestDataExport::orphanedClaimHasNoPosition()
{
    Claim lost;
    lost.articleId = m_fixture->articleIds.at(0);
    lost.anchor = TextAnchor{5, 12, QStringLiteral("words that were edited away"), {}, {}};
    lost.statusId = VocabularyStore(m_fixture->store.db()).defaultStatus().id;
    const qint64 id = ClaimStore(m_fixture->store.db()).insert(lost);
    const QJsonArray annotations = parseArray(DataExport::webAnnotations(data(), test::ExportFixture::options()));
    for (const QJsonValue &a : annotations) {
        if (a.toObject().value(QStringLiteral("id")).toString() != QStringLiteral("urn:sift:claim:%1").arg(id))
            continue;
        const QJsonArray selectors =
            a.toObject().value(QStringLiteral("target")).toObject().value(QStringLiteral("selector")).toArray();
        QCOMPARE(selectors.size(), 1);
        QCOMPARE(selectors.first().toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("TextQuoteSelector"));
        return;
    }
    QFAIL("the orphaned claim is missing");
}

QTEST_GUILESS_MAIN(TestDataExport)
#include "tst_dataexport.moc"
