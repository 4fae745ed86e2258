#include "CliContext.h"

#include "core/analysis/DateParser.h"
#include "core/analysis/DateResolver.h"
#include "core/analysis/Timeline.h"
#include "core/domain/Translation.h"
#include "core/export/JsonCodec.h"
#include "core/ingest/IncidentImporter.h"
#include "core/project/IncidentCommands.h"
#include "core/project/Project.h"
#include "core/store/IncidentStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace sift::cli {

namespace {

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), Sift::tr("Print JSON."));
}

QCommandLineOption valueOption(const char *name, const char *description, const char *valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), Sift::tr(description), QString::fromLatin1(valueName));
}

/// "2016-03-14", "2016-03 (month)", "unknown date".
QString describeDate(const PartialDate &date)
{
    if (!date.isValid())
        return Sift::tr("unknown date");
    if (date.precision == DatePrecision::Day)
        return date.toIso();
    return QStringLiteral("%1 (%2)").arg(date.toIso(), datePrecisionKey(date.precision));
}

/// The vocabulary's spelling of name among known (case-insensitive); empty when it is not there.
QString canonical(const QStringList &known, const QString &name)
{
    for (const QString &k : known) {
        if (k.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return k;
    }
    return {};
}

/// What `incident add` collects before anything is written.
struct IncidentDraft {
    Incident incident;
    QString actor1;
    QString actor2;
};

bool readDraftDate(CliContext &ctx, const QCommandLineParser &parser, Incident &incident)
{
    const QString text = parser.value(QStringLiteral("date"));
    const std::optional<PartialDate> date = parseDate(text);
    if (!date) {
        ctx.usageError(Sift::tr("--date: \u201c%1\u201d is not a date").arg(text));
        return false;
    }
    DatePrecision precision = DatePrecision::Day;
    if (parser.isSet(QStringLiteral("precision"))) {
        const auto p = datePrecisionFromKey(parser.value(QStringLiteral("precision")).toLower());
        if (!p || *p == DatePrecision::Year) {
            ctx.usageError(Sift::tr("--precision takes day, week or month"));
            return false;
        }
        precision = *p;
    }
    incident.eventDate = coarsened(*date, precision);
    return true;
}

bool readDraftVocabulary(CliContext &ctx, const QCommandLineParser &parser, Project &project, Incident &incident)
{
    VocabularyStore &vocabulary = project.vocabulary();
    const QStringList types = vocabulary.eventTypes();
    incident.eventType = canonical(types, parser.value(QStringLiteral("type")));
    if (incident.eventType.isEmpty()) {
        ctx.usageError(Sift::tr("--type: unknown event type \u201c%1\u201d; the types are: %2")
                           .arg(parser.value(QStringLiteral("type")), types.join(QStringLiteral(", "))));
        return false;
    }
    if (parser.isSet(QStringLiteral("sub-type"))) {
        const QStringList subTypes = vocabulary.subEventTypes(incident.eventType);
        incident.subEventType = canonical(subTypes, parser.value(QStringLiteral("sub-type")));
        if (incident.subEventType.isEmpty()) {
            ctx.usageError(Sift::tr("--sub-type: \u201c%1\u201d is not a sub-event type of %2; those are: %3")
                               .arg(parser.value(QStringLiteral("sub-type")), incident.eventType,
                                    subTypes.join(QStringLiteral(", "))));
            return false;
        }
    }
    const auto status = parser.isSet(QStringLiteral("status"))
                            ? vocabulary.statusByName(parser.value(QStringLiteral("status")))
                            : std::optional<Status>(vocabulary.defaultStatus());
    if (!status) {
        QStringList names;
        for (const Status &s : vocabulary.statuses())
            names << s.name;
        ctx.usageError(Sift::tr("--status: unknown status \u201c%1\u201d; the statuses are: %2")
                           .arg(parser.value(QStringLiteral("status")), names.join(QStringLiteral(", "))));
        return false;
    }
    incident.statusId = status->id;
    return true;
}

bool readDraftNumbers(CliContext &ctx, const QCommandLineParser &parser, Incident &incident)
{
    const bool hasLat = parser.isSet(QStringLiteral("lat"));
    if (hasLat != parser.isSet(QStringLiteral("lon"))) {
        ctx.usageError(Sift::tr("give --lat and --lon together"));
        return false;
    }
    if (hasLat) {
        bool latOk = false;
        bool lonOk = false;
        const double lat = parser.value(QStringLiteral("lat")).toDouble(&latOk);
        const double lon = parser.value(QStringLiteral("lon")).toDouble(&lonOk);
        // Written as negations so NaN fails too.
        if (!latOk || !lonOk || !(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            ctx.usageError(Sift::tr("--lat takes -90 to 90 and --lon -180 to 180 (decimal degrees)"));
            return false;
        }
        incident.latitude = lat;
        incident.longitude = lon;
    }
    if (parser.isSet(QStringLiteral("fatalities"))) {
        bool ok = false;
        const int n = parser.value(QStringLiteral("fatalities")).toInt(&ok);
        if (!ok || n < 0) {
            ctx.usageError(Sift::tr("--fatalities takes a whole number, 0 or more"));
            return false;
        }
        incident.fatalities = n;
    }
    return true;
}

bool readDraftClaims(CliContext &ctx, const QCommandLineParser &parser, Project &project, Incident &incident)
{
    for (const QString &value : parser.values(QStringLiteral("claim"))) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            const std::optional<Claim> claim = ok ? project.claims().claim(id) : std::nullopt;
            if (!claim) {
                ctx.usageError(Sift::tr("--claim: no claim with id %1").arg(part.trimmed()));
                return false;
            }
            if (!incident.claimIds.contains(id))
                incident.claimIds << id;
            if (!incident.articleIds.contains(claim->articleId))
                incident.articleIds << claim->articleId;
        }
    }
    return true;
}

