#include "core/project/Project.h"

#include "core/project/ArticleCommands.h"
#include "core/project/ClaimCommands.h"
#include "core/project/EntityCommands.h"
#include "core/project/IncidentCommands.h"
#include "core/project/MacroCommand.h"
#include "core/project/VocabularyCommands.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>
#include <atomic>

namespace sift {

std::unique_ptr<Project> Project::open(const QString &path, QString *error, Store::OpenMode mode)
{
    std::unique_ptr<Project> project(new Project);
    const QString message = project->m_store.open(path, mode);
    if (!message.isEmpty()) {
        if (error)
            *error = message;
        return nullptr;
    }
    project->m_undoStack.setUndoLimit(500);
    // First connection, so the stack is back in step before anyone else hears of the move.
    connect(&project->m_undoStack, &QUndoStack::indexChanged, project.get(), &Project::finishResync);
    project->listenForChanges();
    return project;
}

std::unique_ptr<Project> Project::openOrRead(const QString &path, QString *error, QString *readOnlyReason)
{
    std::unique_ptr<Project> project(new Project);
    QString message = project->m_store.open(path, Store::OpenMode::ExistingOnly);
    if (!message.isEmpty() && project->m_store.writeRefused()) {
        if (readOnlyReason)
            *readOnlyReason = message;
        message = project->m_store.open(path, Store::OpenMode::ReadOnly);
    }
    if (!message.isEmpty()) {
        if (error)
            *error = message;
        return nullptr;
    }
    project->m_undoStack.setUndoLimit(500);
    // First connection, so the stack is back in step before anyone else hears of the move.
    connect(&project->m_undoStack, &QUndoStack::indexChanged, project.get(), &Project::finishResync);
    project->listenForChanges();
    return project;
}

Project::~Project() = default;

void Project::listenForChanges()
{
    try {
        if (!m_store.db().listen())
            return;
    } catch (const StoreError &) {
        return; // the window works, it only does not hear of others' edits
    }
    watchConnection();
    m_reconnections = m_store.db().reconnections();
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &Project::tryReconnect);
    m_store.db().setConnectionHandler([this] {
        // Possibly inside a statement or the notifier's own slot: only stop watching the socket (libpq may have
        // closed it already) and look at the rest from the event loop.
        if (m_remoteChanges)
            m_remoteChanges->setEnabled(false);
        QMetaObject::invokeMethod(this, &Project::connectionStateChanged, Qt::QueuedConnection);
    });
}

void Project::watchConnection()
{
    m_remoteChanges = std::make_unique<QSocketNotifier>(m_store.db().notificationSocket(), QSocketNotifier::Read, this);
    connect(m_remoteChanges.get(), &QSocketNotifier::activated, this, &Project::applyRemoteChanges);
}

void Project::connectionStateChanged()
{
    Database &db = m_store.db();
    if (!db.isConnected()) {
        m_remoteChanges.reset();
        if (m_connected) {
            m_connected = false;
            Q_EMIT connectionChanged(false, tr("The connection to the server was lost: %1. Sift keeps trying to "
                                               "reconnect; edits are refused until it is back.")
                                                .arg(db.errorMessage()));
        }
        if (!m_reconnectTimer.isActive())
            m_reconnectTimer.start(std::chrono::seconds(1));
        return;
    }
    if (db.reconnections() == m_reconnections && m_remoteChanges)
        return; // nothing new: an earlier call already caught up
    m_reconnections = db.reconnections();
    m_reconnectTimer.stop();
    m_failedReconnects = 0;
    m_connected = true;
    watchConnection(); // a new session has a new socket
    Q_EMIT connectionChanged(true, tr("Connected to the server again; the views were reloaded."));
    try {
        Q_EMIT articlesReset();
        Q_EMIT claimsChanged(0);
        Q_EMIT entitiesChanged();
        Q_EMIT incidentsChanged();
    } catch (const StoreError &e) {
        Q_EMIT errorOccurred(tr("Could not reload after reconnecting to the server: %1").arg(e.message()));
    }
}

