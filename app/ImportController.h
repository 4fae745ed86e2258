#pragma once

#include "core/ingest/Importer.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QThread;
class QWidget;

namespace sift {

/// Runs one import on a worker thread with its own database connection, shows progress with
/// Cancel, and reports the summary. The window stays responsive throughout.
class ImportController final : public QObject
{
    Q_OBJECT

public:
    ImportController(const QString &projectPath, QWidget *window);
    ~ImportController() override;

    bool isRunning() const { return m_thread != nullptr; }
    /// paths: files, folders and web addresses; feeds: subscriptions to refresh in the same run.
    void start(const QStringList &paths, const ImportOptions &options = {}, const QList<FeedSubscription> &feeds = {});
    /// Without a progress dialog (the feed timer's quiet refresh).
    void setShowProgress(bool show) { m_showProgress = show; }
    void cancel();

Q_SIGNALS:
    void progressChanged(int done, int total, const QString &file);
    void finished(const sift::ImportSummary &summary);

private:
    QString m_projectPath;
    QWidget *m_window = nullptr;
    QThread *m_thread = nullptr;
    QPointer<Importer> m_importer;
    QProgressDialog *m_progress = nullptr;
    bool m_showProgress = true;
};

} // namespace sift
