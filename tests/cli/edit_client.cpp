// One analyst's client for tst_cliserver's concurrent-edit test: opens a server project and sets the rationale of
// the given claims EDITS times through Project (the same undoable, conflict-checked command the window runs),
// one line per edit on stdout: "ok<TAB>claim<TAB>value" or "refused<TAB>claim<TAB>value<TAB>message".
#include "core/project/Project.h"
#include "core/store/HistoryStore.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace sift;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        QTextStream(stderr) << "usage: sift-test-editclient URL CLIENT EDITS CLAIM,CLAIM,...\n";
        return 2;
    }
    const QString url = args.at(1);
    const int client = args.at(2).toInt();
    const int edits = args.at(3).toInt();
    QList<qint64> claims;
    for (const QString &id : args.at(4).split(QLatin1Char(',')))
        claims << id.toLongLong();
    HistoryStore::setCurrentUser(QStringLiteral("client %1").arg(client));
    QString error;
    std::unique_ptr<Project> project = Project::open(url, &error, Store::OpenMode::ExistingOnly);
    if (!project) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    QString lastError;
    QObject::connect(project.get(), &Project::errorOccurred, project.get(),
                     [&](const QString &message) { lastError = message; });
    QTextStream out(stdout);
    for (int i = 0; i < edits; ++i) {
        // Overlapping: every client walks the same claims from a different start.
        const qint64 claim = claims.at((i + client * 3) % claims.size());
        const QString value = QStringLiteral("c%1-e%2").arg(client).arg(i);
        lastError.clear();
        if (project->setClaimField(claim, ClaimStore::Field::Rationale, value))
            out << "ok\t" << claim << '\t' << value << '\n';
        else
            out << "refused\t" << claim << '\t' << value << '\t' << QString(lastError).replace(u'\n', u' ') << '\n';
        out.flush();
    }
    return 0;
}
