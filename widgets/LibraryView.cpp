#include "widgets/LibraryView.h"

#include "core/models/ArticleListModel.h"
#include "core/project/Project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sift {

LibraryView::LibraryView(Project &project, ArticleListModel &model, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_model(model)
{
    setObjectName(QStringLiteral("libraryView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("librarySearchEdit"));
    m_search->setPlaceholderText(tr("Search articles… (\"phrase\", prefix*, AND/OR/NOT)"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    auto *filters = new QGridLayout;
    auto combo = [this](const QString &name, const QString &all) {
        auto *c = new QComboBox(this);
        c->setObjectName(name);
        c->addItem(all, QString());
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(8);
        connect(c, &QComboBox::activated, this, &LibraryView::applyQuery);
        return c;
    };
    m_state = combo(QStringLiteral("libraryStateFilter"), tr("any state"));
    for (auto s : {ReviewState::New, ReviewState::InReview, ReviewState::Done})
        m_state->addItem(reviewStateLabel(s), reviewStateKey(s));
    m_outlet = combo(QStringLiteral("libraryOutletFilter"), tr("any outlet"));
    m_status = combo(QStringLiteral("libraryStatusFilter"), tr("any claim status"));
    m_tag = combo(QStringLiteral("libraryTagFilter"), tr("any tag"));
    filters->addWidget(m_state, 0, 0);
    filters->addWidget(m_outlet, 0, 1);
    filters->addWidget(m_status, 1, 0);
    filters->addWidget(m_tag, 1, 1);
    m_suggested = new QCheckBox(tr("With suggested claims"), this);
    m_suggested->setObjectName(QStringLiteral("librarySuggestedFilter"));
    connect(m_suggested, &QCheckBox::toggled, this, &LibraryView::applyQuery);
    filters->addWidget(m_suggested, 2, 0, 1, 2);
    layout->addLayout(filters);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("libraryTable"));
    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ArticleListModel::Published, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(ArticleListModel::Title, QHeaderView::Stretch);
    for (int c : {int(ArticleListModel::Published), int(ArticleListModel::Claims)})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ArticleListModel::Outlet, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ArticleListModel::State, QHeaderView::Interactive);
    m_table->setColumnWidth(ArticleListModel::Outlet, 100);
    m_table->setColumnWidth(ArticleListModel::State, 70);
    m_table->setColumnHidden(ArticleListModel::Match, true);
    layout->addWidget(m_table, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("libraryCountLabel"));
    layout->addWidget(m_count);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT articleActivated(m_model.articleId(current.row()));
            });
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &LibraryView::applyQuery);
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &LibraryView::applyQuery);
    connect(&m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_count->setText(tr("%n article(s)", nullptr, m_model.rowCount())); });
    connect(&m_project, &Project::articlesReset, this, &LibraryView::refreshFilters);
    connect(&m_project, &Project::claimsChanged, this, [this] { refreshFilters(); });
    refreshFilters();
    m_count->setText(tr("%n article(s)", nullptr, m_model.rowCount()));
}

void LibraryView::refreshFilters()
{
    auto refill = [](QComboBox *combo, const QStringList &values) {
        const QString current = combo->currentData().toString();
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const QString &v : values)
            combo->addItem(v, v);
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
    };
    refill(m_outlet, m_project.articles().outlets());
    QStringList statuses;
    for (const Status &s : m_project.vocabulary().statuses())
        statuses << s.name;
    refill(m_status, statuses);
    refill(m_tag, m_project.claims().tagNames());
}

void LibraryView::setDateRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    applyQuery();
}

void LibraryView::applyQuery()
{
    m_searchTimer->stop();
    const qint64 current = currentArticle();
    ArticleQuery q = m_model.query();
    q.text = m_search->text().trimmed();
    q.reviewState = reviewStateFromKey(m_state->currentData().toString());
    if (m_state->currentData().toString().isEmpty())
        q.reviewState.reset();
    q.outlet = m_outlet->currentData().toString();
    q.claimStatus = m_status->currentData().toString();
    q.tag = m_tag->currentData().toString();
    q.withSuggestions = m_suggested->isChecked();
    q.from = m_from;
    q.to = m_to;
    if (const QString error = m_model.setQuery(q); !error.isEmpty()) {
        Q_EMIT message(error);
        return;
    }
    m_table->setColumnHidden(ArticleListModel::Match, q.text.isEmpty());
    if (!q.text.isEmpty())
        m_table->horizontalHeader()->setSectionResizeMode(ArticleListModel::Match, QHeaderView::Stretch);
    const int row = m_model.rowOf(current);
    if (row >= 0)
        m_table->selectRow(row);
}

qint64 LibraryView::currentArticle() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model.articleId(index.row()) : 0;
}

void LibraryView::setCurrentArticle(qint64 articleId)
{
    const int row = m_model.rowOf(articleId);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model.index(row, 0));
    }
}

void LibraryView::step(int delta)
{
    if (m_model.rowCount() == 0)
        return;
    const QModelIndex index = m_table->currentIndex();
    const int row = qBound(0, (index.isValid() ? index.row() : -delta) + delta, m_model.rowCount() - 1);
    m_table->selectRow(row);
    m_table->scrollTo(m_model.index(row, 0));
}

} // namespace sift
