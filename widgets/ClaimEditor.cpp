#include "widgets/ClaimEditor.h"

#include "core/project/Project.h"
#include "widgets/CommitTextEdit.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QVBoxLayout>

namespace sift {

namespace {

QStringList lines(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}

} // namespace

ClaimEditor::ClaimEditor(Project &project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
{
    setObjectName(QStringLiteral("claimEditor"));
    buildUi();
    setClaim(0);
    connect(&m_project, &Project::claimsChanged, this, [this](qint64) { reload(); });
    connect(&m_project, &Project::entitiesChanged, this, [this] {
        refreshCompletion();
        reload();
    });
}

void ClaimEditor::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("claimHeader"));
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    m_quote = new QLabel(this);
    m_quote->setObjectName(QStringLiteral("claimQuote"));
    m_quote->setWordWrap(true);
    m_quote->setTextFormat(Qt::PlainText);
    m_quote->setStyleSheet(QStringLiteral("QLabel { color: #444; font-style: italic; }"));
    layout->addWidget(m_header);
    layout->addWidget(m_quote);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto textEdit = [this](const QString &name, int lines) {
        auto *edit = new CommitTextEdit(this);
        edit->setObjectName(name);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
        edit->onCommit = [this, edit] { commitText(edit); };
        return edit;
    };
    m_statement = textEdit(QStringLiteral("claimStatementEdit"), 2);
    m_statement->setPlaceholderText(tr("The claim in your own words"));
    form->addRow(tr("&Statement"), m_statement);

