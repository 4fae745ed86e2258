// File ▸ Export…: the report dialog, fed with the scopes the main window knows about.

#include "app/MainWindow.h"

#include "core/models/ArticleListModel.h"
#include "core/project/Project.h"
#include "widgets/LibraryView.h"
#include "widgets/ReportDialog.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>
#include <QToolBar>

namespace sift {

namespace {

/// How the library's current query reads, for the report's scope line; empty when it shows everything.
QString describeQuery(const ArticleQuery &q)
{
    QStringList parts;
    if (!q.text.trimmed().isEmpty())
        parts << MainWindow::tr("search \u201c%1\u201d").arg(q.text.trimmed());
    if (q.reviewState)
        parts << MainWindow::tr("state %1").arg(reviewStateLabel(*q.reviewState));
    if (!q.outlet.isEmpty())
        parts << MainWindow::tr("outlet %1").arg(q.outlet);
    if (!q.claimStatus.isEmpty())
        parts << MainWindow::tr("claims %1").arg(q.claimStatus);
    if (!q.tag.isEmpty())
        parts << MainWindow::tr("tag %1").arg(q.tag);
    if (q.from.isValid() || q.to.isValid())
        parts << MainWindow::tr("published %1 to %2")
                     .arg(q.from.isValid() ? q.from.toString(Qt::ISODate) : QStringLiteral("…"),
                          q.to.isValid() ? q.to.toString(Qt::ISODate) : QStringLiteral("…"));
    return parts.join(QStringLiteral(", "));
}

} // namespace

void MainWindow::addExportActions(QMenu *fileMenu)
{
    m_export = new QAction(tr("&Export…"), this);
    m_export->setObjectName(QStringLiteral("actionExport"));
    m_export->setShortcut(QKeySequence(tr("Ctrl+Shift+X")));
    m_export->setToolTip(tr("Export a report (PDF, HTML, ODT, Markdown) or data (CSV, JSON, ClaimReview, Web "
                            "Annotation)"));
    m_export->setIconText(tr("Report"));
    addAction(m_export);
    connect(m_export, &QAction::triggered, this, &MainWindow::showExportDialog);
    // Next to the imports: what comes in and what goes out sit together.
    fileMenu->insertAction(m_quit, m_export);
    fileMenu->insertSeparator(m_quit);
    if (auto *toolbar = findChild<QToolBar *>(QStringLiteral("mainToolBar")))
        toolbar->addAction(m_export);
}

void MainWindow::showExportDialog()
{
    if (!m_project)
        return;
    ReportScopeChoices choices;
    choices.currentArticle = m_articleId;
    if (m_library) {
        if (auto *table = m_library->findChild<QTableView *>(); table && table->selectionModel()) {
            for (const QModelIndex &index : table->selectionModel()->selectedRows())
                choices.selectedArticles << index.data(ArticleListModel::IdRole).toLongLong();
        }
    }
    if (m_articles) {
        for (int row = 0; row < m_articles->rowCount(); ++row)
            choices.filteredArticles << m_articles->articleId(row);
        // The library names every filter it has, the timeline's incident period too.
        choices.filterDescription = m_library ? m_library->filterDescription() : describeQuery(m_articles->query());
        choices.libraryFiltered = !choices.filterDescription.isEmpty();
    }
    auto *dialog = new ReportDialog(*m_project, choices, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReportDialog::exportFinished, this, [this](const QString &path, const QString &error) {
        showMessage(error.isEmpty() ? tr("Exported %1").arg(path) : error);
    });
    dialog->open();
}

} // namespace sift
