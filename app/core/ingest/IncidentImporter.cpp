#include "core/ingest/IncidentImporter.h"

#include "core/analysis/DateParser.h"
#include "core/domain/Translation.h"
#include "core/ingest/CsvReader.h"
#include "core/ingest/TextDecoder.h"
#include "core/store/Database.h"
#include "core/store/EntityStore.h"
#include "core/store/HistoryStore.h"
#include "core/store/IncidentStore.h"
#include "core/store/VocabularyStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace sift {

namespace {

class Cancelled
{
};

/// "Event_ID cnty" -> "eventidcnty".
QString normalizedColumn(const QString &name)
{
    QString out;
    for (const QChar c : name.trimmed()) {
        if (c != QLatin1Char(' ') && c != QLatin1Char('_') && c != QLatin1Char('-'))
            out += c.toLower();
    }
    return out;
}

QString defaultColumn(const QString &field)
{
    return field == QLatin1String("id") ? QStringLiteral("event_id_cnty") : field;
}

/// The column index of every field found in the header; a mapped column that is missing is an error.
std::optional<QHash<QString, int>> resolveColumns(const QStringList &header, const IncidentFieldMap &map,
                                                  QString *error)
{
    QHash<QString, int> byName;
    for (int i = int(header.size()) - 1; i >= 0; --i)
        byName.insert(normalizedColumn(header.at(i)), i);
    QHash<QString, int> columns;
    for (const QString &field : IncidentImporter::fields()) {
        if (map.contains(field)) {
            const QString column = map.value(field);
            int index = int(header.indexOf(column));
            if (index < 0)
                index = byName.value(normalizedColumn(column), -1);
            if (index < 0) {
                *error = Sift::tr("the column \u201c%1\u201d mapped to %2 is not in the header").arg(column, field);
                return std::nullopt;
            }
            columns.insert(field, index);
        } else if (const int index = byName.value(normalizedColumn(defaultColumn(field)), -1); index >= 0) {
            columns.insert(field, index);
        }
    }
    if (!columns.contains(QStringLiteral("event_date"))) {
        *error = Sift::tr("no event_date column: this does not look like an incident table (map one with "
                          "event_date=COLUMN)");
        return std::nullopt;
    }
    return columns;
}

std::optional<DatePrecision> precisionFromColumn(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("1"))
        return DatePrecision::Day;
    if (t == QLatin1String("2"))
        return DatePrecision::Week;
    if (t == QLatin1String("3"))
        return DatePrecision::Month;
    return datePrecisionFromKey(t);
}

/// One CSV row's fields by Sift field name.
class Row
{
public:
    Row(const QStringList &fields, const QHash<QString, int> &columns)
        : m_fields(fields)
        , m_columns(columns)
    {}

    QString value(const QString &field) const
    {
        const int index = m_columns.value(field, -1);
        return index >= 0 && index < m_fields.size() ? m_fields.at(index).trimmed() : QString();
    }

private:
    const QStringList &m_fields;
    const QHash<QString, int> &m_columns;
};

/// Thrown while reading a row; the row fails with this reason.
struct RowError {
    QString reason;
};

PartialDate readDate(const Row &row)
{
    const QString text = row.value(QStringLiteral("event_date"));
    const QString precisionText = row.value(QStringLiteral("time_precision"));
    std::optional<DatePrecision> precision = DatePrecision::Day;
    if (!precisionText.isEmpty() && !(precision = precisionFromColumn(precisionText)))
        throw RowError{
            Sift::tr("time_precision \u201c%1\u201d is not 1, 2, 3, day, week, month or year").arg(precisionText)};
    if (text.isEmpty())
        return {};
    const std::optional<PartialDate> date = parseDate(text);
    if (!date)
        throw RowError{Sift::tr("event_date \u201c%1\u201d is not a date").arg(text)};
    return coarsened(*date, *precision);
}

std::optional<double> readReal(const Row &row, const QString &field, double limit)
{
    const QString text = row.value(field);
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < -limit || value > limit)
        throw RowError{Sift::tr("%1 \u201c%2\u201d is not a number between -%3 and %3").arg(field, text).arg(limit)};
    return value;
}

std::optional<int> readInt(const Row &row, const QString &field, int min, int max)
{
    const QString text = row.value(field);
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max)
        throw RowError{
            Sift::tr("%1 \u201c%2\u201d is not a whole number from %3 to %4").arg(field, text).arg(min).arg(max)};
    return value;
}