std::optional<IncidentDraft> readDraft(CliContext &ctx, const QCommandLineParser &parser, Project &project)
{
    IncidentDraft draft;
    Incident &i = draft.incident;
    if (!readDraftDate(ctx, parser, i) || !readDraftVocabulary(ctx, parser, project, i) ||
        !readDraftNumbers(ctx, parser, i) || !readDraftClaims(ctx, parser, project, i))
        return std::nullopt;
    i.location = parser.value(QStringLiteral("location")).trimmed();
    i.country = parser.value(QStringLiteral("country")).trimmed();
    i.admin1 = parser.value(QStringLiteral("admin1")).trimmed();
    i.admin2 = parser.value(QStringLiteral("admin2")).trimmed();
    i.notes = parser.value(QStringLiteral("note")).trimmed();
    draft.actor1 = parser.value(QStringLiteral("actor1")).simplified();
    draft.actor2 = parser.value(QStringLiteral("actor2")).simplified();
    return draft;
}

/// The entity named (or aliased) name, created through the undo stack when there is none; 0 for no name, -1 on error.
qint64 actorId(Project &project, const QString &name)
{
    if (name.isEmpty())
        return 0;
    if (const qint64 id = project.entities().findByName(name))
        return id;
    Entity entity;
    entity.name = name;
    const qint64 id = project.addEntity(entity);
    return id > 0 ? id : -1;
}

int incidentAddCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    const QList<QCommandLineOption> options{
        valueOption("date", "Event date: 2016-03-14, 14 March 2016, March 2016…", "DATE"),
        valueOption("precision", "How well the date is known: day, week or month.", "PRECISION"),
        valueOption("type", "ACLED event type, e.g. Battles, Protests.", "TYPE"),
        valueOption("sub-type", "ACLED sub-event type of that type, e.g. Armed clash.", "SUBTYPE"),
        valueOption("actor1", "First actor (an entity; created when new).", "NAME"),
        valueOption("actor2", "Second actor.", "NAME"),
        valueOption("location", "Location name.", "PLACE"),
        valueOption("country", "Country.", "COUNTRY"),
        valueOption("admin1", "First-level administrative region.", "REGION"),
        valueOption("admin2", "Second-level administrative region.", "REGION"),
        valueOption("lat", "Latitude, decimal degrees.", "DEGREES"),
        valueOption("lon", "Longitude, decimal degrees.", "DEGREES"),
        valueOption("fatalities", "Reported fatalities.", "N"),
        valueOption("status", "Verification status (default: the project's default).", "STATUS"),
        valueOption("claim", "A claim that reports the incident; repeat for more.", "ID"),
        valueOption("note", "Notes.", "TEXT"),
        jsonOption(),
    };
    parser.addOptions(options);
    if (!ctx.parse(parser, Sift::tr("Record an incident (an undoable edit).")))
        return parser.isSet(QStringLiteral("help")) ? Ok : UsageError;
    if (!parser.isSet(QStringLiteral("date")) || !parser.isSet(QStringLiteral("type")))
        return ctx.usageError(Sift::tr("give at least --date and --type"));
    if (ctx.projectPath().isEmpty())
        return ctx.usageError(Sift::tr("no project given (use -p FILE.sift)"));
    QString error;
    const std::unique_ptr<Project> project = Project::open(ctx.projectPath(), &error);
    if (!project)
        return ctx.projectError(error);
    QObject::connect(project.get(), &Project::errorOccurred, project.get(),
                     [&ctx](const QString &message) { ctx.projectError(message); });
    std::optional<IncidentDraft> draft = readDraft(ctx, parser, *project);
    if (!draft)
        return UsageError;

    qint64 id = 0;
    const bool added = project->pushMacro(Sift::tr("New incident"), [&] {
        Incident &incident = draft->incident;
        if ((incident.actor1Id = actorId(*project, draft->actor1)) < 0 ||
            (incident.actor2Id = actorId(*project, draft->actor2)) < 0)
            return false;
        // Project::addIncident reads the new id off the stack's top, which a macro hides: push the command here.
        auto *command = new AddIncidentCommand(*project, incident);
        if (!project->push(command))
            return false;
        id = command->incidentId(); // kept by the macro, so still alive
        return true;
    });
    if (!added)
        return InputFailed;
    if (parser.isSet(QStringLiteral("json"))) {
        ctx.printJson(JsonCodec::incident(project->incidents().incident(id).value_or(Incident{})));
        return Ok;
    }
    ctx.out() << Sift::tr("Added incident %1\n").arg(id);
    return Ok;
}

int incidentListCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    if (!ctx.parse(parser, Sift::tr("List the project's incidents, by date (undated last).")))
        return parser.isSet(QStringLiteral("help")) ? Ok : UsageError;
    Store store;
    if (!ctx.openProject(store, Store::OpenMode::ReadOnly))
        return UsageError;
    const QList<Incident> incidents = IncidentStore(store.db()).incidents();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Incident &i : incidents)
            array.append(JsonCodec::incident(i));
        ctx.printJson(array);
        return Ok;
    }
    for (const Incident &i : incidents) {
        QStringList place;
        for (const QString &part : {i.location, i.admin1, i.country}) {
            if (!part.isEmpty())
                place << part;
        }
        QStringList actors;
        for (const QString &actor : {i.actor1, i.actor2}) {
            if (!actor.isEmpty())
                actors << actor;
        }
        ctx.out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                         .arg(QString::number(i.id), describeDate(i.eventDate),
                              i.eventType.isEmpty() ? Sift::tr("(no type)") : i.eventType,
                              i.status.isEmpty() ? QStringLiteral("-") : i.status,
                              place.isEmpty() ? QStringLiteral("-") : place.join(QStringLiteral(", ")),
                              actors.join(QStringLiteral(" / ")));
    }
    if (incidents.isEmpty())
        ctx.out() << Sift::tr("No incidents.\n");
    return Ok;
}

int incidentImportCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption map(
        QStringLiteral("map"),
        Sift::tr("Map incident fields to columns, e.g. event_date=date,event_type=category. Fields: %1.")
            .arg(IncidentImporter::fields().join(QStringLiteral(", "))),
        QStringLiteral("MAP"));
    parser.addOption(map);
    parser.addPositionalArgument(QStringLiteral("FILE"), Sift::tr("A CSV file; ACLED exports need no map."));
    if (!ctx.parse(
            parser,
            Sift::tr("Import incidents from a CSV file (ACLED column names); re-importing a revised file updates "
                     "what changed, except incidents edited in Sift since.")))
        return parser.isSet(QStringLiteral("help")) ? Ok : UsageError;
    if (parser.positionalArguments().size() != 1)
        return ctx.usageError(Sift::tr("give one CSV file"));
    IncidentFieldMap fieldMap;
    if (parser.isSet(map)) {
        QString error;
        const auto parsed = IncidentImporter::parseFieldMap(parser.values(map).join(QLatin1Char(',')), &error);
        if (!parsed)
            return ctx.usageError(error);
        fieldMap = *parsed;
    }
    Store store;
    if (!ctx.openProject(store, Store::OpenMode::CreateIfMissing))
        return UsageError;
    IncidentImporter importer(store.db());
    importer.setFieldMap(fieldMap);
    const IncidentImportSummary summary = importer.importFile(parser.positionalArguments().first());
    if (!summary.error.isEmpty()) {
        ctx.err() << summary.text();
        return InputFailed;
    }
    ctx.out() << summary.text();
    return summary.failures.isEmpty() ? Ok : InputFailed;
}

