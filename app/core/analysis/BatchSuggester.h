#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>

namespace sift {

/// Suggests claims for many articles on a worker thread with its own connection to the project: counts each
/// article's pending suggestions into the store (for the library), reports progress, and stops on cancel().
class BatchSuggester final : public QObject
{
    Q_OBJECT

public:
    /// articleIds empty = every article that was never analysed (onlyNew) or every article.
    BatchSuggester(const QString &projectPath, const QList<qint64> &articleIds, bool onlyNew = false);

    void run(); ///< call on the worker thread
    void cancel() { m_cancel = true; }

Q_SIGNALS:
    void progress(int done, int total);
    /// analysed articles, suggestions found, cancelled, an error sentence (empty when none)
    void finished(int articles, int suggestions, bool cancelled, const QString &error);

private:
    QString m_projectPath;
    QList<qint64> m_ids;
    bool m_onlyNew = false;
    std::atomic_bool m_cancel = false;
};

} // namespace sift
