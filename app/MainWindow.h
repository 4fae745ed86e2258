#pragma once

#include "core/ingest/Importer.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QDate;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressDialog;
class QThread;

namespace sift {

class AnnotationPanel;
class ArticleListModel;
class ArticleReader;
class ClaimListModel;
class ClaimTableModel;
class ClaimTableView;
class ImportController;
class BatchSuggester;
class IncidentTable;
class IncidentTableModel;
class LibraryView;
class Project;
class StartPage;
class TimelineChart;
struct Incident;

/// The composition root of the GUI: owns the open project, its models and the views, and wires
/// every action (menu, shortcut, drag and drop) to the project's undoable edits.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a project file; false (with a message shown) when it cannot be opened.
    bool openProject(const QString &path, bool create = false);
    /// Replaces the open project with one of its backups (File ▸ Restore Backup…), keeping the current
    /// content as FILE.sift.before-restore; false (with a message shown) when it could not.
    bool restoreBackup(const QString &backupPath);
    Project *project() const { return m_project.get(); }
    ArticleReader *reader() const { return m_reader; }
    AnnotationPanel *annotationPanel() const { return m_panel; }
    LibraryView *library() const { return m_library; }
    ClaimTableView *claimTable() const { return m_claimTable; }
    /// Opens a claim's article with the claim selected in the annotation panel.
    void openClaim(qint64 claimId);

    void showArticle(qint64 articleId);
    qint64 currentArticle() const { return m_articleId; }
    /// Starts a background import; importFinished() reports the summary.
    void importPaths(const QStringList &paths, const ImportOptions &options = {},
                     const QList<FeedSubscription> &feeds = {});
    bool isImporting() const;
    /// Records a claim for the reader's selection; returns its id, 0 when nothing is selected.
    qint64 newClaimFromSelection();

    static QString defaultSampleProjectPath();

Q_SIGNALS:
    void importFinished(const sift::ImportSummary &summary);
    /// A suggestion pass ended (not cancelled, no error): how many articles it analysed and what it found.
    void suggestingFinished(int articles, int suggestions);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void closeProject();
    void showOpenedProject(const QString &readOnlyReason);
    // MainWindowTeam.cpp: a project that opened but cannot be shown (a read the server refuses) is closed again.
    bool abandonOpening(const QString &path, const QString &previous, const QString &reason);
    // MainWindowIncidents.cpp: the incidents dock (timeline and table) and the incident actions.
    void createIncidentDock();
    void closeIncidentDock();
    void createIncidentActions();
    void updateIncidentActions();
    void newIncidentFromClaim();
    void newIncident();
    void editIncident(qint64 incidentId);
    void deleteIncident();
    void showIncidentSource();
    qint64 confirmIncident(const Incident &incident);
    void filterToPeriod(const QDate &from, const QDate &to);
    // MainWindowBackup.cpp: rolling backups, restoring one, the read-only state.
    void addBackupActions(QMenu *fileMenu);
    void showProjectSafety(const QString &readOnlyReason);
    void restoreBackupDialog();
    // MainWindowTeam.cpp: File ▸ Open Team Project… (a PostgreSQL server) and File ▸ Analyst Name….
    void addTeamActions(QMenu *fileMenu);
    void openTeamProjectDialog();
    void analystNameDialog();
    // MainWindowExport.cpp: File ▸ Export… (reports and data exports).
    void addExportActions(QMenu *fileMenu);
    void showExportDialog();
    // MainWindowWeb.cpp: File ▸ Import from URL…, Article ▸ Source…, the Feeds menu and its refresh timer.
    void addWebMenus(QMenu *fileMenu);
    void importUrlDialog();
    void showArticleSource();
    void manageFeeds();
    void refreshFeeds(bool onlyDue);
    // MainWindowClaims.cpp: the claims table dock, bulk review in the library and incident table, shortcuts.
    void createClaimsActions();
    void createClaimsDock();
    void closeClaimsDock();
    void addLibraryBulkActions();
    void addIncidentBulkActions();
    void showClaimsTable();
    void exportClaimsInView();
    // MainWindowRoom.cpp: start page, search matches (F3), View ▸ Theme, floating editor, first geometry.
    void createRoomActions();
    void connectRoom();
    void updateStartPage();
    void stepMatch(int delta);
    void openSampleProject();
    void fitToScreen();
    // MainWindowSuggest.cpp: suggested claims (Analysis menu, reader underline, analysis after imports).
    void addSuggestionActions();
    void connectSuggestions();
    void suggestClaims(bool onlyNew, bool quiet);
    void stopSuggesting();
    // MainWindowCopies.cpp: other outlets' copies of the article (Show Copies) and of a claim's quote.
    void addCopiesActions();
    void addLibraryCopiesActions(); ///< the library's right-click menu offers them for the row under the pointer
    void updateCopiesActions();
    void showCopies();
    void showClaimInCopies();
    void updateTitle();
    void updateActions();
    void updateRecentMenu();
    void rememberRecent(const QString &path);
    void showMessage(const QString &text);
    void newProject();
    void openProjectDialog();
    void importFilesDialog();
    void importFolderDialog();
    void onImportFinished(const ImportSummary &summary);
    void onClaimSelected(qint64 claimId);
    void showShortcuts();
    void showAbout();
    void showEntities();
    void toggleFindBar();
    void findNext(bool backwards);
    void saveSettings();
    void restoreSettings();

