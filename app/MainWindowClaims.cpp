// The claims table (View ▸ Claims), bulk review in the library and the incident table, and Help ▸ Keyboard
// Shortcuts, which lists them all.
#include "app/MainWindow.h"

#include "core/export/ExportData.h"
#include "core/export/Exporter.h"
#include "core/models/ArticleListModel.h"
#include "core/models/ClaimTableModel.h"
#include "core/models/IncidentTableModel.h"
#include "core/project/BulkEdits.h"
#include "core/project/Project.h"
#include "widgets/AnnotationPanel.h"
#include "widgets/ClaimTableView.h"
#include "widgets/Dialogs.h"
#include "widgets/IncidentTable.h"
#include "widgets/InputDialogs.h"
#include "widgets/LibraryView.h"
#include "widgets/ShortcutsDialog.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QThread>

#include <memory>

namespace sift {

namespace {

QList<qint64> selectedIds(const QTableView *table, int role)
{
    QList<qint64> ids;
    if (!table || !table->selectionModel())
        return ids;
    for (const QModelIndex &index : table->selectionModel()->selectedRows())
        ids << index.data(role).toLongLong();
    if (ids.isEmpty() && table->currentIndex().isValid())
        ids << table->currentIndex().siblingAtColumn(0).data(role).toLongLong();
    ids.removeAll(0);
    return ids;
}

/// A key that works only while table has focus, listed under the table in Help ▸ Keyboard Shortcuts.
QAction *tableAction(QTableView *table, const QString &name, const QString &text, const QKeySequence &key = {})
{
    auto *a = new QAction(text, table);
    a->setObjectName(name);
    if (!key.isEmpty()) {
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetShortcut);
    }
    table->addAction(a);
    return a;
}

void collectMenuActions(const QMenu *menu, QList<QAction *> &out)
{
    for (QAction *a : menu->actions()) {
        if (a->menu())
            collectMenuActions(a->menu(), out);
        else if (!a->isSeparator())
            out << a;
    }
}

} // namespace

void MainWindow::createClaimsActions()
{
    m_showClaims = new QAction(tr("&Claims"), this);
    m_showClaims->setObjectName(QStringLiteral("actionShowClaims"));
    m_showClaims->setShortcut(QKeySequence(tr("Ctrl+2")));
    m_showClaims->setStatusTip(tr("Every claim of the project in one table, for review and triage"));
    m_showClaims->setEnabled(false);
    addAction(m_showClaims);
    connect(m_showClaims, &QAction::triggered, this, &MainWindow::showClaimsTable);
    m_viewMenu->addAction(m_showClaims);

    m_exportClaims = new QAction(tr("E&xport Claims in View…"), this);
    m_exportClaims->setObjectName(QStringLiteral("actionExportClaims"));
    m_exportClaims->setStatusTip(tr("Export the claims the table's filter shows, in any export format"));
    m_exportClaims->setEnabled(false);
    addAction(m_exportClaims);
    connect(m_exportClaims, &QAction::triggered, this, &MainWindow::exportClaimsInView);
}

void MainWindow::createClaimsDock()
{
    m_claimTableModel = new ClaimTableModel(*m_project, this);
    m_claimTable = new ClaimTableView(*m_project, *m_claimTableModel);
    m_claimTable->addContextAction(m_exportClaims);
    m_claimsDock = new QDockWidget(tr("Claims"), this);
    m_claimsDock->setObjectName(QStringLiteral("claimsDock"));
    m_claimsDock->setWidget(m_claimTable);
    addDockWidget(Qt::BottomDockWidgetArea, m_claimsDock);
    if (m_incidentDock) {
        // A tab beside the incidents: the wide bottom of the window suits a table of many columns.
        tabifyDockWidget(m_incidentDock, m_claimsDock);
        m_incidentDock->raise();
        resizeDocks({m_incidentDock}, {320}, Qt::Vertical); // the height the incidents dock was given
    }
    // Hidden until asked for (View ▸ Claims, Ctrl+2): its tab bar would take the incidents dock's height.
    m_claimsDock->hide();
    connect(m_claimTable, &ClaimTableView::claimActivated, this, [this](qint64 claimId) { openClaim(claimId); });
    connect(m_claimTable, &ClaimTableView::message, this, &MainWindow::showMessage);
    m_showClaims->setEnabled(true);
    m_exportClaims->setEnabled(true);
    addLibraryBulkActions();
    addIncidentBulkActions();
}

