// sift-crash: runs import and edit workloads through sift-cli and SIGKILLs the process at random moments.
// After every kill, `sift-cli check` must pass and every edit acknowledged before the kill must be in the
// project; an edit that was killed may be there or not, but an import is there whole or not at all.
//
//   sift-crash [--kills N] [--seed S] [--cli PATH] [--work DIR] [--articles-per-file N] [--verbose]
//
// Acknowledged means sift-cli exited 0 (claim add also printed the new id): it exits only after its commit.
#include "core/store/Database.h"
#include "core/store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

#include <cstdio>
#include <map>
#include <memory>
#include <optional>

using namespace sift;

namespace {

enum class Op { Import, ClaimAdd, ClaimSet, ArticleSet };
constexpr int kOpCount = 4;

const char *opName(Op op)
{
    switch (op) {
    case Op::Import:
        return "import";
    case Op::ClaimAdd:
        return "claim add";
    case Op::ClaimSet:
        return "claim set";
    case Op::ArticleSet:
        return "article set";
    }
    return "?";
}

/// A field that edits overwrite: the last acknowledged value, and every value a killed edit may have left since.
struct Tracked {
    std::optional<QString> acked; ///< nullopt: never edited with acknowledgement, any earlier value goes
    QSet<QString> maybe;

    void attempt(const QString &value, bool acknowledged)
    {
        if (acknowledged) {
            acked = value;
            maybe.clear();
        } else {
            maybe.insert(value);
        }
    }
    bool allows(const QString &value, const QString &original) const
    {
        return maybe.contains(value) || value == acked.value_or(original);
    }
};

struct ImportFile {
    QString path;
    QStringList titles;
    bool acked = false;
    bool attempted = false;
};

struct Stats {
    int kills = 0;
    int killsPerOp[kOpCount] = {};
    int finishedRuns = 0;
    int killedButCommitted = 0; ///< the kill came after the commit, before the exit
    int checksPassed = 0;
    qint64 ackedEdits = 0;
    qint64 editChecks = 0; ///< acknowledged edits verified, summed over every verification
    int ackedImports = 0;
    int ackedImportArticles = 0;
};

class Harness
{
public:
    Harness(QString cli, QString work, quint32 seed, int articlesPerFile, bool verbose)
        : m_cli(std::move(cli))
        , m_work(std::move(work))
        , m_random(seed)
        , m_articlesPerFile(articlesPerFile)
        , m_verbose(verbose)
    {
        m_project = m_work + QStringLiteral("/crash.sift");
    }

    bool setUp();
    bool run(int kills);
    const Stats &stats() const { return m_stats; }

private:
    struct Outcome {
        bool killed = false;
        int exitCode = -1;
        QString out;
        QString err;
        qint64 elapsedMs = 0;
    };

    Outcome runCli(const QStringList &arguments, std::optional<int> killAfterMs);
    bool checkProject(QString *problem);
    bool verify(QString *problem);
    bool step(Op op, bool kill);
    QString writeImportFile(int index);
    QString randomQuote(qint64 articleId);
    int killDelay(Op op);
    void fail(const QString &message) const { std::fprintf(stderr, "sift-crash: %s\n", qPrintable(message)); }

    QString m_cli;
    QString m_work;
    QString m_project;
    QRandomGenerator m_random;
    int m_articlesPerFile = 80;
    bool m_verbose = false;
    Stats m_stats;
    int m_serial = 0;

