#pragma once

#include "core/domain/Incident.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace sift {

class Database;

/// Sift incident field -> the CSV column that holds it.
using IncidentFieldMap = QHash<QString, QString>;

/// What became of one incident CSV.
struct IncidentImportSummary {
    struct RowFailure {
        int line = 0; ///< 1-based line on which the row starts
        QString reason;
    };

    /// A row whose incident an analyst edited since its import, left as edited.
    struct Conflict {
        int line = 0;
        QString key; ///< the incident's source key
        qint64 incidentId = 0;
    };

    QString path;
    int imported = 0;     ///< new incidents
    int unchanged = 0;    ///< rows the project already had with the same content (or an analyst's edit the file leaves)
    int updated = 0;      ///< incidents the file revised, their old values written to the history
    int duplicates = 0;   ///< rows the file repeated exactly
    int sharedIdRows = 0; ///< rows that share their id with a different row of the file, each imported on its own
    QStringList sharedIds;
    QList<Conflict> conflicts;
    QList<RowFailure> failures;
    QStringList warnings;
    QString error; ///< non-empty: the whole file failed and nothing was imported
    bool cancelled = false;
    QList<qint64> newIncidentIds;

    bool ok() const { return error.isEmpty() && !cancelled; }
    /// "Imported incidents: 5 new, 2 unchanged, 1 updated, 0 conflict(s); skipped 2 duplicate row(s); 1 row(s)
    /// failed", then a line for rows sharing an id, each conflict, failed row and warning.
    QString text() const;
};

/// Imports incidents from CSV: ACLED exports as they come, other tables through a field map. The file goes in
/// as one transaction on the given connection, written straight to the stores (like an article import, it is not
/// an undo step). Each row's identity is kept as its sourceKey: the id column, else a hash of the whole row.
/// - Rows that repeat an id with other content (one id, two locations) are all imported: the second is keyed
///   "ID#2", the third "ID#3", in file order; a row repeated exactly is a duplicate.
/// - A row whose key the project has is unchanged, or updated when the file revised it (ACLED re-releases
///   corrections under the same event_id_cnty), the old values going to the history; an incident an analyst
///   edited since its import is a conflict and stays as edited.
///
/// Columns are matched ignoring case, spaces, '_' and '-'. The fields, named as ACLED names its columns:
/// id (default column event_id_cnty), event_date, time_precision, event_type, sub_event_type, actor1, actor2,
/// country, admin1, admin2, location, latitude, longitude, geo_precision, fatalities, notes, status.
/// - event_date goes through parseDate ("2016-03-14", "14 March 2016", "March 2016"); a file without an event_date
///   column is refused, an empty date imports the incident undated.
/// - time_precision is ACLED's 1/2/3 (or day/week/month/year); the date becomes the first day of its period, the
///   Monday of its ISO week or the 1st of its month, as PartialDate keeps it.
/// - actor1/actor2 become entities (found by name or alias, else created).
/// - An empty or unknown event type is kept as written (known ones take the vocabulary's spelling); a row is never
///   refused for its type. An unknown status falls back to the default status with a warning.
/// - A row fails, with its line and the reason, for a date, number or coordinate it cannot read.
class IncidentImporter final
{
public:
    static constexpr qint64 kMaxFileBytes = 512 * 1024 * 1024;

    explicit IncidentImporter(Database &db);

    /// The field names a map may use, in ACLED column order.
    static const QStringList &fields();
    /// Parses "event_date=date,event_type=category"; nullopt and *error (a sentence) on a bad spec or unknown field.
    static std::optional<IncidentFieldMap> parseFieldMap(const QString &spec, QString *error);

    void setFieldMap(const IncidentFieldMap &map) { m_map = map; }
    /// Called every few hundred rows; returning false cancels the import, which then imports nothing.
    void setProgress(std::function<bool(int rowsDone, int rowsTotal)> progress) { m_progress = std::move(progress); }

    IncidentImportSummary importFile(const QString &path);
    IncidentImportSummary importText(const QString &text, const QString &name = {});

private:
    Database &m_db;
    IncidentFieldMap m_map;
    std::function<bool(int, int)> m_progress;
};

} // namespace sift
