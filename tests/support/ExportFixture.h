#pragma once

// A small, deterministic project for the export tests (header-only, so no build file changes): articles in
// English with emoji, Arabic and Russian, claims with every field filled (one note is an XSS probe, one has
// commas, quotes and a line break), a claim link, and incidents at day, week and no precision.

#include "core/domain/TextOffsets.h"
#include "core/export/ReportOptions.h"
#include "core/store/ArticleStore.h"
#include "core/store/ClaimStore.h"
#include "core/store/EntityStore.h"
#include "core/store/IncidentStore.h"
#include "core/store/Store.h"
#include "core/store/VocabularyStore.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace sift::test {

inline const QString kXssNote = QStringLiteral("<script>alert(1)</script>\"><img src=x onerror=alert(1)>");

class ExportFixture
{
public:
    QTemporaryDir dir;
    Store store;
    QList<qint64> articleIds;
    QList<qint64> claimIds;
    QList<qint64> incidentIds;

    QString path() const { return dir.filePath(QStringLiteral("fixture.sift")); }

    /// Creates the project; false (with a test failure message) when the store refuses.
    bool build()
    {
        if (const QString error = store.open(path(), Store::OpenMode::CreateIfMissing); !error.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        addEntities();
        addArticles();
        addClaims();
        addIncidents();
        return true;
    }

    static ReportOptions options()
    {
        ReportOptions o;
        o.title = QStringLiteral("Border incidents review");
        o.author = QStringLiteral("Desk <Ostrel & Varenia>");
        o.generatedAt = QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
        return o;
    }

    static QString body1()
    {
        return QStringLiteral(
            "Varenia's defence ministry said on Sunday that Ostreli artillery had shelled the border village of "
            "Halden \U0001F525, killing two civilians.\n\nOstrel's army denied the claim, calling it \"a "
            "fabrication\" \U0001F44E and saying its units had not fired.\n\nReuters could not independently verify "
            "either account, 2 sources said.");
    }

    /// Dates and Sift ids that differ from run to run become placeholders, so golden files compare.
    static QString normalized(QString text)
    {
        static const QRegularExpression stamp(
            QStringLiteral(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?)"));
        return text.replace(stamp, QStringLiteral("<datetime>")).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    }

private:
    QHash<QString, qint64> m_entities;

    void addEntities()
    {
        EntityStore entities(store.db());
        auto add = [&](const char *name, const char *kind, const char *reliability) {
            Entity e;
            e.name = QString::fromUtf8(name);
            e.kind = QString::fromUtf8(kind);
            e.reliability = QString::fromUtf8(reliability);
            m_entities.insert(e.name, entities.insert(e));
        };
        add("Varenia defence ministry", "government", "C");
        add("Ostrel army", "armed forces", "D");
        add("Meridian Wire", "outlet", "B");
        add("Reuters", "wire agency", "A");
        add("Border militia", "armed group", "");
        add("Dmitry Peskov", "person", "C");
        add("Interfax", "outlet", "B");
    }

    void addArticles()
    {
        ArticleStore articles(store.db());
        auto add = [&](const QString &title, const char *outlet, const char *url, const PartialDate &published,
                       const char *language, const QString &body) {
            Article a;
            a.title = title;
            a.outlet = QString::fromUtf8(outlet);
            a.url = QString::fromUtf8(url);
            a.author = a.outlet == QLatin1String("Meridian Wire") ? QStringLiteral("Sabine Orlev") : QString();
            a.published = published;
            a.language = QString::fromUtf8(language);
            a.body = body;
            a.importedAt = QDateTime(QDate(2025, 2, 1), QTime(9, 0), Qt::UTC);
            a.uid = articleUid(a.title, a.body);
            articleIds << articles.insert(a);
        };
        add(QStringLiteral("Varenia says Ostreli shelling hit Halden \U0001F680"), "Meridian Wire",
            "https://example.org/meridian/2025/01/06/halden", PartialDate{QDate(2025, 1, 6)}, "en", body1());
        add(QStringLiteral("ميليشيا حدودية تنفي الهجوم بقذائف الهاون"), "Asharq Al-Awsat", "",
            PartialDate{QDate(2025, 1, 23)}, "ar",
            QStringLiteral("نفت الميليشيا الحدودية مسؤوليتها عن الهجوم على القرية. وقال متحدث باسمها إن الاتهامات لا "
                           "أساس لها من الصحة."));
        add(QStringLiteral("Кремль не подтвердил и не опроверг сообщения о переговорах"), "Interfax",
            "https://example.org/interfax/talks", PartialDate{QDate(2025, 2, 1), DatePrecision::Month}, "ru",
            QStringLiteral("Песков заявил, что «комментировать эти сообщения пока нечего». \U0001F636\n\n"
                           "Источники в Москве сообщили о встрече в Стамбуле."));
        add(QStringLiteral("Undated wire round-up"), "Meridian Wire", "", PartialDate{}, "en",
            QStringLiteral("A round-up with no claims marked yet."));
    }

    qint64 addClaim(qint64 articleId, const QString &body, const QString &quote, const char *claimant,
                    const char *reportedBy, Stance stance, const char *status, int credibility,
                    const QString &rationale, const QStringList &evidence, const QStringList &tags, const QString &note,
                    const QString &statement = {})
    {
        VocabularyStore vocabulary(store.db());
        Claim c;
        c.articleId = articleId;
        const std::optional<TextAnchor> anchor = TextOffsets::anchorForQuote(body, quote);
        if (!anchor)
            qWarning("fixture quote not in body: %s", qPrintable(quote));
        c.anchor = anchor.value_or(TextAnchor{});
        c.claimantId = m_entities.value(QString::fromUtf8(claimant));
        c.reportedById = m_entities.value(QString::fromUtf8(reportedBy));
        c.stance = stance;
        c.statusId = vocabulary.statusByName(QString::fromUtf8(status))->id;
        c.credibility = credibility;
        c.rationale = rationale;
        c.evidence = evidence;
        c.tags = tags;
        c.note = note;
        c.statement = statement;
        c.createdAt = QDateTime(QDate(2025, 2, 2), QTime(10, 30), Qt::UTC);
        c.createdBy = QStringLiteral("analyst");
        c.updatedAt = c.createdAt;
        c.updatedBy = c.createdBy;
        const qint64 id = ClaimStore(store.db()).insert(c);
        claimIds << id;
        return id;
    }

    void addClaims()
    {
        ArticleStore articles(store.db());
        const QString b1 = articles.body(articleIds.at(0));
        addClaim(
            articleIds.at(0), b1,
            QStringLiteral("Ostreli artillery had shelled the border village of Halden \U0001F525"),
            "Varenia defence ministry", "Meridian Wire", Stance::Asserts, "Disputed", 3,
            QStringLiteral("Only one side's account; no imagery yet."),
            {QStringLiteral("https://example.org/evidence/halden-imagery"), QStringLiteral("Satellite pass, 7 Jan")},
            {QStringLiteral("shelling"), QStringLiteral("border")}, kXssNote, QStringLiteral("Ostrel shelled Halden"));
        addClaim(articleIds.at(0), b1, QStringLiteral("calling it \"a fabrication\" \U0001F44E"), "Ostrel army", "",
                 Stance::Denies, "Disputed", 3, QStringLiteral("Flat denial, no detail."), {},
                 {QStringLiteral("denial")}, QStringLiteral("Commas, \"quotes\",\nand a second line"));
        addClaim(articleIds.at(0), b1, QStringLiteral("Reuters could not independently verify either account"),
                 "Reuters", "Reuters", Stance::Reports, "Cannot be verified", 6, {}, {}, {}, {});
        ClaimLink link;
        link.fromClaim = claimIds.at(1);
        link.toClaim = claimIds.at(0);
        link.relation = ClaimRelation::Contradicts;
        ClaimStore(store.db()).addLink(link);

        addClaim(articleIds.at(1), articles.body(articleIds.at(1)), QStringLiteral("إن الاتهامات لا أساس لها من الصحة"),
                 "Border militia", "", Stance::Denies, "Unconfirmed", 4, QStringLiteral("No second source."), {}, {},
                 {});
        addClaim(articleIds.at(2), articles.body(articleIds.at(2)),
                 QStringLiteral("«комментировать эти сообщения пока нечего»"), "Dmitry Peskov", "Interfax",
                 Stance::NeitherConfirmsNorDenies, "Unverified", 0, {}, {}, {QStringLiteral("talks")}, {});
    }

    void addIncidents()
    {
        IncidentStore incidents(store.db());
        VocabularyStore vocabulary(store.db());
        Incident a;
        a.eventDate = PartialDate{QDate(2025, 1, 5)};
        a.eventType = QStringLiteral("Explosions/Remote violence");
        a.subEventType = QStringLiteral("Shelling/artillery/missile attack");
        a.actor1Id = m_entities.value(QStringLiteral("Ostrel army"));
        a.country = QStringLiteral("Varenia");
        a.admin1 = QStringLiteral("North");
        a.location = QStringLiteral("Halden");
        a.latitude = 45.1234;
        a.longitude = 33.5;
        a.geoPrecision = 1;
        a.fatalities = 2;
        a.notes = QStringLiteral("Two killed, says Varenia; Ostrel denies \"any\" firing,\nsecond line");
        a.statusId = vocabulary.statusByName(QStringLiteral("Disputed"))->id;
        a.sourceKey = QStringLiteral("VAR1001");
        a.claimIds = {claimIds.at(0), claimIds.at(1)};
        a.articleIds = {articleIds.at(0)};
        incidentIds << incidents.insert(a);

        Incident b;
        b.eventDate = PartialDate{QDate(2025, 1, 20), DatePrecision::Week};
        b.eventType = QStringLiteral("Violence against civilians");
        b.subEventType = QStringLiteral("Attack");
        b.actor1Id = m_entities.value(QStringLiteral("Border militia"));
        b.country = QStringLiteral("Ostrel");
        b.location = QStringLiteral("Kessen");
        b.notes = QStringLiteral("قرية حدودية");
        b.statusId = vocabulary.statusByName(QStringLiteral("Unconfirmed"))->id;
        b.claimIds = {claimIds.at(3)};
        b.articleIds = {articleIds.at(1)};
        incidentIds << incidents.insert(b);

        Incident c;
        c.eventType = QStringLiteral("Strategic developments");
        c.subEventType = QStringLiteral("Agreement");
        c.location = QStringLiteral("Istanbul");
        c.notes = QStringLiteral("Talks reported; Кремль silent");
        c.statusId = vocabulary.statusByName(QStringLiteral("Unverified"))->id;
        c.claimIds = {claimIds.at(4)};
        c.articleIds = {articleIds.at(2)};
        incidentIds << incidents.insert(c);
    }
};

} // namespace sift::test

namespace sift::test {

/// Compares text with tests/data/golden/name. SIFT_UPDATE_GOLDEN=1 rewrites the golden file instead; on a
/// mismatch the actual text is left next to the build as name.actual for a diff.
inline bool matchesGolden(const QString &name, const QString &actual, QString *message)
{
    const QString path = QStringLiteral(SIFT_TEST_DATA "/golden/") + name;
    if (qEnvironmentVariableIsSet("SIFT_UPDATE_GOLDEN")) {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        out.write(actual.toUtf8());
        return true;
    }
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        *message = QStringLiteral("golden file %1 missing (run with SIFT_UPDATE_GOLDEN=1 to create it)").arg(path);
        return false;
    }
    const QString expected = QString::fromUtf8(in.readAll());
    if (expected == actual)
        return true;
    QFile dump(name + QStringLiteral(".actual"));
    if (dump.open(QIODevice::WriteOnly | QIODevice::Truncate))
        dump.write(actual.toUtf8());
    qsizetype at = 0;
    while (at < expected.size() && at < actual.size() && expected.at(at) == actual.at(at))
        ++at;
    *message = QStringLiteral("%1 differs from the golden file at character %2: expected \"%3\", got \"%4\" "
                              "(actual output in %5)")
                   .arg(name)
                   .arg(at)
                   .arg(expected.mid(at, 60), actual.mid(at, 60), QFileInfo(dump).absoluteFilePath());
    return false;
}

} // namespace sift::test
