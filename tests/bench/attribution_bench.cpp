// Attribution suggestions (scripts/bench attribution).
//   sift-bench-attribution gold TEXT_DIR OUT.jsonl   each .txt imported as a plain-text article; the suggestions,
//                                                   with offsets mapped back into the .txt, one JSON line per file
//   sift-bench-attribution speed SCRAPED_DIR [MAX]   suggestions for every article of the import benchmark's
//                                                   scraped files: articles/s on one thread
#include "core/analysis/AttributionFinder.h"
#include "core/domain/TextOffsets.h"
#include "core/ingest/PlainTextParser.h"
#include "core/ingest/ScrapedTextParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace sift;

namespace {

/// For each code point of body, its code point in original: the importer only changes whitespace (and may drop a
/// BOM or control characters), so the two are walked side by side.
QList<qint64> alignBody(const QList<uint> &body, const QList<uint> &original, qsizetype originalStart)
{
    const qsizetype n = original.size();
    QList<qint64> map(body.size() + 1, 0);
    qsizetype j = originalStart;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const uint c = body[i];
        if (QChar::isSpace(char32_t(c))) {
            map[i] = j;
            if (j < n && QChar::isSpace(char32_t(original[j])))
                ++j;
            continue;
        }
        while (j < n && QChar::isSpace(char32_t(original[j])))
            ++j;
        if (j < n && original[j] != c) {
            // A character the normalizer dropped or changed: look a little ahead, else take it as a substitution.
            for (qsizetype k = j + 1; k < std::min(n, j + 8); ++k)
                if (original[k] == c) {
                    j = k;
                    break;
                }
        }
        map[i] = j;
        if (j < n)
            ++j;
    }
    map[body.size()] = j;
    return map;
}

QJsonArray range(const AttributionSpan &s, const QList<qint64> &map)
{
    if (!s.isValid())
        return {};
    return QJsonArray{map.value(s.start), map.value(s.end - 1) + 1};
}

int gold(const QString &dir, const QString &out)
{
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(out));
        return 2;
    }
    AttributionFinder finder;
    const QStringList names = QDir(dir).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile in(dir + u'/' + name);
        if (!in.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(in.readAll());
        const ParseResult parsed = PlainTextParser::parse(text, name);
        if (parsed.articles.isEmpty())
            continue;
        const QString body = parsed.articles.first().body;
        // The body starts after the title line.
        // The body starts after the title line, or at the top when the first line read as a paragraph.
        qsizetype bodyStart = text.indexOf(body.left(24));
        if (bodyStart < 0)
            bodyStart = std::max<qsizetype>(0, text.indexOf(u'\n'));
        const QList<uint> original = text.toUcs4();
        const qsizetype startCp = TextOffsets::toCodePoints(text, bodyStart);
        const QList<qint64> map = alignBody(body.toUcs4(), original, startCp);
        QJsonArray list;
        for (const Suggestion &s : finder.find(body)) {
            QJsonObject o;
            o[QStringLiteral("content")] = range(s.content, map);
            o[QStringLiteral("cue")] = range(s.cue, map);
            o[QStringLiteral("speaker")] = s.speaker.isValid() ? QJsonValue(range(s.speaker, map)) : QJsonValue();
            o[QStringLiteral("direct")] = s.directQuote;
            o[QStringLiteral("rule")] = s.rule;
            o[QStringLiteral("confidence")] = s.confidence;
            list.append(o);
        }
        QJsonObject line;
        line[QStringLiteral("file")] = name;
        line[QStringLiteral("suggestions")] = list;
        file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    }
    return 0;
}

int speed(const QString &dir, qint64 max)
{
    AttributionFinder finder;
    QElapsedTimer timer;
    qint64 ns = 0;
    qint64 articles = 0;
    qint64 suggestions = 0;
    qint64 chars = 0;
    QStringList files = QDir(dir).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile in(dir + u'/' + name);
        if (!in.open(QIODevice::ReadOnly))
            continue;
        const ParseResult parsed = ScrapedTextParser::parse(QString::fromUtf8(in.readAll()));
        for (const Article &a : parsed.articles) {
            timer.start();
            suggestions += finder.find(a.body).size();
            ns += timer.nsecsElapsed();
            chars += a.body.size();
            if (++articles >= max)
                break;
        }
        if (articles >= max)
            break;
    }
    const double seconds = double(ns) / 1e9;
    std::printf("articles %lld suggestions %lld chars %lld seconds %.3f articles_per_s %.0f\n", articles, suggestions,
                chars, seconds, seconds > 0 ? double(articles) / seconds : 0.0);
    return 0;
}

int print(const QString &path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return 2;
    const QString text = QString::fromUtf8(in.readAll());
    ParseResult parsed =
        ScrapedTextParser::looksLikeScraped(text) ? ScrapedTextParser::parse(text) : PlainTextParser::parse(text, path);
    AttributionFinder finder;
    QTextStream out(stdout);
    int n = 0;
    for (const Article &a : parsed.articles) {
        out << "== " << a.title << "\n";
        const auto list = finder.find(a.body);
        for (int i = 0; i < list.size(); ++i) {
            const Suggestion &s = list[i];
            out << "#" << i << " [" << s.rule << " " << s.confidence << "] speaker=" << s.speaker.text << " -> "
                << s.entity << " | cue=" << s.cue.text << " | " << stanceKey(s.stance) << " " << s.status
                << " via=" << s.reportedBy
                << (s.contradicts >= 0 ? QStringLiteral(" contradicts#%1").arg(s.contradicts) : QString()) << "\n    "
                << s.content.text << "\n";
        }
        ++n;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args[1] == u"gold")
        return gold(args[2], args[3]);
    if (args.size() >= 3 && args[1] == u"print")
        return print(args[2]);
    if (args.size() >= 3 && args[1] == u"speed")
        return speed(args[2], args.size() >= 4 ? args[3].toLongLong() : std::numeric_limits<qint64>::max());
    std::fprintf(stderr, "usage: sift-bench-attribution gold TEXT_DIR OUT.jsonl | speed SCRAPED_DIR [MAX]\n");
    return 2;
}