QJsonObject timelineJson(const TimelineData &data, StackBy stack)
{
    QJsonArray bins;
    for (const TimelineBin &b : data.bins) {
        QJsonObject stacks;
        for (auto it = b.stacks.cbegin(); it != b.stacks.cend(); ++it)
            stacks.insert(it.key(), it.value());
        bins.append(QJsonObject{{QStringLiteral("period"), b.period},
                                {QStringLiteral("start"), b.start.toString(Qt::ISODate)},
                                {QStringLiteral("end"), b.end.toString(Qt::ISODate)},
                                {QStringLiteral("count"), b.count},
                                {QStringLiteral("stacks"), stacks}});
    }
    return QJsonObject{{QStringLiteral("bin"), timeBinKey(data.bin)},
                       {QStringLiteral("stack"), stackByKey(stack)},
                       {QStringLiteral("stack_keys"), QJsonArray::fromStringList(data.stackKeys)},
                       {QStringLiteral("bins"), bins},
                       {QStringLiteral("undated"), data.undated}};
}

void printTimeline(QTextStream &out, const TimelineData &data)
{
    out << Sift::tr("by %1\n").arg(timeBinKey(data.bin));
    for (const TimelineBin &b : data.bins) {
        QStringList stacks;
        for (const QString &key : data.stackKeys) {
            if (const int n = b.stacks.value(key))
                stacks << QStringLiteral("%1 %2").arg(key.isEmpty() ? Sift::tr("(none)") : key).arg(n);
        }
        out << QStringLiteral("%1\t%2..%3\t%4\t%5\n")
                   .arg(b.period, b.start.toString(Qt::ISODate), b.end.toString(Qt::ISODate))
                   .arg(b.count)
                   .arg(stacks.join(QStringLiteral(", ")));
    }
    out << Sift::tr("undated\t%1\n").arg(data.undated);
}

int timelineCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption by(QStringLiteral("by"),
                                Sift::tr("Bin width: day, week, month or year (default: by span)."),
                                QStringLiteral("BIN"));
    const QCommandLineOption stack(QStringLiteral("stack"), Sift::tr("Split bars by type or status."),
                                   QStringLiteral("BY"), QStringLiteral("type"));
    parser.addOptions({by, stack, valueOption("from", "First day (inclusive).", "DATE"),
                       valueOption("to", "Last day (inclusive; 2016-03 means to its end).", "DATE"), jsonOption()});
    if (!ctx.parse(parser, Sift::tr("Count incidents per day, week, month or year, as the timeline chart does.")))
        return parser.isSet(QStringLiteral("help")) ? Ok : UsageError;
    const std::optional<StackBy> stackBy = stackByFromKey(parser.value(stack));
    if (!stackBy)
        return ctx.usageError(Sift::tr("--stack takes type or status"));
    std::optional<TimeBin> bin;
    if (parser.isSet(by) && !(bin = timeBinFromKey(parser.value(by))))
        return ctx.usageError(Sift::tr("--by takes day, week, month or year"));
    IncidentFilter filter;
    if (!dateOption(ctx, parser, QStringLiteral("from"), false, &filter.from) ||
        !dateOption(ctx, parser, QStringLiteral("to"), true, &filter.to))
        return UsageError;
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return ctx.usageError(Sift::tr("--from is after --to"));
    Store store;
    if (!ctx.openProject(store, Store::OpenMode::ReadOnly))
        return UsageError;
    const IncidentStore incidents(store.db());
    const QList<IncidentStore::DatedRow> rows = incidents.datedRows(filter);
    const int undated = int(incidents.undatedCount(filter));
    if (!bin) {
        QDate first = filter.from;
        QDate last = filter.to;
        for (const IncidentStore::DatedRow &row : rows) {
            if (!filter.from.isValid() && (!first.isValid() || row.date < first))
                first = row.date;
            if (!filter.to.isValid() && (!last.isValid() || row.date > last))
                last = row.date;
        }
        bin = autoBin(first, last);
    }
    const TimelineData data = aggregate(rows, *bin, *stackBy, filter.from, filter.to, undated);
    if (parser.isSet(QStringLiteral("json")))
        ctx.printJson(timelineJson(data, *stackBy));
    else
        printTimeline(ctx.out(), data);
    return Ok;
}

