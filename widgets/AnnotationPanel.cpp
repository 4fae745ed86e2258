#include "widgets/AnnotationPanel.h"

#include "core/models/ClaimListModel.h"
#include "core/project/Project.h"
#include "widgets/ClaimDelegate.h"
#include "widgets/ClaimEditor.h"
#include "widgets/CommitTextEdit.h"
#include "widgets/SuggestionList.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace sift {

AnnotationPanel::AnnotationPanel(Project &project, ClaimListModel &claims, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_claims(claims)
{
    setObjectName(QStringLiteral("annotationPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    QFont heading = font();
    heading.setBold(true);
    auto *articleLabel = new QLabel(tr("ARTICLE"), this);
    articleLabel->setFont(heading);
    layout->addWidget(articleLabel);

    auto *form = new QFormLayout;
    auto lineEdit = [this](const QString &name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] { commit(edit); });
        return edit;
    };
    m_title = lineEdit(QStringLiteral("articleTitleEdit"));
    m_outlet = lineEdit(QStringLiteral("articleOutletEdit"));
    m_url = lineEdit(QStringLiteral("articleUrlEdit"));
    m_author = lineEdit(QStringLiteral("articleAuthorEdit"));
    m_published = lineEdit(QStringLiteral("articlePublishedEdit"));
    m_published->setPlaceholderText(tr("unknown — YYYY-MM-DD"));
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("articleStateCombo"));
    for (auto s : {ReviewState::New, ReviewState::InReview, ReviewState::Done})
        m_state->addItem(reviewStateLabel(s), reviewStateKey(s));
    connect(m_state, &QComboBox::activated, this, [this] {
        if (!m_loading && m_articleId)
            m_project.setArticleField(m_articleId, ArticleStore::Field::ReviewState, m_state->currentData().toString());
    });
    auto *notes = new CommitTextEdit(this);
    notes->onCommit = [this] {
        if (!m_loading && m_articleId)
            m_project.setArticleField(m_articleId, ArticleStore::Field::Notes, m_notes->toPlainText().trimmed());
    };
    m_notes = notes;
    m_notes->setObjectName(QStringLiteral("articleNotesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 2 + 12);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Outlet"), m_outlet);
    form->addRow(tr("URL"), m_url);
    form->addRow(tr("Author"), m_author);
    form->addRow(tr("Published"), m_published);
    form->addRow(tr("State"), m_state);
    form->addRow(tr("Notes"), m_notes);
    layout->addLayout(form);

    m_claimsHeader = new QLabel(this);
    m_claimsHeader->setFont(heading);
    layout->addWidget(m_claimsHeader);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_claimList = new QListView(splitter);
    m_claimList->setObjectName(QStringLiteral("claimList"));
    m_claimList->setModel(&m_claims);
    m_claimList->setItemDelegate(new ClaimDelegate(m_claimList));
    m_claimList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_claimList->setMinimumHeight(150);
    m_claimList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(m_claimList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = current.isValid() ? current.data(ClaimListModel::IdRole).toLongLong() : 0;
                m_editor->setClaim(id);
                Q_EMIT claimSelected(id);
            });

    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_editor = new ClaimEditor(m_project, scroll);
    scroll->setWidget(m_editor);
    splitter->addWidget(m_claimList);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({220, 400});
    m_suggestions = new SuggestionList(m_project, splitter); // the "Suggested" list, under the recorded claims
    splitter->insertWidget(1, m_suggestions);
    splitter->setSizes({200, 170, 330});
    layout->addWidget(splitter, 1);

    connect(&m_claims, &ClaimListModel::claimsReloaded, this, [this] {
        m_claimsHeader->setText(tr("CLAIMS (%1)").arg(m_claims.rowCount()));
        const int row = m_claims.rowOf(m_editor->claimId());
        if (row >= 0)
            m_claimList->setCurrentIndex(m_claims.index(row));
    });
    connect(&m_project, &Project::articleChanged, this, [this](qint64 id) {
        if (id == m_articleId)
            loadMetadata();
    });
    setArticle(0);
}

void AnnotationPanel::setArticle(qint64 articleId)
{
    // The same article shown again (one of its fields was edited) keeps the claim the analyst is on.
    if (articleId != m_articleId)
        m_editor->setClaim(0);
    m_articleId = articleId;
    m_suggestions->setArticle(articleId);
    loadMetadata();
    m_claimsHeader->setText(tr("CLAIMS (%1)").arg(m_claims.rowCount()));
}

void AnnotationPanel::loadMetadata()
{
    m_loading = true;
    const auto article = m_articleId ? m_project.articles().article(m_articleId) : std::nullopt;
    const Article a = article.value_or(Article{});
    for (QWidget *w : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_outlet), static_cast<QWidget *>(m_url),
                       static_cast<QWidget *>(m_author), static_cast<QWidget *>(m_published),
                       static_cast<QWidget *>(m_state), static_cast<QWidget *>(m_notes)})
        w->setEnabled(article.has_value());
    m_title->setText(a.title);
    m_outlet->setText(a.outlet);
    m_url->setText(a.url);
    m_author->setText(a.author);
    m_published->setText(a.published.toIso());
    m_state->setCurrentIndex(qMax(0, m_state->findData(reviewStateKey(a.reviewState))));
    if (m_notes->toPlainText() != a.notes)
        m_notes->setPlainText(a.notes);
    m_loading = false;
}

void AnnotationPanel::commit(QLineEdit *edit)
{
    if (m_loading || !m_articleId)
        return;
    ArticleStore::Field field = ArticleStore::Field::Title;
    if (edit == m_outlet)
        field = ArticleStore::Field::Outlet;
    else if (edit == m_url)
        field = ArticleStore::Field::Url;
    else if (edit == m_author)
        field = ArticleStore::Field::Author;
    else if (edit == m_published)
        field = ArticleStore::Field::Published;
    if (!m_project.setArticleField(m_articleId, field, edit->text().trimmed()))
        loadMetadata();
}

void AnnotationPanel::setCurrentClaim(qint64 claimId)
{
    const int row = m_claims.rowOf(claimId);
    if (row >= 0)
        m_claimList->setCurrentIndex(m_claims.index(row));
    else
        m_editor->setClaim(claimId);
}

qint64 AnnotationPanel::currentClaim() const
{
    return m_editor->claimId();
}

} // namespace sift
