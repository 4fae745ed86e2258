#pragma once

#include "core/project/ProjectCommand.h"
#include "core/store/ArticleStore.h"

namespace sift {

/// Changes one metadata field of an article (title, outlet, url, author, published, review state, notes).
class SetArticleFieldCommand final : public ProjectCommand
{
public:
    SetArticleFieldCommand(Project &project, qint64 articleId, ArticleStore::Field field, const QString &value);

    int id() const override { return int(CommandId::SetArticleField); }
    bool mergeWith(const QUndoCommand *other) override;

protected:
    void apply() override;
    void revert() override;
    void notify() override;

private:
    void write(const QString &value);

    qint64 m_articleId;
    ArticleStore::Field m_field;
    QString m_old;
    QString m_new;
};

} // namespace sift
