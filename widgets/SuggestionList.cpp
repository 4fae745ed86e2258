#include "widgets/SuggestionList.h"

#include "core/analysis/ClaimSuggester.h"
#include "core/project/Project.h"
#include "core/project/SuggestionCommands.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sift {

namespace {

QString elide(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length - 1) + u'\u2026';
}

} // namespace

SuggestionList::SuggestionList(Project &project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
{
    setObjectName(QStringLiteral("suggestionPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_header = new QLabel(this);
    QFont heading = m_header->font();
    heading.setBold(true);
    m_header->setFont(heading);
    row->addWidget(m_header, 1);
    auto *acceptAllButton = new QPushButton(tr("Accept All"), this);
    acceptAllButton->setObjectName(QStringLiteral("acceptAllSuggestions"));
    acceptAllButton->setToolTip(tr("Record every suggestion of this article as a claim (Shift+Enter)"));
    row->addWidget(acceptAllButton);
    layout->addLayout(row);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("suggestionList"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setMinimumHeight(40); // the panel must not push the incidents dock below its own minimum
    m_list->setToolTip(tr("Enter accepts the suggestion as a claim, Del rejects it, Shift+Enter accepts all"));
    m_list->installEventFilter(this);
    layout->addWidget(m_list, 1);

    connect(acceptAllButton, &QPushButton::clicked, this, &SuggestionList::acceptAll);
    connect(m_list, &QListWidget::currentRowChanged, this, &SuggestionList::currentSuggestionChanged);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] { acceptCurrent(); });
    connect(&m_project, &Project::claimsChanged, this, [this](qint64 id) {
        if (id == m_articleId)
            refresh();
    });
    connect(&m_project, &Project::suggestionsChanged, this, [this](qint64 id) {
        if (id == m_articleId)
            refresh();
    });
    connect(&m_project, &Project::entitiesChanged, this, &SuggestionList::refresh);
    setArticle(0);
}

void SuggestionList::setArticle(qint64 articleId)
{
    m_articleId = articleId;
    refresh();
}

void SuggestionList::refresh()
{
    const int row = m_list->currentRow();
    ClaimSuggester suggester(m_project.db());
    m_suggestions = m_articleId ? suggester.pendingSuggestions(m_articleId) : QList<Suggestion>{};
    if (m_articleId && !m_project.isReadOnly()) {
        // Keep the library's count in step; a failed write only leaves the count stale.
        try {
            SuggestionStore(m_project.db()).setPendingCount(m_articleId, int(m_suggestions.size()));
        } catch (const StoreError &) {
        }
    }
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Suggestion &s : std::as_const(m_suggestions)) {
        const QString speaker =
            s.entity.isEmpty() ? (s.speaker.isValid() ? s.speaker.text : tr("no source")) : s.entity;
        QString line =
            tr("\u201C%1\u201D\n%2 \u00B7 %3").arg(elide(s.content.text, 160), speaker, stanceLabel(s.stance));
        if (!s.status.isEmpty())
            line += tr(" \u00B7 %1").arg(s.status);
        if (!s.reportedBy.isEmpty())
            line += tr(" \u00B7 via %1").arg(s.reportedBy);
        if (s.contradictsClaimId)
            line += tr("\ncontradicts \u201C%1\u201D (article %2)")
                        .arg(elide(s.contradictsContent.text, 80))
                        .arg(s.contradictsArticleId);
        auto *item = new QListWidgetItem(line, m_list);
        item->setToolTip(tr("Cue: \u201C%1\u201D \u00B7 rule %2 \u00B7 confidence %3")
                             .arg(s.cue.text, s.rule)
                             .arg(s.confidence, 0, 'f', 2));
    }
    m_header->setText(tr("SUGGESTED (%1)").arg(m_suggestions.size()));
    if (!m_suggestions.isEmpty())
        m_list->setCurrentRow(std::clamp(row, 0, int(m_suggestions.size()) - 1));
    Q_EMIT suggestionsChanged(m_suggestions);
}

int SuggestionList::firstSuggestionHeight() const
{
    const int header = layout()->itemAt(0)->sizeHint().height() + layout()->spacing();
    const int first = m_list->count() > 0 ? m_list->sizeHintForRow(0) + 2 * m_list->frameWidth() : 0;
    return std::max(minimumHeight(), header + first);
}

int SuggestionList::currentRow() const
{
    return m_list->currentRow();
}

void SuggestionList::setCurrentRow(int row)
{
    m_list->setCurrentRow(row);
}

bool SuggestionList::acceptCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_suggestions.size() || m_project.isReadOnly())
        return false;
    const QList<qint64> ids = SuggestionActions::accept(m_project, m_articleId, {m_suggestions[row]});
    if (ids.isEmpty())
        return false;
    Q_EMIT claimAccepted(ids.first());
    return true;
}

bool SuggestionList::rejectCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_suggestions.size() || m_project.isReadOnly())
        return false;
    return SuggestionActions::reject(m_project, m_suggestions[row]);
}

bool SuggestionList::acceptAll()
{
    if (m_suggestions.isEmpty() || m_project.isReadOnly())
        return false;
    return !SuggestionActions::accept(m_project, m_articleId, m_suggestions).isEmpty();
}

bool SuggestionList::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                acceptAll();
            else
                acceptCurrent();
            return true;
        }
        if (key->key() == Qt::Key_Delete) {
            rejectCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sift
