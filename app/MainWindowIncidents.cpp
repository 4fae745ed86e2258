// The incidents half of the main window: the bottom dock with the timeline chart beside the incident table,
// and the actions that record, edit and delete incidents.
#include "app/MainWindow.h"

#include "core/analysis/IncidentDraft.h"
#include "core/models/IncidentTableModel.h"
#include "core/project/Project.h"
#include "widgets/AnnotationPanel.h"
#include "widgets/IncidentDialog.h"
#include "widgets/IncidentTable.h"
#include "widgets/LibraryView.h"
#include "widgets/TimelineChart.h"

#include <QAction>
#include <QDockWidget>
#include <QLocale>
#include <QMenuBar>
#include <QSplitter>

namespace sift {

void MainWindow::createIncidentActions()
{
    auto make = [this](const QString &name, const QString &text, const QKeySequence &shortcut = {}) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(shortcut);
        addAction(a);
        return a;
    };
    m_newIncidentFromClaim = make(QStringLiteral("actionNewIncidentFromClaim"), tr("New Incident from &Claim…"),
                                  QKeySequence(tr("Ctrl+Shift+N")));
    m_newIncidentFromClaim->setStatusTip(tr("Draft an incident from the current claim, to confirm or correct"));
    connect(m_newIncidentFromClaim, &QAction::triggered, this, &MainWindow::newIncidentFromClaim);
    m_newIncident = make(QStringLiteral("actionNewIncident"), tr("&New Incident…"));
    connect(m_newIncident, &QAction::triggered, this, &MainWindow::newIncident);
    m_editIncident = make(QStringLiteral("actionEditIncident"), tr("&Edit Incident…"));
    connect(m_editIncident, &QAction::triggered, this, [this] {
        if (m_incidentTable)
            editIncident(m_incidentTable->currentIncident());
    });
    m_deleteIncident = make(QStringLiteral("actionDeleteIncident"), tr("&Delete Incident"));
    connect(m_deleteIncident, &QAction::triggered, this, &MainWindow::deleteIncident);
    m_showIncidentSource = make(QStringLiteral("actionShowIncidentSource"), tr("Show &Source Claim"));
    connect(m_showIncidentSource, &QAction::triggered, this, &MainWindow::showIncidentSource);

    m_incidentMenu = new QMenu(tr("&Incidents"), this);
    m_incidentMenu->setObjectName(QStringLiteral("incidentMenu"));
    m_incidentMenu->addAction(m_newIncidentFromClaim);
    m_incidentMenu->addAction(m_newIncident);
    m_incidentMenu->addSeparator();
    m_incidentMenu->addAction(m_editIncident);
    m_incidentMenu->addAction(m_deleteIncident);
    m_incidentMenu->addAction(m_showIncidentSource);
    // Before Help, which stays last.
    const auto *help = menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu"));
    menuBar()->insertMenu(help ? help->menuAction() : nullptr, m_incidentMenu);
}

void MainWindow::createIncidentDock()
{
    if (!m_incidentMenu)
        createIncidentActions();
    m_incidentModel = new IncidentTableModel(*m_project, this);
    connect(m_incidentModel, &IncidentTableModel::readFailed, this, &MainWindow::showMessage);
    auto *split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("incidentSplitter"));
    split->setChildrenCollapsible(false);
    m_timeline = new TimelineChart(*m_project, split);
    m_incidentTable = new IncidentTable(*m_incidentModel, split);
    m_incidentTable->addToolAction(m_newIncident);
    m_incidentTable->addContextAction(m_editIncident);
    m_incidentTable->addContextAction(m_showIncidentSource);
    m_incidentTable->addToolAction(m_deleteIncident);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({500, 500});

    m_incidentDock = new QDockWidget(tr("Incidents"), this);
    m_incidentDock->setObjectName(QStringLiteral("incidentDock"));
    m_incidentDock->setWidget(split);
    // The right column (the annotation panel) runs the window's full height; the incidents sit under the library
    // and the reader.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_incidentDock);
    resizeDocks({m_incidentDock}, {320}, Qt::Vertical);
    m_viewMenu->addAction(m_incidentDock->toggleViewAction());

    connect(m_timeline, &TimelineChart::periodClicked, this, &MainWindow::filterToPeriod);
    connect(m_timeline, &TimelineChart::resetRequested, this, [this] { filterToPeriod({}, {}); });
    connect(m_incidentTable, &IncidentTable::periodCleared, this, [this] { filterToPeriod({}, {}); });
    connect(m_library, &LibraryView::filtersCleared, this, [this] { filterToPeriod({}, {}); });
    connect(m_incidentTable, &IncidentTable::incidentActivated, this, &MainWindow::editIncident);
    connect(m_incidentTable, &IncidentTable::currentIncidentChanged, this, &MainWindow::updateIncidentActions);
    connect(m_panel, &AnnotationPanel::claimSelected, this, &MainWindow::updateIncidentActions);
    updateIncidentActions();
}