    std::unique_ptr<Project> m_project;
    ArticleListModel *m_articles = nullptr;
    ClaimListModel *m_claims = nullptr;
    LibraryView *m_library = nullptr;
    ArticleReader *m_reader = nullptr;
    AnnotationPanel *m_panel = nullptr;
    QWidget *m_findBar = nullptr;
    QLineEdit *m_findEdit = nullptr;
    QDockWidget *m_libraryDock = nullptr;
    QDockWidget *m_panelDock = nullptr;
    QPointer<ImportController> m_import;
    QPointer<ImportController> m_feedRefresh; ///< the timer's quiet refresh (MainWindowWeb.cpp)
    qint64 m_articleId = 0;

    QAction *m_newProject = nullptr;
    QAction *m_open = nullptr;
    QAction *m_importFiles = nullptr;
    QAction *m_importFolder = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_newClaim = nullptr;
    QAction *m_deleteClaim = nullptr;
    QAction *m_find = nullptr;
    QAction *m_searchLibrary = nullptr;
    QAction *m_nextArticle = nullptr;
    QAction *m_previousArticle = nullptr;
    QAction *m_biggerText = nullptr;
    QAction *m_smallerText = nullptr;
    QAction *m_entities = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_about = nullptr;
    QAction *m_export = nullptr;
    QMenu *m_recentMenu = nullptr;
    StartPage *m_startPage = nullptr;
    QAction *m_findNextMatch = nullptr;
    QAction *m_findPreviousMatch = nullptr;
    QAction *m_openSample = nullptr;
    QAction *m_floatEditor = nullptr;
    QMenu *m_viewMenu = nullptr;

    IncidentTableModel *m_incidentModel = nullptr;
    IncidentTable *m_incidentTable = nullptr;
    TimelineChart *m_timeline = nullptr;
    QDockWidget *m_incidentDock = nullptr;
    QMenu *m_incidentMenu = nullptr;
    QAction *m_newIncidentFromClaim = nullptr;
    QAction *m_newIncident = nullptr;
    QAction *m_editIncident = nullptr;
    QAction *m_deleteIncident = nullptr;
    QAction *m_showIncidentSource = nullptr;

    ClaimTableModel *m_claimTableModel = nullptr;
    ClaimTableView *m_claimTable = nullptr;
    QDockWidget *m_claimsDock = nullptr;
    QAction *m_showClaims = nullptr;
    QAction *m_exportClaims = nullptr;
    QAction *m_suggestAll = nullptr;
    QAction *m_showCopies = nullptr;
    QAction *m_findClaimInCopies = nullptr;
    QThread *m_suggestThread = nullptr;
    QPointer<BatchSuggester> m_suggester;
    QPointer<QProgressDialog> m_suggestProgress;
    /// A pass asked for while another runs (an import that ended during the pass after opening, say) starts when
    /// that one ends, as the union of what was asked: every article if any ask wanted all, shown if any was shown.
    struct SuggestRequest {
        bool onlyNew = true;
        bool quiet = true;
    };
    std::optional<SuggestRequest> m_suggestQueued;
};

} // namespace sift
