// sift-cli push / pull: a project between a .sift file and a PostgreSQL database (core/store/ProjectCopy).
#include "CliContext.h"

#include "core/domain/Translation.h"
#include "core/store/ProjectCopy.h"
#include "core/store/Store.h"

#include <QFile>
#include <QFileInfo>

namespace sift::cli {

namespace {

int report(CliContext &ctx, const ProjectCopy::Result &result, const QString &from, const QString &to)
{
    if (!result.error.isEmpty())
        return ctx.projectError(Sift::tr("Nothing was copied from %1 to %2: %3").arg(from, to, result.error));
    qint64 rows = 0;
    for (const auto &[table, count] : result.tables) {
        ctx.out() << QStringLiteral("  %1 %2\n").arg(table, -18).arg(count);
        rows += count;
    }
    ctx.out() << Sift::tr("Copied %1 rows in %2 tables from %3 to %4; every table's count verified.\n")
                     .arg(rows)
                     .arg(result.tables.size())
                     .arg(from, to);
    return Ok;
}

int pushCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE.sift"), Sift::tr("The project file to copy."));
    parser.addPositionalArgument(QStringLiteral("URL"),
                                 Sift::tr("An empty PostgreSQL database: postgresql://user@host:port/database. The "
                                          "password comes from ~/.pgpass or PGPASSWORD."));
    if (!ctx.parse(parser, Sift::tr("Copy a project file to an empty server database, ids and history and all.")))
        return parser.isSet(QStringLiteral("help")) ? Ok : UsageError;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || !Database::isServerLocation(args.at(1)))
        return ctx.usageError(Sift::tr("give a project file and a postgresql:// URL"));
    Store from;
    if (const QString error = from.open(args.at(0), Store::OpenMode::ReadOnly); !error.isEmpty())
        return ctx.projectError(error);
    Store to;
    if (const QString error = to.open(args.at(1), Store::OpenMode::CreateIfMissing); !error.isEmpty())
        return ctx.projectError(error);
    return report(ctx, ProjectCopy::copy(from, to), from.path(), to.path());
}

int pullCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("URL"), Sift::tr("The server project: postgresql://…"));
    parser.addPositionalArgument(QStringLiteral("FILE.sift"), Sift::tr("A new project file for the snapshot."));
    if (!ctx.parse(parser, Sift::tr("Make a local snapshot of a server project in a new project file.")))
        return parser.isSet(QStringLiteral("help")) ? Ok : UsageError;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || !Database::isServerLocation(args.at(0)))
        return ctx.usageError(Sift::tr("give a postgresql:// URL and a new project file"));
    const QString file = args.at(1);
    if (QFileInfo::exists(file))
        return ctx.projectError(Sift::tr("%1 already exists; pull writes a new file only.").arg(file));
    Store from;
    if (const QString error = from.open(args.at(0), Store::OpenMode::ReadOnly); !error.isEmpty())
        return ctx.projectError(error);
    ProjectCopy::Result result;
    {
        Store to;
        if (const QString error = to.open(file, Store::OpenMode::CreateIfMissing); !error.isEmpty())
            return ctx.projectError(error);
        result = ProjectCopy::copy(from, to);
        if (result.error.isEmpty()) {
            const Store::CheckReport check = to.check();
            if (!check.problems.isEmpty())
                result.error = check.problems.join(QStringLiteral("; "));
        }
    }
    if (!result.error.isEmpty()) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(file + QString::fromLatin1(suffix));
    }
    return report(ctx, result, from.path(), file);
}

} // namespace

QList<Command> serverCommands()
{
    return {
        {QStringLiteral("push"), Sift::tr("copy a project file to an empty PostgreSQL database"), pushCommand},
        {QStringLiteral("pull"), Sift::tr("copy a PostgreSQL project to a new project file"), pullCommand},
    };
}

} // namespace sift::cli
