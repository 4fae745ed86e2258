#include "app/MainWindow.h"

#include "app/ImportController.h"
#include "core/domain/TextOffsets.h"
#include "core/models/ArticleListModel.h"
#include "core/models/ClaimListModel.h"
#include "core/project/Project.h"
#include "core/store/Database.h"
#include "widgets/AnnotationPanel.h"
#include "widgets/ArticleReader.h"
#include "widgets/ClaimEditor.h"
#include "widgets/Dialogs.h"
#include "widgets/EditorGuard.h"
#include "widgets/EntityDialog.h"
#include "widgets/LibraryView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sift {

namespace {

constexpr int kMaxRecent = 8;

QString projectFilter()
{
    return QCoreApplication::translate("sift", "Sift projects (*.sift);;All files (*)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    EditorGuard::install(); // before any box exists, so each is polished without wheel focus
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks | QMainWindow::AllowTabbedDocks);
    resize(1500, 920);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_reader = new ArticleReader(central);
    layout->addWidget(m_reader, 1);
    m_findBar = new QWidget(central);
    m_findBar->setObjectName(QStringLiteral("findBar"));
    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(6, 4, 6, 4);
    m_findEdit = new QLineEdit(m_findBar);
    m_findEdit->setObjectName(QStringLiteral("findEdit"));
    m_findEdit->setPlaceholderText(tr("Find in article"));
    m_findEdit->setClearButtonEnabled(true);
    auto *findPrevious = new QToolButton(m_findBar);
    findPrevious->setText(QStringLiteral("↑"));
    findPrevious->setToolTip(tr("Previous match (Shift+Enter)"));
    auto *findNextButton = new QToolButton(m_findBar);
    findNextButton->setText(QStringLiteral("↓"));
    findNextButton->setToolTip(tr("Next match (Enter)"));
    auto *closeFind = new QToolButton(m_findBar);
    closeFind->setText(QStringLiteral("✕"));
    closeFind->setToolTip(tr("Close (Esc)"));
    findLayout->addWidget(new QLabel(tr("Find:"), m_findBar));
    findLayout->addWidget(m_findEdit, 1);
    findLayout->addWidget(findPrevious);
    findLayout->addWidget(findNextButton);
    findLayout->addWidget(closeFind);
    m_findBar->hide();
    layout->addWidget(m_findBar);
    setCentralWidget(central);
    connect(m_findEdit, &QLineEdit::returnPressed, this,
            [this] { findNext(QApplication::keyboardModifiers() & Qt::ShiftModifier); });
    connect(m_findEdit, &QLineEdit::textEdited, this, [this] {
        QTextCursor c = m_reader->textCursor();
        c.setPosition(c.selectionStart());
        m_reader->setTextCursor(c);
        findNext(false);
    });
    connect(findPrevious, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(findNextButton, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(closeFind, &QToolButton::clicked, m_findBar, &QWidget::hide);
    auto *escape = new QAction(m_findBar);
    escape->setShortcut(Qt::Key_Escape);
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QAction::triggered, this, [this] {
        m_findBar->hide();
        m_reader->setFocus();
    });
    m_findBar->addAction(escape);

    createActions();
    createMenus();
    statusBar()->showMessage(tr("Open a project or import articles to begin."));
    restoreSettings();
    fitToScreen();
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow()
{
    closeProject();
}

QString MainWindow::defaultSampleProjectPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("sample.sift"));
}

void MainWindow::createActions()
{
    auto make = [this](const QString &name, const QString &text, const QKeySequence &shortcut = {}) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        addAction(a);
        return a;
    };
    m_newProject = make(QStringLiteral("actionNewProject"), tr("&New Project…"), QKeySequence::New);
    connect(m_newProject, &QAction::triggered, this, &MainWindow::newProject);
    m_open = make(QStringLiteral("actionOpen"), tr("&Open…"), QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &MainWindow::openProjectDialog);
    m_importFiles = make(QStringLiteral("actionImportFiles"), tr("&Import Files…"), QKeySequence(tr("Ctrl+I")));
    connect(m_importFiles, &QAction::triggered, this, &MainWindow::importFilesDialog);
    m_importFolder =
        make(QStringLiteral("actionImportFolder"), tr("Import &Folder…"), QKeySequence(tr("Ctrl+Shift+I")));
    connect(m_importFolder, &QAction::triggered, this, &MainWindow::importFolderDialog);
    m_quit = make(QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_undo = make(QStringLiteral("actionUndo"), tr("&Undo"), QKeySequence::Undo);
    m_redo = make(QStringLiteral("actionRedo"), tr("&Redo"), QKeySequence(tr("Ctrl+Shift+Z")));
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_project)
            m_project->undoStack()->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_project)
            m_project->undoStack()->redo();
    });
    m_newClaim = make(QStringLiteral("actionNewClaim"), tr("New &Claim from Selection"), QKeySequence(tr("Ctrl+E")));
    connect(m_newClaim, &QAction::triggered, this, &MainWindow::newClaimFromSelection);
    m_deleteClaim = make(QStringLiteral("actionDeleteClaim"), tr("&Delete Claim"), QKeySequence(tr("Ctrl+Shift+Del")));
    connect(m_deleteClaim, &QAction::triggered, this, [this] {
        if (m_project && m_panel && m_panel->currentClaim())
            m_project->removeClaim(m_panel->currentClaim());
    });
    m_find = make(QStringLiteral("actionFind"), tr("&Find in Article…"), QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, &MainWindow::toggleFindBar);
    m_searchLibrary = make(QStringLiteral("actionSearchLibrary"), tr("&Search Library…"), QKeySequence(tr("Ctrl+K")));
    connect(m_searchLibrary, &QAction::triggered, this, [this] {
        if (m_library) {
            m_libraryDock->show();
            m_library->searchEdit()->setFocus();
            m_library->searchEdit()->selectAll();
        }
    });
    m_nextArticle = make(QStringLiteral("actionNextArticle"), tr("&Next Article"), QKeySequence(tr("Alt+Down")));
    connect(m_nextArticle, &QAction::triggered, this, [this] {
        if (m_library)
            m_library->step(1);
    });
    m_previousArticle =
        make(QStringLiteral("actionPreviousArticle"), tr("&Previous Article"), QKeySequence(tr("Alt+Up")));
    connect(m_previousArticle, &QAction::triggered, this, [this] {
        if (m_library)
            m_library->step(-1);
    });
    m_biggerText = make(QStringLiteral("actionBiggerText"), tr("&Bigger Text"), QKeySequence::ZoomIn);
    connect(m_biggerText, &QAction::triggered, this, [this] { m_reader->setTextSize(m_reader->textSize() + 1); });
    m_smallerText = make(QStringLiteral("actionSmallerText"), tr("&Smaller Text"), QKeySequence::ZoomOut);
    connect(m_smallerText, &QAction::triggered, this, [this] { m_reader->setTextSize(m_reader->textSize() - 1); });
    m_entities = make(QStringLiteral("actionEntities"), tr("&Entities…"), QKeySequence(tr("Ctrl+Shift+E")));
    connect(m_entities, &QAction::triggered, this, &MainWindow::showEntities);
    m_shortcuts = make(QStringLiteral("actionShortcuts"), tr("&Keyboard Shortcuts"), QKeySequence::HelpContents);
    connect(m_shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_about = make(QStringLiteral("actionAbout"), tr("&About Sift"));
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newProject);
    file->addAction(m_open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    addTeamActions(file);
    addBackupActions(file);
    file->addSeparator();
    file->addAction(m_importFiles);
    file->addAction(m_importFolder);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_newClaim);
    edit->addAction(m_deleteClaim);
    edit->addSeparator();
    edit->addAction(m_find);
    edit->addAction(m_searchLibrary);
    edit->addAction(m_entities);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_nextArticle);
    m_viewMenu->addAction(m_previousArticle);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_biggerText);
    m_viewMenu->addAction(m_smallerText);
    m_viewMenu->addSeparator();
    createClaimsActions();

    addWebMenus(file);
    addCopiesActions();

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_importFiles);
    toolbar->addAction(m_newClaim);
    toolbar->addAction(m_undo);
    toolbar->addAction(m_redo);
    addExportActions(file);
    createRoomActions();
    addSuggestionActions();
    // Help stays the last menu; menus made later (Incidents, with a project) go before it.
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_shortcuts);
    help->addAction(m_about);
    updateRecentMenu();
}

