// The feed parser on its own, no database (scripts/bench feeds):
//   sift-bench-feeds results FILE...          one JSON line per feed: what FeedParser read (for feeds_eval.py)
//   sift-bench-feeds speed [--passes P] FILE... parses every file P times; prints one JSON line: files, entries,
//                                             bytes, wall and CPU seconds (files are read before the clock starts)

#include "core/ingest/FeedParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace sift;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString isoDate(const QString &published)
{
    const QDateTime when = FeedParser::parseDateTime(published);
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject entryJson(const FeedEntry &entry)
{
    return QJsonObject{{QStringLiteral("title"), entry.title},
                       {QStringLiteral("link"), entry.link},
                       {QStringLiteral("guid"), entry.guid},
                       {QStringLiteral("published"), entry.published},
                       {QStringLiteral("isoDate"), isoDate(entry.published)},
                       {QStringLiteral("author"), entry.author},
                       {QStringLiteral("categories"), QJsonArray::fromStringList(entry.categories)},
                       {QStringLiteral("summary"), entry.summary},
                       {QStringLiteral("content"), entry.content},
                       {QStringLiteral("captions"), QJsonArray::fromStringList(entry.captions)}};
}

int results(const QStringList &files, QTextStream &out)
{
    for (const QString &path : files) {
        const FeedDocument doc = FeedParser::parse(readAll(path));
        QJsonArray items;
        for (const FeedEntry &entry : doc.entries)
            items.append(entryJson(entry));
        const QJsonObject line{{QStringLiteral("file"), QFileInfo(path).fileName()},
                               {QStringLiteral("ok"), doc.ok()},
                               {QStringLiteral("error"), doc.error},
                               {QStringLiteral("wellFormed"), doc.wellFormed},
                               {QStringLiteral("warnings"), QJsonArray::fromStringList(doc.warnings)},
                               {QStringLiteral("title"), doc.title},
                               {QStringLiteral("link"), doc.link},
                               {QStringLiteral("items"), items}};
        out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
    }
    return 0;
}

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

int speed(const QStringList &files, int passes, QTextStream &out)
{
    QList<QByteArray> bytes;
    qint64 total = 0;
    for (const QString &path : files) {
        bytes << readAll(path);
        total += bytes.last().size();
    }
    qint64 entries = 0;
    QElapsedTimer timer;
    const double cpuStart = cpuSeconds();
    timer.start();
    for (int pass = 0; pass < passes; ++pass) {
        for (const QByteArray &feed : std::as_const(bytes))
            entries += FeedParser::parse(feed).entries.size();
    }
    const double wall = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuStart;
    const QJsonObject line{{QStringLiteral("files"), qint64(files.size())},
                           {QStringLiteral("passes"), passes},
                           {QStringLiteral("entries"), entries},
                           {QStringLiteral("bytes"), total * passes},
                           {QStringLiteral("seconds"), wall},
                           {QStringLiteral("cpuSeconds"), cpu}};
    out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    const QString mode = args.value(0);
    args = args.mid(1);
    int passes = 1;
    if (args.size() >= 2 && args.first() == QLatin1String("--passes")) {
        passes = std::max(1, args.at(1).toInt());
        args = args.mid(2);
    }
    if (mode == QLatin1String("results") && !args.isEmpty())
        return results(args, out);
    if (mode == QLatin1String("speed") && !args.isEmpty())
        return speed(args, passes, out);
    out << "usage: sift-bench-feeds results FILE... | speed [--passes P] FILE...\n";
    return 2;
}
