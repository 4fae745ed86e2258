#include "core/project/IncidentCommands.h"

#include "core/domain/IncidentJson.h"
#include "core/domain/Translation.h"
#include "core/project/Project.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sift {

AddIncidentCommand::AddIncidentCommand(Project &project, const Incident &incident)
    : ProjectCommand(project, Sift::tr("New incident"))
    , m_incident(incident)
{}

void AddIncidentCommand::apply()
{
    m_incident.id = m_project.incidents().insert(m_incident);
    recordHistory(QStringLiteral("incident"), m_incident.id, QStringLiteral("created"), QString(),
                  m_incident.eventType);
}

void AddIncidentCommand::revert()
{
    m_project.incidents().remove(m_incident.id);
    recordHistory(QStringLiteral("incident"), m_incident.id, QStringLiteral("created"), QString(),
                  m_incident.eventType);
}

void AddIncidentCommand::notify()
{
    Q_EMIT m_project.incidentsChanged();
}

UpdateIncidentCommand::UpdateIncidentCommand(Project &project, const Incident &incident)
    : ProjectCommand(project, Sift::tr("Edit incident"))
    , m_old(project.incidents().incident(incident.id).value_or(Incident{}))
    , m_new(incident)
{}

void UpdateIncidentCommand::apply()
{
    if (m_old.id == 0)
        throw StoreError(Sift::tr("the incident no longer exists"));
    refuseIfChangedByOthers(m_stored ? *m_stored : m_old);
    m_project.incidents().update(m_new);
    recordChanges();
    if (m_project.db().isPostgres())
        m_stored = m_project.incidents().incident(m_new.id); // as stored: what the undo expects to find
}

void UpdateIncidentCommand::revert()
{
    refuseIfChangedByOthers(m_stored ? *m_stored : m_new);
    m_project.incidents().update(m_old);
    recordChanges();
    if (m_project.db().isPostgres())
        m_stored = m_project.incidents().incident(m_old.id);
}

void UpdateIncidentCommand::refuseIfChangedByOthers(const Incident &expected)
{
    // As for claim fields: on a server, another analyst may have edited the incident since this command last wrote
    // or read it. The row is locked, then each field (named as in the JSON export and the history) is compared.
    if (!m_project.db().isPostgres())
        return;
    m_project.db().lockRow("incident", expected.id);
    const std::optional<Incident> current = m_project.incidents().incident(expected.id);
    if (!current)
        throw StoreError(Sift::tr("the incident no longer exists"));
    const QJsonObject want = incidentJson(expected);
    const QJsonObject have = incidentJson(*current);
    auto shown = [](const QJsonValue &v) {
        if (v.isArray())
            return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        if (v.isObject())
            return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        return v.toVariant().toString();
    };
    for (auto it = want.begin(); it != want.end(); ++it) {
        const QJsonValue now = have.value(it.key());
        if (now != it.value())
            refuseIfChanged(QStringLiteral("incident"), expected.id, it.key(),
                            Sift::tr("The incident's %1").arg(QString(it.key()).replace(u'_', u' ')), shown(it.value()),
                            shown(now));
    }
}

void UpdateIncidentCommand::recordChanges()
{
    // One history row per changed field, named as in the JSON export.
    const QJsonObject before = incidentJson(m_old);
    const QJsonObject after = incidentJson(m_new);
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) != it.value())
            recordHistory(QStringLiteral("incident"), m_new.id, it.key(), before.value(it.key()).toVariant().toString(),
                          it.value().toVariant().toString());
    }
}

void UpdateIncidentCommand::notify()
{
    Q_EMIT m_project.incidentsChanged();
}

RemoveIncidentCommand::RemoveIncidentCommand(Project &project, qint64 incidentId)
    : ProjectCommand(project, Sift::tr("Delete incident"))
    , m_incident(project.incidents().incident(incidentId).value_or(Incident{}))
{}

void RemoveIncidentCommand::apply()
{
    if (m_incident.id == 0)
        throw StoreError(Sift::tr("the incident no longer exists"));
    m_project.incidents().remove(m_incident.id);
    recordHistory(QStringLiteral("incident"), m_incident.id, QStringLiteral("deleted"), m_incident.eventType,
                  QString());
}

void RemoveIncidentCommand::revert()
{
    m_project.incidents().insert(m_incident);
    recordHistory(QStringLiteral("incident"), m_incident.id, QStringLiteral("deleted"), m_incident.eventType,
                  QString());
}

void RemoveIncidentCommand::notify()
{
    Q_EMIT m_project.incidentsChanged();
}

} // namespace sift