void Project::tryReconnect()
{
    // A host that never answers (a network that went away) keeps a connection attempt waiting for the whole
    // connection timeout, 10 s: so each attempt first asks on another thread whether the server answers at all,
    // and the window reconnects, on its own thread, only once it does. While the server is silent, statements fail
    // at once instead of each waiting out the timeout; while it refuses (restarting), an edit tries at once. The
    // attempts back off: 3, 3, 6, 12, 24, 48 s, then every minute.
    if (m_probe)
        return;
    std::function<bool()> probe = m_store.db().serverProbe();
    if (!probe)
        return;
    auto answered = std::make_shared<std::atomic_bool>(false);
    m_probe = QThread::create([probe = std::move(probe), answered] { *answered = probe(); });
    connect(m_probe, &QThread::finished, m_probe, &QObject::deleteLater);
    QElapsedTimer clock;
    clock.start();
    connect(m_probe, &QThread::finished, this, [this, answered, clock] {
        m_probe = nullptr;
        Database &db = m_store.db();
        // A refusal comes back at once; silence takes the timeout.
        db.setReconnectOnDemand(*answered || clock.elapsed() < 1000);
        if (db.isConnected() || (*answered && db.reconnect())) {
            db.setReconnectOnDemand(true);
            return;
        }
        const int step = std::min(m_failedReconnects++, 6);
        m_reconnectTimer.start(std::chrono::seconds(step < 2 ? 3 : std::min(3 << (step - 1), 60)));
    });
    m_probe->start();
}

void Project::applyRemoteChanges()
{
    bool articles = false;
    bool claims = false;
    bool entities = false;
    bool incidents = false;
    QList<qint64> edited;
    for (const QString &change : m_store.db().takeChanges()) {
        if (change.startsWith(QLatin1String("article:")))
            edited << change.mid(8).toLongLong();
        else if (change == u"article")
            articles = true;
        else if (change.startsWith(QLatin1String("claim")) || change == u"tag")
            claims = true;
        else if (change.startsWith(QLatin1String("entity")))
            entities = true;
        else if (change.startsWith(QLatin1String("incident")) || change == u"event_type")
            incidents = true;
        else if (change == u"status")
            claims = incidents = true;
    }
    // Called from the event loop: a view that cannot reload (the server went away) says so instead of aborting.
    try {
        for (const qint64 id : edited)
            Q_EMIT articleChanged(id);
        if (articles)
            Q_EMIT articlesReset();
        if (claims)
            Q_EMIT claimsChanged(0);
        if (entities)
            Q_EMIT entitiesChanged();
        if (incidents)
            Q_EMIT incidentsChanged();
    } catch (const StoreError &e) {
        Q_EMIT errorOccurred(tr("Could not show another analyst's change: %1").arg(e.message()));
    }
}

QString Project::name() const
{
    if (Database::isServerLocation(path())) {
        // "desk on db.example": the database and its server, never the password (path() has none).
        const QUrl url(path());
        return tr("%1 on %2").arg(url.path().mid(1), url.host());
    }
    return QFileInfo(path()).fileName();
}

bool Project::push(ProjectCommand *command)
{
    if (m_openMacro) {
        // Part of the macro (its child since construction): runs now, in the macro's transaction.
        m_commandFailed = false;
        command->redo();
        return !command->failed();
    }
    if (isReadOnly()) {
        delete command;
        reportError(tr("This project is open read-only; the change was not made."));
        return false;
    }
    // push() runs redo(); a command that fails reports an error and marks itself obsolete, and the
    // stack deletes it, so success is read from the flag, never from the command.
    m_commandFailed = false;
    m_undoStack.push(command);
    return !m_commandFailed;
}

void Project::reportError(const QString &message)
{
    m_commandFailed = true;
    Q_EMIT errorOccurred(message);
}

void Project::reportStoreError(const StoreError &e)
{
    reportError(tr("The change was not made: %1").arg(e.message()));
}

void Project::notifyArticlesImported()
{
    Q_EMIT articlesReset();
}