void MainWindow::createDocks()
{
    m_articles = new ArticleListModel(*m_project, this);
    m_claims = new ClaimListModel(*m_project, this);
    m_reader->setColorForStatus([claims = m_claims](const QString &status) { return claims->statusColor(status); });

    m_library = new LibraryView(*m_project, *m_articles);
    m_libraryDock = new QDockWidget(tr("Library"), this);
    m_libraryDock->setObjectName(QStringLiteral("libraryDock"));
    m_libraryDock->setWidget(m_library);
    addDockWidget(Qt::LeftDockWidgetArea, m_libraryDock);
    addLibraryCopiesActions();

    m_panel = new AnnotationPanel(*m_project, *m_claims);
    m_panelDock = new QDockWidget(tr("Annotations"), this);
    m_panelDock->setObjectName(QStringLiteral("annotationDock"));
    m_panelDock->setWidget(m_panel);
    addDockWidget(Qt::RightDockWidgetArea, m_panelDock);
    resizeDocks({m_libraryDock, m_panelDock}, {480, 430}, Qt::Horizontal);
    m_viewMenu->addAction(m_libraryDock->toggleViewAction());
    m_viewMenu->addAction(m_panelDock->toggleViewAction());

    connect(m_library, &LibraryView::articleActivated, this, &MainWindow::showArticle);
    connect(m_library, &LibraryView::message, this, &MainWindow::showMessage);
    connect(m_reader, &ArticleReader::claimClicked, this, [this](qint64 id) { m_panel->setCurrentClaim(id); });
    connect(m_reader, &ArticleReader::bodySelectionChanged, this, [this] { updateActions(); });
    connect(m_panel, &AnnotationPanel::claimSelected, this, &MainWindow::onClaimSelected);
    connect(m_panel->claimEditor(), &ClaimEditor::linkedClaimActivated, this, [this](qint64 claimId) {
        if (const auto claim = m_project->claims().claim(claimId)) {
            m_library->setCurrentArticle(claim->articleId);
            showArticle(claim->articleId);
            m_panel->setCurrentClaim(claimId);
        }
    });
    connectSuggestions();
    connect(m_claims, &ClaimListModel::readFailed, this, &MainWindow::showMessage);
    connect(m_claims, &ClaimListModel::claimsReloaded, this, [this] {
        m_reader->setClaims(m_claims->claims());
        m_reader->setCurrentClaim(m_panel->currentClaim());
    });
    connect(m_project.get(), &Project::articleChanged, this, [this](qint64 id) {
        if (id == m_articleId)
            showArticle(id);
    });
    connect(m_project.get(), &Project::errorOccurred, this, [this](const QString &message) {
        showMessage(message);
        Dialogs::warning(this, tr("Sift"), message);
    });
    connect(m_project.get(), &Project::connectionChanged, this,
            [this](bool, const QString &message) { showMessage(message); });
    QUndoStack *stack = m_project->undoStack();
    connect(stack, &QUndoStack::canUndoChanged, this, &MainWindow::updateActions);
    connect(stack, &QUndoStack::canRedoChanged, this, &MainWindow::updateActions);
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::updateActions);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::updateActions);
    createIncidentDock();
    createClaimsDock();
    connectRoom();
}