QJsonObject mentionJson(const DateMention &m)
{
    return QJsonObject{{QStringLiteral("text"), m.text},
                       {QStringLiteral("start"), m.start},
                       {QStringLiteral("length"), m.length},
                       {QStringLiteral("date"), JsonCodec::date(m.date)},
                       {QStringLiteral("precision"), m.date.isValid() ? QJsonValue(datePrecisionKey(m.date.precision))
                                                                      : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("relative"), m.relative}};
}

/// The text as one expression when it is one, else every mention found in it.
QList<DateMention> resolveMentions(const QString &text, const QDate &reference)
{
    const QString trimmed = text.trimmed();
    QList<DateMention> mentions = findDateMentions(text, reference);
    if (mentions.size() == 1 && mentions.first().text == trimmed)
        return mentions;
    if (const std::optional<PartialDate> whole = resolveDateExpression(trimmed, reference)) {
        // Relative when it needs the reference to resolve.
        const std::optional<PartialDate> alone = resolveDateExpression(trimmed, QDate());
        const bool relative = !alone || !alone->isValid();
        return {DateMention{text.indexOf(trimmed), trimmed.size(), trimmed, *whole, relative}};
    }
    return mentions;
}

int dateResolveCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addOptions({valueOption("ref", "Reference date relative expressions count from (publication date).", "DATE"),
                       jsonOption()});
    parser.addPositionalArgument(QStringLiteral("TEXT"),
                                 Sift::tr("An expression (\u201con Sunday\u201d) or running text."));
    if (!ctx.parse(parser, Sift::tr("Resolve the date expressions in a text; exits 1 when there is none.")))
        return parser.isSet(QStringLiteral("help")) ? Ok : UsageError;
    const QString text = parser.positionalArguments().join(QLatin1Char(' '));
    if (text.trimmed().isEmpty())
        return ctx.usageError(Sift::tr("give a text to resolve"));
    QDate reference;
    if (parser.isSet(QStringLiteral("ref"))) {
        const std::optional<PartialDate> ref = parseDate(parser.value(QStringLiteral("ref")));
        if (!ref || !ref->isValid())
            return ctx.usageError(
                Sift::tr("--ref: \u201c%1\u201d is not a date").arg(parser.value(QStringLiteral("ref"))));
        reference = ref->date;
    }
    const QList<DateMention> mentions = resolveMentions(text, reference);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const DateMention &m : mentions)
            array.append(mentionJson(m));
        ctx.printJson(
            QJsonObject{{QStringLiteral("reference"), reference.isValid() ? QJsonValue(reference.toString(Qt::ISODate))
                                                                          : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("mentions"), array}});
    } else {
        for (const DateMention &m : mentions) {
            ctx.out() << QStringLiteral("%1\t%2\t%3\n")
                             .arg(m.text, m.date.isValid() ? m.date.toIso() : Sift::tr("unknown (needs --ref)"),
                                  m.date.isValid() ? datePrecisionKey(m.date.precision) : QStringLiteral("-"));
        }
        if (mentions.isEmpty())
            ctx.out() << Sift::tr("No date expressions found.\n");
    }
    return mentions.isEmpty() ? InputFailed : Ok;
}

} // namespace

QList<Command> incidentCommands()
{
    return {
        {QStringLiteral("incident add"), Sift::tr("record an incident"), incidentAddCommand},
        {QStringLiteral("incident list"), Sift::tr("list incidents"), incidentListCommand},
        {QStringLiteral("incident import"), Sift::tr("import incidents from CSV (ACLED columns)"),
         incidentImportCommand},
        {QStringLiteral("timeline"), Sift::tr("count incidents per day, week, month or year"), timelineCommand},
        {QStringLiteral("date-resolve"), Sift::tr("resolve date expressions against a reference date"),
         dateResolveCommand},
    };
}

} // namespace sift::cli
