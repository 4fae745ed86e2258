// Suggested claims on the desk: Analysis ▸ Suggest Claims for All Articles on a worker thread, the reader's
// dotted underline kept in step with the panel's "Suggested" list, and analysis of new imports in the background.

#include "app/MainWindow.h"

#include "core/analysis/BatchSuggester.h"
#include "core/models/ArticleListModel.h"
#include "core/project/Project.h"
#include "widgets/AnnotationPanel.h"
#include "widgets/ArticleReader.h"
#include "widgets/SuggestionList.h"

#include <QAction>
#include <QMenuBar>
#include <QProgressDialog>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

#include <utility>

namespace sift {

namespace {

QString passMessage(int articles, int suggestions, bool onlyNew)
{
    // A pass over new articles alone gives no project total: the article on show, for one, was counted when the
    // panel showed it.
    if (onlyNew)
        return MainWindow::tr("%1 suggested claim(s) in %n newly analysed article(s).", nullptr, articles)
            .arg(suggestions);
    return MainWindow::tr("%1 suggested claim(s) in %2 article(s).").arg(suggestions).arg(articles);
}

} // namespace

void MainWindow::addSuggestionActions()
{
    m_suggestAll = new QAction(tr("&Suggest Claims for All Articles"), this);
    m_suggestAll->setObjectName(QStringLiteral("actionSuggestAll"));
    m_suggestAll->setToolTip(tr("Find who said what in every article and count the suggestions for the library"));
    connect(m_suggestAll, &QAction::triggered, this, [this] { suggestClaims(false, false); });
    QMenu *analysis = menuBar()->addMenu(tr("&Analysis"));
    analysis->setObjectName(QStringLiteral("analysisMenu"));
    analysis->addAction(m_suggestAll);
    // New imports are analysed in the background once the import is done.
    connect(this, &MainWindow::importFinished, this, [this](const ImportSummary &summary) {
        if (summary.imported() > 0)
            suggestClaims(true, true);
    });
}

void MainWindow::connectSuggestions()
{
    SuggestionList *list = m_panel->suggestionList();
    auto underline = [this, list] {
        QList<QPair<qint64, qint64>> ranges;
        for (const Suggestion &s : list->suggestions())
            ranges.append({s.content.start, s.content.end});
        m_reader->setSuggestions(ranges, list->currentRow());
    };
    connect(list, &SuggestionList::suggestionsChanged, this, underline);
    connect(list, &SuggestionList::currentSuggestionChanged, this, underline);
    connect(list, &SuggestionList::claimAccepted, this, [this](qint64 claimId) { m_panel->setCurrentClaim(claimId); });
    // Articles never analysed (a project from before suggestions, or imported by sift-cli) are counted now. The
    // project is the timer's context: a project closed before the timer fires asks for nothing.
    QTimer::singleShot(0, m_project.get(), [this] { suggestClaims(true, true); });
    connect(m_project.get(), &Project::suggestionsChanged, this, [this](qint64 id) {
        if (m_articles)
            m_articles->refresh();
        Q_UNUSED(id);
    });
}

void MainWindow::suggestClaims(bool onlyNew, bool quiet)
{
    if (!m_project)
        return;
    if (m_suggestThread) {
        // Dropping this ask would leave an import that ended during the running pass never analysed.
        const SuggestRequest queued = m_suggestQueued.value_or(SuggestRequest{onlyNew, quiet});
        m_suggestQueued = SuggestRequest{queued.onlyNew && onlyNew, queued.quiet && quiet};
        if (!quiet)
            showMessage(tr("Suggesting claims starts when the analysis under way ends."));
        return;
    }
    if (m_project->isReadOnly()) {
        showMessage(tr("This project is open read-only; suggestions are shown but not counted."));
        return;
    }
    m_suggestThread = new QThread(this);
    m_suggestThread->setObjectName(QStringLiteral("suggestThread"));
    m_suggester = new BatchSuggester(m_project->path(), {}, onlyNew);
    m_suggester->moveToThread(m_suggestThread);
    connect(m_suggestThread, &QThread::started, m_suggester, [worker = m_suggester.data()] { worker->run(); });
    connect(m_suggestThread, &QThread::finished, m_suggester, &QObject::deleteLater);
    if (!quiet) {
        m_suggestProgress = new QProgressDialog(tr("Suggesting claims…"), tr("Cancel"), 0, 0, this);
        m_suggestProgress->setObjectName(QStringLiteral("suggestProgress"));
        m_suggestProgress->setWindowTitle(tr("Suggest Claims"));
        m_suggestProgress->setWindowModality(Qt::NonModal);
        m_suggestProgress->setMinimumDuration(300);
        connect(m_suggestProgress, &QProgressDialog::canceled, this, [this] {
            if (m_suggester)
                m_suggester->cancel();
        });
    }
    connect(m_suggester, &BatchSuggester::progress, this, [this](int done, int total) {
        if (m_suggestProgress) {
            m_suggestProgress->setMaximum(total);
            m_suggestProgress->setValue(done);
            m_suggestProgress->setLabelText(tr("Suggesting claims: %1 of %2 articles").arg(done).arg(total));
        }
    });
    connect(m_suggester, &BatchSuggester::finished, this,
            [this, onlyNew](int articles, int suggestions, bool cancelled, const QString &error) {
                if (m_suggestProgress) {
                    m_suggestProgress->reset();
                    m_suggestProgress->deleteLater();
                }
                m_suggestThread->quit();
                m_suggestThread->wait();
                m_suggestThread->deleteLater();
                m_suggestThread = nullptr;
                if (!error.isEmpty())
                    showMessage(tr("Suggesting claims failed: %1").arg(error));
                else if (cancelled)
                    showMessage(tr("Suggesting claims cancelled after %n article(s).", nullptr, articles));
                else if (articles > 0)
                    showMessage(passMessage(articles, suggestions, onlyNew));
                else if (!onlyNew)
                    showMessage(tr("No articles to suggest claims in."));
                // else: the pass after opening found nothing new to analyse, and "Opened …" stays.
                if (m_articles)
                    m_articles->refresh();
                const std::optional<SuggestRequest> queued = std::exchange(m_suggestQueued, std::nullopt);
                if (queued && !cancelled)
                    QTimer::singleShot(0, m_project.get(),
                                       [this, queued] { suggestClaims(queued->onlyNew, queued->quiet); });
                if (!error.isEmpty() || cancelled)
                    return;
                Q_EMIT suggestingFinished(articles, suggestions);
            });
    m_suggestThread->start(QThread::LowPriority);
}

void MainWindow::stopSuggesting()
{
    m_suggestQueued.reset();
    if (!m_suggestThread)
        return;
    if (m_suggester)
        m_suggester->cancel();
    // The worker checks cancel between articles; its finished signal, queued to this thread, is dropped with it.
    disconnect(m_suggester, nullptr, this, nullptr);
    m_suggestThread->quit();
    m_suggestThread->wait();
    delete m_suggestProgress;
    m_suggestThread->deleteLater();
    m_suggestThread = nullptr;
}

} // namespace sift