void readPlace(const Row &row, Incident &incident)
{
    incident.country = row.value(QStringLiteral("country"));
    incident.admin1 = row.value(QStringLiteral("admin1"));
    incident.admin2 = row.value(QStringLiteral("admin2"));
    incident.location = row.value(QStringLiteral("location"));
    incident.latitude = readReal(row, QStringLiteral("latitude"), 90);
    incident.longitude = readReal(row, QStringLiteral("longitude"), 180);
    if (incident.latitude.has_value() != incident.longitude.has_value())
        throw RowError{Sift::tr("latitude and longitude must be given together")};
    incident.geoPrecision = readInt(row, QStringLiteral("geo_precision"), 1, 3).value_or(0);
}

/// A hash of every field (trailing empty fields aside, as spreadsheets add them): equal for rows written alike.
QString rowHash(const QStringList &fields)
{
    qsizetype n = fields.size();
    while (n > 0 && fields.at(n - 1).trimmed().isEmpty())
        --n;
    const QString joined = fields.mid(0, n).join(QChar(0x1f));
    return QString::fromLatin1(QCryptographicHash::hash(joined.toUtf8(), QCryptographicHash::Sha1).toHex());
}

/// The fields an import writes, named as in the JSON export, as the history shows them.
QList<std::pair<QString, QString>> describedFields(const Incident &i)
{
    const auto real = [](const std::optional<double> &v) { return v ? QString::number(*v, 'g', 17) : QString(); };
    return {
        {QStringLiteral("event_date"), i.eventDate.isValid() ? i.eventDate.date.toString(Qt::ISODate) : QString()},
        {QStringLiteral("time_precision"), datePrecisionKey(i.eventDate.precision)},
        {QStringLiteral("event_type"), i.eventType},
        {QStringLiteral("sub_event_type"), i.subEventType},
        {QStringLiteral("actor1"), i.actor1},
        {QStringLiteral("actor2"), i.actor2},
        {QStringLiteral("country"), i.country},
        {QStringLiteral("admin1"), i.admin1},
        {QStringLiteral("admin2"), i.admin2},
        {QStringLiteral("location"), i.location},
        {QStringLiteral("latitude"), real(i.latitude)},
        {QStringLiteral("longitude"), real(i.longitude)},
        {QStringLiteral("geo_precision"), i.geoPrecision > 0 ? QString::number(i.geoPrecision) : QString()},
        {QStringLiteral("fatalities"), i.fatalities ? QString::number(*i.fatalities) : QString()},
        {QStringLiteral("notes"), i.notes},
        {QStringLiteral("status"), i.status},
    };
}

/// Turns rows into incidents and stores them, keeping what the rows share (entities, vocabulary) at hand.
class RowImporter
{
public:
    RowImporter(Database &db, const QHash<QString, int> &columns, IncidentImportSummary &summary)
        : m_entities(db)
        , m_incidents(db)
        , m_vocabulary(db)
        , m_history(db)
        , m_columns(columns)
        , m_summary(summary)
        , m_hasIdColumn(columns.contains(QStringLiteral("id")))
        , m_defaultStatus(m_vocabulary.defaultStatus())
    {
        for (const QString &type : m_vocabulary.eventTypes()) {
            m_eventTypes.insert(type.toLower(), type);
            for (const QString &sub : m_vocabulary.subEventTypes(type))
                m_eventTypes.insert(sub.toLower(), sub);
        }
    }

    void import(const QStringList &fields, int line, int headerSize)
    {
        const Row row(fields, m_columns);
        const QString key = rowKey(fields, row);
        if (key.isEmpty()) {
            ++m_summary.duplicates;
            return;
        }
        try {
            checkWidth(fields, headerSize);
            Incident incident = read(row);
            incident.sourceKey = key;
            if (const std::optional<Incident> stored = m_incidents.bySourceKey(key)) {
                merge(*stored, incident, line);
                return;
            }
            createActors(incident);
            incident.importHash = IncidentStore::contentHash(incident);
            m_summary.newIncidentIds << m_incidents.insert(incident);
            ++m_summary.imported;
        } catch (const RowError &e) {
            m_summary.failures << IncidentImportSummary::RowFailure{line, e.reason};
        }
    }