bool MainWindow::openProject(const QString &path, bool create)
{
    QString error;
    QString readOnlyReason; // another Sift process writes to the file, or it cannot be written
    auto project = create ? Project::open(path, &error, Store::OpenMode::CreateIfMissing)
                          : Project::openOrRead(path, &error, &readOnlyReason);
    if (!project) {
        showMessage(error);
        Dialogs::warning(this, tr("Cannot open project"), error);
        return false;
    }
    saveSettings();
    const QString previous = m_project ? m_project->path() : QString();
    closeProject();
    m_project = std::move(project);
    try {
        showOpenedProject(readOnlyReason);
    } catch (const StoreError &e) {
        return abandonOpening(path, previous, e.message());
    }
    return true;
}

void MainWindow::showOpenedProject(const QString &readOnlyReason)
{
    createDocks();
    // The library's first rows were read while its view was laid out, where a refusal reads as empty rows.
    if (const QString error = m_articles ? m_articles->takeReadError() : QString(); !error.isEmpty())
        throw StoreError(error);
    restoreState(QSettings().value(QStringLiteral("windowState")).toByteArray());
    rememberRecent(m_project->path());
    if (!m_project->store().migrationBackupPath().isEmpty())
        showMessage(
            tr("Upgraded the project; the old file was kept as %1").arg(m_project->store().migrationBackupPath()));
    else
        showMessage(tr("Opened %1").arg(m_project->path()));
    showProjectSafety(readOnlyReason);
    updateTitle();
    updateActions();
    // Come back to the article the analyst was reading, else the first in the list.
    const qint64 last = QSettings().value(QStringLiteral("lastArticle/") + m_project->path()).toLongLong();
    if (last && m_project->articles().exists(last))
        m_library->setCurrentArticle(last);
    else
        m_library->step(1);
}

