#include "widgets/LibraryView.h"

#include "core/models/ArticleListModel.h"
#include "core/project/Project.h"
#include "widgets/ColumnChoice.h"
#include "widgets/SnippetDelegate.h"

#include <QAction>
#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace sift {

namespace {

constexpr int kUnknownOutletRole = Qt::UserRole + 1;

} // namespace

bool LibraryView::naturalLess(const QString &a, const QString &b)
{
    // QCollator's numeric mode needs ICU and a real locale (under the C locale it compares code points), so the
    // runs of digits are compared here by value and the rest through the collator, case-insensitively.
    static const QRegularExpression chunk(QStringLiteral("(\\d+)|(\\D+)"));
    const QCollator collator;
    auto ia = chunk.globalMatch(a);
    auto ib = chunk.globalMatch(b);
    while (ia.hasNext() && ib.hasNext()) {
        const QRegularExpressionMatch ma = ia.next();
        const QRegularExpressionMatch mb = ib.next();
        const bool digitsA = ma.capturedLength(1) > 0;
        const bool digitsB = mb.capturedLength(1) > 0;
        int order = 0;
        if (digitsA && digitsB) {
            auto significant = [](QString digits) {
                while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
                    digits.remove(0, 1);
                return digits;
            };
            const QString ta = significant(ma.captured(1));
            const QString tb = significant(mb.captured(1));
            order = ta.size() != tb.size() ? (ta.size() < tb.size() ? -1 : 1) : ta.compare(tb);
        } else {
            order = collator.compare(ma.captured().toCaseFolded(), mb.captured().toCaseFolded());
        }
        if (order != 0)
            return order < 0;
    }
    if (ia.hasNext() != ib.hasNext())
        return ib.hasNext(); // the shorter one first
    return a.compare(b, Qt::CaseInsensitive) < 0;
}

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
    m_outlet->addItem(tr("unknown outlet"), QString());
    m_outlet->setItemData(1, true, kUnknownOutletRole);
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

    m_banner = new QWidget(this);
    m_banner->setObjectName(QStringLiteral("libraryFilterBanner"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(0, 0, 0, 0);
    m_bannerLabel = new QLabel(m_banner);
    m_bannerLabel->setObjectName(QStringLiteral("libraryFilterLabel"));
    m_bannerLabel->setWordWrap(true);
    m_bannerLabel->setTextFormat(Qt::PlainText);
    m_bannerLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *clear = new QPushButton(tr("Clear"), m_banner);
    clear->setObjectName(QStringLiteral("libraryClearFilterButton"));
    clear->setToolTip(tr("Show every article"));
    connect(clear, &QPushButton::clicked, this, [this] {
        clearFilters();
        Q_EMIT filtersCleared();
    });
    bannerLayout->addWidget(m_bannerLabel, 1);
    bannerLayout->addWidget(clear, 0, Qt::AlignTop);
    m_banner->hide();
    layout->addWidget(m_banner);

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
    for (int c : {int(ArticleListModel::Published), int(ArticleListModel::Claims), int(ArticleListModel::Copies),
                  int(ArticleListModel::Suggested)})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ArticleListModel::Outlet, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ArticleListModel::State, QHeaderView::Interactive);
    m_table->setColumnWidth(ArticleListModel::Outlet, 90);
    m_table->setColumnWidth(ArticleListModel::State, 70);
    m_table->setColumnHidden(ArticleListModel::Match, true);
    setUpColumnChoice();
    m_table->setItemDelegateForColumn(ArticleListModel::Match, new SnippetDelegate(m_table));
    m_table->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_table, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("libraryCountLabel"));
    layout->addWidget(m_count);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && !m_restoringCurrent) {
                    m_lastArticle = m_model.articleId(current.row());
                    Q_EMIT articleActivated(m_lastArticle);
                }
            });
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &LibraryView::applyQuery);
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &LibraryView::applyQuery);
    // A refresh (an import, a suggestion pass in the background, a search) resets the model, and with it the view's
    // current row. The article being read is made current again without opening it anew: otherwise the selection
    // vanished, the arrow keys started over at the top, and focus coming back to the table opened the first article.
    // The article last opened counts too: an intermediate query while typing ("d", "dr"…) may have left it out.
    connect(&m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_articleAcrossReset = currentArticle() ? currentArticle() : m_lastArticle; });
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(tr("%n article(s)", nullptr, m_model.rowCount()));
        const int row = m_model.rowOf(std::exchange(m_articleAcrossReset, 0));
        if (row < 0)
            return;
        m_restoringCurrent = true;
        m_table->selectionModel()->setCurrentIndex(m_model.index(row, ArticleListModel::Title),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_restoringCurrent = false;
        m_table->scrollTo(m_model.index(row, ArticleListModel::Title));
    });
    connect(&m_project, &Project::articlesReset, this, &LibraryView::refreshFilters);
    connect(&m_project, &Project::claimsChanged, this, [this] { refreshFilters(); });
    refreshFilters();
    m_count->setText(tr("%n article(s)", nullptr, m_model.rowCount()));
}

void LibraryView::setUpColumnChoice()
{
    // The title needs the width most; the review state (bold marks the new ones) and the copies of a story start
    // hidden. The header's context menu shows or hides each column, and the choice is kept.
    addColumnChoice(m_table, QStringLiteral("library/hiddenColumns"),
                    {{ArticleListModel::Outlet, QStringLiteral("Outlet")},
                     {ArticleListModel::Published, QStringLiteral("Published")},
                     {ArticleListModel::Claims, QStringLiteral("Claims")},
                     {ArticleListModel::Copies, QStringLiteral("Copies")},
                     {ArticleListModel::State, QStringLiteral("State")},
                     {ArticleListModel::Suggested, QStringLiteral("Suggested")}},
                    {QStringLiteral("State"), QStringLiteral("Copies")}, QStringLiteral("libraryColumn"));
}

