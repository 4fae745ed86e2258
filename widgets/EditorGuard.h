#pragma once

#include <QObject>

namespace sift {

/// Keeps the desk from changing a value the analyst did not pick, application-wide: a combo box or spin box
/// follows the mouse wheel only while it has the keyboard focus (otherwise the wheel scrolls what holds it),
/// the wheel never gives it the focus, and a focused combo box keeps Alt+Down, Qt's key for opening its list,
/// from the window's shortcuts.
class EditorGuard final : public QObject
{
    Q_OBJECT

public:
    /// Filters every widget of the running QApplication, those that exist and those to come; idempotent.
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace sift