bool Project::pushMacro(const QString &text, const std::function<bool()> &body)
{
    if (m_openMacro)
        return body(); // a macro inside a macro joins the outer one
    if (isReadOnly()) {
        reportError(tr("This project is open read-only; the change was not made."));
        return false;
    }
    auto macro = std::make_unique<MacroCommand>(*this, text);
    m_openMacro = macro.get();
    bool ok = false;
    try {
        Transaction tx(db());
        ok = body();
        if (ok)
            tx.commit();
    } catch (const StoreError &e) {
        reportError(tr("Could not %1: %2").arg(text.toLower(), e.message()));
        ok = false;
    }
    m_openMacro = nullptr;
    if (!ok || macro->size() == 0)
        return ok; // rolled back, or nothing to do; the failure was already reported
    // Already applied and committed: the push only notifies.
    macro->m_appliedAhead = true;
    m_undoStack.push(macro.release());
    return true;
}

void Project::resync(bool undoing, const QString &message)
{
    if (!m_resync)
        m_resync = Resync{undoing, message};
}

void Project::finishResync()
{
    if (!m_resync || m_resyncing)
        return;
    m_resyncing = true;
    auto skipping = [this](int index) {
        const auto *command = dynamic_cast<const ProjectCommand *>(m_undoStack.command(index));
        return command && command->m_skipNext;
    };
    // Each command passed over skips this move, so nothing runs: the stack just walks back to the database.
    if (m_resync->undoing) {
        while (m_undoStack.index() < m_undoStack.count() && skipping(m_undoStack.index()))
            m_undoStack.redo();
    } else {
        while (m_undoStack.index() > 0 && skipping(m_undoStack.index() - 1))
            m_undoStack.undo();
    }
    const QString message = m_resync->message;
    m_resync.reset();
    m_resyncing = false;
    reportError(message);
}

bool Project::setArticleField(qint64 articleId, ArticleStore::Field field, const QString &value)
try {
    if (!m_articles.exists(articleId)) {
        reportError(tr("No article with id %1.").arg(articleId));
        return false;
    }
    QString stored = value;
    if (field == ArticleStore::Field::Published) {
        const auto date = partialDateFromUserText(value);
        if (!date) {
            reportError(tr("'%1' is not a date: use YYYY-MM-DD, YYYY-MM, YYYY, or leave it empty.").arg(value));
            return false;
        }
        stored = date->toIso();
    } else if (field == ArticleStore::Field::ReviewState) {
        const auto state = reviewStateFromKey(value);
        if (!state) {
            reportError(tr("'%1' is not a review state: new, in review or done.").arg(value));
            return false;
        }
        stored = reviewStateKey(*state);
    } else if (field == ArticleStore::Field::Title && value.simplified().isEmpty()) {
        reportError(tr("An article needs a title."));
        return false;
    }
    if (m_articles.fieldValue(articleId, field) == stored)
        return true;
    return push(new SetArticleFieldCommand(*this, articleId, field, stored));
} catch (const StoreError &e) {
    reportStoreError(e);
    return false;
}

qint64 Project::entityIdFor(const QString &name)
{
    if (name.simplified().isEmpty())
        return 0;
    if (const qint64 id = m_entities.findByName(name))
        return id;
    Entity e;
    e.name = name.simplified();
    if (!push(new AddEntityCommand(*this, e)))
        return -1;
    return m_entities.findByName(name);
}

qint64 Project::addClaim(Claim claim)
try {
    if (!m_articles.exists(claim.articleId)) {
        reportError(tr("No article with id %1.").arg(claim.articleId));
        return 0;
    }
    if (claim.anchor.quote.isEmpty()) {
        reportError(tr("A claim needs a quote: select the text first."));
        return 0;
    }
    if (claim.credibility < 0 || claim.credibility > 6) {
        reportError(tr("Credibility is a number from 1 (confirmed) to 6 (cannot be judged)."));
        return 0;
    }
    if (claim.statusId == 0 && !claim.status.isEmpty()) {
        const auto status = m_vocabulary.statusByName(claim.status);
        if (!status) {
            reportError(tr("'%1' is not a status of this project.").arg(claim.status));
            return 0;
        }
        claim.statusId = status->id;
    }
    qint64 id = 0;
    const bool added = pushMacro(tr("New claim"), [&] {
        if (claim.claimantId == 0 && (claim.claimantId = entityIdFor(claim.claimant)) < 0)
            return false;
        if (claim.reportedById == 0 && (claim.reportedById = entityIdFor(claim.reportedBy)) < 0)
            return false;
        auto *command = new AddClaimCommand(*this, claim);
        if (!push(command))
            return false;
        id = command->claimId(); // kept by the macro, so still alive
        return true;
    });
    return added ? id : 0;
} catch (const StoreError &e) {
    reportStoreError(e);
    return 0;
}

