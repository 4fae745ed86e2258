#include "widgets/StartPage.h"

#include <QAction>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sift {

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto *outer = new QGridLayout(this);
    auto *column = new QVBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("startPageHeading"));
    m_heading->setWordWrap(true);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_heading->setFont(big);
    auto *hint = new QLabel(tr("Bring in the articles to work on. Scraped text, plain text, JSON, CSV and HTML files "
                               "are recognised; you can also drop files on this window."),
                            this);
    hint->setWordWrap(true);
    column->addWidget(m_heading);
    column->addWidget(hint);
    column->addSpacing(12);
    m_buttons = new QVBoxLayout;
    m_buttons->setSpacing(8);
    column->addLayout(m_buttons);
    outer->addLayout(column, 1, 1);
    outer->setRowStretch(0, 1);
    outer->setRowStretch(2, 2);
    outer->setColumnStretch(0, 1);
    outer->setColumnStretch(2, 1);
    outer->setColumnMinimumWidth(1, 320);
    setHeading(tr("This project has no articles yet"));
}

void StartPage::setHeading(const QString &text)
{
    m_heading->setText(text);
}

void StartPage::addActionButton(QAction *action, const QString &description)
{
    auto *button = new QPushButton(action->text().remove(QLatin1Char('&')), this);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    button->setMinimumHeight(button->sizeHint().height() + 10);
    button->setToolTip(description);
    button->setEnabled(action->isEnabled());
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, button, [button, action] { button->setEnabled(action->isEnabled()); });
    auto *label = new QLabel(description, this);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    m_buttons->addWidget(button);
    m_buttons->addWidget(label);
}

} // namespace sift
