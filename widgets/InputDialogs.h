#pragma once

#include <QStringList>

class QWidget;

namespace sift {

/// The text and list questions the bulk actions ask (a tag's name, which incident), through a seam like
/// Dialogs: tests queue the answer instead of blocking on a dialog.
namespace InputDialogs {

/// The next text() or item() returns answer without showing anything; an empty answer cancels.
void setNextAnswer(const QString &answer);
/// A line of text, offering suggestions to pick from; empty when cancelled.
QString text(QWidget *parent, const QString &title, const QString &label, const QStringList &suggestions = {});
/// One of items; -1 when cancelled. A queued answer picks the first item that starts with it.
int item(QWidget *parent, const QString &title, const QString &label, const QStringList &items);

} // namespace InputDialogs
} // namespace sift