    QList<ImportFile> m_files;
    QList<qint64> m_articleIds; ///< articles of the base import, targets of claims and article edits
    QHash<qint64, QString> m_articleBodies;
    QHash<qint64, Tracked> m_notes;       ///< article id -> notes
    QHash<qint64, QString> m_ackedClaims; ///< claim id -> its "add-N" statement marker
    QSet<QString> m_unackedClaimMarkers;  ///< statements of killed claim adds
    QHash<qint64, Tracked> m_statements;  ///< claim id -> statement, for acknowledged claims
    double m_averageMs[kOpCount] = {150, 80, 80, 80};
};

Harness::Outcome Harness::runCli(const QStringList &arguments, std::optional<int> killAfterMs)
{
    Outcome outcome;
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(m_cli, QStringList{QStringLiteral("-p"), m_project} + arguments);
    if (!process.waitForStarted(30000)) {
        outcome.exitCode = -2;
        return outcome;
    }
    const bool finished = process.waitForFinished(killAfterMs ? *killAfterMs : 300000);
    if (!finished) {
        process.kill(); // SIGKILL
        process.waitForFinished(-1);
        outcome.killed = true;
    } else {
        outcome.killed = process.exitStatus() != QProcess::NormalExit;
        outcome.exitCode = process.exitCode();
    }
    outcome.elapsedMs = timer.elapsed();
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

QString Harness::writeImportFile(int index)
{
    static const QStringList words{
        QStringLiteral("ministry"),  QStringLiteral("border"),    QStringLiteral("ceasefire"),
        QStringLiteral("talks"),     QStringLiteral("officials"), QStringLiteral("reported"),
        QStringLiteral("village"),   QStringLiteral("shelling"),  QStringLiteral("convoy"),
        QStringLiteral("statement"), QStringLiteral("denied"),    QStringLiteral("sources"),
        QStringLiteral("harbour"),   QStringLiteral("election"),  QStringLiteral("protest"),
        QStringLiteral("aid")};
    ImportFile file;
    file.path = m_work + QStringLiteral("/import-%1.txt").arg(index, 4, 10, QLatin1Char('0'));
    QString text;
    for (int a = 0; a < m_articlesPerFile; ++a) {
        const QString title = QStringLiteral("Crash file %1 article %2 %3").arg(index).arg(a).arg(words.at(a % 16));
        const QString caption =
            QStringLiteral("A %1 seen from the road on day %2. (Reuters)").arg(words.at(index % 16)).arg(a);
        file.titles << title;
        // The layout of ../shared/samples/aawsat-sample.txt: title, captions, TT/20, title, captions, body.
        const QString captions = caption + QLatin1Char('\n') + caption + QLatin1Char('\n');
        text += title + QStringLiteral("\n\n") + captions + QStringLiteral("TT\n20\n\n") + title +
                QStringLiteral("\n\n") + captions;
        const int paragraphs = 3 + int(m_random.bounded(4));
        for (int p = 0; p < paragraphs; ++p) {
            text += QLatin1Char('\n');
            const int length = 20 + int(m_random.bounded(60));
            for (int w = 0; w < length; ++w)
                text += (w ? QStringLiteral(" ") : QString()) + words.at(int(m_random.bounded(16)));
            text += QStringLiteral(", said file %1 of article %2 in paragraph %3.\n").arg(index).arg(a).arg(p);
        }
        text += QStringLiteral("\n\n");
    }
    QFile out(file.path);
    if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0)
        return {};
    m_files << file;
    return file.path;
}

QString Harness::randomQuote(qint64 articleId)
{
    const QStringList words = m_articleBodies.value(articleId).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const int start = int(m_random.bounded(qMax(1, int(words.size()) - 4)));
    return words.mid(start, 3).join(QLatin1Char(' ')).trimmed();
}

int Harness::killDelay(Op op)
{
    // Anywhere from the process start to a little past its usual end, so kills land in start-up, parsing,
    // the transaction, the commit, the checkpoint at close, and sometimes not at all.
    const double window = m_averageMs[int(op)] * 1.6 + 5;
    return int(m_random.bounded(window));
}

bool Harness::setUp()
{
    Outcome init = runCli({QStringLiteral("init")}, std::nullopt);
    if (init.killed || init.exitCode != 0) {
        fail(QStringLiteral("init failed: %1").arg(init.err));
        return false;
    }
    const QString base = writeImportFile(0);
    Outcome imported = runCli({QStringLiteral("import"), base}, std::nullopt);
    if (imported.killed || imported.exitCode != 0) {
        fail(QStringLiteral("base import failed: %1").arg(imported.err));
        return false;
    }
    m_files.last().acked = m_files.last().attempted = true;
    Store store;
    if (const QString error = store.open(m_project, Store::OpenMode::ReadOnly); !error.isEmpty()) {
        fail(error);
        return false;
    }
    Statement st(store.db(), "SELECT id, body FROM article ORDER BY id");
    while (st.step()) {
        m_articleIds << st.integer(0);
        m_articleBodies.insert(st.integer(0), st.text(1));
    }
    if (m_articleIds.isEmpty())
        return false;
    // Time one unkilled run of each kind, so the kills spread over the whole of a run.
    m_averageMs[int(Op::Import)] = double(imported.elapsedMs);
    for (const Op op : {Op::ClaimAdd, Op::ClaimSet, Op::ArticleSet}) {
        if (!step(op, false))
            return false;
    }
    return true;
}

bool Harness::checkProject(QString *problem)
{
    const Outcome check = runCli({QStringLiteral("check")}, std::nullopt);
    if (check.killed || check.exitCode != 0) {
        *problem =
            QStringLiteral("sift-cli check failed (exit %1): %2%3").arg(check.exitCode).arg(check.out, check.err);
        return false;
    }
    ++m_stats.checksPassed;
    return true;
}

bool Harness::verify(QString *problem)
{
    Store store;
    if (const QString error = store.open(m_project, Store::OpenMode::ReadOnly); !error.isEmpty()) {
        *problem = error;
        return false;
    }
    QSet<QString> titles;
    QHash<qint64, QString> notes;
    {
        Statement st(store.db(), "SELECT id, title, notes FROM article");
        while (st.step()) {
            titles.insert(st.text(1));
            notes.insert(st.integer(0), st.text(2));
        }
    }
    for (const ImportFile &file : std::as_const(m_files)) {
        if (!file.attempted)
            continue;
        int present = 0;
        for (const QString &title : file.titles)
            present += titles.contains(title) ? 1 : 0;
        if (file.acked && present != file.titles.size()) {
            *problem = QStringLiteral("acknowledged import %1: %2 of %3 articles present")
                           .arg(file.path)
                           .arg(present)
                           .arg(file.titles.size());
            return false;
        }
        if (present != 0 && present != file.titles.size()) {
            *problem = QStringLiteral("killed import %1 is half there: %2 of %3 articles")
                           .arg(file.path)
                           .arg(present)
                           .arg(file.titles.size());
            return false;
        }
        m_stats.editChecks += file.acked ? 1 : 0;
    }
    for (auto it = m_notes.cbegin(); it != m_notes.cend(); ++it) {
        if (!it->allows(notes.value(it.key()), QString())) {
            *problem = QStringLiteral("article %1 notes are '%2', expected '%3'")
                           .arg(it.key())
                           .arg(notes.value(it.key()), it->acked.value_or(QString()));
            return false;
        }
        m_stats.editChecks += it->acked ? 1 : 0;
    }
    QHash<qint64, QString> statements;
    {
        Statement st(store.db(), "SELECT id, statement FROM claim");
        while (st.step())
            statements.insert(st.integer(0), st.text(1));
    }
    for (auto it = m_ackedClaims.cbegin(); it != m_ackedClaims.cend(); ++it) {
        if (!statements.contains(it.key())) {
            *problem = QStringLiteral("acknowledged claim %1 is missing").arg(it.key());
            return false;
        }
        const Tracked tracked = m_statements.value(it.key());
        if (!tracked.allows(statements.value(it.key()), it.value())) {
            *problem = QStringLiteral("claim %1 statement is '%2', expected '%3'")
                           .arg(it.key())
                           .arg(statements.value(it.key()), tracked.acked.value_or(it.value()));
            return false;
        }
        m_stats.editChecks += 1 + (tracked.acked ? 1 : 0);
    }
    for (auto it = statements.cbegin(); it != statements.cend(); ++it) {
        if (!m_ackedClaims.contains(it.key()) && !m_unackedClaimMarkers.contains(it.value())) {
            *problem = QStringLiteral("claim %1 ('%2') comes from no edit that was made").arg(it.key()).arg(it.value());
            return false;
        }
    }
    return true;
}

bool Harness::step(Op op, bool kill)
{
    const QString tag = QStringLiteral("%1-%2")
                            .arg(QString::fromLatin1(opName(op)).replace(QLatin1Char(' '), QLatin1Char('-')))
                            .arg(++m_serial);
    QStringList arguments;
    qint64 target = 0;
    switch (op) {
    case Op::Import: {
        const QString file = writeImportFile(int(m_files.size()));
        if (file.isEmpty())
            return false;
        arguments = {QStringLiteral("import"), file};
        break;
    }
    case Op::ClaimAdd:
        target = m_articleIds.at(int(m_random.bounded(int(m_articleIds.size()))));
        arguments = {
            QStringLiteral("claim"),   QStringLiteral("add"), QStringLiteral("--article"),   QString::number(target),
            QStringLiteral("--quote"), randomQuote(target),   QStringLiteral("--statement"), tag};
        break;
    case Op::ClaimSet: {
        if (m_ackedClaims.isEmpty())
            return true;
        const QList<qint64> ids = m_ackedClaims.keys();
        target = ids.at(int(m_random.bounded(int(ids.size()))));
        arguments = {QStringLiteral("claim"), QStringLiteral("set"), QString::number(target),
                     QStringLiteral("--statement"), tag};
        break;
    }
    case Op::ArticleSet:
        target = m_articleIds.at(int(m_random.bounded(int(m_articleIds.size()))));
        arguments = {QStringLiteral("article"), QStringLiteral("set"), QString::number(target),
                     QStringLiteral("--notes"), tag};
        break;
    }

    const int delay = kill ? killDelay(op) : 0;
    const Outcome outcome = runCli(arguments, kill ? std::optional<int>(delay) : std::nullopt);
    if (!outcome.killed && outcome.exitCode != 0 && !(op == Op::Import && outcome.exitCode == 1)) {
        fail(QStringLiteral("sift-cli %1 failed without a kill (exit %2): %3")
                 .arg(arguments.join(QLatin1Char(' ')))
                 .arg(outcome.exitCode)
                 .arg(outcome.err));
        return false;
    }
    const bool acked = !outcome.killed;
    if (acked) {
        ++m_stats.finishedRuns;
        ++m_stats.ackedEdits;
        m_averageMs[int(op)] =
            kill ? 0.8 * m_averageMs[int(op)] + 0.2 * double(outcome.elapsedMs) : double(outcome.elapsedMs);
    } else {
        ++m_stats.kills;
        ++m_stats.killsPerOp[int(op)];
    }
    switch (op) {
    case Op::Import:
        m_files.last().attempted = true;
        m_files.last().acked = acked;
        if (acked) {
            ++m_stats.ackedImports;
            m_stats.ackedImportArticles += int(m_files.last().titles.size());
        }
        break;
    case Op::ClaimAdd:
        if (acked) {
            bool ok = false;
            const qint64 id = outcome.out.trimmed().toLongLong(&ok);
            if (!ok || id <= 0) {
                fail(QStringLiteral("claim add printed no id: %1").arg(outcome.out));
                return false;
            }
            m_ackedClaims.insert(id, tag);
        } else {
            m_unackedClaimMarkers.insert(tag);
        }
        break;
    case Op::ClaimSet:
        m_statements[target].attempt(tag, acked);
        break;
    case Op::ArticleSet:
        m_notes[target].attempt(tag, acked);
        break;
    }
    if (!outcome.killed)
        return true;

    QString problem;
    if (!checkProject(&problem) || !verify(&problem)) {
        fail(QStringLiteral("after kill %1 (%2 after %3 ms): %4")
                 .arg(m_stats.kills)
                 .arg(QString::fromLatin1(opName(op)))
                 .arg(delay)
                 .arg(problem));
        return false;
    }
    // Did the killed edit land anyway? Then the kill came between its commit and the process exit.
    if (op == Op::ClaimAdd || op == Op::ArticleSet || op == Op::ClaimSet) {
        Store store;
        if (store.open(m_project, Store::OpenMode::ReadOnly).isEmpty()) {
            Statement st(store.db(), op == Op::ArticleSet ? "SELECT count(*) FROM article WHERE notes = ?"
                                                          : "SELECT count(*) FROM claim WHERE statement = ?");
            st.bind(1, tag);
            if (st.step() && st.integer(0) > 0)
                ++m_stats.killedButCommitted;
        }
    }
    if (m_verbose)
        std::fprintf(stderr, "kill %d: %s after %d ms, check ok\n", m_stats.kills, opName(op), delay);
    return true;
}

bool Harness::run(int kills)
{
    while (m_stats.kills < kills) {
        const quint32 roll = m_random.bounded(100);
        const Op op = roll < 15 ? Op::Import : roll < 45 ? Op::ClaimAdd : roll < 70 ? Op::ClaimSet : Op::ArticleSet;
        if (!step(op, true))
            return false;
    }
    QString problem;
    if (!checkProject(&problem) || !verify(&problem)) {
        fail(QStringLiteral("final check: %1").arg(problem));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("SIGKILLs sift-cli at random moments and checks the project after every kill."));
    parser.addHelpOption();
    const QCommandLineOption kills(QStringLiteral("kills"), QStringLiteral("Kills to make (default 250)."),
                                   QStringLiteral("N"), QStringLiteral("250"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption cli(QStringLiteral("cli"), QStringLiteral("The sift-cli to run."), QStringLiteral("PATH"),
                                 QStringLiteral(SIFT_CLI));
    const QCommandLineOption work(QStringLiteral("work"),
                                  QStringLiteral("Folder for the project and inputs (default: a temporary one)."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption perFile(QStringLiteral("articles-per-file"),
                                     QStringLiteral("Articles in each imported file (default 80)."),
                                     QStringLiteral("N"), QStringLiteral("80"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QStringLiteral("Print every kill."));
    parser.addOptions({kills, seed, cli, work, perFile, verbose});
    parser.process(app);

    QTemporaryDir temporary;
    QString folder = parser.value(work);
    if (folder.isEmpty()) {
        if (!temporary.isValid())
            return 2;
        folder = temporary.path();
    } else {
        QDir().mkpath(folder);
        QDir(folder).removeRecursively();
        QDir().mkpath(folder);
    }
    QElapsedTimer timer;
    timer.start();
    Harness harness(parser.value(cli), folder, parser.value(seed).toUInt(), parser.value(perFile).toInt(),
                    parser.isSet(verbose));
    const bool ok = harness.setUp() && harness.run(parser.value(kills).toInt());
    const Stats &s = harness.stats();
    std::printf("sift-crash: seed %s, %.0f s, %s\n", qPrintable(parser.value(seed)), double(timer.elapsed()) / 1000,
                ok ? "PASSED" : "FAILED");
    std::printf("  kills (SIGKILL)            %d  (import %d, claim add %d, claim set %d, article set %d)\n", s.kills,
                s.killsPerOp[0], s.killsPerOp[1], s.killsPerOp[2], s.killsPerOp[3]);
    std::printf("  killed after commit        %d  (the edit was in the project although unacknowledged)\n",
                s.killedButCommitted);
    std::printf("  runs that finished         %d\n", s.finishedRuns);
    std::printf("  sift-cli check passed      %d\n", s.checksPassed);
    std::printf("  acknowledged edits         %lld  (%d imports of %d articles)\n", s.ackedEdits, s.ackedImports,
                s.ackedImportArticles);
    std::printf("  acknowledged edits checked %lld  (summed over the verification after every kill), missing 0\n",
                s.editChecks);
    return ok ? 0 : 1;
}