void MainWindow::closeIncidentDock()
{
    delete m_incidentDock; // takes the chart and the table with it
    delete m_incidentModel;
    m_incidentDock = nullptr;
    m_incidentModel = nullptr;
    m_incidentTable = nullptr;
    m_timeline = nullptr;
    updateIncidentActions();
}

void MainWindow::updateIncidentActions()
{
    if (!m_incidentMenu)
        return;
    const bool writable = m_project && !m_project->isReadOnly() && m_incidentTable;
    const bool selected = m_incidentTable && m_incidentTable->currentIncident() != 0;
    m_newIncidentFromClaim->setEnabled(writable && m_panel && m_panel->currentClaim() != 0);
    m_newIncident->setEnabled(writable);
    m_editIncident->setEnabled(selected);
    m_deleteIncident->setEnabled(writable && selected);
    m_showIncidentSource->setEnabled(selected);
}

void MainWindow::newIncidentFromClaim()
{
    if (!m_project || !m_panel)
        return;
    const qint64 claimId = m_panel->currentClaim();
    if (!claimId) {
        showMessage(tr("Pick a claim first: the incident is drafted from it."));
        return;
    }
    const Incident draft = draftIncident(m_project->db(), {claimId});
    if (const qint64 id = confirmIncident(draft))
        showMessage(tr("Incident #%1 recorded from claim #%2").arg(id).arg(claimId));
}

void MainWindow::newIncident()
{
    if (!m_project)
        return;
    Incident blank;
    blank.eventDate = PartialDate{QDate::currentDate(), DatePrecision::Day};
    if (const qint64 id = confirmIncident(blank))
        showMessage(tr("Incident #%1 recorded").arg(id));
}

void MainWindow::editIncident(qint64 incidentId)
{
    if (!m_project || !incidentId)
        return;
    const std::optional<Incident> incident = m_project->incidents().incident(incidentId);
    if (!incident)
        return;
    if (confirmIncident(*incident))
        showMessage(tr("Incident #%1 saved").arg(incidentId));
}

qint64 MainWindow::confirmIncident(const Incident &incident)
{
    IncidentDialog dialog(*m_project, incident, this);
    if (!dialog.confirm() || !m_project)
        return 0;
    const Incident result = dialog.incident();
    // A type the analyst typed joins the vocabulary in the same undoable step (Project::addIncident).
    const qint64 id = result.id ? (m_project->updateIncident(result) ? result.id : 0) : m_project->addIncident(result);
    if (id && m_incidentTable) {
        m_incidentDock->show();
        m_incidentTable->setCurrentIncident(id);
    }
    return id;
}

void MainWindow::deleteIncident()
{
    if (!m_project || !m_incidentTable)
        return;
    const qint64 id = m_incidentTable->currentIncident();
    if (id && m_project->removeIncident(id))
        showMessage(tr("Incident #%1 deleted; %2 brings it back")
                        .arg(id)
                        .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
}

void MainWindow::showIncidentSource()
{
    if (!m_project || !m_incidentTable)
        return;
    const auto incident = m_project->incidents().incident(m_incidentTable->currentIncident());
    if (!incident || incident->claimIds.isEmpty()) {
        showMessage(tr("No claim is linked to this incident."));
        return;
    }
    const auto claim = m_project->claims().claim(incident->claimIds.first());
    if (!claim)
        return;
    m_library->setCurrentArticle(claim->articleId);
    showArticle(claim->articleId);
    m_panel->setCurrentClaim(claim->id);
}

void MainWindow::filterToPeriod(const QDate &from, const QDate &to)
{
    if (!m_incidentModel)
        return;
    m_incidentModel->setPeriod(from, to);
    // The library shows the articles that report the period's incidents, whatever their own publication date.
    m_library->setIncidentPeriod(from, to);
    m_timeline->setHighlightedPeriod(from, to);
    if (from.isValid() || to.isValid())
        showMessage(tr("Incidents in %1 and the articles linked to them").arg(LibraryView::periodLabel(from, to)));
    else
        showMessage(tr("Showing every date"));
}

} // namespace sift