void MainWindow::closeProject()
{
    if (!m_project)
        return;
    if (m_import)
        m_import->cancel();
    delete m_import;
    delete m_feedRefresh;
    stopSuggesting();
    saveSettings();
    m_reader->clearArticle();
    m_reader->setColorForStatus({});
    delete m_libraryDock;
    delete m_panelDock;
    closeClaimsDock();
    closeIncidentDock();
    m_libraryDock = m_panelDock = nullptr;
    m_library = nullptr;
    m_panel = nullptr;
    delete m_articles;
    delete m_claims;
    m_articles = nullptr;
    m_claims = nullptr;
    m_articleId = 0;
    m_project.reset();
    showProjectSafety({});
    updateActions();
    updateStartPage();
}

void MainWindow::showArticle(qint64 articleId)
{
    if (!m_project)
        return;
    std::optional<Article> article;
    try {
        article = m_project->articles().article(articleId);
    } catch (const StoreError &e) {
        // A server that stopped answering: the reader keeps the article it shows, and the analyst reads why.
        Dialogs::warning(this, tr("Sift"), tr("Could not read the article: %1").arg(e.message()));
        return;
    }
    if (!article)
        return;
    const bool sameArticle = articleId == m_articleId;
    const int scroll = m_reader->verticalScrollBar()->value();
    m_articleId = articleId;
    m_claims->setArticle(articleId);
    m_reader->showArticle(*article, m_claims->claims());
    if (sameArticle)
        m_reader->verticalScrollBar()->setValue(scroll);
    m_panel->setArticle(articleId);
    updateActions();
}

qint64 MainWindow::newClaimFromSelection()
{
    if (!m_project || !m_articleId)
        return 0;
    const auto range = m_reader->selectedBodyRange();
    if (!range) {
        showMessage(tr("Select the words of the claim in the article first."));
        return 0;
    }
    // Trim the selection to whole words: a drag often catches a space or a stray letter.
    qsizetype start = range->first;
    qsizetype end = range->second;
    const QString &body = m_reader->body();
    while (start < end && body.at(start).isSpace())
        ++start;
    while (end > start && body.at(end - 1).isSpace())
        --end;
    if (start == end)
        return 0;
    Claim claim;
    claim.articleId = m_articleId;
    claim.anchor = TextOffsets::anchorFor(body, start, end);
    const qint64 id = m_project->addClaim(claim);
    if (id) {
        m_panel->setCurrentClaim(id);
        m_panelDock->show();
        if (auto *claimant = m_panel->findChild<QWidget *>(QStringLiteral("claimantEdit")))
            claimant->setFocus();
        showMessage(tr("Claim #%1 recorded").arg(id));
    }
    return id;
}

void MainWindow::onClaimSelected(qint64 claimId)
{
    m_reader->setCurrentClaim(claimId);
    updateActions();
}

void MainWindow::updateTitle()
{
    if (m_project && m_project->isReadOnly())
        setWindowTitle(tr("%1 (read-only) — Sift").arg(m_project->name()));
    else
        setWindowTitle(m_project ? tr("%1 — Sift").arg(m_project->name()) : tr("Sift"));
}

