// Times the annotated report of a large project inside one process, phase by phase:
//   sift-bench-report PROJECT.sift [--articles N] [--claims M] [--format pdf] [--out FILE] [--sections LIST]
//                     [--generate-only]
// A missing PROJECT is first filled with N synthetic articles (default 1000) and M claims (default 5000), with
// entities, incidents and Arabic and Cyrillic passages; run once more on the same file to time the export alone.
// Prints one line per phase (load, chart, build, write) and a summary: wall and CPU seconds, pages, file size,
// peak RSS. --sections narrows the report (summary,timeline,incidents,claims,text,sources,legend) to time a part.

#include "core/domain/TextOffsets.h"
#include "core/export/ExportData.h"
#include "core/export/Exporter.h"
#include "core/export/PdfReportWriter.h"
#include "core/export/ReportBuilder.h"
#include "core/store/ArticleStore.h"
#include "core/store/ClaimStore.h"
#include "core/store/Database.h"
#include "core/store/EntityStore.h"
#include "core/store/IncidentStore.h"
#include "core/store/Store.h"
#include "core/store/VocabularyStore.h"
#include "widgets/TimelineChart.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

namespace {

using namespace sift;

const QStringList kWords = [] {
    return QString::fromLatin1(
               "the ministry said forces border village shelling denied statement officials reported civilians "
               "drone strike depot province spokesman army attack convoy ceasefire talks monitors imagery "
               "residents hospital market crossing brigade militia accused confirmed unverified sources night "
               "district governor casualties artillery rounds damaged positions agency")
        .split(QLatin1Char(' '));
}();

const QStringList kForeign{
    QStringLiteral("Министерство обороны заявило, что ночью были обстреляны позиции у пограничной деревни."),
    QStringLiteral("قالت وزارة الدفاع إن القوات ردت على مصادر النيران قرب المعبر الحدودي."),
};

QString sentence(QRandomGenerator &rng)
{
    const int n = 8 + int(rng.bounded(14));
    QStringList words;
    for (int i = 0; i < n; ++i)
        words << kWords.at(int(rng.bounded(kWords.size())));
    words.first()[0] = words.first().at(0).toUpper();
    return words.join(QLatin1Char(' ')) + QLatin1Char('.');
}

QString body(QRandomGenerator &rng, int index)
{
    QStringList paragraphs;
    const int count = 5 + int(rng.bounded(6));
    for (int p = 0; p < count; ++p) {
        QStringList sentences;
        const int n = 2 + int(rng.bounded(4));
        for (int s = 0; s < n; ++s)
            sentences << sentence(rng);
        if (p == 2 && index % 7 == 0)
            sentences << kForeign.at(index % 2);
        paragraphs << sentences.join(QLatin1Char(' '));
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

void generate(Database &db, int articleCount, int claimCount)
{
    QRandomGenerator rng(20250301);
    Transaction transaction(db);
    EntityStore entities(db);
    QList<qint64> entityIds;
    const QStringList kinds{QStringLiteral("government"), QStringLiteral("armed forces"), QStringLiteral("outlet"),
                            QStringLiteral("wire agency"), QStringLiteral("person")};
    for (int i = 0; i < 60; ++i) {
        Entity e;
        e.name = QStringLiteral("Source %1").arg(i + 1);
        e.kind = kinds.at(i % kinds.size());
        e.reliability = QString(QLatin1Char(char('A' + i % 6)));
        entityIds << entities.insert(e);
    }
    const QList<Status> statuses = VocabularyStore(db).statuses();
    ArticleStore articles(db);
    ClaimStore claims(db);
    QList<qint64> claimIds;
    QList<qint64> articleIds;
    for (int a = 0; a < articleCount; ++a) {
        Article article;
        article.title = QStringLiteral("Synthetic report %1: %2").arg(a + 1).arg(sentence(rng).chopped(1));
        article.outlet = QStringLiteral("Outlet %1").arg(a % 12 + 1);
        article.url = QStringLiteral("https://example.org/bench/%1").arg(a + 1);
        article.published = PartialDate{QDate(2024, 1, 1).addDays(a % 540)};
        article.language = QStringLiteral("en");
        article.body = body(rng, a);
        article.uid = articleUid(article.title, article.body);
        const qint64 articleId = articles.insert(article);
        articleIds << articleId;
        // Spread the claims evenly: each takes a sentence of its own.
        const int wanted = claimCount / articleCount + (a < claimCount % articleCount ? 1 : 0);
        qsizetype from = 0;
        for (int c = 0; c < wanted; ++c) {
            const qsizetype start = article.body.indexOf(QLatin1String(". "), from);
            if (start < 0)
                break;
            const qsizetype end = article.body.indexOf(QLatin1Char('.'), start + 2);
            if (end < 0)
                break;
            Claim claim;
            claim.articleId = articleId;
            claim.anchor = TextOffsets::anchorFor(article.body, start + 2, end);
            claim.statement = QStringLiteral("Paraphrase of claim %1").arg(c + 1);
            claim.claimantId = entityIds.at(int(rng.bounded(entityIds.size())));
            claim.reportedById = entityIds.at(int(rng.bounded(entityIds.size())));
            claim.stance = allStances().at(int(rng.bounded(allStances().size())));
            claim.statusId = statuses.at(int(rng.bounded(statuses.size()))).id;
            claim.credibility = 1 + int(rng.bounded(6));
            claim.rationale = sentence(rng);
            claim.evidence = {QStringLiteral("https://example.org/evidence/%1").arg(claimIds.size() + 1)};
            claim.tags = {QStringLiteral("bench")};
            claimIds << claims.insert(claim);
            from = end + 1;
        }
    }
    IncidentStore incidents(db);
    const QStringList types{QStringLiteral("Battles"), QStringLiteral("Explosions/Remote violence"),
                            QStringLiteral("Protests"), QStringLiteral("Strategic developments")};
    for (int i = 0; i < articleCount / 3; ++i) {
        Incident incident;
        incident.eventDate = PartialDate{QDate(2024, 1, 1).addDays(int(rng.bounded(540)))};
        incident.eventType = types.at(i % types.size());
        incident.actor1Id = entityIds.at(i % entityIds.size());
        incident.location = QStringLiteral("Place %1").arg(i % 40);
        incident.country = QStringLiteral("Varenia");
        incident.fatalities = int(rng.bounded(5));
        incident.notes = sentence(rng);
        incident.statusId = statuses.at(i % statuses.size()).id;
        incident.claimIds = {claimIds.at(int(rng.bounded(claimIds.size())))};
        incident.articleIds = {articleIds.at(int(rng.bounded(articleIds.size())))};
        incidents.insert(incident);
    }
    transaction.commit();
}

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

/// User plus system CPU seconds so far: the steadier figure on a machine with other load.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList args = app.arguments().mid(1);
    int articleCount = 1000;
    int claimCount = 5000;
    QString format = QStringLiteral("pdf");
    QString outPath;
    QString sections;
    bool generateOnly = false;
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--articles") && i + 1 < args.size())
            articleCount = qMax(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--claims") && i + 1 < args.size())
            claimCount = qMax(0, args[++i].toInt());
        else if (args[i] == QLatin1String("--format") && i + 1 < args.size())
            format = args[++i];
        else if (args[i] == QLatin1String("--out") && i + 1 < args.size())
            outPath = args[++i];
        else if (args[i] == QLatin1String("--sections") && i + 1 < args.size())
            sections = args[++i];
        else if (args[i] == QLatin1String("--generate-only"))
            generateOnly = true;
        else
            positional << args[i];
    }
    const std::optional<ExportFormat> exportFormat = exportFormatFromKey(format);
    if (positional.size() != 1 || !exportFormat) {
        out << "usage: sift-bench-report PROJECT.sift [--articles N] [--claims M] [--format pdf] [--out FILE] "
               "[--sections LIST] [--generate-only]\n";
        return 2;
    }
    const QString project = positional.first();
    const bool fresh = !QFileInfo::exists(project);
    Store store;
    if (const QString error = store.open(project, Store::OpenMode::CreateIfMissing); !error.isEmpty()) {
        out << error << '\n';
        return 1;
    }
    QElapsedTimer timer;
    if (fresh) {
        timer.start();
        generate(store.db(), articleCount, claimCount);
        out << QStringLiteral("generate  %1 articles, %2 claims in %3 s\n")
                   .arg(articleCount)
                   .arg(claimCount)
                   .arg(double(timer.elapsed()) / 1000, 0, 'f', 2);
        if (generateOnly)
            return 0;
    }
    QTemporaryDir tmp;
    if (outPath.isEmpty())
        outPath = tmp.filePath(QStringLiteral("report.") + exportFormatSuffix(*exportFormat));

    QElapsedTimer total;
    total.start();
    const double cpuBefore = cpuSeconds();
    timer.start();
    ReportOptions options;
    options.title = QStringLiteral("Benchmark report");
    options.author = QStringLiteral("Sift bench");
    if (!sections.isEmpty()) {
        options.sections = {};
        for (const QString &key : sections.split(QLatin1Char(','))) {
            if (const std::optional<ReportSection> section = reportSectionFromKey(key))
                options.sections |= *section;
        }
    }

    const ExportData data = ExportData::load(store.db(), options);
    const qint64 loadMs = timer.restart();
    const QImage chart = isReportFormat(*exportFormat) && !data.incidents.isEmpty()
                             ? TimelineChart::renderImage(data.timeline(), Exporter::chartSize())
                             : QImage();
    const qint64 chartMs = timer.restart();
    int pages = 0;
    qint64 buildMs = 0;
    if (*exportFormat == ExportFormat::Pdf) {
        // The phases of Exporter::writeFile, timed apart.
        const ReportDocument doc = ReportBuilder::build(data, options, chart);
        buildMs = timer.restart();
        QSaveFile file(outPath);
        if (!file.open(QIODevice::WriteOnly)) {
            out << "cannot write " << outPath << '\n';
            return 1;
        }
        PdfReportWriter writer;
        if (const QString error = writer.write(doc, file); !error.isEmpty() || !file.commit()) {
            out << "export failed: " << error << '\n';
            return 1;
        }
        pages = writer.pageCount();
    } else {
        Exporter exporter(data, options);
        exporter.setChart(chart);
        if (const QString error = exporter.writeFile(*exportFormat, outPath); !error.isEmpty()) {
            out << error << '\n';
            return 1;
        }
    }
    const qint64 writeMs = timer.elapsed();
    const double seconds = double(total.elapsed()) / 1000;
    const double cpu = cpuSeconds() - cpuBefore;
    out << QStringLiteral("load      %1 articles, %2 claims, %3 incidents in %4 s\n")
               .arg(data.articles.size())
               .arg(data.claims.size())
               .arg(data.incidents.size())
               .arg(double(loadMs) / 1000, 0, 'f', 2);
    out << QStringLiteral("chart     %1 s\n").arg(double(chartMs) / 1000, 0, 'f', 2);
    if (buildMs)
        out << QStringLiteral("build     %1 s\n").arg(double(buildMs) / 1000, 0, 'f', 2);
    out << QStringLiteral("write     %1 s (layout and %2)\n").arg(double(writeMs) / 1000, 0, 'f', 2).arg(format);
    out << QStringLiteral("report: %1 s (cpu %6 s), %2 pages, %3 MB, peak RSS %4 MB%5\n")
               .arg(seconds, 0, 'f', 2)
               .arg(pages)
               .arg(double(QFileInfo(outPath).size()) / 1048576, 0, 'f', 1)
               .arg(peakRssMb())
               .arg(fresh ? QStringLiteral(" (includes generating the project; run again for the export alone)")
                          : QString())
               .arg(cpu, 0, 'f', 2);
    return 0;
}