bool Project::removeClaim(qint64 claimId)
try {
    if (!m_claims.claim(claimId)) {
        reportError(tr("No claim with id %1.").arg(claimId));
        return false;
    }
    return push(new RemoveClaimCommand(*this, claimId));
} catch (const StoreError &e) {
    reportStoreError(e);
    return false;
}

bool Project::setClaimField(qint64 claimId, ClaimStore::Field field, const QVariant &value)
try {
    if (!m_claims.claim(claimId)) {
        reportError(tr("No claim with id %1.").arg(claimId));
        return false;
    }
    if (field == ClaimStore::Field::Credibility && (value.toInt() < 0 || value.toInt() > 6)) {
        reportError(tr("Credibility is a number from 1 (confirmed) to 6 (cannot be judged)."));
        return false;
    }
    if (field == ClaimStore::Field::Stance && !stanceFromKey(value.toString())) {
        reportError(tr("'%1' is not a stance.").arg(value.toString()));
        return false;
    }
    if (field == ClaimStore::Field::Status && !m_vocabulary.statusById(value.toLongLong())) {
        reportError(tr("Unknown status."));
        return false;
    }
    QVariant stored = value;
    if (field == ClaimStore::Field::Stance)
        stored = stanceKey(*stanceFromKey(value.toString()));
    if (m_claims.fieldValue(claimId, field) == stored)
        return true;
    return push(new SetClaimFieldCommand(*this, claimId, field, stored));
} catch (const StoreError &e) {
    reportStoreError(e);
    return false;
}

bool Project::setClaimEntity(qint64 claimId, ClaimStore::Field field, const QString &name)
try {
    const qint64 existing = name.simplified().isEmpty() ? 0 : m_entities.findByName(name);
    if (existing || name.simplified().isEmpty())
        return setClaimField(claimId, field, existing);
    return pushMacro(tr("Set claim entity"), [&] {
        const qint64 id = entityIdFor(name);
        return id > 0 && setClaimField(claimId, field, id);
    });
} catch (const StoreError &e) {
    reportStoreError(e);
    return false;
}

qint64 Project::addClaimLink(qint64 fromClaim, qint64 toClaim, ClaimRelation relation)
try {
    if (fromClaim == toClaim) {
        reportError(tr("A claim cannot be linked to itself."));
        return 0;
    }
    if (!m_claims.claim(fromClaim) || !m_claims.claim(toClaim)) {
        reportError(tr("Both claims must exist to link them."));
        return 0;
    }
    auto *command = new AddClaimLinkCommand(*this, ClaimLink{0, fromClaim, toClaim, relation});
    // The stack deletes a command only when it failed, so on success the pointer is still good.
    return push(command) ? command->linkId() : 0;
} catch (const StoreError &e) {
    reportStoreError(e);
    return 0;
}

bool Project::removeClaimLink(qint64 linkId)
try {
    const auto link = m_claims.link(linkId);
    if (!link) {
        reportError(tr("No such link."));
        return false;
    }
    return push(new RemoveClaimLinkCommand(*this, *link));
} catch (const StoreError &e) {
    reportStoreError(e);
    return false;
}

qint64 Project::addEntity(const Entity &entity)
try {
    if (entity.name.simplified().isEmpty()) {
        reportError(tr("An entity needs a name."));
        return 0;
    }
    auto *command = new AddEntityCommand(*this, entity);
    if (!push(command))
        return 0;
    return m_entities.findByName(entity.name);
} catch (const StoreError &e) {
    reportStoreError(e);
    return 0;
}

bool Project::renameEntity(qint64 entityId, const QString &name)
try {
    if (name.simplified().isEmpty()) {
        reportError(tr("An entity needs a name."));
        return false;
    }
    return push(new SetEntityFieldCommand(*this, entityId, SetEntityFieldCommand::Field::Name, name.simplified()));
} catch (const StoreError &e) {
    reportStoreError(e);
    return false;
}

bool Project::setEntityKind(qint64 entityId, const QString &kind)
try {
    return push(new SetEntityFieldCommand(*this, entityId, SetEntityFieldCommand::Field::Kind, kind));
} catch (const StoreError &e) {
    reportStoreError(e);
    return false;
}

