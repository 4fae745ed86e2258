#pragma once

#include "core/domain/Status.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace sift {

class Database;

/// The project's vocabularies: verification statuses and incident event types.
class VocabularyStore
{
public:
    explicit VocabularyStore(Database &db)
        : m_db(db)
    {}

    static QList<Status> defaultStatuses();
    /// ACLED's six event types, each with its sub-event types.
    static QList<QPair<QString, QStringList>> acledEventTypes();
    static void seed(Database &db);

    QList<Status> statuses() const;                                ///< in vocabulary order
    std::optional<Status> statusByName(const QString &name) const; ///< case-insensitive
    std::optional<Status> statusById(qint64 id) const;
    Status defaultStatus() const;

    QStringList eventTypes() const;
    QStringList subEventTypes(const QString &eventType) const;
    /// Adds a user event type (or a sub-type under parent); returns false if it already exists.
    bool addEventType(const QString &name, const QString &parent = {});
    /// The id of a type (or of a sub-type under parent); 0 when the vocabulary does not have it.
    qint64 eventTypeId(const QString &name, const QString &parent = {}) const;
    /// Removes a type with its sub-types (undo of an addition).
    void removeEventType(qint64 id);
    /// Puts a removed type back under its old id (redo of an addition).
    void restoreEventType(qint64 id, const QString &name, const QString &parent = {});

private:
    Database &m_db;
};

} // namespace sift
