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
    void start(const QStringList &paths, const ImportOptions &options = {});
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
};

} // namespace sift
