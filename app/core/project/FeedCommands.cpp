#include "core/project/FeedCommands.h"

#include "core/domain/Translation.h"
#include "core/project/Project.h"

namespace sift {

AddFeedCommand::AddFeedCommand(Project &project, const FeedSubscription &feed)
    : ProjectCommand(project, Sift::tr("Add feed"))
    , m_feed(feed)
{}

void AddFeedCommand::apply()
{
    WebStore web(m_project.db());
    if (!m_feed.id && web.feedByUrl(m_feed.url))
        throw StoreError(Sift::tr("the project already follows %1").arg(m_feed.url));
    m_feed.id = web.addFeed(m_feed);
    recordHistory(QStringLiteral("feed"), m_feed.id, QStringLiteral("url"), {}, m_feed.url);
}

void AddFeedCommand::revert()
{
    WebStore(m_project.db()).removeFeed(m_feed.id);
    recordHistory(QStringLiteral("feed"), m_feed.id, QStringLiteral("url"), m_feed.url, {});
}

RemoveFeedCommand::RemoveFeedCommand(Project &project, qint64 feedId)
    : ProjectCommand(project, Sift::tr("Remove feed"))
    , m_id(feedId)
{}

void RemoveFeedCommand::apply()
{
    WebStore web(m_project.db());
    const std::optional<FeedSubscription> feed = web.feed(m_id);
    if (!feed)
        throw StoreError(Sift::tr("there is no feed %1").arg(m_id));
    m_feed = *feed;
    web.removeFeed(m_id);
    recordHistory(QStringLiteral("feed"), m_id, QStringLiteral("url"), m_feed.url, {});
}

void RemoveFeedCommand::revert()
{
    WebStore(m_project.db()).addFeed(m_feed);
    recordHistory(QStringLiteral("feed"), m_id, QStringLiteral("url"), {}, m_feed.url);
}

UpdateFeedCommand::UpdateFeedCommand(Project &project, const FeedSubscription &feed)
    : ProjectCommand(project, Sift::tr("Edit feed"))
    , m_new(feed)
{}

void UpdateFeedCommand::apply()
{
    WebStore web(m_project.db());
    const std::optional<FeedSubscription> old = web.feed(m_new.id);
    if (!old)
        throw StoreError(Sift::tr("there is no feed %1").arg(m_new.id));
    m_old = *old;
    web.updateFeed(m_new);
    if (m_old.title != m_new.title)
        recordHistory(QStringLiteral("feed"), m_new.id, QStringLiteral("title"), m_old.title, m_new.title);
    if (m_old.intervalMinutes != m_new.intervalMinutes)
        recordHistory(QStringLiteral("feed"), m_new.id, QStringLiteral("interval_minutes"),
                      QString::number(m_old.intervalMinutes), QString::number(m_new.intervalMinutes));
}

void UpdateFeedCommand::revert()
{
    WebStore(m_project.db()).updateFeed(m_old);
}

} // namespace sift
