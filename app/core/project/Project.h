#pragma once

#include "core/domain/Claim.h"
#include "core/store/ArticleStore.h"
#include "core/store/ClaimStore.h"
#include "core/store/EntityStore.h"
#include "core/store/HistoryStore.h"
#include "core/store/IncidentStore.h"
#include "core/store/Store.h"
#include "core/store/VocabularyStore.h"

#include <QObject>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>

namespace sift {

class MacroCommand;
class ProjectCommand;

/// An open project: the store, the undo stack every edit goes through, and the change signals
/// that keep models and views in step. Views never write to the database themselves.
class Project final : public QObject
{
    Q_OBJECT

public:
    /// Opens (or with CreateIfMissing creates) a project; nullptr and *error on failure.
    static std::unique_ptr<Project> open(const QString &path, QString *error,
                                         Store::OpenMode mode = Store::OpenMode::ExistingOnly);
    /// For a window: opens an existing project for writing, or read-only when writing is refused but reading
    /// works (another Sift process writes to it, or its file, folder or disk takes no writes); *readOnlyReason
    /// then says why. nullptr and *error when it cannot be opened at all.
    static std::unique_ptr<Project> openOrRead(const QString &path, QString *error, QString *readOnlyReason);
    ~Project() override;

    QString path() const { return m_store.path(); }
    QString name() const; ///< file name without folder
    bool isReadOnly() const { return m_store.db().isReadOnly(); }
    QUndoStack *undoStack() { return &m_undoStack; }

    Store &store() { return m_store; }
    Database &db() { return m_store.db(); }
    ArticleStore &articles() { return m_articles; }
    ClaimStore &claims() { return m_claims; }
    EntityStore &entities() { return m_entities; }
    IncidentStore &incidents() { return m_incidents; }
    VocabularyStore &vocabulary() { return m_vocabulary; }
    HistoryStore &history() { return m_history; }

    // Edits. Each pushes one undoable command (or a macro) and returns false on failure,
    // after emitting errorOccurred with a sentence for the user.
    bool setArticleField(qint64 articleId, ArticleStore::Field field, const QString &value);
    /// Creates a claim; returns its id, 0 on failure. Entity names in claimant/reportedBy are created as needed.
    qint64 addClaim(Claim claim);
    bool removeClaim(qint64 claimId);
    bool setClaimField(qint64 claimId, ClaimStore::Field field, const QVariant &value);
    /// Sets claimant or reported-by by name; a name that matches no entity or alias creates one.
    bool setClaimEntity(qint64 claimId, ClaimStore::Field field, const QString &name);
    qint64 addClaimLink(qint64 fromClaim, qint64 toClaim, ClaimRelation relation);
    bool removeClaimLink(qint64 linkId);

    qint64 addEntity(const Entity &entity);
    bool renameEntity(qint64 entityId, const QString &name);
    bool setEntityKind(qint64 entityId, const QString &kind);
    bool setEntityReliability(qint64 entityId, const QString &grade);
    bool setEntityAliases(qint64 entityId, const QStringList &aliases);
    bool mergeEntities(qint64 from, qint64 into);

    qint64 addIncident(const Incident &incident);
    bool updateIncident(const Incident &incident);
    bool removeIncident(qint64 incidentId);
    bool setIncidentClaims(qint64 incidentId, const QList<qint64> &claimIds);

    /// Runs a command and pushes it; false (and errorOccurred) when it failed and changed nothing.
    bool push(ProjectCommand *command);
    void reportError(const QString &message);
    /// Every edit above catches a store failure (a server that went away) and reports it instead of throwing.
    void reportStoreError(const StoreError &e);

    /// Runs body as one undo step: the commands it pushes share one transaction and become one MacroCommand.
    /// When body returns false (or the store fails) none of it is kept: no data, no undo or redo step.
    bool pushMacro(const QString &text, const std::function<bool()> &body);
    /// The macro that commands made now belong to, while pushMacro runs.
    MacroCommand *openMacro() const { return m_openMacro; }

    /// Called by importers when articles were added outside the undo stack.
    void notifyArticlesImported();

Q_SIGNALS:
    void articleChanged(qint64 articleId);
    void articlesReset();
    void claimsChanged(qint64 articleId);
    void entitiesChanged();
    void incidentsChanged();
    void suggestionsChanged(qint64 articleId); ///< a suggestion was rejected or un-rejected
    void errorOccurred(const QString &message);
    /// A server project lost its connection (connected false, with a sentence for the status bar) or has it back
    /// (true; every view has then been told to reload, since others' edits in between were not heard).
    void connectionChanged(bool connected, const QString &message);

private:
    Project() = default;
    qint64 entityIdFor(const QString &name);
    /// Turns actor names into entities and new event types into vocabulary, each as a command.
    bool resolveIncidentNames(Incident &incident);
    bool needsNewNames(const Incident &incident) const;

    // A command whose later undo or redo failed has rolled its transaction back; the stack, which moves past
    // it regardless, is moved back over it (and every command of the same sweep) before the error is told.
    friend class ProjectCommand;
    bool resyncPending() const { return m_resync.has_value(); }
    void resync(bool undoing, const QString &message);
    void finishResync();
    struct Resync {
        bool undoing;
        QString message;
    };
    std::optional<Resync> m_resync;
    bool m_resyncing = false;
    MacroCommand *m_openMacro = nullptr;

    // A server project: other analysts' changes arrive as notifications (Database::listen) and become the same
    // signals as this window's own edits.
    void listenForChanges();
    void applyRemoteChanges();
    // A dropped connection: the notifier stops watching the dead socket, a timer tries to reconnect, and once back
    // every view reloads (the edits others made in between were never heard).
    void watchConnection();
    void connectionStateChanged();
    void tryReconnect();
    bool m_connected = true;
    int m_reconnections = 0;
    QTimer m_reconnectTimer;
    int m_failedReconnects = 0; ///< attempts since the connection was lost, for the back-off
    QThread *m_probe = nullptr; ///< asks whether the server answers, off this thread; deletes itself when done
    Store m_store;
    ArticleStore m_articles{m_store.db()};
    ClaimStore m_claims{m_store.db()};
    EntityStore m_entities{m_store.db()};
    IncidentStore m_incidents{m_store.db()};
    VocabularyStore m_vocabulary{m_store.db()};
    HistoryStore m_history{m_store.db()};
    QUndoStack m_undoStack;
    bool m_commandFailed = false;
    std::unique_ptr<QSocketNotifier> m_remoteChanges; // last: goes before the connection it watches closes
};

} // namespace sift
