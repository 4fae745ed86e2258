#pragma once

#include "core/domain/Incident.h"

#include <QList>

#include <optional>

namespace sift {

class Database;

struct IncidentFilter {
    QDate from; ///< inclusive, on event_date
    QDate to;
    QStringList eventTypes;
    QStringList statuses;
    bool includeUndated = true;
};

/// Incidents and their links to claims and articles.
class IncidentStore
{
public:
    explicit IncidentStore(Database &db)
        : m_db(db)
    {}

    /// Inserts incident (honouring incident.id when set) with its claim and article links; returns the id.
    qint64 insert(const Incident &incident);
    void update(const Incident &incident); ///< every field and the links
    void remove(qint64 id);
    std::optional<Incident> incident(qint64 id) const;
    QList<Incident> incidents(const IncidentFilter &filter = {}) const;
    qint64 count() const;
    bool hasSourceKey(const QString &key) const;
    std::optional<Incident> bySourceKey(const QString &key) const;
    /// Records that the import wrote this content (see contentHash); update() leaves the mark alone.
    void setImportHash(qint64 id, const QString &hash);
    /// A hash of the fields an incident import writes (not the id, links or source key), as stored: equal
    /// hashes mean equal imported content.
    static QString contentHash(const Incident &incident);
    void setClaims(qint64 incidentId, const QList<qint64> &claimIds);
    void linkClaim(qint64 incidentId, qint64 claimId);
    QList<qint64> incidentsForClaim(qint64 claimId) const;
    /// The most recently recorded incident at this location (case-insensitive), to reuse its place fields.
    std::optional<Incident> latestAt(const QString &location) const;

    /// The date, type and status of every dated incident, in no particular order: light enough for the timeline.
    struct DatedRow {
        QDate date;
        QString eventType;
        QString status;
    };
    QList<DatedRow> datedRows(const IncidentFilter &filter = {}) const;
    qint64 undatedCount(const IncidentFilter &filter = {}) const;

private:
    void writeLinks(qint64 id, const Incident &incident);
    QList<Incident> query(const QByteArray &where, const QList<QVariant> &params) const;

    Database &m_db;
};

} // namespace sift
