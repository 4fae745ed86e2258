#include "app/ImportController.h"

#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>

namespace sift {

ImportController::ImportController(const QString &projectPath, QWidget *window)
    : QObject(window)
    , m_projectPath(projectPath)
    , m_window(window)
{
    qRegisterMetaType<sift::ImportSummary>();
}

ImportController::~ImportController()
{
    cancel();
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

void ImportController::start(const QStringList &paths, const ImportOptions &options,
                             const QList<FeedSubscription> &feeds)
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_importer = new Importer(m_projectPath, paths, options);
    m_importer->setFeeds(feeds);
    m_importer->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_importer, [importer = m_importer.data()] { importer->run(); });
    connect(m_thread, &QThread::finished, m_importer, &QObject::deleteLater);

    if (m_showProgress) {
        m_progress = new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, 0, m_window);
        m_progress->setObjectName(QStringLiteral("importProgress"));
        m_progress->setWindowTitle(tr("Import"));
        m_progress->setWindowModality(Qt::NonModal);
        m_progress->setMinimumDuration(400);
        connect(m_progress, &QProgressDialog::canceled, this, &ImportController::cancel);
    }

    connect(m_importer, &Importer::progress, this, [this](int done, int total, const QString &file) {
        if (m_progress) {
            m_progress->setMaximum(total);
            m_progress->setValue(done);
            m_progress->setLabelText(
                tr("Importing %1 (%2 of %3)…").arg(QFileInfo(file).fileName()).arg(done + 1).arg(total));
        }
        Q_EMIT progressChanged(done, total, file);
    });
    connect(m_importer, &Importer::feedProgress, this, [this](int entries, const QString &file) {
        if (m_progress)
            m_progress->setLabelText(tr("Importing %1: %n entries…", nullptr, entries).arg(QFileInfo(file).fileName()));
    });
    connect(m_importer, &Importer::finished, this, [this](const ImportSummary &summary) {
        m_thread->quit();
        m_thread->wait();
        m_thread->deleteLater();
        m_thread = nullptr;
        if (m_progress) {
            m_progress->reset();
            m_progress->deleteLater();
            m_progress = nullptr;
        }
        Q_EMIT finished(summary);
    });
    m_thread->start();
}

void ImportController::cancel()
{
    if (m_importer)
        m_importer->cancel();
}

} // namespace sift
