#include "core/store/VocabularyStore.h"

#include "core/store/Database.h"

namespace sift {

QList<Status> VocabularyStore::defaultStatuses()
{
    // Okabe–Ito colours: distinguishable with the common forms of colour blindness.
    auto s = [](const char *name, const char *color, const char *alternate, int rating, const char *description) {
        Status status;
        status.name = QString::fromUtf8(name);
        status.color = QColor(QString::fromLatin1(color));
        status.alternateName = QString::fromUtf8(alternate);
        status.ratingValue = rating;
        status.description = QString::fromUtf8(description);
        return status;
    };
    QList<Status> list{
        s("Unverified", "#8C8C8C", "Unverified", 3, "Not yet checked."),
        s("In progress", "#56B4E9", "Being checked", 3, "Checking has started."),
        s("Verified", "#009E73", "True", 5, "Confirmed by independent evidence."),
        s("False", "#D55E00", "False", 1, "Shown to be untrue."),
        s("Misleading", "#E69F00", "Misleading", 2, "True in part, but presented to mislead."),
        s("Disputed", "#CC79A7", "Disputed", 3, "Contradicted by another party."),
        s("Unconfirmed", "#E8D534", "Unconfirmed", 3, "Neither confirmed nor denied."),
        s("Cannot be verified", "#0072B2", "Unverifiable", 3, "No way to check with the sources at hand."),
    };
    for (int i = 0; i < list.size(); ++i)
        list[i].position = i;
    list[0].isDefault = true;
    return list;
}

QList<QPair<QString, QStringList>> VocabularyStore::acledEventTypes()
{
    auto l = [](std::initializer_list<const char *> names) {
        QStringList out;
        for (const char *n : names)
            out << QString::fromUtf8(n);
        return out;
    };
    return {
        {QStringLiteral("Battles"),
         l({"Armed clash", "Government regains territory", "Non-state actor overtakes territory"})},
        {QStringLiteral("Explosions/Remote violence"),
         l({"Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
            "Remote explosive/landmine/IED", "Grenade"})},
        {QStringLiteral("Violence against civilians"),
         l({"Sexual violence", "Attack", "Abduction/forced disappearance"})},
        {QStringLiteral("Protests"),
         l({"Peaceful protest", "Protest with intervention", "Excessive force against protesters"})},
        {QStringLiteral("Riots"), l({"Violent demonstration", "Mob violence"})},
        {QStringLiteral("Strategic developments"),
         l({"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
            "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory",
            "Other"})},
    };
}

void VocabularyStore::seed(Database &db)
{
    Statement status(db, "INSERT INTO status (name, color, alternate_name, rating_value, position, is_default, "
                         "description) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const Status &s : defaultStatuses()) {
        status.bind(1, s.name)
            .bind(2, s.color.name())
            .bind(3, s.alternateName)
            .bind(4, s.ratingValue)
            .bind(5, s.position)
            .bind(6, s.isDefault ? 1 : 0)
            .bind(7, s.description)
            .exec();
    }
    VocabularyStore store(db);
    for (const auto &[type, subTypes] : acledEventTypes()) {
        store.addEventType(type);
        for (const QString &sub : subTypes)
            store.addEventType(sub, type);
    }
}

namespace {

constexpr const char *kStatusColumns =
    "SELECT id, name, color, alternate_name, rating_value, position, is_default, description FROM status ";

Status readStatus(const Statement &st)
{
    Status s;
    s.id = st.integer(0);
    s.name = st.text(1);
    s.color = QColor(st.text(2));
    s.alternateName = st.text(3);
    s.ratingValue = int(st.integer(4));
    s.position = int(st.integer(5));
    s.isDefault = st.integer(6) != 0;
    s.description = st.text(7);
    return s;
}

} // namespace

QList<Status> VocabularyStore::statuses() const
{
    Statement st(m_db, (QByteArray(kStatusColumns) + "ORDER BY position, id").constData());
    QList<Status> out;
    while (st.step())
        out << readStatus(st);
    return out;
}

std::optional<Status> VocabularyStore::statusByName(const QString &name) const
{
    Statement st(m_db, (QByteArray(kStatusColumns) + "WHERE name = ? COLLATE NOCASE").constData());
    st.bind(1, name.trimmed());
    if (st.step())
        return readStatus(st);
    return std::nullopt;
}

std::optional<Status> VocabularyStore::statusById(qint64 id) const
{
    Statement st(m_db, (QByteArray(kStatusColumns) + "WHERE id = ?").constData());
    st.bind(1, id);
    if (st.step())
        return readStatus(st);
    return std::nullopt;
}

Status VocabularyStore::defaultStatus() const
{
    Statement st(m_db, (QByteArray(kStatusColumns) + "ORDER BY is_default DESC, position LIMIT 1").constData());
    if (st.step())
        return readStatus(st);
    throw StoreError(QStringLiteral("the project has no verification statuses"));
}

QStringList VocabularyStore::eventTypes() const
{
    Statement st(m_db, "SELECT name FROM event_type WHERE parent_id IS NULL ORDER BY id");
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

QStringList VocabularyStore::subEventTypes(const QString &eventType) const
{
    Statement st(m_db, "SELECT c.name FROM event_type c JOIN event_type p ON p.id = c.parent_id "
                       "WHERE p.parent_id IS NULL AND p.name = ? ORDER BY c.id");
    st.bind(1, eventType);
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

bool VocabularyStore::addEventType(const QString &name, const QString &parent)
{
    qint64 parentId = 0;
    if (!parent.isEmpty()) {
        Statement find(m_db, "SELECT id FROM event_type WHERE parent_id IS NULL AND name = ?");
        find.bind(1, parent);
        if (!find.step()) {
            addEventType(parent);
            return addEventType(name, parent);
        }
        parentId = find.integer(0);
    }
    // UNIQUE does not catch two NULL parents, so look first.
    Statement exists(m_db, "SELECT 1 FROM event_type WHERE parent_id IS ? AND name = ?");
    exists.bindId(1, parentId).bind(2, name);
    if (exists.step())
        return false;
    Statement insert(m_db, "INSERT INTO event_type (parent_id, name) VALUES (?, ?)");
    insert.bindId(1, parentId).bind(2, name).exec();
    return true;
}

qint64 VocabularyStore::eventTypeId(const QString &name, const QString &parent) const
{
    if (parent.isEmpty()) {
        Statement st(m_db, "SELECT id FROM event_type WHERE parent_id IS NULL AND name = ?");
        st.bind(1, name);
        return st.step() ? st.integer(0) : 0;
    }
    Statement st(m_db, "SELECT c.id FROM event_type c JOIN event_type p ON p.id = c.parent_id "
                       "WHERE p.parent_id IS NULL AND p.name = ? AND c.name = ?");
    st.bind(1, parent).bind(2, name);
    return st.step() ? st.integer(0) : 0;
}

void VocabularyStore::removeEventType(qint64 id)
{
    Statement st(m_db, "DELETE FROM event_type WHERE id = ?");
    st.bind(1, id).exec();
}

void VocabularyStore::restoreEventType(qint64 id, const QString &name, const QString &parent)
{
    const qint64 parentId = parent.isEmpty() ? 0 : eventTypeId(parent);
    if (!parent.isEmpty() && !parentId)
        throw StoreError(QStringLiteral("there is no event type %1").arg(parent));
    Statement st(m_db, "INSERT INTO event_type (id, parent_id, name) VALUES (?, ?, ?)");
    st.bind(1, id).bindId(2, parentId).bind(3, name).exec();
}

} // namespace sift