    void finish()
    {
        for (const QString &id : std::as_const(m_idOrder)) {
            if (const qsizetype n = m_rowHashesById.value(id).size(); n > 1) {
                m_summary.sharedIdRows += int(n);
                m_summary.sharedIds << id;
            }
        }
        for (auto it = m_unknownStatuses.cbegin(); it != m_unknownStatuses.cend(); ++it) {
            m_summary.warnings << Sift::tr("unknown status \u201c%1\u201d on %2 row(s); set to %3")
                                      .arg(it.key())
                                      .arg(it.value())
                                      .arg(m_defaultStatus.name);
        }
    }

private:
    /// The row's source key: its id, "ID#2" for the second different row with that id (and so on), else
    /// "row:" and a hash of the row. Empty for a row the file already had, field for field.
    QString rowKey(const QStringList &fields, const Row &row)
    {
        const QString hash = rowHash(fields);
        const QString id = m_hasIdColumn ? row.value(QStringLiteral("id")) : QString();
        if (id.isEmpty()) {
            if (m_rowHashes.contains(hash))
                return {};
            m_rowHashes.insert(hash);
            return QStringLiteral("row:") + hash;
        }
        auto it = m_rowHashesById.find(id);
        if (it == m_rowHashesById.end()) {
            m_idOrder << id;
            it = m_rowHashesById.insert(id, {});
        }
        if (it->contains(hash))
            return {};
        it->append(hash);
        return it->size() == 1 ? id : id + QLatin1Char('#') + QString::number(it->size());
    }

    /// A row whose key the project already has. Whether an analyst edited the incident since its import is
    /// told by content, not time: the import stores the hash of what it wrote (import_hash), and the incident
    /// is unedited exactly when its current content still hashes to that. Timestamps would not do: updated_at
    /// has one-second resolution, moves on an undone edit that restored the imported values, and follows the
    /// clock of whichever machine wrote it.
    void merge(const Incident &stored, Incident incoming, int line)
    {
        const QString fileHash = IncidentStore::contentHash(incoming);
        if (fileHash == stored.importHash) {
            ++m_summary.unchanged; // the file says what it said last time, whatever Sift made of it since
            return;
        }
        const QString currentHash = IncidentStore::contentHash(stored);
        if (currentHash == fileHash) {
            // Sift already holds what the file now says (an analyst made the same correction): nothing to write.
            m_incidents.setImportHash(stored.id, fileHash);
            ++m_summary.unchanged;
            return;
        }
        if (currentHash != stored.importHash) {
            m_summary.conflicts << IncidentImportSummary::Conflict{line, stored.sourceKey, stored.id};
            return;
        }
        createActors(incoming);
        Incident revised = incoming;
        revised.id = stored.id;
        revised.claimIds = stored.claimIds;
        revised.articleIds = stored.articleIds;
        m_incidents.update(revised);
        m_incidents.setImportHash(stored.id, IncidentStore::contentHash(revised));
        // Read back for the names (actors, status) the history shows.
        const Incident after = m_incidents.incident(stored.id).value_or(revised);
        const auto before = describedFields(stored);
        const auto now = describedFields(after);
        for (qsizetype k = 0; k < before.size(); ++k) {
            if (before.at(k).second != now.at(k).second)
                m_history.record(QStringLiteral("incident"), stored.id, before.at(k).first, before.at(k).second,
                                 now.at(k).second);
        }
        ++m_summary.updated;
    }

    static void checkWidth(const QStringList &fields, int headerSize)
    {
        for (qsizetype i = headerSize; i < fields.size(); ++i) {
            if (!fields.at(i).trimmed().isEmpty())
                throw RowError{Sift::tr("the row has %1 fields, the header %2").arg(fields.size()).arg(headerSize)};
        }
    }

    Incident read(const Row &row)
    {
        Incident incident;
        incident.eventDate = readDate(row);
        incident.eventType = canonicalType(row.value(QStringLiteral("event_type")));
        incident.subEventType = canonicalType(row.value(QStringLiteral("sub_event_type")));
        readPlace(row, incident);
        incident.fatalities = readInt(row, QStringLiteral("fatalities"), 0, std::numeric_limits<int>::max());
        incident.notes = row.value(QStringLiteral("notes"));
        incident.actor1 = row.value(QStringLiteral("actor1")).simplified();
        incident.actor1Id = actorId(incident.actor1);
        incident.actor2 = row.value(QStringLiteral("actor2")).simplified();
        incident.actor2Id = actorId(incident.actor2);
        incident.statusId = statusId(row.value(QStringLiteral("status")));
        return incident;
    }

