#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QVBoxLayout;

namespace sift {

/// What an empty project shows instead of a blank reader: a sentence and one big button per way to begin.
class StartPage final : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

    /// A button that triggers action and follows its enabled state; its text is the action's, its
    /// objectName the action's with "Button" appended (actionImportFiles → actionImportFilesButton).
    void addActionButton(QAction *action, const QString &description);
    void setHeading(const QString &text);

private:
    QLabel *m_heading = nullptr;
    QVBoxLayout *m_buttons = nullptr;
};

} // namespace sift