void MainWindow::updateActions()
{
    const bool open = m_project != nullptr;
    const bool writable = open && !m_project->isReadOnly();
    m_export->setEnabled(open);
    m_importFiles->setEnabled(writable);
    m_importFolder->setEnabled(writable);
    m_undo->setEnabled(open && m_project->undoStack()->canUndo());
    m_redo->setEnabled(open && m_project->undoStack()->canRedo());
    m_undo->setText(open && m_project->undoStack()->canUndo() ? tr("&Undo %1").arg(m_project->undoStack()->undoText())
                                                              : tr("&Undo"));
    m_redo->setText(open && m_project->undoStack()->canRedo() ? tr("&Redo %1").arg(m_project->undoStack()->redoText())
                                                              : tr("&Redo"));
    m_newClaim->setEnabled(writable && m_articleId != 0);
    m_deleteClaim->setEnabled(writable && m_panel && m_panel->currentClaim() != 0);
    m_find->setEnabled(m_articleId != 0);
    m_searchLibrary->setEnabled(open);
    m_nextArticle->setEnabled(open);
    m_previousArticle->setEnabled(open);
    m_entities->setEnabled(open);
    updateCopiesActions();
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::newProject()
{
    const QString path = Dialogs::saveFileName(this, tr("New Project"),
                                               QDir::homePath() + QStringLiteral("/untitled.sift"), projectFilter());
    if (path.isEmpty())
        return;
    const QString file = path.endsWith(QLatin1String(".sift")) ? path : path + QStringLiteral(".sift");
    if (QFileInfo::exists(file)) {
        Dialogs::warning(this, tr("New Project"), tr("%1 already exists. Open it with File ▸ Open.").arg(file));
        return;
    }
    openProject(file, true);
}

void MainWindow::openProjectDialog()
{
    const QString path = Dialogs::openFileName(this, tr("Open Project"), projectFilter());
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::importFilesDialog()
{
    const QStringList files = Dialogs::openFileNames(this, tr("Import Articles"),
                                                     tr("Articles (*.txt *.text *.json *.jsonl *.ndjson *.csv *.html "
                                                        "*.htm *.xhtml *.mhtml *.mht *.gz);;All files (*)"));
    if (!files.isEmpty())
        importPaths(files);
}

void MainWindow::importFolderDialog()
{
    const QString dir = Dialogs::directory(this, tr("Import a Folder of Articles"));
    if (!dir.isEmpty())
        importPaths({dir});
}

bool MainWindow::isImporting() const
{
    return (m_import && m_import->isRunning()) || (m_feedRefresh && m_feedRefresh->isRunning());
}

void MainWindow::importPaths(const QStringList &paths, const ImportOptions &options,
                             const QList<FeedSubscription> &feeds)
{
    if (!m_project || m_project->isReadOnly() || isImporting())
        return;
    m_import = new ImportController(m_project->path(), this);
    connect(m_import, &ImportController::progressChanged, this, [this](int done, int total, const QString &file) {
        statusBar()->showMessage(tr("Importing %1 of %2: %3").arg(done + 1).arg(total).arg(QFileInfo(file).fileName()));
    });
    connect(m_import, &ImportController::finished, this, &MainWindow::onImportFinished);
    m_import->start(paths, options, feeds);
    updateActions();
}

void MainWindow::onImportFinished(const ImportSummary &summary)
{
    if (m_import)
        m_import->deleteLater();
    if (m_project)
        m_project->notifyArticlesImported();
    if (m_library && !summary.newArticleIds.isEmpty() && !m_articleId)
        m_library->setCurrentArticle(summary.newArticleIds.first());
    showMessage(summary.text().section(QLatin1Char('\n'), 0, 0));
    const QString text = summary.text();
    if (summary.failed() > 0 || !summary.projectError.isEmpty())
        Dialogs::warning(this, tr("Import finished with problems"), text);
    else
        Dialogs::information(this, tr("Import finished"), text);
    Q_EMIT importFinished(summary);
}

void MainWindow::toggleFindBar()
{
    m_findBar->show();
    m_findEdit->setFocus();
    m_findEdit->selectAll();
}

void MainWindow::findNext(bool backwards)
{
    const QString text = m_findEdit->text();
    if (text.isEmpty())
        return;
    const QTextDocument::FindFlags flags = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (!m_reader->find(text, flags)) {
        QTextCursor c = m_reader->textCursor();
        c.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
        m_reader->setTextCursor(c);
        if (!m_reader->find(text, flags))
            showMessage(tr("“%1” is not in this article").arg(text));
    }
}

void MainWindow::showEntities()
{
    if (!m_project)
        return;
    EntityDialog dialog(*m_project, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Sift"),
                       tr("<b>Sift %1</b><p>A workbench for news analysts: read scraped articles, record the claims "
                          "in them, check them, and track the incidents they describe.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentProjects")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QStringLiteral("recentProjects"), recent.mid(0, kMaxRecent));
    settings.setValue(QStringLiteral("lastProject"), path);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("textSize"), m_reader->textSize());
    if (m_project) {
        settings.setValue(QStringLiteral("windowState"), saveState());
        settings.setValue(QStringLiteral("lastArticle/") + m_project->path(), m_articleId);
    }
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    m_reader->setTextSize(settings.value(QStringLiteral("textSize"), 12).toInt());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (isImporting()) {
        if (Dialogs::question(this, tr("Import running"), tr("An import is still running. Cancel it and quit?"),
                              QMessageBox::Yes | QMessageBox::No) != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    // A field still being edited commits when it loses focus: take focus away before closing.
    if (QWidget *focus = QApplication::focusWidget())
        focus->clearFocus();
    saveSettings();
    closeProject();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_project && !m_project->isReadOnly() && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.size() == 1 && paths.first().endsWith(QLatin1String(".sift"))) {
        openProject(paths.first());
    } else if (!paths.isEmpty()) {
        importPaths(paths);
    }
    event->acceptProposedAction();
}

} // namespace sift