    QString canonicalType(const QString &type) const { return m_eventTypes.value(type.toLower(), type); }

    /// The entity named so (or by that alias), else -1: created by createActors only for an incident that is
    /// written, so a row left unchanged or in conflict adds no entity.
    qint64 actorId(const QString &name)
    {
        if (name.isEmpty())
            return 0;
        auto it = m_actorIds.constFind(name);
        if (it == m_actorIds.cend()) {
            const qint64 id = m_entities.findByName(name);
            if (id <= 0)
                return kNewActor;
            it = m_actorIds.insert(name, id);
        }
        return it.value();
    }

    void createActors(Incident &incident)
    {
        for (auto [id, name] :
             {std::pair{&incident.actor1Id, &incident.actor1}, std::pair{&incident.actor2Id, &incident.actor2}}) {
            if (*id == kNewActor)
                *id = *m_actorIds.insert(*name, m_entities.findOrCreate(*name));
        }
    }

    static constexpr qint64 kNewActor = -1;

    qint64 statusId(const QString &name)
    {
        if (name.isEmpty())
            return m_defaultStatus.id;
        if (const auto status = m_vocabulary.statusByName(name))
            return status->id;
        ++m_unknownStatuses[name];
        return m_defaultStatus.id;
    }

    EntityStore m_entities;
    IncidentStore m_incidents;
    VocabularyStore m_vocabulary;
    HistoryStore m_history;
    const QHash<QString, int> &m_columns;
    IncidentImportSummary &m_summary;
    bool m_hasIdColumn;
    Status m_defaultStatus;
    QHash<QString, QString> m_eventTypes; ///< lower case -> the vocabulary's spelling
    QHash<QString, qint64> m_actorIds;
    QSet<QString> m_rowHashes;                   ///< rows without an id seen in this file
    QHash<QString, QStringList> m_rowHashesById; ///< the different rows seen per id, in file order
    QStringList m_idOrder;
    QMap<QString, int> m_unknownStatuses;
};

/// Warns when the file holds admin3 values, which Sift's incidents have no field for.
void warnAboutAdmin3(const QList<QStringList> &rows, IncidentImportSummary &summary)
{
    const QStringList &header = rows.first();
    const auto it = std::find_if(header.cbegin(), header.cend(),
                                 [](const QString &name) { return normalizedColumn(name) == QLatin1String("admin3"); });
    if (it == header.cend())
        return;
    const qsizetype column = it - header.cbegin();
    const bool used = std::any_of(rows.cbegin() + 1, rows.cend(), [column](const QStringList &row) {
        return column < row.size() && !row.at(column).trimmed().isEmpty();
    });
    if (used)
        summary.warnings << Sift::tr("the admin3 column was not imported: incidents have no admin3 field");
}

} // namespace

QString IncidentImportSummary::text() const
{
    if (!error.isEmpty())
        return Sift::tr("Import failed: %1: %2\n").arg(path, error);
    if (cancelled)
        return Sift::tr("Import cancelled: nothing was imported\n");
    QString out = Sift::tr("Imported incidents: %1 new, %2 unchanged, %3 updated, %4 conflict(s); skipped %5 duplicate "
                           "row(s); %6 row(s) failed\n")
                      .arg(imported)
                      .arg(unchanged)
                      .arg(updated)
                      .arg(conflicts.size())
                      .arg(duplicates)
                      .arg(failures.size());
    if (sharedIdRows > 0) {
        constexpr qsizetype kShown = 10;
        QString ids = sharedIds.mid(0, kShown).join(QLatin1String(", "));
        if (sharedIds.size() > kShown)
            ids += Sift::tr(" and %1 more").arg(sharedIds.size() - kShown);
        out +=
            Sift::tr("  %1 rows share an id with another row: imported separately (%2)\n").arg(sharedIdRows).arg(ids);
    }
    for (const Conflict &c : conflicts)
        out += Sift::tr("  line %1: %2 was edited in Sift since its import; kept as edited, the file's version not "
                        "applied\n")
                   .arg(c.line)
                   .arg(c.key);
    for (const RowFailure &f : failures)
        out += Sift::tr("  line %1: %2\n").arg(f.line).arg(f.reason);
    for (const QString &w : warnings)
        out += Sift::tr("  warning: %1\n").arg(w);
    return out;
}

IncidentImporter::IncidentImporter(Database &db)
    : m_db(db)
{}

