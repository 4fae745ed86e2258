#include "widgets/InputDialogs.h"

#include <QInputDialog>

#include <optional>

namespace sift::InputDialogs {

namespace {

std::optional<QString> g_next;

} // namespace

void setNextAnswer(const QString &answer)
{
    g_next = answer;
}

QString text(QWidget *parent, const QString &title, const QString &label, const QStringList &suggestions)
{
    if (g_next) {
        const QString answer = *g_next;
        g_next.reset();
        return answer;
    }
    bool ok = false;
    const QString answer = QInputDialog::getItem(parent, title, label, suggestions, -1, true, &ok);
    return ok ? answer.simplified() : QString();
}

int item(QWidget *parent, const QString &title, const QString &label, const QStringList &items)
{
    if (g_next) {
        const QString answer = *g_next;
        g_next.reset();
        if (answer.isEmpty())
            return -1;
        for (int i = 0; i < items.size(); ++i) {
            if (items.at(i).startsWith(answer))
                return i;
        }
        return -1;
    }
    bool ok = false;
    const QString answer = QInputDialog::getItem(parent, title, label, items, 0, false, &ok);
    return ok ? int(items.indexOf(answer)) : -1;
}

} // namespace sift::InputDialogs
