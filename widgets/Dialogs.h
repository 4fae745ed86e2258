#pragma once

#include <QMessageBox>
#include <QStringList>

namespace sift {

/// Every modal question the GUI asks goes through here, so tests can answer in advance
/// instead of blocking on a dialog (the KeePassXC seam).
namespace Dialogs {

void setNextFileNames(const QStringList &names); ///< consumed by the next file dialog
void setNextDirectory(const QString &directory);
void setNextAnswer(QMessageBox::StandardButton answer);
/// When off (tests), information and warning boxes are not shown; their text is kept instead.
void setInteractive(bool interactive);
QString lastMessage();

QStringList openFileNames(QWidget *parent, const QString &caption, const QString &filter);
QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter);
QString directory(QWidget *parent, const QString &caption);
QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons);
void information(QWidget *parent, const QString &title, const QString &text);
void warning(QWidget *parent, const QString &title, const QString &text);

} // namespace Dialogs
} // namespace sift
