#include "core/analysis/BatchSuggester.h"

#include "core/analysis/ClaimSuggester.h"
#include "core/store/ArticleStore.h"
#include "core/store/Store.h"
#include "core/store/SuggestionStore.h"

namespace sift {

namespace {
constexpr int kArticlesPerTransaction = 200;
} // namespace

BatchSuggester::BatchSuggester(const QString &projectPath, const QList<qint64> &articleIds, bool onlyNew)
    : m_projectPath(projectPath)
    , m_ids(articleIds)
    , m_onlyNew(onlyNew)
{}

void BatchSuggester::run()
{
    Store store;
    if (const QString error = store.open(m_projectPath, Store::OpenMode::ExistingOnly); !error.isEmpty()) {
        Q_EMIT finished(0, 0, false, error);
        return;
    }
    int articles = 0;
    int suggestions = 0;
    try {
        QList<qint64> ids = m_ids;
        if (ids.isEmpty()) {
            ids = ArticleStore(store.db()).ids({});
            if (m_onlyNew) {
                const QHash<qint64, int> counted = SuggestionStore(store.db()).pendingCounts();
                ids.removeIf([&](qint64 id) { return counted.contains(id); });
            }
        }
        const int total = int(ids.size());
        Q_EMIT progress(0, total);
        ClaimSuggester suggester(store.db());
        for (int i = 0; i < total && !m_cancel; i += kArticlesPerTransaction) {
            Transaction tx(store.db());
            for (int j = i; j < std::min(total, i + kArticlesPerTransaction) && !m_cancel; ++j) {
                suggestions += suggester.refreshCount(ids[j]);
                ++articles;
            }
            tx.commit();
            Q_EMIT progress(articles, total);
        }
    } catch (const StoreError &e) {
        Q_EMIT finished(articles, suggestions, bool(m_cancel), e.message());
        return;
    }
    Q_EMIT finished(articles, suggestions, bool(m_cancel), QString());
}

} // namespace sift
