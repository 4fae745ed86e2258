#include "core/store/HistoryStore.h"

#include "core/store/Database.h"

#include <QMutex>

namespace sift {

namespace {

QMutex g_userLock;
QString g_user; // guarded by g_userLock: importers run on worker threads

} // namespace

void HistoryStore::setCurrentUser(const QString &name)
{
    const QMutexLocker lock(&g_userLock);
    g_user = name.simplified();
}

QString HistoryStore::currentUser()
{
    {
        const QMutexLocker lock(&g_userLock);
        if (!g_user.isEmpty())
            return g_user;
    }
    const QString user = qEnvironmentVariable("SIFT_USER", qEnvironmentVariable("USER"));
    return user.isEmpty() ? QStringLiteral("analyst") : user;
}

void HistoryStore::record(const QString &table, qint64 rowId, const QString &field, const QString &oldValue,
                          const QString &newValue)
{
    Statement st(m_db, "INSERT INTO history (at, user, table_name, row_id, field, old_value, new_value) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bind(2, currentUser())
        .bind(3, table)
        .bind(4, rowId)
        .bind(5, field)
        .bind(6, oldValue.isNull() ? QVariant() : QVariant(oldValue))
        .bind(7, newValue.isNull() ? QVariant() : QVariant(newValue))
        .exec();
}

namespace {

QList<HistoryEntry> read(Statement &st)
{
    QList<HistoryEntry> out;
    while (st.step()) {
        out << HistoryEntry{st.integer(0), QDateTime::fromString(st.text(1), Qt::ISODateWithMs),
                            st.text(2),    st.text(3),
                            st.integer(4), st.text(5),
                            st.text(6),    st.text(7)};
    }
    return out;
}

} // namespace

QList<HistoryEntry> HistoryStore::entries(const QString &table, qint64 rowId) const
{
    Statement st(m_db, "SELECT id, at, user, table_name, row_id, field, old_value, new_value FROM history "
                       "WHERE table_name = ? AND row_id = ? ORDER BY id");
    st.bind(1, table).bind(2, rowId);
    return read(st);
}

QList<HistoryEntry> HistoryStore::latest(int limit) const
{
    Statement st(m_db, "SELECT id, at, user, table_name, row_id, field, old_value, new_value FROM history "
                       "ORDER BY id DESC LIMIT ?");
    st.bind(1, qint64(limit));
    return read(st);
}

} // namespace sift
