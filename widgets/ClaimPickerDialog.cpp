#include "widgets/ClaimPickerDialog.h"

#include "core/project/Project.h"
#include "core/store/ClaimChoices.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace sift {

namespace {

constexpr int kShown = 200;

} // namespace

ClaimPickerDialog::ClaimPickerDialog(Project &project, qint64 excludeClaimId, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_exclude(excludeClaimId)
{
    setObjectName(QStringLiteral("claimPickerDialog"));
    setWindowTitle(tr("Link to Claim"));
    auto *layout = new QVBoxLayout(this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("claimPickerFilter"));
    m_filter->setPlaceholderText(tr("Filter by quote, claimant, article title or #number"));
    m_filter->setClearButtonEnabled(true);
    auto *label = new QLabel(tr("&Find the other claim:"), this);
    label->setBuddy(m_filter);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("claimPickerList"));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Link"));
    m_ok->setObjectName(QStringLiteral("claimPickerOk"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A filter that matches nothing reads every claim (0.3-0.6 s at 200,000): wait for a pause in the typing.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(200);
    connect(m_refreshTimer, &QTimer::timeout, this, &ClaimPickerDialog::refresh);
    connect(m_filter, &QLineEdit::textChanged, m_refreshTimer, qOverload<>(&QTimer::start));
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_ok->setEnabled(row >= 0); });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (m_refreshTimer->isActive())
            refresh(); // the list for what was typed, not for the text before the pause
        if (m_list->currentRow() >= 0)
            accept();
    });
    resize(560, 420);
    refresh();
}

void ClaimPickerDialog::refresh()
{
    m_refreshTimer->stop();
    m_list->clear();
    for (const ClaimChoice &c : findClaimChoices(m_project.db(), m_filter->text(), kShown, m_exclude)) {
        const QString who = c.claimant.isEmpty() ? tr("no claimant") : c.claimant;
        QString quote = c.quote.simplified();
        if (quote.size() > 160)
            quote = quote.left(159) + QChar(0x2026);
        auto *item = new QListWidgetItem(tr("#%1  %2 — “%3”\n%4").arg(c.id).arg(who, quote, c.articleTitle), m_list);
        item->setData(Qt::UserRole, c.id);
        item->setToolTip(c.quote);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_ok->setEnabled(m_list->currentRow() >= 0);
}

qint64 ClaimPickerDialog::selectedClaim() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

} // namespace sift
