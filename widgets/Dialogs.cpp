#include "widgets/Dialogs.h"

#include <QFileDialog>

namespace sift::Dialogs {

namespace {

QStringList g_nextFiles;
QString g_nextDirectory;
QMessageBox::StandardButton g_nextAnswer = QMessageBox::NoButton;
bool g_interactive = true;
QString g_lastMessage;

} // namespace

void setNextFileNames(const QStringList &names)
{
    g_nextFiles = names;
}

void setNextDirectory(const QString &directory)
{
    g_nextDirectory = directory;
}

void setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

void setInteractive(bool interactive)
{
    g_interactive = interactive;
}

QString lastMessage()
{
    return g_lastMessage;
}

QStringList openFileNames(QWidget *parent, const QString &caption, const QString &filter)
{
    if (!g_nextFiles.isEmpty())
        return std::exchange(g_nextFiles, {});
    if (!g_interactive)
        return {};
    return QFileDialog::getOpenFileNames(parent, caption, {}, filter);
}

QString openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (!g_nextFiles.isEmpty())
        return std::exchange(g_nextFiles, {}).value(0);
    if (!g_interactive)
        return {};
    return QFileDialog::getOpenFileName(parent, caption, {}, filter);
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter)
{
    if (!g_nextFiles.isEmpty())
        return std::exchange(g_nextFiles, {}).value(0);
    if (!g_interactive)
        return {};
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString directory(QWidget *parent, const QString &caption)
{
    if (!g_nextDirectory.isEmpty())
        return std::exchange(g_nextDirectory, {});
    if (!g_interactive)
        return {};
    return QFileDialog::getExistingDirectory(parent, caption);
}

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons)
{
    g_lastMessage = text;
    if (g_nextAnswer != QMessageBox::NoButton)
        return std::exchange(g_nextAnswer, QMessageBox::NoButton);
    if (!g_interactive)
        return QMessageBox::Cancel;
    return QMessageBox::question(parent, title, text, buttons);
}

void information(QWidget *parent, const QString &title, const QString &text)
{
    g_lastMessage = text;
    if (g_interactive)
        QMessageBox::information(parent, title, text);
}

void warning(QWidget *parent, const QString &title, const QString &text)
{
    g_lastMessage = text;
    if (g_interactive)
        QMessageBox::warning(parent, title, text);
}

} // namespace sift::Dialogs
