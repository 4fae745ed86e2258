#include "widgets/AnnotationPanel.h"

#include "core/models/ClaimListModel.h"
#include "core/project/Project.h"
#include "widgets/ClaimDelegate.h"
#include "widgets/ClaimEditor.h"
#include "widgets/CommitTextEdit.h"
#include "widgets/SuggestionList.h"

#include <QComboBox>
#include <QDockWidget>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace sift {

namespace {

const QList<int> kPaneSizes{60, 350, 260}; ///< article fields, claims and suggestions, claim editor

} // namespace

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
    articleLabel->setObjectName(QStringLiteral("articleHeading"));
    articleLabel->setFont(heading);
    layout->addWidget(articleLabel);

    // Three panes share the height: the article's fields, its claims, and the claim editor. Each has a minimum
    // so that dragging one splitter handle never collapses another pane.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("annotationSplitter"));
    m_splitter->setChildrenCollapsible(false);
    auto *articleScroll = new QScrollArea(m_splitter);
    articleScroll->setObjectName(QStringLiteral("articleFieldsScroll"));
    articleScroll->setWidgetResizable(true);
    articleScroll->setFrameShape(QFrame::NoFrame);
    articleScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *articleFields = new QWidget(articleScroll);
    auto *form = new QFormLayout(articleFields);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto lineEdit = [this, articleFields](const QString &name) {
        auto *edit = new QLineEdit(articleFields);
        edit->setObjectName(name);
        edit->setMinimumWidth(60);
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
    articleScroll->setWidget(articleFields);
    articleScroll->setMinimumHeight(60);

    m_claimsPane = new QWidget(m_splitter);
    m_claimsPane->setObjectName(QStringLiteral("claimsPane"));
    auto *claimsLayout = new QVBoxLayout(m_claimsPane);
    claimsLayout->setContentsMargins(0, 4, 0, 0);

    m_claimsHeader = new QLabel(m_claimsPane);
    m_claimsHeader->setFont(heading);
    claimsLayout->addWidget(m_claimsHeader);
    m_claimList = new QListView(m_claimsPane);
    m_claimList->setObjectName(QStringLiteral("claimList"));
    m_claimList->setModel(&m_claims);
    m_claimList->setItemDelegate(new ClaimDelegate(m_claimList));
    m_claimList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_claimList->setMinimumHeight(90);
    m_claimList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    claimsLayout->addWidget(m_claimList, 2);
    m_suggestions = new SuggestionList(m_project, m_claimsPane); // the "Suggested" list, under the recorded claims
    // Its own minimum, below what its layout asks: the panel must not push the incidents dock below its minimum.
    m_suggestions->setMinimumHeight(36);
    claimsLayout->addWidget(m_suggestions, 1);
    m_claimList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(m_claimList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = current.isValid() ? current.data(ClaimListModel::IdRole).toLongLong() : 0;
                m_editor->setClaim(id);
                Q_EMIT claimSelected(id);
            });

    m_editorScroll = new QScrollArea(m_splitter);
    m_editorScroll->setObjectName(QStringLiteral("claimEditorScroll"));
    m_editorScroll->setWidgetResizable(true);
    m_editorScroll->setFrameShape(QFrame::NoFrame);
    m_editorScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_editorScroll->setMinimumHeight(120);
    m_editor = new ClaimEditor(m_project, m_editorScroll);
    m_editorScroll->setWidget(m_editor);
    connect(m_editor, &ClaimEditor::floatRequested, this, [this] { setEditorFloating(!isEditorFloating()); });
    m_splitter->addWidget(articleScroll);
    m_splitter->addWidget(m_claimsPane);
    m_splitter->addWidget(m_editorScroll);
    m_splitter->setStretchFactor(0, 0);
    // The claims take the larger share: at 1280x800 four cards and two suggestions show, and the editor down to its
    // Status field.
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes(kPaneSizes);
    layout->addWidget(m_splitter, 1);

    // The claims list is as high as its cards when the pane has room for them (no scroll bar), see fitClaimList().
    m_claimsPane->installEventFilter(this);
    connect(m_suggestions, &SuggestionList::suggestionsChanged, this, &AnnotationPanel::fitClaimList);
    connect(&m_claims, &ClaimListModel::claimsReloaded, this, [this] {
        fitClaimList();
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

AnnotationPanel::~AnnotationPanel()
{
    delete m_editorDock; // it holds the editor, which must not outlive the project
}

bool AnnotationPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_claimsPane && event->type() == QEvent::Resize)
        fitClaimList();
    return QWidget::eventFilter(watched, event);
}

void AnnotationPanel::fitClaimList()
{
    // When every card fits in the pane with the Suggested list still showing its first suggestion whole, the list
    // takes exactly the cards' height and the suggestions the rest: no scroll bar over cards that all show. When
    // they do not fit, the list and the suggestions share the pane 2:1 and the list scrolls.
    auto *layout = static_cast<QBoxLayout *>(m_claimsPane->layout());
    const int rows = m_claims.rowCount();
    const int cards = rows > 0 ? rows * m_claimList->sizeHintForRow(0) + 2 * m_claimList->frameWidth() : 0;
    const QMargins margins = layout->contentsMargins();
    const int available = m_claimsPane->height() - margins.top() - margins.bottom() -
                          m_claimsHeader->sizeHint().height() - 2 * layout->spacing();
    const bool fits = rows > 0 && cards <= available - m_suggestions->firstSuggestionHeight();
    m_claimList->setMaximumHeight(fits ? std::max(cards, m_claimList->minimumHeight()) : QWIDGETSIZE_MAX);
    layout->setStretchFactor(m_claimList, fits ? 100 : 2);
}

bool AnnotationPanel::isEditorFloating() const
{
    return m_editorDock != nullptr;
}

void AnnotationPanel::setEditorFloating(bool floating)
{
    if (floating == isEditorFloating())
        return;
    if (!floating) {
        m_splitter->addWidget(m_editorScroll);
        m_splitter->setSizes(kPaneSizes);
        m_editorDock->deleteLater();
        m_editorDock = nullptr;
        Q_EMIT editorFloatingChanged(false);
        return;
    }
    auto *mainWindow = qobject_cast<QMainWindow *>(window());
    m_editorDock = new QDockWidget(tr("Claim Editor"), mainWindow ? static_cast<QWidget *>(mainWindow) : this);
    m_editorDock->setObjectName(QStringLiteral("claimEditorDock"));
    m_editorDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_editorDock->setWidget(m_editorScroll);
    if (mainWindow)
        mainWindow->addDockWidget(Qt::RightDockWidgetArea, m_editorDock);
    m_editorDock->setFloating(true);
    m_editorDock->resize(420, 620);
    m_editorDock->show();
    Q_EMIT editorFloatingChanged(true);
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
    for (QLineEdit *edit : {m_title, m_url})
        edit->setCursorPosition(0); // the start of a long title or address, not its end
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
