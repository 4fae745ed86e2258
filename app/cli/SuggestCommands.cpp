#include "CliContext.h"

#include "core/analysis/ClaimSuggester.h"
#include "core/domain/Translation.h"
#include "core/project/Project.h"
#include "core/project/SuggestionCommands.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sift::cli {

namespace {

QJsonValue spanJson(const AttributionSpan &span)
{
    if (!span.isValid())
        return QJsonValue::Null;
    return QJsonObject{
        {QStringLiteral("start"), span.start}, {QStringLiteral("end"), span.end}, {QStringLiteral("text"), span.text}};
}

QJsonObject suggestionJson(const Suggestion &s)
{
    QJsonObject o;
    o[QStringLiteral("article_id")] = s.articleId;
    o[QStringLiteral("start")] = s.content.start;
    o[QStringLiteral("end")] = s.content.end;
    o[QStringLiteral("quote")] = s.content.text;
    o[QStringLiteral("cue")] = spanJson(s.cue);
    o[QStringLiteral("speaker")] = spanJson(s.speaker);
    o[QStringLiteral("entity")] = s.entity.isEmpty() ? QJsonValue::Null : QJsonValue(s.entity);
    o[QStringLiteral("reported_by")] = s.reportedBy.isEmpty() ? QJsonValue::Null : QJsonValue(s.reportedBy);
    o[QStringLiteral("stance")] = stanceKey(s.stance);
    o[QStringLiteral("status")] = s.status.isEmpty() ? QJsonValue::Null : QJsonValue(s.status);
    o[QStringLiteral("direct_quote")] = s.directQuote;
    o[QStringLiteral("confidence")] = qRound(s.confidence * 100) / 100.0;
    o[QStringLiteral("rule")] = s.rule;
    o[QStringLiteral("contradicts")] =
        s.contradictsContent.isValid() ? QJsonValue(QJsonObject{{QStringLiteral("start"), s.contradictsContent.start},
                                                                {QStringLiteral("end"), s.contradictsContent.end}})
                                       : QJsonValue::Null;
    return o;
}

int suggestCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption article(QStringLiteral("article"), Sift::tr("Only this article (repeatable)."),
                                     QStringLiteral("ID"));
    const QCommandLineOption json(QStringLiteral("json"), Sift::tr("Print JSON."));
    const QCommandLineOption accept(QStringLiteral("accept"),
                                    Sift::tr("Record the suggestions as claims (one undo step per article)."));
    const QCommandLineOption minConfidence(QStringLiteral("min-confidence"),
                                           Sift::tr("Only suggestions at least this confident (0 to 1)."),
                                           QStringLiteral("X"), QStringLiteral("0"));
    parser.addOptions({article, json, accept, minConfidence});
    if (!ctx.parse(parser, Sift::tr("Suggest claims (who said what, how firmly) found in the articles' text.")))
        return parser.isSet(QStringLiteral("help")) ? Ok : UsageError;
    bool ok = false;
    const double threshold = parser.value(minConfidence).toDouble(&ok);
    if (!ok || threshold < 0.0 || threshold > 1.0)
        return ctx.usageError(Sift::tr("--min-confidence takes a number from 0 to 1"));
    QList<qint64> ids;
    for (const QString &value : parser.values(article)) {
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id <= 0)
            return ctx.usageError(Sift::tr("--article takes an article id"));
        ids << id;
    }
    if (ctx.projectPath().isEmpty())
        return ctx.usageError(Sift::tr("no project given (use -p FILE.sift)"));
    QString error;
    const bool accepting = parser.isSet(accept);
    const auto project =
        Project::open(ctx.projectPath(), &error, accepting ? Store::OpenMode::ExistingOnly : Store::OpenMode::ReadOnly);
    if (!project)
        return ctx.projectError(error);
    bool refused = false;
    QObject::connect(project.get(), &Project::errorOccurred, project.get(), [&](const QString &message) {
        refused = true;
        ctx.projectError(message);
    });
    for (const qint64 id : std::as_const(ids))
        if (!project->articles().exists(id))
            return ctx.usageError(Sift::tr("no article with id %1").arg(id));
    if (ids.isEmpty())
        ids = project->articles().ids({});

    ClaimSuggester suggester(project->db());
    QJsonArray array;
    int accepted = 0;
    for (const qint64 id : std::as_const(ids)) {
        QList<Suggestion> chosen;
        for (const Suggestion &s : suggester.pendingSuggestions(id))
            if (s.confidence + 1e-9 >= threshold)
                chosen << s;
        if (accepting && !chosen.isEmpty()) {
            const QList<qint64> claims = SuggestionActions::accept(*project, id, chosen);
            if (claims.isEmpty())
                return UsageError;
            accepted += int(claims.size());
            suggester.refreshCount(id);
        }
        for (const Suggestion &s : std::as_const(chosen)) {
            if (parser.isSet(json)) {
                array.append(suggestionJson(s));
                continue;
            }
            ctx.out() << QStringLiteral("%1\t%2-%3\t%4\t%5\t%6\t%7\t\"%8\"\n")
                             .arg(s.articleId)
                             .arg(s.content.start)
                             .arg(s.content.end)
                             .arg(stanceKey(s.stance), s.status.isEmpty() ? QStringLiteral("-") : s.status,
                                  s.entity.isEmpty() ? QStringLiteral("-") : s.entity,
                                  QString::number(s.confidence, 'f', 2), s.content.text);
        }
    }
    if (parser.isSet(json))
        ctx.printJson(array);
    if (accepting && !parser.isSet(json))
        ctx.err() << Sift::tr("%1 suggested claim(s) recorded.").arg(accepted) << '\n';
    return refused ? UsageError : Ok;
}

} // namespace

QList<Command> suggestCommands()
{
    return {
        {QStringLiteral("suggest"), Sift::tr("suggest claims found in the text; --accept records them"),
         suggestCommand},
    };
}

} // namespace sift::cli
