#include "widgets/EditorGuard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPointer>
#include <QWidget>

namespace sift {

namespace {

bool isValueEditor(const QObject *object)
{
    return qobject_cast<const QComboBox *>(object) || qobject_cast<const QAbstractSpinBox *>(object);
}

/// Wheel focus would let the wheel pick the box and change it in one move; a click or Tab still focuses it.
void dropWheelFocus(QWidget *widget)
{
    if (isValueEditor(widget) && (widget->focusPolicy() & Qt::WheelFocus) == Qt::WheelFocus)
        widget->setFocusPolicy(Qt::StrongFocus);
}

bool hasKeyboardFocus(const QWidget *widget)
{
    const QWidget *focus = QApplication::focusWidget();
    return widget->hasFocus() || (focus && widget->isAncestorOf(focus));
}

/// The combo box a focused widget edits: the box itself, or the line edit of an editable one.
QComboBox *comboOf(QObject *object)
{
    if (auto *combo = qobject_cast<QComboBox *>(object))
        return combo;
    auto *combo = object ? qobject_cast<QComboBox *>(object->parent()) : nullptr;
    return combo && combo->isEditable() && combo->lineEdit() == object ? combo : nullptr;
}

bool isOpenListKey(const QKeyEvent *event)
{
    return event->key() == Qt::Key_Down && (event->modifiers() & ~Qt::KeypadModifier) == Qt::AltModifier;
}

} // namespace

void EditorGuard::install()
{
    static QPointer<EditorGuard> guard;
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (guard || !app)
        return;
    guard = new EditorGuard(app);
    app->installEventFilter(guard);
    for (QWidget *widget : QApplication::allWidgets())
        dropWheelFocus(widget);
}

bool EditorGuard::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Polish:
        if (watched->isWidgetType())
            dropWheelFocus(static_cast<QWidget *>(watched));
        break;
    case QEvent::Wheel:
        if (isValueEditor(watched)) {
            auto *widget = static_cast<QWidget *>(watched);
            // Inside a popup (a calendar's year box) the wheel is what the analyst is using.
            if (!hasKeyboardFocus(widget) && widget->window()->windowType() != Qt::Popup) {
                // Ignored, the wheel goes on to the parent: the scroll area holding the box scrolls.
                event->ignore();
                return true;
            }
        }
        break;
    case QEvent::ShortcutOverride:
        // Accepting the override delivers the key to the combo box instead of a shortcut such as Next Article.
        if (comboOf(watched) && isOpenListKey(static_cast<QKeyEvent *>(event))) {
            event->accept();
            return true;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sift