void MainWindow::closeClaimsDock()
{
    delete m_claimsDock; // takes the view with it
    delete m_claimTableModel;
    m_claimsDock = nullptr;
    m_claimTable = nullptr;
    m_claimTableModel = nullptr;
    if (m_showClaims) {
        m_showClaims->setEnabled(false);
        m_exportClaims->setEnabled(false);
    }
}

void MainWindow::showClaimsTable()
{
    if (!m_claimsDock)
        return;
    m_claimsDock->show();
    m_claimsDock->raise();
    // The bottom docks keep a quarter of the window for the incidents; the claims table is a working view and gets
    // close to half, enough for a dozen rows at 1280x800 (the reader and the library keep the rest).
    if (m_claimsDock->height() < height() * 2 / 5 && !m_claimsDock->isFloating())
        resizeDocks({m_claimsDock}, {height() / 2}, Qt::Vertical);
    m_claimTable->table()->setFocus();
    if (!m_claimTable->table()->currentIndex().isValid())
        m_claimTable->setCurrentRow(0);
}

void MainWindow::openClaim(qint64 claimId)
{
    if (!m_project)
        return;
    const auto claim = m_project->claims().claim(claimId);
    if (!claim)
        return;
    m_library->setCurrentArticle(claim->articleId);
    showArticle(claim->articleId);
    m_panelDock->show();
    m_panel->setCurrentClaim(claimId);
}

void MainWindow::addLibraryBulkActions()
{
    auto *table = m_library->findChild<QTableView *>(QStringLiteral("libraryTable"));
    if (!table)
        return;
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    const struct {
        ReviewState state;
        const char *name;
        QKeySequence key;
    } states[] = {
        {ReviewState::New, "actionLibraryMarkNew", QKeySequence(Qt::SHIFT | Qt::Key_N)},
        {ReviewState::InReview, "actionLibraryMarkInReview", QKeySequence(Qt::SHIFT | Qt::Key_R)},
        {ReviewState::Done, "actionLibraryMarkDone", QKeySequence(Qt::SHIFT | Qt::Key_D)},
    };
    for (const auto &s : states) {
        QAction *a = tableAction(table, QString::fromLatin1(s.name),
                                 tr("Mark Selected Articles: %1").arg(reviewStateLabel(s.state)), s.key);
        connect(a, &QAction::triggered, this, [this, table, state = s.state] {
            const QList<qint64> ids = selectedIds(table, ArticleListModel::IdRole);
            if (!ids.isEmpty() && BulkEdits::setArticlesReviewState(*m_project, ids, state))
                showMessage(tr("%n article(s) marked %1", nullptr, int(ids.size())).arg(reviewStateLabel(state)));
        });
        a->setEnabled(!m_project->isReadOnly());
    }
}

