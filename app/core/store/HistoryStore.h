#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace sift {

class Database;

struct HistoryEntry {
    qint64 id = 0;
    QDateTime at;
    QString user;
    QString table;
    qint64 rowId = 0;
    QString field;
    QString oldValue;
    QString newValue;
};

/// The audit trail: who changed which field of which row from what to what, and when.
class HistoryStore
{
public:
    explicit HistoryStore(Database &db)
        : m_db(db)
    {}

    void record(const QString &table, qint64 rowId, const QString &field, const QString &oldValue,
                const QString &newValue);
    QList<HistoryEntry> entries(const QString &table, qint64 rowId) const;
    QList<HistoryEntry> latest(int limit) const;

    /// The analyst recorded with every edit: the name set in Settings (setCurrentUser), else SIFT_USER, else the
    /// OS user.
    static QString currentUser();
    static void setCurrentUser(const QString &name); ///< empty: back to the default

private:
    Database &m_db;
};

} // namespace sift