void LibraryView::refreshFilters()
{
    auto refill = [](QComboBox *combo, const QStringList &values, int fixed = 1) {
        const int currentIndex = combo->currentIndex();
        const QString current = combo->currentData().toString();
        while (combo->count() > fixed)
            combo->removeItem(fixed);
        for (const QString &v : values)
            combo->addItem(v, v);
        combo->setCurrentIndex(currentIndex < fixed ? currentIndex : qMax(0, combo->findData(current)));
    };
    // "Outlet 2" before "Outlet 10": the order a reader expects, not the code points'.
    QStringList outlets = m_project.articles().outlets();
    std::sort(outlets.begin(), outlets.end(), [](const QString &a, const QString &b) { return naturalLess(a, b); });
    refill(m_outlet, outlets, 2);
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

void LibraryView::setIncidentPeriod(const QDate &from, const QDate &to)
{
    m_incidentFrom = from;
    m_incidentTo = to;
    applyQuery();
}

void LibraryView::clearFilters()
{
    m_search->clear();
    for (QComboBox *combo : {m_state, m_outlet, m_status, m_tag})
        combo->setCurrentIndex(0);
    m_from = m_to = m_incidentFrom = m_incidentTo = QDate();
    applyQuery();
}

QString LibraryView::periodLabel(const QDate &from, const QDate &to)
{
    const QLocale locale;
    if (!from.isValid() || !to.isValid())
        return from.isValid() ? tr("from %1").arg(from.toString(Qt::ISODate))
                              : tr("until %1").arg(to.toString(Qt::ISODate));
    if (from == to)
        return from.toString(Qt::ISODate);
    if (from.dayOfWeek() == 1 && from.addDays(6) == to) {
        int year = 0;
        const int week = from.weekNumber(&year);
        return tr("week %1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
    }
    if (from.day() == 1 && to == from.addMonths(1).addDays(-1))
        return locale.standaloneMonthName(from.month()) + QLatin1Char(' ') + QString::number(from.year());
    if (from.dayOfYear() == 1 && to == QDate(from.year(), 12, 31))
        return QString::number(from.year());
    return tr("%1 to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

QString LibraryView::filterDescription() const
{
    QStringList parts;
    if (m_incidentFrom.isValid() || m_incidentTo.isValid())
        parts << tr("incidents in %1").arg(periodLabel(m_incidentFrom, m_incidentTo));
    if (m_from.isValid() || m_to.isValid())
        parts << tr("published %1").arg(periodLabel(m_from, m_to));
    if (!m_search->text().trimmed().isEmpty())
        parts << tr("search “%1”").arg(m_search->text().trimmed());
    if (m_state->currentIndex() > 0)
        parts << tr("state %1").arg(m_state->currentText());
    if (m_outlet->currentIndex() == 1)
        parts << tr("unknown outlet");
    else if (m_outlet->currentIndex() > 1)
        parts << tr("outlet %1").arg(m_outlet->currentText());
    if (m_status->currentIndex() > 0)
        parts << tr("claims %1").arg(m_status->currentText());
    if (m_tag->currentIndex() > 0)
        parts << tr("tag %1").arg(m_tag->currentText());
    return parts.join(QStringLiteral(" · "));
}

void LibraryView::updateBanner()
{
    const QString description = filterDescription();
    m_banner->setVisible(!description.isEmpty());
    m_bannerLabel->setText(description.isEmpty() ? QString() : tr("Filtered: %1").arg(description));
    m_bannerLabel->setToolTip(m_bannerLabel->text());
}

void LibraryView::applyQuery()
{
    m_searchTimer->stop();
    ArticleQuery q = m_model.query();
    q.text = m_search->text().trimmed();
    q.reviewState = reviewStateFromKey(m_state->currentData().toString());
    if (m_state->currentData().toString().isEmpty())
        q.reviewState.reset();
    q.unknownOutlet = m_outlet->currentData(kUnknownOutletRole).toBool();
    q.outlet = q.unknownOutlet ? QString() : m_outlet->currentData().toString();
    q.claimStatus = m_status->currentData().toString();
    q.tag = m_tag->currentData().toString();
    q.withSuggestions = m_suggested->isChecked();
    q.from = m_from;
    q.to = m_to;
    q.incidentFrom = m_incidentFrom;
    q.incidentTo = m_incidentTo;
    if (const QString error = m_model.setQuery(q); !error.isEmpty()) {
        Q_EMIT message(error);
        updateBanner();
        return;
    }
    updateBanner();
    m_table->setColumnHidden(ArticleListModel::Match, q.text.isEmpty());
    if (!q.text.isEmpty())
        m_table->horizontalHeader()->setSectionResizeMode(ArticleListModel::Match, QHeaderView::Stretch);
    // Snippets get two lines; without a search the rows stay one line high.
    const int line = m_table->fontMetrics().lineSpacing();
    m_table->verticalHeader()->setDefaultSectionSize(q.text.isEmpty() ? line + 8 : 2 * line + 8);
    // The reset kept the article being read current when the new list has it; the rows changed height since.
    if (m_table->currentIndex().isValid())
        m_table->scrollTo(m_table->currentIndex());
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
