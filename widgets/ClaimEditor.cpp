#include "widgets/ClaimEditor.h"

#include "core/project/Project.h"
#include "widgets/ClaimPickerDialog.h"
#include "widgets/CommitTextEdit.h"

#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QToolButton>
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
    QFont italic = m_quote->font();
    italic.setItalic(true);
    m_quote->setFont(italic);
    // A long quote wraps; it must never widen the editor.
    m_quote->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_quote->setMinimumWidth(1);
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    m_floatButton = new QToolButton(this);
    m_floatButton->setObjectName(QStringLiteral("claimEditorFloatButton"));
    m_floatButton->setText(QStringLiteral("⧉"));
    m_floatButton->setToolTip(tr("Show the claim editor in its own window"));
    m_floatButton->setAutoRaise(true);
    connect(m_floatButton, &QToolButton::clicked, this, &ClaimEditor::floatRequested);
    headerRow->addWidget(m_floatButton);
    layout->addLayout(headerRow);
    layout->addWidget(m_quote);

    auto textEdit = [this](const QString &name, int lines) {
        auto *edit = new CommitTextEdit(this);
        edit->setObjectName(name);
        edit->setTabChangesFocus(true);
        edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        edit->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
        edit->setMinimumWidth(60);
        edit->onCommit = [this, edit] { commitText(edit); };
        return edit;
    };
    m_statement = textEdit(QStringLiteral("claimStatementEdit"), 2);
    m_statement->setPlaceholderText(tr("The claim in your own words"));
    layout->addWidget(labelled(tr("&Statement"), m_statement));

    m_entityNames = new QStringListModel(this);
    auto entityEdit = [this](const QString &name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        auto *completer = new QCompleter(m_entityNames, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
        edit->setPlaceholderText(tr("Name; a new one is created"));
        edit->setMinimumWidth(60);
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] { commitEntity(edit); });
        return edit;
    };
    m_claimant = entityEdit(QStringLiteral("claimantEdit"));
    m_reportedBy = entityEdit(QStringLiteral("reportedByEdit"));

    auto combo = [this](const QString &name) {
        auto *c = new QComboBox(this);
        c->setObjectName(name);
        // Long labels elide instead of widening the form past the panel.
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(6);
        c->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        return c;
    };
    m_stance = combo(QStringLiteral("claimStanceCombo"));
    for (Stance s : allStances())
        m_stance->addItem(stanceLabel(s), stanceKey(s));
    connect(m_stance, &QComboBox::activated, this, [this] {
        if (!m_loading && m_claimId)
            m_project.setClaimField(m_claimId, ClaimStore::Field::Stance, m_stance->currentData());
    });

    m_status = combo(QStringLiteral("claimStatusCombo"));
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

    m_credibility = combo(QStringLiteral("claimCredibilityCombo"));
    const QStringList grades{tr("not rated"),           tr("1 — confirmed"), tr("2 — probably true"),
                             tr("3 — possibly true"),   tr("4 — doubtful"),  tr("5 — improbable"),
                             tr("6 — cannot be judged")};
    for (int i = 0; i < grades.size(); ++i)
        m_credibility->addItem(grades.at(i), i);
    connect(m_credibility, &QComboBox::activated, this, [this] {
        if (!m_loading && m_claimId)
            m_project.setClaimField(m_claimId, ClaimStore::Field::Credibility, m_credibility->currentData());
    });

    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("claimTagsEdit"));
    m_tags->setPlaceholderText(tr("comma-separated"));
    m_tags->setMinimumWidth(60);
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

    // The short fields sit in a grid of label-above-field cells: two columns when the panel is wide enough,
    // one when it is not (relayoutCells()), so nothing ever runs past the right edge.
    m_cells = {labelled(tr("&Claimant"), m_claimant),       labelled(tr("Reported &by"), m_reportedBy),
               labelled(tr("S&tance"), m_stance),           labelled(tr("Stat&us"), m_status),
               labelled(tr("Cre&dibility"), m_credibility), labelled(tr("T&ags"), m_tags)};
    m_grid = new QGridLayout;
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(2);
    layout->addLayout(m_grid);
    relayoutCells();

    m_rationale = textEdit(QStringLiteral("claimRationaleEdit"), 3);
    m_rationale->setPlaceholderText(tr("Why this status"));
    layout->addWidget(labelled(tr("&Rationale"), m_rationale));
    m_evidence = textEdit(QStringLiteral("claimEvidenceEdit"), 2);
    m_evidence->setPlaceholderText(tr("One link or reference per line"));
    layout->addWidget(labelled(tr("&Evidence"), m_evidence));
    m_note = textEdit(QStringLiteral("claimNoteEdit"), 2);
    layout->addWidget(labelled(tr("&Note"), m_note));

    auto *linksLabel = new QLabel(tr("Linked claims"), this);
    linksLabel->setFont(bold);
    layout->addWidget(linksLabel);
    m_links = new QListWidget(this);
    m_links->setObjectName(QStringLiteral("claimLinksList"));
    m_links->setMaximumHeight(90);
    m_links->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_links->setTextElideMode(Qt::ElideRight);
    connect(m_links, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT linkedClaimActivated(item->data(Qt::UserRole + 1).toLongLong()); });
    layout->addWidget(m_links);
    auto *linkRow = new QHBoxLayout;
    m_linkRelation = combo(QStringLiteral("linkRelationCombo"));
    for (auto r : {ClaimRelation::Contradicts, ClaimRelation::Supports, ClaimRelation::Repeats})
        m_linkRelation->addItem(claimRelationLabel(r), claimRelationKey(r));
    auto *linkButton = new QPushButton(tr("&Link to…"), this);
    linkButton->setObjectName(QStringLiteral("addLinkButton"));
    linkButton->setToolTip(tr("Pick the other claim from a searchable list"));
    connect(linkButton, &QPushButton::clicked, this, &ClaimEditor::pickLink);
    auto *unlinkButton = new QPushButton(tr("Unlink"), this);
    unlinkButton->setObjectName(QStringLiteral("removeLinkButton"));
    connect(unlinkButton, &QPushButton::clicked, this, [this] {
        if (auto *item = m_links->currentItem())
            m_project.removeClaimLink(item->data(Qt::UserRole).toLongLong());
    });
    linkRow->addWidget(m_linkRelation, 1);
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

