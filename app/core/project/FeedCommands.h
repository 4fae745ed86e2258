#pragma once

#include "core/project/ProjectCommand.h"
#include "core/store/WebStore.h"

namespace sift {

/// Follows a feed (Feeds ▸ Manage ▸ Add); undo stops following it, redo brings it back with the same id.
class AddFeedCommand final : public ProjectCommand
{
public:
    AddFeedCommand(Project &project, const FeedSubscription &feed);
    qint64 feedId() const { return m_feed.id; }

protected:
    void apply() override;
    void revert() override;
    void notify() override {}

private:
    FeedSubscription m_feed;
};

/// Stops following a feed; its articles stay. Undo follows it again with its validators and last fetch.
class RemoveFeedCommand final : public ProjectCommand
{
public:
    RemoveFeedCommand(Project &project, qint64 feedId);

protected:
    void apply() override;
    void revert() override;
    void notify() override {}

private:
    qint64 m_id = 0;
    FeedSubscription m_feed;
};

/// Renames a feed, or changes its refresh interval or full-text setting.
class UpdateFeedCommand final : public ProjectCommand
{
public:
    UpdateFeedCommand(Project &project, const FeedSubscription &feed);

protected:
    void apply() override;
    void revert() override;
    void notify() override {}

private:
    FeedSubscription m_new;
    FeedSubscription m_old;
};

} // namespace sift