void MainWindow::addIncidentBulkActions()
{
    if (!m_incidentTable)
        return;
    QTableView *view = m_incidentTable->view();
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *statusMenu = new QMenu(tr("Set Status of Selected"), view);
    statusMenu->setObjectName(QStringLiteral("incidentStatusMenu"));
    connect(statusMenu, &QMenu::aboutToShow, this, [this, statusMenu, view] {
        statusMenu->clear();
        for (const Status &s : m_project->vocabulary().statuses()) {
            QAction *a = statusMenu->addAction(s.name);
            connect(a, &QAction::triggered, this, [this, view, id = s.id, name = s.name] {
                const QList<qint64> ids = selectedIds(view, IncidentTableModel::IdRole);
                if (!ids.isEmpty() && BulkEdits::setIncidentsStatus(*m_project, ids, id))
                    showMessage(tr("%n incident(s) set to %1", nullptr, int(ids.size())).arg(name));
            });
        }
    });
    QAction *status = statusMenu->menuAction();
    status->setObjectName(QStringLiteral("actionIncidentsSetStatus"));
    status->setEnabled(!m_project->isReadOnly());
    m_incidentTable->addContextAction(status);
    QAction *remove = tableAction(view, QStringLiteral("actionIncidentsDeleteSelected"),
                                  tr("Delete Selected Incidents"), QKeySequence::Delete);
    remove->setEnabled(!m_project->isReadOnly());
    connect(remove, &QAction::triggered, this, [this, view] {
        const QList<qint64> ids = selectedIds(view, IncidentTableModel::IdRole);
        if (!ids.isEmpty() && BulkEdits::removeIncidents(*m_project, ids))
            showMessage(tr("Deleted %n incident(s); %1 brings them back", nullptr, int(ids.size()))
                            .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    });
}

void MainWindow::exportClaimsInView()
{
    if (!m_project || !m_claimTableModel)
        return;
    const QList<qint64> ids = m_claimTableModel->allClaimIds();
    if (ids.isEmpty()) {
        showMessage(tr("No claim matches the filter: nothing to export."));
        return;
    }
    const QList<ExportFormat> formats = allExportFormats();
    QStringList labels;
    for (ExportFormat f : formats)
        labels << exportFormatLabel(f);
    const int chosen =
        InputDialogs::item(this, tr("Export Claims"), tr("Format for %n claim(s):", nullptr, int(ids.size())), labels);
    if (chosen < 0)
        return;
    const ExportFormat format = formats.at(chosen);
    const QString path = Dialogs::saveFileName(
        this, tr("Export Claims"), QDir::home().filePath(QStringLiteral("claims.") + exportFormatSuffix(format)),
        exportFormatFilter(format));
    if (path.isEmpty())
        return;
    ReportOptions options;
    options.claimIds = ids;
    options.title = tr("Claims");
    options.scopeLabel =
        m_claimTableModel->query().isFiltered() ? tr("claims matching the table's filter") : tr("every claim");
    std::shared_ptr<const ExportData> data;
    try {
        data = std::make_shared<const ExportData>(ExportData::load(m_project->db(), options));
    } catch (const StoreError &e) {
        showMessage(tr("Could not read the claims: %1").arg(e.message()));
        return;
    }
    // Reading needs the project's connection (this thread); writing a large report does not.
    auto error = std::make_shared<QString>();
    QThread *worker = QThread::create(
        [data, options, format, path, error] { *error = Exporter(*data, options).writeFile(format, path); });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this,
            [this, error, path] { showMessage(error->isEmpty() ? tr("Exported %1").arg(path) : *error); });
    showMessage(tr("Exporting %n claim(s)…", nullptr, int(ids.size())));
    worker->start();
}

void MainWindow::showShortcuts()
{
    QList<ShortcutGroup> groups;
    for (QAction *top : menuBar()->actions()) {
        if (!top->menu())
            continue;
        ShortcutGroup group{top->text().remove(QLatin1Char('&')), {}, {}};
        collectMenuActions(top->menu(), group.actions);
        groups << group;
    }
    if (m_claimTable) {
        groups << ShortcutGroup{tr("Claims table: triage"), m_claimTable->triageActions(), {}};
        groups << ShortcutGroup{tr("Claims table: selected claims"), m_claimTable->bulkActions(), {}};
    }
    if (m_library) {
        if (auto *table = m_library->findChild<QTableView *>(QStringLiteral("libraryTable")))
            groups << ShortcutGroup{tr("Library: selected articles"), table->actions(), {}};
    }
    if (m_incidentTable)
        groups << ShortcutGroup{tr("Incident table"), m_incidentTable->view()->actions(), {}};
    groups << ShortcutGroup{tr("Find in article"),
                            {},
                            {{tr("Next match"), tr("Enter")},
                             {tr("Previous match"), tr("Shift+Enter")},
                             {tr("Close the find bar"), tr("Esc")}}};
    groups << ShortcutGroup{tr("Other"), actions(), {}};
    auto *dialog = new ShortcutsDialog(groups, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace sift