QWidget *ClaimEditor::labelled(const QString &text, QWidget *field)
{
    auto *cell = new QWidget(this);
    auto *v = new QVBoxLayout(cell);
    v->setContentsMargins(0, 2, 0, 2);
    v->setSpacing(1);
    auto *label = new QLabel(text, cell);
    label->setBuddy(field);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    label->setMinimumWidth(1);
    field->setParent(cell);
    v->addWidget(label);
    v->addWidget(field);
    return cell;
}

int ClaimEditor::columnsFor(int width) const
{
    return width >= kTwoColumnWidth ? 2 : 1;
}

void ClaimEditor::relayoutCells()
{
    const int columns = columnsFor(width());
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (QWidget *cell : std::as_const(m_cells))
        m_grid->removeWidget(cell);
    for (int i = 0; i < m_cells.size(); ++i)
        m_grid->addWidget(m_cells.at(i), i / columns, i % columns);
    for (int c = 0; c < 2; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    // Tab follows the reading order of the grid, row by row.
    for (int i = 1; i < m_cells.size(); ++i)
        setTabOrder(m_cells.at(i - 1)->findChildren<QWidget *>().last(),
                    m_cells.at(i)->findChildren<QWidget *>().last());
}

void ClaimEditor::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayoutCells();
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
    m_floatButton->setEnabled(true);
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

void ClaimEditor::pickLink()
{
    if (!m_claimId)
        return;
    auto *picker = new ClaimPickerDialog(m_project, m_claimId, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker] { addLink(picker->selectedClaim()); });
    picker->open();
}

bool ClaimEditor::addLink(qint64 otherClaimId)
{
    if (!m_claimId || !otherClaimId || otherClaimId == m_claimId)
        return false;
    const auto relation = claimRelationFromKey(m_linkRelation->currentData().toString());
    return relation && m_project.addClaimLink(m_claimId, otherClaimId, *relation);
}

} // namespace sift