const QStringList &IncidentImporter::fields()
{
    static const QStringList names{
        QStringLiteral("id"),         QStringLiteral("event_date"),     QStringLiteral("time_precision"),
        QStringLiteral("event_type"), QStringLiteral("sub_event_type"), QStringLiteral("actor1"),
        QStringLiteral("actor2"),     QStringLiteral("country"),        QStringLiteral("admin1"),
        QStringLiteral("admin2"),     QStringLiteral("location"),       QStringLiteral("latitude"),
        QStringLiteral("longitude"),  QStringLiteral("geo_precision"),  QStringLiteral("fatalities"),
        QStringLiteral("notes"),      QStringLiteral("status"),
    };
    return names;
}

std::optional<IncidentFieldMap> IncidentImporter::parseFieldMap(const QString &spec, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<IncidentFieldMap> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    IncidentFieldMap map;
    for (const QString &entry : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (entry.trimmed().isEmpty())
            continue;
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        const QString field = entry.left(eq).trimmed().toLower();
        const QString column = eq < 0 ? QString() : entry.mid(eq + 1).trimmed();
        if (eq < 0 || field.isEmpty() || column.isEmpty())
            return fail(
                Sift::tr("\u201c%1\u201d is not of the form field=column, as in event_date=date").arg(entry.trimmed()));
        if (!fields().contains(field))
            return fail(Sift::tr("unknown field \u201c%1\u201d; the fields are %2")
                            .arg(field, fields().join(QLatin1String(", "))));
        if (map.contains(field))
            return fail(Sift::tr("the field \u201c%1\u201d is mapped twice").arg(field));
        map.insert(field, column);
    }
    if (error)
        error->clear();
    return map;
}

IncidentImportSummary IncidentImporter::importFile(const QString &path)
{
    IncidentImportSummary summary;
    summary.path = path;
    QFile file(path);
    if (!file.exists()) {
        summary.error = Sift::tr("no such file");
        return summary;
    }
    if (file.size() > kMaxFileBytes) {
        summary.error = Sift::tr("file too large (%1 MB; the limit is %2 MB)")
                            .arg(file.size() / (1024 * 1024))
                            .arg(kMaxFileBytes / (1024 * 1024));
        return summary;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        summary.error = Sift::tr("cannot read: %1").arg(file.errorString());
        return summary;
    }
    const TextDecoder::Result decoded = TextDecoder::decode(file.readAll());
    if (!decoded.ok()) {
        summary.error = decoded.error;
        return summary;
    }
    IncidentImportSummary result = importText(decoded.text, path);
    result.warnings = decoded.warnings + result.warnings;
    return result;
}

IncidentImportSummary IncidentImporter::importText(const QString &text, const QString &name)
{
    IncidentImportSummary summary;
    summary.path = name;
    const QStringView firstLine = QStringView(text).left(text.indexOf(QLatin1Char('\n')));
    const CsvReader::Result csv = CsvReader(CsvReader::guessDelimiter(firstLine)).read(text);
    if (!csv.ok()) {
        summary.error = csv.error;
        return summary;
    }
    if (csv.rows.isEmpty()) {
        summary.error = Sift::tr("the file is empty");
        return summary;
    }
    const std::optional<QHash<QString, int>> columns = resolveColumns(csv.rows.first(), m_map, &summary.error);
    if (!columns)
        return summary;
    warnAboutAdmin3(csv.rows, summary);

    const int total = int(csv.rows.size()) - 1;
    const int headerSize = int(csv.rows.first().size());
    try {
        Transaction tx(m_db);
        RowImporter rows(m_db, *columns, summary);
        for (int i = 1; i <= total; ++i) {
            if (m_progress && i % 500 == 0 && !m_progress(i - 1, total))
                throw Cancelled();
            rows.import(csv.rows.at(i), csv.rowLines.at(i), headerSize);
        }
        rows.finish();
        tx.commit();
        if (m_progress)
            m_progress(total, total);
    } catch (const Cancelled &) {
        summary = IncidentImportSummary{};
        summary.path = name;
        summary.cancelled = true;
    } catch (const StoreError &e) {
        const QStringList warnings = summary.warnings;
        summary = IncidentImportSummary{};
        summary.path = name;
        summary.warnings = warnings;
        summary.error = Sift::tr("could not be stored: %1").arg(e.message());
    }
    return summary;
}

} // namespace sift