bool Project::setEntityReliability(qint64 entityId, const QString &grade)
try {
    return push(new SetEntityFieldCommand(*this, entityId, SetEntityFieldCommand::Field::Reliability,
                                          grade.trimmed().toUpper()));
} catch (const StoreError &e) {
    reportStoreError(e);
    return false;
}

bool Project::setEntityAliases(qint64 entityId, const QStringList &aliases)
try {
    return push(new SetEntityFieldCommand(*this, entityId, SetEntityFieldCommand::Field::Aliases, aliases));
} catch (const StoreError &e) {
    reportStoreError(e);
    return false;
}

bool Project::mergeEntities(qint64 from, qint64 into)
try {
    return push(new MergeEntitiesCommand(*this, from, into));
} catch (const StoreError &e) {
    reportStoreError(e);
    return false;
}

bool Project::needsNewNames(const Incident &incident) const
{
    return (incident.actor1Id == 0 && !incident.actor1.simplified().isEmpty()) ||
           (incident.actor2Id == 0 && !incident.actor2.simplified().isEmpty()) ||
           (!incident.eventType.isEmpty() && !m_vocabulary.eventTypeId(incident.eventType)) ||
           (!incident.eventType.isEmpty() && !incident.subEventType.isEmpty() &&
            !m_vocabulary.eventTypeId(incident.subEventType, incident.eventType));
}

bool Project::resolveIncidentNames(Incident &incident)
{
    if (incident.actor1Id == 0 && (incident.actor1Id = entityIdFor(incident.actor1)) < 0)
        return false;
    if (incident.actor2Id == 0 && (incident.actor2Id = entityIdFor(incident.actor2)) < 0)
        return false;
    // A type the analyst typed joins the vocabulary, so the next incident offers it; undo takes it back.
    if (!incident.eventType.isEmpty() && !m_vocabulary.eventTypeId(incident.eventType) &&
        !push(new AddEventTypeCommand(*this, incident.eventType)))
        return false;
    if (!incident.eventType.isEmpty() && !incident.subEventType.isEmpty() &&
        !m_vocabulary.eventTypeId(incident.subEventType, incident.eventType) &&
        !push(new AddEventTypeCommand(*this, incident.subEventType, incident.eventType)))
        return false;
    return true;
}

qint64 Project::addIncident(const Incident &incident)
try {
    if (!needsNewNames(incident)) {
        auto *command = new AddIncidentCommand(*this, incident);
        return push(command) ? command->incidentId() : 0;
    }
    // Actors given by name only and new event types: made in the same undoable step, as addClaim does.
    qint64 id = 0;
    const bool added = pushMacro(tr("New incident"), [&] {
        Incident resolved = incident;
        if (!resolveIncidentNames(resolved))
            return false;
        auto *command = new AddIncidentCommand(*this, resolved);
        if (!push(command))
            return false;
        id = command->incidentId(); // kept by the macro, so still alive
        return true;
    });
    return added ? id : 0;
} catch (const StoreError &e) {
    reportStoreError(e);
    return 0;
}

bool Project::updateIncident(const Incident &incident)
try {
    if (!needsNewNames(incident))
        return push(new UpdateIncidentCommand(*this, incident));
    return pushMacro(tr("Edit incident"), [&] {
        Incident resolved = incident;
        return resolveIncidentNames(resolved) && push(new UpdateIncidentCommand(*this, resolved));
    });
} catch (const StoreError &e) {
    reportStoreError(e);
    return false;
}

bool Project::removeIncident(qint64 incidentId)
try {
    return push(new RemoveIncidentCommand(*this, incidentId));
} catch (const StoreError &e) {
    reportStoreError(e);
    return false;
}

bool Project::setIncidentClaims(qint64 incidentId, const QList<qint64> &claimIds)
try {
    auto incident = m_incidents.incident(incidentId);
    if (!incident) {
        reportError(tr("No incident with id %1.").arg(incidentId));
        return false;
    }
    incident->claimIds = claimIds;
    return updateIncident(*incident);
} catch (const StoreError &e) {
    reportStoreError(e);
    return false;
}

} // namespace sift
