// Same story, many outlets, in the window: Article ▸ Show Copies lists the near-duplicates of the article in the
// reader (SimilarStore's story, most similar first) and opens one; Article ▸ Find This Claim in Copies searches the
// current claim's quote in each copy (findClaimInCopies) and opens a copy at the words it found.
#include "app/MainWindow.h"

#include "core/analysis/ClaimCopies.h"
#include "core/project/Project.h"
#include "core/store/ClaimStore.h"
#include "core/store/SimilarStore.h"
#include "widgets/AnnotationPanel.h"
#include "widgets/ArticleReader.h"
#include "widgets/LibraryView.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sift {

namespace {

enum CopyColumn { TitleColumn, OutletColumn, SimilarityColumn, FoundColumn };
constexpr int kIdRole = Qt::UserRole;
constexpr int kStartRole = Qt::UserRole + 1;
constexpr int kEndRole = Qt::UserRole + 2;
constexpr int kFoundRole = Qt::UserRole + 3;

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

/// A dialog with a table of copies and Open / Close buttons; Enter opens the current row, Escape closes.
struct CopiesDialog {
    QDialog *dialog = nullptr;
    QTableWidget *table = nullptr;
    QPushButton *open = nullptr;
};

CopiesDialog makeCopiesDialog(QWidget *parent, const QString &name, const QString &title, const QString &intro,
                              const QStringList &headers)
{
    CopiesDialog d;
    d.dialog = new QDialog(parent);
    d.dialog->setObjectName(name);
    d.dialog->setWindowTitle(title);
    d.dialog->setAttribute(Qt::WA_DeleteOnClose);
    d.dialog->resize(640, 320);
    auto *layout = new QVBoxLayout(d.dialog);
    auto *label = new QLabel(intro);
    label->setObjectName(name + QStringLiteral("Intro"));
    label->setWordWrap(true);
    layout->addWidget(label);
    d.table = new QTableWidget(0, int(headers.size()));
    d.table->setObjectName(name + QStringLiteral("Table"));
    d.table->setHorizontalHeaderLabels(headers);
    d.table->setSelectionBehavior(QAbstractItemView::SelectRows);
    d.table->setSelectionMode(QAbstractItemView::SingleSelection);
    d.table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    d.table->verticalHeader()->hide();
    d.table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    d.table->setTabKeyNavigation(false);
    layout->addWidget(d.table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Close);
    buttons->setObjectName(name + QStringLiteral("Buttons"));
    d.open = buttons->button(QDialogButtonBox::Open);
    d.open->setObjectName(name + QStringLiteral("Open"));
    d.open->setDefault(true);
    QObject::connect(buttons, &QDialogButtonBox::rejected, d.dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return d;
}

QString percent(double similarity)
{
    return MainWindow::tr("%1%").arg(qRound(similarity * 100));
}

} // namespace

void MainWindow::addCopiesActions()
{
    auto *article = menuBar()->findChild<QMenu *>(QStringLiteral("articleMenu"));
    if (!article)
        article = menuBar()->addMenu(tr("&Article"));
    article->addSeparator();
    m_showCopies = article->addAction(tr("Show &Copies…"));
    m_showCopies->setObjectName(QStringLiteral("actionShowCopies"));
    m_showCopies->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    m_showCopies->setStatusTip(tr("Other outlets' near-duplicate copies of this article's story"));
    connect(m_showCopies, &QAction::triggered, this, &MainWindow::showCopies);
    addAction(m_showCopies);
    m_findClaimInCopies = article->addAction(tr("&Find This Claim in Copies…"));
    m_findClaimInCopies->setObjectName(QStringLiteral("actionFindClaimInCopies"));
    m_findClaimInCopies->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    m_findClaimInCopies->setStatusTip(tr("Search the current claim's quote in every copy of the story"));
    connect(m_findClaimInCopies, &QAction::triggered, this, &MainWindow::showClaimInCopies);
    addAction(m_findClaimInCopies);
    updateCopiesActions();
}

void MainWindow::addLibraryCopiesActions()
{
    auto *table = m_library ? m_library->findChild<QTableView *>(QStringLiteral("libraryTable")) : nullptr;
    if (!table || !m_showCopies)
        return;
    // The library's right-click menu lists the table's actions (Qt::ActionsContextMenu). A right click makes the row
    // under the pointer the current article, shown in the reader, which is the article both actions work on. Find
    // This Claim in Copies is there greyed until a claim of that article is current.
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    table->addAction(m_showCopies);
    table->addAction(m_findClaimInCopies);
    auto *separator = new QAction(table);
    separator->setSeparator(true);
    table->addAction(separator);
}

void MainWindow::updateCopiesActions()
{
    if (!m_showCopies || !m_findClaimInCopies)
        return;
    m_showCopies->setEnabled(m_project && m_articleId != 0);
    m_findClaimInCopies->setEnabled(m_project && m_panel && m_panel->currentClaim() != 0);
}

void MainWindow::showCopies()
{
    if (!m_project || !m_articleId)
        return;
    const qint64 articleId = m_articleId;
    const QList<StoryCopy> copies = SimilarStore(m_project->db()).copies(articleId);
    if (copies.isEmpty()) {
        showMessage(tr("No copies of this article were found in the project."));
        return;
    }
    const QString title = m_project->articles().article(articleId).value_or(Article{}).title;
    CopiesDialog d =
        makeCopiesDialog(this, QStringLiteral("copiesDialog"), tr("Copies"),
                         tr("%n other article(s) tell the same story as \u201c%1\u201d, most similar first.", nullptr,
                            int(copies.size()))
                             .arg(title),
                         {tr("Title"), tr("Outlet"), tr("Similarity")});
    d.table->setRowCount(int(copies.size()));
    for (int row = 0; row < copies.size(); ++row) {
        const StoryCopy &c = copies.at(row);
        QTableWidgetItem *titleItem = cell(c.title.isEmpty() ? tr("(untitled)") : c.title);
        titleItem->setData(kIdRole, c.articleId);
        d.table->setItem(row, TitleColumn, titleItem);
        d.table->setItem(row, OutletColumn, cell(c.outlet));
        d.table->setItem(row, SimilarityColumn, cell(percent(c.similarity)));
    }
    const auto openCurrent = [this, d] {
        const int row = d.table->currentRow();
        if (row < 0)
            return;
        const qint64 id = d.table->item(row, TitleColumn)->data(kIdRole).toLongLong();
        d.dialog->accept();
        showArticle(id);
        m_library->setCurrentArticle(id);
        showMessage(tr("Opened a copy; Show Copies (%1) lists the others")
                        .arg(m_showCopies->shortcut().toString(QKeySequence::NativeText)));
    };
    connect(d.open, &QPushButton::clicked, d.dialog, openCurrent);
    connect(d.table, &QTableWidget::cellDoubleClicked, d.dialog, openCurrent);
    d.table->selectRow(0);
    d.table->setFocus();
    d.dialog->show();
}

void MainWindow::showClaimInCopies()
{
    if (!m_project || !m_panel || !m_panel->currentClaim())
        return;
    const qint64 claimId = m_panel->currentClaim();
    const auto claim = m_project->claims().claim(claimId);
    if (!claim)
        return;
    const QList<ClaimInCopy> copies = findClaimInCopies(m_project->db(), claimId);
    if (copies.isEmpty()) {
        showMessage(tr("The claim's article has no copies in the project."));
        return;
    }
    const int found = int(std::count_if(copies.cbegin(), copies.cend(), [](const ClaimInCopy &c) { return c.found; }));
    const QString quote = claim->anchor.quote;
    CopiesDialog d = makeCopiesDialog(
        this, QStringLiteral("claimCopiesDialog"), tr("Claim in Copies"),
        tr("\u201c%1\u201d is in %2 of %n copies. Open one to see the words there.", nullptr, int(copies.size()))
            .arg(quote.size() > 160 ? quote.left(159) + QChar(0x2026) : quote)
            .arg(found),
        {tr("Title"), tr("Outlet"), tr("Similarity"), tr("Quote")});
    d.table->setRowCount(int(copies.size()));
    int firstFound = -1;
    for (int row = 0; row < copies.size(); ++row) {
        const ClaimInCopy &c = copies.at(row);
        QTableWidgetItem *titleItem = cell(c.title.isEmpty() ? tr("(untitled)") : c.title);
        titleItem->setData(kIdRole, c.articleId);
        titleItem->setData(kStartRole, qint64(c.start));
        titleItem->setData(kEndRole, qint64(c.end));
        titleItem->setData(kFoundRole, c.found);
        d.table->setItem(row, TitleColumn, titleItem);
        d.table->setItem(row, OutletColumn, cell(c.outlet));
        d.table->setItem(row, SimilarityColumn, cell(percent(c.similarity)));
        d.table->setItem(row, FoundColumn, cell(c.found ? tr("found") : tr("not found")));
        if (c.found && firstFound < 0)
            firstFound = row;
    }
    const auto currentFound = [d] {
        const int row = d.table->currentRow();
        return row >= 0 && d.table->item(row, TitleColumn)->data(kFoundRole).toBool();
    };
    connect(d.table, &QTableWidget::currentCellChanged, d.dialog,
            [d, currentFound] { d.open->setEnabled(currentFound()); });
    const auto openCurrent = [this, d, currentFound] {
        if (!currentFound())
            return;
        const QTableWidgetItem *item = d.table->item(d.table->currentRow(), TitleColumn);
        const qint64 id = item->data(kIdRole).toLongLong();
        const qsizetype start = item->data(kStartRole).toLongLong();
        const qsizetype end = item->data(kEndRole).toLongLong();
        d.dialog->accept();
        showArticle(id);
        m_library->setCurrentArticle(id);
        // The quote selected in the copy: New Claim from Selection records it there too.
        m_reader->selectBodyRange(start, end);
        showMessage(tr("The claim's words are selected in this copy"));
    };
    connect(d.open, &QPushButton::clicked, d.dialog, openCurrent);
    connect(d.table, &QTableWidget::cellDoubleClicked, d.dialog, openCurrent);
    d.table->selectRow(firstFound >= 0 ? firstFound : 0);
    d.open->setEnabled(currentFound());
    d.table->setFocus();
    d.dialog->show();
}

} // namespace sift