    m_entityNames = new QStringListModel(this);
    auto entityEdit = [this](const QString &name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        auto *completer = new QCompleter(m_entityNames, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
        edit->setPlaceholderText(tr("Type a name; a new one creates an entity"));
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] { commitEntity(edit); });
        return edit;
    };
    m_claimant = entityEdit(QStringLiteral("claimantEdit"));
    m_reportedBy = entityEdit(QStringLiteral("reportedByEdit"));
    form->addRow(tr("&Claimant"), m_claimant);
    form->addRow(tr("Reported &by"), m_reportedBy);

    m_stance = new QComboBox(this);
    m_stance->setObjectName(QStringLiteral("claimStanceCombo"));
    for (Stance s : allStances())
        m_stance->addItem(stanceLabel(s), stanceKey(s));
    connect(m_stance, &QComboBox::activated, this, [this] {
        if (!m_loading && m_claimId)
            m_project.setClaimField(m_claimId, ClaimStore::Field::Stance, m_stance->currentData());
    });
    form->addRow(tr("S&tance"), m_stance);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("claimStatusCombo"));
    for (const Status &s : m_project.vocabulary().statuses()) {
        QPixmap swatch(12, 12);
        swatch.fill(s.color);
        m_status->addItem(QIcon(swatch), s.name, s.id);
        m_status->setItemData(m_status->count() - 1, s.description, Qt::ToolTipRole);
    }
    connect(m_status, &QComboBox::activated, this, [this] {
        if (!m_loading && m_claimId)
            m_project.setClaimField(m_claimId, ClaimStore::Field::Status, m_status->currentData());
    });
    form->addRow(tr("Stat&us"), m_status);

    m_credibility = new QComboBox(this);
    m_credibility->setObjectName(QStringLiteral("claimCredibilityCombo"));
    const QStringList grades{tr("not rated"),           tr("1 — confirmed"), tr("2 — probably true"),
                             tr("3 — possibly true"),   tr("4 — doubtful"),  tr("5 — improbable"),
                             tr("6 — cannot be judged")};
    for (int i = 0; i < grades.size(); ++i)
        m_credibility->addItem(grades.at(i), i);
    connect(m_credibility, &QComboBox::activated, this, [this] {
        if (!m_loading && m_claimId)
            m_project.setClaimField(m_claimId, ClaimStore::Field::Credibility, m_credibility->currentData());
    });
    form->addRow(tr("Cre&dibility"), m_credibility);

    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("claimTagsEdit"));
    m_tags->setPlaceholderText(tr("comma-separated"));
    connect(m_tags, &QLineEdit::editingFinished, this, [this] {
        if (m_loading || !m_claimId)
            return;
        QStringList tags;
        for (const QString &t : m_tags->text().split(QLatin1Char(','))) {
            if (!t.trimmed().isEmpty())
                tags << t.trimmed();
        }
        m_project.setClaimField(m_claimId, ClaimStore::Field::Tags, tags);
    });
    form->addRow(tr("T&ags"), m_tags);

    m_rationale = textEdit(QStringLiteral("claimRationaleEdit"), 3);
    m_rationale->setPlaceholderText(tr("Why this status"));
    form->addRow(tr("&Rationale"), m_rationale);
    m_evidence = textEdit(QStringLiteral("claimEvidenceEdit"), 2);
    m_evidence->setPlaceholderText(tr("One link or reference per line"));
    form->addRow(tr("&Evidence"), m_evidence);
    m_note = textEdit(QStringLiteral("claimNoteEdit"), 2);
    form->addRow(tr("&Note"), m_note);
    layout->addLayout(form);

    auto *linksLabel = new QLabel(tr("Linked claims"), this);
    linksLabel->setFont(bold);
    layout->addWidget(linksLabel);
    m_links = new QListWidget(this);
    m_links->setObjectName(QStringLiteral("claimLinksList"));
    m_links->setMaximumHeight(90);
    connect(m_links, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT linkedClaimActivated(item->data(Qt::UserRole + 1).toLongLong()); });
    layout->addWidget(m_links);
    auto *linkRow = new QHBoxLayout;
    m_linkRelation = new QComboBox(this);
    m_linkRelation->setObjectName(QStringLiteral("linkRelationCombo"));
    for (auto r : {ClaimRelation::Contradicts, ClaimRelation::Supports, ClaimRelation::Repeats})
        m_linkRelation->addItem(claimRelationLabel(r), claimRelationKey(r));
    m_linkTarget = new QSpinBox(this);
    m_linkTarget->setObjectName(QStringLiteral("linkTargetSpin"));
    m_linkTarget->setPrefix(tr("claim #"));
    m_linkTarget->setRange(1, std::numeric_limits<int>::max());
    auto *linkButton = new QPushButton(tr("&Link"), this);
    linkButton->setObjectName(QStringLiteral("addLinkButton"));
    connect(linkButton, &QPushButton::clicked, this, &ClaimEditor::addLink);
    auto *unlinkButton = new QPushButton(tr("Unlink"), this);
    unlinkButton->setObjectName(QStringLiteral("removeLinkButton"));
    connect(unlinkButton, &QPushButton::clicked, this, [this] {
        if (auto *item = m_links->currentItem())
            m_project.removeClaimLink(item->data(Qt::UserRole).toLongLong());
    });
    linkRow->addWidget(m_linkRelation);
    linkRow->addWidget(m_linkTarget, 1);
    linkRow->addWidget(linkButton);
    linkRow->addWidget(unlinkButton);
    layout->addLayout(linkRow);

    m_deleteButton = new QPushButton(tr("Delete claim"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteClaimButton"));
    connect(m_deleteButton, &QPushButton::clicked, this, [this] {
        if (m_claimId)
            m_project.removeClaim(m_claimId);
    });
    layout->addWidget(m_deleteButton, 0, Qt::AlignRight);
    layout->addStretch(1);
    refreshCompletion();
}

void ClaimEditor::refreshCompletion()
{
    m_entityNames->setStringList(m_project.entities().names());
}

void ClaimEditor::setClaim(qint64 claimId)
{
    m_claimId = claimId;
    reload();
}

void ClaimEditor::reload()
{
    const auto claim = m_claimId ? m_project.claims().claim(m_claimId) : std::nullopt;
    if (!claim)
        m_claimId = 0;
    const bool enabled = claim.has_value();
    for (QWidget *w : findChildren<QWidget *>())
        w->setEnabled(enabled);
    m_loading = true;
    const Claim c = claim.value_or(Claim{});
    m_header->setText(enabled ? tr("Claim #%1").arg(c.id) : tr("No claim selected"));
    m_quote->setText(enabled ? QStringLiteral("“%1”").arg(c.anchor.quote)
                             : tr("Select text in the article and press Ctrl+E to record a claim."));
    m_quote->setEnabled(true);
    m_header->setEnabled(true);
    auto setText = [](QPlainTextEdit *edit, const QString &text) {
        if (edit->toPlainText() != text)
            edit->setPlainText(text);
    };
    setText(m_statement, c.statement);
    m_claimant->setText(c.claimant);
    m_reportedBy->setText(c.reportedBy);
    m_stance->setCurrentIndex(qMax(0, m_stance->findData(stanceKey(c.stance))));
    m_status->setCurrentIndex(qMax(0, m_status->findData(c.statusId)));
    m_credibility->setCurrentIndex(qMax(0, m_credibility->findData(c.credibility)));
    m_tags->setText(c.tags.join(QStringLiteral(", ")));
    setText(m_rationale, c.rationale);
    setText(m_evidence, c.evidence.join(QLatin1Char('\n')));
    setText(m_note, c.note);
    m_links->clear();
    if (enabled) {
        for (const ClaimLink &link : m_project.claims().links(c.id)) {
            const bool outgoing = link.fromClaim == c.id;
            const qint64 other = outgoing ? link.toClaim : link.fromClaim;
            const auto otherClaim = m_project.claims().claim(other);
            const QString who = otherClaim && !otherClaim->claimant.isEmpty() ? otherClaim->claimant : tr("claim");
            const QString text = outgoing
                                     ? tr("%1 #%2 (%3)").arg(claimRelationLabel(link.relation)).arg(other).arg(who)
                                     : tr("#%1 (%2) %3 this").arg(other).arg(who, claimRelationLabel(link.relation));
            auto *item = new QListWidgetItem(text, m_links);
            item->setData(Qt::UserRole, link.id);
            item->setData(Qt::UserRole + 1, other);
            if (otherClaim)
                item->setToolTip(otherClaim->anchor.quote);
        }
    }
    m_loading = false;
}

void ClaimEditor::commitText(QPlainTextEdit *edit)
{
    if (m_loading || !m_claimId)
        return;
    if (edit == m_statement)
        m_project.setClaimField(m_claimId, ClaimStore::Field::Statement, edit->toPlainText().trimmed());
    else if (edit == m_rationale)
        m_project.setClaimField(m_claimId, ClaimStore::Field::Rationale, edit->toPlainText().trimmed());
    else if (edit == m_note)
        m_project.setClaimField(m_claimId, ClaimStore::Field::Note, edit->toPlainText().trimmed());
    else if (edit == m_evidence)
        m_project.setClaimField(m_claimId, ClaimStore::Field::Evidence, lines(edit->toPlainText()));
}

void ClaimEditor::commitEntity(QLineEdit *edit)
{
    if (m_loading || !m_claimId)
        return;
    const auto field = edit == m_claimant ? ClaimStore::Field::Claimant : ClaimStore::Field::ReportedBy;
    m_project.setClaimEntity(m_claimId, field, edit->text());
}

void ClaimEditor::addLink()
{
    if (!m_claimId)
        return;
    const auto relation = claimRelationFromKey(m_linkRelation->currentData().toString());
    if (relation)
        m_project.addClaimLink(m_claimId, m_linkTarget->value(), *relation);
}

} // namespace sift
